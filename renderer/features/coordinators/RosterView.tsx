import { useCallback, useDeferredValue, useMemo } from 'react';
import { Button, Input, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { COORDINATOR_STATUSES, type CoordinatorStatus } from '@shared/model/coordinator';
import { orgPathOfCode } from '@shared/org/codes';
import { VirtualTable } from '../../app/components/VirtualTable';
import { useUiStore } from '../../app/ui-store';
import { useSession } from '../../app/session';
import { useRosterUi } from './roster-ui-store';
import { isFiltered } from './roster-search';
import {
  loadRosterRows,
  useCategories,
  useDepartments,
  useRosterIds,
  useRosterScope,
  useStreetsIn,
  type RosterRow,
} from './use-roster';
import { rosterColumns } from './roster-columns';
import { localToday } from '../../common/dates';
import { SelectionBar } from './SelectionBar';
import { CoordinatorCard } from './CoordinatorCard';
import { CoordinatorForm } from './CoordinatorForm';
import { BulkDialogs } from './BulkDialogs';
import { ExcelActions } from '../excel';
import './coordinators.css';
import { districtOf, streetCodeOf } from '@shared/org/paths';

/** The roster: find anyone among 240,000 in one step, filter, select many and act on them. */
export function RosterView() {
  const { t } = useTranslation();
  const scope = useRosterScope();
  const setScope = useUiStore((s) => s.setScope);
  const userScope = useSession((s) => s.user.scope);
  const {
    filter,
    setQuery,
    setFacets,
    clearFilter,
    selected,
    toggle,
    select,
    clearSelection,
    openCardId,
    openCard,
    form,
    openForm,
  } = useRosterUi();
  const deferredFilter = useDeferredValue(filter);
  const today = localToday();
  const list = useRosterIds(scope, deferredFilter, today);
  const categories = useCategories();
  const departments = useDepartments();
  const streets = useStreetsIn(userScope);
  const firstRows = list?.firstRows;
  // While the city is still being read, the first rows come with its first street; once the
  // list is complete, rows are read (live) by the table itself.
  const load = useCallback(
    async (ids: string[]) =>
      firstRows && ids.every((id) => firstRows.has(id))
        ? ids.map((id) => firstRows.get(id))
        : loadRosterRows(ids, today),
    [today, firstRows],
  );

  const ids = list?.complete ? list.ids : undefined;
  const selectAll = useMemo(() => {
    const chosen = ids ? ids.filter((id) => selected.has(id)).length : 0;
    return {
      checked: ids !== undefined && ids.length > 0 && chosen === ids.length,
      indeterminate: chosen > 0 && ids !== undefined && chosen < ids.length,
      onChange: (checked: boolean) => (checked && ids ? select(ids) : clearSelection()),
    };
  }, [ids, selected, select, clearSelection]);

  const columns = useMemo(
    () =>
      rosterColumns({
        t,
        categories: new Map((categories ?? []).map((c) => [c.id, c])),
        departments: new Map((departments ?? []).map((d) => [d.id, d])),
        selected,
        toggle,
        selectAll,
      }),
    [t, categories, departments, selected, toggle, selectAll],
  );

  const street = streetCodeOf(scope);
  const count = list?.ids.length ?? 0;
  return (
    <div className="list-view">
      <Space className="list-toolbar" wrap size={[8, 8]}>
        <Input.Search
          allowClear
          autoFocus
          className="roster-search"
          placeholder={t('coordinators.searchPlaceholder')}
          aria-label={t('coordinators.searchPlaceholder')}
          value={filter.query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          className="roster-filter"
          placeholder={t('coordinators.filters.category')}
          aria-label={t('coordinators.filters.category')}
          value={filter.categoryIds as string[]}
          onChange={(categoryIds) => setFacets({ categoryIds })}
          showSearch={{ optionFilterProp: 'label' }}
          options={(categories ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          className="roster-filter"
          placeholder={t('coordinators.filters.department')}
          aria-label={t('coordinators.filters.department')}
          value={filter.departmentIds as string[]}
          onChange={(departmentIds) => setFacets({ departmentIds })}
          showSearch={{ optionFilterProp: 'label' }}
          options={(departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
        <Select<CoordinatorStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          className="roster-filter-narrow"
          placeholder={t('coordinators.filters.status')}
          aria-label={t('coordinators.filters.status')}
          value={filter.statuses as CoordinatorStatus[]}
          onChange={(statuses) => setFacets({ statuses })}
          options={COORDINATOR_STATUSES.map((s) => ({ value: s, label: t(`coordinators.status.${s}`) }))}
        />
        <Select
          allowClear
          className="roster-filter"
          placeholder={t('coordinators.filters.allStreets')}
          aria-label={t('coordinators.filters.street')}
          value={street}
          // The street filter is the scope: one place says which street is shown everywhere.
          onChange={(code?: string) => setScope(code ? orgPathOfCode(code) : (districtOf(scope) ?? ''))}
          showSearch={{ optionFilterProp: 'label' }}
          options={(streets ?? []).map((s) => ({ value: s.code, label: `${s.districtName} ${s.name}` }))}
        />
        {isFiltered(filter) && (
          <Button type="link" onClick={clearFilter}>
            {t('coordinators.filters.clear')}
          </Button>
        )}
        <Button type="primary" icon={<PlusOutlined />} onClick={() => openForm({ mode: 'new' })}>
          {t('coordinators.add')}
        </Button>
        <ExcelActions entity="coordinators" ids={ids ?? []} />
        <Typography.Text type="secondary" data-testid="roster-count">
          {list === undefined || !list.complete
            ? t('coordinators.counting')
            : t('coordinators.count', { n: count.toLocaleString() })}
        </Typography.Text>
      </Space>
      <SelectionBar />
      <VirtualTable<RosterRow>
        label={t('coordinators.tabs.roster')}
        ids={list?.ids}
        loadRows={load}
        columns={columns}
        selectedId={openCardId ?? undefined}
        onRowClick={openCard}
        empty={isFiltered(filter) ? t('coordinators.emptySearch') : t('coordinators.empty')}
      />
      {openCardId && <CoordinatorCard id={openCardId} onClose={() => openCard(null)} />}
      {form && (
        <CoordinatorForm target={form} onClose={() => openForm(null)} onSaved={(c) => openCard(c.id)} />
      )}
      <BulkDialogs />
    </div>
  );
}
