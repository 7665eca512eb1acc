import type { z } from 'zod';
import {
  errorBodySchema,
  historyResponseSchema,
  loginResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  recordResponseSchema,
  type ChangeRow,
  type HistoryResponse,
  type LoginResponse,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '@shared/sync/protocol';
import { sessionUserSchema } from '@shared/sync/protocol';
import type { SessionUser } from '@shared/auth/roles';
import type { SyncedTable } from '@shared/model/record';

/**
 * A failed call to the sync server. `status` 0 means the server could not be reached
 * (offline, wrong address, timed out); otherwise the HTTP status with the server's
 * `{error: {code, message}}`.
 */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }

  get unreachable(): boolean {
    return this.status === 0;
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

const REQUEST_TIMEOUT_MS = 120_000;

/** The sync server's HTTP API (shared/sync/protocol.ts), with responses checked against the shared schemas. */
export class SyncApi {
  constructor(
    readonly baseUrl: string,
    private readonly token: string | null = null,
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
  ) {}

  private async call<T>(
    method: 'GET' | 'POST',
    path: string,
    schema: z.ZodType<T> | null,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new SyncHttpError(0, 'unreachable', error instanceof Error ? error.message : String(error));
    }
    if (response.status === 204) return undefined as T;
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new SyncHttpError(
        response.ok ? 502 : response.status,
        'not_sync_server',
        `HTTP ${response.status}: not a Street Desk sync server`,
      );
    }
    if (!response.ok) {
      const parsed = errorBodySchema.safeParse(json);
      if (parsed.success) {
        const { code, message, details } = parsed.data.error;
        throw new SyncHttpError(response.status, code, message, details);
      }
      throw new SyncHttpError(response.status, 'http', `HTTP ${response.status}`);
    }
    if (!schema) return json as T;
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      throw new SyncHttpError(502, 'not_sync_server', 'unexpected response from the server');
    return parsed.data;
  }

  login(username: string, password: string, clientId?: string): Promise<LoginResponse> {
    return this.call('POST', '/api/auth/login', loginResponseSchema, { username, password, clientId });
  }

  session(): Promise<{ user: SessionUser; serverId: string }> {
    return this.call('GET', '/api/auth/session', null).then((r) => {
      const value = r as { user: unknown; serverId: string };
      return { user: sessionUserSchema.parse(value.user), serverId: value.serverId };
    });
  }

  logout(): Promise<void> {
    return this.call('POST', '/api/auth/logout', null, {});
  }

  push(request: PushRequest, signal?: AbortSignal): Promise<PushResponse> {
    return this.call('POST', '/api/sync/push', pushResponseSchema, request, signal);
  }

  pull(
    params: { cursor: string; limit?: number; clientId?: string; scope?: string },
    signal?: AbortSignal,
  ): Promise<PullResponse> {
    const query = new URLSearchParams({ cursor: params.cursor });
    if (params.limit) query.set('limit', String(params.limit));
    if (params.clientId) query.set('clientId', params.clientId);
    if (params.scope !== undefined) query.set('scope', params.scope);
    return this.call('GET', `/api/sync/pull?${query}`, pullResponseSchema, undefined, signal);
  }

  /** The server's current rows for these records (`gone` for those the user may not read). */
  records(keys: { table: SyncedTable; id: string }[], signal?: AbortSignal): Promise<ChangeRow[]> {
    return this.call('POST', '/api/sync/records', null, { keys }, signal).then((r) =>
      (r as { rows: unknown[] }).rows.map((row) => recordResponseSchema.shape.row.parse(row)!),
    );
  }

  history(table: SyncedTable, id: string, before?: number): Promise<HistoryResponse> {
    const query = new URLSearchParams({ table, id });
    if (before) query.set('before', String(before));
    return this.call('GET', `/api/sync/history?${query}`, historyResponseSchema);
  }

  resolveConflict(id: string, choice: 'mine' | 'theirs'): Promise<void> {
    return this.call('POST', `/api/sync/conflicts/${encodeURIComponent(id)}/resolve`, null, { choice });
  }
}
