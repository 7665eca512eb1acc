import { useMemo } from 'react';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonthRates } from '@shared/dashboard/tickets';
import { EChart } from '../EChart';
import { ChartCard } from '../ChartCard';
import { chartPercent, percent, RATE_COLORS } from '../format';

/** Tickets per month as bars, the three rates as lines on a percent axis. */
export function TicketsChart({ monthly }: { monthly: MonthRates[] }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 48, right: 48, top: 30, bottom: 56 },
      xAxis: { type: 'category', data: monthly.map((m) => m.month) },
      yAxis: [
        { type: 'value', name: t('dashboard.tickets.count') },
        { type: 'value', name: '%', min: 0, max: 100 },
      ],
      series: [
        {
          type: 'bar',
          name: t('dashboard.tickets.count'),
          data: monthly.map((m) => m.rates.tickets),
          color: '#bfbfbf',
        },
        ...(['response', 'resolution', 'satisfaction'] as const).map((rate) => ({
          type: 'line',
          name: t(`dashboard.tickets.${rate}`),
          yAxisIndex: 1,
          color: RATE_COLORS[rate],
          data: monthly.map((m) => chartPercent(m.rates[`${rate}Rate`])),
        })),
      ],
    }),
    [monthly, t],
  );
  return (
    <ChartCard
      title={t('dashboard.tickets.title')}
      testId="dashboard-tickets"
      empty={monthly.every((m) => m.rates.tickets === 0)}
      chart={<EChart option={option} height={300} />}
      table={
        <Table<MonthRates>
          size="small"
          pagination={false}
          rowKey="month"
          dataSource={monthly}
          columns={[
            { key: 'month', title: t('dashboard.tickets.month'), dataIndex: 'month' },
            {
              key: 'count',
              title: t('dashboard.tickets.count'),
              align: 'right',
              render: (_, m) => m.rates.tickets,
            },
            ...(['response', 'resolution', 'satisfaction'] as const).map((rate) => ({
              key: rate,
              title: t(`dashboard.tickets.${rate}`),
              align: 'right' as const,
              render: (_: unknown, m: MonthRates) => percent(m.rates[`${rate}Rate`]),
            })),
          ]}
        />
      }
    />
  );
}
