/**
 * The Excel benchmark inside Chromium: a 240,000-row × 15-column roster written the way
 * another program writes one (SheetJS, shared strings, date cells), then read by SheetJS alone
 * (sheetjs-read.worker.ts) and imported by the app's own worker (read, header, checks, batch
 * commit into IndexedDB through capture), exported again, and the IndexedDB floor for the
 * same rows.
 * bench/excel.bench.ts drives it.
 */
import * as XLSX from '@e965/xlsx';
import { ROSTER_COLUMNS, rosterRows } from '@shared/excel/sample-roster';
import { dateSerial } from '@shared/excel/xlsx-writer';
import { sampleRefs } from '@shared/excel/test-workbooks';
import { StreetDeskDb, withoutCapture } from '../../renderer/db/database';
import { ensureReferenceData } from '../../renderer/db/reference';
import { ExcelWorkerClient } from '../../renderer/features/excel/worker-client';
import { idLines } from '../../renderer/features/excel/protocol';
import { CHUNK_ROWS } from '../../renderer/features/excel/batches';
import { countPending } from '../../renderer/db/outbox';
import { indexedDbFloor } from './floor';
import type { ReadOnlyResult } from './sheetjs-read.worker';
import { watched } from './watch';

export const name = 'excel';

const DB = 'bench-excel';
const FLOOR_DB = 'bench-excel-floor';
let roster: Uint8Array | undefined;

async function openDb(): Promise<StreetDeskDb> {
  const db = new StreetDeskDb(DB);
  await db.open();
  return db;
}

export const api = {
  async reset(): Promise<void> {
    await new StreetDeskDb(DB).delete();
    await new StreetDeskDb(FLOOR_DB).delete();
    const db = await openDb();
    await ensureReferenceData(db);
    const refs = sampleRefs();
    // Reference data, as the coordinators feature keeps it: categories and their departments.
    await withoutCapture(db, ['coordinatorCategories', 'departments'], async () => {
      await db.departments.bulkPut(refs.departments!.map((d) => ({ ...d, orgPath: '' })));
      await db.coordinatorCategories.bulkPut(refs.coordinatorCategories!.map((c) => ({ ...c, orgPath: '' })));
    });
    db.close();
  },

  /** Generates the roster as an .xlsx (not timed). */
  makeRoster(rows: number): { bytes: number } {
    const kinds = ROSTER_COLUMNS.map((c) => c.kind);
    const data: XLSX.CellObject[][] = [ROSTER_COLUMNS.map((c) => ({ t: 's', v: c.header }))];
    for (const row of rosterRows({ seed: 20240301, rows })) {
      data.push(
        row.map((v, i): XLSX.CellObject => {
          if (v === undefined || v === null) return { t: 'z' };
          if (kinds[i] === 'date') return { t: 'n', v: dateSerial(String(v)) ?? 0, z: 'yyyy-mm-dd' };
          return typeof v === 'number' ? { t: 'n', v } : { t: 's', v: String(v) };
        }),
      );
    }
    const sheet = {
      '!data': data,
      '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows, c: 14 } }),
    } as XLSX.WorkSheet;
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, '花名册');
    roster = new Uint8Array(
      XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer,
    );
    return { bytes: roster.length };
  },

  /** SheetJS reading the roster alone, in the same kind of worker, with the import's options. */
  async parseOnly(): Promise<{ ms: number; rows: number }> {
    const worker = new Worker(new URL('./sheetjs-read.worker.ts', import.meta.url), {
      type: 'module',
      name: 'sheetjs-read',
    });
    try {
      const copy = roster!.slice().buffer;
      return await new Promise<ReadOnlyResult>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<ReadOnlyResult>) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(event.message || 'SheetJS worker failed'));
        worker.postMessage(copy, [copy]);
      });
    } finally {
      worker.terminate();
    }
  },

  /** File to validated rows in IndexedDB, through the app's worker; every step timed. */
  async importRoster() {
    const client = new ExcelWorkerClient();
    const copy = roster!.slice().buffer;
    const steps: Record<string, number> = {};
    const step = async <T>(label: string, run: () => Promise<T>) => {
      const t = performance.now();
      const result = await run();
      steps[label] = performance.now() - t;
      return result;
    };
    try {
      const watch = await watched(async () => {
        const opened = await step('read', () =>
          client.call('open', { bytes: copy, fileName: 'roster.xlsx', entity: 'coordinators' }, {}, [copy]),
        );
        const prepared = await step('header', () => client.call('prepare', { sheet: opened.suggested! }));
        const plan = await step('check', () =>
          client.call('plan', {
            mapping: prepared.mapping,
            options: { dbName: DB, scope: '', today: '2026-11-01', user: 'bench' },
          }),
        );
        const batch = await step('commit', () =>
          client.call('commit', {
            dbName: DB,
            batch: {
              id: 'bench-batch',
              fileName: 'roster.xlsx',
              startedAt: new Date().toISOString(),
              by: 'bench',
              scope: '',
            },
          }),
        );
        return { counts: plan.counts, batch: batch.status };
      });
      const db = await openDb();
      const stored = await db.coordinators.count();
      const outbox = await countPending(db);
      db.close();
      return { ...watch, steps, stored, outbox };
    } finally {
      client.terminate();
    }
  },

  /** The whole roster from IndexedDB to an .xlsx, through the same worker and writer as the app. */
  async exportRoster() {
    const db = await openDb();
    const ids = (await db.coordinators.toCollection().primaryKeys()) as string[];
    db.close();
    // Reading the keys is the harness's work: the long-task watch starts in a task of its own.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const client = new ExcelWorkerClient();
    try {
      const watch = await watched(() =>
        client.call('export', { dbName: DB, entity: 'coordinators', ids: idLines(ids), unmasked: true }),
      );
      return {
        ms: watch.ms,
        bytes: watch.result.length,
        rows: ids.length,
        longestTaskMs: watch.longestTaskMs,
      };
    } finally {
      client.terminate();
    }
  },

  /** The IndexedDB floor (floor.ts) for the coordinators the import wrote. */
  async indexedDbFloor(): Promise<{ ms: number; rows: number }> {
    const db = await openDb();
    const records = await db.coordinators.toArray();
    db.close();
    return indexedDbFloor(records as unknown as ({ id: string } & Record<string, unknown>)[], {
      table: 'coordinators',
      dbName: FLOOR_DB,
      chunkRows: CHUNK_ROWS,
    });
  },
};

declare global {
  interface BenchApis {
    excel: typeof api;
  }
}
