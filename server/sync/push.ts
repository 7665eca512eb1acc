import { randomUUID } from 'node:crypto';
import type { SessionUser } from '@shared/auth/roles';
import { authorizeMutation } from '@shared/auth/authorize';
import { fieldsProblem } from '@shared/sync/values';
import { mergeMutation, type ConflictDraft, type StoredRecord } from '@shared/sync/merge';
import type {
  ConflictInfo,
  Mutation,
  PushRequest,
  PushResponse,
  RejectedMutation,
} from '@shared/sync/protocol';
import type { Database, Queryable } from '../db/database';
import { ApiError, badRequest } from '../api/errors';
import { loadRecords, recordKey, saveRecords } from './records';
import { divisionGuard } from './divisions';
import { createdInMovedMessage } from '@shared/divisions/sync-rules';

/** Seams for tests: runs inside the push transaction, just before it commits. */
export interface PushHooks {
  beforeCommit?(request: PushRequest): Promise<void>;
}

interface HistoryDraft {
  tbl: string;
  record_id: string;
  rev: number | null;
  org_path: string;
  client_id: string;
  mutation_id: number;
  user_id: string;
  user_name: string;
  at: string;
  op: string;
  hlc: string;
  changes: Record<string, [unknown, unknown]>;
  lost: string[];
  conflict: boolean;
  via_bundle: boolean;
}

/** Mutation ids must rise by one within a push: the queue is sent in order. */
function checkOrder(request: PushRequest): void {
  request.mutations.forEach((m, i) => {
    if (m.clientId !== request.clientId)
      throw badRequest('变更的客户端与推送不符。（A mutation names another client than the push.）');
    const previous = request.mutations[i - 1];
    if (previous && m.mutationId !== previous.mutationId + 1) {
      throw badRequest('变更编号应连续递增。（Mutation ids must be consecutive and ascending.）');
    }
  });
}

/**
 * A workstation's client id belongs to the user who first pushed with it: anyone else pushing
 * under it would advance its counter, and the real workstation's next writes would be taken as
 * already applied and never stored. A bundle carries another client's work by design (a field
 * office's changes, imported by a street user), so it may use a client id that no user has
 * pushed with directly — never one that a user owns, unless it is that user's. Such an id stays
 * bundle-only: an office that goes online starts a new id when the server refuses the old one.
 */
export function mayUseClient(
  client: { owner_id: string | null; via_bundle: boolean },
  userId: string,
  bundle: boolean,
): boolean {
  if (client.owner_id === userId) return true;
  // A bundle-only id: open to bundles, never claimed by a direct push (its id is in the HLCs
  // of every row it wrote, so a direct push under it would be anyone's).
  return client.owner_id === null && (bundle || !client.via_bundle);
}

function refuseForeignClient(
  client: { owner_id: string | null; via_bundle: boolean },
  user: SessionUser,
  request: PushRequest,
): void {
  if (mayUseClient(client, user.id, request.bundle === true)) return;
  throw new ApiError(
    403,
    'client_taken',
    "这台电脑的同步身份属于另一位用户。请由该用户登录同步，或在本机换用新的同步身份后再试。（This computer's sync identity belongs to another user. Sign in as that user, or start a new sync identity on this computer.）",
  );
}

/** A mutation as the rejected table keeps it: whole when its values can be stored. */
function storable(m: Mutation | undefined): Mutation | undefined {
  if (!m || !fieldsProblem(m.changedFields, m.baseOrgPath)) return m;
  const { baseOrgPath: _dropped, ...rest } = m;
  return { ...rest, changedFields: {} };
}

const reject = (m: Mutation, code: RejectedMutation['code'], message: string): RejectedMutation => ({
  mutationId: m.mutationId,
  table: m.table,
  id: m.id,
  op: m.op,
  code,
  message,
  changedFields: m.changedFields,
});

/**
 * Applies a push (docs/ARCHITECTURE.md "Sync protocol") in one transaction: the change counter is
 * locked first, so pushes commit one after another and revisions appear in commit order
 * (a pull can never pass a revision that is still to commit); mutation ids already applied
 * are skipped, a gap is refused (409); each mutation is authorized against the record as
 * the server holds it, merged per field, logged to history, and the client's last mutation
 * id advances with it. A mutation that can never apply is recorded as rejected and skipped.
 */
