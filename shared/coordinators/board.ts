import type { CategoryCoverage, CoordinatorStatus, WorkSource } from '../model/coordinator';
import { isInScope } from '../org/codes';
import {
  coversDay,
  doubleBookedIds,
  findDoubleBookings,
  type AssignmentSpan,
  type DoubleBooking,
} from './overlap';
import { communityCodeOf, gridCodeOf } from '../org/paths';

/**
 * 派遣看板 — a community's dispatch board for a day or a week: who works where, who of the
 * street's roster is free, where a grid or the community lacks a category it needs, and which
 * assignments book someone twice. Everything is computed from the rows as they are now, so a
 * clash brought in by another office's changes shows the moment they are stored.
 */

export interface BoardAssignment extends AssignmentSpan {
  orgPath: string;
  placeId?: string;
  task?: string;
  source: WorkSource;
}

export interface RosterMember {
  id: string;
  categoryId: string;
  status: CoordinatorStatus;
}

export interface BoardInput {
  /** The days shown, in order (one, or the seven of a week). */
  days: readonly string[];
  /** orgPath of the community or village. */
  communityPath: string;
  /** Codes of its grids. */
  gridCodes: readonly string[];
  /** Categories that must be present, and where (categories on demand may be left out). */
  coverage: ReadonlyMap<string, CategoryCoverage>;
  /** Assignments whose place of work lies in the community. */
  here: readonly BoardAssignment[];
  /** Every assignment, anywhere, of the street's roster and of everyone working here. */
  all: readonly AssignmentSpan[];
  /** The street's roster (who could be free). */
  roster: readonly RosterMember[];
  /** Category of each coordinator working here (they may come from another street). */
  categoryOf: ReadonlyMap<string, string>;
}

/** A unit (the community or one of its grids) without a needed category on a day. */
export interface CoverageGap {
  /** Community or grid code. */
  unitCode: string;
  categoryId: string;
}

export interface Board {
  /** Clashes on the shown days that involve work here. */
  doubleBookings: DoubleBooking[];
  /** Ids of the assignments here in a clash. */
  doubled: Set<string>;
  /** Per day, what is missing. */
  gaps: Map<string, CoverageGap[]>;
  /** Per day, active coordinators of the street with no assignment at all. */
  free: Map<string, string[]>;
}

/** A gap open on some of the shown days: one unit lacking one category. */
export interface OpenGap extends CoverageGap {
  days: string[];
}

/**
 * 缺口 — the board's one definition of its gaps over the days it shows: each unit and category
 * missing on at least one of them, counted once. The count card and the gaps panel both read it.
 */
export function openGaps(gaps: Board['gaps'], days: readonly string[]): OpenGap[] {
  const open = new Map<string, OpenGap>();
  for (const day of days) {
    for (const g of gaps.get(day) ?? []) {
      const key = `${g.unitCode}|${g.categoryId}`;
      const entry = open.get(key) ?? { ...g, days: [] };
      entry.days.push(day);
      open.set(key, entry);
    }
  }
  return [...open.values()].sort((a, b) =>
    a.unitCode === b.unitCode ? (a.categoryId < b.categoryId ? -1 : 1) : a.unitCode < b.unitCode ? -1 : 1,
  );
}

export function buildBoard(input: BoardInput): Board {
  const { days, communityPath, gridCodes, coverage, here, all, roster, categoryOf } = input;
  const window = { from: days[0]!, to: days[days.length - 1]! };
  const hereIds = new Set(here.map((a) => a.id));
  const everything = new Map<string, AssignmentSpan>();
  for (const a of all) everything.set(a.id, a);
  for (const a of here) everything.set(a.id, a);
  const doubleBookings = findDoubleBookings([...everything.values()], window).filter(
    (d) => hereIds.has(d.a) || hereIds.has(d.b),
  );
  const doubled = new Set([...doubleBookedIds(doubleBookings)].filter((id) => hereIds.has(id)));

  const communityCode = communityCodeOf(communityPath) ?? '';
  const gaps = new Map<string, CoverageGap[]>();
  const free = new Map<string, string[]>();
  const live = here.filter((a) => !a.deleted && isInScope(a.orgPath, communityPath));
  const active = roster.filter((m) => m.status === 'active');
  for (const day of days) {
    // Which categories are present on the day, in the community and in each grid.
    const inCommunity = new Set<string>();
    const inGrid = new Map<string, Set<string>>();
    for (const a of live) {
      if (!coversDay(a, day)) continue;
      const category = categoryOf.get(a.coordinatorId);
      if (!category) continue;
      inCommunity.add(category);
      const grid = gridCodeOf(a.orgPath);
      if (grid) {
        let set = inGrid.get(grid);
        if (!set) inGrid.set(grid, (set = new Set()));
        set.add(category);
      }
    }
    const missing: CoverageGap[] = [];
    for (const [categoryId, where] of coverage) {
      if (where === 'community' && !inCommunity.has(categoryId))
        missing.push({ unitCode: communityCode, categoryId });
      if (where === 'grid')
        for (const grid of gridCodes)
          if (!inGrid.get(grid)?.has(categoryId)) missing.push({ unitCode: grid, categoryId });
    }
    gaps.set(day, missing);

    const busy = new Set<string>();
    for (const a of everything.values()) if (!a.deleted && coversDay(a, day)) busy.add(a.coordinatorId);
    free.set(
      day,
      active.filter((m) => !busy.has(m.id)).map((m) => m.id),
    );
  }
  return { doubleBookings, doubled, gaps, free };
}
