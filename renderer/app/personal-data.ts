import type { AuditEvent } from '@shared/model/audit';
import { canUnmask, type SessionUser } from '@shared/auth/roles';
import { newId } from '@shared/ids';
import type { StreetDeskDb } from '../db';
import { RefusedError } from './input-error';

/**
 * The one way personal data (resident IDs, phones) is shown or exported in full: refused for
 * roles that may not, and recorded before the value appears — who, when, which record and
 * field, never the value. Screens call this and show the value only when it resolves.
 */

type User = Pick<SessionUser, 'id' | 'role' | 'displayName'>;

/** A field of a record about to be shown in full. */
export interface PersonalField {
  table: string;
  recordId: string;
  orgPath: string;
  /** residentId, mobile, phone, head.phone … */
  field: string;
}

function event(user: User, action: AuditEvent['action'], f: PersonalField, at: string): AuditEvent {
  return {
    id: newId(),
    orgPath: f.orgPath,
    action,
    table: f.table,
    recordId: f.recordId,
    field: f.field,
    at,
    by: user.id,
    byName: user.displayName,
    role: user.role,
  };
}

/** Records that `user` is shown these fields in full; throws RefusedError for a role that may not. */
export async function recordUnmask(
  db: StreetDeskDb,
  user: User,
  fields: readonly PersonalField[],
): Promise<AuditEvent[]> {
  if (!canUnmask(user.role)) throw new RefusedError('errors.personalData.unmaskNotAllowed');
  const at = new Date().toISOString();
  const events = fields.map((f) => event(user, 'unmask', f, at));
  await db.auditEvents.bulkAdd(events);
  return events;
}

/** Records an export that wrote these personal columns in full: one event per column, not per row. */
export async function recordUnmaskedExport(
  db: StreetDeskDb,
  user: User,
  view: { table: string; orgPath: string; fields: readonly string[] },
): Promise<AuditEvent[]> {
  if (!canUnmask(user.role)) throw new RefusedError('errors.personalData.unmaskNotAllowed');
  const at = new Date().toISOString();
  const events = view.fields.map((field) =>
    event(user, 'exportUnmasked', { table: view.table, recordId: '*', orgPath: view.orgPath, field }, at),
  );
  await db.auditEvents.bulkAdd(events);
  return events;
}
