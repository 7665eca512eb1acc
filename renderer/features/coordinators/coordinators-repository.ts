import type { Coordinator, CoordinatorStatus, Transfer } from '@shared/model/coordinator';
import { validateCoordinator, type CoordinatorInput } from '@shared/coordinators/validate-coordinator';
import { addDays } from '@shared/coordinators/days';
import { canWriteRecord, type SessionUser } from '@shared/auth/roles';
import { isInScope, orgPathOfCode } from '@shared/org/codes';
import type { StreetDeskDb } from '../../db';
import { putRecord } from '../../db/records';
import { InputError, RefusedError } from '../../app/input-error';
import { findByResidentId } from './roster-search';

/**
 * Writes to the roster. Every write is checked against the user's role and scope (the server
 * checks again) and captured for sync by the database itself.
 */

type User = Pick<SessionUser, 'id' | 'role' | 'scope' | 'displayName'>;

/** A form's input; in an edit, an empty resident ID or phone keeps the stored one (never shown to fill it in). */
export type CoordinatorFormInput = Omit<CoordinatorInput, 'residentId'> & { residentId?: string };

const blank = (v: string | undefined) => v === undefined || v.trim() === '';

function checkWritable(user: User, orgPath: string) {
  if (!canWriteRecord(user, 'coordinators', orgPath)) throw new RefusedError('errors.coordinator.outOfScope');
}

async function streetName(db: StreetDeskDb, code: string): Promise<string> {
  return (await db.orgUnits.where('code').equals(code).first())?.name ?? code;
}

export async function saveCoordinator(
  db: StreetDeskDb,
  user: User,
  input: CoordinatorFormInput,
  today: string,
  existingId?: string,
): Promise<Coordinator> {
  const existing = existingId ? await db.coordinators.get(existingId) : undefined;
  const checked = validateCoordinator(
    {
      ...input,
      residentId: blank(input.residentId) ? (existing?.residentId ?? '') : input.residentId!,
      mobile: blank(input.mobile) ? existing?.mobile : input.mobile,
    },
    today,
  );
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  const { value } = checked;
  if (existing) checkWritable(user, existing.orgPath);
  checkWritable(user, value.orgPath);

  const holder = await findByResidentId(db, value.residentId);
  if (holder && holder.id !== existingId) {
    throw InputError.of('residentId', 'errors.coordinator.residentIdTaken', {
      name: holder.name,
      street: await streetName(db, holder.homeStreet),
    });
  }
  const transfers: Transfer[] = [...(existing?.transfers ?? [])];
  // A street changed in the form is a transfer too: the history must not lose it.
  if (existing && existing.homeStreet !== value.homeStreet)
    transfers.push({ from: existing.homeStreet, to: value.homeStreet, on: today, by: user.id });
  return putRecord(db.coordinators, transfers.length > 0 ? { ...value, transfers } : value, existingId);
}

export interface BulkContext {
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

export interface BulkResult {
  changed: number;
  /** Outside the user's scope or role. */
  skipped: number;
  /** Needed no change (already in that status or street). */
  unchanged: number;
}

/** Rows per transaction: bounded memory and a responsive window at 240,000. */
const BULK_BATCH = 1_000;

/**
 * Applies `change` to many coordinators, a batch per transaction. `change` returns the new
 * row, or null when none is needed; `alsoInBatch` writes what goes with it (assignments that
 * end with a transfer) in the same transaction.
 */
async function updateMany(
  db: StreetDeskDb,
  user: User,
  ids: readonly string[],
  change: (c: Coordinator) => Coordinator | null,
  ctx: BulkContext,
  alsoInBatch?: (changed: Coordinator[], before: Map<string, Coordinator>) => Promise<void>,
): Promise<BulkResult> {
  const result: BulkResult = { changed: 0, skipped: 0, unchanged: 0 };
  for (let i = 0; i < ids.length; i += BULK_BATCH) {
    if (ctx.signal?.aborted) break;
    await db.transaction('rw', [db.coordinators, db.assignments], async () => {
      const rows = await db.coordinators.bulkGet(ids.slice(i, i + BULK_BATCH) as string[]);
      const changed: Coordinator[] = [];
      const before = new Map<string, Coordinator>();
      for (const row of rows) {
        if (!row) continue;
        const next = change(row);
        if (next === null) result.unchanged += 1;
        else if (
          !canWriteRecord(user, 'coordinators', row.orgPath) ||
          !canWriteRecord(user, 'coordinators', next.orgPath)
        )
          result.skipped += 1;
        else {
          changed.push(next);
          before.set(row.id, row);
        }
      }
      await db.coordinators.bulkPut(changed);
      if (alsoInBatch) await alsoInBatch(changed, before);
      result.changed += changed.length;
    });
    ctx.onProgress?.(Math.min(ids.length, i + BULK_BATCH), ids.length);
  }
  return result;
}

export function setStatus(
  db: StreetDeskDb,
  user: User,
  ids: readonly string[],
  status: CoordinatorStatus,
  ctx: BulkContext = {},
): Promise<BulkResult> {
  return updateMany(db, user, ids, (c) => (c.status === status ? null : { ...c, status }), ctx);
}

/**
 * Moves coordinators to another street. Their history keeps every transfer; their
 * assignments in the old street end the day before (those not yet started are removed),
 * while attendance already recorded stays with the old street.
 */
export function transferCoordinators(
  db: StreetDeskDb,
  user: User,
  ids: readonly string[],
  move: { toStreet: string; on: string; reason?: string },
  ctx: BulkContext = {},
): Promise<BulkResult> {
  const toPath = orgPathOfCode(move.toStreet);
  return updateMany(
    db,
    user,
    ids,
    (c) => {
      if (c.homeStreet === move.toStreet) return null;
      const transfer: Transfer = { from: c.homeStreet, to: move.toStreet, on: move.on, by: user.id };
      if (move.reason) transfer.reason = move.reason;
      return {
        ...c,
        homeStreet: move.toStreet,
        orgPath: toPath,
        transfers: [...(c.transfers ?? []), transfer],
      };
    },
    ctx,
    async (changed, before) => {
      if (changed.length === 0) return;
      const assignments = await db.assignments
        .where('coordinatorId')
        .anyOf(changed.map((c) => c.id))
        .toArray();
      const ending = assignments.filter((a) => {
        const old = before.get(a.coordinatorId);
        return old && isInScope(a.orgPath, old.orgPath) && a.to >= move.on;
      });
      await db.assignments.bulkDelete(ending.filter((a) => a.from >= move.on).map((a) => a.id));
      await db.assignments.bulkPut(
        ending.filter((a) => a.from < move.on).map((a) => ({ ...a, to: addDays(move.on, -1) })),
      );
    },
  );
}
