import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { DepartmentCallsView } from './DepartmentCallsView';

const TABS = [
  { key: 'board', path: '' },
  { key: 'overview', path: 'overview' },
  { key: 'responders', path: 'responders' },
  { key: 'dual', path: 'dual' },
] as const;

/**
 * 吹哨报到: the events and who reported in, each department's month, the units a street summons,
 * and the units and party members reporting to its communities (双报到). A department signed in
 * as itself sees its own calls instead: the board, the other departments' lines and the
 * registers are the street's.
 */
export function WhistlesPage() {
  const department = useSession((s) => s.user.role === 'department');
  return department ? <DepartmentCallsView /> : <StreetWhistles />;
}

function StreetWhistles() {
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
