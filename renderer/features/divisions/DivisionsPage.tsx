import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

const TABS = [
  { key: 'history', path: '' },
  { key: 'plan', path: 'plan' },
  { key: 'merge', path: 'merge' },
  { key: 'village', path: 'village' },
] as const;

/** 区划调整: the changes made (a community's history, undo), the split, merge and 撤村建居 planners. */
export function DivisionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const sub = pathname.replace(/^\/divisions\/?/, '');
  const active = TABS.find((tab) => tab.path === sub)?.key ?? 'history';
  return (
    <div className="page">
      <Tabs
        activeKey={active}
        onChange={(key) =>
          navigate(
            `/divisions/${TABS.find((tab) => tab.key === key)!.path}${key !== 'history' ? search : ''}`,
          )
        }
        items={TABS.map((tab) => ({ key: tab.key, label: t(`divisions.tabs.${tab.key}`) }))}
      />
      <div className="page-body">
        <Outlet />
      </div>
    </div>
  );
}
