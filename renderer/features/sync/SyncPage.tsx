import { Badge, Tabs, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { conflictsTable, rejectedTable } from '../../sync/state';

export const SYNC_TABS = [
  { key: 'connection', path: '' },
  { key: 'conflicts', path: 'conflicts' },
  { key: 'rejected', path: 'rejected' },
  { key: 'bundles', path: 'bundles' },
] as const;

/** 同步: the server connection, conflicts, refused changes and file exchange, one tab each. */
export function SyncPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sub = pathname.replace(/^\/sync\/?/, '');
  const active = SYNC_TABS.find((tab) => tab.path === sub)?.key ?? 'connection';
  const counts = useLiveQuery(async () => ({
    conflicts: (await conflictsTable(db).toArray()).filter((c) => c.status === 'open').length,
    rejected: await rejectedTable(db).count(),
  }));
  const label = (key: (typeof SYNC_TABS)[number]['key']) => {
    const count = key === 'conflicts' ? counts?.conflicts : key === 'rejected' ? counts?.rejected : 0;
    return (
      <Badge count={count} size="small" offset={[8, -2]}>
        {t(`sync.tabs.${key}`)}
      </Badge>
    );
  };
  return (
    <div className="page">
      <Typography.Title level={3}>{t('sync.title')}</Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/sync/${SYNC_TABS.find((tab) => tab.key === key)!.path}`)}
        items={SYNC_TABS.map((tab) => ({ key: tab.key, label: label(tab.key) }))}
      />
      <div className="page-body" style={{ overflow: 'auto' }}>
        <Outlet />
      </div>
    </div>
  );
}
