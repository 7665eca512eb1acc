import { decodeCursor } from '@shared/sync/cursor';
import { MAX_PULL_LIMIT, type PullResponse } from '@shared/sync/protocol';
import type { StreetDeskDb } from '../db';
import type { SyncApi } from './api';
import { applyChanges, clearServerRows } from './apply';
import { CURSOR_KEY, readMeta, type CursorState } from './state';

export interface PullProgress {
  /** Rows applied in this run. */
  rows: number;
  /** While a snapshot loads: rows of the scope loaded and in all. */
  snapshot?: { done: number; total: number };
}

export interface PullOptions {
  clientId: string;
  serverId: string;
  scope: string;
  limit?: number;
  signal?: AbortSignal;
  onProgress?(p: PullProgress): void;
  /** Called once, when the pull turns out to be a snapshot (first load, reset, new scope). */
  onSnapshot?(): void;
}

/** The stored cursor if it belongs to this server and scope; '' (start a snapshot) otherwise. */
export async function currentCursor(
  db: StreetDeskDb,
  clientId: string,
  serverId: string,
  scope: string,
): Promise<string> {
  const state = await readMeta<CursorState>(db, CURSOR_KEY);
  return state && state.clientId === clientId && state.serverId === serverId && state.scope === scope
    ? state.cursor
    : '';
}

/**
 * Pulls until the server has nothing more, page by page, each page applied with its cursor
 * in one transaction (so a stop anywhere resumes at the next page). The next page is fetched
 * while the current one is written. A reset reloads a snapshot and keeps local changes.
 */
export async function pullAll(db: StreetDeskDb, api: SyncApi, options: PullOptions): Promise<number> {
  const limit = options.limit ?? MAX_PULL_LIMIT;
  let cursor = await currentCursor(db, options.clientId, options.serverId, options.scope);
  let rows = 0;
  let snapshotAnnounced = false;
  const fetchPage = (from: string) =>
    api.pull({ cursor: from, limit, clientId: options.clientId }, options.signal);

  const startSnapshot = async () => {
    if (!snapshotAnnounced) options.onSnapshot?.();
    snapshotAnnounced = true;
    await clearServerRows(db, options.signal);
  };

  if (cursor === '') await startSnapshot();
  let next: Promise<PullResponse> | null = fetchPage(cursor);
  while (next) {
    const page: PullResponse = await next;
    next = null;
    options.signal?.throwIfAborted();
    if (page.reset) {
      cursor = '';
      await startSnapshot();
      next = fetchPage(cursor);
      continue;
    }
    const snapshot = decodeCursor(cursor)?.phase === 'snapshot' || cursor === '';
    if (page.hasMore) {
      next = fetchPage(page.cursor);
      // Its failure surfaces when awaited; until then it must not count as unhandled.
      next.catch(() => undefined);
    }
    await applyChanges(db, page.changes, {
      cursor: {
        cursor: page.cursor,
        clientId: options.clientId,
        serverId: options.serverId,
        scope: options.scope,
      },
      lastMutationId: page.lastMutationId,
      snapshot,
    });
    cursor = page.cursor;
    rows += page.changes.length;
    options.onProgress?.({ rows, snapshot: page.progress });
  }
  return rows;
}
