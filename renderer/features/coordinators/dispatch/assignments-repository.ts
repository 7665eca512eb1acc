import type { Assignment } from '@shared/model/coordinator';
import { validateAssignment, type AssignmentInput } from '@shared/coordinators/validate-assignment';
import { clashesOf, type DoubleBooking } from '@shared/coordinators/overlap';
import { canWriteRecord, type SessionUser } from '@shared/auth/roles';
import { isInScope, orgPathOfCode } from '@shared/org/codes';
import { newId } from '@shared/ids';
import { serverManagedFieldsOf } from '@shared/model/record';
import type { StreetDeskDb } from '../../../db';
import { InputError, RefusedError } from '../../../app/input-error';
import { ticketOfNumber } from '../../../db/ticket-lookup';

/** What the assignment form gives: one assignment for each of several coordinators. */
export type AssignmentFormInput = Omit<AssignmentInput, 'coordinatorId'> & {
  coordinatorIds: readonly string[];
};

type User = Pick<SessionUser, 'id' | 'role' | 'scope'>;

/**
 * Checks and writes the assignments of a form, one per coordinator, in one transaction.
 * Overlaps with other bookings are not refused — an office may have to double-book, and
 * another office may already have done so offline — they are shown on the board instead.
 */
export async function saveAssignments(
  db: StreetDeskDb,
  user: User,
  input: AssignmentFormInput,
  existingId?: string,
): Promise<Assignment[]> {
  if (input.coordinatorIds.length === 0)
    throw InputError.of('coordinatorIds', 'errors.dispatch.coordinatorRequired');
  const checked = validateAssignment({ ...input, coordinatorId: input.coordinatorIds[0]! });
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  const template = checked.value;
  if (!canWriteRecord(user, 'assignments', template.orgPath))
    throw new RefusedError('errors.dispatch.outOfScope');

  return db.transaction('rw', [db.assignments, db.coordinators, db.places, db.tickets], async () => {
    let orgPath = template.orgPath;
    if (template.placeId) {
      // A place's own path (community or grid) is where the coordinator works.
      const place = await db.places.get(template.placeId);
      if (!place || !isInScope(place.orgPath, orgPathOfCode(input.unitCode.slice(0, 12))))
        throw InputError.of('placeId', 'errors.dispatch.placeOutside');
      orgPath = place.orgPath;
    }
    const coordinators = await db.coordinators.bulkGet([...input.coordinatorIds]);
    const previous = existingId ? await db.assignments.get(existingId) : undefined;
    const rows: Assignment[] = coordinators.map((c, i) => {
      if (!c) throw new RefusedError('errors.dispatch.coordinatorMissing');
      if (c.status === 'left' || c.status === 'suspended')
        throw new RefusedError('errors.dispatch.notOnDuty', { name: c.name });
      const row: Assignment = {
        ...(i === 0 ? serverManagedFieldsOf(previous) : {}),
        ...template,
        orgPath,
        coordinatorId: c.id,
        id: i === 0 && existingId ? existingId : newId(),
        createdBy: previous?.createdBy ?? user.id,
      };
      return row;
    });
    await db.assignments.bulkPut(rows);
    if (template.source === 'ticket' && template.sourceRef)
      await linkTicket(db, user, template.sourceRef, orgPath, rows[0]!);
    return rows;
  });
}

/**
 * Links the 12345 ticket an assignment came from to it, so each shows the other (issue 12). The
 * ticket is found by its number in the assignment's street; one already linked keeps its link. A
 * dispatcher, who may not write tickets, leaves the ticket as it is: the assignment still names it.
 */
async function linkTicket(
  db: StreetDeskDb,
  user: User,
  number: string,
  orgPath: string,
  assignment: Assignment,
): Promise<void> {
  const ticket = await ticketOfNumber(db, number, orgPath);
  if (ticket && !ticket.assignmentId && canWriteRecord(user, 'tickets', ticket.orgPath))
    await db.tickets.update(ticket.id, { assignmentId: assignment.id });
}

export async function deleteAssignment(db: StreetDeskDb, user: User, id: string): Promise<void> {
  const row = await db.assignments.get(id);
  if (!row) return;
  if (!canWriteRecord(user, 'assignments', row.orgPath)) throw new RefusedError('errors.dispatch.outOfScope');
  await db.assignments.delete(id);
}

/** A clash a form warns about, with the stored assignment it clashes with. */
export interface FormClash extends DoubleBooking {
  other: Assignment;
}

/** Coordinators looked at for clashes while a form is filled; a bigger bulk is checked on the board. */
export const CLASH_CHECK_LIMIT = 200;

/** The stored assignments a form's assignment would clash with, for each of its coordinators. */
export async function formClashes(
  db: StreetDeskDb,
  candidate: Pick<Assignment, 'shift' | 'from' | 'to'>,
  coordinatorIds: readonly string[],
  editingId?: string,
): Promise<FormClash[]> {
  const ids = coordinatorIds.slice(0, CLASH_CHECK_LIMIT);
  if (ids.length === 0 || !candidate.from || !candidate.to) return [];
  const stored = await db.assignments.where('coordinatorId').anyOf(ids).toArray();
  const byId = new Map(stored.map((a) => [a.id, a]));
  const found: FormClash[] = [];
  for (const coordinatorId of ids) {
    const span = { id: editingId ?? '\uffffnew', coordinatorId, ...candidate };
    for (const d of clashesOf(span, stored)) {
      const other = byId.get(d.a === span.id ? d.b : d.a);
      if (other) found.push({ ...d, other });
    }
  }
  return found;
}
