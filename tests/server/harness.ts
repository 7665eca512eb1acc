/**
 * Shared by the server suites: the two storage engines every suite runs against, a server
 * listening on a free port, and a small HTTP client. PostgreSQL runs where DATABASE_URL is set
 * (.ci/run starts one); each suite gets its own schema, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import type { Role, SessionUser } from '@shared/auth/roles';
import type { ChangeRow, ErrorBody, PullResponse, PushResponse } from '@shared/sync/protocol';
import type { Database } from '../../server/db/database';
import { openPglite } from '../../server/db/pglite';
import { openPostgres } from '../../server/db/postgres';
import { migrate } from '../../server/db/migrations';
import { serverIdOf } from '../../server/db/open';
import { addUser } from '../../server/auth/users';
import { createSyncServer, type SyncServerOptions } from '../../server/sync-server';

export interface Backend {
  name: string;
  /** Why the suite does not run here; undefined when it runs. */
  skip?: string;
  open(): Promise<{ db: Database; drop(): Promise<void> }>;
}

const databaseUrl = process.env.DATABASE_URL;

if (!databaseUrl && process.env.REQUIRE_POSTGRES === '1') {
  // In CI the PostgreSQL suites must run; a missing database is a failure, not a skip.
  throw new Error('REQUIRE_POSTGRES=1 but DATABASE_URL is not set: .ci/run should have started PostgreSQL');
}

export const BACKENDS: Backend[] = [
  {
    name: 'PGlite (embedded PostgreSQL)',
    async open() {
      const db = await openPglite();
      await migrate(db);
      return { db, drop: () => db.close() };
    },
  },
  {
    name: 'PostgreSQL',
    skip: databaseUrl
      ? undefined
      : 'skipped: DATABASE_URL is not set — run .ci/run, or start PostgreSQL and set DATABASE_URL',
    async open() {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const db = openPostgres({
        connectionString: databaseUrl!,
        options: `-c search_path=${schema}`,
        max: 8,
      });
      await migrate(db);
      return {
        db,
        async drop() {
          await db.close();
          const c = new pg.Client({ connectionString: databaseUrl });
          await c.connect();
          await c.query(`DROP SCHEMA ${schema} CASCADE`);
          await c.end();
        },
      };
    },
  },
];

export const STREET_A = '110105/110105001';
export const STREET_B = '110105/110105002';
export const COMMUNITY_A = `${STREET_A}/110105001001`;
export const PASSWORD = 'correct horse battery';

export interface TestServer {
  app: FastifyInstance;
  url: string;
  db: Database;
  serverId: string;
  close(): Promise<void>;
}

export async function startServer(
  db: Database,
  options: Partial<SyncServerOptions> = {},
): Promise<TestServer> {
  const serverId = await serverIdOf(db);
  const app = createSyncServer({ db, serverId, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}`, db, serverId, close: () => app.close() };
}

export async function createUser(
  db: Database,
  username: string,
  role: Role,
  scope: string,
): Promise<SessionUser> {
  return addUser(db, { username, role, scope, password: PASSWORD, displayName: `${username}用户` });
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
}

/** What may come back: the answer, or the error form (tests look at whichever came). */
export type Body<T> = T & ErrorBody;

/** The last row of a record among pulled changes. */
export function rowOf(changes: readonly ChangeRow[], id: string): ChangeRow | undefined {
  return changes.filter((c) => c.id === id).at(-1);
}

/** A bare HTTP client: tests see statuses and bodies exactly as a client would. */
export class Http {
  token: string | null = null;
  constructor(readonly url: string) {}

  async request<T = Body<Record<string, unknown>>>(
    method: string,
    path: string,
    body?: unknown,
    raw?: string,
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = {};
    if (body !== undefined || raw !== undefined) headers['content-type'] = 'application/json';
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers,
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  }

  async login(username: string, password = PASSWORD): Promise<this> {
    const reply = await this.request<{ token: string }>('POST', '/api/auth/login', { username, password });
    if (reply.status !== 200)
      throw new Error(`login ${username}: ${reply.status} ${JSON.stringify(reply.body)}`);
    this.token = reply.body.token;
    return this;
  }

  push(clientId: string, mutations: unknown[], extra: Record<string, unknown> = {}) {
    return this.request<Body<PushResponse>>('POST', '/api/sync/push', { clientId, mutations, ...extra });
  }

  pull(cursor = '', params: Record<string, string> = {}) {
    const query = new URLSearchParams({ cursor, ...params });
    return this.request<Body<PullResponse>>('GET', `/api/sync/pull?${query}`);
  }

  /** Pulls from `cursor` until the server has nothing more; returns every row and the last cursor. */
  async pullAll(
    cursor = '',
    params: Record<string, string> = {},
  ): Promise<{ changes: ChangeRow[]; cursor: string; lastMutationId: number }> {
    const changes: ChangeRow[] = [];
    for (let i = 0; i < 1000; i++) {
      const reply = await this.pull(cursor, params);
      if (reply.status !== 200) throw new Error(`pull: ${reply.status} ${JSON.stringify(reply.body)}`);
      changes.push(...reply.body.changes);
      cursor = reply.body.cursor;
      if (!reply.body.hasMore) return { changes, cursor, lastMutationId: reply.body.lastMutationId };
    }
    throw new Error('pull did not finish');
  }
}

let clock = Date.now();
/** A fresh HLC for a client, later than every one made before in this process. */
export function hlcOf(clientId: string): string {
  clock += 1;
  return `${clock.toString(36).padStart(11, '0')}-00000-${clientId}`;
}

/** A mutation as a client's outbox holds it. */
export function mutation(
  clientId: string,
  mutationId: number,
  op: 'create' | 'update' | 'delete',
  table: string,
  id: string,
  changedFields: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) {
  return { clientId, mutationId, hlc: hlcOf(clientId), table, id, op, changedFields, ...extra };
}
