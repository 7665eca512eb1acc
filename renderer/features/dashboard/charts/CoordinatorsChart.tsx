import { useMemo } from 'react';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CategoryDeployment } from '@shared/dashboard/coordinators';
import { EChart } from '../EChart';
import { ChartCard } from '../ChartCard';
import { namesAxis } from '../format';

/** Coordinators on duty and on the roster per category, beside what the communities need each day. */
export function CoordinatorsChart({ rows }: { rows: CategoryDeployment[] }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 48, right: 16, top: 20, bottom: rows.length > 8 ? 110 : 56 },
      xAxis: namesAxis(rows.map((r) => r.name)),
      yAxis: { type: 'value' },
      series: [
        {
          type: 'bar',
          name: t('dashboard.coordinators.active'),
          color: '#5470c6',
          data: rows.map((r) => r.active),
        },
        {
          type: 'bar',
          name: t('dashboard.coordinators.onRoster'),
          color: '#9fb4e8',
          data: rows.map((r) => r.onRoster),
        },
        {
          type: 'bar',
          name: t('dashboard.coordinators.needed'),
          color: '#fc8452',
          data: rows.map((r) => r.needed),
        },
      ],
    }),
    [rows, t],
  );
  return (
    <ChartCard
      title={t('dashboard.coordinators.title')}
      testId="dashboard-coordinators"
      empty={rows.every((r) => r.onRoster === 0)}
      chart={<EChart option={option} height={300} />}
      table={
        <Table<CategoryDeployment>
          size="small"
          pagination={false}
          rowKey="categoryId"
          dataSource={rows}
          columns={[
            { key: 'category', title: t('dashboard.coordinators.category'), dataIndex: 'name' },
            { key: 'active', title: t('dashboard.coordinators.active'), align: 'right', dataIndex: 'active' },
            {
              key: 'onRoster',
              title: t('dashboard.coordinators.onRoster'),
              align: 'right',
              dataIndex: 'onRoster',
            },
            {
              key: 'needed',
              title: t('dashboard.coordinators.needed'),
              align: 'right',
              render: (_, r) => r.needed ?? t('dashboard.coordinators.onDemand'),
            },
          ]}
        />
      }
    />
  );
}
