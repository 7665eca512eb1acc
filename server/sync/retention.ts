import type { Database } from '../db/database';

/** How long tombstones (and departures) are kept; a client offline longer reloads its scope. */
export const DEFAULT_TOMBSTONE_DAYS = 180;

/**
 * Forgets tombstones and departures older than the retention, and remembers the highest
 * revision forgotten: a pull whose cursor is below it might miss a delete, so it resets.
 * Holds the change counter's lock like a push, so it never races one.
 */
export async function purgeTombstones(
  db: Database,
  days: number = DEFAULT_TOMBSTONE_DAYS,
): Promise<{ purged: number }> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT seq FROM sync_state WHERE id = 1 FOR UPDATE');
    const [records] = await tx.query<{ n: number; top: number | null }>(
      `WITH gone AS (
         DELETE FROM records WHERE deleted AND updated_at <= now() - $1 * interval '1 day' RETURNING rev)
       SELECT count(*)::int AS n, max(rev) AS top FROM gone`,
      [days],
    );
    const [moved] = await tx.query<{ n: number; top: number | null }>(
      `WITH gone AS (
         DELETE FROM departures WHERE at <= now() - $1 * interval '1 day' RETURNING seq)
       SELECT count(*)::int AS n, max(seq) AS top FROM gone`,
      [days],
    );
    const top = Math.max(records?.top ?? 0, moved?.top ?? 0);
    if (top > 0)
      await tx.query('UPDATE sync_state SET purged_seq = greatest(purged_seq, $1) WHERE id = 1', [top]);
    return { purged: (records?.n ?? 0) + (moved?.n ?? 0) };
  });
}
