import type { Place } from '../model/place';
import { recurring } from './rates';

/**
 * The building or courtyard a place stands for in 每月一题: a gate (单元门) counts with its
 * building, since "3号楼2单元" and "3号楼" in two calls are one building's problem to a street.
 */
export function siteOf(place: Pick<Place, 'id' | 'type' | 'parentId'>): string {
  return place.type === 'gate' && place.parentId ? place.parentId : place.id;
}

export interface RecurringGroup {
  key: string;
  count: number;
  /** The group's tickets by the other key (the places of a category, the categories of a place), most first. */
  within: { key: string; count: number }[];
}

/**
 * 每月一题 counted one way and broken down the other: by 问题分类 with the places where each
 * comes up, or by place with what comes up there. Groups are recurring()'s (at least `min`
 * tickets, most first); the breakdown keeps the `top` biggest, single tickets included, so a
 * category seen at five places once each reads differently from one seen at one place five times.
 */
export function recurringBy<T>(
  tickets: Iterable<T>,
  keyOf: (t: T) => string | undefined,
  withinOf: (t: T) => string | undefined,
  { min = 2, top = 3 }: { min?: number; top?: number } = {},
): RecurringGroup[] {
  const list = [...tickets];
  const groups = recurring(list, keyOf, min);
  const members = new Map<string, T[]>(groups.map((g) => [g.key, []]));
  for (const t of list) {
    const key = keyOf(t);
    if (key) members.get(key)?.push(t);
  }
  return groups.map((g) => ({ ...g, within: recurring(members.get(g.key)!, withinOf, 1).slice(0, top) }));
}

/** A place where tickets keep coming from enough to act before the next call (未诉先办). */
export const HOT_SITE_MIN = 3;

/**
 * 未诉先办's list: the buildings and courtyards with at least HOT_SITE_MIN tickets, most first.
 * Counted by site like 每月一题, so two calls about "3号楼2单元" and one about "3号楼" make one
 * building with three, not two places below the line.
 */
export function hotSites<T>(
  tickets: Iterable<T>,
  siteOfTicket: (t: T) => string | undefined,
  { top = 10 }: { top?: number } = {},
): { key: string; count: number }[] {
  return recurring(tickets, siteOfTicket, HOT_SITE_MIN).slice(0, top);
}
