import { useMemo } from 'react';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '@shared/model/org';
import type { TicketRates } from '@shared/tickets/rates';
import { EChart } from '../EChart';
import { ChartCard } from '../ChartCard';
import { UnitLink } from '../UnitLink';
import { chartPercent, namesAxis, percent, RATE_COLORS, unitName } from '../format';

type Ranked = { key: string; rank: number; rates: TicketRates };

/** The units below the scope by their three rates in one month, best first. */
export function RankingChart({
  ranking,
  month,
  units,
  unitTitle,
  onDrill,
}: {
  ranking: Ranked[];
  month: string | undefined;
  units: ReadonlyMap<string, OrgUnit>;
  unitTitle: string;
  onDrill(code: string): void;
}) {
  const { t } = useTranslation();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '—' : `${v}%`) },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 20, bottom: ranking.length > 8 ? 110 : 56 },
      xAxis: namesAxis(ranking.map((r) => unitName(r.key, units, t))),
      yAxis: { type: 'value', min: 0, max: 100, name: '%' },
      series: (['response', 'resolution', 'satisfaction'] as const).map((rate) => ({
        type: 'bar',
        name: t(`dashboard.tickets.${rate}`),
        color: RATE_COLORS[rate],
        data: ranking.map((r) => chartPercent(r.rates[`${rate}Rate`])),
      })),
    }),
    [ranking, units, t],
  );
  return (
    <ChartCard
      title={month ? t('dashboard.ranking.title', { month }) : t('dashboard.ranking.titleNone')}
      testId="dashboard-ranking"
      empty={ranking.length === 0}
      chart={<EChart option={option} height={320} onPick={(i) => onDrill(ranking[i]?.key ?? '')} />}
      table={
        <Table<Ranked>
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={ranking}
          columns={[
            { key: 'rank', title: t('dashboard.ranking.rank'), width: 64, dataIndex: 'rank' },
            {
              key: 'unit',
              title: unitTitle,
              render: (_, r) => <UnitLink code={r.key} name={unitName(r.key, units, t)} onDrill={onDrill} />,
            },
            {
              key: 'count',
              title: t('dashboard.tickets.count'),
              align: 'right',
              render: (_, r) => r.rates.tickets,
            },
            ...(['response', 'resolution', 'satisfaction'] as const).map((rate) => ({
              key: rate,
              title: t(`dashboard.tickets.${rate}`),
              align: 'right' as const,
              render: (_: unknown, r: Ranked) => percent(r.rates[`${rate}Rate`]),
            })),
            {
              key: 'score',
              title: t('dashboard.tickets.score'),
              align: 'right',
              render: (_, r) => (r.rates.score === null ? '—' : r.rates.score.toFixed(1)),
            },
          ]}
        />
      }
    />
  );
}
