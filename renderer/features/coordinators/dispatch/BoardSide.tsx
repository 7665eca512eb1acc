import { Card, Empty, List, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isoWeekday } from '@shared/coordinators/days';
import { openGaps } from '@shared/coordinators/board';
import type { BoardData } from './board-data';
import { WEEKDAYS } from './BoardTable';

/** Beside the board: what is missing and who could fill it. */
export function BoardSide({
  board,
  day,
  view,
  onAssign,
}: {
  board: BoardData;
  day: string;
  view: 'day' | 'week';
  onAssign(coordinatorId: string): void;
}) {
  const { t } = useTranslation();
  const unitName = new Map<string, string>([
    ...(board.community ? [[board.community.code, board.community.name] as const] : []),
    ...board.grids.map((g) => [g.code, g.name] as const),
  ]);
  const gaps = openGaps(board.gaps, board.days);
  const weekday = (d: string) => t(`dispatch.weekday.${WEEKDAYS[isoWeekday(d) - 1]!}`);
  const free = board.freePeople.get(day) ?? [];

  return (
    <div className="board-side">
      <Card size="small" title={t('dispatch.board.gaps')} data-testid="board-gap-list">
        {gaps.length === 0 ? (
          <Typography.Text type="secondary">{t('dispatch.board.noGaps')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={gaps}
            renderItem={(g) => {
              const values = {
                unit: unitName.get(g.unitCode) ?? g.unitCode,
                category: board.categories.get(g.categoryId)?.name ?? '',
              };
              return (
                <List.Item>
                  {view === 'week' && g.days.length < board.days.length
                    ? t('dispatch.board.gapDays', {
                        ...values,
                        days: g.days.map(weekday).join(t('common.separator')),
                      })
                    : t('dispatch.board.gapLine', values)}
                </List.Item>
              );
            }}
          />
        )}
      </Card>
      <Card
        size="small"
        title={
          <Tooltip title={t('dispatch.board.freeHelp')}>
            {t('dispatch.board.free')} · {day.slice(5)} {weekday(day)}
          </Tooltip>
        }
      >
        {free.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dispatch.board.noFree')} />
        ) : (
          <div className="free-list">
            {free.map((c) => (
              <Tooltip key={c.id} title={board.categories.get(c.categoryId)?.name}>
                <Tag className="free-person" onClick={() => onAssign(c.id)}>
                  {c.name}
                </Tag>
              </Tooltip>
            ))}
          </div>
        )}
      </Card>
    </div>
  );
}
