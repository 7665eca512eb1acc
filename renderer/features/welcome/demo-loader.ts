import { planDemo, type DemoChunk, type DemoOptions } from '@shared/demo/generate';
import type { SyncedTable } from '@shared/model/record';
import { withoutCapture, type StreetDeskDb } from '../../db';
import { DATASET_KEY, WELCOME_DONE_KEY } from '../../db/local-data';
import { JobCancelled } from '../../app/jobs/job-store';

/**
 * Places per write. Catalog entries (search text, pinyin) are made on the main thread as rows
 * are written, so a batch this size keeps each task short enough for the window to respond.
 */
const BATCH_PLACES = 2_000;

export interface DemoLoadResult {
  communities: number;
  places: number;
}

export interface DemoProgress extends DemoLoadResult {
  /** Communities and villages the plan will make. */
  total: number;
}

const TABLES: readonly SyncedTable[] = ['orgUnits', 'places', 'servicePoints', 'communityWorkers'];

/**
 * Generates demo data (shared/demo) and writes it, community by community, reporting
 * progress. Demo rows are not local edits and never go to the outbox. Cancelling or a
 * failure removes everything this load wrote, so the database is as it was.
 */
export async function loadDemoData(
  db: StreetDeskDb,
  options: DemoOptions,
  ctx: { signal: AbortSignal; onProgress(progress: DemoProgress): void; batchPlaces?: number },
): Promise<DemoLoadResult> {
  const plan = planDemo(options);
  const written: Record<SyncedTable, string[]> = {
    orgUnits: [],
    places: [],
    servicePoints: [],
    communityWorkers: [],
  };
  let communities = 0;
  let places = 0;
  const batch: DemoChunk[] = [];
  let batchPlaces = 0;
  // One batch is written while the next is generated and serialised: the page's thread and
  // IndexedDB's own thread then work at the same time.
  let inFlight: Promise<void> = Promise.resolve();

  const write = (chunks: DemoChunk[]) =>
    withoutCapture(db, TABLES, async () => {
      for (const table of TABLES) {
        const rows: { id: string }[] = chunks.flatMap((c): { id: string }[] => c[table]);
        await db.table(table).bulkAdd(rows);
        for (const r of rows) written[table].push(r.id);
      }
    });

  /** Starts writing the batch; resolves when the batch before it is written. */
  const flush = (): Promise<void> => {
    const previous = inFlight;
    if (batch.length > 0) {
      inFlight = previous
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => write(batch.splice(0)));
      // Its failure is reported when it is awaited; do not let it go unhandled meanwhile.
      inFlight.catch(() => undefined);
    }
    batchPlaces = 0;
    return previous;
  };

  try {
    for (const chunk of plan.chunks()) {
      if (ctx.signal.aborted) throw new JobCancelled();
      batch.push(chunk);
      batchPlaces += chunk.places.length;
      communities += 1;
      places += chunk.places.length;
      if (batchPlaces >= (ctx.batchPlaces ?? BATCH_PLACES)) {
        await flush();
        ctx.onProgress({ communities, places, total: plan.communityCount });
      }
    }
    await flush();
    await inFlight;
    if (ctx.signal.aborted) throw new JobCancelled();
    await db.meta.bulkPut([
      { key: DATASET_KEY, value: { kind: 'demo', seed: options.seed, scope: options.scope } },
      { key: WELCOME_DONE_KEY, value: true },
    ]);
    ctx.onProgress({ communities, places, total: plan.communityCount });
    return { communities, places };
  } catch (error) {
    await inFlight.catch(() => undefined);
    await withoutCapture(db, TABLES, async () => {
      for (const table of TABLES) await db.table(table).bulkDelete(written[table]);
    });
    throw error;
  }
}
