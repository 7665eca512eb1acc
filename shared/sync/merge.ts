import type { SyncedTable } from '../model/record';
import { decodeHlc, MAX_PUSH_AHEAD_MS } from './hlc';
import type { Mutation, RejectCode } from './protocol';

/**
 * How the server merges one mutation into a record (docs/ARCHITECTURE.md "Sync protocol"): per field,
 * last writer wins by HLC, and the HLC string ends in the writing client's id, so equal
 * clocks fall back to comparing client ids. A delete leaves a tombstone that later edits
 * cannot undo; only a create with a newer clock (a restore) brings the record back. Two
 * clients changing one field without having seen each other's change is a conflict: the
 * winner is still chosen by the clock, and a conflict record lets people check the choice.
 * Pure, so the same rules are tested without a database.
 */

/** Per field: the HLC of the value held and the revision that wrote it. */
export type FieldStamp = [hlc: string, rev: number];

/** A record as the server stores it (one row of its generic `records` table). */
export interface StoredRecord {
  table: SyncedTable;
  id: string;
  orgPath: string;
  /** The record's fields (orgPath included, id and server-managed fields not); no nulls. */
  data: Record<string, unknown>;
  stamps: Record<string, FieldStamp>;
  deleted: boolean;
  /** Stamp of the delete, or of the create that restored the record. */
  deletedStamp?: FieldStamp;
  rev: number;
  updatedAt: string;
  updatedBy: string;
}

/** The other side of a conflict, before the server looks up who wrote it (by `rev`). */
export interface ConflictDraft {
  field: string | null;
  kind: 'field' | 'delete';
  mine: { value?: unknown; deleted?: boolean; hlc: string };
  theirs: { value?: unknown; deleted?: boolean; hlc: string; rev: number };
  winner: 'mine' | 'theirs';
  restore?: Record<string, unknown>;
}

export interface MergeContext {
  /** The revision a change made by this mutation gets. */
  rev: number;
  /** ISO time and user name recorded on the record. */
  at: string;
  user: string;
  /** Server wall clock, to refuse clocks too far ahead. */
  now: number;
}

export type MergeOutcome =
  | { kind: 'rejected'; code: RejectCode; message: string }
  | {
      kind: 'applied';
      /** The record after the mutation; the same object as before when nothing changed. */
      record: StoredRecord;
      changed: boolean;
      /** Field → [old, new] for the values that changed; null stands for "no value". */
      changes: Record<string, [unknown, unknown]>;
      /** Fields the mutation set whose value lost to a newer one. */
      lost: string[];
      conflicts: ConflictDraft[];
    };

/** The client that wrote a stamp: the node part of its HLC. */
export function writerOf(stamp: FieldStamp): string {
  return decodeHlc(stamp[0]).node;
}

/** The newest HLC a record carries, so a client that reads it moves its clock past it. */
export function latestHlc(record: StoredRecord): string {
  let latest = record.deletedStamp?.[0] ?? '';
  for (const [hlc] of Object.values(record.stamps)) if (hlc > latest) latest = hlc;
  return latest;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const absent = (v: unknown) => v === undefined || v === null;

/**
 * Whether the mutation's client had not seen the change behind `stamp`: it was written by
 * another client at a revision later than the one the mutation was made on.
 */
function unseen(stamp: FieldStamp, m: Mutation): boolean {
  return stamp[1] > (m.baseRev ?? 0) && writerOf(stamp) !== m.clientId;
}

function stampRecord(record: StoredRecord, ctx: MergeContext): void {
  record.rev = ctx.rev;
  record.updatedAt = ctx.at;
  record.updatedBy = ctx.user;
  record.orgPath = typeof record.data.orgPath === 'string' ? record.data.orgPath : record.orgPath;
}

/**
 * The stamp says who wrote a field and when, and decides conflicts: it must be the pushing
 * client's own (the server binds the client to the session's user), and not dated ahead.
 */
function checkClock(m: Mutation, now: number): MergeOutcome | null {
  const { millis, node } = decodeHlc(m.hlc);
  if (node !== m.clientId) {
    return {
      kind: 'rejected',
      code: 'invalid',
      message:
        '修改的时间戳属于另一台电脑，未保存。（The change is stamped with another computer’s clock; it was not stored.）',
    };
  }
  if (millis - now > MAX_PUSH_AHEAD_MS) {
    return {
      kind: 'rejected',
      code: 'clock',
      message:
        '修改时间比服务器时间晚一小时以上，请校正本机时钟。（The change is dated more than an hour ahead of the server; check this computer’s clock.）',
    };
  }
  return null;
}

/**
 * Field names come from data: a record may have a field named constructor or toString. Maps of
 * fields have no prototype, so such a name is an ordinary key, never Object.prototype's.
 */
function fieldMap<T>(from: Record<string, T> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, from);
}

