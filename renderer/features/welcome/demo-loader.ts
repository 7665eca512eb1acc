import { planDemo, type DemoChunk, type DemoOptions } from '@shared/demo/generate';
import type { SyncedTable } from '@shared/model/record';
import { withoutCapture, type StreetDeskDb } from '../../db';
import { DATASET_KEY, WELCOME_DONE_KEY } from '../../db/local-data';
import { JobCancelled } from '../../app/jobs/job-store';
import { RefusedError } from '../../app/input-error';

/**
 * Places per write. Catalog entries (search text, pinyin) are made on the main thread as rows
 * are written, so a batch this size keeps each task short enough for the window to respond.
 */
const BATCH_PLACES = 2_000;
/** Rows per transaction when a cancelled load is taken back: bounded memory at city scale. */
const ROLLBACK_BATCH = 2_000;

export interface DemoLoadResult {
  communities: number;
  places: number;
}

export interface DemoProgress extends DemoLoadResult {
  /** Communities and villages the plan will make. */
  total: number;
}

/**
 * A feature's own demo data, loaded after the communities: `features/<area>/demo-extra.ts`
 * exports `demoExtra`. It writes without capture and returns what it wrote, by table, so a
 * cancelled or failed load can take it back.
 */
export interface DemoExtra {
  name: string;
  load(
    db: StreetDeskDb,
    options: DemoOptions,
    ctx: { signal: AbortSignal; onProgress(fraction: number): void },
  ): Promise<Partial<Record<SyncedTable, string[]>>>;
}

const EXTRAS = Object.values(
  import.meta.glob<{ demoExtra: DemoExtra }>('../*/demo-extra.ts', { eager: true }),
).map((m) => m.demoExtra);

/** What a demo chunk holds, in the order written. */
const TABLES = ['orgUnits', 'places', 'servicePoints', 'communityWorkers'] as const;

/**
 * Generates demo data (shared/demo) and writes it, community by community, reporting
 * progress. Demo rows are not local edits and never go to the outbox. Cancelling or a
 * failure removes everything this load wrote, so the database is as it was. A scope that
 * already holds communities is refused before anything is written.
 */
export async function loadDemoData(
  db: StreetDeskDb,
  options: DemoOptions,
  ctx: { signal: AbortSignal; onProgress(progress: DemoProgress): void; batchPlaces?: number },
): Promise<DemoLoadResult> {
  const plan = planDemo(options);
  const taken = await db.orgUnits
    .where('code')
    .anyOf(plan.units.map((u) => u.code))
    .count();
  if (taken > 0) throw new RefusedError('welcome.overlap', { count: taken });

  const written: Partial<Record<SyncedTable, string[]>> = {
    orgUnits: [],
    places: [],
    servicePoints: [],
    communityWorkers: [],
  };
  let communities = 0;
  let places = 0;
  let batch: DemoChunk[] = [];
  let batchPlaces = 0;
  // One batch is written while the next is generated: the page's thread and IndexedDB's own
  // thread then work at the same time.
  let inFlight: Promise<void> = Promise.resolve();

  const write = (chunks: DemoChunk[]) =>
    withoutCapture(db, TABLES, async () => {
      for (const table of TABLES) {
        const rows: { id: string }[] = chunks.flatMap((c): { id: string }[] => c[table]);
        await db.table(table).bulkAdd(rows);
        for (const r of rows) written[table]!.push(r.id);
      }
    });

  /** Starts writing the current batch after the one in flight; resolves when that one is written. */
  const flush = (): Promise<void> => {
    const previous = inFlight;
    if (batch.length > 0) {
      const chunks = batch;
      batch = [];
      batchPlaces = 0;
      inFlight = previous.then(() => write(chunks));
      // Its failure is reported when it is awaited; do not let it go unhandled meanwhile.
      inFlight.catch(() => undefined);
    }
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
    for (const extra of EXTRAS) {
      if (ctx.signal.aborted) throw new JobCancelled();
      const wrote = await extra.load(db, options, { signal: ctx.signal, onProgress: () => undefined });
      for (const [table, ids] of Object.entries(wrote) as [SyncedTable, string[]][]) {
        written[table] = [...(written[table] ?? []), ...ids];
      }
    }
    if (ctx.signal.aborted) throw new JobCancelled();
    await db.meta.bulkPut([
      { key: DATASET_KEY, value: { kind: 'demo', seed: options.seed, scope: options.scope } },
      { key: WELCOME_DONE_KEY, value: true },
    ]);
    ctx.onProgress({ communities, places, total: plan.communityCount });
    return { communities, places };
  } catch (error) {
    await inFlight.catch(() => undefined);
    await takeBack(db, written);
    throw error;
  }
}

/** Deletes what a load wrote, in bounded transactions. */
async function takeBack(db: StreetDeskDb, written: Partial<Record<SyncedTable, string[]>>): Promise<void> {
  for (const [table, ids] of Object.entries(written) as [SyncedTable, string[]][]) {
    for (let i = 0; i < ids.length; i += ROLLBACK_BATCH) {
      await withoutCapture(db, [table], () => db.table(table).bulkDelete(ids.slice(i, i + ROLLBACK_BATCH)));
    }
  }
}
