import { useEffect } from 'react';
import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { db } from '../../../db';
import { ensureCoordinatorReference } from '../reference-repository';
import { DISPATCH_TABS } from './tabs';

/** 派遣: the dispatch board, attendance and the monthly summary. */
export function DispatchPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sub = pathname.replace(/^\/dispatch\/?/, '');
  const active = DISPATCH_TABS.find((tab) => tab.path === sub)?.key ?? 'board';
  // The board's gaps need the categories; see CoordinatorsPage.
  useEffect(() => void ensureCoordinatorReference(db), []);
  return (
    <div className="page">
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/dispatch/${DISPATCH_TABS.find((tab) => tab.key === key)!.path}`)}
        items={DISPATCH_TABS.map((tab) => ({ key: tab.key, label: t(`dispatch.tabs.${tab.key}`) }))}
      />
      <div className="page-body">
        <Outlet />
      </div>
    </div>
  );
}
