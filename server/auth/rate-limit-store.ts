import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Queryable } from '../db/database';

/**
 * A @fastify/rate-limit store in the database: login attempts are counted once for all
 * server instances, so adding an instance does not multiply how often a password can be
 * guessed. One upserted row per key and window.
 */
export function databaseRateLimitStore(db: Queryable): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      db.query<{ hits: number; ttl: number }>(
        `INSERT INTO rate_limits AS r (key, window_start, hits) VALUES ($1, now(), 1)
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN r.window_start + $2 * interval '1 millisecond' <= now() THEN 1 ELSE r.hits + 1 END,
           window_start = CASE WHEN r.window_start + $2 * interval '1 millisecond' <= now() THEN now() ELSE r.window_start END
         RETURNING hits, greatest(0, extract(epoch FROM (window_start + $2 * interval '1 millisecond' - now())) * 1000)::float8 AS ttl`,
        [key, timeWindow],
      ).then(
        ([row]) => callback(null, { current: row!.hits, ttl: Math.ceil(row!.ttl) }),
        (error: Error) => callback(error),
      );
    }

    child(): FastifyRateLimitStore {
      return new DatabaseStore();
    }
  }
  return DatabaseStore;
}

/** Forgets windows that ended long ago. */
export async function purgeRateLimits(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`);
}
