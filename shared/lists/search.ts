import { pinyin } from 'pinyin-pro';
import type { ListItem, ListItemKind } from '../model/lists';
import { matchesQuery, normalizeForSearch, queryWords, searchText } from '../search/terms';
import { byCode } from './diff';

/**
 * Finding an item of an edition by code, words or pinyin initials. An edition holds a few
 * hundred items at most (431 enforcement powers), so this is a scan in memory over texts
 * made once per edition. Titles and legal bases run long, past the length the search terms
 * keep (shared/search/terms clips them), so Chinese words are also looked for in the whole
 * text, and pinyin initials anywhere in the title: "ljfl" finds 组织开展垃圾分类宣传, where
 * the registry's search would want the initials of its first words.
 */
export interface ItemSearchEntry {
  item: ListItem;
  terms: string;
  whole: string;
  /** Pinyin initials of the whole title. */
  initials: string;
}

/** Initials shorter than this match too much anywhere in a title; they still match a term's start. */
const MIN_INITIALS_INSIDE = 3;
const LETTERS = /^[a-z]+$/;

type Texts = Omit<ItemSearchEntry, 'item'>;

/**
 * Texts by item id, with the fields they were made from: a live list re-reads every item
 * after each edit, and making pinyin for 431 titles again took ~150 ms.
 */
const textCache = new Map<string, { source: string; texts: Texts }>();
const CACHE_LIMIT = 20_000;

function textsOf(item: ListItem): Texts {
  const fields = [item.code, item.title, item.section, item.leadUnit, item.legalBasis, item.notes];
  const source = fields.join('\u0001');
  const hit = textCache.get(item.id);
  if (hit?.source === source) return hit.texts;
  const texts: Texts = {
    terms: searchText([
      { text: item.code },
      { text: item.title },
      { text: item.section },
      { text: item.leadUnit },
    ]),
    initials: pinyin(item.title, { pattern: 'first', toneType: 'none', type: 'array' })
      .join('')
      .toLowerCase(),
    whole: normalizeForSearch(source),
  };
  if (textCache.size >= CACHE_LIMIT) textCache.clear();
  textCache.set(item.id, { source, texts });
  return texts;
}

export function buildItemIndex(items: readonly ListItem[]): ItemSearchEntry[] {
  return [...items].sort(byItemOrder).map((item) => ({ item, ...textsOf(item) }));
}

/** Printed order: by `order` where the list gives one, then by code. */
export function byItemOrder(a: ListItem, b: ListItem): number {
  return (a.order ?? Infinity) - (b.order ?? Infinity) || byCode(a, b);
}

export interface ItemFilter {
  query?: string;
  section?: string;
  kind?: ListItemKind;
}

export function filterItems(index: readonly ItemSearchEntry[], filter: ItemFilter): ListItem[] {
  const words = queryWords(filter.query ?? '');
  return index
    .filter(
      (e) =>
        (!filter.section || e.item.section === filter.section) &&
        (!filter.kind || e.item.kind === filter.kind) &&
        words.every(
          (w) =>
            e.whole.includes(w) ||
            matchesQuery(e.terms, [w]) ||
            (w.length >= MIN_INITIALS_INSIDE && LETTERS.test(w) && e.initials.includes(w)),
        ),
    )
    .map((e) => e.item);
}

/** Sections in the order their first item appears. */
export function sectionsOf(items: readonly ListItem[]): string[] {
  return [...new Set([...items].sort(byItemOrder).map((i) => i.section))];
}
