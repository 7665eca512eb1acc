import type { Socket } from 'node:net';
/**
 * Serves the built renderer (dist/renderer) to browsers. A plain factory returning the Fastify
 * instance, so the sync server registers its API plugins on the same origin: the app's
 * IndexedDB and its API then share one address and need no CORS.
 */
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import type { TlsMaterial } from './tls';

export interface AppHostOptions {
  /** The folder holding index.html and assets/, normally dist/renderer; none for an API-only server. */
  root?: string;
  logger?: FastifyServerOptions['logger'];
  /** Behind a reverse proxy, take the client's address from X-Forwarded-For (rate limits count per address). */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** Serve https with this certificate and key (server/tls.ts); plain http without. */
  https?: TlsMaterial | null;
  /** How long a slow or silent client may hold a connection; defaults in CONNECTION_LIMITS. */
  limits?: Partial<ConnectionLimits>;
}

export interface ConnectionLimits {
  /** From connecting to the end of the request's headers. */
  headersMs: number;
  /** For the whole request, body included. */
  requestMs: number;
  /** A connection with nothing on it. */
  idleMs: number;
  /** Open connections from one address; more are closed at once. */
  perAddress: number;
}

/**
 * A client that sends part of a body and waits held a connection for 330 s or more, and
 * 21,000 of them exhausted the server's open files (issue 19, item 8).
 */
export const CONNECTION_LIMITS: ConnectionLimits = {
  headersMs: 10_000,
  requestMs: 60_000,
  idleMs: 60_000,
  perAddress: 64,
};

export const APP_HOST_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Links to outside sites must not tell them which list or person the user was looking at.
  'Referrer-Policy': 'no-referrer',
};

const NO_CACHE = 'no-cache';
const ONE_YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

/** Vite names what it emits under assets/ `name-<hash>.ext`; such a file never changes. */
export function isHashedAsset(relativePath: string): boolean {
  return /^assets\/(?:.+\/)?[^/]+-[A-Za-z0-9_-]{8,}\.[A-Za-z0-9]+$/.test(
    relativePath.split(path.sep).join('/'),
  );
}

/** Routes the sync server owns; a miss there is an API error, not a page. */
const API_PREFIX = '/api/';

export function createAppHost({
  root,
  logger = false,
  trustProxy = false,
  https = null,
  limits: given = {},
}: AppHostOptions): FastifyInstance {
  // Behind a reverse proxy every connection comes from the proxy, which does its own limiting.
  const limits = { ...CONNECTION_LIMITS, ...(trustProxy ? { perAddress: Infinity } : {}), ...given };
  const options = {
    logger,
    trustProxy,
    connectionTimeout: limits.idleMs,
    requestTimeout: limits.requestMs,
    keepAliveTimeout: Math.min(5_000, limits.idleMs),
  };
  // Fastify's types pick the server kind from `https`; the app host only ever hands the instance on.
  const app = (https ? Fastify({ ...options, https }) : Fastify(options)) as FastifyInstance;
  app.server.headersTimeout = limits.headersMs;
  const open = new Map<string, number>();
  app.server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > limits.perAddress) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    // Silent for idleMs, request or not: closed (Node leaves a socket with a request in
    // progress to the request's own timeout, which a half-sent body never reaches).
    socket.setTimeout(limits.idleMs, () => socket.destroy());
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(APP_HOST_HEADERS);
    return payload;
  });

  if (root === undefined) return app;
  const absoluteRoot = path.resolve(root);

  const sendIndex = (reply: FastifyReply) => {
    // index.html names the hashed bundles, so it must be revalidated or an update never arrives.
    return reply.header('Cache-Control', NO_CACHE).sendFile('index.html', absoluteRoot);
  };

  void app.register(fastifyStatic, {
    root: absoluteRoot,
    index: 'index.html',
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      const relative = path.relative(absoluteRoot, filePath);
      reply.header('Cache-Control', isHashedAsset(relative) ? ONE_YEAR_IMMUTABLE : NO_CACHE);
    },
  });

  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !pathname.startsWith(API_PREFIX) &&
      path.posix.extname(pathname) === '';
    // Client-side routes load the app; a missing script or image stays a 404 so it is not
    // parsed as HTML and reported as a confusing MIME error.
    if (isPage) return sendIndex(reply);
    // The static files' wildcard route sees /api/ misses first; answer them in the API's error form.
    if (pathname.startsWith(API_PREFIX)) {
      return reply
        .code(404)
        .send({ error: { code: 'not_found', message: '没有这个地址。（No such address.）' } });
    }
    return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
  });

  return app;
}
