import type { SyncedTable } from '../model/record';
import type { FormerPlacement } from '../model/division';
import { isInScope } from '../org/codes';
import { ORG_PATH_PATTERN } from '../sync/protocol';
import {
  canWriteField,
  canWriteRecord,
  canWriteTable,
  ownsRecord,
  type Role,
  type SessionUser,
} from './roles';

/** What a mutation needs to be checked: which record, and the orgPath it sets, if any. */
export interface MutationTarget {
  table: SyncedTable;
  op?: 'create' | 'update' | 'delete';
  changedFields: Record<string, unknown>;
  /** orgPath the client had before the change; used only when the server holds no record. */
  baseOrgPath?: string;
}

export type Authorization =
  { ok: true } | { ok: false; code: 'forbidden' | 'invalid'; message: string; orgPath?: string };

/**
 * Whether `user` may make this change (docs/ARCHITECTURE.md "Roles and scope"): its role may write the
 * table, and both the record's current orgPath (as the server holds it) and the orgPath the
 * change sets lie inside the user's scope — so nobody moves a record into or out of a street
 * that is not theirs.
 */
export function authorizeMutation(
  user: Pick<SessionUser, 'role' | 'scope' | 'responderId'>,
  m: MutationTarget,
  stored: { orgPath: string; data?: Record<string, unknown> } | undefined,
): Authorization {
  if (user.role === 'department') {
    const refused = departmentRefusal(user, m, stored);
    if (refused) return { ok: false, code: 'forbidden', message: refused };
  }
  if (!canWriteTable(user.role, m.table)) {
    return {
      ok: false,
      code: 'forbidden',
      message: `当前角色不能修改此类数据（${m.table}）。（This role may not change ${m.table}.）`,
    };
  }
  // Who saw personal data is history: it is only ever added to, by anyone, never changed.
  if (m.table === 'auditEvents' && (stored !== undefined || (m.op !== undefined && m.op !== 'create'))) {
    return {
      ok: false,
      code: 'forbidden',
      message:
        '查看记录只能新增，不能修改或删除。（Audit events are only ever added, never changed or deleted.）',
    };
  }
  const reserved = Object.keys(m.changedFields).find((field) => !canWriteField(user.role, m.table, field));
  if (reserved !== undefined) {
    return {
      ok: false,
      code: 'forbidden',
      message: `当前角色不能填写此项（${m.table}.${reserved}）。（This role may not set ${m.table}.${reserved}.）`,
    };
  }
  if (m.table === 'whistleCalls' && 'reply' in m.changedFields) {
    const problem = replyAuthorshipProblem(user.role, stored?.data?.reply, m.changedFields.reply);
    if (problem) return { ok: false, code: 'forbidden', message: REPLY_REFUSALS[problem] };
  }
  const paths: string[] = [];
  if (stored) paths.push(stored.orgPath);
  else if (typeof m.baseOrgPath === 'string') paths.push(m.baseOrgPath);
  if ('orgPath' in m.changedFields) {
    const next = m.changedFields.orgPath;
    if (typeof next !== 'string' || !ORG_PATH_PATTERN.test(next)) {
      return {
        ok: false,
        code: 'invalid',
        message: '所属区划（orgPath）格式不正确。（The orgPath is not well formed.）',
      };
    }
    paths.push(next);
  }
  for (const orgPath of paths) {
    if (!canWriteRecord(user, m.table, orgPath)) {
      const moved = orgPath === stored?.orgPath ? movedOutOf(user, stored.data) : undefined;
      if (moved) return { ok: false, code: 'forbidden', message: moved, orgPath };
      return {
        ok: false,
        code: 'forbidden',
        // Never says where the record is: that would tell who may not see it where it lies.
        message: `这条记录不在您的范围 ${user.scope || '全市'} 内。（The record lies outside your scope ${user.scope || 'the whole city'}.）`,
        orgPath,
      };
    }
  }
  return { ok: true };
}

