import { Checkbox, Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { CoordinatorCategory, CoordinatorStatus, Department } from '@shared/model/coordinator';
import { maskPhone, maskResidentId } from '@shared/validation/mask';
import type { VirtualColumn } from '../../app/components/VirtualTable';
import type { RosterRow } from './use-roster';

export const STATUS_COLOR: Record<CoordinatorStatus, string> = {
  active: 'green',
  onLeave: 'orange',
  suspended: 'default',
  left: 'red',
};

interface ColumnContext {
  t: TFunction;
  categories: ReadonlyMap<string, CoordinatorCategory>;
  departments: ReadonlyMap<string, Department>;
  selected: ReadonlySet<string>;
  toggle(id: string): void;
  /** The header's select-all box. */
  selectAll: { checked: boolean; indeterminate: boolean; onChange(checked: boolean): void };
}

/**
 * Columns of the roster. Resident IDs and phones are always masked here: showing one in full
 * is a deliberate, recorded act in the coordinator's card, never a list's default.
 */
export function rosterColumns({
  t,
  categories,
  departments,
  selected,
  toggle,
  selectAll,
}: ColumnContext): VirtualColumn<RosterRow>[] {
  return [
    {
      key: 'select',
      title: (
        <Checkbox
          checked={selectAll.checked}
          indeterminate={selectAll.indeterminate}
          onChange={(e) => selectAll.onChange(e.target.checked)}
          aria-label={t('coordinators.selection.selectAll')}
        />
      ),
      width: 40,
      render: (r) => (
        <span onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
          <Checkbox
            checked={selected.has(r.coordinator.id)}
            onChange={() => toggle(r.coordinator.id)}
            aria-label={t('coordinators.selection.selectRow', { name: r.coordinator.name })}
          />
        </span>
      ),
    },
    { key: 'name', title: t('coordinators.columns.name'), width: 84, render: (r) => r.coordinator.name },
    {
      key: 'gender',
      title: t('coordinators.columns.gender'),
      width: 44,
      render: (r) => t(`coordinators.gender.${r.coordinator.gender}`),
    },
    {
      key: 'residentId',
      title: t('coordinators.columns.residentId'),
      width: 150,
      render: (r) => <span className="mono">{maskResidentId(r.coordinator.residentId)}</span>,
    },
    {
      key: 'mobile',
      title: t('coordinators.columns.mobile'),
      width: 100,
      render: (r) =>
        r.coordinator.mobile ? <span className="mono">{maskPhone(r.coordinator.mobile)}</span> : '',
    },
    {
      key: 'category',
      title: t('coordinators.columns.category'),
      width: '1.3fr',
      render: (r) => categories.get(r.coordinator.categoryId)?.name ?? '',
    },
    {
      key: 'department',
      title: t('coordinators.columns.department'),
      width: '1fr',
      render: (r) => departments.get(r.coordinator.departmentId)?.name ?? '',
    },
    { key: 'street', title: t('coordinators.columns.street'), width: '0.9fr', render: (r) => r.streetName },
    {
      key: 'current',
      title: t('coordinators.columns.current'),
      width: '1.5fr',
      render: (r) => {
        const [first, ...rest] = r.current;
        if (!first) return <Typography.Text type="secondary">{t('coordinators.unassigned')}</Typography.Text>;
        const label = `${first.where} · ${t(`dispatch.shiftShort.${first.assignment.shift}`)}`;
        return rest.length === 0 ? (
          label
        ) : (
          <Tooltip
            title={r.current
              .map((c) => `${c.where} · ${t(`dispatch.shift.${c.assignment.shift}`)}`)
              .join('；')}
          >
            <span>
              {label}{' '}
              <Typography.Text type="secondary">
                {t('coordinators.more', { count: rest.length })}
              </Typography.Text>
            </span>
          </Tooltip>
        );
      },
    },
    {
      key: 'status',
      title: t('coordinators.columns.status'),
      width: 68,
      render: (r) => (
        <Tag color={STATUS_COLOR[r.coordinator.status]}>
          {t(`coordinators.status.${r.coordinator.status}`)}
        </Tag>
      ),
    },
  ];
}
