import { useLiveQuery } from 'dexie-react-hooks';
import { agenda, type AgendaItem } from '@shared/home/agenda';
import { requestInScope } from '@shared/access/scope';
import { ORG_DEPTH } from '@shared/model/org';
import { isInScope } from '@shared/org/codes';
import { depthOf, streetOf } from '@shared/org/paths';
import { weekday } from '@shared/calendar/work-calendar';
import { dayNumber, isoDate } from '@shared/demo/dates';
import type { SessionUser } from '@shared/auth/roles';
import { db } from '../../db';
import { readCatalog } from '../../db/catalog';
import { conflictsTable, rejectedTable } from '../../sync/state';
import { useWorkCalendar } from '../../common/use-work-calendar';
import { todayInBeijing } from '../../common/dates';
import { useNow } from '../../common/use-now';

/**
 * Reads what the agenda counts, limited to the scope, and lets shared/home/agenda decide.
 * Open tickets and open whistle events come by their state index, not the year; bookings and
 * attendance are a street's (the board's unit), so a wider scope does not read a city's roster.
 */
async function readAgendaInput(scope: string, today: string) {
  const inScope = (r: { orgPath: string; deleted?: boolean }) => !r.deleted && isInScope(r.orgPath, scope);
  const street = depthOf(scope) >= ORG_DEPTH.street ? streetOf(scope)! : undefined;
  const monday = isoDate(dayNumber(today) - ((weekday(today) + 6) % 7));
  const [requests, openTickets, openWhistles, editions, conflicts, rejected, assignments, attendance] =
    await Promise.all([
      db.accessRequests.toArray().then((rows) => rows.filter((r) => !r.deleted && requestInScope(r, scope))),
      db.tickets
        .where('state')
        .noneOf(['closed', 'returned'])
        .toArray()
        .then((rows) => rows.filter(inScope)),
      db.whistles
        .where('state')
        .equals('open')
        .toArray()
        .then((rows) => rows.filter(inScope)),
      db.listEditions.toArray(),
      conflictsTable(db).count(),
      rejectedTable(db).count(),
      street
        ? readCatalog(db, 'assignments', scope).then((view) =>
            view.entries().map((e) => ({ id: e.id, ...e.facts })),
          )
        : Promise.resolve([]),
      street
        ? db.attendance
            .where('[orgPath+date]')
            .between([street, monday], [street, today], true, true)
            .toArray()
        : Promise.resolve([]),
    ]);
  const openCalls = await db.whistleCalls
    .where('whistleId')
    .anyOf(openWhistles.map((w) => w.id))
    .toArray();
  return {
    requests,
    openTickets,
    openWhistles,
    openCalls,
    editions,
    syncProblems: conflicts + rejected,
    assignments,
    attendance,
  };
}

/** The home's items for the user's role in the scope, most urgent first. */
export function useAgenda(scope: string, role: SessionUser['role']): AgendaItem[] | undefined {
  const calendar = useWorkCalendar();
  const now = useNow();
  const today = todayInBeijing();
  const data = useLiveQuery(() => readAgendaInput(scope, today), [scope, today]);
  if (!data || !calendar) return undefined;
  return agenda({
    ...data,
    role,
    today,
    now,
    calendar: calendar.calendar,
    calendarYears: calendar.years.map((y) => y.year),
  });
}
