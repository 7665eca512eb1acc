import type { WorkCalendar } from '../calendar/work-calendar';
import { beijingDate } from '../access/dates';
import type { DeadlineRule, DeadlineRuleId, Ticket, TicketDeadlineRules, TicketStep } from '../model/ticket';

export type { DeadlineRule, DeadlineRuleId, DeadlineUnit, TicketDeadlineRules } from '../model/ticket';

/**
 * Feedback deadlines of the public draft standard, the rules a unit follows until it sets its own
 * (shared/tickets/deadline-rules.ts). Whether a rule counts clock hours, natural days or working
 * days is stated per rule: working days follow the street's calendar (issue 3's 调休
 * arrangements), so a 7-day ticket received before 国庆 is not due during the holiday.
 */
export const DEFAULT_DEADLINE_RULES: Readonly<TicketDeadlineRules> = {
  urgent: { amount: 2, unit: 'hours' },
  utilities: { amount: 24, unit: 'hours' },
  help: { amount: 24, unit: 'hours' },
  general: { amount: 7, unit: 'workingDays' },
  complex: { amount: 15, unit: 'workingDays' },
};

/** 水电气热: outages that residents cannot wait a week for. */
const UTILITIES = /停水|供水|自来水|停电|供电|燃气|煤气|天然气|供暖|暖气|供热/;

/**
 * The rule a ticket's deadline follows. An emergency stays on its hours; a ticket the street
 * found complex (疑难) takes the complex rule over the outage and 求助 ones, which is why it
 * was marked.
 */
export function deadlineRuleOf(
  ticket: Pick<Ticket, 'urgent' | 'kind' | 'category' | 'content' | 'complex'>,
): DeadlineRuleId {
  if (ticket.urgent) return 'urgent';
  if (ticket.complex) return 'complex';
  if (UTILITIES.test(`${ticket.category ?? ''}${ticket.content}`)) return 'utilities';
  if (ticket.kind === 'help') return 'help';
  return 'general';
}

const HOUR_MS = 3600_000;
const BEIJING_OFFSET = '+08:00';

/** End of a Beijing day, as an instant. */
const endOfBeijingDay = (date: string) => new Date(`${date}T23:59:59${BEIJING_OFFSET}`).toISOString();

function addNaturalDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** When a rule's deadline falls for a ticket received at `receivedAt` (ISO). */
export function deadlineOf(receivedAt: string, rule: DeadlineRule, calendar: WorkCalendar): string {
  const received = Date.parse(receivedAt);
  if (rule.unit === 'hours') return new Date(received + rule.amount * HOUR_MS).toISOString();
  const day = beijingDate(receivedAt);
  if (rule.unit === 'naturalDays') return endOfBeijingDay(addNaturalDays(day, rule.amount));
  return endOfBeijingDay(calendar.addWorkingDays(day, rule.amount));
}

type DueTicket = Pick<
  Ticket,
  'dueAt' | 'receivedAt' | 'urgent' | 'kind' | 'category' | 'content' | 'complex'
>;

/**
 * The deadline in force: what the file said (办理时限) or an approved extension, else the rule of
 * the ticket's scope (`rules`, from deadlineRulesFor on the ticket's orgPath).
 */
export function dueAtOf(ticket: DueTicket, rules: TicketDeadlineRules, calendar: WorkCalendar): string {
  return ticket.dueAt ?? deadlineOf(ticket.receivedAt, rules[deadlineRuleOf(ticket)], calendar);
}

/** Where a ticket's deadline comes from, for the card to say how it was counted. */
export type DeadlineBasis =
  ({ from: 'rule'; rule: DeadlineRuleId } & DeadlineRule) | { from: 'file' } | { from: 'extension' };

/**
 * Both the file's 办理时限 and an approved 延期 land in `ticket.dueAt`; the steps tell them apart.
 * The deadline is the extension's only while it still holds the last extension's date: a later
 * re-import of the file writes its own 办理时限 over it.
 */
export function deadlineBasisOf(
  ticket: DueTicket,
  steps: readonly Pick<TicketStep, 'action' | 'at' | 'dueAt' | 'deleted'>[],
  rules: TicketDeadlineRules,
): DeadlineBasis {
  if (ticket.dueAt === undefined) {
    const rule = deadlineRuleOf(ticket);
    return { from: 'rule', rule, ...rules[rule] };
  }
  const extensions = steps.filter((s) => s.action === 'extend' && !s.deleted && s.dueAt);
  const last = extensions.reduce<(typeof extensions)[number] | undefined>(
    (latest, s) => (!latest || s.at >= latest.at ? s : latest),
    undefined,
  );
  return last && Date.parse(last.dueAt!) === Date.parse(ticket.dueAt)
    ? { from: 'extension' }
    : { from: 'file' };
}

export type DeadlineStatus = 'overdue' | 'dueSoon' | 'onTrack' | 'done';

/** Tickets due within this share of their whole time, or within 4 hours, are "about to go overdue". */
const SOON_SHARE = 0.2;
const SOON_MS = 4 * HOUR_MS;

export function deadlineStatus(
  ticket: Pick<Ticket, 'receivedAt' | 'state'>,
  dueAt: string,
  now: number,
): { status: DeadlineStatus; remainingMs: number } {
  const due = Date.parse(dueAt);
  const remainingMs = due - now;
  if (ticket.state === 'closed' || ticket.state === 'returned') return { status: 'done', remainingMs };
  if (remainingMs < 0) return { status: 'overdue', remainingMs };
  const whole = due - Date.parse(ticket.receivedAt);
  return {
    status: remainingMs <= Math.max(SOON_MS, whole * SOON_SHARE) ? 'dueSoon' : 'onTrack',
    remainingMs,
  };
}
