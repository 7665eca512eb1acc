import type { EntityName, RowValues } from '@shared/excel/entity';
import type { FileErrorCode } from '@shared/excel/errors';
import type { ImportCounts, RowIssue, RowStatus } from '@shared/excel/import-rows';
import type { MessageLanguage } from '@shared/messages';
import type { SheetChoice } from '@shared/excel/sheets';
import type { ImportReport } from '@shared/excel/report';
import type { ImportBatch } from './batches';

/**
 * The Excel worker's calls: one method each, typed end to end. The worker keeps the open
 * workbook and the last plan (a session), so the window only ever holds what it shows.
 */

export interface DbOptions {
  /** The database the window uses (tests and benchmarks use their own). */
  dbName: string;
}

export interface PlanOptions extends DbOptions {
  scope: string;
  today: string;
  user: string;
  fixed?: RowValues;
}

export interface PreparedView {
  sheet: string;
  /** 0-based header row and its height. */
  headerRow: number;
  headerHeight: 1 | 2;
  labels: string[];
  /** A few values of each column, as shown in Excel, to recognise it. */
  samples: string[][];
  mapping: (string | null)[];
  /** Layout signature: the key a remembered mapping is kept under. */
  signature: string;
  dataRows: number;
}

export interface PlanView {
  counts: ImportCounts;
  rows: number;
  sheetWarnings: RowIssue[];
  /** Required fields no column gives: new rows will be refused. */
  missingRequired: string[];
  /** How many rows carry a warning. */
  warned: number;
}

export interface PreviewRow {
  row: number;
  status: RowStatus;
  /** Cells of the mapped columns, as Excel shows them. */
  cells: string[];
  issues: readonly RowIssue[];
  warnings: readonly RowIssue[];
}

export type PreviewFilter = 'all' | 'problems' | 'new' | 'updated';

export interface ExcelMethods {
  open(args: { bytes: ArrayBuffer; fileName: string; entity: EntityName }): {
    format: string;
    sheets: SheetChoice[];
    suggested: string | undefined;
  };
  prepare(args: { sheet: string; headerRow?: number }): PreparedView;
  plan(args: { mapping: (string | null)[]; options: PlanOptions }): PlanView;
  rows(args: { filter: PreviewFilter; offset: number; limit: number }): { total: number; rows: PreviewRow[] };
  report(args: { language: MessageLanguage }): ImportReport;
  errorReport(args: { language: MessageLanguage }): Uint8Array<ArrayBuffer>;
  commit(
    args: DbOptions & {
      batch: Omit<ImportBatch, 'status' | 'finishedAt' | 'counts' | 'entity' | 'table' | 'sheet'>;
    },
  ): ImportBatch;
  undo(args: DbOptions & { batchId: string }): ImportBatch;
  template(args: DbOptions & { entity: EntityName; scope: string }): Uint8Array<ArrayBuffer>;
  /** `ids`: the view's record ids, one per line (see idLines). */
  export(args: DbOptions & { entity: EntityName; ids: string; unmasked: boolean }): Uint8Array<ArrayBuffer>;
  close(args: Record<string, never>): null;
}

export type Method = keyof ExcelMethods;
export type Args<M extends Method> = Parameters<ExcelMethods[M]>[0];
export type Result<M extends Method> = ReturnType<ExcelMethods[M]>;

export type ToWorker = { id: number; method: Method; args: unknown } | { id: number; cancel: true };

/** What a failure says across the boundary: a file error keeps its code for the message. */
export type WorkerFailure =
  | { kind: 'file'; code: FileErrorCode; values: Record<string, string | number> }
  | { kind: 'cancelled' }
  | { kind: 'other'; name: string; message: string };

export type FromWorker =
  | { id: number; progress: { done: number; total: number; stage: Stage } }
  | { id: number; result: unknown }
  | { id: number; failure: WorkerFailure };

/** What a long call is doing, for the progress line. */
export type Stage = 'reading' | 'checking' | 'looking' | 'writing' | 'undoing' | 'collecting' | 'exporting';

/**
 * Record ids as one string to post to the worker: posting 240,000 strings as an array costs
 * the window about a second of structured cloning, one joined string a few milliseconds.
 */
export const idLines = (ids: readonly string[]): string => ids.join('\n');
export const fromIdLines = (lines: string): string[] => (lines === '' ? [] : lines.split('\n'));
