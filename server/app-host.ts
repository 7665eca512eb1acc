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
}

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
}: AppHostOptions): FastifyInstance {
  // Fastify's types pick the server kind from `https`; the app host only ever hands the instance on.
  const app = (
    https ? Fastify({ logger, trustProxy, https }) : Fastify({ logger, trustProxy })
  ) as FastifyInstance;

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
