import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SessionUser } from '@shared/auth/roles';
import {
  clientIdSchema,
  loginName,
  loginRequestSchema,
  MAX_BODY_BYTES,
  MAX_PULL_LIMIT,
  orgPathSchema,
  pushRequestSchema,
  recordIdSchema,
  type LoginResponse,
} from '@shared/sync/protocol';
import { SYNCED_TABLES } from '@shared/model/record';
import type { Database } from '../db/database';
import { dummyHash, verifyPassword } from '../auth/passwords';
import { createSession, endSession, hashToken, lookupSession, DEFAULT_SESSION_DAYS } from '../auth/sessions';
import { boundUnits, findUser, unboundProblem } from '../auth/users';
import { databaseRateLimitStore } from '../auth/rate-limit-store';
import { applyPush, mayUseClient, type PushHooks } from '../sync/push';
import { pull } from '../sync/pull';
import { readRecords, recordHistory, resolveConflict } from '../sync/history';
import { ApiError, badRequest, installErrorHandler } from './errors';

/** The desktop app's origin (electron/app-protocol.ts): the one other origin allowed to call the API. */
export const DESKTOP_ORIGIN = 'app://street-desk';

export interface SyncApiOptions {
  db: Database;
  serverId: string;
  sessionDays?: number;
  /** Login attempts per user name and address within `loginWindowMs`. */
  loginAttempts?: number;
  loginWindowMs?: number;
  now?: () => number;
  hooks?: PushHooks;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    token: string | null;
  }
}

/** Parses with a shared schema; a mismatch is a 400 that says which field is wrong. */
function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'body';
  throw badRequest(
    `请求内容不正确：${where}。（Malformed request at ${where}: ${issue?.message ?? 'invalid'}.）`,
  );
}

function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header) : null;
  return match?.[1] ?? null;
}

const pullQuerySchema = z.object({
  cursor: z.string().max(1000).default(''),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
  clientId: clientIdSchema.optional(),
  scope: orgPathSchema.optional(),
});

