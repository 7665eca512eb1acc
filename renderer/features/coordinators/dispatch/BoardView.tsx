import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Row,
  Segmented,
  Select,
  Space,
  Spin,
  Statistic,
} from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { canWriteTable } from '@shared/auth/roles';
import { addDays, weekOf } from '@shared/coordinators/days';
import { openGaps } from '@shared/coordinators/board';
import { communityPathOf, visibleScope } from '@shared/coordinators/scope';
import { orgPathOfCode } from '@shared/org/codes';
import { db } from '../../../db';
import { useUiStore } from '../../../app/ui-store';
import { useSession } from '../../../app/session';
import { useCommunitiesInScope } from '../../../common/scope/use-org';
import { localToday } from '../../../common/dates';
import { StreetBoard } from './StreetBoard';
import { loadBoard } from './board-data';
import { BoardTable } from './BoardTable';
import { BoardSide } from './BoardSide';
import { AssignmentForm } from './AssignmentForm';
import { useDispatchUi } from './dispatch-ui-store';
import { useTicketDispatch } from './use-ticket-dispatch';
import '../coordinators.css';
import { communityCodeOf, gridCodeOf, streetOf } from '@shared/org/paths';

/** The community select's value for 全街道. */
const WHOLE_STREET = '*';

/**
 * 派遣看板: one community, a day or a week. Who works where, double bookings in red, the gaps
 * where a grid or the community lacks a category it needs, and who of the street is free.
 */
export function BoardView() {
  const { t } = useTranslation();
  const pickedScope = useUiStore((s) => s.scope);
  const user = useSession((s) => s.user);
  const scope = visibleScope(pickedScope, user.scope);
  const { communityCode, setCommunity, date, setDate, view, setView, form, openForm } = useDispatchUi();
  useTicketDispatch(openForm);
  const today = localToday();
  const day = date ?? today;
  const streetPath = streetOf(scope);
  const communities = useCommunitiesInScope(streetPath ?? '\uffff');
  // The scope names the community; on a whole street, the one picked here, else the whole street.
  const wholeStreet =
    !communityPathOf(scope) && !!streetPath && (communityCode ?? WHOLE_STREET) === WHOLE_STREET;
  const picked = wholeStreet ? undefined : communities?.find((c) => c.code === communityCode);
  const communityPath = communityPathOf(scope) ?? (picked ? orgPathOfCode(picked.code) : undefined);
  const days = view === 'week' ? weekOf(day) : [day];
  const board = useLiveQuery(
    () => (communityPath ? loadBoard(db, communityPath, days) : undefined),
    [communityPath, days.join(',')],
  );
  const step = view === 'week' ? 7 : 1;
  const unit = t(view === 'week' ? 'dispatch.board.unitWeek' : 'dispatch.board.unitDay');
  const writable = canWriteTable(user.role, 'assignments');

  const toolbar = (
    <Space className="list-toolbar" wrap>
      {!communityPathOf(scope) && streetPath && (
        <Select
          className="roster-filter"
          placeholder={t('dispatch.board.community')}
          aria-label={t('dispatch.board.community')}
          showSearch={{ optionFilterProp: 'label' }}
          value={communityPath ? communityCodeOf(communityPath) : WHOLE_STREET}
          onChange={setCommunity}
          options={[
            { value: WHOLE_STREET, label: t('dispatch.board.wholeStreet') },
            ...(communities ?? []).map((c) => ({ value: c.code, label: c.name })),
          ]}
        />
      )}
      <Segmented<'day' | 'week'>
        value={view}
        onChange={setView}
        options={[
          { value: 'day', label: t('dispatch.board.day') },
          { value: 'week', label: t('dispatch.board.week') },
        ]}
      />
      <Button
        icon={<LeftOutlined />}
        aria-label={t('dispatch.board.previous', { unit })}
        onClick={() => setDate(addDays(day, -step))}
      />
      <DatePicker
        allowClear={false}
        value={dayjs(day)}
        picker={view === 'week' ? 'week' : 'date'}
        onChange={(d) => setDate(d ? d.format('YYYY-MM-DD') : null)}
        aria-label={t('dispatch.board.date')}
      />
      <Button
        icon={<RightOutlined />}
        aria-label={t('dispatch.board.next', { unit })}
        onClick={() => setDate(addDays(day, step))}
      />
      <Button onClick={() => setDate(null)}>{t('dispatch.board.today')}</Button>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        disabled={!writable}
        onClick={() =>
          openForm({
            mode: 'new',
            communityCode: communityPath !== undefined ? communityCodeOf(communityPath) : undefined,
            gridCode: gridCodeOf(scope),
            date: day,
          })
        }
      >
        {t('dispatch.board.add')}
      </Button>
    </Space>
  );

  return (
    <div className="list-view">
      {toolbar}
      {wholeStreet && streetPath ? (
        <StreetBoard streetPath={streetPath} days={days} onOpen={setCommunity} />
      ) : !communityPath ? (
        <Empty
          description={streetPath ? t('dispatch.board.pickCommunity') : t('dispatch.attendance.pickStreet')}
        />
      ) : !board ? (
        <Spin />
      ) : (
        <>
          <Row gutter={12} className="stat-row">
            <Col span={6}>
              <Card size="small">
                <Statistic title={t('dispatch.board.assignments')} value={board.rows.length} />
              </Card>
            </Col>
            <Col span={6}>
              <Card size="small" data-testid="board-doubles">
                <Statistic
                  title={t('dispatch.board.doubleBookings')}
                  value={board.doubleBookings.length}
                  styles={{ content: { color: board.doubleBookings.length > 0 ? '#cf1322' : undefined } }}
                />
              </Card>
            </Col>
            <Col span={6}>
              <Card size="small" data-testid="board-gaps">
                <Statistic title={t('dispatch.board.gaps')} value={openGaps(board.gaps, board.days).length} />
              </Card>
            </Col>
            <Col span={6}>
              <Card size="small" data-testid="board-free">
                <Statistic title={t('dispatch.board.free')} value={board.free.get(day)?.length ?? 0} />
              </Card>
            </Col>
          </Row>
          {board.clashes.length > 0 && (
            <Alert
              type="error"
              showIcon
              data-testid="board-clashes"
              title={t('dispatch.board.doubleBookings')}
              description={
                <ul className="clash-list">
                  {board.clashes.slice(0, 6).map((c) => (
                    <li key={`${c.a.id}-${c.b.id}`}>
                      {t('dispatch.board.clashLine', {
                        name: c.coordinatorName,
                        a: t('common.withNote', { text: c.aWhere, note: t(`dispatch.shift.${c.a.shift}`) }),
                        b: t('common.withNote', { text: c.bWhere, note: t(`dispatch.shift.${c.b.shift}`) }),
                        from: c.from,
                        to: c.to,
                      })}
                    </li>
                  ))}
                  {board.clashes.length > 6 && <li>…</li>}
                </ul>
              }
            />
          )}
          <BoardTable
            board={board}
            view={view}
            writable={writable}
            onEdit={(id) => openForm({ mode: 'edit', id })}
          />
          <BoardSide
            board={board}
            day={day}
            view={view}
            onAssign={(coordinatorId) =>
              openForm({
                mode: 'new',
                coordinatorIds: [coordinatorId],
                communityCode: communityCodeOf(communityPath),
                date: day,
              })
            }
          />
        </>
      )}
      {form && <AssignmentForm target={form} onClose={() => openForm(null)} />}
    </div>
  );
}
