import type { SessionUser } from '@shared/auth/roles';
import type { StreetDeskDb } from '../db';
import { ensureClientClock } from '../db/capture';
import { DATASET_KEY } from '../db/local-data';
import { RefusedError } from '../app/input-error';
import { SyncHttpError, type SyncApi } from './api';
import { pushOutbox, type PushProgress } from './push';
import { pullAll, type PullProgress } from './pull';
import { conflictsTable, readMeta, updateStatus } from './state';

/** Whether the local data is the demo dataset, which must never reach a server. */
export async function isDemoDataset(db: StreetDeskDb): Promise<boolean> {
  const dataset = await readMeta<{ kind?: string }>(db, DATASET_KEY);
  return dataset?.kind === 'demo';
}

export async function refuseDemo(db: StreetDeskDb): Promise<void> {
  if (await isDemoDataset(db)) throw new RefusedError('errors.sync.demoData');
}

export interface SyncTarget {
  api: SyncApi;
  serverId: string;
  user: SessionUser;
}

export interface SyncRunOptions {
  signal?: AbortSignal;
  onPush?(p: PushProgress): void;
  onPull?(p: PullProgress): void;
  onSnapshot?(): void;
}

export interface SyncResult {
  pushed: number;
  pulled: number;
}

/** Tells the server which side people chose in conflicts (best effort; the choice itself is a change). */
async function reportResolutions(db: StreetDeskDb, api: SyncApi): Promise<void> {
  const table = conflictsTable(db);
  const done = (await table.toArray()).filter((c) => c.status === 'resolved' && !c.reported && c.choice);
  for (const c of done) {
    try {
      await api.resolveConflict(c.id, c.choice!);
    } catch (error) {
      // The server forgot the conflict (another server, purged) — nothing left to tell it.
      if (!(error instanceof SyncHttpError) || (error.status !== 404 && error.status !== 403)) throw error;
    }
    await table.update(c.id, { reported: true });
  }
}

/**
 * One sync: push the outbox (page by page), then pull until the server has nothing more.
 * Refused while the local data is the demo dataset. Records when it last succeeded or failed.
 */
export async function syncOnce(
  db: StreetDeskDb,
  target: SyncTarget,
  options: SyncRunOptions = {},
): Promise<SyncResult> {
  await refuseDemo(db);
  const { clientId } = await ensureClientClock(db);
  await updateStatus(db, { lastAttemptAt: new Date().toISOString() });
  try {
    const pushed = await pushOutbox(db, target.api, clientId, {
      signal: options.signal,
      onProgress: options.onPush,
    });
    await reportResolutions(db, target.api);
    const pulled = await pullAll(db, target.api, {
      clientId,
      serverId: target.serverId,
      scope: target.user.scope,
      signal: options.signal,
      onProgress: options.onPull,
      onSnapshot: options.onSnapshot,
    });
    await updateStatus(db, { lastSyncAt: new Date().toISOString(), lastError: undefined });
    return { pushed, pulled };
  } catch (error) {
    if (!options.signal?.aborted) {
      const e =
        error instanceof SyncHttpError
          ? error
          : new SyncHttpError(-1, 'client', error instanceof Error ? error.message : String(error));
      await updateStatus(db, {
        lastError: { code: e.code, message: e.message, status: e.status, at: new Date().toISOString() },
      });
    }
    throw error;
  }
}
