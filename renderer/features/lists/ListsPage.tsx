import { Tabs } from 'antd';
import { Outlet, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LIST_KINDS } from '@shared/model/lists';
import { useListKind } from './use-list-kind';
import { useListsUi } from './lists-ui-store';
import './lists.css';

/** 三张清单: one tab per list; each shows an edition, its items, and how editions differ. */
export function ListsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const kind = useListKind();
  const resetFilters = useListsUi((s) => s.resetFilters);
  return (
    <div className="page">
      <Tabs
        activeKey={kind}
        onChange={(key) => {
          resetFilters();
          void navigate(`/lists/${key}`);
        }}
        items={LIST_KINDS.map((k) => ({ key: k, label: t(`lists.kind.${k}`) }))}
      />
      <div className="page-body">
        <Outlet />
      </div>
    </div>
  );
}
