import { canReadRecord, canWriteRecord, type SessionUser } from '@shared/auth/roles';
import { isSyncedTable } from '@shared/model/record';
import { isInScope } from '@shared/org/codes';
import type { ChangeRow, HistoryEntry, HistoryResponse } from '@shared/sync/protocol';
import type { Queryable } from '../db/database';
import { ApiError } from '../api/errors';
import { changeOf, visibleRows, type RecordRow } from './records';
import { isPartial, rowSeenBy } from './reader-view';

/**
 * A record outside the caller's scope answers exactly as one that does not exist: a 403 would
 * tell anyone the id is real (issue 19, item 11).
 */
const noSuchRecord = () =>
  new ApiError(404, 'not_found', '服务器上没有这条记录。（The server has no such record.）');
const noSuchConflict = () => new ApiError(404, 'not_found', '没有这条冲突记录。（No such conflict.）');

/**
 * Every mutation applied to one record, newest first (who, when, which fields, old and new
 * values, which lost to a later change). Readable by users whose scope holds the record.
 */
export async function recordHistory(
  db: Queryable,
  user: SessionUser,
  table: string,
  id: string,
  options: { before?: number; limit?: number } = {},
): Promise<HistoryResponse> {
  const [record] = await db.query<{
    tbl: string;
    id: string;
    org_path: string;
    data: Record<string, unknown>;
  }>('SELECT tbl, id, org_path, data FROM records WHERE tbl = $1 AND id = $2', [table, id]);
  // A reader who gets only part of a record would read the rest in its history's old and new values.
  if (
    !record ||
    !canReadRecord(user.scope, record.org_path) ||
    isPartial(user.scope, { tbl: table as RecordRow['tbl'], org_path: record.org_path })
  )
    throw noSuchRecord();
  if ((await visibleRows(db, user, [record])).length === 0) throw noSuchRecord();
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const rows = await db.query<{
    id: number;
    at: string;
    user_name: string;
    client_id: string;
    mutation_id: number;
    op: HistoryEntry['op'];
    changes: HistoryEntry['changes'];
    lost: string[];
    conflict: boolean;
  }>(
    `SELECT id, at, user_name, client_id, mutation_id, op, changes, lost, conflict FROM history
      WHERE tbl = $1 AND record_id = $2 AND ($3::bigint IS NULL OR id < $3)
      ORDER BY id DESC LIMIT $4`,
    [table, id, options.before ?? null, limit + 1],
  );
  const page = rows.slice(0, limit);
  return {
    entries: page.map((r) => ({
      id: r.id,
      at: r.at,
      user: r.user_name,
      clientId: r.client_id,
      mutationId: r.mutation_id,
      op: r.op,
      changes: r.changes,
      lost: r.lost,
      conflict: r.conflict,
    })),
    hasMore: rows.length > limit,
  };
}

/**
 * The server's current rows for these keys, those the user may read; the others come back
 * as `gone`, so a client drops a copy it may no longer hold (after a refused change).
 */
export async function readRecords(
  db: Queryable,
  user: SessionUser,
  keys: readonly { table: string; id: string }[],
): Promise<ChangeRow[]> {
  if (keys.length === 0) return [];
  const rows = await db.query<RecordRow>(
    `SELECT r.* FROM records r
       JOIN jsonb_to_recordset($1::jsonb) AS k(tbl text, id text) ON r.tbl = k.tbl AND r.id = k.id`,
    [JSON.stringify(keys.map((k) => ({ tbl: k.table, id: k.id })))],
  );
  const visible = await visibleRows(db, user, rows);
  const found = new Map(visible.map((r) => [`${r.tbl}\u0000${r.id}`, r]));
  return keys.map((k) => {
    const row = found.get(`${k.table}\u0000${k.id}`);
    const seen = row && canReadRecord(user.scope, row.org_path) ? rowSeenBy(user.scope, row) : null;
    if (seen) return changeOf(seen);
    // Gone or not the caller's: the same answer, without the revision of a record it may not see.
    return { table: k.table as ChangeRow['table'], id: k.id, rev: 0, gone: true };
  });
}

/** Marks a conflict as looked at, with the side chosen (the choice itself travels as a change). */
export async function resolveConflict(
  db: Queryable,
  user: SessionUser,
  id: string,
  choice: 'mine' | 'theirs',
): Promise<void> {
  const [row] = await db.query<{ org_path: string; tbl: string; record_id: string }>(
    'SELECT org_path, tbl, record_id FROM conflicts WHERE id = $1',
    [id],
  );
  if (!row || !isInScope(row.org_path, user.scope)) throw noSuchConflict();
  if (user.role === 'department') {
    // A department resolves conflicts only on the calls that summon it.
    const [record] = await db.query<{ tbl: string; id: string; data: Record<string, unknown> }>(
      'SELECT tbl, id, data FROM records WHERE tbl = $1 AND id = $2',
      [row.tbl, row.record_id],
    );
    if (!record || (await visibleRows(db, user, [record])).length === 0) throw noSuchConflict();
  }
  // Resolving picks the record's value: only a role that may write the record may do it.
  if (!isSyncedTable(row.tbl) || !canWriteRecord(user, row.tbl, row.org_path))
    throw new ApiError(
      403,
      'forbidden',
      '您的角色不能修改这条记录，也就不能处理它的冲突。（Your role may not change this record, so it may not resolve its conflict.）',
    );
  await db.query(
    `UPDATE conflicts SET resolved_at = now(), resolved_by = $2, resolution = $3 WHERE id = $1 AND resolved_at IS NULL`,
    [id, user.displayName, choice],
  );
}
