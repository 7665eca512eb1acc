import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

const TABS = [
  { key: 'consultation', path: '' },
  { key: 'committees', path: 'committees' },
  { key: 'demo', path: 'demo' },
] as const;

/** 社区治理: the consultations of the scope's communities, their six committees, the demonstration points. */
export function GovernancePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sub = pathname.replace(/^\/governance\/?/, '');
  const active = TABS.find((tab) => tab.path === sub)?.key ?? 'consultation';
  return (
    <div className="page">
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/governance/${TABS.find((tab) => tab.key === key)!.path}`)}
        items={TABS.map((tab) => ({ key: tab.key, label: t(`governance.tabs.${tab.key}`) }))}
      />
      <div className="page-body">
        <Outlet />
      </div>
    </div>
  );
}