export async function applyPush(
  db: Database,
  user: SessionUser,
  request: PushRequest,
  options: { now?: () => number; hooks?: PushHooks; session?: string } = {},
): Promise<PushResponse> {
  checkOrder(request);
  const now = options.now?.() ?? Date.now();
  const at = new Date(now).toISOString();
  return db.transaction(async (tx) => {
    const [state] = await tx.query<{ seq: number }>('SELECT seq FROM sync_state WHERE id = 1 FOR UPDATE');
    let seq = state!.seq;
    await tx.query(
      'INSERT INTO clients (client_id, owner_id, via_bundle) VALUES ($1, $2, $3) ON CONFLICT (client_id) DO NOTHING',
      [request.clientId, request.bundle ? null : user.id, request.bundle === true],
    );
    const [client] = await tx.query<{
      last_mutation_id: number;
      owner_id: string | null;
      via_bundle: boolean;
    }>('SELECT last_mutation_id, owner_id, via_bundle FROM clients WHERE client_id = $1 FOR UPDATE', [
      request.clientId,
    ]);
    refuseForeignClient(client!, user, request);
    const last = client!.last_mutation_id;
    const fresh = request.mutations.filter((m) => m.mutationId > last);
    // A push sent again (its answer was lost, or a bundle imported twice) gets the same answer.
    const earlier = await earlierOutcome(
      tx,
      request.clientId,
      request.mutations.filter((m) => m.mutationId <= last),
    );
    if (fresh.length === 0) return { lastMutationId: last, ...earlier };
    if (fresh[0]!.mutationId !== last + 1) {
      throw new ApiError(
        409,
        'gap',
        `服务器已收到此客户端到第 ${last} 号的修改，这次从第 ${fresh[0]!.mutationId} 号开始，中间缺少修改。（The server has this client's changes up to #${last}; this push starts at #${fresh[0]!.mutationId}, so some are missing.）`,
        { lastMutationId: last },
      );
    }

    const records = await loadRecords(tx, fresh, true);
    const dirty = new Set<string>();
    const departures: { seq: number; tbl: string; id: string; old_path: string; new_path: string }[] = [];
    const history: HistoryDraft[] = [];
    const rejected: RejectedMutation[] = [];
    const drafts: { draft: ConflictDraft; m: Mutation; record: StoredRecord | undefined }[] = [];
    const refused: { mutationId: number; table: string; id: string; orgPath?: string }[] = [];
    const divisions = await divisionGuard(tx, fresh, records, recordKey);

    for (const sent of fresh) {
      // An audit event says who saw what: the session says who, never the body.
      let m: Mutation =
        sent.table === 'auditEvents'
          ? {
              ...sent,
              changedFields: {
                ...sent.changedFields,
                by: user.id,
                byName: user.displayName,
                role: user.role,
              },
            }
          : sent;
      const poison = fieldsProblem(sent.changedFields, sent.baseOrgPath);
      if (poison) {
        rejected.push(reject(sent, 'invalid', `无法保存这条修改：${poison}`));
        divisions.notApplied(sent);
        continue;
      }
      const key = recordKey(m.table, m.id);
      const existing = records.get(key);
      // A division change is all or nothing, and a community code names one community (issue 16).
      const clash = divisions.refusal(sent, existing);
      if (clash) {
        rejected.push(reject(sent, 'invalid', clash));
        continue;
      }
      // A record created offline in a grid that has moved since is created where the grid went.
      const { m: placed, via } = divisions.rebase(m, existing);
      let auth = authorizeMutation(user, placed, existing);
      if (!auth.ok && via && auth.code === 'forbidden' && authorizeMutation(user, m, existing).ok)
        auth = { ...auth, message: createdInMovedMessage(via.on, user.scope) };
      m = placed;
      if (!auth.ok) {
        // A bundle is another client's work: another user may be allowed to import it later.
        if (request.bundle && auth.code === 'forbidden') {
          refused.push({ mutationId: m.mutationId, table: m.table, id: m.id, orgPath: auth.orgPath });
        } else rejected.push(reject(m, auth.code, auth.message));
        divisions.notApplied(m);
        continue;
      }
      const outcome = mergeMutation(existing, m, { rev: seq + 1, at, user: user.displayName, now });
      if (outcome.kind === 'rejected') {
        rejected.push(reject(m, outcome.code, outcome.message));
        divisions.notApplied(m);
        continue;
      }
      const { record } = outcome;
      divisions.applied(m, record, existing);
      if (outcome.changed) {
        seq += 1;
        records.set(key, record);
        dirty.add(key);
        if (existing && existing.orgPath !== record.orgPath) {
          // Readers of the old place but not the new one must drop their copy.
          seq += 1;
          departures.push({
            seq,
            tbl: m.table,
            id: m.id,
            old_path: existing.orgPath,
            new_path: record.orgPath,
          });
        }
      }
      for (const draft of outcome.conflicts) drafts.push({ draft, m, record: record ?? existing });
      history.push({
        tbl: m.table,
        record_id: m.id,
        rev: outcome.changed ? record.rev : null,
        org_path: record?.orgPath ?? existing?.orgPath ?? m.baseOrgPath ?? '',
        client_id: m.clientId,
        mutation_id: m.mutationId,
        user_id: user.id,
        user_name: user.displayName,
        at,
        op: m.op,
        hlc: m.hlc,
        changes: outcome.changes,
        lost: outcome.lost,
        conflict: outcome.conflicts.length > 0,
        via_bundle: request.bundle === true,
      });
    }

    if (refused.length > 0) {
      throw new ApiError(
        403,
        'forbidden',
        `同步包中有 ${refused.length} 条修改不在您的范围 ${user.scope || '全市'} 内，未导入任何修改。请由范围覆盖它们的用户导入。（${refused.length} changes in the bundle lie outside your scope; nothing was imported. Ask a user whose scope covers them.）`,
        // Which changes, not where their records lie.
        { refused: refused.map(({ mutationId, table, id }) => ({ mutationId, table, id })) },
      );
    }

    const conflicts = await describeConflicts(tx, drafts, history, user, at);
    await saveRecords(
      tx,
      [...dirty].map((k) => records.get(k)!),
    );
    await insertRows(
      tx,
      'departures',
      ['seq bigint', 'tbl text', 'id text', 'old_path text', 'new_path text'],
      departures,
    );
    await insertRows(
      tx,
      'history',
      [
        'tbl text',
        'record_id text',
        'rev bigint',
        'org_path text',
        'client_id text',
        'mutation_id bigint',
        'user_id text',
        'user_name text',
        'at timestamptz',
        'op text',
        'hlc text',
        'changes jsonb',
        'lost jsonb',
        'conflict boolean',
        'via_bundle boolean',
      ],
      history,
    );
    await insertRows(
      tx,
      'conflicts',
      [
        'id text',
        'tbl text',
        'record_id text',
        'org_path text',
        'field text',
        'client_id text',
        'mutation_id bigint',
        'info jsonb',
        'created_at timestamptz',
      ],
      conflicts.map(({ info, mutationId }) => ({
        id: info.id,
        tbl: info.table,
        record_id: info.recordId,
        org_path: info.orgPath,
        field: info.field,
        client_id: request.clientId,
        mutation_id: mutationId,
        info,
        created_at: at,
      })),
    );
    await insertRows(
      tx,
      'rejected',
      [
        'client_id text',
        'mutation_id bigint',
        'tbl text',
        'record_id text',
        'code text',
        'message text',
        'mutation jsonb',
        'user_id text',
        'at timestamptz',
      ],
      rejected.map((r) => ({
        client_id: request.clientId,
        mutation_id: r.mutationId,
        tbl: r.table,
        record_id: r.id,
        code: r.code,
        message: r.message,
        // A refused value may be one PostgreSQL cannot hold: kept without its fields.
        mutation: storable(fresh.find((m) => m.mutationId === r.mutationId)),
        user_id: user.id,
        at,
      })),
    );
    const lastMutationId = fresh[fresh.length - 1]!.mutationId;
    await tx.query(
      `UPDATE clients SET last_mutation_id = $2, last_user_id = $3, last_push_at = $4,
              owner_session = CASE WHEN owner_id = $3 THEN $5 ELSE owner_session END
        WHERE client_id = $1`,
      [request.clientId, lastMutationId, user.id, at, options.session ?? null],
    );
    await tx.query('UPDATE sync_state SET seq = $1 WHERE id = 1', [seq]);
    await options.hooks?.beforeCommit?.(request);
    return {
      lastMutationId,
      rejected: [...earlier.rejected, ...rejected],
      conflicts: [...earlier.conflicts, ...conflicts.map((c) => c.info)],
    };
  });
}

