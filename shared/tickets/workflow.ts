import type { Ticket, TicketAction, TicketState, TicketStep } from '../model/ticket';

/** Which actions each state allows. 延期, 督办, 疑难, notes and 不纳入考核 do not move the ticket on. */
const NEXT: Readonly<Record<TicketState, Partial<Record<TicketAction, TicketState>>>> = {
  received: { accept: 'accepted', return: 'returned' },
  accepted: { contact: 'contacted', answer: 'answered', return: 'returned' },
  contacted: { handle: 'handling', answer: 'answered', return: 'returned' },
  handling: { answer: 'answered' },
  answered: { visit: 'visited', handle: 'handling' },
  visited: { close: 'closed', handle: 'handling' },
  closed: {},
  returned: {},
};
const MARKS: readonly TicketAction[] = ['extend', 'supervise', 'exclude', 'markComplex', 'note'];

export type StepInput = Pick<TicketStep, 'action' | 'at' | 'note' | 'dueAt' | 'resolution' | 'satisfaction'>;

export type StepProblem =
  | 'tickets.workflow.notAllowed'
  | 'tickets.workflow.reasonRequired'
  | 'tickets.workflow.dueRequired'
  | 'tickets.workflow.verdictRequired';

/** Actions a ticket in this state offers, for the buttons of its card. */
export function actionsOf(state: TicketState, marks: Pick<Ticket, 'complex'> = {}): TicketAction[] {
  const open = state !== 'closed' && state !== 'returned';
  const marksLeft = MARKS.filter((a) => a !== 'markComplex' || !marks.complex);
  return [...(Object.keys(NEXT[state]) as TicketAction[]), ...(open ? marksLeft : ['note' as const])];
}

/** The change a step makes to its ticket, or why it cannot be taken. */
export function applyStep(
  ticket: Ticket,
  step: StepInput,
): { patch: Partial<Ticket> } | { problem: StepProblem } {
  const open = ticket.state !== 'closed' && ticket.state !== 'returned';
  const needsReason =
    step.action === 'return' ||
    step.action === 'exclude' ||
    step.action === 'extend' ||
    step.action === 'markComplex';
  if (needsReason && !step.note?.trim()) return { problem: 'tickets.workflow.reasonRequired' };
  switch (step.action) {
    case 'note':
      return { patch: {} };
    case 'extend':
      if (!open) return { problem: 'tickets.workflow.notAllowed' };
      if (!step.dueAt) return { problem: 'tickets.workflow.dueRequired' };
      return { patch: { dueAt: step.dueAt } };
    case 'markComplex':
      // Once is enough: marking again would only add a second reason for the same deadline.
      return open && !ticket.complex
        ? { patch: { complex: true } }
        : { problem: 'tickets.workflow.notAllowed' };
    case 'supervise':
      return open ? { patch: { supervised: true } } : { problem: 'tickets.workflow.notAllowed' };
    case 'exclude':
      return open
        ? { patch: { excludedReason: step.note!.trim() } }
        : { problem: 'tickets.workflow.notAllowed' };
    default: {
      const state = NEXT[ticket.state][step.action];
      if (!state) return { problem: 'tickets.workflow.notAllowed' };
      const patch: Partial<Ticket> = { state };
      if (step.action === 'contact' && !ticket.contactedAt) patch.contactedAt = step.at;
      // Answering without a separate call still answers the caller: that is the response.
      if (step.action === 'answer' && !ticket.contactedAt) patch.contactedAt = step.at;
      if (step.action === 'visit') {
        if (!step.resolution || !step.satisfaction) return { problem: 'tickets.workflow.verdictRequired' };
        patch.resolution = step.resolution;
        patch.satisfaction = step.satisfaction;
      }
      if (step.action === 'close') patch.closedAt = step.at;
      return { patch };
    }
  }
}

/**
 * A step as the records it writes: the step itself (its own record, so two offices acting on
 * one ticket offline both keep theirs) and the change to the ticket. Every feature that moves
 * a ticket on (the desk, a closed whistle event) writes these, so the rules hold for all.
 */
export function planStep(
  ticket: Ticket,
  input: StepInput,
  by: string,
  id: string,
): { step: TicketStep; patch: Partial<Ticket> } | { problem: StepProblem } {
  const result = applyStep(ticket, input);
  if ('problem' in result) return result;
  const step = {
    id,
    orgPath: ticket.orgPath,
    ticketId: ticket.id,
    by,
    ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== '')),
  } as TicketStep;
  return { step, patch: result.patch };
}
