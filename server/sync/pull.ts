import type { SessionUser } from '@shared/auth/roles';
import { isInScope } from '@shared/org/codes';
import { decodeCursor, encodeCursor, type PullCursor } from '@shared/sync/cursor';
import { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, type ChangeRow, type PullResponse } from '@shared/sync/protocol';
import type { Database, Queryable } from '../db/database';
import { ApiError, badRequest } from '../api/errors';
import {
  ancestorsOf,
  changeOf,
  DEPARTMENT_TABLES,
  departmentCondition,
  readableCondition,
  scopeCondition,
  type RecordRow,
} from './records';

/**
 * What a pull reads: the rows of a scope, or — for a department user — only the rows of that
 * scope its unit needs (`departmentCondition`).
 */
interface View {
  scope: string;
  responderId?: string;
}

/**
 * The name a cursor carries for its view: a department's view is narrower than its scope's, so
 * a cursor made for one is never continued by the other (a changed account starts over).
 */
const viewKey = (view: View) =>
  view.responderId === undefined ? view.scope : `${view.scope}@${view.responderId}`;
import { rowSeenBy } from './reader-view';

export interface PullRequest {
  cursor: string;
  limit?: number;
  /** The asking client, whose last applied mutation id comes back. */
  clientId?: string;
  /** A scope inside the user's, for a bundle made for an office; default the user's own. */
  scope?: string;
}

/**
 * A page of what changed in the reader's scope after the cursor, read in one snapshot
 * (REPEATABLE READ): the first load goes through the scope in key order up to the change
 * counter it started at, then changes follow by revision — records (tombstones included) and
 * departures of records that moved out of the scope.
 */
