import type { DBCore, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Dexie, Middleware } from 'dexie';
import { SERVER_MANAGED_FIELDS, isSyncedTable, type SyncedTable } from '@shared/model/record';
import { encodeHlc, decodeHlc, tickHlc } from '@shared/sync/hlc';
import type { MutationOp, OutboxEntry } from '@shared/sync/outbox';
import { newId } from '@shared/ids';
import { dequal } from 'dequal';
import { outboxRecords, PACK_MIN } from './outbox';
import { zonedInOrder } from './zoned';

/**
 * Outbox capture (docs/ARCHITECTURE.md "Mutation capture", modelled on Dexie Cloud's mutation
 * tracking): a DBCore middleware that writes one outbox entry per changed row in the same
 * IndexedDB transaction as the change, for every write type — add, put (and so update,
 * modify, upsert, bulk*), delete and range delete. No repository can forget it, and an
 * aborted transaction takes its outbox entries and its mutation ids with it, which keeps
 * the ids gap-free.
 */

export const OUTBOX_TABLE = 'outbox';
export const META_TABLE = 'meta';
export const CLOCK_KEY = 'clock';
/** What the local data came from, e.g. `{kind: 'demo', scope: …}` (db/local-data.ts). */
export const DATASET_KEY = 'dataset';

/** The client's identity and counters, one row in `meta`. */
export interface ClockRow {
  key: typeof CLOCK_KEY;
  clientId: string;
  /** Last mutation id handed out (0 before the first). */
  lastMutationId: number;
  hlc: string;
}

/** Expando set on a transaction whose writes must not be captured (rows applied from the server, demo data). */
export interface CaptureExpandos {
  noCapture?: boolean;
}

const SKIPPED_FIELDS = new Set<string>(SERVER_MANAGED_FIELDS);

type Row = Record<string, unknown>;
type Trans = DBCoreTransaction & CaptureExpandos & { mode?: IDBTransactionMode };

/**
 * Per transaction, the clock as this transaction sees it. Several mutate calls can run
 * in one transaction before any of them finishes (Promise.all of two puts); they share
 * one read of the clock and hand out ids synchronously from it, so ids never repeat.
 */
const clocks = new WeakMap<object, Promise<ClockRow>>();
/**
 * Per transaction, whether the local data is the demo dataset. Demo data never reaches a server
 * (sign-in and bundles refuse it), so an edit to it queues nothing: an outbox entry there could
 * only ever show as "待同步" and never leave.
 */
const demos = new WeakMap<object, Promise<boolean>>();
/** Per transaction, the last captured write: the next one waits for it (see zonedInOrder). */
const tails = new WeakMap<object, Promise<unknown>>();

/** Deep equality regardless of key order: rows back from a server may list keys differently. */
const sameValue = dequal;

/** Fields a write sets: all for a new row, the differing ones for an existing row. Removed fields become null. */
export function changedFields(before: Row | undefined, after: Row): Row {
  const changes: Row = {};
  for (const [field, value] of Object.entries(after)) {
    if (SKIPPED_FIELDS.has(field) || field === 'id') continue;
    if (value === undefined) continue;
    if (!before || !sameValue(before[field], value)) changes[field] = value;
  }
  if (before) {
    for (const field of Object.keys(before)) {
      if (SKIPPED_FIELDS.has(field) || field === 'id') continue;
      if (before[field] !== undefined && after[field] === undefined) changes[field] = null;
    }
  }
  return changes;
}

/** A new client identity: a fresh id, no mutation yet, the clock at zero. */
function newClock(): ClockRow {
  const clientId = newId();
  return {
    key: CLOCK_KEY,
    clientId,
    lastMutationId: 0,
    hlc: encodeHlc({ millis: 0, counter: 0, node: clientId }),
  };
}

/**
 * A new client identity for this database, when the workstation passes to another user: the
 * server binds a client id to the user who pushed with it. Only with nothing left to push —
 * queued changes carry the old id — which the caller checks in the same transaction.
 */
export async function startNewClientClock(
  db: Dexie,
  pending: () => Promise<number>,
): Promise<ClockRow | number> {
  return db.transaction('rw', [META_TABLE, 'outbox'], async () => {
    const queued = await pending();
    if (queued > 0) return queued;
    const clock = newClock();
    await db.table(META_TABLE).put(clock);
    return clock;
  });
}

/**
 * Gives this database its client identity before the first change, so the identity shows in
 * Settings and a sync can introduce the client. Written without capture: it is not data.
 */
export async function ensureClientClock(db: Dexie): Promise<ClockRow> {
  return db.transaction('rw', META_TABLE, async () => {
    const existing = (await db.table(META_TABLE).get(CLOCK_KEY)) as ClockRow | undefined;
    if (existing) return existing;
    const clock = newClock();
    await db.table(META_TABLE).put(clock);
    return clock;
  });
}

interface Change {
  id: string;
  op: MutationOp;
  changedFields: Row;
  before?: Row;
}

export interface CaptureOptions {
  /** Wall clock for the HLC; injectable for tests. */
  now?: () => number;
  /** Entries of one write from which they are stored packed (db/outbox.ts); tests lower it. */
  packMin?: number;
}

