import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PLACES_TABS } from './tabs';

/** 楼门院: the registry, its coverage, community sizes, service points and community workers. */
export function PlacesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sub = pathname.replace(/^\/places\/?/, '');
  const active = PLACES_TABS.find((tab) => tab.path === sub)?.key ?? 'list';
  return (
    <div className="page">
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/places/${PLACES_TABS.find((tab) => tab.key === key)!.path}`)}
        items={PLACES_TABS.map((tab) => ({ key: tab.key, label: t(`places.tabs.${tab.key}`) }))}
      />
      <div className="page-body">
        <Outlet />
      </div>
    </div>
  );
}
