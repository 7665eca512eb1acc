import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Ticket } from '@shared/model/ticket';
import { deadlineStatus, dueAtOf, type DeadlineStatus } from '@shared/tickets/deadlines';
import type { WorkCalendar } from '@shared/calendar/work-calendar';
import { db } from '../../db';
import { useWorkCalendar } from '../../common/use-work-calendar';
import { useNow } from '../../common/use-now';
import { ticketsInScope } from './tickets-repository';

export interface TicketRow extends Ticket {
  due: string;
  deadline: DeadlineStatus;
  remainingMs: number;
}

export function rowOf(t: Ticket, calendar: WorkCalendar, now: number): TicketRow {
  const due = dueAtOf(t, calendar);
  const { status, remainingMs } = deadlineStatus(t, due, now);
  return { ...t, due, deadline: status, remainingMs };
}

/** The scope's tickets with their deadline in force and how it stands now. */
export function useTicketRows(scope: string): TicketRow[] | undefined {
  const tickets = useLiveQuery(() => ticketsInScope(db, scope), [scope]);
  const calendar = useWorkCalendar()?.calendar;
  const now = useNow();
  return useMemo(
    () => (tickets && calendar ? tickets.map((t) => rowOf(t, calendar, now)) : undefined),
    [tickets, calendar, now],
  );
}
