import { App, Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DeleteOutlined, EditOutlined, WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { coversDay } from '@shared/coordinators/overlap';
import { isoWeekday } from '@shared/coordinators/days';
import { shiftHoursLabel } from '@shared/coordinators/shifts';
import { db } from '../../../db';
import { useSession } from '../../../app/session';
import { RefusedError } from '../../../app/input-error';
import { translateDynamic } from '../../../app/i18n';
import type { BoardData, BoardRow } from './board-data';
import { deleteAssignment } from './assignments-repository';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const SHIFT_COLOR = { morning: 'blue', afternoon: 'cyan', evening: 'purple', gate: 'gold' } as const;

/** Rows by post: grids in code order after the community's own posts, then by name. */
function order(a: BoardRow, b: BoardRow): number {
  const ga = a.gridCode ?? '';
  const gb = b.gridCode ?? '';
  if (ga !== gb) return ga < gb ? -1 : 1;
  if (a.where !== b.where) return a.where < b.where ? -1 : 1;
  return (a.coordinator?.name ?? '') < (b.coordinator?.name ?? '') ? -1 : 1;
}

/** The board's table: one row per assignment, a column per day in the week view. */
export function BoardTable({
  board,
  view,
  writable,
  onEdit,
}: {
  board: BoardData;
  view: 'day' | 'week';
  writable: boolean;
  onEdit(id: string): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const { communityPath } = board;
  // Which days of each clashing assignment clash, so only those cells turn red.
  const clashDays = new Map<string, { from: string; to: string }[]>();
  for (const d of board.doubleBookings)
    for (const id of [d.a, d.b])
      clashDays.set(id, [...(clashDays.get(id) ?? []), { from: d.from, to: d.to }]);
  const clashesOn = (id: string, day: string) =>
    (clashDays.get(id) ?? []).some((r) => r.from <= day && day <= r.to);
  const clashText = (row: BoardRow) =>
    board.clashes
      .filter((c) => c.a.id === row.assignment.id || c.b.id === row.assignment.id)
      .map((c) => {
        const other = c.a.id === row.assignment.id ? c.b : c.a;
        return t('dispatch.board.clashWith', {
          where: c.a.id === row.assignment.id ? c.bWhere : c.aWhere,
          shift: t(`dispatch.shift.${other.shift}`),
          from: c.from,
          to: c.to,
        });
      })
      .join('；');

  const remove = async (id: string) => {
    try {
      await deleteAssignment(db, user, id);
      void message.success(t('common.deleted'));
    } catch (error) {
      if (!(error instanceof RefusedError)) throw error;
      void message.error(translateDynamic(error.key, error.values));
    }
  };

  const columns: ColumnsType<BoardRow> = [
    {
      key: 'where',
      title: t('dispatch.board.where'),
      width: 150,
      ellipsis: true,
      render: (_, r) =>
        r.assignment.orgPath === communityPath && !r.assignment.task
          ? t('dispatch.board.communityLevel')
          : r.where,
    },
    {
      key: 'coordinator',
      title: t('dispatch.board.coordinator'),
      width: 150,
      render: (_, r) => (
        <Space size={4}>
          <span>{r.coordinator?.name}</span>
          {r.guest && <Tag>{t('dispatch.board.guest')}</Tag>}
          {r.doubled && (
            <Tooltip title={clashText(r)}>
              <Tag color="red" icon={<WarningFilled />}>
                {t('dispatch.board.doubled')}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      key: 'category',
      title: t('coordinators.columns.category'),
      width: 120,
      ellipsis: true,
      render: (_, r) => board.categories.get(r.coordinator?.categoryId ?? '')?.name,
    },
  ];
  if (view === 'week') {
    for (const day of board.days) {
      columns.push({
        key: day,
        title: (
          <span className="board-day">
            {t(`dispatch.weekday.${WEEKDAYS[isoWeekday(day) - 1]!}`)}
            <br />
            <Typography.Text type="secondary">{day.slice(5)}</Typography.Text>
          </span>
        ),
        width: 52,
        align: 'center',
        render: (_, r) =>
          coversDay(r.assignment, day) ? (
            <Tag
              className="board-cell"
              color={clashesOn(r.assignment.id, day) ? 'red' : SHIFT_COLOR[r.assignment.shift]}
              title={t(`dispatch.shift.${r.assignment.shift}`)}
            >
              {t(`dispatch.shiftShort.${r.assignment.shift}`)}
            </Tag>
          ) : null,
      });
    }
  } else {
    columns.push(
      {
        key: 'shift',
        title: t('dispatch.board.shiftCol'),
        width: 140,
        render: (_, r) => (
          <Tag color={r.doubled ? 'red' : SHIFT_COLOR[r.assignment.shift]}>
            {t(`dispatch.shift.${r.assignment.shift}`)} {shiftHoursLabel(r.assignment.shift)}
          </Tag>
        ),
      },
      {
        key: 'source',
        title: t('dispatch.board.sourceCol'),
        width: 200,
        ellipsis: true,
        render: (_, r) =>
          `${t(`dispatch.source.${r.assignment.source}`)}${r.assignment.sourceRef ? ` ${r.assignment.sourceRef}` : ''}`,
      },
      {
        key: 'period',
        title: t('dispatch.board.period'),
        width: 180,
        render: (_, r) => `${r.assignment.from} – ${r.assignment.to}`,
      },
    );
  }
  columns.push({
    key: 'actions',
    width: 72,
    render: (_, r) =>
      writable && (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            aria-label={t('dispatch.board.edit')}
            onClick={() => onEdit(r.assignment.id)}
          />
          <Popconfirm
            title={t('dispatch.board.endConfirm')}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => remove(r.assignment.id)}
          >
            <Button
              type="link"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('dispatch.board.end')}
            />
          </Popconfirm>
        </Space>
      ),
  });

  return (
    <Table<BoardRow>
      className="board-table"
      size="small"
      rowKey={(r) => r.assignment.id}
      pagination={false}
      sticky
      tableLayout="fixed"
      scroll={{
        x: columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 120), 0),
        y: 'max(240px, calc(100vh - 540px))',
      }}
      dataSource={[...board.rows].sort(order)}
      columns={columns}
      rowClassName={(r) => (r.doubled ? 'board-row-doubled' : '')}
      locale={{
        emptyText: t('dispatch.board.noAssignments', {
          unit: t(view === 'week' ? 'dispatch.board.unitWeek' : 'dispatch.board.unitDay'),
        }),
      }}
    />
  );
}
