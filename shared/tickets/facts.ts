import type { Ticket } from '../model/ticket';

/**
 * What every count and rate of tickets needs of one ticket: the three rates (rates.ts), the
 * dashboards' months and rankings, the assessment's indicators and the 吹哨率's denominator.
 * The local catalog keeps exactly this per ticket, so counting a district's year reads no
 * ticket rows; a figure that needs more of a ticket must add it here, not read rows beside it.
 */
export type TicketFacts = Pick<
  Ticket,
  | 'id'
  | 'orgPath'
  | 'state'
  | 'receivedAt'
  | 'contactedAt'
  | 'urgent'
  | 'resolution'
  | 'satisfaction'
  | 'excludedReason'
  | 'deleted'
>;

/** The facts of a ticket row, with no key for what it lacks. */
export function ticketFactsOf(t: TicketFacts): TicketFacts {
  const facts: TicketFacts = {
    id: t.id,
    orgPath: t.orgPath,
    state: t.state,
    receivedAt: t.receivedAt,
    urgent: t.urgent === true,
  };
  if (t.contactedAt) facts.contactedAt = t.contactedAt;
  if (t.resolution) facts.resolution = t.resolution;
  if (t.satisfaction) facts.satisfaction = t.satisfaction;
  if (t.excludedReason) facts.excludedReason = t.excludedReason;
  if (t.deleted) facts.deleted = true;
  return facts;
}
