import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

const TABS = [
  { key: 'board', path: '' },
  { key: 'overview', path: 'overview' },
  { key: 'responders', path: 'responders' },
  { key: 'dual', path: 'dual' },
] as const;

/**
 * 吹哨报到: the events and who reported in, each department's month, the units a street summons,
 * and the units and party members reporting to its communities (双报到).
 */
export function WhistlesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sub = pathname.replace(/^\/whistles\/?/, '');
  const active = TABS.find((tab) => tab.path === sub)?.key ?? 'board';
  return (
    <div className="page">
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/whistles/${TABS.find((tab) => tab.key === key)!.path}`)}
        items={TABS.map((tab) => ({ key: tab.key, label: t(`whistles.tabs.${tab.key}`) }))}
      />
      <div className="page-body">
        <Outlet />
      </div>
    </div>
  );
}
