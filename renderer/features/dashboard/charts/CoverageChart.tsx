import { useMemo } from 'react';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '@shared/model/org';
import type { CoverageRow } from '@shared/places/coverage';
import { PLACE_FIGURES } from '@shared/places/figures';
import { coverageByUnit, type UnitCoverage } from '@shared/dashboard/coverage';
import { useFigureText } from '../../../app/figure-text';
import { EChart } from '../EChart';
import { ChartCard } from '../ChartCard';
import { UnitLink } from '../UnitLink';
import { namesAxis, percent, unitName } from '../format';

const GAPS = ['noHead', 'noWorker', 'noElderly', 'noPolice'] as const;

/** Coverage units of each unit below the scope, those lacking nothing and those with a gap. */
export function CoverageChart({
  rows,
  scope,
  units,
  unitTitle,
  onDrill,
}: {
  rows: readonly CoverageRow[];
  scope: string;
  units: ReadonlyMap<string, OrgUnit>;
  unitTitle: string;
  onDrill(code: string): void;
}) {
  const { t } = useTranslation();
  const figure = useFigureText();
  const byUnit = useMemo(() => coverageByUnit(rows, scope), [rows, scope]);
  const withGaps = figure(PLACE_FIGURES.placesWithGaps).name;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 48, right: 16, top: 20, bottom: byUnit.length > 8 ? 110 : 56 },
      xAxis: namesAxis(byUnit.map((u) => unitName(u.code, units, t))),
      yAxis: { type: 'value' },
      series: [
        {
          type: 'bar',
          stack: 'units',
          name: t('dashboard.coverage.covered'),
          color: '#73c0de',
          data: byUnit.map((u) => u.places - u.placesWithGaps),
        },
        {
          type: 'bar',
          stack: 'units',
          name: withGaps,
          color: '#ee6666',
          data: byUnit.map((u) => u.placesWithGaps),
        },
      ],
    }),
    [byUnit, units, t, withGaps],
  );
  return (
    <ChartCard
      title={t('dashboard.coverage.title')}
      testId="dashboard-coverage"
      empty={byUnit.length === 0}
      chart={<EChart option={option} height={300} onPick={(i) => onDrill(byUnit[i]?.code ?? '')} />}
      table={
        <Table<UnitCoverage>
          size="small"
          pagination={false}
          rowKey="code"
          dataSource={byUnit}
          columns={[
            {
              key: 'unit',
              title: unitTitle,
              render: (_, u) => (
                <UnitLink code={u.code} name={unitName(u.code, units, t)} onDrill={onDrill} />
              ),
            },
            {
              key: 'places',
              title: figure(PLACE_FIGURES.coverageUnits).name,
              align: 'right',
              dataIndex: 'places',
            },
            { key: 'gaps', title: withGaps, align: 'right', dataIndex: 'placesWithGaps' },
            ...GAPS.map((gap) => ({
              key: gap,
              title: t(`dashboard.coverage.${gap}`),
              align: 'right' as const,
              dataIndex: gap,
            })),
            {
              key: 'share',
              title: t('dashboard.coverage.share'),
              align: 'right',
              render: (_, u) => percent(u.coveredShare),
            },
          ]}
        />
      }
    />
  );
}
