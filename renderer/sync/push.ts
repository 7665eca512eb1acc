import { MAX_PUSH_BYTES, MAX_PUSH_MUTATIONS, mutationBytes, type PushResponse } from '@shared/sync/protocol';
import type { OutboxEntry } from '@shared/sync/outbox';
import type { SyncedTable } from '@shared/model/record';
import type { StreetDeskDb } from '../db';
import { countPending, dropAcknowledged, readPending } from '../db/outbox';
import type { SyncApi } from './api';
import { applyChanges } from './apply';
import { recordOutcome } from './state';

/**
 * The outbox in push pages (docs/ARCHITECTURE.md: at most ~500 mutations / 2 MB), oldest first.
 * `after`: the last mutation id already taken.
 */
export async function readPushPage(db: StreetDeskDb, after = 0): Promise<OutboxEntry[]> {
  const candidates = await readPending(db, after, MAX_PUSH_MUTATIONS);
  const page: OutboxEntry[] = [];
  let bytes = 0;
  for (const entry of candidates) {
    const size = mutationBytes(entry);
    if (page.length > 0 && bytes + size > MAX_PUSH_BYTES) break;
    page.push(entry);
    bytes += size;
  }
  return page;
}

/**
 * Handles the server's answer to a push of our own changes: acknowledged entries leave the
 * outbox, refused changes and conflicts are kept for the user, and records whose change was
 * refused are set back to the server's version (or removed, if we may not hold them).
 */
export async function acknowledge(
  db: StreetDeskDb,
  api: SyncApi,
  clientId: string,
  response: PushResponse,
  signal?: AbortSignal,
): Promise<void> {
  await dropAcknowledged(db, response.lastMutationId);
  await recordOutcome(db, clientId, response.rejected, response.conflicts);
  if (response.rejected.length > 0) {
    const keys = new Map<string, { table: SyncedTable; id: string }>();
    for (const r of response.rejected)
      keys.set(`${r.table}\u0000${r.id}`, { table: r.table as SyncedTable, id: r.id });
    const rows = await api.records([...keys.values()], signal);
    await applyChanges(db, rows);
  }
}

export interface PushProgress {
  pushed: number;
  total: number;
}

/** Pushes the whole outbox, page by page; returns how many changes went. */
export async function pushOutbox(
  db: StreetDeskDb,
  api: SyncApi,
  clientId: string,
  options: { signal?: AbortSignal; onProgress?(p: PushProgress): void } = {},
): Promise<number> {
  let pushed = 0;
  const total = await countPending(db);
  for (;;) {
    options.signal?.throwIfAborted();
    const page = await readPushPage(db);
    if (page.length === 0) return pushed;
    const response = await api.push({ clientId, mutations: page }, options.signal);
    await acknowledge(db, api, clientId, response, options.signal);
    pushed += page.length;
    options.onProgress?.({ pushed, total: Math.max(total, pushed) });
    // The server applied less than we sent only if it skipped ids it already had; never loop on it.
    if (response.lastMutationId < page[page.length - 1]!.mutationId) return pushed;
  }
}
