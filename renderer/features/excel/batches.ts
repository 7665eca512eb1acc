import type { Table } from 'dexie';
import type { EntityName, StoredRecord } from '@shared/excel/entity';
import type { ImportCounts } from '@shared/excel/import-rows';
import { sameRecord } from '@shared/excel/records';
import type { SyncedTable } from '@shared/model/record';
import type { StreetDeskDb } from '../../db';
import { applyDelete, planDelete, referenceTables, type Blocker } from '../../db/references';

/**
 * An import is one batch: its rows are written in chunks, each chunk in one transaction with
 * the note of what undoing it takes (ids created, rows as they were). The writes are normal
 * Dexie writes, so the outbox captures them; undoing writes again, also captured. A commit
 * that is cancelled or fails takes back the chunks already written: nothing is half-imported.
 */

export type BatchStatus = 'committing' | 'committed' | 'rolledBack' | 'undoing' | 'undone';

export interface ImportBatch {
  id: string;
  entity: EntityName;
  table: SyncedTable;
  fileName: string;
  sheet: string;
  /** ISO timestamps. */
  startedAt: string;
  finishedAt?: string;
  undoneAt?: string;
  /** Display name of the user who imported. */
  by: string;
  scope: string;
  counts: Pick<ImportCounts, 'new' | 'updated' | 'unchanged' | 'rejected'>;
  status: BatchStatus;
  /** Rows an undo left alone because they were changed after the import. */
  keptChanged?: number;
}

/** What undoing one committed chunk takes. */
export interface UndoChunk {
  batchId: string;
  seq: number;
  table: SyncedTable;
  created: string[];
  /** Updated rows: as they were, and as the import wrote them. */
  updated: { before: StoredRecord; after: StoredRecord }[];
}

export interface ColumnMappingRow {
  /** Layout signature (shared/excel/header.ts layoutSignature). */
  key: string;
  entity: EntityName;
  /** Field per column, in the file's column order. */
  mapping: (string | null)[];
  labels: string[];
  usedAt: string;
}

export const batchesTable = (db: StreetDeskDb) => db.table<ImportBatch, string>('importBatches');
export const undoTable = (db: StreetDeskDb) => db.table<UndoChunk, [string, number]>('importUndo');
export const mappingsTable = (db: StreetDeskDb) => db.table<ColumnMappingRow, string>('columnMappings');

export interface BatchProgress {
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
  /** Rows per transaction. */
  chunkRows?: number;
}

/**
 * Rows per transaction: large enough that per-transaction costs (the clock row, the commit)
 * vanish, small enough to keep memory bounded. Batches are written by the Excel worker, so
 * a transaction's work never holds up the window.
 */
export const CHUNK_ROWS = 5_000;

export interface BatchWrite {
  batch: Omit<ImportBatch, 'status' | 'finishedAt'>;
  created: StoredRecord[];
  updated: StoredRecord[];
}

/** A stable sort by orgPath, so rows of a catalog block are written in the same transactions. */
function byOrgPath(records: readonly StoredRecord[]): StoredRecord[] {
  return records
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.orgPath < b.r.orgPath ? -1 : a.r.orgPath > b.r.orgPath ? 1 : a.i - b.i))
    .map((x) => x.r);
}

/** Writes a planned import as one undoable batch. Returns the batch as stored. */
export async function commitBatch(
  db: StreetDeskDb,
  write: BatchWrite,
  progress: BatchProgress = {},
): Promise<ImportBatch> {
  const { batch } = write;
  // Rows of one street together: every transaction rewrites the catalog blocks (one per
  // street, renderer/db/catalog.ts) its rows fall in, so chunks spread over every street
  // would rewrite the whole catalog each time — quadratic in the size of the import.
  const created = byOrgPath(write.created);
  const updated = byOrgPath(write.updated);
  const rows = batchesTable(db);
  const table = db.table<StoredRecord, string>(batch.table);
  const size = progress.chunkRows ?? CHUNK_ROWS;
  const total = created.length + updated.length;
  await rows.put({ ...batch, status: 'committing' });

  const writeCreated = (chunk: StoredRecord[], seq: number) =>
    db.transaction('rw', [table, undoTable(db)], async () => {
      await table.bulkAdd(chunk);
      await undoTable(db).add({
        batchId: batch.id,
        seq,
        table: batch.table,
        created: chunk.map((r) => r.id),
        updated: [],
      });
    });
  const writeUpdated = (chunk: StoredRecord[], seq: number) =>
    db.transaction('rw', [table, undoTable(db)], async () => {
      // The rows as they are now, not as planned: someone may have edited them meanwhile.
      const current = await table.bulkGet(chunk.map((r) => r.id));
      await table.bulkPut(chunk);
      const updated = chunk.flatMap((after, j) => (current[j] ? [{ before: current[j], after }] : []));
      const created = chunk.filter((_, j) => !current[j]).map((r) => r.id);
      await undoTable(db).add({ batchId: batch.id, seq, table: batch.table, created, updated });
    });
  let done = 0;
  let seq = 0;
  // Two transactions in flight: while IndexedDB's own thread writes one chunk, this thread
  // prepares the next (capture's outbox entries, structured cloning). They are queued, so
  // each still sees the clock the previous one left.
  let inFlight: Promise<void> = Promise.resolve();
  const finish = (n: number) => () => {
    done += n;
    progress.onProgress?.(done, total);
  };
  try {
    for (let i = 0; i < created.length; i += size) {
      progress.signal?.throwIfAborted();
      const chunk = created.slice(i, i + size);
      const next = writeCreated(chunk, seq++).then(finish(chunk.length));
      next.catch(() => undefined);
      await inFlight;
      inFlight = next;
    }
    for (let i = 0; i < updated.length; i += size) {
      progress.signal?.throwIfAborted();
      const chunk = updated.slice(i, i + size);
      const next = writeUpdated(chunk, seq++).then(finish(chunk.length));
      next.catch(() => undefined);
      await inFlight;
      inFlight = next;
    }
    await inFlight;
    // With a chunk always in flight, a cancel can arrive while the last one is written:
    // checked once more after it settles, a cancel never ends as a commit.
    progress.signal?.throwIfAborted();
  } catch (error) {
    await inFlight.catch(() => undefined);
    await takeBack(db, batch.id, done, {});
    await rows.update(batch.id, { status: 'rolledBack', finishedAt: new Date().toISOString() });
    throw error;
  }
  const finished: ImportBatch = { ...batch, status: 'committed', finishedAt: new Date().toISOString() };
  await rows.put(finished);
  return finished;
}

