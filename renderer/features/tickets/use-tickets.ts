import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Ticket } from '@shared/model/ticket';
import {
  deadlineStatus,
  dueAtOf,
  type DeadlineStatus,
  type TicketDeadlineRules,
} from '@shared/tickets/deadlines';
import { deadlineRulesResolver } from '@shared/tickets/deadline-rules';
import type { WorkCalendar } from '@shared/calendar/work-calendar';
import { db } from '../../db';
import { deadlineRuleUnits } from '../../db/ticket-rules';
import { useWorkCalendar } from '../../common/use-work-calendar';
import { useNow } from '../../common/use-now';
import { ticketsInScope } from './tickets-repository';

export interface TicketRow extends Ticket {
  due: string;
  deadline: DeadlineStatus;
  remainingMs: number;
  /** The deadline rules of the ticket's street, which the card names when the due date is theirs. */
  rules: TicketDeadlineRules;
}

export function rowOf(
  t: Ticket,
  calendar: WorkCalendar,
  now: number,
  rulesOf: (orgPath: string) => TicketDeadlineRules,
): TicketRow {
  const rules = rulesOf(t.orgPath);
  const due = dueAtOf(t, rules, calendar);
  const { status, remainingMs } = deadlineStatus(t, due, now);
  return { ...t, due, deadline: status, remainingMs, rules };
}

/** Which rules each ticket is held to: its street's, its district's, or the default. */
export function useDeadlineRulesOf(): ((orgPath: string) => TicketDeadlineRules) | undefined {
  const units = useLiveQuery(() => deadlineRuleUnits(db), []);
  return useMemo(() => units && deadlineRulesResolver(units), [units]);
}

/** The scope's tickets with their deadline in force and how it stands now. */
export function useTicketRows(scope: string): TicketRow[] | undefined {
  const tickets = useLiveQuery(() => ticketsInScope(db, scope), [scope]);
  const calendar = useWorkCalendar()?.calendar;
  const rulesOf = useDeadlineRulesOf();
  const now = useNow();
  return useMemo(
    () => (tickets && calendar && rulesOf ? tickets.map((t) => rowOf(t, calendar, now, rulesOf)) : undefined),
    [tickets, calendar, rulesOf, now],
  );
}
