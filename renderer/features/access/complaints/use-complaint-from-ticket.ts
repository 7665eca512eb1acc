import { useCallback } from 'react';
import type { Ticket } from '@shared/model/ticket';
import { beijingDate } from '@shared/access/dates';
import { communityCodeOf } from '@shared/org/paths';
import { useTicketParam } from '../../../common/use-ticket-param';
import type { ComplaintPreset } from './ComplaintForm';

/** `/access/complaints?ticket=<id>`: a 12345 ticket registered as a burden complaint; saving links the two. */
export function useComplaintFromTicket(open: (preset: ComplaintPreset) => void): void {
  useTicketParam(
    useCallback(
      (ticket: Ticket) =>
        open({
          communityCode: communityCodeOf(ticket.orgPath),
          ticketNumber: ticket.number,
          summary: ticket.content,
          receivedOn: beijingDate(ticket.receivedAt),
        }),
      [open],
    ),
  );
}