export function createCaptureMiddleware(options: CaptureOptions = {}): Middleware<DBCore> {
  const now = options.now ?? (() => Date.now());
  const packMin = options.packMin ?? PACK_MIN;
  return {
    stack: 'dbcore',
    name: 'outboxCapture',
    level: 5,
    create: (down) => {
      const outbox = () => down.table(OUTBOX_TABLE);
      const meta = () => down.table(META_TABLE);

      function clockFor(trans: Trans): Promise<ClockRow> {
        let clock = clocks.get(trans);
        if (!clock) {
          clock = meta()
            .get({ trans, key: CLOCK_KEY })
            .then((row: ClockRow | undefined) => row ?? newClock());
          clocks.set(trans, clock);
        }
        return clock;
      }

      function isDemo(trans: Trans): Promise<boolean> {
        let demo = demos.get(trans);
        if (!demo) {
          demo = meta()
            .get({ trans, key: DATASET_KEY })
            .then((row: { value?: { kind?: unknown } } | undefined) => row?.value?.kind === 'demo');
          demos.set(trans, demo);
        }
        return demo;
      }

      /** Steps that write the outbox entries of `changes` (run inside the caller's steps). */
      function* record(
        trans: Trans,
        table: SyncedTable,
        changes: Change[],
      ): Generator<unknown, void, unknown> {
        if (changes.length === 0) return;
        // Both reads go out together: one round trip, as before the demo check.
        const [demo, clock] = (yield Promise.all([isDemo(trans), clockFor(trans)])) as [boolean, ClockRow];
        if (demo) return;
        let hlc = decodeHlc(clock.hlc);
        const entries: OutboxEntry[] = changes.map((c) => {
          hlc = tickHlc(hlc, now());
          clock.lastMutationId += 1;
          const entry: OutboxEntry = {
            clientId: clock.clientId,
            mutationId: clock.lastMutationId,
            hlc: encodeHlc(hlc),
            table,
            id: c.id,
            op: c.op,
            changedFields: c.changedFields,
          };
          if (typeof c.before?.rev === 'number') entry.baseRev = c.before.rev;
          if (typeof c.before?.orgPath === 'string') entry.baseOrgPath = c.before.orgPath;
          return entry;
        });
        clock.hlc = encodeHlc(hlc);
        const values = outboxRecords(entries, packMin);
        const res = (yield outbox().mutate({ trans, type: 'add', values })) as DBCoreMutateResponse;
        if (res.numFailures > 0) throw res.failures[0] ?? new Error('outbox write failed');
        // Requests run in order within a transaction, so the last put holds the highest id.
        yield meta().mutate({ trans, type: 'put', values: [{ ...clock }] });
      }

      const succeeded = (res: DBCoreMutateResponse, index: number) => !(index in (res.failures ?? {}));

      function capturedTable(name: SyncedTable, table: DBCoreTable): DBCoreTable {
        const extractKey = table.schema.primaryKey.extractKey;
        const keyOf = (row: Row) => (extractKey ? extractKey(row) : undefined) as string;
        return {
          ...table,
          mutate: (req) => {
            const trans = req.trans as Trans;
            if (trans.noCapture || trans.mode === 'versionchange') return table.mutate(req);
            return zonedInOrder(tails, trans, function* () {
              const changes: Change[] = [];
              let res: DBCoreMutateResponse;
              switch (req.type) {
                case 'add': {
                  res = (yield table.mutate(req)) as DBCoreMutateResponse;
                  req.values.forEach((v: Row, i) => {
                    if (succeeded(res, i))
                      changes.push({
                        id: keyOf(v),
                        op: 'create',
                        changedFields: changedFields(undefined, v),
                      });
                  });
                  break;
                }
                case 'put': {
                  const keys = req.keys ?? req.values.map(keyOf);
                  const stored = (yield table.getMany({ trans, keys })) as (Row | undefined)[];
                  res = (yield table.mutate(req)) as DBCoreMutateResponse;
                  // The same id twice in one bulkPut: the second write's "before" is the first.
                  const latest = new Map<string, Row | undefined>();
                  req.values.forEach((v: Row, i) => {
                    if (!succeeded(res, i)) return;
                    const key = keys[i] as string;
                    const old = latest.has(key) ? latest.get(key) : stored[i];
                    latest.set(key, v);
                    const fields = changedFields(old, v);
                    if (old && Object.keys(fields).length === 0) return; // nothing changed, nothing to sync
                    changes.push({
                      id: key,
                      op: old ? 'update' : 'create',
                      changedFields: fields,
                      before: old,
                    });
                  });
                  break;
                }
                case 'delete': {
                  const before = (yield table.getMany({ trans, keys: req.keys })) as (Row | undefined)[];
                  res = (yield table.mutate(req)) as DBCoreMutateResponse;
                  req.keys.forEach((key, i) => {
                    const old = before[i];
                    if (old && succeeded(res, i))
                      changes.push({ id: key as string, op: 'delete', changedFields: {}, before: old });
                  });
                  break;
                }
                case 'deleteRange': {
                  const found = (yield table.query({
                    trans,
                    values: true,
                    query: { index: table.schema.primaryKey, range: req.range },
                  })) as { result: Row[] };
                  res = (yield table.mutate(req)) as DBCoreMutateResponse;
                  if (res.numFailures === 0) {
                    for (const old of found.result)
                      changes.push({ id: keyOf(old), op: 'delete', changedFields: {}, before: old });
                  }
                  break;
                }
              }
              yield* record(trans, name, changes);
              return res;
            });
          },
        };
      }

      return {
        ...down,
        // Every read-write transaction over a synced table also covers the outbox and the
        // clock, so capture can write them without the caller naming them.
        transaction: (stores, mode, opts) => {
          const extended =
            mode === 'readwrite' && stores.some(isSyncedTable)
              ? [...new Set([...stores, OUTBOX_TABLE, META_TABLE])]
              : stores;
          return down.transaction(extended, mode, opts);
        },
        table: (name) => {
          const table = down.table(name);
          return isSyncedTable(name) ? capturedTable(name, table) : table;
        },
      };
    },
  };
}
