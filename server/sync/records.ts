import type { SyncedTable } from '@shared/model/record';
import type { FieldStamp, StoredRecord } from '@shared/sync/merge';
import { latestHlc } from '@shared/sync/merge';
import type { ChangeRow } from '@shared/sync/protocol';
import type { SessionUser } from '@shared/auth/roles';
import type { Queryable } from '../db/database';
import { ancestorsOf as unitsAbove } from '@shared/org/paths';

/**
 * The generic record store: one `records` row per (table, id) with the record's fields as
 * jsonb and, per field, the clock and revision that wrote it. Every synced table of the app
 * lives here, so a new table needs no server change.
 */
export interface RecordRow {
  tbl: SyncedTable;
  id: string;
  org_path: string;
  data: Record<string, unknown>;
  stamps: Record<string, FieldStamp>;
  deleted: boolean;
  deleted_stamp: FieldStamp | null;
  rev: number;
  max_hlc: string;
  updated_at: string;
  updated_by: string;
}

export const recordKey = (table: string, id: string) => `${table}\u0000${id}`;

export function fromRow(r: RecordRow): StoredRecord {
  const record: StoredRecord = {
    table: r.tbl,
    id: r.id,
    orgPath: r.org_path,
    data: r.data,
    stamps: r.stamps,
    deleted: r.deleted,
    rev: r.rev,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
  if (r.deleted_stamp) record.deletedStamp = r.deleted_stamp;
  return record;
}

/** A record as a pull sends it: full data, or a tombstone. */
export function changeOf(
  r: Pick<RecordRow, 'tbl' | 'id' | 'data' | 'deleted' | 'rev' | 'updated_at' | 'updated_by' | 'max_hlc'>,
): ChangeRow {
  const change: ChangeRow = {
    table: r.tbl,
    id: r.id,
    rev: r.rev,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    hlc: r.max_hlc,
  };
  if (r.deleted) change.deleted = true;
  else change.data = r.data;
  return change;
}

/** Reads the records with these keys (those that exist). */
export async function loadRecords(
  tx: Queryable,
  keys: readonly { table: string; id: string }[],
  forUpdate = false,
): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>();
  if (keys.length === 0) return found;
  const rows = await tx.query<RecordRow>(
    `SELECT r.* FROM records r
       JOIN jsonb_to_recordset($1::jsonb) AS k(tbl text, id text) ON r.tbl = k.tbl AND r.id = k.id
      ORDER BY r.tbl, r.id${forUpdate ? ' FOR UPDATE OF r' : ''}`,
    [JSON.stringify(keys.map((k) => ({ tbl: k.table, id: k.id })))],
  );
  for (const row of rows) found.set(recordKey(row.tbl, row.id), fromRow(row));
  return found;
}