const historyQuerySchema = z.object({
  table: z.enum(SYNCED_TABLES),
  id: recordIdSchema,
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

const recordsBodySchema = z.object({
  keys: z.array(z.object({ table: z.enum(SYNCED_TABLES), id: recordIdSchema })).max(1000),
});

const resolveBodySchema = z.object({ choice: z.enum(['mine', 'theirs']) });

/**
 * The sync API under /api (docs/ARCHITECTURE.md "Sync protocol"): sign-in, push, pull, record history.
 * Registered as an encapsulated plugin on the app host, so its error format, CORS rule and
 * authentication apply to the API only. Everything it knows lives in the database.
 */
export async function syncApi(api: FastifyInstance, options: SyncApiOptions): Promise<void> {
  const { db } = options;
  installErrorHandler(api);

  // Same origin needs no CORS; the desktop app (app://street-desk) is the one other caller.
  api.addHook('onRequest', async (request, reply) => {
    if (request.headers.origin !== DESKTOP_ORIGIN) return;
    reply.header('Access-Control-Allow-Origin', DESKTOP_ORIGIN);
    reply.header('Vary', 'Origin');
    if (request.method === 'OPTIONS') {
      reply.header('Access-Control-Allow-Methods', 'GET, POST');
      reply.header('Access-Control-Allow-Headers', 'authorization, content-type');
      reply.header('Access-Control-Max-Age', '600');
      return reply.code(204).send();
    }
  });
  api.options('/*', async (_request, reply) => reply.code(204).send());

  api.decorateRequest('user', null);
  api.decorateRequest('token', null);

  await api.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(db),
    errorResponseBuilder: (_request, context) =>
      new ApiError(
        429,
        'rate_limited',
        `登录尝试太多，请 ${context.after} 后再试。（Too many sign-in attempts; try again in ${context.after}.）`,
      ),
  });

  api.post(
    '/auth/login',
    {
      config: {
        rateLimit: {
          max: options.loginAttempts ?? 10,
          timeWindow: options.loginWindowMs ?? 5 * 60_000,
          hook: 'preHandler',
          keyGenerator: (request: FastifyRequest) => {
            const body = request.body as { username?: unknown } | undefined;
            // The key is stored in PostgreSQL, which cannot hold NUL; such a name is refused later (400).
            const name =
              typeof body?.username === 'string'
                ? loginName(body.username).split('\u0000').join('').slice(0, 64)
                : '';
            return `login:${request.ip}:${name}`;
          },
        },
      },
    },
    async (request): Promise<LoginResponse> => {
      const { username, password, clientId } = parse(loginRequestSchema, request.body);
      const user = await findUser(db, username);
      const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
      if (!user || !ok)
        throw new ApiError(401, 'unauthorized', '用户名或密码不正确。（Wrong user name or password.）');
      if (user.disabled)
        throw new ApiError(
          401,
          'unauthorized',
          '此账号已停用，请联系管理员。（This account is disabled; ask an administrator.）',
        );
      if (user.role === 'department') {
        // Its unit deleted (or out of its scope), the account would sign in to an empty desk: say why.
        const units = await boundUnits(db, user.responderId ? [user.responderId] : []);
        const problem = unboundProblem(user, units.get(user.responderId ?? ''));
        if (problem) throw new ApiError(403, 'forbidden', problem);
      }
      const session = await createSession(db, user.id, options.sessionDays ?? DEFAULT_SESSION_DAYS);
      // Only whether the id is usable, never whose it is or how far it got.
      const [client] = clientId
        ? await db.query<{ owner_id: string | null; via_bundle: boolean }>(
            'SELECT owner_id, via_bundle FROM clients WHERE client_id = $1',
            [clientId],
          )
        : [];
      return {
        ...(client && !mayUseClient(client, user.id, false) ? { clientTaken: true } : {}),
        token: session.token,
        expiresAt: session.expiresAt,
        user: {
          id: user.id,
          username: user.username,
          displayName: user.displayName,
          role: user.role,
          scope: user.scope,
          ...(user.responderId ? { responderId: user.responderId } : {}),
        },
        serverId: options.serverId,
      };
    },
  );

  await api.register(async (authed) => {
    authed.addHook('preHandler', async (request: FastifyRequest) => {
      const token = bearer(request);
      if (!token) throw new ApiError(401, 'unauthorized', '请先登录。（Sign in first.）');
      const found = await lookupSession(db, token);
      if (found.status === 'expired') {
        throw new ApiError(
          401,
          'token_expired',
          '登录已过期，请重新登录。（Your sign-in has expired; sign in again.）',
        );
      }
      if (found.status === 'disabled') {
        throw new ApiError(
          401,
          'unauthorized',
          '此账号已停用，请联系管理员。（This account is disabled; ask an administrator.）',
        );
      }
      // Signing out stays possible; everything else would answer an empty desk, so it says why instead.
      if (found.status === 'unbound' && !request.url.startsWith('/api/auth/logout'))
        throw new ApiError(403, 'forbidden', found.message);
      if (found.status !== 'ok' && found.status !== 'unbound')
        throw new ApiError(401, 'unauthorized', '登录无效，请重新登录。（Not signed in; sign in again.）');
      request.user = found.user;
      request.token = token;
    });

    const userOf = (request: FastifyRequest) => request.user!;

    authed.get('/auth/session', async (request) => ({ user: userOf(request), serverId: options.serverId }));

    authed.post('/auth/logout', async (request, reply: FastifyReply) => {
      await endSession(db, request.token!);
      return reply.code(204).send();
    });

    authed.post('/sync/push', { bodyLimit: MAX_BODY_BYTES }, async (request) =>
      applyPush(db, userOf(request), parse(pushRequestSchema, request.body), {
        now: options.now,
        hooks: options.hooks,
        session: hashToken(request.token!),
      }),
    );

    authed.get('/sync/pull', async (request) => {
      const query = parse(pullQuerySchema, request.query);
      return pull(db, userOf(request), query);
    });

    authed.get('/sync/history', async (request) => {
      const { table, id, before, limit } = parse(historyQuerySchema, request.query);
      return recordHistory(db, userOf(request), table, id, { before, limit });
    });

    authed.post('/sync/records', async (request) => {
      const { keys } = parse(recordsBodySchema, request.body);
      return { rows: await readRecords(db, userOf(request), keys) };
    });

    authed.post('/sync/conflicts/:id/resolve', async (request, reply: FastifyReply) => {
      const { id } = parse(z.object({ id: z.string().uuid() }), request.params);
      const { choice } = parse(resolveBodySchema, request.body);
      await resolveConflict(db, userOf(request), id, choice);
      return reply.code(204).send();
    });
  });
}
