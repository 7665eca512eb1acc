import type { ReactNode } from 'react';
import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** A chart with its table under it: the table is what screen readers, copying and export use. */
export function ChartCard({
  title,
  testId,
  empty,
  chart,
  note,
  table,
}: {
  title: ReactNode;
  testId: string;
  empty?: boolean;
  chart: ReactNode;
  note?: ReactNode;
  table: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} className="dashboard-card" data-testid={testId}>
      {empty ? (
        <Empty description={t('dashboard.empty')} />
      ) : (
        <>
          {chart}
          {note}
          <div className="dashboard-table">{table}</div>
        </>
      )}
    </Card>
  );
}
