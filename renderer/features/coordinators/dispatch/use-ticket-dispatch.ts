import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { communityCodeOf, gridCodeOf } from '@shared/org/paths';
import { db } from '../../../db';
import type { AssignmentFormTarget } from './AssignmentForm';

/** What of a ticket's content names the task on the board: the board's cells are narrow. */
const TASK_LENGTH = 40;

/**
 * `/dispatch?ticket=<id>`: a ticket card sends a coordinator to the ticket's place. The form opens
 * filled with the place, the source and the ticket's number; saving links the ticket back
 * (saveAssignments). The parameter is dropped so a reload does not open the form again.
 */
export function useTicketDispatch(openForm: (form: AssignmentFormTarget) => void): void {
  const [params, setParams] = useSearchParams();
  const ticketId = params.get('ticket');
  useEffect(() => {
    if (!ticketId) return;
    let live = true;
    void db.tickets.get(ticketId).then((ticket) => {
      if (!live) return;
      setParams({}, { replace: true });
      if (!ticket) return;
      openForm({
        mode: 'new',
        communityCode: communityCodeOf(ticket.orgPath),
        gridCode: gridCodeOf(ticket.orgPath),
        placeId: ticket.placeId,
        task: ticket.content.slice(0, TASK_LENGTH),
        source: 'ticket',
        sourceRef: ticket.number,
      });
    });
    return () => {
      live = false;
    };
  }, [ticketId, openForm, setParams]);
}
