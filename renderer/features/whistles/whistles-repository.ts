import { canReadRecord, canWriteTable, type SessionUser } from '@shared/auth/roles';
import type { CallEvaluation, Responder, Whistle, WhistleCall } from '@shared/model/whistle';
import type { CallFacts, WhistleFacts } from '@shared/whistles/facts';
import { isInScope } from '@shared/org/codes';
import { streetCodeOf } from '@shared/org/paths';
import { newId } from '@shared/ids';
import { cleanProse, cleanText } from '@shared/validation/text';
import { planStep, type StepInput } from '@shared/tickets/workflow';
import {
  checkAction,
  checkArrival,
  checkClose,
  checkEvaluation,
  checkReply,
  mayStateAction,
  MAX_REPORT_MINUTES,
  MIN_REPORT_MINUTES,
  type Problem,
} from '@shared/whistles/rules';
import type { StreetDeskDb } from '../../db';
import { deleteRecords } from '../../db/references';
import { readTicketFacts } from '../../db/ticket-facts';
import { readCatalog } from '../../db/catalog';
import { putRecord } from '../../db/records';
import { InputError, RefusedError } from '../../app/input-error';

type Actor = Pick<SessionUser, 'role' | 'displayName' | 'responderId'>;

const fail = (field: string, problem: Problem) =>
  InputError.of(field, `errors.${problem.code}`, problem.values);

/**
 * The events of a scope with their calls. A district-year is some 5,000 events and 15,000
 * calls: both tables are read whole, side by side (one getAll each) in one read transaction,
 * and filtered by scope in memory; looking calls up by 5,000 event ids took longer than
 * reading them all.
 */
export async function whistleData(
  db: StreetDeskDb,
  scope: string,
): Promise<{ whistles: Whistle[]; calls: WhistleCall[] }> {
  const [whistles, calls] = await db.transaction('r', db.whistles, db.whistleCalls, () =>
    Promise.all([db.whistles.toArray(), db.whistleCalls.toArray()]),
  );
  return { whistles: liveInScope(whistles, scope), calls: liveInScope(calls, scope) };
}

/**
 * The facts (shared/whistles/facts) of a scope's live events and calls, from the catalog: what
 * the overview and the 吹哨率 count. A district-year's 20,000 rows are not read.
 */
export async function whistleFacts(
  db: StreetDeskDb,
  scope: string,
): Promise<{ whistles: WhistleFacts[]; calls: CallFacts[] }> {
  const [whistles, calls] = await Promise.all([
    readCatalog(db, 'whistles', scope),
    readCatalog(db, 'whistleCalls', scope),
  ]);
  const live = <F extends { deleted?: boolean }>(entries: { facts: F }[]) => {
    const kept: F[] = [];
    for (const { facts } of entries) if (!facts.deleted) kept.push(facts);
    return kept;
  };
  return { whistles: live(whistles.entries()), calls: live(calls.entries()) };
}

/** The rows not deleted and inside the scope, kept in the array read (20,000 rows: no second array). */
function liveInScope<T extends { orgPath: string; deleted?: boolean }>(rows: T[], scope: string): T[] {
  let kept = 0;
  for (const row of rows) if (!row.deleted && isInScope(row.orgPath, scope)) rows[kept++] = row;
  rows.length = kept;
  return rows;
}

/** The open events of a scope and their calls: what the board shows first, without the year. */
export async function openWhistleData(
  db: StreetDeskDb,
  scope: string,
): Promise<{ whistles: Whistle[]; calls: WhistleCall[] }> {
  const whistles = (await db.whistles.where('state').equals('open').toArray()).filter(
    (w) => !w.deleted && (!scope || isInScope(w.orgPath, scope)),
  );
  const calls = await db.whistleCalls
    .where('whistleId')
    .anyOf(whistles.map((w) => w.id))
    .toArray();
  return { whistles, calls: calls.filter((c) => !c.deleted) };
}

