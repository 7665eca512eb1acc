import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { beijingDate } from '@shared/access/dates';
import { communityCodeOf } from '@shared/org/paths';
import { db } from '../../../db';
import type { ComplaintPreset } from './ComplaintForm';

/**
 * `/access/complaints?ticket=<id>`: a 12345 ticket that is a burden complaint is registered as
 * one from its card, with its community, number, content and day; saving links the two
 * (saveComplaint). The parameter is dropped so a reload does not open the form again.
 */
export function useComplaintFromTicket(open: (preset: ComplaintPreset) => void): void {
  const [params, setParams] = useSearchParams();
  const ticketId = params.get('ticket');
  useEffect(() => {
    if (!ticketId) return;
    let live = true;
    void db.tickets.get(ticketId).then((ticket) => {
      if (!live) return;
      setParams({}, { replace: true });
      if (!ticket) return;
      open({
        communityCode: communityCodeOf(ticket.orgPath),
        ticketNumber: ticket.number,
        summary: ticket.content,
        receivedOn: beijingDate(ticket.receivedAt),
      });
    });
    return () => {
      live = false;
    };
  }, [ticketId, open, setParams]);
}
