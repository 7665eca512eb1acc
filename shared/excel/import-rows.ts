import { dequal } from 'dequal';
import { SERVER_MANAGED_FIELDS } from '../model/record';
import { sameRecord } from './records';
import { codeOfPath, isInScope } from '../org/codes';
import type { Issue } from '../validation/issue';
import {
  plannedRecords,
  type EntitySpec,
  type FieldSpec,
  type ImportContext,
  type ReferenceData,
  type RowValues,
  type StoredRecord,
} from './entity';
import type { AbortLike } from '../cancel';
import { ExcelFileError } from './errors';
import { foldLabel, type HeaderGuess } from './header';
import type { OrgEntry } from './org-directory';
import type { Grid, SheetCell } from './read';
import {
  cellText,
  optionIndex,
  parseBool,
  parseCode,
  parseCount,
  parseDate,
  parseDateTime,
  parseItemCode,
  parseList,
  parseOption,
  parsePhone,
  parseResidentId,
  parseText,
  type CellProblem,
  type Parsed,
} from './values';
import { clean } from './text';

/**
 * Rows → plan: every data row read through its column's field, keyed, checked for duplicates
 * inside the file, matched against the database by natural key, built into a record by the
 * entity spec, and classified new / updated / unchanged / rejected. Nothing is written here:
 * the plan is the dry run, and committing it is the caller's (renderer: one undoable batch).
 */

/** Sheet column → field key, or null for a column not imported. */
export type ColumnMapping = readonly (string | null)[];

export interface RowIssue {
  /** 0-based sheet column, when the problem is in one cell. */
  column?: number;
  /** Spec field key. */
  field?: string;
  code: string;
  values?: Record<string, string | number>;
}

export type RowStatus = 'new' | 'updated' | 'unchanged' | 'rejected' | 'skipped';

export interface RowOutcome {
  /** The row number Excel shows (1-based). */
  row: number;
  status: RowStatus;
  key?: string;
  issues: readonly RowIssue[];
  warnings: readonly RowIssue[];
  /** New and updated rows: the whole record to write. */
  record?: StoredRecord;
  /** Updated and unchanged rows: the stored record. */
  previous?: StoredRecord;
}

export interface ImportCounts {
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
  skipped: number;
}

export interface ImportPlan {
  entity: string;
  sheet: string;
  /** Excel row number of the (last) header row. */
  headerRow: number;
  /** Column labels for display (楼门长 / 姓名 for a two-row header). */
  labels: readonly string[];
  /** Column labels as one line each (楼门长姓名): what an error report's header repeats. */
  headerLabels: readonly string[];
  mapping: ColumnMapping;
  outcomes: RowOutcome[];
  counts: ImportCounts;
  /** Problems of the whole sheet that are not a row's (a repeated column). */
  sheetWarnings: readonly RowIssue[];
}

/** The stored records that rows' keys name, and reference data learned on the way. */
export interface ExistingRecords {
  /** By every key a record answers to (spec.keysOfRecord). */
  records: ReadonlyMap<string, StoredRecord>;
  refs?: Partial<ReferenceData>;
}

export interface PlanOptions {
  spec: EntitySpec;
  grid: Grid;
  header: Pick<HeaderGuess, 'row' | 'labels' | 'columns'>;
  mapping: ColumnMapping;
  ctx: ImportContext;
  /** Finds stored records by natural key (the database, or nothing for a dry check). */
  existing(keys: string[], ctx: ImportContext): Promise<ExistingRecords>;
  newId(): string;
  signal?: AbortLike;
  /** Rows done of rows in all (both passes count: the total is twice the rows). */
  onProgress?(done: number, total: number): void;
  /** Lets the host breathe (a worker reads its cancel message); called every few thousand rows. */
  pause?(): Promise<void>;
}

const NONE: readonly RowIssue[] = Object.freeze([]);
const CHUNK = 2_000;

type Parser = (cell: SheetCell | undefined, ctx: ImportContext, values: RowValues) => Parsed<unknown>;

