import type { ConflictInfo, RejectedMutation } from '@shared/sync/protocol';
import type { StreetDeskDb } from '../db';

/**
 * What the sync client keeps locally. The cursor and status are rows of `meta`; conflicts
 * and refused changes have their own stores (db/stores/sync.ts).
 */
export const CURSOR_KEY = 'sync.cursor';
export const STATUS_KEY = 'sync.status';
/** The server whose data this database holds: another server's data is never mixed in. */
export const SERVER_KEY = 'sync.server';

export interface CursorState {
  cursor: string;
  /** Clearing local data gives the database a new client id; an old cursor then no longer applies. */
  clientId: string;
  serverId: string;
  /** The scope the cursor was made for; another scope starts a new snapshot. */
  scope: string;
}

export interface SyncStatus {
  lastSyncAt?: string;
  lastAttemptAt?: string;
  /** Cleared by the next successful sync. */
  lastError?: { code: string; message: string; status: number; at: string };
}

export interface ServerIdentity {
  serverId: string;
  /** As for the cursor: a cleared database belongs to no server. */
  clientId: string;
  url?: string;
  /** Who signed in last on this copy: the server binds the client id to that user. */
  userId?: string;
  userName?: string;
}

/** A conflict the server reported for one of our changes, until someone picks a value. */
export interface LocalConflict extends ConflictInfo {
  status: 'open' | 'resolved';
  resolvedAt?: string;
  choice?: 'mine' | 'theirs';
  /** The server has been told of the choice. */
  reported?: boolean;
}

/** A change of ours the server refused for good; the record was set back to the server's version. */
export interface LocalRejected extends RejectedMutation {
  /** `<clientId>:<mutationId>` */
  key: string;
  clientId: string;
  at: string;
}

type Meta<T> = { key: string; value: T };

export const conflictsTable = (db: StreetDeskDb) => db.table<LocalConflict, string>('syncConflicts');
export const rejectedTable = (db: StreetDeskDb) => db.table<LocalRejected, string>('syncRejected');

export async function readMeta<T>(db: StreetDeskDb, key: string): Promise<T | undefined> {
  const row = (await db.meta.get(key)) as Meta<T> | undefined;
  return row?.value;
}

export function writeMeta<T>(db: StreetDeskDb, key: string, value: T): Promise<string> {
  return db.meta.put({ key, value });
}

export async function updateStatus(db: StreetDeskDb, patch: Partial<SyncStatus>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = (await readMeta<SyncStatus>(db, STATUS_KEY)) ?? {};
    const next: SyncStatus = { ...current, ...patch };
    for (const key of Object.keys(patch) as (keyof SyncStatus)[])
      if (patch[key] === undefined) delete next[key];
    await writeMeta(db, STATUS_KEY, next);
  });
}

/** Stores what a push or a bundle reported: refused changes and conflicts. */
export async function recordOutcome(
  db: StreetDeskDb,
  clientId: string,
  rejected: readonly RejectedMutation[],
  conflicts: readonly ConflictInfo[],
): Promise<void> {
  if (rejected.length === 0 && conflicts.length === 0) return;
  const at = new Date().toISOString();
  await db.transaction('rw', [rejectedTable(db), conflictsTable(db)], async () => {
    await rejectedTable(db).bulkPut(
      rejected.map((r) => ({ ...r, key: `${clientId}:${r.mutationId}`, clientId, at })),
    );
    // A conflict already known (the same bundle imported twice) keeps its state.
    const known = new Set(
      (await conflictsTable(db).bulkGet(conflicts.map((c) => c.id))).filter(Boolean).map((c) => c!.id),
    );
    await conflictsTable(db).bulkAdd(
      conflicts.filter((c) => !known.has(c.id)).map((c) => ({ ...c, status: 'open' as const })),
    );
  });
}
