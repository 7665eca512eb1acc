import type { Place } from '@shared/model/place';
import type { Ticket, TicketStep } from '@shared/model/ticket';
import type { ListItem } from '@shared/model/lists';
import { isInScope } from '@shared/org/codes';
import { newId } from '@shared/ids';
import { planStep, type StepInput } from '@shared/tickets/workflow';
import type { OrgUnit } from '@shared/model/org';
import { DEADLINE_RULE_IDS, type TicketDeadlineRules, type TicketRateRules } from '@shared/model/ticket';
import { canWriteRecord, type SessionUser } from '@shared/auth/roles';
import { checkRateRules } from '@shared/tickets/rate-rules';
import { checkDeadlineRules } from '@shared/tickets/deadline-rules';
import type { StreetDeskDb } from '../../db';
import { InputError, RefusedError } from '../../app/input-error';

/** The tickets of a scope, newest first. A street holds tens of thousands: read once, filtered in memory. */
export async function ticketsInScope(db: StreetDeskDb, scope: string): Promise<Ticket[]> {
  const rows = await db.tickets.orderBy('receivedAt').reverse().toArray();
  return scope ? rows.filter((t) => isInScope(t.orgPath, scope)) : rows;
}

export function stepsOf(db: StreetDeskDb, ticketId: string): Promise<TicketStep[]> {
  return db.ticketSteps.where('ticketId').equals(ticketId).sortBy('at');
}

/**
 * Takes a step: the step is its own record (two offices acting on one ticket while offline both
 * keep theirs), and the ticket takes the change the step makes, in one transaction.
 */
export async function takeStep(
  db: StreetDeskDb,
  ticket: Ticket,
  input: StepInput,
  by: string,
): Promise<TicketStep> {
  const planned = planStep(ticket, input, by, newId());
  if ('problem' in planned) throw InputError.of('action', `errors.${planned.problem}`);
  const { step, patch } = planned;
  await db.transaction('rw', db.tickets, db.ticketSteps, async () => {
    await db.ticketSteps.add(step);
    if (Object.keys(patch).length > 0) await db.tickets.update(ticket.id, patch);
  });
  return step;
}

/** A person picks the place an address means: the ticket then belongs to that place's community. */
export async function linkPlace(db: StreetDeskDb, ticket: Ticket, place: Place, by: string): Promise<void> {
  await db.transaction('rw', db.tickets, db.ticketSteps, async () => {
    await db.tickets.update(ticket.id, {
      placeId: place.id,
      linkStatus: 'linked',
      candidateIds: undefined,
      orgPath: place.orgPath,
    });
    await db.ticketSteps.add({
      id: newId(),
      orgPath: place.orgPath,
      ticketId: ticket.id,
      action: 'note',
      at: new Date().toISOString(),
      by,
      note: place.name,
    });
  });
}

/** Classifies a ticket against a duty-list item, and says so in its steps. */
export async function classify(
  db: StreetDeskDb,
  ticket: Ticket,
  item: Pick<ListItem, 'id' | 'code' | 'title'>,
  by: string,
): Promise<void> {
  await db.transaction('rw', db.tickets, db.ticketSteps, async () => {
    await db.tickets.update(ticket.id, { listItemId: item.id });
    await db.ticketSteps.add({
      id: newId(),
      orgPath: ticket.orgPath,
      ticketId: ticket.id,
      action: 'note',
      at: new Date().toISOString(),
      by,
      note: `${item.code} ${item.title}`,
    });
  });
}

/**
 * Who sets a unit's ticket rules (rate weights, deadlines): a user who may write that unit, and only
 * on a street or district. Communities follow their street, so one street's tickets are measured
 * alike; the screens offer the editing on the same condition.
 */
export function maySetTicketRules(
  user: Pick<SessionUser, 'role' | 'scope'>,
  unit: Pick<OrgUnit, 'orgPath' | 'level'>,
): boolean {
  return (
    (unit.level === 'street' || unit.level === 'district') && canWriteRecord(user, 'orgUnits', unit.orgPath)
  );
}

/**
 * Sets a street's (or district's) own weights of the three rates. Only a user who may write that
 * unit sets them; what is wrong is shown at the fields.
 */
export async function saveRateRules(
  db: StreetDeskDb,
  unit: Pick<OrgUnit, 'id' | 'orgPath' | 'level'>,
  rules: TicketRateRules,
  user: Pick<SessionUser, 'role' | 'scope'>,
): Promise<void> {
  if (!maySetTicketRules(user, unit)) throw new RefusedError('errors.tickets.rateRules.notYours');
  const problems = checkRateRules(rules);
  if (problems.length > 0) {
    throw new InputError(
      problems.map((code) => ({
        field: code.includes('weight') ? 'weights.response' : 'points.satisfied',
        key: `errors.${code}`,
      })),
    );
  }
  await db.orgUnits.update(unit.id, { rateRules: rules });
}

/**
 * Sets a street's (or district's) own ticket deadlines: how long each kind of ticket has and
 * whether that counts hours, natural days or working days. Same gate as the weights; what is
 * wrong is shown at the rule's field.
 */
export async function saveDeadlineRules(
  db: StreetDeskDb,
  unit: Pick<OrgUnit, 'id' | 'orgPath' | 'level'>,
  rules: TicketDeadlineRules,
  user: Pick<SessionUser, 'role' | 'scope'>,
): Promise<void> {
  if (!maySetTicketRules(user, unit)) throw new RefusedError('errors.tickets.deadlineRules.notYours');
  const problems = checkDeadlineRules(rules);
  if (problems.length > 0) {
    throw new InputError(problems.map((p) => ({ field: `${p.rule}.${p.field}`, key: `errors.${p.code}` })));
  }
  // Only the rules and their two fields: a form may carry more than the record should keep.
  const kept = Object.fromEntries(
    DEADLINE_RULE_IDS.map((id) => [id, { amount: rules[id].amount, unit: rules[id].unit }]),
  ) as TicketDeadlineRules;
  await db.orgUnits.update(unit.id, { deadlineRules: kept });
}
