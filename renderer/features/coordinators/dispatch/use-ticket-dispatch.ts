import { useCallback } from 'react';
import type { Ticket } from '@shared/model/ticket';
import { communityCodeOf, gridCodeOf } from '@shared/org/paths';
import { useTicketParam } from '../../../common/use-ticket-param';
import type { AssignmentFormTarget } from './AssignmentForm';

/** What of a ticket's content names the task on the board: the board's cells are narrow. */
const TASK_LENGTH = 40;

/** `/dispatch?ticket=<id>`: a coordinator sent to the ticket's place; saving links the ticket back. */
export function useTicketDispatch(openForm: (form: AssignmentFormTarget) => void): void {
  useTicketParam(
    useCallback(
      (ticket: Ticket) =>
        openForm({
          mode: 'new',
          communityCode: communityCodeOf(ticket.orgPath),
          gridCode: gridCodeOf(ticket.orgPath),
          placeId: ticket.placeId,
          task: ticket.content.slice(0, TASK_LENGTH),
          source: 'ticket',
          sourceRef: ticket.number,
        }),
      [openForm],
    ),
  );
}
