import { useMemo, useState } from 'react';
import { DatePicker, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { streetCodeOf } from '@shared/org/paths';
import { departmentLines, monthOf, whistleRate, type DepartmentLine } from '@shared/whistles/overview';
import { db } from '../../db';
import { useUiStore } from '../../app/ui-store';
import { todayInBeijing } from '../../common/dates';
import { useNow } from '../../common/use-now';
import { useResponderNames, useWhistleFacts } from './use-whistles';
import { ticketsByStreet } from './whistles-repository';

/** Each department's month (summoned, on time, late, absent, score) and each street's 吹哨率. */
export function OverviewView() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const data = useWhistleFacts(scope);
  const names = useResponderNames();
  const now = useNow();
  const [month, setMonth] = useState(() => todayInBeijing().slice(0, 7));
  const tickets = useLiveQuery(() => ticketsByStreet(db, scope, month), [scope, month]);
  const streetNames = useLiveQuery(async () => {
    const units = await db.orgUnits.where('level').equals('street').toArray();
    return new Map(units.map((u) => [u.code, u.name]));
  }, []);

  const inMonth = useMemo(
    () => (data?.whistles ?? []).filter((w) => monthOf(w.blownAt) === month),
    [data, month],
  );
  const lines = useMemo(() => departmentLines(inMonth, data?.calls ?? [], now), [inMonth, data, now]);
  const rates = useMemo(() => {
    const whistles = new Map<string, number>();
    for (const w of inMonth) {
      const street = streetCodeOf(w.orgPath) ?? '';
      whistles.set(street, (whistles.get(street) ?? 0) + 1);
    }
    const streets = new Set([...whistles.keys(), ...(tickets?.keys() ?? [])]);
    return [...streets].sort().map((street) => ({
      street,
      ...whistleRate(whistles.get(street) ?? 0, tickets?.get(street) ?? 0),
    }));
  }, [inMonth, tickets]);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        <Typography.Text>{t('whistles.overview.month')}</Typography.Text>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
        />
      </Space>
      <Table<DepartmentLine>
        size="small"
        rowKey="responderId"
        pagination={false}
        loading={data === undefined}
        dataSource={lines}
        data-testid="whistle-departments"
        locale={{ emptyText: t('whistles.overview.empty') }}
        columns={[
          {
            key: 'department',
            title: t('whistles.overview.department'),
            render: (_, l) => names.get(l.responderId) ?? '—',
          },
          { key: 'summoned', title: t('whistles.overview.summoned'), dataIndex: 'summoned', align: 'right' },
          { key: 'onTime', title: t('whistles.overview.onTime'), dataIndex: 'onTime', align: 'right' },
          { key: 'late', title: t('whistles.overview.late'), dataIndex: 'late', align: 'right' },
          { key: 'absent', title: t('whistles.overview.absent'), dataIndex: 'absent', align: 'right' },
          { key: 'awaited', title: t('whistles.overview.awaited'), dataIndex: 'awaited', align: 'right' },
          {
            key: 'score',
            title: t('whistles.overview.score'),
            align: 'right',
            render: (_, l) => (l.averageScore === null ? '—' : l.averageScore.toFixed(1)),
          },
        ]}
      />
      <Typography.Title level={5}>{t('whistles.overview.rate')}</Typography.Title>
      <Table
        size="small"
        rowKey="street"
        pagination={false}
        dataSource={rates}
        data-testid="whistle-rates"
        columns={[
          {
            key: 'street',
            title: t('whistles.overview.street'),
            render: (_, r) => streetNames?.get(r.street) ?? r.street,
          },
          {
            key: 'rate',
            title: t('whistles.overview.rate'),
            render: (_, r) =>
              r.perThousand === null
                ? t('whistles.overview.rateNone')
                : t('whistles.overview.rateValue', {
                    value: r.perThousand.toFixed(1),
                    whistles: r.whistles,
                    tickets: r.tickets.toLocaleString(),
                  }),
          },
          {
            key: 'verdict',
            title: '',
            render: (_, r) =>
              r.verdict === 'noTickets' ? null : (
                <Tag color={r.verdict === 'normal' ? 'green' : 'orange'}>
                  {t(`whistles.overview.verdict.${r.verdict}`)}
                </Tag>
              ),
          },
        ]}
      />
    </Space>
  );
}
