import type { OrgLevel } from '../model/org';
import type { SyncedRecord, SyncedTable } from '../model/record';
import type { Issue } from '../validation/issue';
import type { Vocabulary } from '../vocabulary';
import type { AddressMatcher } from '../tickets/address-matcher';
import type { OrgDirectory } from './org-directory';
import type { CellInput, ColumnKind } from './xlsx-writer';

/**
 * What the engine knows of one importable entity: its columns (Chinese headers and the other
 * names departments use), how a row becomes a record, and its natural key. One small module
 * per entity in shared/excel/entities/.
 */

export const ENTITY_NAMES = [
  'orgUnits',
  'places',
  'servicePoints',
  'communityWorkers',
  'coordinators',
  'listItems',
  'accessRequests',
  'assignments',
  'attendance',
  'tickets',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export function isEntityName(name: string): name is EntityName {
  return (ENTITY_NAMES as readonly string[]).includes(name);
}

/**
 * How a column's cells are read: `code` digits of a fixed length (statistical codes);
 * `itemCode` a list item code (letters, dashes); `org` a unit named by code or name.
 */
export type FieldKind =
  | 'text'
  | 'code'
  | 'itemCode'
  | 'residentId'
  | 'mobile'
  | 'phone'
  | 'date'
  | 'datetime'
  | 'count'
  | 'year'
  | 'bool'
  | 'option'
  | 'list'
  | 'org';

export interface FieldOption {
  value: string;
  label: string;
  labelEn: string;
  /** Other words for it: 男性, M … */
  synonyms?: readonly string[];
}

export interface FieldSpec {
  key: string;
  /** Column header in templates and exports. */
  header: string;
  headerEn: string;
  /** Other names departments give the column. */
  synonyms: readonly string[];
  kind: FieldKind;
  /** Needed for a new record (an update keeps the stored value of a column left out). */
  required?: boolean;
  /** `code`: number of digits; `itemCode`: width leading zeros are restored to. */
  length?: number;
  /** `text`: longest accepted. */
  max?: number;
  options?: readonly FieldOption[];
  /** `org`: the levels the cell may name. */
  levels?: readonly OrgLevel[];
  /** `org`: another org field whose unit narrows this one's (所属区 before 所属街道). */
  within?: string;
  /** Resident IDs and phones: masked in exports unless the user may and asks. */
  personal?: 'residentId' | 'phone';
  /** For the template's example row and instructions. */
  example: string;
  hint?: string;
  hintEn?: string;
  /** Export column width in characters. */
  width?: number;
}

/** A row's parsed cells by field key; columns not in the file, or empty cells, are absent. */
export type RowValues = Record<string, unknown>;

/** A record as the engine plans to write it. */
export type StoredRecord = SyncedRecord & Record<string, unknown>;

/**
 * What a row may refer to besides org units, loaded by the caller before validation
 * (renderer: Dexie; server: PostgreSQL; CLI: nothing).
 */
export interface ReferenceData {
  /** 协管员类别 by id: name and code, with the department. */
  coordinatorCategories?: readonly { id: string; code: string; name: string; departmentId: string }[];
  departments?: readonly { id: string; code: string; name: string }[];
  listEditions?: readonly { id: string; kind: string; name: string; status: string; orgPath: string }[];
  /** Coordinators by resident ID, for assignments and attendance. */
  coordinatorsByResidentId?: ReadonlyMap<string, { id: string; orgPath: string; name: string }>;
  /** Places by code: gates' buildings, assignments to a 楼门院. */
  placesByCode?: ReadonlyMap<string, { id: string; orgPath: string; type: string }>;
  /** Place codes by id: a gate's building in exports. */
  placeCodeById?: ReadonlyMap<string, string>;
  /** Codes already used per community, so new places get free codes. */
  placeCodesByCommunity?: ReadonlyMap<string, readonly string[]>;
  /** Codes already used per parent, so new communities and grids get free codes. */
  orgCodesByParent?: ReadonlyMap<string, readonly string[]>;
  /** Community task list items by code, for access requests; and back, for exports. */
  listItemsByCode?: ReadonlyMap<string, { id: string }>;
  listItemCodeById?: ReadonlyMap<string, string>;
  /** The 楼门院 registry in scope, indexed for 12345 addresses; and each place's orgPath. */
  addressMatcher?: AddressMatcher;
  placePathById?: ReadonlyMap<string, string>;
}

export interface ImportContext {
  /** `YYYY-MM-DD`: bounds birth dates in IDs. Shared code never reads the clock. */
  today: string;
  /** orgPath prefix rows must fall in; '' is the whole city. */
  scope: string;
  org: OrgDirectory;
  refs: ReferenceData;
  /** Values the screen fixes for every row (the list edition being edited …). */
  fixed?: RowValues;
  /** Who imports: written into history entries the import adds (a transfer, an access step). */
  user?: string;
  /** Per-import memory of the entity specs (codes handed out so far); made by the engine. */
  scratch?: Map<string, unknown>;
}

/** What exports and templates need to write a record back as the cells an import reads. */
export interface ExportContext {
  org: OrgDirectory;
  refs: ReferenceData;
  /** Show resident IDs and phones in full (the user may, asked, and it is audited). */
  unmasked: boolean;
}

export interface EntitySpec<R extends SyncedRecord = StoredRecord> {
  name: EntityName;
  table: SyncedTable;
  label: string;
  labelEn: string;
  fields: readonly FieldSpec[];
  /** The natural key's name in messages: 身份证号, 编码. */
  keyLabel: string;
  /**
   * Which of the keys a row's key is, for a duplicate's message (地址 rather than 编码或地址),
   * when the spec has more than one kind of key.
   */
  keyLabelOf?(key: string, values: Record<string, unknown>): string;
  /**
   * The natural key of a row, from its values and the context; undefined when the row does
   * not say (then, if the entity allows it, it is a new record).
   */
  keyOfValues(values: RowValues, ctx: ImportContext): string | undefined;
  /** Natural keys a stored record answers to (a place: its code and its address). */
  keysOfRecord(record: R): string[];
  /** Values of a stored record in the form rows give them, so a partial row can be completed. */
  valuesOf(record: R, ctx: ImportContext): RowValues;
  /**
   * The record to store, from the row's values over the stored record's (`existing`); issues
   * name fields by spec key. `id` and server-managed fields are added by the engine.
   */
  build(values: RowValues, existing: R | undefined, ctx: ImportContext): BuildResult<R>;
  /** A record as cells by field key, for exports (round trip: export, then import, changes nothing). */
  cells(record: R, ctx: ExportContext): Record<string, CellInput>;
  /** Checks of a row against reference data, before its key is taken (the edition exists …). */
  check?(values: RowValues, ctx: ImportContext): Issue[];
  /** Called for each readable row, in file order, before any is built: what later rows may name. */
  register?(values: RowValues, ctx: ImportContext): void;
  /** Whether a row without a key may still be new (places get a code; service points have none). */
  keyOptional?: boolean;
  /** Validator field paths that are not spec keys: `head.phone` → `headPhone`. */
  issueFields?: Readonly<Record<string, string>>;
}

export type BuildResult<R> = { ok: true; value: Omit<R, 'id'> } | { ok: false; issues: Issue[] };

/** Export and template column kind of a field. */
export function columnKind(field: FieldSpec): ColumnKind {
  return field.kind === 'date' ? 'date' : field.kind === 'count' || field.kind === 'year' ? 'number' : 'text';
}

/** An option's label for the language. */
/** A field's options from its shared vocabulary (shared/vocabulary.ts): the words screens show. */
export function optionsOf<V extends string>(vocabulary: Vocabulary<V>, only?: readonly V[]): FieldOption[] {
  const values = only ?? (Object.keys(vocabulary) as V[]);
  return values.map((value) => ({
    value,
    label: vocabulary[value].zh,
    labelEn: vocabulary[value].en,
    ...(vocabulary[value].synonyms ? { synonyms: vocabulary[value].synonyms } : {}),
  }));
}

export function optionLabel(field: FieldSpec, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return field.options?.find((o) => o.value === value)?.label ?? value;
}

/** Records planned so far in this import, by key: what later rows of the same file may refer to. */
export function plannedRecords(ctx: ImportContext): Map<string, StoredRecord> {
  let map = ctx.scratch?.get('planned') as Map<string, StoredRecord> | undefined;
  if (!map) {
    map = new Map();
    ctx.scratch?.set('planned', map);
  }
  return map;
}
