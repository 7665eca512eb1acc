import { requestInScope } from '@shared/access/scope';
import { TICKET_STATES } from '@shared/model/ticket';
import { ORG_DEPTH } from '@shared/model/org';
import { isInScope } from '@shared/org/codes';
import { depthOf, streetOf } from '@shared/org/paths';
import { weekday } from '@shared/calendar/work-calendar';
import { dayNumber, isoDate } from '@shared/demo/dates';
import type { StreetDeskDb } from '../../db';
import { readCatalog } from '../../db/catalog';
import { deadlineRuleUnits } from '../../db/ticket-rules';
import { conflictsTable, rejectedTable } from '../../sync/state';

/**
 * Reads what the agenda counts, limited to the scope, and lets shared/home/agenda decide.
 * Open tickets and open whistle events come by their state index, not the year; bookings and
 * attendance are a street's (the board's unit), so a wider scope does not read a city's roster.
 */
const OPEN_TICKET_STATES = TICKET_STATES.filter((s) => s !== 'closed' && s !== 'returned');

export async function readAgendaInput(db: StreetDeskDb, scope: string, today: string) {
  const inScope = (r: { orgPath: string; deleted?: boolean }) => !r.deleted && isInScope(r.orgPath, scope);
  const street = depthOf(scope) >= ORG_DEPTH.street ? streetOf(scope)! : undefined;
  const monday = isoDate(dayNumber(today) - ((weekday(today) + 6) % 7));
  const [requests, openTickets, openWhistles, editions, conflicts, rejected, assignments, attendance] =
    await Promise.all([
      db.accessRequests.toArray().then((rows) => rows.filter((r) => !r.deleted && requestInScope(r, scope))),
      // anyOf the open states: Dexie's noneOf walks the whole index (0.8 s for a street's year).
      db.tickets
        .where('state')
        .anyOf(OPEN_TICKET_STATES)
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
  const [openCalls, ruleUnits] = await Promise.all([
    db.whistleCalls
      .where('whistleId')
      .anyOf(openWhistles.map((w) => w.id))
      .toArray(),
    deadlineRuleUnits(db),
  ]);
  return {
    requests,
    openTickets,
    openWhistles,
    openCalls,
    ruleUnits,
    editions,
    syncProblems: conflicts + rejected,
    assignments,
    attendance,
  };
}