/** Tickets of a Beijing month in the scope, by street code: the 吹哨率's denominator. */
export async function ticketsByStreet(
  db: StreetDeskDb,
  scope: string,
  month: string,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const ticket of await readTicketFacts(db, scope, [month])) {
    const street = streetCodeOf(ticket.orgPath) ?? '';
    counts.set(street, (counts.get(street) ?? 0) + 1);
  }
  return counts;
}

/** The units a user of this scope may summon: its own, and those its district or city keeps. */
export async function respondersFor(db: StreetDeskDb, scope: string): Promise<Responder[]> {
  const rows = await db.responders.toArray();
  return rows
    .filter((r) => !r.deleted && canReadRecord(scope, r.orgPath))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export interface WhistleInput {
  title: string;
  reason: Whistle['reason'];
  description?: string;
  placeId?: string;
  address?: string;
  enforcementItemId?: string;
  ticketIds: string[];
  byCommunity?: boolean;
  blownAt: string;
  reportWithinMin: number;
  responderIds: string[];
  /** The jurisdiction: the place's community, else the street (or community) in scope. */
  orgPath: string;
}

/** Blows a whistle: the event and one call per summoned unit, in one transaction. */
export async function blowWhistle(db: StreetDeskDb, input: WhistleInput, actor: Actor): Promise<Whistle> {
  if (!canWriteTable(actor.role, 'whistles')) throw new RefusedError('errors.whistles.notWritable');
  const title = cleanProse(input.title);
  const problems = [];
  if (!title) problems.push({ field: 'title', key: 'errors.whistles.titleRequired' });
  if (!input.placeId && !cleanText(input.address ?? ''))
    problems.push({ field: 'address', key: 'errors.whistles.whereRequired' });
  if (input.responderIds.length === 0)
    problems.push({ field: 'responderIds', key: 'errors.whistles.noResponders' });
  if (
    !Number.isInteger(input.reportWithinMin) ||
    input.reportWithinMin < MIN_REPORT_MINUTES ||
    input.reportWithinMin > MAX_REPORT_MINUTES
  )
    problems.push({
      field: 'reportWithinMin',
      key: 'errors.whistles.minutesRange',
      values: { min: MIN_REPORT_MINUTES, max: MAX_REPORT_MINUTES },
    });
  if (problems.length > 0) throw new InputError(problems);
  const whistle: Whistle = {
    id: newId(),
    orgPath: input.orgPath,
    title,
    reason: input.reason,
    ticketIds: input.ticketIds,
    blownAt: input.blownAt,
    blownBy: actor.displayName,
    state: 'open',
    reportWithinMin: input.reportWithinMin,
    ...(cleanProse(input.description) ? { description: cleanProse(input.description) } : {}),
    ...(input.placeId ? { placeId: input.placeId } : {}),
    ...(cleanText(input.address ?? '') ? { address: cleanText(input.address ?? '') } : {}),
    ...(input.reason === 'enforcement' && input.enforcementItemId
      ? { enforcementItemId: input.enforcementItemId }
      : {}),
    ...(input.byCommunity ? { byCommunity: true } : {}),
  };
  const calls: WhistleCall[] = [...new Set(input.responderIds)].map((responderId) => ({
    id: newId(),
    orgPath: whistle.orgPath,
    whistleId: whistle.id,
    responderId,
  }));
  await db.transaction('rw', db.whistles, db.whistleCalls, async () => {
    await db.whistles.add(whistle);
    await db.whistleCalls.bulkAdd(calls);
  });
  return whistle;
}

async function openCall(db: StreetDeskDb, callId: string): Promise<{ call: WhistleCall; whistle: Whistle }> {
  const call = await db.whistleCalls.get(callId);
  const whistle = call && (await db.whistles.get(call.whistleId));
  if (!call || !whistle) throw new RefusedError('errors.whistles.closed');
  return { call, whistle };
}

/** A department reports in: when, who came, in which form. */
export async function recordArrival(
  db: StreetDeskDb,
  callId: string,
  input: { arrivedAt: string; people?: string; form?: WhistleCall['form'] },
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.whistles, db.whistleCalls, async () => {
    const { whistle } = await openCall(db, callId);
    const problem = checkArrival(whistle, input.arrivedAt, now);
    if (problem) throw fail('arrivedAt', problem);
    await db.whistleCalls.update(callId, {
      arrivedAt: input.arrivedAt,
      people: cleanText(input.people ?? '') || undefined,
      form: input.form,
    });
  });
}

