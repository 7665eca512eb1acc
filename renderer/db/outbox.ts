import type { Dexie, Table } from 'dexie';
import type { OutboxEntry } from '@shared/sync/outbox';
import { MAX_PUSH_MUTATIONS } from '@shared/sync/protocol';

/**
 * The outbox as IndexedDB holds it. A write of many rows at once (an Excel import, an undo)
 * stores its entries packed in one record instead of one record each: Chromium pays about
 * 100 µs per record written whatever its size, so one entry per imported row doubled the
 * cost of an import (240,000 coordinators: the import's commit took 84 s, packed 47 s). The
 * entries themselves — ids, clocks, fields — are the same either way; everything that reads
 * the outbox goes through this module, which unpacks.
 */
export interface PackedEntries {
  /** The first entry's mutation id (the store's key, so records stay in id order). */
  mutationId: number;
  /** The last entry's mutation id; the ids in between are all here, in order. */
  last: number;
  /** `table\0id` of every entry: the index that finds the pending changes of a record. */
  keys: string[];
  entries: OutboxEntry[];
}

export type OutboxRecord = OutboxEntry | PackedEntries;

/** Entries of one write from which they are packed (fewer stay one record each). */
export const PACK_MIN = 64;
/**
 * Entries per packed record: a push page's worth, so pushing mostly acknowledges whole
 * records instead of rewriting what is left of a larger one after every page.
 */
export const PACK_MAX = MAX_PUSH_MUTATIONS;

export const isPacked = (r: OutboxRecord): r is PackedEntries => 'entries' in r;

export const entryKey = (table: string, id: string) => `${table}\u0000${id}`;

/** The outbox records of one write's entries: one each, or packed by PACK_MAX. */
export function outboxRecords(entries: OutboxEntry[], packMin = PACK_MIN): OutboxRecord[] {
  if (entries.length < packMin) return entries;
  const records: OutboxRecord[] = [];
  for (let i = 0; i < entries.length; i += PACK_MAX) records.push(pack(entries.slice(i, i + PACK_MAX)));
  return records;
}

export function pack(entries: OutboxEntry[]): PackedEntries {
  return {
    mutationId: entries[0]!.mutationId,
    last: entries[entries.length - 1]!.mutationId,
    keys: [...new Set(entries.map((e) => entryKey(e.table, e.id)))],
    entries,
  };
}

interface WithOutbox extends Dexie {
  outbox: Table<OutboxRecord, number>;
}

const lastIdOf = (r: OutboxRecord) => (isPacked(r) ? r.last : r.mutationId);

/**
 * Changes waiting to be pushed, without reading packed entries (their keys say how many).
 * One read transaction, so a write landing in between cannot be half counted.
 */
export function countPending(db: WithOutbox): Promise<number> {
  return db.transaction('r', db.outbox, async () => {
    const [records, firsts, lasts] = await Promise.all([
      db.outbox.count(),
      db.outbox.where('last').above(0).primaryKeys(),
      db.outbox.where('last').above(0).keys(),
    ]);
    let extra = 0;
    // Both in the index's order, so the n-th first id and the n-th last id are one record's.
    firsts.forEach((first, i) => (extra += (lasts[i] as number) - first));
    return records + extra;
  });
}

/** Entries with ids after `after`, oldest first, at most `limit`. */
export function readPending(db: WithOutbox, after: number, limit: number): Promise<OutboxEntry[]> {
  return db.transaction('r', db.outbox, async () => {
    const out: OutboxEntry[] = [];
    // A packed record that starts at or before `after` may run past it.
    const head = await db.outbox.where('mutationId').belowOrEqual(after).last();
    if (head && isPacked(head)) out.push(...head.entries.filter((e) => e.mutationId > after));
    // Record by record, stopping once the page is full: a packed record holds many entries.
    await db.outbox
      .where('mutationId')
      .above(head ? Math.max(after, lastIdOf(head)) : after)
      .until(() => out.length >= limit)
      .each((r) => {
        if (isPacked(r)) out.push(...r.entries);
        else out.push(r);
      });
    return out.slice(0, limit);
  });
}

/** Every pending entry, oldest first. */
export async function readAllPending(db: WithOutbox): Promise<OutboxEntry[]> {
  const records = await db.outbox.orderBy('mutationId').toArray();
  return records.flatMap((r) => (isPacked(r) ? r.entries : [r]));
}

/** The pending entries of these records, oldest first. */
export async function pendingFor(
  db: WithOutbox,
  keys: readonly { table: string; id: string }[],
): Promise<OutboxEntry[]> {
  if (keys.length === 0) return [];
  const wanted = new Set(keys.map((k) => entryKey(k.table, k.id)));
  const [single, packed] = await Promise.all([
    db.outbox
      .where('[table+id]')
      .anyOf(keys.map((k) => [k.table, k.id]))
      .toArray() as Promise<OutboxEntry[]>,
    db.outbox
      .where('keys')
      .anyOf([...wanted])
      .distinct()
      .toArray() as Promise<PackedEntries[]>,
  ]);
  const entries = single.concat(
    packed.flatMap((p) => p.entries.filter((e) => wanted.has(entryKey(e.table, e.id)))),
  );
  return entries.sort((a, b) => a.mutationId - b.mutationId);
}

/**
 * Drops the entries the server has applied (ids up to `upTo`); a packed record the
 * acknowledgement cuts through keeps its later entries. One transaction (inside the
 * caller's, when there is one), so a stop in between loses no entry.
 */
export function dropAcknowledged(db: WithOutbox, upTo: number): Promise<void> {
  return db.transaction('rw', db.outbox, async () => {
    const straddling = await db.outbox.where('mutationId').belowOrEqual(upTo).last();
    await db.outbox.where('mutationId').belowOrEqual(upTo).delete();
    if (straddling && isPacked(straddling) && straddling.last > upTo) {
      const rest = straddling.entries.filter((e) => e.mutationId > upTo);
      await db.outbox.add(rest.length >= 2 ? pack(rest) : rest[0]!);
    }
  });
}