/** The reader of one field's cells. */
function parserFor(field: FieldSpec, spec: EntitySpec): Parser {
  switch (field.kind) {
    case 'text':
      return (cell) => parseText(cell, field.max);
    case 'code':
      return (cell) => parseCode(cell, field.length);
    case 'itemCode':
      return (cell) => parseItemCode(cell, field.length);
    case 'residentId':
      return (cell, ctx) => parseResidentId(cell, ctx.today);
    case 'mobile':
      return (cell) => parsePhone(cell, true);
    case 'phone':
      return (cell) => parsePhone(cell, false);
    case 'date':
      return (cell) => parseDate(cell);
    case 'datetime':
      return (cell) => parseDateTime(cell);
    case 'count':
      return (cell) => parseCount(cell);
    case 'year':
      return (cell) => {
        const n = parseCount(cell);
        if (n.value !== undefined && (n.value < 2000 || n.value > 2100))
          return { problem: { code: 'place.demoYear' } };
        return n;
      };
    case 'bool':
      return (cell) => parseBool(cell);
    case 'option': {
      const choices = (field.options ?? []).map((o) => ({
        value: o.value,
        words: [o.label, o.labelEn, ...(o.synonyms ?? [])],
      }));
      const index = optionIndex(choices);
      const labels = (field.options ?? []).map((o) => o.label);
      return (cell) => parseOption(cell, index, labels);
    }
    case 'list':
      return (cell) => parseList(cell);
    case 'org': {
      const levels = field.levels ?? ['community', 'village'];
      const within = field.within ? spec.fields.find((f) => f.key === field.within) : undefined;
      return (cell, ctx, values) => {
        const text = cellText(cell);
        if (text.value === undefined) return text;
        const parent = within ? (values[within.key] as OrgEntry | undefined) : undefined;
        const found = ctx.org.resolve(text.value, levels, parent?.code ?? '');
        return found.unit ? { value: found.unit } : { problem: found.problem };
      };
    }
  }
}

/** Whether a cell holds the template's example value of its field (dates may be date cells). */
function matchesExample(cell: SheetCell | undefined, field: FieldSpec): boolean {
  const text = cellText(cell).value ?? '';
  if (text === field.example) return true;
  return field.kind === 'date' && parseDate(cell).value === field.example;
}

function issueOf(problem: CellProblem, column: number | undefined, field: string): RowIssue {
  return column === undefined ? { field, ...problem } : { column, field, ...problem };
}

/** A row holding nothing at all (between blocks of data, or below it). */
function emptyRow(row: readonly (SheetCell | undefined)[] | undefined): boolean {
  if (!row) return true;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    if (!cell || cell.v === undefined || cell.v === null || cell.t === 'z') continue;
    if (cell.t !== 's' || (cell.v as string).trim() !== '') return false;
  }
  return true;
}

/**
 * Checks that the mapping names the natural key (or the entity does without), and that no
 * field is taken twice.
 */
export function checkMapping(
  spec: EntitySpec,
  mapping: ColumnMapping,
  ctx: Pick<ImportContext, 'fixed'>,
): void {
  const mapped = new Set(mapping.filter((k): k is string => k !== null));
  const missing = spec.fields.filter(
    (f) => f.required && !mapped.has(f.key) && !(ctx.fixed && f.key in ctx.fixed),
  );
  if (missing.length === spec.fields.filter((f) => f.required).length && missing.length > 0) {
    throw new ExcelFileError('missingColumns', { columns: missing.map((f) => f.header).join('、') });
  }
}

/** Required fields with no column: every new row will be refused for them. */
export function missingRequired(spec: EntitySpec, mapping: ColumnMapping, fixed?: RowValues): FieldSpec[] {
  const mapped = new Set(mapping.filter((k): k is string => k !== null));
  return spec.fields.filter((f) => f.required && !mapped.has(f.key) && !(fixed && f.key in fixed));
}

interface Pending {
  row: number;
  values: RowValues;
  issues: RowIssue[] | readonly RowIssue[];
  warnings: RowIssue[] | readonly RowIssue[];
  key?: string;
  status?: RowStatus;
}

function pushTo(list: RowIssue[] | readonly RowIssue[], issue: RowIssue): RowIssue[] {
  const out = list === NONE ? [] : (list as RowIssue[]);
  out.push(issue);
  return out;
}

