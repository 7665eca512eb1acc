import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { createAppHost } from './app-host';
import { syncApi, type SyncApiOptions } from './api/sync-api';
import type { TlsMaterial } from './tls';

export interface SyncServerOptions extends SyncApiOptions {
  /** The built renderer to serve to browsers (same origin as the API); none for API only. */
  root?: string;
  logger?: FastifyServerOptions['logger'];
  trustProxy?: boolean;
  https?: TlsMaterial | null;
}

/** The sync server: the app host with the sync API under /api. */
export function createSyncServer({
  root,
  logger,
  trustProxy,
  https,
  ...api
}: SyncServerOptions): FastifyInstance {
  const app = createAppHost({ root, logger, trustProxy, https });
  void app.register(syncApi, { prefix: '/api', ...api });
  return app;
}
