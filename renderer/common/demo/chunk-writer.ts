import type { SyncedTable } from '@shared/model/record';
import { withoutCapture, type StreetDeskDb } from '../../db';

/** Ids written, by table: what a cancelled or failed load takes back. */
export type WrittenIds = Partial<Record<SyncedTable, string[]>>;

/** Rows per transaction when a load is taken back: bounded memory at city scale. */
const ROLLBACK_BATCH = 2_000;

/**
 * Writes generated chunks without capture (demo rows are not local edits), a batch of them
 * per transaction. One batch is written while the next is generated: the page's thread and
 * IndexedDB's own thread then work at the same time. Every id written is noted in `written`
 * as its transaction commits, so the caller can take back a load that fails or is cancelled.
 */
export async function writeChunks<T extends SyncedTable, C extends Record<T, { id: string }[]>>(
  db: StreetDeskDb,
  chunks: Iterable<C>,
  options: {
    tables: readonly T[];
    /** How much of a batch a chunk fills (places, coordinators …). */
    sizeOf(chunk: C): number;
    batchSize: number;
    signal: AbortSignal;
    written: WrittenIds;
    /** After each batch is handed to IndexedDB. */
    onBatch?(): void;
  },
): Promise<void> {
  const { tables, written } = options;
  for (const table of tables) written[table] ??= [];
  const write = (batch: C[]) =>
    withoutCapture(db, tables, async () => {
      for (const table of tables) {
        const rows = batch.flatMap((c) => c[table]);
        await db.table(table).bulkAdd(rows);
        for (const r of rows) written[table]!.push(r.id);
      }
    });

  let batch: C[] = [];
  let size = 0;
  let inFlight: Promise<void> = Promise.resolve();
  /** Starts writing the current batch after the one in flight; resolves when that one is written. */
  const flush = (): Promise<void> => {
    const previous = inFlight;
    if (batch.length > 0) {
      const taken = batch;
      batch = [];
      size = 0;
      inFlight = previous.then(() => write(taken));
      // Its failure is reported when it is awaited; do not let it go unhandled meanwhile.
      inFlight.catch(() => undefined);
    }
    return previous;
  };

  try {
    for (const chunk of chunks) {
      options.signal.throwIfAborted();
      batch.push(chunk);
      size += options.sizeOf(chunk);
      if (size >= options.batchSize) {
        await flush();
        options.onBatch?.();
      }
    }
    await flush();
    await inFlight;
  } catch (error) {
    // Let the batch in flight land (or fail) so `written` is complete before a take-back.
    await inFlight.catch(() => undefined);
    throw error;
  }
}

/** Deletes what a load wrote, in bounded transactions. */
export async function takeBack(db: StreetDeskDb, written: WrittenIds): Promise<void> {
  for (const [table, ids] of Object.entries(written) as [SyncedTable, string[]][]) {
    for (let i = 0; i < ids.length; i += ROLLBACK_BATCH) {
      await withoutCapture(db, [table], () => db.table(table).bulkDelete(ids.slice(i, i + ROLLBACK_BATCH)));
    }
  }
}
