import { Alert, DatePicker, Segmented, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { summarizeMonth, type AttendanceTotals } from '@shared/coordinators/attendance-summary';
import { visibleScope } from '@shared/coordinators/scope';
import { codeOfPath, orgPathOfCode } from '@shared/org/codes';
import { db, type StreetDeskDb } from '../../../db';
import { useUiStore } from '../../../app/ui-store';
import { useSession } from '../../../app/session';
import { localToday } from '../../../common/dates';
import { attendanceOfMonth } from './attendance-repository';
import { useDispatchUi } from './dispatch-ui-store';
import { districtCodeOf, streetCodeOf, streetOf } from '@shared/org/paths';

interface SummaryRow extends AttendanceTotals {
  key: string;
  name: string;
  street: string;
  coordinators?: number;
}

/** orgPaths of the streets in a scope (a street or below is its own street). */
async function streetsOf(database: StreetDeskDb, scope: string): Promise<{ path: string; name: string }[]> {
  const street = streetOf(scope);
  if (street !== undefined) {
    const code = codeOfPath(street);
    const unit = await database.orgUnits.where('code').equals(code).first();
    return [{ path: street, name: unit?.name ?? code }];
  }
  const streets = await database.orgUnits.where('level').equals('street').toArray();
  return streets
    .filter((s) => scope === '' || s.parentCode === districtCodeOf(scope))
    .map((s) => ({ path: orgPathOfCode(s.code), name: s.name }));
}

async function loadSummary(database: StreetDeskDb, scope: string, month: string) {
  const streets = await streetsOf(database, scope);
  const records = await attendanceOfMonth(
    database,
    streets.map((s) => s.path),
    month,
  );
  const summary = summarizeMonth(records, month);
  const streetName = new Map(streets.map((s) => [streetCodeOf(s.path)!, s.name]));
  const people = await database.coordinators.bulkGet([...summary.byCoordinator.keys()]);
  const byCoordinator: SummaryRow[] = people.map((p, i) => {
    const id = [...summary.byCoordinator.keys()][i]!;
    const totals = summary.byCoordinator.get(id)!;
    return {
      ...totals,
      key: id,
      name: p?.name ?? '',
      street: streetName.get(totals.street) ?? totals.street,
    };
  });
  byCoordinator.sort(
    (a, b) => a.street.localeCompare(b.street, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'),
  );
  const byStreet: SummaryRow[] = [...summary.byStreet].map(([code, totals]) => ({
    ...totals,
    key: code,
    name: streetName.get(code) ?? code,
    street: streetName.get(code) ?? code,
  }));
  return { summary, byCoordinator, byStreet };
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const byNumber = (field: keyof AttendanceTotals) => (a: SummaryRow, b: SummaryRow) =>
  ((a[field] as number | null) ?? -1) - ((b[field] as number | null) ?? -1);

/** 月度汇总: 出勤率, 发现上报数 and 处置及时率 per coordinator and per street, with how they are counted. */
export function SummaryView() {
  const { t } = useTranslation();
  const picked = useUiStore((s) => s.scope);
  const userScope = useSession((s) => s.user.scope);
  const scope = visibleScope(picked, userScope);
  const { month: pickedMonth, setMonth } = useDispatchUi();
  const month = pickedMonth ?? localToday().slice(0, 7);
  const [by, setBy] = useState<'coordinator' | 'street'>('coordinator');
  const data = useLiveQuery(() => loadSummary(db, scope, month), [scope, month]);

  const numbers: ColumnsType<SummaryRow> = (
    ['days', 'present', 'cover', 'leave', 'absent', 'coveredByOthers'] as const
  ).map((field) => ({
    key: field,
    title: t(`dispatch.summary.${field}`),
    dataIndex: field,
    align: 'right',
    width: 76,
    sorter: byNumber(field),
  }));
  const columns: ColumnsType<SummaryRow> = [
    {
      key: 'name',
      title: t(by === 'street' ? 'dispatch.summary.street' : 'dispatch.summary.name'),
      dataIndex: 'name',
      width: 100,
      fixed: 'left',
    },
    ...(by === 'street'
      ? [
          {
            key: 'coordinators',
            title: t('dispatch.summary.coordinators'),
            dataIndex: 'coordinators',
            align: 'right' as const,
            width: 72,
          },
        ]
      : [
          {
            key: 'street',
            title: t('dispatch.summary.street'),
            dataIndex: 'street',
            width: 110,
            ellipsis: true,
          },
        ]),
    ...numbers,
    {
      key: 'attendanceRate',
      title: t('dispatch.summary.attendanceRate'),
      align: 'right',
      width: 84,
      sorter: byNumber('attendanceRate'),
      render: (_, r) => percent(r.attendanceRate),
    },
    {
      key: 'reports',
      title: t('dispatch.summary.reports'),
      dataIndex: 'reports',
      align: 'right',
      width: 96,
      sorter: byNumber('reports'),
    },
    {
      key: 'timelyRate',
      title: t('dispatch.summary.timelyRate'),
      align: 'right',
      width: 96,
      sorter: byNumber('timelyRate'),
      render: (_, r) => percent(r.timelyRate),
    },
  ];

  const total = data?.summary.total;
  return (
    <div className="list-view">
      <Space className="list-toolbar" wrap>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => setMonth(d ? d.format('YYYY-MM') : null)}
          aria-label={t('dispatch.summary.month')}
        />
        <Segmented<'coordinator' | 'street'>
          value={by}
          onChange={setBy}
          options={[
            { value: 'coordinator', label: t('dispatch.summary.byCoordinator') },
            { value: 'street', label: t('dispatch.summary.byStreet') },
          ]}
        />
        {total && total.days > 0 && (
          <Typography.Text data-testid="summary-total">
            {t('dispatch.summary.total')}：{t('dispatch.summary.attendanceRate')}{' '}
            {percent(total.attendanceRate)} · {t('dispatch.summary.reports')} {total.reports} ·{' '}
            {t('dispatch.summary.timelyRate')} {percent(total.timelyRate)}
          </Typography.Text>
        )}
      </Space>
      <Typography.Text type="secondary">{t('dispatch.summary.definitions')}</Typography.Text>
      {data && data.summary.duplicates > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('dispatch.summary.duplicates', { count: data.summary.duplicates })}
        />
      )}
      <Table<SummaryRow>
        size="small"
        sticky
        loading={data === undefined}
        dataSource={by === 'street' ? data?.byStreet : data?.byCoordinator}
        columns={columns}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('dispatch.summary.empty') }}
      />
    </div>
  );
}