/** What the department did on site: recorded by the street, or stated by the department itself. */
export async function recordAction(
  db: StreetDeskDb,
  callId: string,
  action: string,
  actor?: Pick<SessionUser, 'role' | 'responderId'>,
): Promise<void> {
  await db.transaction('rw', db.whistles, db.whistleCalls, async () => {
    const { call, whistle } = await openCall(db, callId);
    if (whistle.closedAt) throw fail('action', { code: 'whistles.closed' });
    const problem = checkAction(call);
    if (problem) throw fail('action', problem);
    if (actor && !mayStateAction(call, whistle, actor)) throw new RefusedError('errors.whistles.notYourCall');
    await db.whistleCalls.update(callId, { action: cleanProse(action) });
  });
}

/** The street's evaluation of a department on this event (评价权). */
export async function evaluate(
  db: StreetDeskDb,
  callId: string,
  marks: Omit<CallEvaluation, 'at' | 'by'>,
  actor: Actor,
): Promise<void> {
  const evaluation: CallEvaluation = {
    ...marks,
    note: cleanProse(marks.note) || undefined,
    at: new Date().toISOString(),
    by: actor.displayName,
  };
  const problem = checkEvaluation(actor.role, evaluation);
  if (problem) {
    if (problem.code === 'whistles.evaluateStreetOnly') throw new RefusedError(`errors.${problem.code}`);
    throw fail('timeliness', problem);
  }
  await db.whistleCalls.update(callId, { evaluation });
}

const REFUSED_REPLIES = new Set([
  'whistles.notYourCall',
  'whistles.answerNotAllowed',
  'whistles.answeredByDepartment',
]);

/**
 * The department's answer to its evaluation (双考核): given by the department through its own
 * login (marked `byDepartment`), or entered by the street for a department without one (代录).
 */
export async function reply(
  db: StreetDeskDb,
  callId: string,
  text: string,
  actor: Actor,
  now = Date.now(),
): Promise<void> {
  const answer = cleanProse(text);
  if (!answer) throw InputError.of('reply', 'errors.whistles.replyRequired');
  await db.transaction('rw', db.whistles, db.whistleCalls, async () => {
    const { call } = await openCall(db, callId);
    const problem = checkReply(call, actor);
    if (problem && REFUSED_REPLIES.has(problem.code)) throw new RefusedError(`errors.${problem.code}`);
    if (problem) throw fail('reply', problem);
    await db.whistleCalls.update(callId, {
      reply: {
        text: answer,
        at: new Date(now).toISOString(),
        by: actor.displayName,
        ...(actor.role === 'department' ? { byDepartment: true } : {}),
      },
    });
  });
}

/** One call of a department with its event: a line of the department's own list. */
export interface DepartmentCall {
  call: WhistleCall;
  whistle: Whistle;
}

/**
 * The calls that summon one unit, newest event first, each with its event: what a department
 * signed in as itself sees (its pull holds little else). Read by the call's own index.
 */
