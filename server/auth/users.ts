import { randomUUID } from 'node:crypto';
import { canReadRecord, ROLES, type Role, type SessionUser } from '@shared/auth/roles';
import { loginName, ORG_PATH_PATTERN } from '@shared/sync/protocol';
import type { Queryable } from '../db/database';
import { hashPassword, passwordProblem } from './passwords';

/** Accounts: created and managed with the admin CLI (server/cli.ts), never with a default password. */
export interface UserRow extends SessionUser {
  disabled: boolean;
  createdAt: string;
}

export class UserInputError extends Error {}

const USERNAME = /^[A-Za-z0-9_.@-]{2,64}$/;

interface DbUser {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  scope: string;
  responder_id: string | null;
  disabled: boolean;
  created_at: string;
  password_hash: string;
}

const toUser = (r: DbUser): UserRow => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  scope: r.scope,
  ...(r.responder_id ? { responderId: r.responder_id } : {}),
  disabled: r.disabled,
  createdAt: r.created_at,
});

export function checkUserFields(input: { username: string; role: string; scope: string }): void {
  if (!USERNAME.test(input.username)) {
    throw new UserInputError(
      '用户名应为 2–64 个字母、数字或 _ . @ -。（A user name is 2–64 letters, digits or _ . @ -.）',
    );
  }
  if (!(ROLES as readonly string[]).includes(input.role)) {
    throw new UserInputError(
      `角色应为 ${ROLES.join('、')} 之一。（The role must be one of ${ROLES.join(', ')}.）`,
    );
  }
  if (!ORG_PATH_PATTERN.test(input.scope)) {
    throw new UserInputError(
      '范围应为区划代码路径，如 110105/110105001，全市为空。（The scope is an org path such as 110105/110105001; empty for the whole city.）',
    );
  }
}

/**
 * The responding unit (报到单位, a `responders` record) a department account speaks for, given by
 * id or by its exact name. It must exist on the server and be one the account's scope reaches,
 * or the account would see no call and answer nothing.
 */
export async function findResponder(
  db: Queryable,
  given: string,
  scope: string,
): Promise<{ id: string; name: string }> {
  const rows = await db.query<{ id: string; org_path: string; name: string | null }>(
    `SELECT id, org_path, data->>'name' AS name FROM records
      WHERE tbl = 'responders' AND NOT deleted AND (id = $1 OR data->>'name' = $1)`,
    [given],
  );
  const reachable = rows.filter((r) => canReadRecord(scope, r.org_path));
  const byId = reachable.find((r) => r.id === given);
  if (byId) return { id: byId.id, name: byId.name ?? byId.id };
  if (reachable.length === 1) return { id: reachable[0]!.id, name: reachable[0]!.name ?? given };
  if (reachable.length > 1) {
    throw new UserInputError(
      `有 ${reachable.length} 个名为 ${given} 的报到单位，请用编号指定：${reachable.map((r) => r.id).join('、')}。（${reachable.length} responding units are named ${given}; give one by id: ${reachable.map((r) => r.id).join(', ')}.）`,
    );
  }
  throw new UserInputError(
    `服务器上没有报到单位 ${given}${rows.length > 0 ? `（范围 ${scope || '全市'} 内）` : ''}：请先在街道的“吹哨报到 → 报到单位”中登记并同步，再创建部门账号。（No responding unit ${given} ${rows.length > 0 ? `within the scope ${scope || 'the whole city'} ` : ''}on the server: register it under 吹哨报到 → 报到单位 and sync first, then create the department account.）`,
  );
}

/** Why the responder flag does not fit the role, or null: the same rule for `user add` and `user set`. */
function responderRoleProblem(role: Role, hasResponder: boolean): string | null {
  if (role === 'department' && !hasResponder) {
    return '部门账号需要用 --responder 指定它代表的报到单位（编号或名称）。（A department account needs --responder: the responding unit it speaks for, by id or name.）';
  }
  if (role !== 'department' && hasResponder) {
    return '只有部门账号（department）绑定报到单位。（Only a department account is bound to a responding unit.）';
  }
  return null;
}

/** The unit a department account is bound to, as the server holds it now (absent: never held). */
export interface BoundUnit {
  orgPath: string;
  deleted: boolean;
}

/**
 * Why a department account would see nothing, or null when its unit is there: the unit was
 * deleted after the account was made, or its scope no longer reaches it. Pulls filter by the
 * unit, so without this the account signs in and gets an empty desk with no word why.
 */
export function unboundProblem(
  user: Pick<SessionUser, 'role' | 'scope' | 'responderId' | 'username'>,
  unit: BoundUnit | undefined,
): string | null {
  if (user.role !== 'department') return null;
  const id = user.responderId ?? '';
  const fix = `请管理员用 npm run server -- user set ${user.username} --responder <报到单位> 重新绑定。`;
  const fixEn = `ask an administrator to bind it again with npm run server -- user set ${user.username} --responder <unit>.`;
  if (!unit || unit.deleted) {
    return `此部门账号绑定的报到单位 ${id} 已在服务器上删除，登录后看不到任何记录：${fix}（The responding unit ${id} this department account is bound to was deleted on the server, so the account would see nothing: ${fixEn}）`;
  }
  if (!canReadRecord(user.scope, unit.orgPath)) {
    return `此部门账号的范围 ${user.scope || '全市'} 不含其报到单位 ${id}，登录后看不到任何记录：${fix}（The scope ${user.scope || 'city'} of this department account does not reach its responding unit ${id}, so the account would see nothing: ${fixEn}）`;
  }
  return null;
}