export async function pull(db: Database, user: SessionUser, request: PullRequest): Promise<PullResponse> {
  const scope = request.scope ?? user.scope;
  if (!isInScope(scope, user.scope)) {
    throw new ApiError(
      403,
      'forbidden',
      `范围 ${scope || '全市'} 不在您的范围 ${user.scope || '全市'} 内。（Scope ${scope || 'city'} lies outside yours.）`,
    );
  }
  // A department account bound to no unit (the database refuses one) would match no call: ''.
  const view: View = user.role === 'department' ? { scope, responderId: user.responderId ?? '' } : { scope };
  const key = viewKey(view);
  const limit = Math.min(Math.max(1, request.limit ?? DEFAULT_PULL_LIMIT), MAX_PULL_LIMIT);
  const decoded = request.cursor === '' ? null : decodeCursor(request.cursor);
  if (request.cursor !== '' && !decoded) throw badRequest('同步游标无效。（The cursor is not valid.）');

  return db.transaction(
    async (tx) => {
      const [state] = await tx.query<{ server_id: string; seq: number; purged_seq: number }>(
        'SELECT server_id, seq, purged_seq FROM sync_state WHERE id = 1',
      );
      const { server_id: server, seq, purged_seq: purged } = state!;
      let lastMutationId = 0;
      if (request.clientId) {
        // Only the caller's own workstation: another's counter says when it last wrote.
        const [client] = await tx.query<{ last_mutation_id: number }>(
          'SELECT last_mutation_id FROM clients WHERE client_id = $1 AND (owner_id = $2 OR owner_id IS NULL)',
          [request.clientId, user.id],
        );
        lastMutationId = client?.last_mutation_id ?? 0;
      }
      const reset = (): PullResponse => ({
        changes: [],
        cursor: '',
        hasMore: true,
        lastMutationId,
        reset: true,
      });

      let cursor: PullCursor;
      if (!decoded) {
        const params: unknown[] = scope === '' ? [] : [scope, ancestorsOf(scope)];
        const where = [`NOT deleted`, readableCondition('org_path', 1, 2, scope)];
        if (view.responderId !== undefined) {
          params.push(view.responderId);
          where.push(departmentCondition(params.length));
        }
        const [{ n }] = (await tx.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM records WHERE ${where.join(' AND ')}`,
          params,
        )) as [{ n: number }];
        cursor = { phase: 'snapshot', server, scope: key, seq, after: null, done: 0, total: n };
      } else {
        cursor = decoded;
        // Another server's or another view's cursor, or one older than the tombstones kept.
        if (cursor.server !== server || cursor.scope !== key || cursor.seq < purged) return reset();
      }

      if (cursor.phase === 'snapshot') {
        const fits = pageFitting(await snapshotPage(tx, view, cursor.after, limit + 1, true), limit);
        const rows = await snapshotPage(tx, view, cursor.after, fits + 1);
        const page = rows.slice(0, fits);
        const done = cursor.done + page.length;
        const lastRow = page[page.length - 1];
        const next: PullCursor =
          rows.length > fits && lastRow
            ? { ...cursor, after: [lastRow.org_path, lastRow.tbl, lastRow.id], done }
            : { phase: 'changes', server, scope: key, seq: cursor.seq };
        return {
          changes: page.flatMap((r) => {
            const seen = rowSeenBy(scope, r);
            return seen ? [changeOf(seen)] : [];
          }),
          cursor: encodeCursor(next),
          // Changes made while the snapshot was read follow it.
          hasMore: true,
          lastMutationId,
          progress: { done, total: Math.max(cursor.total, done) },
        };
      }

      const fits = pageFitting(await changesPage(tx, view, cursor.seq, limit + 1, true), limit);
      const rows = await changesPage(tx, view, cursor.seq, fits + 2);
      let n = fits;
      // A whistle sent again with a department's call shares the call's number: the two go in
      // one page, or the next page would start past the call. No other row shares a number.
      if (rows[n] && rows[n]!.seq === rows[n - 1]!.seq) n += 1;
      const page = rows.slice(0, n);
      const hasMore = rows.length > n;
      return {
        // The cursor above follows the page as read: a row this reader gets nothing of is passed, not lost.
        changes: page.flatMap((r) => (r.change ? [r.change] : [])),
        cursor: encodeCursor({
          phase: 'changes',
          server,
          scope: key,
          seq: hasMore ? page[page.length - 1]!.seq : seq,
        }),
        hasMore,
        lastMutationId,
      };
    },
    { isolation: 'repeatable read', readOnly: true },
  );
}

/**
 * A page is bounded by bytes as well as rows: 140 records of 3.9 MB made every page holding
 * them fail ("Invalid string length", GBs of memory) for everyone whose scope covered them.
 */
export const PAGE_BYTES = 8 * 1024 * 1024;

/** How many of the sized rows fit a page: within PAGE_BYTES, at most `limit`, at least one. */
function pageFitting(sized: readonly { size: number }[], limit: number): number {
  let bytes = 0;
  let n = 0;
  for (const row of sized.slice(0, limit)) {
    bytes += Number(row.size);
    if (n > 0 && bytes > PAGE_BYTES) break;
    n += 1;
  }
  return Math.max(1, n);
}

async function snapshotPage(
  tx: Queryable,
  view: View,
  after: [string, string, string] | null,
  limit: number,
  sizesOnly?: false,
): Promise<RecordRow[]>;
async function snapshotPage(
  tx: Queryable,
  view: View,
  after: [string, string, string] | null,
  limit: number,
  sizesOnly: true,
): Promise<{ size: number }[]>;
async function snapshotPage(
  tx: Queryable,
  view: View,
  after: [string, string, string] | null,
  limit: number,
  sizesOnly = false,
): Promise<RecordRow[] | { size: number }[]> {
  const { scope } = view;
  const params: unknown[] = [];
  const where = ['NOT deleted'];
  if (scope !== '') {
    params.push(scope, ancestorsOf(scope));
    where.push(readableCondition('org_path', params.length - 1, params.length, scope));
  }
  if (view.responderId !== undefined) {
    params.push(view.responderId);
    where.push(departmentCondition(params.length));
  }
  if (after) {
    params.push(...after);
    const n = params.length;
    where.push(`(org_path, tbl, id) > ($${n - 2}::text COLLATE "C", $${n - 1}::text, $${n}::text)`);
  }
  params.push(limit);
  const columns = sizesOnly
    ? 'octet_length(data::text) AS size'
    : 'tbl, id, org_path, data, deleted, rev, max_hlc, updated_at, updated_by';
  return tx.query<RecordRow>(
    `SELECT ${columns} FROM records
      WHERE ${where.join(' AND ')}
      ORDER BY org_path, tbl, id
      LIMIT $${params.length}`,
    params,
  );
}

async function changesPage(
  tx: Queryable,
  view: View,
  after: number,
  limit: number,
  sizesOnly?: false,
): Promise<{ seq: number; change: ChangeRow | null }[]>;
async function changesPage(
  tx: Queryable,
  view: View,
  after: number,
  limit: number,
  sizesOnly: true,
): Promise<{ size: number }[]>;
async function changesPage(
  tx: Queryable,
  view: View,
  after: number,
  limit: number,
  sizesOnly = false,
): Promise<{ seq: number; change: ChangeRow | null }[] | { size: number }[]> {
  const { scope } = view;
  const params: unknown[] = [after, limit];
  if (scope !== '') params.push(scope, ancestorsOf(scope));
  const inScope = (column: string) => scopeCondition(column, 3, scope);
  const readable = (column: string) => readableCondition(column, 3, 4, scope);
  let own = '';
  let departed = '';
  let again = (_columns: string) => '';
  if (view.responderId !== undefined) {
    params.push(view.responderId);
    const unit = params.length;
    own = ` AND ${departmentCondition(unit)}`;
    departed = ` AND tbl IN (${DEPARTMENT_TABLES.map((t) => `'${t}'`).join(', ')})`;
    // A whistle the reader passed before a call of its unit named it (the call came in a later
    // push, or after the snapshot went by) goes again with each change of that call, under the
    // call's number: the department never holds a call without its event.
    again = (columns) => `
       UNION ALL
       SELECT c.rev AS seq, 0 AS ord, ${columns}
         FROM records c JOIN records w ON w.tbl = 'whistles' AND w.id = c.data->>'whistleId'
        WHERE c.tbl = 'whistleCalls' AND c.rev > $1 AND c.data->>'responderId' = $${unit}
          AND ${readable('c.org_path')} AND w.rev <= $1 AND ${readable('w.org_path')}`;
  }
  if (sizesOnly) {
    return tx.query<{ size: number }>(
      `SELECT size FROM (
         SELECT rev AS seq, 1 AS ord, octet_length(data::text) AS size FROM records
          WHERE rev > $1 AND ${readable('org_path')}${own}
         ${again('octet_length(w.data::text)')}
         UNION ALL
         SELECT seq, 1, 0 FROM departures
          WHERE seq > $1 AND ${inScope('old_path')} AND NOT ${inScope('new_path')}${departed}
       ) c ORDER BY seq, ord LIMIT $2`,
      params,
    );
  }
  const rows = await tx.query<RecordRow & { seq: number; gone: boolean }>(
    `SELECT * FROM (
       SELECT rev AS seq, 1 AS ord, tbl, id, org_path, data, deleted, rev, max_hlc, updated_at, updated_by, false AS gone
         FROM records WHERE rev > $1 AND ${readable('org_path')}${own}
       ${again('w.tbl, w.id, w.org_path, w.data, w.deleted, w.rev, w.max_hlc, w.updated_at, w.updated_by, false')}
       UNION ALL
       SELECT seq, 1, tbl, id, NULL, NULL, false, seq, NULL, NULL, NULL, true
         FROM departures WHERE seq > $1 AND ${inScope('old_path')} AND NOT ${inScope('new_path')}${departed}
     ) c ORDER BY seq, ord LIMIT $2`,
    params,
  );
  return rows.map((r) => {
    if (r.gone) return { seq: r.seq, change: { table: r.tbl, id: r.id, rev: r.seq, gone: true } };
    const seen = rowSeenBy(scope, r);
    return { seq: r.seq, change: seen ? changeOf(seen) : null };
  });
}