/**
 * What the server answered for mutations it had already applied. A replay must be the change the
 * server holds under that id (same clock, record and operation): an id advanced by someone else
 * — a bundle-only id is open to any importer, and an id shows in the HLC of every row its client
 * wrote — would otherwise acknowledge the real client's change as applied and never store it.
 */
async function earlierOutcome(
  tx: Queryable,
  clientId: string,
  replayed: readonly Mutation[],
): Promise<Pick<PushResponse, 'rejected' | 'conflicts'>> {
  if (replayed.length === 0) return { rejected: [], conflicts: [] };
  const range = [clientId, replayed[0]!.mutationId, replayed[replayed.length - 1]!.mutationId];
  const rejected = await tx.query<{
    mutation_id: number;
    code: RejectedMutation['code'];
    message: string;
    mutation: Mutation;
  }>(
    `SELECT mutation_id, code, message, mutation FROM rejected
      WHERE client_id = $1 AND mutation_id BETWEEN $2 AND $3 ORDER BY mutation_id`,
    range,
  );
  const applied = await tx.query<{
    mutation_id: number;
    tbl: string;
    record_id: string;
    op: string;
    hlc: string;
  }>(
    `SELECT mutation_id, tbl, record_id, op, hlc FROM history
      WHERE client_id = $1 AND mutation_id BETWEEN $2 AND $3`,
    range,
  );
  const held = new Map<number, { table: string; id: string; op: string; hlc: string }>();
  for (const h of applied)
    held.set(Number(h.mutation_id), { table: h.tbl, id: h.record_id, op: h.op, hlc: h.hlc });
  for (const r of rejected) held.set(Number(r.mutation_id), r.mutation);
  const differs = replayed.some((m) => {
    const h = held.get(m.mutationId);
    return h !== undefined && (h.hlc !== m.hlc || h.table !== m.table || h.id !== m.id || h.op !== m.op);
  });
  if (differs) {
    throw new ApiError(
      403,
      'client_taken',
      '服务器上此同步身份下的修改与这些不同：另有人用过这个身份。这些修改未保存，仍留在做出它们的电脑上，请联系管理员。（The server holds other changes under this sync identity: someone else used it. These changes were not stored and remain on the computer that made them; ask your administrator.）',
    );
  }
  const conflicts = await tx.query<{ info: ConflictInfo }>(
    `SELECT info FROM conflicts WHERE client_id = $1 AND mutation_id BETWEEN $2 AND $3 ORDER BY mutation_id`,
    range,
  );
  return {
    rejected: rejected.map((r) => reject(r.mutation, r.code, r.message)),
    conflicts: conflicts.map((c) => c.info),
  };
}

