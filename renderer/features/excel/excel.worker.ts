import { ENTITY_SPECS } from '@shared/excel/entities';
import type { EntityName, EntitySpec, FieldSpec, StoredRecord } from '@shared/excel/entity';
import { writeErrorReport } from '@shared/excel/error-report';
import { isCancelled } from '@shared/cancel';
import { ExcelFileError } from '@shared/excel/errors';
import { writeExport } from '@shared/excel/export';
import { layoutSignature } from '@shared/excel/header';
import { missingRequired, planImport, type ImportPlan } from '@shared/excel/import-rows';
import { describeCode } from '@shared/messages';
import { readWorkbook, type LoadedWorkbook, type SheetCell } from '@shared/excel/read';
import { maskPhone, maskResidentId } from '@shared/validation/mask';
import { reportOf } from '@shared/excel/report';
import { prepareSheet, sheetChoices, type PreparedSheet } from '@shared/excel/sheets';
import { writeTemplate } from '@shared/excel/template';
import { displayCell } from '@shared/excel/values';
import { newId } from '@shared/ids';
import { StreetDeskDb } from '../../db/database';
import { commitBatch, undoBatch } from './batches';
import { recordsInOrder } from './export-records';
import { existingRecords, importContext, orgDirectory, referenceData } from './lookup';
import type {
  Args,
  ExcelMethods,
  FromWorker,
  Method,
  PreviewRow,
  Stage,
  ToWorker,
  WorkerFailure,
} from './protocol';
import { fromIdLines } from './protocol';

/**
 * The Excel worker: reads workbooks (SheetJS), plans imports, writes batches, templates,
 * exports and error reports — everything that takes more than a moment, off the window's
 * thread. It holds one session: the open workbook, the chosen sheet and the last plan.
 */

