import { Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../../db';
import { loadStreetBoard, type StreetBoardRow } from './board-data';

/**
 * 全街道: a street's communities on one board — assignments, double bookings and open gaps of
 * the shown days per community, the worst first; a click opens that community's board.
 */
export function StreetBoard({
  streetPath,
  days,
  onOpen,
}: {
  streetPath: string;
  days: readonly string[];
  onOpen(communityCode: string): void;
}) {
  const { t } = useTranslation();
  const rows = useLiveQuery(() => loadStreetBoard(db, streetPath, days), [streetPath, days.join(',')]);
  const sorted = [...(rows ?? [])].sort(
    (a, b) => b.doubleBookings - a.doubleBookings || b.gaps - a.gaps || (a.code < b.code ? -1 : 1),
  );
  const total = (key: 'assignments' | 'doubleBookings' | 'gaps') => sorted.reduce((n, r) => n + r[key], 0);
  return (
    <Table<StreetBoardRow>
      size="small"
      rowKey="code"
      loading={!rows}
      dataSource={sorted}
      pagination={false}
      data-testid="street-board"
      onRow={(r) => ({ onClick: () => onOpen(r.code), className: 'clickable-row' })}
      columns={[
        { key: 'name', dataIndex: 'name', title: t('dispatch.board.community') },
        {
          key: 'assignments',
          dataIndex: 'assignments',
          title: t('dispatch.board.assignments'),
          align: 'right',
        },
        {
          key: 'doubleBookings',
          dataIndex: 'doubleBookings',
          title: t('dispatch.board.doubleBookings'),
          align: 'right',
          render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n),
        },
        {
          key: 'gaps',
          dataIndex: 'gaps',
          title: t('dispatch.board.gaps'),
          align: 'right',
          render: (n: number) => (n > 0 ? <Typography.Text type="warning">{n}</Typography.Text> : n),
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>{t('dispatch.board.wholeStreetTotal')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {total('assignments')}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {total('doubleBookings')}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            {total('gaps')}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
