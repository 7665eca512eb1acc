import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ACCESS_TABS } from './tabs';
import '../lists';

/** 社区准入: what waits for a decision, the requests, complaints, the registry and the calendar. */
export function AccessPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sub = pathname.replace(/^\/access\/?/, '');
  const active = ACCESS_TABS.find((tab) => tab.path === sub)?.key ?? 'overview';
  return (
    <div className="page">
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/access/${ACCESS_TABS.find((tab) => tab.key === key)!.path}`)}
        items={ACCESS_TABS.map((tab) => ({ key: tab.key, label: t(`access.tabs.${tab.key}`) }))}
      />
      <div className="page-body">
        <Outlet />
      </div>
    </div>
  );
}
