import { planDemo, type DemoChunk, type DemoOptions } from '@shared/demo/generate';
import type { SyncedTable } from '@shared/model/record';
import type { StreetDeskDb } from '../../db';
import { DATASET_KEY, WELCOME_DONE_KEY } from '../../db/local-data';
import { RefusedError } from '../../app/input-error';
import { takeBack, writeChunks, type WrittenIds } from '../../common/demo/chunk-writer';

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

/**
 * A feature's own demo data, loaded after the communities: `features/<area>/demo-extra.ts`
 * exports `demoExtra`. It writes without capture and returns what it wrote, by table, so a
 * cancelled or failed load can take it back.
 */
export interface DemoExtra {
  name: string;
  /** Extras whose data this one reads: it loads after them. */
  after?: readonly string[];
  load(
    db: StreetDeskDb,
    options: DemoOptions,
    ctx: { signal: AbortSignal; onProgress(fraction: number): void },
  ): Promise<Partial<Record<SyncedTable, string[]>>>;
}

const EXTRAS = inLoadOrder(
  Object.values(import.meta.glob<{ demoExtra: DemoExtra }>('../*/demo-extra.ts', { eager: true })).map(
    (m) => m.demoExtra,
  ),
);

/**
 * The extras in folder order, except that one naming others in `after` comes after them
 * (governance raises topics from the tickets, whose folder sorts later).
 */
export function inLoadOrder(extras: readonly DemoExtra[]): DemoExtra[] {
  const ordered: DemoExtra[] = [];
  const left = [...extras];
  while (left.length > 0) {
    const names = new Set(ordered.map((e) => e.name));
    const ready = left.findIndex((e) =>
      (e.after ?? []).every((n) => names.has(n) || !left.some((l) => l.name === n)),
    );
    // A cycle would never be ready: take the next as it comes rather than loop.
    ordered.push(...left.splice(ready === -1 ? 0 : ready, 1));
  }
  return ordered;
}

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
  ctx: {
    signal: AbortSignal;
    onProgress(progress: DemoProgress): void;
    batchPlaces?: number;
    /** The features' own demo data (roster, lists …) after the places; false loads places only. */
    extras?: boolean;
  },
): Promise<DemoLoadResult> {
  const plan = planDemo(options);
  const taken = await db.orgUnits
    .where('code')
    .anyOf(plan.units.map((u) => u.code))
    .count();
  if (taken > 0) throw new RefusedError('welcome.overlap', { count: taken });

  const written: WrittenIds = {};
  let communities = 0;
  let places = 0;
  const counted = function* () {
    for (const chunk of plan.chunks()) {
      communities += 1;
      places += chunk.places.length;
      yield chunk;
    }
  };

  try {
    await writeChunks<(typeof TABLES)[number], DemoChunk>(db, counted(), {
      tables: TABLES,
      sizeOf: (chunk) => chunk.places.length,
      batchSize: ctx.batchPlaces ?? BATCH_PLACES,
      signal: ctx.signal,
      written,
      onBatch: () => ctx.onProgress({ communities, places, total: plan.communityCount }),
    });
    for (const extra of ctx.extras === false ? [] : EXTRAS) {
      ctx.signal.throwIfAborted();
      const wrote = await extra.load(db, options, { signal: ctx.signal, onProgress: () => undefined });
      for (const [table, ids] of Object.entries(wrote) as [SyncedTable, string[]][]) {
        written[table] = [...(written[table] ?? []), ...ids];
      }
    }
    ctx.signal.throwIfAborted();
    await db.meta.bulkPut([
      { key: DATASET_KEY, value: { kind: 'demo', seed: options.seed, scope: options.scope } },
      { key: WELCOME_DONE_KEY, value: true },
    ]);
    ctx.onProgress({ communities, places, total: plan.communityCount });
    return { communities, places };
  } catch (error) {
    await takeBack(db, written);
    throw error;
  }
}
