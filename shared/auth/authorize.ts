import type { SyncedTable } from '../model/record';
import type { FormerPlacement } from '../model/division';
import { isInScope } from '../org/codes';
import { ORG_PATH_PATTERN } from '../sync/protocol';
import { canWriteField, canWriteRecord, canWriteTable, type SessionUser } from './roles';

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
  user: Pick<SessionUser, 'role' | 'scope'>,
  m: MutationTarget,
  stored: { orgPath: string; data?: Record<string, unknown> } | undefined,
): Authorization {
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
