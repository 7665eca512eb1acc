import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { Ticket } from '@shared/model/ticket';
import { db } from '../db';

/**
 * `?ticket=<id>`: a ticket card opens another desk's form filled from the ticket (dispatch, a
 * burden complaint). The parameter is dropped once read, so a reload does not open it again.
 */
export function useTicketParam(open: (ticket: Ticket) => void): void {
  const [params, setParams] = useSearchParams();
  const ticketId = params.get('ticket');
  useEffect(() => {
    if (!ticketId) return;
    let live = true;
    void db.tickets.get(ticketId).then((ticket) => {
      if (!live) return;
      setParams({}, { replace: true });
      if (ticket) open(ticket);
    });
    return () => {
      live = false;
    };
  }, [ticketId, open, setParams]);
}