export async function departmentCalls(db: StreetDeskDb, responderId: string): Promise<DepartmentCall[]> {
  const calls = (await db.whistleCalls.where('responderId').equals(responderId).toArray()).filter(
    (c) => !c.deleted,
  );
  const whistles = await db.whistles.bulkGet(calls.map((c) => c.whistleId));
  const rows: DepartmentCall[] = [];
  calls.forEach((call, i) => {
    const whistle = whistles[i];
    if (whistle && !whistle.deleted) rows.push({ call, whistle });
  });
  return rows.sort((a, b) => b.whistle.blownAt.localeCompare(a.whistle.blownAt));
}

/**
 * Closes an event with its outcome. Every department on site must have said what it did; the
 * tickets it resolved move on to 反馈 (signed for first when they were not), or get a note
 * where their state allows no answer. All in one transaction: an event is never closed with
 * its tickets left behind.
 */
export async function closeWhistle(
  db: StreetDeskDb,
  whistleId: string,
  input: { outcome: string; resolvedTicketIds: string[]; closedAt?: string; ticketNote?: string },
  actor: Actor,
): Promise<void> {
  const outcome = cleanProse(input.outcome);
  const closedAt = input.closedAt ?? new Date().toISOString();
  const tables = [db.whistles, db.whistleCalls, db.responders, db.tickets, db.ticketSteps];
  await db.transaction('rw', tables, async () => {
    const current = await db.whistles.get(whistleId);
    if (!current) throw new RefusedError('errors.whistles.closed');
    const calls = await db.whistleCalls.where('whistleId').equals(whistleId).toArray();
    const names = new Map((await db.responders.toArray()).map((r) => [r.id, r.name]));
    const problem = checkClose(current, calls, outcome, (id) => names.get(id) ?? id);
    if (problem) throw fail('outcome', problem);
    const resolvedTicketIds = input.resolvedTicketIds.filter((id) => current.ticketIds.includes(id));
    await db.whistles.update(whistleId, {
      state: 'closed',
      closedAt,
      closedBy: actor.displayName,
      outcome,
      resolvedTicketIds,
    });
    const note = input.ticketNote ?? `${current.title}: ${outcome}`;
    for (const found of await db.tickets.bulkGet(resolvedTicketIds)) {
      if (!found) continue;
      let ticket = found;
      const steps: StepInput[] = ticket.state === 'received' ? [{ action: 'accept', at: closedAt }] : [];
      const answerable = ['received', 'accepted', 'contacted', 'handling'].includes(ticket.state);
      steps.push({ action: answerable ? 'answer' : 'note', at: closedAt, note });
      for (const step of steps) {
        const planned = planStep(ticket, step, actor.displayName, newId());
        if ('problem' in planned) continue; // a ticket moved on elsewhere keeps its state
        await db.ticketSteps.add(planned.step);
        ticket = { ...ticket, ...planned.patch };
        if (Object.keys(planned.patch).length > 0) await db.tickets.update(ticket.id, planned.patch);
      }
    }
  });
}

export interface ResponderInput {
  name: string;
  kind: Responder['kind'];
  contact?: string;
  orgPath: string;
}

export async function saveResponder(
  db: StreetDeskDb,
  input: ResponderInput,
  user: Pick<SessionUser, 'role'>,
  existingId?: string,
): Promise<Responder> {
  if (!canWriteTable(user.role, 'responders')) throw new RefusedError('errors.whistles.notWritable');
  const name = cleanText(input.name);
  if (!name) throw InputError.of('name', 'errors.whistles.nameRequired');
  const contact = cleanText(input.contact ?? '');
  return putRecord(
    db.responders,
    {
      orgPath: input.orgPath,
      name,
      kind: input.kind,
      ...(contact ? { contact } : {}),
    },
    existingId,
  );
}

/** A unit summoned to any event is refused by the reference rule (its calls are the record). */
export async function deleteResponder(db: StreetDeskDb, user: Pick<SessionUser, 'role'>, id: string) {
  if (!canWriteTable(user.role, 'responders')) throw new RefusedError('errors.whistles.notWritable');
  await deleteRecords(db, 'responders', [id]);
}
