import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { ApiErrorCode, ErrorBody } from '@shared/sync/protocol';

/**
 * API errors: JSON `{error: {code, message}}` with the status docs/ARCHITECTURE.md names — 400 bad
 * input, 401, 403 out of scope, 409 gap, 413 too large, 429 rate limit — and never a stack
 * trace. Messages are in Chinese and English; clients show their own text by code.
 */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const badRequest = (message: string, details?: Record<string, unknown>) =>
  new ApiError(400, 'bad_request', message, details);

const MESSAGES: Record<number, [ApiErrorCode, string]> = {
  400: ['bad_request', '请求格式不正确。（The request is malformed.）'],
  401: ['unauthorized', '请先登录。（Sign in first.）'],
  403: ['forbidden', '超出您的权限范围。（Outside your permissions.）'],
  404: ['not_found', '没有这个地址。（No such address.）'],
  413: ['too_large', '请求太大。（The request is too large.）'],
  415: ['bad_request', '请求应为 JSON。（The request must be JSON.）'],
  429: ['rate_limited', '请求太频繁，请稍后再试。（Too many requests; try again later.）'],
};

function bodyOf(error: ApiError): ErrorBody {
  return {
    error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
  };
}

export function sendError(reply: FastifyReply, error: ApiError) {
  return reply.code(error.statusCode).type('application/json').send(bodyOf(error));
}

/** Turns anything thrown in an API route into the JSON error form; unexpected errors are logged, not shown. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) return sendError(reply, error);
    let status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    const known = MESSAGES[status];
    // Not JSON at all is bad input like any other (DESIGN lists 400, not 415).
    if (status === 415) status = 400;
    if (status >= 400 && status < 500 && known) {
      // Fastify's own messages (bad JSON, body too large) are clear but English only.
      const detail =
        error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? ` ${error.message}`
          : '';
      return sendError(reply, new ApiError(status, known[0], known[1] + detail));
    }
    // A database error's message can quote the values it was given (a batch of records with
    // resident IDs, on PGlite): the log gets the error's code, kind and where it was thrown,
    // never its message (issue 19, item 10).
    request.log.error(
      {
        code: (error as { code?: unknown }).code ?? 'internal',
        kind: error.name,
        route: request.routeOptions.url,
        at: error.stack
          ?.split('\n')
          .slice(1, 6)
          .map((line) => line.trim()),
      },
      'request failed',
    );
    return sendError(
      reply,
      new ApiError(500, 'internal', '服务器内部错误，已记录。（Internal server error; it has been logged.）'),
    );
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, new ApiError(404, ...MESSAGES[404]!)));
}
