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
  if (input.role === 'department' && !input.responder) {
    throw new UserInputError(
      '部门账号需要用 --responder 指定它代表的报到单位（编号或名称）。（A department account needs --responder: the responding unit it speaks for, by id or name.）',
    );
  }
  if (input.role !== 'department' && input.responder) {
    throw new UserInputError(
      '只有部门账号（department）绑定报到单位。（Only a department account is bound to a responding unit.）',
    );
  }
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