/**
 * The reason for a refusal when a division change (区划调整) moved the record out of the user's
 * scope after they last saw it: an offline edit of a community that was split away. It names the
 * date of the change, never where the record went.
 */
function movedOutOf(
  user: Pick<SessionUser, 'scope'>,
  data: Record<string, unknown> | undefined,
): string | undefined {
  const formerly = Array.isArray(data?.formerly) ? (data.formerly as FormerPlacement[]) : [];
  const left = [...formerly]
    .reverse()
    .find((f) => typeof f?.orgPath === 'string' && isInScope(f.orgPath, user.scope));
  if (!left) return undefined;
  return `这条记录已于 ${left.on} 随区划调整划出您的范围 ${user.scope || '全市'}，您的修改未保存。（The record left your scope ${user.scope || 'the whole city'} in a division change on ${left.on}; your change was not saved.）`;
}

/**
 * What a department user may not do, said plainly (its own refusals, before the generic ones):
 * any table but whistle calls, creating or deleting, a call that summons another unit, or a
 * field that is not its answer. "Another unit's call" and "no such call" read the same.
 */
function departmentRefusal(
  user: Pick<SessionUser, 'role' | 'responderId'>,
  m: MutationTarget,
  stored: { data?: Record<string, unknown> } | undefined,
): string | undefined {
  if (!user.responderId) {
    return '此部门账号未绑定报到单位，不能修改任何记录，请联系管理员。（This department account is bound to no responding unit, so it may change nothing; ask an administrator.）';
  }
  if (m.table !== 'whistleCalls') {
    return `部门账号只能答复召集本部门的吹哨记录，不能修改此类数据（${m.table}）。（A department account may only answer the whistle calls that summon it, not change ${m.table}.）`;
  }
  if (m.op === 'create' || m.op === 'delete') {
    return '部门账号不能新建或删除召集记录，召集由街道发起。（A department account may not create or delete calls: the street summons.）';
  }
  if (!ownsRecord(user, m.table, stored?.data)) {
    return '只能答复召集本部门的记录。（A department may answer only the calls that summon it.）';
  }
  const field = Object.keys(m.changedFields).find((f) => !canWriteField(user.role, m.table, f));
  if (field !== undefined) {
    return `部门只能填写处置情况和对评价的答复，评价和报到由街道记录（${m.table}.${field}）。（A department may set only its action and its answer to the evaluation; the evaluation and the arrival are the street's to record: ${m.table}.${field}.）`;
  }
  return undefined;
}

export type ReplyAuthorshipProblem = 'departmentsOwn' | 'markedOwn' | 'unmarked';

const REPLY_REFUSALS: Record<ReplyAuthorshipProblem, string> = {
  departmentsOwn:
    '部门已通过本部门账号答复此评价，街道不能代为修改或删除。（The department answered this evaluation through its own login; the street may not change or remove its answer.）',
  markedOwn:
    '街道代录的答复不能标为部门本人答复。（An answer the street enters on a department’s behalf may not be marked as the department’s own.）',
  unmarked: '部门本人的答复应标明为本部门答复。（A department’s own answer must be marked as its own.）',
};

/**
 * Who answered an evaluation (`CallReply.byDepartment`) is held to the truth on both sides: a
 * department's answer says it is its own; the street's (代录, for a department without a login)
 * never claims to be, and never replaces or removes an answer the department gave itself. An
 * answer the department wrote offline, older by the clock than a street entry it had not seen,
 * loses to it as any field would — but as a conflict the department sees and may settle in its
 * own favour (a department may replace the street's entry; the reverse is refused).
 */
export function replyAuthorshipProblem(
  role: Role,
  stored: unknown,
  next: unknown,
): ReplyAuthorshipProblem | undefined {
  const own = (reply: unknown) =>
    typeof reply === 'object' &&
    reply !== null &&
    (reply as { byDepartment?: unknown }).byDepartment === true;
  if (role === 'department') return next === null || own(next) ? undefined : 'unmarked';
  if (own(stored)) return 'departmentsOwn';
  if (own(next)) return 'markedOwn';
  return undefined;
}
