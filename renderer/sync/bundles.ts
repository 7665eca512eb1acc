import type { SessionUser } from '@shared/auth/roles';
import type { SyncedTable } from '@shared/model/record';
import { isInScope } from '@shared/org/codes';
import { cursorSeq } from '@shared/sync/cursor';
import {
  BUNDLE_EXTENSION,
  BundleError,
  changesPayloadSchema,
  serverPayloadSchema,
  type BundleManifest,
  type ServerPayload,
} from '@shared/sync/bundle';
import {
  MAX_PULL_LIMIT,
  MAX_PUSH_BYTES,
  MAX_PUSH_MUTATIONS,
  mutationBytes,
  type ChangeRow,
  type ConflictInfo,
  type Mutation,
  type RejectedMutation,
} from '@shared/sync/protocol';
import type { StreetDeskDb } from '../db';
import { ensureClientClock } from '../db/capture';
import { countPending, readAllPending } from '../db/outbox';
import { LATEST_SCHEMA_VERSION } from '../db/schema';
import { SyncHttpError } from './api';
import { applyChanges, clearServerRows } from './apply';
import { knownServer } from './connection';
import { refuseDemo, type SyncTarget } from './engine';
import {
  CURSOR_KEY,
  readMeta,
  recordOutcome,
  SERVER_KEY,
  writeMeta,
  type CursorState,
  type ServerIdentity,
} from './state';

/** Addressee of a scope snapshot made for any office (one that has sent no changes yet). */
export const ANY_CLIENT = 'any';

export interface BundleFile {
  name: string;
  data: Uint8Array<ArrayBuffer>;
  manifest: Omit<BundleManifest, 'sha256' | 'format' | 'version'>;
}

const day = () => new Date().toISOString().slice(0, 10);
const short = (id: string) => id.replace(/-/g, '').slice(-6);

/**
 * An office's pending changes as a bundle file, for a connected workstation to push. The
 * outbox stays as it is: entries leave it only when a server bundle says they were applied.
 */
export async function exportChangesBundle(db: StreetDeskDb, user: SessionUser): Promise<BundleFile> {
  await refuseDemo(db);
  const { clientId } = await ensureClientClock(db);
  const entries = await readAllPending(db);
  const cursor = await readMeta<CursorState>(db, CURSOR_KEY);
  const server = await knownServer(db, clientId);
  const manifest: BundleFile['manifest'] = {
    kind: 'changes',
    clientId,
    schemaVersion: LATEST_SCHEMA_VERSION,
    serverId: server?.serverId,
    scope: user.scope,
    mutations:
      entries.length > 0 ? { from: entries[0]!.mutationId, to: entries.at(-1)!.mutationId } : undefined,
    cursor: cursor?.clientId === clientId && cursor.scope === user.scope ? cursor.cursor : '',
    createdAt: new Date().toISOString(),
    createdBy: user.displayName,
    count: entries.length,
  };
  const { encodeBundle } = await import('./bundle-file');
  return {
    name: `街道工作台-待同步修改-${day()}-${short(clientId)}.${BUNDLE_EXTENSION}`,
    data: await encodeBundle(manifest, { mutations: entries }),
    manifest,
  };
}

export interface BundleProgress {
  phase: 'push' | 'pull' | 'apply';
  done: number;
  total: number;
}

export type ImportResult =
  | {
      kind: 'changes';
      total: number;
      /** The office's last change the server holds now. */
      lastMutationId: number;
      rejected: RejectedMutation[];
      conflicts: ConflictInfo[];
      /** What to carry back to the office. */
      reply: BundleFile;
    }
  | { kind: 'server'; rows: number; acknowledged: number; alreadyImported: boolean };

/** Pages of at most MAX_PUSH_MUTATIONS / MAX_PUSH_BYTES, like the outbox's own pushes. */
function pages(mutations: readonly Mutation[]): Mutation[][] {
  const result: Mutation[][] = [];
  let page: Mutation[] = [];
  let bytes = 0;
  for (const m of mutations) {
    const size = mutationBytes(m);
    if (page.length >= MAX_PUSH_MUTATIONS || (page.length > 0 && bytes + size > MAX_PUSH_BYTES)) {
      result.push(page);
      page = [];
      bytes = 0;
    }
    page.push(m);
    bytes += size;
  }
  if (page.length > 0) result.push(page);
  return result;
}