/** The ids a batch created and has not yet taken back, by table. */
async function createdBy(
  db: StreetDeskDb,
  batchId: string,
): Promise<Partial<Record<SyncedTable, Set<string>>>> {
  const created: Partial<Record<SyncedTable, Set<string>>> = {};
  await undoTable(db)
    .where('[batchId+seq]')
    .between([batchId, 0], [batchId, Infinity])
    .each((note) => {
      const set = (created[note.table] ??= new Set());
      for (const id of note.created) set.add(id);
    });
  return created;
}

export interface UndoPreview {
  /** Records that go with the batch's new ones (a new coordinator's assignments), by table. */
  cascade: Partial<Record<SyncedTable, string[]>>;
  /** What blocks the undo: records made since that point at the batch's new ones. */
  refused: Blocker[];
}

/**
 * What undoing a batch would take with it or what blocks it, by the reference rule
 * (db/references), for the confirmation to say before anything is written.
 */
export async function previewUndo(db: StreetDeskDb, batchId: string): Promise<UndoPreview> {
  const created = await createdBy(db, batchId);
  const preview: UndoPreview = { cascade: {}, refused: [] };
  for (const [table, ids] of Object.entries(created) as [SyncedTable, Set<string>][]) {
    const plan = await planDelete(db, table, [...ids], created);
    for (const [t, more] of Object.entries(plan.cascade) as [SyncedTable, string[]][])
      (preview.cascade[t] ??= []).push(...more);
    preview.refused.push(...plan.refused);
  }
  return preview;
}

/** Undoes a committed batch, or finishes an interrupted undo or commit. */
export async function undoBatch(
  db: StreetDeskDb,
  batchId: string,
  progress: BatchProgress = {},
): Promise<ImportBatch> {
  const rows = batchesTable(db);
  const batch = await rows.get(batchId);
  if (!batch) throw new Error(`no import batch ${batchId}`);
  // A batch left 'committing' (the window closed mid-write) is taken back the same way.
  if (batch.status !== 'committed' && batch.status !== 'undoing' && batch.status !== 'committing')
    return batch;
  await rows.update(batchId, { status: 'undoing' });
  const kept = await takeBack(db, batchId, batch.counts.new + batch.counts.updated, progress);
  const undone: ImportBatch = {
    ...batch,
    status: 'undone',
    undoneAt: new Date().toISOString(),
    keptChanged: (batch.keptChanged ?? 0) + kept,
  };
  await rows.put(undone);
  return undone;
}

/**
 * Takes back a batch's chunks, newest first, each in one transaction with the removal of
 * its undo note, so an interrupted undo resumes where it stopped. Created rows are deleted;
 * updated rows get their old values back unless they were changed after the import (those
 * are left, and counted). Returns how many were left.
 */
async function takeBack(
  db: StreetDeskDb,
  batchId: string,
  all: number,
  progress: BatchProgress,
): Promise<number> {
  const notes = undoTable(db);
  const seqs = (
    await notes.where('[batchId+seq]').between([batchId, 0], [batchId, Infinity]).primaryKeys()
  ).map((k) => k[1]);
  let total = 0;
  let kept = 0;
  const created = await createdBy(db, batchId);
  for (const seq of seqs.reverse()) {
    progress.signal?.throwIfAborted();
    const note = await notes.get([batchId, seq]);
    if (!note) continue;
    const table: Table<StoredRecord, string> = db.table(note.table);
    await db.transaction('rw', [...referenceTables(db), notes], async () => {
      // Records made since that point at the new ones go with them or block the undo (db/references).
      if (note.created.length > 0)
        await applyDelete(db, await planDelete(db, note.table, note.created, created));
      if (note.updated.length > 0) {
        const current = await table.bulkGet(note.updated.map((u) => u.after.id));
        const restore: StoredRecord[] = [];
        note.updated.forEach((u, i) => {
          // Server fields (rev, updatedAt) may have moved since; only a changed value counts.
          if (current[i] && sameRecord(current[i], u.after)) restore.push(u.before);
          else kept += 1;
        });
        if (restore.length > 0) await table.bulkPut(restore);
      }
      await notes.delete([batchId, seq]);
    });
    total += note.created.length + note.updated.length;
    progress.onProgress?.(total, all);
  }
  return kept;
}
