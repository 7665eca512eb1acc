import { useMemo } from 'react';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SPLIT_ABOVE, SPLIT_FIRST_ABOVE, sizeClass, type SizeClass } from '@shared/places/community-size';
import type { CommunitySize } from '../../places';
import { EChart } from '../EChart';
import { ChartCard } from '../ChartCard';
import { UnitLink } from '../UnitLink';
import { namesAxis } from '../format';

/** Bars past this many make names unreadable; the largest are the ones the thresholds are about. */
const CHART_MAX = 30;
const COLOR: Record<SizeClass, string> = {
  splitUrgent: '#cf1322',
  split: '#fa8c16',
  merge: '#69b1ff',
  normal: '#91cc75',
};
const TAG: Record<SizeClass, string> = {
  splitUrgent: 'red',
  split: 'orange',
  merge: 'blue',
  normal: 'default',
};

/** Households of each community against the 3,000 and 5,000 lines of the size standard. */
export function SizesChart({ sizes, onDrill }: { sizes: CommunitySize[]; onDrill(code: string): void }) {
  const { t } = useTranslation();
  // Only a recorded household count is judged, as on the community sizes tab.
  const charted = useMemo(
    () =>
      sizes
        .filter((s): s is CommunitySize & { households: number } => s.households !== undefined)
        .sort((a, b) => b.households - a.households)
        .slice(0, CHART_MAX),
    [sizes],
  );
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 56, right: 100, top: 20, bottom: charted.length > 8 ? 110 : 40 },
      xAxis: namesAxis(charted.map((s) => s.name)),
      yAxis: { type: 'value', name: t('dashboard.sizes.households') },
      series: [
        {
          type: 'bar',
          name: t('dashboard.sizes.households'),
          data: charted.map((s) => ({
            value: s.households,
            itemStyle: { color: COLOR[sizeClass(s.households)] },
          })),
          markLine: {
            symbol: 'none',
            label: { position: 'end', formatter: '{b}' },
            data: [
              { name: t('dashboard.sizes.line3000'), yAxis: SPLIT_ABOVE, lineStyle: { color: '#fa8c16' } },
              {
                name: t('dashboard.sizes.line5000'),
                yAxis: SPLIT_FIRST_ABOVE,
                lineStyle: { color: '#cf1322' },
              },
            ],
          },
        },
      ],
    }),
    [charted, t],
  );
  return (
    <ChartCard
      title={t('dashboard.sizes.title')}
      testId="dashboard-sizes"
      empty={sizes.length === 0}
      chart={<EChart option={option} height={320} onPick={(i) => onDrill(charted[i]?.code ?? '')} />}
      note={
        charted.length < sizes.length && (
          <Typography.Paragraph type="secondary">
            {t('dashboard.sizes.top', { count: charted.length })}
          </Typography.Paragraph>
        )
      }
      table={
        <Table<CommunitySize>
          size="small"
          pagination={false}
          rowKey="code"
          dataSource={sizes}
          columns={[
            {
              key: 'community',
              title: t('dashboard.sizes.community'),
              render: (_, s) => <UnitLink code={s.code} name={s.name} onDrill={onDrill} />,
            },
            { key: 'street', title: t('dashboard.sizes.street'), dataIndex: 'streetName' },
            {
              key: 'households',
              title: t('dashboard.sizes.households'),
              align: 'right',
              dataIndex: 'households',
            },
            {
              key: 'status',
              title: t('dashboard.sizes.status'),
              render: (_, s) => {
                if (s.households === undefined) return <Tag>{t('dashboard.sizes.unknown')}</Tag>;
                const size = sizeClass(s.households);
                return <Tag color={TAG[size]}>{t(`dashboard.sizes.${size}`)}</Tag>;
              },
            },
          ]}
        />
      }
    />
  );
}