/** The scope an office's server bundle covers: the office's own, narrowed to what this user may read. */
function officeScope(office: string, user: SessionUser): string {
  if (isInScope(office, user.scope)) return office;
  if (isInScope(user.scope, office)) return user.scope;
  throw new BundleError('otherServer', { scope: office });
}

/**
 * What the server holds for an office, as a bundle file: the changes since the office's
 * cursor (a snapshot when it has none), the current rows of records whose changes were
 * refused, and which of its changes the server has applied. Pulled under this workstation
 * user's authority, inside its scope.
 */
export async function makeServerBundle(
  target: SyncTarget,
  office: { clientId: string; scope: string; cursor: string },
  outcome: { rejected: RejectedMutation[]; conflicts: ConflictInfo[] },
  options: { signal?: AbortSignal; onProgress?(p: BundleProgress): void } = {},
): Promise<BundleFile> {
  const scope = officeScope(office.scope, target.user);
  let cursor = office.cursor;
  let start = cursor;
  const changes: ChangeRow[] = [];
  let lastMutationId: number | undefined;
  for (;;) {
    options.signal?.throwIfAborted();
    const page = await target.api.pull(
      {
        cursor,
        limit: MAX_PULL_LIMIT,
        scope,
        clientId: office.clientId === ANY_CLIENT ? undefined : office.clientId,
      },
      options.signal,
    );
    lastMutationId = page.lastMutationId;
    if (page.reset) {
      // The office's cursor is too old or of another scope: send a snapshot instead.
      changes.length = 0;
      cursor = '';
      start = '';
      continue;
    }
    changes.push(...page.changes);
    cursor = page.cursor;
    options.onProgress?.({
      phase: 'pull',
      done: page.progress?.done ?? changes.length,
      total: page.progress?.total ?? changes.length,
    });
    if (!page.hasMore) break;
  }
  if (outcome.rejected.length > 0) {
    const keys = new Map(
      outcome.rejected.map((r) => [`${r.table}\u0000${r.id}`, { table: r.table as SyncedTable, id: r.id }]),
    );
    changes.push(...(await target.api.records([...keys.values()], options.signal)));
  }
  const manifest: BundleFile['manifest'] = {
    kind: 'server',
    clientId: office.clientId,
    schemaVersion: LATEST_SCHEMA_VERSION,
    serverId: target.serverId,
    scope,
    cursor,
    fromCursor: start,
    lastMutationId: office.clientId === ANY_CLIENT ? undefined : lastMutationId,
    createdAt: new Date().toISOString(),
    createdBy: target.user.displayName,
    count: changes.length,
  };
  const payload: ServerPayload = { changes, rejected: outcome.rejected, conflicts: outcome.conflicts };
  const { encodeBundle } = await import('./bundle-file');
  return {
    name: `街道工作台-服务器数据-${day()}-${office.clientId === ANY_CLIENT ? 'all' : short(office.clientId)}.${BUNDLE_EXTENSION}`,
    data: await encodeBundle(manifest, payload),
    manifest,
  };
}

/**
 * Imports a bundle file.
 * - An office's changes (at a connected workstation): pushed in pages under this user's
 *   authority with the same scope checks (403 for the whole bundle if any change lies
 *   outside); ids already applied are skipped, so importing twice changes nothing. Returns
 *   the server bundle to carry back.
 * - A server bundle (at the office): applied like a pull — rebased on pending changes,
 *   acknowledged changes leave the outbox — unless this office already has it.
 */
export async function importBundle(
  db: StreetDeskDb,
  data: Uint8Array,
  target: SyncTarget | null,
  options: { signal?: AbortSignal; onProgress?(p: BundleProgress): void } = {},
): Promise<ImportResult> {
  await refuseDemo(db);
  const { decodeBundle } = await import('./bundle-file');
  const { manifest, payload } = await decodeBundle(data);
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) throw new BundleError('schema');
  const { clientId } = await ensureClientClock(db);
  if (manifest.kind === 'changes') {
    if (!target) throw new BundleError('otherServer');
    if (manifest.clientId === clientId) throw new BundleError('ownChanges');
    if (manifest.serverId && manifest.serverId !== target.serverId) throw new BundleError('otherServer');
    const parsed = changesPayloadSchema.safeParse(payload);
    if (!parsed.success || parsed.data.mutations.some((m) => m.clientId !== manifest.clientId)) {
      throw new BundleError('damaged');
    }
    return importChanges(target, manifest, parsed.data.mutations, options);
  }
  const parsed = serverPayloadSchema.safeParse(payload);
  if (!parsed.success) throw new BundleError('damaged');
  return importServerBundle(db, clientId, manifest, parsed.data, options);
}

