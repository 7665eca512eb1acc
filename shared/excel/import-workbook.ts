import { newId } from '../ids';
import type { EntityName, ImportContext, ReferenceData, RowValues } from './entity';
import { ENTITY_SPECS } from './entities';
import type { AbortLike } from '../cancel';
import { ExcelFileError } from './errors';
import { planImport, type ColumnMapping, type ExistingRecords, type ImportPlan } from './import-rows';
import type { MessageLanguage } from '../messages';
import { OrgDirectory } from './org-directory';
import { readWorkbook } from './read';
import { reportOf, summaryOf, type ImportReport } from './report';
import { prepareSheet, sheetChoices } from './sheets';

/**
 * The whole import in one call, for Node (the command-line check and the server's bulk load)
 * and for tests: bytes → report and plan. The caller decides what to do with the plan —
 * the server writes its new and updated records in one transaction unless `dryRun`.
 */
export interface ImportWorkbookOptions {
  fileName: string;
  /** `YYYY-MM-DD`; pass the real date (shared code never reads the clock). */
  today: string;
  /** orgPath prefix rows must fall in; '' for the whole city. */
  scope?: string;
  /** A sheet by name; default the one whose header fits best. */
  sheet?: string;
  /** 0-based header row; default found. */
  headerRow?: number;
  /** Column → field; default matched from the header. */
  mapping?: ColumnMapping;
  /** Units besides the shipped districts and streets (communities, villages, grids). */
  org?: OrgDirectory;
  refs?: ReferenceData;
  /** Stored records by natural key; default none (every accepted row is new). */
  existing?(keys: string[], ctx: ImportContext): Promise<ExistingRecords>;
  fixed?: RowValues;
  user?: string;
  language?: MessageLanguage;
  signal?: AbortLike;
  onProgress?(done: number, total: number): void;
  pause?(): Promise<void>;
  newId?(): string;
}

export interface WorkbookImport {
  report: ImportReport;
  plan: ImportPlan;
  summary: ReturnType<typeof summaryOf>;
}

/** Imports (plans) a workbook; throws ExcelFileError for a file that cannot be imported at all. */
export async function importWorkbook(
  entity: EntityName,
  bytes: Uint8Array,
  options: ImportWorkbookOptions,
): Promise<WorkbookImport> {
  const spec = ENTITY_SPECS[entity];
  if (!spec)
    throw new ExcelFileError('unknownEntity', { entity, entities: Object.keys(ENTITY_SPECS).join(', ') });
  const book = readWorkbook(bytes, options.fileName);
  const sheet = options.sheet ?? sheetChoices(book, spec).suggested;
  if (sheet === undefined || !book.sheets.some((s) => s.name === sheet)) throw new ExcelFileError('noSheets');
  const prepared = prepareSheet(book, sheet, spec, options.headerRow);
  const plan = await planImport({
    spec,
    grid: prepared.grid,
    header: prepared.header,
    mapping: options.mapping ?? prepared.mapping,
    ctx: {
      today: options.today,
      scope: options.scope ?? '',
      org: options.org ?? OrgDirectory.withReference(),
      refs: options.refs ?? {},
      fixed: options.fixed,
      user: options.user,
    },
    existing: options.existing ?? (() => Promise.resolve({ records: new Map() })),
    newId: options.newId ?? newId,
    signal: options.signal,
    onProgress: options.onProgress,
    pause: options.pause,
  });
  return { plan, report: reportOf(plan, options.fileName, spec, options.language), summary: summaryOf(plan) };
}
