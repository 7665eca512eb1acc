import { useEffect } from 'react';
import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { COORDINATOR_TABS } from './tabs';
import { ensureCoordinatorReference } from './reference-repository';

/** 协管员: the roster and its reference data. */
export function CoordinatorsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sub = pathname.replace(/^\/coordinators\/?/, '');
  const active = COORDINATOR_TABS.find((tab) => tab.path === sub)?.key ?? 'roster';
  // Until opening the database does it (see the issue note), the shipped categories arrive here.
  useEffect(() => void ensureCoordinatorReference(db), []);
  return (
    <div className="page">
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/coordinators/${COORDINATOR_TABS.find((tab) => tab.key === key)!.path}`)}
        items={COORDINATOR_TABS.map((tab) => ({ key: tab.key, label: t(`coordinators.tabs.${tab.key}`) }))}
      />
      <div className="page-body">
        <Outlet />
      </div>
    </div>
  );
}
