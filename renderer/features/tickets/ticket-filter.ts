import type { TicketLinkStatus, TicketState } from '@shared/model/ticket';
import type { DeadlineStatus } from '@shared/tickets/deadlines';
import type { TicketRow } from './use-tickets';

export interface TicketFilter {
  words: string;
  state?: TicketState;
  deadline?: DeadlineStatus;
  link?: TicketLinkStatus;
}

/** The rows a filter keeps, in order: every word in the number, the request or the address. */
export function filterTickets(rows: readonly TicketRow[], f: TicketFilter): TicketRow[] {
  const words = f.words.trim().split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (!f.state || r.state === f.state) &&
      (!f.deadline || r.deadline === f.deadline) &&
      (!f.link || r.linkStatus === f.link) &&
      words.every((w) => r.number.includes(w) || r.content.includes(w) || r.address.includes(w)),
  );
}
