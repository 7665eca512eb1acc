import type { ListEdition, ListItem } from '../model/lists';
import { dayNumber, isoDate } from '../demo/dates';
import type { Checked } from '../validation/issue';

/**
 * How an edition lives (issue 3): a draft is edited; publishing freezes it and retires the
 * edition it replaces; a retired edition stays for reading and comparing. A new edition is a
 * draft copied from another, so nothing published is ever changed again.
 */

export const isEditable = (edition: Pick<ListEdition, 'status'>) => edition.status === 'draft';

/** Who did it and when: `at` an ISO timestamp, `by` the user's display name. */
export interface Actor {
  at: string;
  by: string;
}

/**
 * The rows a publication writes: the edition, published from `effectiveFrom`, and every other
 * published edition of the same list, retired the day before (only one is in force at a time).
 */
export function planPublish(
  edition: ListEdition,
  siblings: readonly ListEdition[],
  itemCount: number,
  effectiveFrom: string,
  actor: Actor,
): Checked<ListEdition[]> {
  if (edition.status !== 'draft')
    return { ok: false, issues: [{ field: 'status', code: 'lists.edition.notDraft' }] };
  if (itemCount === 0) return { ok: false, issues: [{ field: 'items', code: 'lists.edition.empty' }] };
  if (edition.effectiveTo && edition.effectiveTo < effectiveFrom)
    return { ok: false, issues: [{ field: 'effectiveFrom', code: 'lists.edition.dateOrder' }] };
  const dayBefore = isoDate(dayNumber(effectiveFrom) - 1);
  const retired = siblings
    .filter((e) => e.id !== edition.id && e.kind === edition.kind && e.status === 'published')
    .map((e): ListEdition => ({
      ...e,
      status: 'retired',
      retiredAt: actor.at,
      effectiveTo: e.effectiveTo && e.effectiveTo < dayBefore ? e.effectiveTo : dayBefore,
    }));
  const published: ListEdition = {
    ...edition,
    status: 'published',
    effectiveFrom,
    publishedAt: actor.at,
    publishedBy: actor.by,
  };
  return { ok: true, value: [published, ...retired] };
}

/** Retires a published edition by hand (a list that is withdrawn without a successor). */
export function planRetire(edition: ListEdition, actor: Actor): Checked<ListEdition> {
  if (edition.status !== 'published')
    return { ok: false, issues: [{ field: 'status', code: 'lists.edition.notPublished' }] };
  return { ok: true, value: { ...edition, status: 'retired', retiredAt: actor.at } };
}

/** The items of a new edition: copies of the base edition's, without ids or server fields. */
export function copyItems(items: readonly ListItem[], editionId: string): Omit<ListItem, 'id'>[] {
  return items
    .filter((i) => !i.deleted)
    .map(({ id: _id, rev: _rev, updatedAt: _u, updatedBy: _b, deleted: _d, ...rest }) => ({
      ...rest,
      editionId,
    }));
}

/** A name for the next edition: `2027版`, or `2027版（二）` when taken. */
export function suggestEditionName(year: number, taken: readonly string[]): string {
  const base = `${year}版`;
  if (!taken.includes(base)) return base;
  const numerals = '二三四五六七八九十';
  for (const n of numerals) if (!taken.includes(`${base}（${n}）`)) return `${base}（${n}）`;
  return `${base}（${taken.length + 1}）`;
}

/** Editions in the order people look for them: the one in force, drafts, then the rest newest first. */
export function sortEditions(editions: readonly ListEdition[]): ListEdition[] {
  const rank = { published: 0, draft: 1, retired: 2 } as const;
  return [...editions].sort(
    (a, b) =>
      rank[a.status] - rank[b.status] ||
      (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? '') ||
      b.name.localeCompare(a.name),
  );
}

/**
 * How an edition's period reads. An edition not yet in force — a draft, or published with a start
 * after `today` — has no "until now": it is `upcoming`. `today` is `YYYY-MM-DD`, given by the caller.
 */
export type EditionPeriod =
  | { kind: 'unset' }
  | { kind: 'upcoming'; from: string; to?: string }
  | { kind: 'open'; from: string }
  | { kind: 'closed'; from: string; to: string };

export function editionPeriod(
  edition: Pick<ListEdition, 'status' | 'effectiveFrom' | 'effectiveTo'>,
  today: string,
): EditionPeriod {
  const { effectiveFrom: from, effectiveTo: to } = edition;
  if (!from) return { kind: 'unset' };
  if (edition.status === 'draft' || from > today)
    return to ? { kind: 'upcoming', from, to } : { kind: 'upcoming', from };
  return to ? { kind: 'closed', from, to } : { kind: 'open', from };
}
