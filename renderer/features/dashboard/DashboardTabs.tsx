import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

const TABS = [
  { key: 'dashboard', path: '/dashboard' },
  { key: 'monthly', path: '/dashboard/monthly' },
  { key: 'readiness', path: '/dashboard/readiness' },
] as const;

/**
 * 看板 · 工作月报 · 执法检查准备: the reports are the dashboard's figures on paper, so they sit
 * beside it under 数据看板 rather than in a menu item of their own.
 */
export function DashboardTabs() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = [...TABS].reverse().find((tab) => pathname.startsWith(tab.path))?.key ?? 'dashboard';
  return (
    <Tabs
      className="dashboard-tabs"
      activeKey={active}
      onChange={(key) => navigate(TABS.find((tab) => tab.key === key)!.path)}
      items={TABS.map((tab) => ({ key: tab.key, label: t(`dashboard.tabs.${tab.key}`) }))}
    />
  );
}