/** The units these ids name, as held now (deleted ones included): one query for any number of accounts. */
export async function boundUnits(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, BoundUnit & { name: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: string; org_path: string; deleted: boolean; name: string | null }>(
    `SELECT id, org_path, deleted, data->>'name' AS name FROM records
      WHERE tbl = 'responders' AND id = ANY($1::text[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, { orgPath: r.org_path, deleted: r.deleted, name: r.name }]));
}

export async function addUser(
  db: Queryable,
  input: {
    username: string;
    displayName?: string;
    role: Role;
    scope: string;
    password: string;
    /** For a department account: the responding unit, by id or exact name. */
    responder?: string;
  },
): Promise<UserRow> {
  checkUserFields(input);
  const misfit = responderRoleProblem(input.role, Boolean(input.responder));
  if (misfit) throw new UserInputError(misfit);
  const problem = passwordProblem(input.password, input.username);
  if (problem) throw new UserInputError(problem);
  const existing = await findUser(db, input.username);
  if (existing)
    throw new UserInputError(`用户 ${input.username} 已存在。（User ${input.username} already exists.）`);
  const responder = input.responder ? await findResponder(db, input.responder, input.scope) : undefined;
  const rows = await db.query<DbUser>(
    `INSERT INTO users (id, username, display_name, role, scope, password_hash, responder_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [
      randomUUID(),
      input.username,
      // A department's answers carry its name in history, as the street knows it.
      input.displayName ?? responder?.name ?? input.username,
      input.role,
      input.scope,
      await hashPassword(input.password),
      responder?.id ?? null,
    ],
  );
  return toUser(rows[0]!);
}

export async function findUser(
  db: Queryable,
  username: string,
): Promise<(UserRow & { passwordHash: string }) | null> {
  // Names are ASCII (USERNAME), where lower() and loginName agree; the name asked is folded once, in JS.
  const [row] = await db.query<DbUser>('SELECT * FROM users WHERE lower(username) = $1', [
    loginName(username),
  ]);
  return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
}

export async function listUsers(db: Queryable): Promise<UserRow[]> {
  return (await db.query<DbUser>('SELECT * FROM users ORDER BY lower(username)')).map(toUser);
}

export async function countUsers(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return row?.n ?? 0;
}

/**
 * Changes an account's role, scope, unit or display name, with the rules of `addUser`: the
 * role and scope must be valid, a department account must end up bound to a unit the server
 * holds within its (new) scope, and only a department account keeps one. Every session ends,
 * so the app signs in again and learns the new role and scope (its cursor then starts over).
 */
export async function updateUser(
  db: Queryable,
  username: string,
  change: { role?: string; scope?: string; responder?: string; displayName?: string },
): Promise<UserRow> {
  const current = await findUser(db, username);
  if (!current) throw new UserInputError(`没有用户 ${username}。（No user ${username}.）`);
  if (
    change.role === undefined &&
    change.scope === undefined &&
    change.responder === undefined &&
    change.displayName === undefined
  ) {
    throw new UserInputError(
      '没有要修改的内容：请给出 --role、--scope、--responder 或 --name。（Nothing to change: give --role, --scope, --responder or --name.）',
    );
  }
  const role = change.role ?? current.role;
  const scope = change.scope ?? current.scope;
  checkUserFields({ username: current.username, role, scope });
  if (change.responder !== undefined && role !== 'department') {
    throw new UserInputError(responderRoleProblem(role as Role, true)!);
  }
  let responder: { id: string; name: string } | undefined;
  if (role === 'department') {
    // The unit given, else the one it has: either must still be there, within the new scope.
    const given = change.responder ?? current.responderId;
    const misfit = responderRoleProblem('department', Boolean(given));
    if (misfit) throw new UserInputError(misfit);
    responder = await findResponder(db, given!, scope);
  }
  const newUnit = responder !== undefined && responder.id !== current.responderId;
  // A department's answers carry its name in history: a new unit brings its name, unless one is given.
  const displayName = change.displayName ?? (newUnit ? responder!.name : current.displayName);
  const [row] = await db.query<DbUser>(
    `UPDATE users SET role = $2, scope = $3, responder_id = $4, display_name = $5
      WHERE id = $1 RETURNING *`,
    [current.id, role, scope, responder?.id ?? null, displayName],
  );
  await db.query('DELETE FROM sessions WHERE user_id = $1', [current.id]);
  return toUser(row!);
}

/** Disables (or enables) an account; its sessions end at once. */
export async function setDisabled(db: Queryable, username: string, disabled: boolean): Promise<UserRow> {
  const [row] = await db.query<DbUser>(
    'UPDATE users SET disabled = $2 WHERE lower(username) = lower($1) RETURNING *',
    [username, disabled],
  );
  if (!row) throw new UserInputError(`没有用户 ${username}。（No user ${username}.）`);
  if (disabled) await db.query('DELETE FROM sessions WHERE user_id = $1', [row.id]);
  return toUser(row);
}

/** Sets a new password; every session of the account ends. */
export async function resetPassword(db: Queryable, username: string, password: string): Promise<UserRow> {
  const problem = passwordProblem(password, username);
  if (problem) throw new UserInputError(problem);
  const [row] = await db.query<DbUser>(
    'UPDATE users SET password_hash = $2, password_set_at = now() WHERE lower(username) = lower($1) RETURNING *',
    [username, await hashPassword(password)],
  );
  if (!row) throw new UserInputError(`没有用户 ${username}。（No user ${username}.）`);
  await db.query('DELETE FROM sessions WHERE user_id = $1', [row.id]);
  return toUser(row);
}