/** Inserts rows given as objects, in one statement (column list as `name type`). */
async function insertRows(
  tx: Queryable,
  table: string,
  columns: string[],
  rows: readonly object[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((c) => c.split(' ')[0]!);
  await tx.query(
    `INSERT INTO ${table} (${names.join(', ')})
     SELECT ${names.map((n) => `x.${n}`).join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${columns.join(', ')})`,
    [JSON.stringify(rows)],
  );
}

/** Fills in who wrote the other side of each conflict, and when, from history. */
async function describeConflicts(
  tx: Queryable,
  drafts: { draft: ConflictDraft; m: Mutation; record: StoredRecord | undefined }[],
  history: HistoryDraft[],
  user: SessionUser,
  at: string,
): Promise<{ info: ConflictInfo; mutationId: number }[]> {
  if (drafts.length === 0) return [];
  const writers = new Map<number, { user: string; at: string }>();
  for (const h of history) if (h.rev !== null) writers.set(h.rev, { user: h.user_name, at: h.at });
  const unknown = [...new Set(drafts.map((d) => d.draft.theirs.rev).filter((rev) => !writers.has(rev)))];
  if (unknown.length > 0) {
    const rows = await tx.query<{ rev: number; user_name: string; at: string }>(
      `SELECT rev, user_name, at FROM history
        WHERE rev IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint)`,
      [JSON.stringify(unknown)],
    );
    for (const r of rows) writers.set(r.rev, { user: r.user_name, at: r.at });
  }
  return drafts.map(({ draft, m, record }) => {
    const writer = writers.get(draft.theirs.rev) ?? {
      user: record?.updatedBy ?? '',
      at: record?.updatedAt ?? at,
    };
    const info: ConflictInfo = {
      id: randomUUID(),
      table: m.table,
      recordId: m.id,
      orgPath: record?.orgPath ?? m.baseOrgPath ?? '',
      field: draft.field,
      kind: draft.kind,
      mine: { ...sideValue(draft.mine), hlc: draft.mine.hlc, at, user: user.displayName },
      theirs: { ...sideValue(draft.theirs), hlc: draft.theirs.hlc, at: writer.at, user: writer.user },
      winner: draft.winner,
      createdAt: at,
    };
    if (draft.restore) info.restore = draft.restore;
    return { info, mutationId: m.mutationId };
  });
}

const sideValue = (side: { value?: unknown; deleted?: boolean }) =>
  side.deleted ? { deleted: true } : { value: side.value ?? null };
