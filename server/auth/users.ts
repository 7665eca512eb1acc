import { randomUUID } from 'node:crypto';
import { ROLES, type Role, type SessionUser } from '@shared/auth/roles';
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

export async function addUser(
  db: Queryable,
  input: { username: string; displayName?: string; role: Role; scope: string; password: string },
): Promise<UserRow> {
  checkUserFields(input);
  const problem = passwordProblem(input.password, input.username);
  if (problem) throw new UserInputError(problem);
  const existing = await findUser(db, input.username);
  if (existing)
    throw new UserInputError(`用户 ${input.username} 已存在。（User ${input.username} already exists.）`);
  const rows = await db.query<DbUser>(
    `INSERT INTO users (id, username, display_name, role, scope, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
    [
      randomUUID(),
      input.username,
      input.displayName ?? input.username,
      input.role,
      input.scope,
      await hashPassword(input.password),
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