export async function planImport(o: PlanOptions): Promise<ImportPlan> {
  const { spec, grid, header, mapping, signal } = o;
  const ctx: ImportContext = { ...o.ctx, scratch: new Map() };
  checkMapping(spec, mapping, ctx);
  const fieldsByKey = new Map(spec.fields.map((f) => [f.key, f]));
  // Org fields first, in declaration order, so a narrowing field (所属区) is read before the one it narrows.
  const columns = mapping
    .map((key, column) => ({ key, column }))
    .filter((c): c is { key: string; column: number } => c.key !== null && fieldsByKey.has(c.key))
    .map((c) => ({ ...c, field: fieldsByKey.get(c.key)!, parse: parserFor(fieldsByKey.get(c.key)!, spec) }))
    .sort((a, b) => spec.fields.indexOf(a.field) - spec.fields.indexOf(b.field));
  const columnOf = new Map(columns.map((c) => [c.key, c.column]));
  const headerFolded = header.labels.map(foldLabel);
  const firstColumn = columns[0]?.column;
  const sheetWarnings: RowIssue[] = [];
  const seenFields = new Set<string>();
  mapping.forEach((key, column) => {
    if (key === null) return;
    if (seenFields.has(key)) {
      sheetWarnings.push({
        column,
        // Text taken from several columns is joined (楼号 + 单元 → 5号楼1单元); anything else
        // is read from the first.
        code:
          fieldsByKey.get(key)?.kind === 'text' ? 'excel.warn.combinedColumn' : 'excel.warn.duplicateColumn',
        values: { column: column + 1, label: header.labels[column] ?? '' },
      });
    }
    seenFields.add(key);
  });
  const first = header.row + 1;
  const total = Math.max(0, grid.rows - first);
  const progress = (done: number) => o.onProgress?.(done, total * 2);

  // Pass 1: cells → values, keys, duplicates inside the file.
  const pending: Pending[] = [];
  const firstByKey = new Map<string, Pending>();
  for (let r = first; r < grid.rows; r++) {
    if ((r - first) % CHUNK === 0 && r > first) {
      signal?.throwIfAborted();
      progress(r - first);
      await o.pause?.();
    }
    const row = grid.data[r];
    if (emptyRow(row)) continue;
    // A header repeated on every printed page.
    if (
      row &&
      firstColumn !== undefined &&
      row[firstColumn]?.t === 's' &&
      clean(String(row[firstColumn]!.v)) === header.labels[firstColumn] &&
      columns.every((c) => foldLabel(cellText(row[c.column]).value ?? '') === headerFolded[c.column])
    ) {
      continue;
    }
    const p: Pending = { row: r + 1, values: {}, issues: NONE, warnings: NONE };
    let example = columns.length > 0;
    for (const c of columns) {
      const cell = row?.[c.column];
      if (example && !matchesExample(cell, c.field)) example = false;
      const earlier = p.values[c.key];
      if (earlier !== undefined) {
        // A repeated text column continues the text (楼号 then 单元); any other, the first wins.
        if (c.field.kind !== 'text') continue;
        const more = c.parse(cell, ctx, p.values);
        if (typeof more.value === 'string') p.values[c.key] = `${String(earlier)}${more.value}`;
        continue;
      }
      const parsed = c.parse(cell, ctx, p.values);
      if (parsed.problem) p.issues = pushTo(p.issues, issueOf(parsed.problem, c.column, c.key));
      else if (parsed.value !== undefined) p.values[c.key] = parsed.value;
      if (parsed.warning) p.warnings = pushTo(p.warnings, issueOf(parsed.warning, c.column, c.key));
    }
    if (example) {
      // The template's example row, left in by the sender.
      p.status = 'skipped';
      p.warnings = pushTo(p.warnings, { code: 'excel.warn.exampleRow' });
      pending.push(p);
      continue;
    }
    if (ctx.fixed) Object.assign(p.values, ctx.fixed);
    if (p.issues.length === 0 && spec.check) {
      for (const issue of spec.check(p.values, ctx)) {
        p.issues = pushTo(p.issues, { ...issue, column: columnOf.get(issue.field) });
      }
    }
    if (p.issues.length === 0) spec.register?.(p.values, ctx);
    p.key = spec.keyOfValues(p.values, ctx);
    if (p.key !== undefined) {
      const earlier = firstByKey.get(p.key);
      if (earlier) {
        if (dequal(earlier.values, p.values)) {
          p.status = 'skipped';
          p.warnings = pushTo(p.warnings, { code: 'excel.row.duplicateSame', values: { row: earlier.row } });
        } else {
          p.issues = pushTo(p.issues, {
            code: 'excel.row.duplicate',
            values: { row: earlier.row, key: spec.keyLabelOf?.(p.key, p.values) ?? spec.keyLabel },
          });
        }
      } else if (p.issues.length === 0) {
        firstByKey.set(p.key, p);
      }
    } else if (!spec.keyOptional && p.issues.length === 0) {
      p.issues = pushTo(p.issues, { code: 'excel.row.noKey', values: { key: spec.keyLabel } });
    }
    pending.push(p);
  }

  // The database: stored records by key, and what else the rows refer to.
  signal?.throwIfAborted();
  const found = await o.existing([...firstByKey.keys()], ctx);
  if (found.refs) ctx.refs = { ...ctx.refs, ...found.refs };

  // Pass 2: records, against what is stored.
  const outcomes: RowOutcome[] = [];
  const counts: ImportCounts = { new: 0, updated: 0, unchanged: 0, rejected: 0, skipped: 0 };
  const required = spec.fields.filter((f) => f.required);
  const columnOfField = (field: string) =>
    columnOf.get(spec.issueFields?.[field] ?? field) ?? columnOf.get(field);
  const specField = (field: string) => spec.issueFields?.[field] ?? field;
  for (let i = 0; i < pending.length; i++) {
    if (i % CHUNK === 0 && i > 0) {
      signal?.throwIfAborted();
      progress(total + Math.round((i / pending.length) * total));
      await o.pause?.();
    }
    const p = pending[i]!;
    if (p.status === 'skipped') {
      counts.skipped += 1;
      outcomes.push({ row: p.row, status: 'skipped', key: p.key, issues: NONE, warnings: p.warnings });
      continue;
    }
    let issues = p.issues;
    let record: StoredRecord | undefined;
    const previous = p.key !== undefined ? found.records.get(p.key) : undefined;
    if (issues.length === 0) {
      const values = previous ? { ...spec.valuesOf(previous, ctx), ...p.values } : p.values;
      for (const f of required) {
        if (values[f.key] === undefined)
          issues = pushTo(issues, issueOf({ code: 'excel.cell.required' }, columnOf.get(f.key), f.key));
      }
      if (previous && !isInScope(previous.orgPath, ctx.scope)) {
        issues = pushTo(issues, scopeIssue(spec, columnOf, previous.orgPath, ctx));
      }
      if (issues.length === 0) {
        const built = spec.build(values, previous, ctx);
        if (!built.ok) {
          for (const issue of built.issues as Issue[]) {
            issues = pushTo(issues, {
              ...issue,
              field: specField(issue.field),
              column: columnOfField(issue.field),
            });
          }
        } else {
          const value = built.value as Omit<StoredRecord, 'id'> & { orgPath: string };
          if (!isInScope(value.orgPath, ctx.scope)) {
            issues = pushTo(issues, scopeIssue(spec, columnOf, value.orgPath, ctx));
          } else {
            record = previous
              ? ({ ...serverFields(previous), ...value, id: previous.id } as StoredRecord)
              : ({ ...value, id: o.newId() } as StoredRecord);
          }
        }
      }
    }
    if (issues.length > 0 || !record) {
      counts.rejected += 1;
      outcomes.push({ row: p.row, status: 'rejected', key: p.key, issues, warnings: p.warnings });
      continue;
    }
    // Later rows may refer to this one (a gate to its building), and must not take its code.
    for (const key of spec.keysOfRecord(record)) plannedRecords(ctx).set(key, record);
    if (!previous) {
      counts.new += 1;
      outcomes.push({ row: p.row, status: 'new', key: p.key, issues: NONE, warnings: p.warnings, record });
    } else if (sameRecord(previous, record)) {
      counts.unchanged += 1;
      outcomes.push({
        row: p.row,
        status: 'unchanged',
        key: p.key,
        issues: NONE,
        warnings: p.warnings,
        previous,
      });
    } else {
      counts.updated += 1;
      outcomes.push({
        row: p.row,
        status: 'updated',
        key: p.key,
        issues: NONE,
        warnings: p.warnings,
        record,
        previous,
      });
    }
  }
  progress(total * 2);
  return {
    entity: spec.name,
    sheet: grid.sheet,
    headerRow: header.row + 1,
    labels: header.labels,
    headerLabels: header.columns.map((c) => c[0] ?? ''),
    mapping,
    outcomes,
    counts,
    sheetWarnings,
  };
}

function serverFields(record: StoredRecord): Partial<StoredRecord> {
  const out: Partial<StoredRecord> = {};
  for (const f of SERVER_MANAGED_FIELDS)
    if (record[f] !== undefined) (out as Record<string, unknown>)[f] = record[f];
  return out;
}

function scopeIssue(
  spec: EntitySpec,
  columnOf: ReadonlyMap<string, number>,
  orgPath: string,
  ctx: ImportContext,
): RowIssue {
  const orgField =
    spec.fields
      .filter((f) => f.kind === 'org')
      .reverse()
      .find((f) => columnOf.has(f.key)) ?? spec.fields.find((f) => f.kind === 'org');
  const code = codeOfPath(orgPath);
  return {
    column: orgField ? columnOf.get(orgField.key) : undefined,
    field: orgField?.key,
    code: 'excel.cell.outOfScope',
    values: {
      value: ctx.org.byCode(code)?.name ?? code,
      scope: ctx.scope === '' ? '北京市' : (ctx.org.byCode(codeOfPath(ctx.scope))?.name ?? ctx.scope),
    },
  };
}
