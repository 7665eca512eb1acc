import Dexie, { type Table } from 'dexie';
import { dequal } from 'dequal';
import { SYNCED_TABLES, type SyncedTable } from '@shared/model/record';
import type { OutboxEntry } from '@shared/sync/outbox';
import type { ChangeRow } from '@shared/sync/protocol';
import { rebaseRow } from '@shared/sync/rebase';
import { ClockAheadError, decodeHlc, encodeHlc, receiveHlc, type HlcState } from '@shared/sync/hlc';
import { withoutCapture, type StreetDeskDb } from '../db';
import { CLOCK_KEY, type ClockRow } from '../db/capture';
import { dropAcknowledged, entryKey, pendingFor, readAllPending } from '../db/outbox';
import { CURSOR_KEY, type CursorState } from './state';

type Row = Record<string, unknown>;

export interface ApplyOptions {
  /** Stored with the rows, in the same transaction: an interrupted pull resumes after this page. */
  cursor?: CursorState;
  /** Outbox entries up to this id are acknowledged by the server and dropped first. */
  lastMutationId?: number;
  /**
   * A snapshot page: rows without pending changes are written without reading what is
   * stored (the loader cleared server rows first), which halves the work of a first load.
   */
  snapshot?: boolean;
}

/**
 * Applies server rows (docs/ARCHITECTURE.md: "the client rebases"): each row is written as the server
 * has it, except fields with pending outbox entries, which keep their local values until
 * the server has merged them; tombstones and rows that left the scope are removed. Written
 * without capture — these are not local edits — with the catalog kept by its middleware,
 * the client clock moved past every clock seen, and the cursor, all in one transaction.
 */
export async function applyChanges(
  db: StreetDeskDb,
  changes: readonly ChangeRow[],
  options: ApplyOptions = {},
): Promise<void> {
  const byTable = new Map<SyncedTable, ChangeRow[]>();
  for (const c of changes) {
    const list = byTable.get(c.table) ?? [];
    list.push(c);
    byTable.set(c.table, list);
  }
  const tables = [...byTable.keys()];
  await withoutCapture(db, [...tables, 'outbox', 'meta'], async () => {
    if (options.lastMutationId) await dropAcknowledged(db, options.lastMutationId);

    const pending = new Map<string, OutboxEntry[]>();
    if (changes.length > 0 && (await db.outbox.count()) > 0) {
      for (const e of await pendingFor(db, changes)) {
        const list = pending.get(entryKey(e.table, e.id)) ?? [];
        list.push(e);
        pending.set(entryKey(e.table, e.id), list);
      }
    }

    let latest = '';
    for (const [table, rows] of byTable) {
      const store = db.table<Row, string>(table);
      // The last row of a record in a page is its current state.
      const last = new Map<string, ChangeRow>();
      for (const r of rows) {
        last.set(r.id, r);
        if (r.hlc && r.hlc > latest) latest = r.hlc;
      }
      let ids = [...last.keys()];
      if (options.snapshot) {
        const fresh = ids.filter((id) => !pending.has(entryKey(table, id)));
        const refused = await addFresh(
          store,
          fresh.map((id) => last.get(id)!),
        );
        ids = ids.filter((id) => pending.has(entryKey(table, id))).concat(refused);
      }
      const stored = new Map<string, Row>();
      if (ids.length > 0) {
        const found = await store.bulkGet(ids);
        found.forEach((row, i) => row && stored.set(ids[i]!, row));
      }
      const puts: Row[] = [];
      const deletes: string[] = [];
      for (const id of ids) {
        const local = stored.get(id);
        const result = rebaseRow(last.get(id)!, local, pending.get(entryKey(table, id)) ?? []);
        if (result.kind === 'put') {
          if (!local || !dequal(local, result.row)) puts.push(result.row);
        } else if (result.kind === 'delete') deletes.push(id);
      }
      if (deletes.length > 0) await store.bulkDelete(deletes);
      if (table === 'orgUnits' && puts.length > 0) await makeRoomForCodes(store, puts);
      if (puts.length > 0) await store.bulkPut(puts);
    }

    if (latest) await receiveClock(db, latest);
    if (options.cursor) await db.meta.put({ key: CURSOR_KEY, value: options.cursor });
  });
}

