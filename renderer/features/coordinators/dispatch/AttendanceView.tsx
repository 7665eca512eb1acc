import { useCallback, useMemo, useState } from 'react';
import { App, Button, DatePicker, Empty, Input, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Attendance, AttendanceMark, Coordinator } from '@shared/model/coordinator';
import { daysBetween, isoWeekday, monthRange } from '@shared/coordinators/days';
import { visibleScope } from '@shared/coordinators/scope';
import { db } from '../../../db';
import { readCatalog } from '../../../db/catalog';
import { VirtualTable, type VirtualColumn } from '../../../app/components/VirtualTable';
import { useUiStore } from '../../../app/ui-store';
import { useSession } from '../../../app/session';
import { localToday } from '../../../common/dates';
import { attendanceOfMonth, markPresent } from './attendance-repository';
import { findCoordinators, NO_FILTER } from '../roster-search';
import { AttendanceForm } from './AttendanceForm';
import { useDispatchUi } from './dispatch-ui-store';
import '../coordinators.css';
import { streetOf } from '@shared/org/paths';

const MARK_CLASS: Record<AttendanceMark, string> = {
  present: 'mark-present',
  leave: 'mark-leave',
  cover: 'mark-cover',
  absent: 'mark-absent',
};

/** A street's month of attendance: a row per coordinator, a cell per day; a click records the day. */
export function AttendanceView() {
  const { t } = useTranslation();
  const picked = useUiStore((s) => s.scope);
  const userScope = useSession((s) => s.user.scope);
  const scope = visibleScope(picked, userScope);
  const street = streetOf(scope);
  const { month: pickedMonth, setMonth } = useDispatchUi();
  const today = localToday();
  const month = pickedMonth ?? today.slice(0, 7);
  const [editing, setEditing] = useState<{ coordinator: Coordinator; date: string } | null>(null);
  const { message, modal } = App.useApp();
  const user = useSession((s) => s.user);
  const [query, setQuery] = useState('');
  const [show, setShow] = useState<'all' | 'unmarked' | 'absent'>('all');
  // The day the toolbar marks and filters: today in the current month, else the month's last day.
  const [pickedDay, setDay] = useState<string | null>(null);
  const monthEnd = monthRange(month).to;
  const day = pickedDay?.startsWith(month) ? pickedDay : today.startsWith(month) ? today : monthEnd;

  const records = useLiveQuery(
    async () => (street ? attendanceOfMonth(db, [street], month) : []),
    [street, month],
  );
  // Those on duty, and anyone with a record this month (since left or suspended).
  const ids = useLiveQuery(async () => {
    if (!street || !records) return undefined;
    const recorded = new Set(records.map((r) => r.coordinatorId));
    return (await readCatalog(db, 'coordinators', street))
      .entries()
      .filter((e) => e.facts.status === undefined || e.facts.status === 'onLeave' || recorded.has(e.id))
      .map((e) => e.id);
  }, [street, records]);
  const byPerson = useMemo(() => {
    const map = new Map<string, Map<string, Attendance>>();
    for (const r of records ?? []) {
      let days = map.get(r.coordinatorId);
      if (!days) map.set(r.coordinatorId, (days = new Map()));
      days.set(r.date, r);
    }
    return map;
  }, [records]);
  // 786 coordinators in a street: found by name or pinyin, narrowed to who needs a mark.
  const matching = useLiveQuery(
    async () =>
      street && query.trim() ? new Set(await findCoordinators(db, street, { ...NO_FILTER, query })) : null,
    [street, query],
  );
  const shown = useMemo(() => {
    if (!ids) return undefined;
    return ids.filter((id) => {
      if (matching && !matching.has(id)) return false;
      const days = byPerson.get(id);
      if (show === 'unmarked') return !days?.has(day);
      if (show === 'absent') return [...(days?.values() ?? [])].some((r) => r.mark === 'absent');
      return true;
    });
  }, [ids, matching, byPerson, show, day]);

  const markRestPresent = () => {
    const rest = (shown ?? []).filter((id) => !byPerson.get(id)?.has(day));
    if (rest.length === 0) return void message.info(t('dispatch.attendance.nobodyLeft', { date: day }));
    modal.confirm({
      title: t('dispatch.attendance.allPresent'),
      content: t('dispatch.attendance.allPresentConfirm', { date: day, count: rest.length }),
      okText: t('dispatch.attendance.allPresent'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const count = await markPresent(db, user, rest, day, today);
        void message.success(t('dispatch.attendance.allPresentDone', { count }));
      },
    });
  };

  const load = useCallback(async (rowIds: string[]) => db.coordinators.bulkGet(rowIds), []);

  const { from, to } = monthRange(month);
  const days = daysBetween(from, to);
  const columns = useMemo<VirtualColumn<Coordinator>[]>(
    () => [
      { key: 'name', title: t('coordinators.columns.name'), width: 76, render: (c) => c.name },
      ...days.map((day): VirtualColumn<Coordinator> => ({
        key: day,
        title: (
          <span className={isoWeekday(day) > 5 ? 'att-weekend' : undefined}>{Number(day.slice(8))}</span>
        ),
        width: 24,
        align: 'center',
        render: (c) => {
          const record = byPerson.get(c.id)?.get(day);
          return (
            <button
              type="button"
              className={`att-cell ${record ? MARK_CLASS[record.mark] : ''} ${isoWeekday(day) > 5 ? 'att-weekend' : ''}`}
              disabled={day > today}
              aria-label={`${c.name} ${day}${record ? ' ' + t(`dispatch.attendance.mark.${record.mark}`) : ''}`}
              onClick={() => setEditing({ coordinator: c, date: day })}
            >
              {record ? t(`dispatch.attendance.markShort.${record.mark}`) : ''}
            </button>
          );
        },
      })),
      {
        key: 'rate',
        title: t('dispatch.summary.attendanceRate'),
        width: 64,
        align: 'right',
        render: (c) => {
          const marks = [...(byPerson.get(c.id)?.values() ?? [])];
          if (marks.length === 0) return '';
          const worked = marks.filter((r) => r.mark === 'present' || r.mark === 'cover').length;
          return `${Math.round((worked / marks.length) * 100)}%`;
        },
      },
    ],
    [t, days, byPerson, today, setEditing],
  );

  if (!street) return <Empty description={t('dispatch.attendance.pickStreet')} />;
  return (
    <div className="list-view attendance-view">
      <Space className="list-toolbar" wrap>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => setMonth(d ? d.format('YYYY-MM') : null)}
          aria-label={t('dispatch.attendance.month')}
        />
        <Input.Search
          allowClear
          placeholder={t('dispatch.attendance.search')}
          aria-label={t('dispatch.attendance.search')}
          onSearch={setQuery}
          onChange={(e) => e.target.value === '' && setQuery('')}
          style={{ width: 200 }}
        />
        <Select
          value={show}
          onChange={setShow}
          aria-label={t('dispatch.attendance.show.all')}
          options={(['all', 'unmarked', 'absent'] as const).map((v) => ({
            value: v,
            label: t(`dispatch.attendance.show.${v}`),
          }))}
          style={{ width: 150 }}
        />
        <DatePicker
          allowClear={false}
          value={dayjs(day)}
          aria-label={t('dispatch.attendance.day')}
          disabledDate={(d) => !d.format('YYYY-MM-DD').startsWith(month) || d.format('YYYY-MM-DD') > today}
          onChange={(d) => setDay(d ? d.format('YYYY-MM-DD') : null)}
        />
        <Button onClick={markRestPresent} disabled={day > today}>
          {t('dispatch.attendance.allPresent')}
        </Button>
        <Typography.Text type="secondary">{t('dispatch.attendance.legend')}</Typography.Text>
      </Space>
      <VirtualTable<Coordinator>
        label={t('dispatch.attendance.title')}
        ids={shown}
        loadRows={load}
        columns={columns}
        rowHeight={32}
      />
      {editing && (
        <AttendanceForm
          coordinator={editing.coordinator}
          date={editing.date}
          record={byPerson.get(editing.coordinator.id)?.get(editing.date)}
          colleaguesOff={(records ?? []).filter(
            (r) =>
              r.date === editing.date &&
              (r.mark === 'leave' || r.mark === 'absent') &&
              r.coordinatorId !== editing.coordinator.id,
          )}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