/** Sets the fields of `m` that win by clock; returns what changed, what lost and the conflicts. */
function mergeFields(record: StoredRecord, m: Mutation, ctx: MergeContext) {
  const changes = fieldMap<[unknown, unknown]>();
  const lost: string[] = [];
  const conflicts: ConflictDraft[] = [];
  let stampsMoved = false;
  for (const [field, incoming] of Object.entries(m.changedFields)) {
    const stamp = record.stamps[field];
    const current = record.data[field];
    const wins = !stamp || m.hlc > stamp[0];
    if (
      stamp &&
      unseen(stamp, m) &&
      !sameValue(absent(current) ? null : current, absent(incoming) ? null : incoming)
    ) {
      conflicts.push({
        field,
        kind: 'field',
        mine: { value: incoming ?? null, hlc: m.hlc },
        theirs: { value: current ?? null, hlc: stamp[0], rev: stamp[1] },
        winner: wins ? 'mine' : 'theirs',
      });
    }
    if (!wins) {
      lost.push(field);
      continue;
    }
    record.stamps[field] = [m.hlc, ctx.rev];
    stampsMoved = true;
    if (sameValue(current ?? null, incoming ?? null)) continue;
    changes[field] = [current ?? null, incoming ?? null];
    if (absent(incoming)) delete record.data[field];
    else record.data[field] = incoming;
  }
  return { changes, lost, conflicts, stampsMoved };
}

const copy = (r: StoredRecord): StoredRecord => ({
  ...r,
  data: fieldMap(r.data),
  stamps: fieldMap(r.stamps),
});

/**
 * Merges mutation `m` into `existing` (undefined: the server has no such record). Checks
 * shape and clock, not permissions: the caller authorizes first (shared/sync/authorize.ts).
 */
export function mergeMutation(
  existing: StoredRecord | undefined,
  m: Mutation,
  ctx: MergeContext,
): MergeOutcome {
  const clock = checkClock(m, ctx.now);
  if (clock) return clock;

  if (m.op === 'delete') {
    // Deleting what the server does not hold (or no longer holds) changes nothing.
    if (!existing || existing.deleted) {
      return { kind: 'applied', record: existing!, changed: false, changes: {}, lost: [], conflicts: [] };
    }
    const record = copy(existing);
    const conflicts: ConflictDraft[] = [];
    const unseenFields = Object.entries(existing.stamps).filter(([, s]) => unseen(s, m));
    if (unseenFields.length > 0) {
      const newest = unseenFields.reduce((a, b) => (b[1][0] > a[1][0] ? b : a));
      conflicts.push({
        field: null,
        kind: 'delete',
        mine: { deleted: true, hlc: m.hlc },
        theirs: {
          value: Object.fromEntries(unseenFields.map(([f]) => [f, existing.data[f] ?? null])),
          hlc: newest[1][0],
          rev: newest[1][1],
        },
        winner: 'mine',
        restore: { ...existing.data },
      });
    }
    record.deleted = true;
    record.deletedStamp = [m.hlc, ctx.rev];
    stampRecord(record, ctx);
    return { kind: 'applied', record, changed: true, changes: {}, lost: [], conflicts };
  }

  if (!existing) {
    if (m.op === 'update') {
      return {
        kind: 'rejected',
        code: 'gone',
        message:
          '服务器上没有这条记录（可能已被删除很久）。（The server does not hold this record; it may have been deleted long ago.）',
      };
    }
    const orgPath = m.changedFields.orgPath;
    if (typeof orgPath !== 'string') {
      return {
        kind: 'rejected',
        code: 'invalid',
        message: '新记录缺少所属区划（orgPath）。（A new record must name its jurisdiction, orgPath.）',
      };
    }
    const data = fieldMap<unknown>();
    const stamps = fieldMap<FieldStamp>();
    const changes = fieldMap<[unknown, unknown]>();
    for (const [field, value] of Object.entries(m.changedFields)) {
      stamps[field] = [m.hlc, ctx.rev];
      if (absent(value)) continue;
      data[field] = value;
      changes[field] = [null, value];
    }
    const record: StoredRecord = {
      table: m.table,
      id: m.id,
      orgPath,
      data,
      stamps,
      deleted: false,
      rev: ctx.rev,
      updatedAt: ctx.at,
      updatedBy: ctx.user,
    };
    return { kind: 'applied', record, changed: true, changes, lost: [], conflicts: [] };
  }

  if (existing.deleted) {
    const deletedStamp = existing.deletedStamp ?? ['', 0];
    // A create newer than the delete restores the record (someone chose to keep it).
    if (m.op === 'create' && m.hlc > deletedStamp[0]) {
      const record = copy(existing);
      record.deleted = false;
      record.deletedStamp = [m.hlc, ctx.rev];
      const merged = mergeFields(record, m, ctx);
      stampRecord(record, ctx);
      return {
        kind: 'applied',
        record,
        changed: true,
        changes: merged.changes,
        lost: merged.lost,
        // The restorer has seen the delete; earlier field stamps are not news to them.
        conflicts: [],
      };
    }
    const conflicts: ConflictDraft[] = [];
    if (unseen(deletedStamp, m)) {
      conflicts.push({
        field: null,
        kind: 'delete',
        mine: { value: m.changedFields, hlc: m.hlc },
        theirs: { deleted: true, hlc: deletedStamp[0], rev: deletedStamp[1] },
        winner: 'theirs',
        restore: { ...existing.data, ...m.changedFields },
      });
    }
    return {
      kind: 'applied',
      record: existing,
      changed: false,
      changes: {},
      lost: Object.keys(m.changedFields),
      conflicts,
    };
  }

  const record = copy(existing);
  const merged = mergeFields(record, m, ctx);
  const changed = merged.stampsMoved;
  if (changed) stampRecord(record, ctx);
  return {
    kind: 'applied',
    record: changed ? record : existing,
    changed,
    changes: merged.changes,
    lost: merged.lost,
    conflicts: merged.conflicts,
  };
}