/**
 * Org unit codes are unique here (`&code`), and a page may give a code to a unit while another
 * unit still holds it: one of the page that gives it up (a division change refused and set back
 * while the change that took the code arrives), or one whose own pending change moved it there —
 * a change the server will refuse, since the code is taken, and set back right after. The page's
 * units are cleared before they are put, and a unit outside the page that holds one of their codes
 * is parked under a code of its own (`code#id`) until its pending change is answered.
 */
async function makeRoomForCodes(store: Table<Row, string>, puts: readonly Row[]): Promise<void> {
  const ids = new Set(puts.map((r) => r.id as string));
  const codes = puts.map((r) => r.code).filter((c): c is string => typeof c === 'string');
  const holders = (await store.where('code').anyOf(codes).toArray()).filter((u) => !ids.has(u.id as string));
  if (puts.length > 1) await store.bulkDelete([...ids]);
  if (holders.length > 0)
    await store.bulkPut(holders.map((u) => ({ ...u, code: `${String(u.code)}#${String(u.id)}` })));
}

/**
 * A snapshot's rows without pending changes, added as new: the loader cleared the server's
 * rows first, so almost none exists, and an add spares the catalog reading what a put would
 * replace (half the cost of a first load). The few that do exist (a local row the server
 * has not sent back yet, a shipped reference row) are refused by the store and returned, to
 * be applied like any other change.
 */
async function addFresh(store: Table<Row, string>, changes: readonly ChangeRow[]): Promise<string[]> {
  const rows: Row[] = [];
  const ids: string[] = [];
  for (const change of changes) {
    const result = rebaseRow(change, undefined, []);
    if (result.kind === 'put') {
      rows.push(result.row);
      ids.push(change.id);
    }
  }
  if (rows.length === 0) return [];
  try {
    await store.bulkAdd(rows);
    return [];
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    return Object.keys(error.failuresByPos).map((pos) => ids[Number(pos)]!);
  }
}

/**
 * Moves the client's clock past a clock it has seen, so a change made after reading a value
 * is always newer than it, whatever this computer's wall clock says.
 */
async function receiveClock(db: StreetDeskDb, remote: string): Promise<void> {
  const clock = (await db.meta.get(CLOCK_KEY)) as ClockRow | undefined;
  if (!clock || remote <= clock.hlc) return;
  let next: HlcState;
  try {
    next = receiveHlc(decodeHlc(clock.hlc), remote, Date.now());
  } catch (error) {
    // A clock more than a day ahead (a server row from a misset machine) is not followed.
    if (error instanceof ClockAheadError) return;
    throw error;
  }
  // Outside the try: a failed write must abort the page, or its rows would land with our
  // clock behind them and a later local edit could lose to what it has already seen.
  await db.meta.put({ ...clock, hlc: encodeHlc(next) });
}

const CLEAR_BATCH = 2_000;

/**
 * Before a snapshot: removes rows that came from the server (they carry `rev`) and have no
 * pending change, so a record deleted on the server while we were away does not linger.
 * Local changes, and shipped reference rows the server never sent, stay.
 */
export async function clearServerRows(db: StreetDeskDb, signal?: AbortSignal): Promise<void> {
  const pending = new Set((await readAllPending(db)).map((e) => entryKey(e.table, e.id)));
  for (const table of SYNCED_TABLES) {
    const store = db.table<Row, string>(table);
    const ids: string[] = [];
    await store.each((row) => {
      if (row.rev !== undefined && !pending.has(entryKey(table, row.id as string)))
        ids.push(row.id as string);
    });
    for (let i = 0; i < ids.length; i += CLEAR_BATCH) {
      signal?.throwIfAborted();
      await withoutCapture(db, [table], () => store.bulkDelete(ids.slice(i, i + CLEAR_BATCH)));
    }
  }
}
