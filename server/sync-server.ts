import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { createAppHost } from './app-host';
import { syncApi, type SyncApiOptions } from './api/sync-api';

export interface SyncServerOptions extends SyncApiOptions {
  /** The built renderer to serve to browsers (same origin as the API); none for API only. */
  root?: string;
  logger?: FastifyServerOptions['logger'];
  trustProxy?: boolean;
}

/** The sync server: the app host with the sync API under /api. */
export function createSyncServer({ root, logger, trustProxy, ...api }: SyncServerOptions): FastifyInstance {
  const app = createAppHost({ root, logger, trustProxy });
  void app.register(syncApi, { prefix: '/api', ...api });
  return app;
}
