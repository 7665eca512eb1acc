import { createHash, randomBytes } from 'node:crypto';
import type { SessionUser } from '@shared/auth/roles';
import type { Queryable } from '../db/database';
import { unboundProblem } from './users';

/**
 * Sign-in tokens: 32 random bytes, given to the client once; the database keeps only their
 * SHA-256, so a copy of the database signs no one in. Sessions live in the database, so any
 * server instance accepts a token another issued.
 */
export const DEFAULT_SESSION_DAYS = 14;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Queryable,
  userId: string,
  days: number = DEFAULT_SESSION_DAYS,
): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const [row] = await db.query<{ expires_at: string }>(
    `INSERT INTO sessions (token_hash, user_id, expires_at)
     VALUES ($1, $2, now() + $3 * interval '1 day') RETURNING expires_at`,
    [hashToken(token), userId, days],
  );
  return { token, expiresAt: row!.expires_at };
}

export type SessionLookup =
  | { status: 'ok'; user: SessionUser }
  | { status: 'expired' }
  | { status: 'disabled' }
  /** A department account whose unit is gone or out of its scope: `message` says so and how to fix it. */
  | { status: 'unbound'; user: SessionUser; message: string }
  | { status: 'unknown' };

export async function lookupSession(db: Queryable, token: string): Promise<SessionLookup> {
  const [row] = await db.query<{
    id: string;
    username: string;
    display_name: string;
    role: SessionUser['role'];
    scope: string;
    responder_id: string | null;
    disabled: boolean;
    expired: boolean;
    unit_path: string | null;
    unit_deleted: boolean | null;
  }>(
    // The unit joins by its key in the same query: the check costs no second round trip per request.
    `SELECT u.id, u.username, u.display_name, u.role, u.scope, u.responder_id, u.disabled,
            s.expires_at <= now() AS expired, r.org_path AS unit_path, r.deleted AS unit_deleted
       FROM sessions s JOIN users u ON u.id = s.user_id
       LEFT JOIN records r ON r.tbl = 'responders' AND r.id = u.responder_id
      WHERE s.token_hash = $1`,
    [hashToken(token)],
  );
  if (!row) return { status: 'unknown' };
  if (row.expired) return { status: 'expired' };
  if (row.disabled) return { status: 'disabled' };
  const user: SessionUser = {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    scope: row.scope,
    ...(row.responder_id ? { responderId: row.responder_id } : {}),
  };
  const unit =
    row.unit_path === null ? undefined : { orgPath: row.unit_path, deleted: row.unit_deleted === true };
  const message = unboundProblem(user, unit);
  if (message) return { status: 'unbound', user, message };
  return { status: 'ok', user };
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
}

/** Forgets sessions that expired a while ago (their rows only say "expired" to a late client). */
export async function purgeSessions(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM sessions WHERE expires_at < now() - interval '30 days'`);
}
