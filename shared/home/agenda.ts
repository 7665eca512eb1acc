import type { Role } from '../auth/roles';
import type { AccessRequest, ListEdition } from '../model/lists';
import type { Attendance } from '../model/coordinator';
import type { Ticket } from '../model/ticket';
import type { Whistle, WhistleCall } from '../model/whistle';
import type { WorkCalendar } from '../calendar/work-calendar';
import { decisionDeadline, DUE_SOON_WORKING_DAYS } from '../access/checks';
import { findDoubleBookings, type AssignmentSpan } from '../coordinators/overlap';
import type { OrgUnit } from '../model/org';
import { deadlineStatus, dueAtOf } from '../tickets/deadlines';
import { deadlineRulesResolver } from '../tickets/deadline-rules';
import { tallyOf } from '../whistles/overview';
import { dayNumber, isoDate } from '../demo/dates';

/**
 * 工作台: what is due or wrong in the scope today, most urgent first. Each item is one
 * definition here, counted from the same records and rules its own screen uses (a ticket's
 * deadline, a request's 15 working days, a department's 30 minutes), so the home and the
 * screen it links to always agree.
 */
export type AgendaKind =
  | 'accessOverdue'
  | 'accessDueSoon'
  | 'ticketsOverdue'
  | 'ticketsDueSoon'
  | 'whistlesOverdue'
  | 'doubleBookings'
  | 'absences'
  | 'syncProblems'
  | 'editionsUpcoming'
  | 'holidaysMissing';

export type Urgency = 'overdue' | 'due' | 'notice';

export interface AgendaItem {
  kind: AgendaKind;
  urgency: Urgency;
  count: number;
  /** The screen that fixes it. */
  link: string;
  /** Values for the item's words (a date, a year, a name). */
  values?: Record<string, string | number>;
}

/** What each role is there to do: a dispatcher is not asked about access requests. */
const FOR_ROLE: Record<Role, readonly AgendaKind[] | 'all'> = {
  admin: 'all',
  street: 'all',
  dispatcher: ['doubleBookings', 'absences', 'syncProblems'],
  field: ['ticketsOverdue', 'ticketsDueSoon', 'whistlesOverdue', 'syncProblems'],
  viewer: [],
  // A department has no overview page: its own list of calls says what awaits its answer.
  department: ['syncProblems'],
};

export interface AgendaInput {
  role: Role;
  /** Beijing `YYYY-MM-DD` and the instant: deadlines in days and in hours. */
  today: string;
  now: number;
  calendar: WorkCalendar;
  /** Everything below is already limited to the scope. */
  requests: readonly AccessRequest[];
  openTickets: readonly Ticket[];
  /** Units that set their own ticket deadlines: each ticket is held to its street's (or district's). */
  ruleUnits: readonly Pick<OrgUnit, 'code' | 'deadlineRules'>[];
  openWhistles: readonly Whistle[];
  openCalls: readonly WhistleCall[];
  assignments: readonly AssignmentSpan[];
  /** Attendance of the week so far. */
  attendance: readonly Attendance[];
  syncProblems: number;
  editions: readonly ListEdition[];
  /** Years the working-day calendar knows (shipped or entered). */
  calendarYears: readonly number[];
}

/** Days ahead in which an edition taking effect is worth a notice. */
export const EDITION_NOTICE_DAYS = 30;
/** From this month on, next year's holiday arrangement is expected (the State Council publishes it in autumn). */
export const HOLIDAYS_EXPECTED_FROM_MONTH = 11;
/** Double bookings are looked for from today over the coming week. */
export const BOOKING_DAYS = 7;

const URGENCY_ORDER: Record<Urgency, number> = { overdue: 0, due: 1, notice: 2 };

export function agenda(input: AgendaInput): AgendaItem[] {
  const items: AgendaItem[] = [];
  const add = (item: AgendaItem) => item.count > 0 && items.push(item);
  const { today, calendar } = input;

  let accessOverdue = 0;
  let accessDueSoon = 0;
  for (const r of input.requests) {
    if (r.deleted || r.status !== 'submitted') continue;
    const deadline = decisionDeadline(r, calendar);
    if (!deadline) continue;
    if (deadline < today) accessOverdue++;
    else if (calendar.workingDaysBetween(today, deadline) <= DUE_SOON_WORKING_DAYS) accessDueSoon++;
  }
  add({ kind: 'accessOverdue', urgency: 'overdue', count: accessOverdue, link: '/access' });
  add({ kind: 'accessDueSoon', urgency: 'due', count: accessDueSoon, link: '/access/requests' });

  let ticketsOverdue = 0;
  let ticketsDueSoon = 0;
  const rulesOf = deadlineRulesResolver(input.ruleUnits);
  for (const t of input.openTickets) {
    if (t.deleted) continue;
    const { status } = deadlineStatus(t, dueAtOf(t, rulesOf(t.orgPath), calendar), input.now);
    if (status === 'overdue') ticketsOverdue++;
    else if (status === 'dueSoon') ticketsDueSoon++;
  }
  add({ kind: 'ticketsOverdue', urgency: 'overdue', count: ticketsOverdue, link: '/tickets' });
  add({ kind: 'ticketsDueSoon', urgency: 'due', count: ticketsDueSoon, link: '/tickets' });

  const callsOf = new Map<string, WhistleCall[]>();
  for (const c of input.openCalls) {
    const list = callsOf.get(c.whistleId);
    if (list) list.push(c);
    else callsOf.set(c.whistleId, [c]);
  }
  const late = input.openWhistles.filter(
    (w) => !w.deleted && !w.closedAt && tallyOf(w, callsOf.get(w.id) ?? [], input.now).overdue > 0,
  ).length;
  add({ kind: 'whistlesOverdue', urgency: 'overdue', count: late, link: '/whistles' });

  const week = { from: today, to: isoDate(dayNumber(today) + BOOKING_DAYS - 1) };
  const bookings = findDoubleBookings(input.assignments, week).length;
  add({ kind: 'doubleBookings', urgency: 'overdue', count: bookings, link: '/dispatch' });

  // 缺勤 is the mark for an absence nobody explained; leave and cover are explained.
  const absences = input.attendance.filter(
    (a) => !a.deleted && a.mark === 'absent' && a.date <= today,
  ).length;
  add({ kind: 'absences', urgency: 'due', count: absences, link: '/dispatch/attendance' });

  add({ kind: 'syncProblems', urgency: 'due', count: input.syncProblems, link: '/sync/conflicts' });

  const horizon = isoDate(dayNumber(today) + EDITION_NOTICE_DAYS);
  for (const e of input.editions) {
    if (e.deleted || e.status !== 'published' || !e.effectiveFrom) continue;
    if (e.effectiveFrom > today && e.effectiveFrom <= horizon)
      add({
        kind: 'editionsUpcoming',
        urgency: 'notice',
        count: 1,
        link: `/lists/${e.kind}`,
        values: { name: e.name, from: e.effectiveFrom },
      });
  }

  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (month >= HOLIDAYS_EXPECTED_FROM_MONTH && !input.calendarYears.includes(year + 1))
    add({
      kind: 'holidaysMissing',
      urgency: 'notice',
      count: 1,
      link: '/access/calendar',
      values: { year: year + 1 },
    });

  const allowed = FOR_ROLE[input.role];
  return items
    .filter((i) => allowed === 'all' || allowed.includes(i.kind))
    .sort((a, b) => URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency]);
}