/** Inserts or replaces records in one statement. */
export async function saveRecords(tx: Queryable, records: readonly StoredRecord[]): Promise<void> {
  if (records.length === 0) return;
  await tx.query(
    `INSERT INTO records (tbl, id, org_path, data, stamps, deleted, deleted_stamp, rev, max_hlc, updated_at, updated_by)
     SELECT x.tbl, x.id, x.org_path, x.data, x.stamps, x.deleted, x.deleted_stamp, x.rev, x.max_hlc, x.updated_at, x.updated_by
       FROM jsonb_to_recordset($1::jsonb) AS x(
         tbl text, id text, org_path text, data jsonb, stamps jsonb, deleted boolean, deleted_stamp jsonb,
         rev bigint, max_hlc text, updated_at timestamptz, updated_by text)
     ON CONFLICT (tbl, id) DO UPDATE SET
       org_path = EXCLUDED.org_path, data = EXCLUDED.data, stamps = EXCLUDED.stamps,
       deleted = EXCLUDED.deleted, deleted_stamp = EXCLUDED.deleted_stamp, rev = EXCLUDED.rev,
       max_hlc = EXCLUDED.max_hlc, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
    [
      JSON.stringify(
        records.map((r) => ({
          tbl: r.table,
          id: r.id,
          org_path: r.orgPath,
          data: r.data,
          stamps: r.stamps,
          deleted: r.deleted,
          deleted_stamp: r.deletedStamp ?? null,
          rev: r.rev,
          max_hlc: latestHlc(r),
          updated_at: r.updatedAt,
          updated_by: r.updatedBy,
        })),
      ),
    ],
  );
}

/**
 * SQL for "org_path lies inside the scope in parameter $n" that can use the (org_path, …)
 * index: the path itself, or the range of paths that start with `scope/` — in the "C"
 * collation '/' sorts right before '0', so they are exactly those in [scope/, scope0).
 */
/**
 * The org paths above a scope: '' (the city) and, for a street, its district. Their records —
 * the city's lists, holiday years, categories and departments — are read by everyone below
 * them (read-only by the role rules), so pull sends them with the scope's own.
 */
export function ancestorsOf(scope: string): string[] {
  return scope === '' ? [] : ['', ...unitsAbove(scope)];
}

/** scopeCondition, plus the records of the scope's ancestors (param `ancestorsParam`: a text[]). */
export function readableCondition(
  column: string,
  param: number,
  ancestorsParam: number,
  scope: string,
): string {
  if (scope === '') return 'true';
  return `(${scopeCondition(column, param, scope)} OR ${column} = ANY($${ancestorsParam}::text[]))`;
}

export function scopeCondition(column: string, param: number, scope: string): string {
  if (scope === '') return 'true';
  return `(${column} = $${param}::text OR (${column} >= ($${param}::text || '/') AND ${column} < ($${param}::text || '0')))`;
}

/**
 * What a department user (双考核) reads of its scope: the calls that summon its unit, the events
 * they belong to, its own unit, and the org units that name where things are — nothing else of
 * the scope (no tickets, places or rosters: personal data stays with the street). `param` holds
 * the unit's id. Tombstones keep their data, so deletes of these rows match too.
 */
export function departmentCondition(param: number, alias = ''): string {
  const c = alias ? `${alias}.` : '';
  return `(${c}tbl = 'orgUnits'
    OR (${c}tbl = 'responders' AND ${c}id = $${param})
    OR (${c}tbl = 'whistleCalls' AND ${c}data->>'responderId' = $${param})
    OR (${c}tbl = 'whistles' AND ${c}id IN (
      SELECT mine.data->>'whistleId' FROM records mine
       WHERE mine.tbl = 'whistleCalls' AND mine.data->>'responderId' = $${param})))`;
}

/** The tables a department user holds: departures of others would only name ids it never had. */
export const DEPARTMENT_TABLES = ['orgUnits', 'responders', 'whistleCalls', 'whistles'] as const;

/**
 * Which of these rows a user may read beyond its scope's rule: all of them, except for a
 * department, which reads only the rows `departmentCondition` names (a whistle when a call of
 * its unit belongs to it). Used where single records are served (history, /sync/records).
 */
export async function visibleRows<
  T extends { tbl: string; id: string; data: Record<string, unknown> | null },
>(db: Queryable, user: Pick<SessionUser, 'role' | 'responderId'>, rows: readonly T[]): Promise<T[]> {
  if (user.role !== 'department') return [...rows];
  const responderId = user.responderId ?? '';
  const whistleIds = rows.filter((r) => r.tbl === 'whistles').map((r) => r.id);
  const mine = new Set<string>();
  if (whistleIds.length > 0 && responderId !== '') {
    const found = await db.query<{ whistle_id: string }>(
      `SELECT DISTINCT data->>'whistleId' AS whistle_id FROM records
        WHERE tbl = 'whistleCalls' AND data->>'responderId' = $1 AND data->>'whistleId' = ANY($2::text[])`,
      [responderId, whistleIds],
    );
    for (const r of found) mine.add(r.whistle_id);
  }
  return rows.filter((r) => {
    if (responderId === '') return false;
    if (r.tbl === 'orgUnits') return true;
    if (r.tbl === 'responders') return r.id === responderId;
    if (r.tbl === 'whistleCalls') return r.data?.responderId === responderId;
    if (r.tbl === 'whistles') return mine.has(r.id);
    return false;
  });
}
