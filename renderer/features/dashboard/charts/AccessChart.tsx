import { useMemo } from 'react';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DepartmentRow } from '@shared/access/overview';
import { EChart } from '../EChart';
import { ChartCard } from '../ChartCard';
import { namesAxis } from '../format';

/** Access requests each department had admitted and refused, in the access overview's order. */
export function AccessChart({ rows }: { rows: DepartmentRow[] }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 48, right: 16, top: 20, bottom: rows.length > 6 ? 120 : 56 },
      xAxis: namesAxis(rows.map((r) => r.department)),
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('dashboard.access.admitted'),
          color: '#91cc75',
          data: rows.map((r) => r.admitted),
        },
        {
          type: 'bar',
          name: t('dashboard.access.refused'),
          color: '#ee6666',
          data: rows.map((r) => r.refused),
        },
      ],
    }),
    [rows, t],
  );
  return (
    <ChartCard
      title={t('dashboard.access.title')}
      testId="dashboard-access"
      empty={rows.length === 0}
      chart={<EChart option={option} height={300} />}
      table={
        <Table<DepartmentRow>
          size="small"
          pagination={false}
          rowKey="department"
          dataSource={rows}
          columns={[
            { key: 'department', title: t('dashboard.access.department'), dataIndex: 'department' },
            { key: 'admitted', title: t('dashboard.access.admitted'), align: 'right', dataIndex: 'admitted' },
            { key: 'refused', title: t('dashboard.access.refused'), align: 'right', dataIndex: 'refused' },
            { key: 'pending', title: t('dashboard.access.pending'), align: 'right', dataIndex: 'pending' },
            {
              key: 'complaints',
              title: t('dashboard.access.complaints'),
              align: 'right',
              dataIndex: 'complaints',
            },
          ]}
        />
      }
    />
  );
}