/** The worker's global, as far as it is used (the renderer compiles with the DOM library, not WebWorker). */
const scope = self as unknown as {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

interface Session {
  fileName: string;
  entity: EntityName;
  spec: EntitySpec;
  book: LoadedWorkbook;
  prepared?: PreparedSheet;
  plan?: ImportPlan;
}

let session: Session | undefined;
const databases = new Map<string, StreetDeskDb>();
const running = new Map<number, AbortController>();

async function database(name: string): Promise<StreetDeskDb> {
  let db = databases.get(name);
  if (!db) {
    db = new StreetDeskDb(name);
    databases.set(name, db);
  }
  if (!db.isOpen()) await db.open();
  return db;
}

/** Yields to the worker's event loop so a cancel message is read; much cheaper than setTimeout. */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function current(): Session {
  if (!session) throw new Error('no workbook is open');
  return session;
}

function currentPlan(): { s: Session; prepared: PreparedSheet; plan: ImportPlan } {
  const s = current();
  if (!s.prepared || !s.plan) throw new Error('no import is planned');
  return { s, prepared: s.prepared, plan: s.plan };
}

type Context = { signal: AbortSignal; progress(stage: Stage, done: number, total: number): void };

const methods: {
  [M in Method]: (
    args: Args<M>,
    ctx: Context,
  ) => Promise<ReturnType<ExcelMethods[M]>> | ReturnType<ExcelMethods[M]>;
} = {
  open({ bytes, fileName, entity }, ctx) {
    session = undefined;
    ctx.progress('reading', 0, 1);
    const book = readWorkbook(new Uint8Array(bytes), fileName);
    const spec = ENTITY_SPECS[entity];
    session = { fileName, entity, spec, book };
    ctx.progress('reading', 1, 1);
    const { sheets, suggested } = sheetChoices(book, spec);
    return { format: book.format, sheets, suggested };
  },

  prepare({ sheet, headerRow }) {
    const s = current();
    s.plan = undefined;
    s.prepared = prepareSheet(s.book, sheet, s.spec, headerRow);
    const { grid, header, mapping } = s.prepared;
    const samples = header.labels.map((_, c) => {
      const field = s.spec.fields.find((f) => f.key === mapping[c]);
      const out: string[] = [];
      for (let r = header.row + 1; r < grid.rows && out.length < 3; r++) {
        const text = shown(grid.data[r]?.[c], field, false);
        if (text !== '') out.push(text);
      }
      return out;
    });
    return {
      sheet,
      headerRow: header.row,
      headerHeight: header.height,
      labels: header.labels,
      samples,
      mapping: [...mapping],
      signature: layoutSignature(s.entity, header.labels),
      dataRows: Math.max(0, grid.rows - header.row - 1),
    };
  },

  async plan({ mapping, options }, ctx) {
    const s = current();
    if (!s.prepared) throw new Error('no sheet is prepared');
    s.plan = undefined;
    const db = await database(options.dbName);
    ctx.progress('looking', 0, 1);
    const importCtx = await importContext(db, s.entity, options);
    const plan = await planImport({
      spec: s.spec,
      grid: s.prepared.grid,
      header: s.prepared.header,
      mapping,
      ctx: importCtx,
      existing: (keys, c) => {
        ctx.progress('looking', 0, 1);
        return existingRecords(db, s.spec, keys, c);
      },
      newId,
      signal: ctx.signal,
      onProgress: (done, total) => ctx.progress('checking', done, total),
      pause,
    });
    s.plan = plan;
    return {
      counts: plan.counts,
      rows: plan.outcomes.length,
      sheetWarnings: [...plan.sheetWarnings],
      missingRequired: missingRequired(s.spec, mapping, options.fixed).map((f) => f.key),
      warned: plan.outcomes.filter((o) => o.warnings.length > 0).length,
    };
  },

  rows({ filter, offset, limit }) {
    const { s, prepared, plan } = currentPlan();
    const keep =
      filter === 'problems'
        ? (o: ImportPlan['outcomes'][number]) => o.status === 'rejected' || o.warnings.length > 0
        : filter === 'new'
          ? (o: ImportPlan['outcomes'][number]) => o.status === 'new'
          : filter === 'updated'
            ? (o: ImportPlan['outcomes'][number]) => o.status === 'updated'
            : () => true;
    const chosen = filter === 'all' ? plan.outcomes : plan.outcomes.filter(keep);
    const columns = plan.mapping.flatMap((key, c) =>
      key ? [{ c, field: s.spec.fields.find((f) => f.key === key) }] : [],
    );
    const rows: PreviewRow[] = chosen.slice(offset, offset + limit).map((o) => {
      const source = prepared.grid.data[o.row - 1] ?? [];
      return {
        row: o.row,
        status: o.status,
        cells: columns.map(({ c, field }) =>
          shown(
            source[c],
            field,
            o.issues.some((i) => i.column === c),
          ),
        ),
        issues: o.issues,
        warnings: o.warnings,
      };
    });
    return { total: chosen.length, rows };
  },

  report({ language }) {
    const { s, plan } = currentPlan();
    return reportOf(plan, s.fileName, s.spec, language);
  },

  async errorReport({ language }) {
    const { s, prepared, plan } = currentPlan();
    const zh = language === 'zh';
    return writeErrorReport(
      plan,
      prepared.grid,
      s.spec,
      (code, values) => describeCode(code, values, language),
      zh
        ? { reasons: '错误原因', row: '原行号', title: '未导入的行' }
        : { reasons: 'Reasons', row: 'Row', title: 'Rows not imported' },
    );
  },

  async commit({ dbName, batch }, ctx) {
    const { s, plan } = currentPlan();
    const db = await database(dbName);
    const created: StoredRecord[] = [];
    const updated: StoredRecord[] = [];
    for (const o of plan.outcomes) {
      if (o.status === 'new') created.push(o.record!);
      else if (o.status === 'updated') updated.push(o.record!);
    }
    const { new: n, updated: u, unchanged, rejected } = plan.counts;
    const done = await commitBatch(
      db,
      {
        batch: {
          ...batch,
          entity: s.entity,
          table: s.spec.table,
          sheet: plan.sheet,
          counts: { new: n, updated: u, unchanged, rejected },
        },
        created,
        updated,
      },
      { signal: ctx.signal, onProgress: (d, t) => ctx.progress('writing', d, t) },
    );
    // The same plan must not be written twice.
    s.plan = undefined;
    return done;
  },

  async undo({ dbName, batchId }, ctx) {
    const db = await database(dbName);
    return undoBatch(db, batchId, {
      signal: ctx.signal,
      onProgress: (d, t) => ctx.progress('undoing', d, t),
    });
  },

  async template({ dbName, entity, scope }) {
    const db = await database(dbName);
    const [org, refs] = await Promise.all([orgDirectory(db), referenceData(db, entity)]);
    return writeTemplate(ENTITY_SPECS[entity], { org, refs, scope });
  },

  async export({ dbName, entity, ids: lines, unmasked }, ctx) {
    const ids = fromIdLines(lines);
    const db = await database(dbName);
    const spec = ENTITY_SPECS[entity];
    const [org, refs] = await Promise.all([orgDirectory(db), referenceData(db, entity)]);
    const table = db.table<StoredRecord, string>(spec.table);
    return writeExport(
      spec,
      recordsInOrder(table, ids, {
        signal: ctx.signal,
        onScan: (done, total) => ctx.progress('collecting', done, total),
      }),
      { org, refs, unmasked },
      {
        signal: ctx.signal,
        onRows: (n) => ctx.progress('exporting', n, ids.length),
      },
    );
  },

  close() {
    session = undefined;
    return null;
  },
};

/**
 * A cell as the wizard shows it: dates as dates, and resident IDs and phones masked as
 * everywhere in the app — except a refused cell, whose value the user must see to fix it.
 */
function shown(cell: SheetCell | undefined, field: FieldSpec | undefined, refused: boolean): string {
  const text = displayCell(cell, field?.kind === 'date');
  if (!field?.personal || refused || text === '') return text;
  return field.personal === 'residentId' ? maskResidentId(text) : maskPhone(text.replace(/[\s-]/g, ''));
}

function failure(error: unknown): WorkerFailure {
  if (error instanceof ExcelFileError) return { kind: 'file', code: error.code, values: error.values };
  if (isCancelled(error)) return { kind: 'cancelled' };
  const e = error instanceof Error ? error : new Error(String(error));
  return { kind: 'other', name: e.name, message: e.message };
}

function post(message: FromWorker, transfer: Transferable[] = []) {
  scope.postMessage(message, transfer);
}

scope.onmessage = (event) => {
  const message = event.data;
  if ('cancel' in message) {
    running.get(message.id)?.abort();
    return;
  }
  const { id, method, args } = message;
  const controller = new AbortController();
  running.set(id, controller);
  let last = 0;
  const ctx: Context = {
    signal: controller.signal,
    progress(stage, done, total) {
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      post({ id, progress: { stage, done, total } });
    },
  };
  const run = methods[method] as (args: unknown, ctx: Context) => unknown;
  Promise.resolve()
    .then(() => run(args, ctx))
    .then(
      (result) => post({ id, result }, result instanceof Uint8Array ? [result.buffer] : []),
      (error: unknown) => post({ id, failure: failure(error) }),
    )
    .finally(() => running.delete(id));
};
