import type { WorkCalendar } from '../calendar/work-calendar';
import { beijingDate } from '../access/dates';
import type { Ticket } from '../model/ticket';

/**
 * Feedback deadlines of the public draft standard. Whether a rule counts clock hours, natural
 * days or working days is stated per rule: working days follow the street's calendar (issue 3's
 * 调休 arrangements), so a 7-day ticket received before 国庆 is not due during the holiday.
 */
export type DeadlineUnit = 'hours' | 'naturalDays' | 'workingDays';
export type DeadlineRuleId = 'urgent' | 'utilities' | 'help' | 'general' | 'complex';

export interface DeadlineRule {
  amount: number;
  unit: DeadlineUnit;
}

export const DEADLINE_RULES: Readonly<Record<DeadlineRuleId, DeadlineRule>> = {
  urgent: { amount: 2, unit: 'hours' },
  utilities: { amount: 24, unit: 'hours' },
  help: { amount: 24, unit: 'hours' },
  general: { amount: 7, unit: 'workingDays' },
  complex: { amount: 15, unit: 'workingDays' },
};

/** 水电气热: outages that residents cannot wait a week for. */
const UTILITIES = /停水|供水|自来水|停电|供电|燃气|煤气|天然气|供暖|暖气|供热/;

export function deadlineRuleOf(
  ticket: Pick<Ticket, 'urgent' | 'kind' | 'category' | 'content'>,
): DeadlineRuleId {
  if (ticket.urgent) return 'urgent';
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

/** The deadline in force: what the file said (办理时限) or an approved extension, else the rule's. */
export function dueAtOf(
  ticket: Pick<Ticket, 'dueAt' | 'receivedAt' | 'urgent' | 'kind' | 'category' | 'content'>,
  calendar: WorkCalendar,
): string {
  return ticket.dueAt ?? deadlineOf(ticket.receivedAt, DEADLINE_RULES[deadlineRuleOf(ticket)], calendar);
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