async function importChanges(
  target: SyncTarget,
  manifest: BundleManifest,
  mutations: Mutation[],
  options: { signal?: AbortSignal; onProgress?(p: BundleProgress): void },
): Promise<ImportResult> {
  const rejected: RejectedMutation[] = [];
  const conflicts: ConflictInfo[] = [];
  let done = 0;
  let last = 0;
  for (const page of pages(mutations)) {
    options.signal?.throwIfAborted();
    let response;
    try {
      response = await target.api.push(
        { clientId: manifest.clientId, mutations: page, bundle: true },
        options.signal,
      );
    } catch (error) {
      if (error instanceof SyncHttpError && error.code === 'gap') {
        const have = Number(error.details?.lastMutationId ?? 0);
        throw new BundleError('gap', { from: have + 1, first: page[0]!.mutationId });
      }
      throw error;
    }
    last = response.lastMutationId;
    rejected.push(...response.rejected);
    conflicts.push(...response.conflicts);
    done += page.length;
    options.onProgress?.({ phase: 'push', done, total: mutations.length });
  }
  const reply = await makeServerBundle(
    target,
    { clientId: manifest.clientId, scope: manifest.scope, cursor: manifest.cursor },
    { rejected, conflicts },
    options,
  );
  return { kind: 'changes', total: mutations.length, lastMutationId: last, rejected, conflicts, reply };
}

const APPLY_CHUNK = 5_000;

async function importServerBundle(
  db: StreetDeskDb,
  clientId: string,
  manifest: BundleManifest,
  payload: ServerPayload,
  options: { signal?: AbortSignal; onProgress?(p: BundleProgress): void },
): Promise<ImportResult> {
  if (manifest.clientId !== clientId && manifest.clientId !== ANY_CLIENT)
    throw new BundleError('otherClient');
  if (!manifest.serverId) throw new BundleError('damaged');
  const server = await knownServer(db, clientId);
  if (server && server.serverId !== manifest.serverId) throw new BundleError('otherServer');
  const stored = await readMeta<CursorState>(db, CURSOR_KEY);
  const own =
    stored &&
    stored.clientId === clientId &&
    stored.serverId === manifest.serverId &&
    stored.scope === manifest.scope
      ? stored.cursor
      : '';
  const snapshot = manifest.fromCursor === '' || manifest.fromCursor === undefined;
  if (own !== '' && cursorSeq(manifest.cursor) <= cursorSeq(own)) {
    return { kind: 'server', rows: 0, acknowledged: 0, alreadyImported: true };
  }
  if (!snapshot && cursorSeq(manifest.fromCursor!) > cursorSeq(own)) {
    throw new BundleError('gap', { from: cursorSeq(own), first: cursorSeq(manifest.fromCursor!) });
  }
  const forUs = manifest.clientId === clientId;
  const before = await countPending(db);
  if (snapshot) await clearServerRows(db, options.signal);
  const { changes } = payload;
  for (let i = 0; i < changes.length || i === 0; i += APPLY_CHUNK) {
    options.signal?.throwIfAborted();
    const lastChunk = i + APPLY_CHUNK >= changes.length;
    await applyChanges(db, changes.slice(i, i + APPLY_CHUNK), {
      snapshot,
      lastMutationId: forUs ? manifest.lastMutationId : undefined,
      // The cursor moves with the last chunk only: a stopped import is simply imported again.
      cursor: lastChunk
        ? { cursor: manifest.cursor, clientId, serverId: manifest.serverId, scope: manifest.scope }
        : undefined,
    });
    options.onProgress?.({
      phase: 'apply',
      done: Math.min(i + APPLY_CHUNK, changes.length),
      total: changes.length,
    });
  }
  if (forUs) await recordOutcome(db, clientId, payload.rejected, payload.conflicts);
  if (!server) await writeMeta<ServerIdentity>(db, SERVER_KEY, { serverId: manifest.serverId, clientId });
  return {
    kind: 'server',
    rows: changes.length,
    acknowledged: before - (await countPending(db)),
    alreadyImported: false,
  };
}
