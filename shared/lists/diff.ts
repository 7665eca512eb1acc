import type { ListItem } from '../model/lists';

/** The fields an edition diff compares, in the order a reader checks them. */
export const DIFF_FIELDS = [
  'section',
  'title',
  'kind',
  'leadUnit',
  'legalBasis',
  'assistanceModes',
  'notes',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface FieldChange {
  field: DiffField;
  before: ListItem[DiffField];
  after: ListItem[DiffField];
}

export interface ChangedItem {
  code: string;
  before: ListItem;
  after: ListItem;
  fields: FieldChange[];
}

export interface EditionDiff {
  added: ListItem[];
  removed: ListItem[];
  changed: ChangedItem[];
  unchanged: number;
}

/** Codes in reading order: JD-2 before JD-10. */
export const byCode = (a: { code: string }, b: { code: string }) =>
  a.code.localeCompare(b.code, 'en', { numeric: true });

/** Empty and absent are the same to a reader; modes are a set. */
function same(field: DiffField, a: ListItem[DiffField], b: ListItem[DiffField]): boolean {
  if (field === 'assistanceModes') {
    const x = new Set((a as string[] | undefined) ?? []);
    const y = new Set((b as string[] | undefined) ?? []);
    return x.size === y.size && [...x].every((m) => y.has(m));
  }
  return (a ?? '') === (b ?? '');
}

/**
 * What changed from edition `from` to edition `to` (any two editions, either order): items
 * are matched by code — the natural key of an item — so an item whose code changed reads as
 * one removed and one added, as it would in the printed lists.
 */
export function diffEditions(from: readonly ListItem[], to: readonly ListItem[]): EditionDiff {
  const live = (items: readonly ListItem[]) =>
    new Map(items.filter((i) => !i.deleted).map((i) => [i.code, i]));
  const before = live(from);
  const after = live(to);
  const added: ListItem[] = [];
  const changed: ChangedItem[] = [];
  let unchanged = 0;
  for (const [code, item] of after) {
    const old = before.get(code);
    if (!old) {
      added.push(item);
      continue;
    }
    const fields = DIFF_FIELDS.filter((f) => !same(f, old[f], item[f])).map((field): FieldChange => ({
      field,
      before: old[field],
      after: item[field],
    }));
    if (fields.length === 0) unchanged++;
    else changed.push({ code, before: old, after: item, fields });
  }
  const removed = [...before.values()].filter((i) => !after.has(i.code));
  return {
    added: added.sort(byCode),
    removed: removed.sort(byCode),
    changed: changed.sort(byCode),
    unchanged,
  };
}
