import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

const TABS = [
  { key: 'list', path: '' },
  { key: 'rates', path: 'rates' },
] as const;

/** 接诉即办: the tickets to handle, and the three rates the street is assessed on. */
export function TicketsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sub = pathname.replace(/^\/tickets\/?/, '');
  const active = TABS.find((tab) => tab.path === sub)?.key ?? 'list';
  return (
    <div className="page">
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/tickets/${TABS.find((tab) => tab.key === key)!.path}`)}
        items={TABS.map((tab) => ({ key: tab.key, label: t(`tickets.tabs.${tab.key}`) }))}
      />
      <div className="page-body">
        <Outlet />
      </div>
    </div>
  );
}
