import type {
  Assignment,
  CategoryCoverage,
  Coordinator,
  CoordinatorCategory,
} from '@shared/model/coordinator';
import type { Place } from '@shared/model/place';
import {
  buildBoard,
  openGaps,
  type Board,
  type BoardAssignment,
  type RosterMember,
} from '@shared/coordinators/board';
import { rangesOverlap } from '@shared/coordinators/days';
import { isInScope } from '@shared/org/codes';
import { streetScope } from '@shared/coordinators/scope';
import type { StreetDeskDb } from '../../../db';
import { readCatalog } from '../../../db/catalog';
import type { OrgFacts } from '../../../db/catalog-specs';
import { unitCodesFor, whereLabel } from './where';
import { communityCodeOf, gridCodeOf } from '@shared/org/paths';

/**
 * Reads what a community's dispatch board shows and computes it (shared/coordinators/board).
 * Read inside a live query, every input is watched: the street's blocks of the catalog (the
 * community's assignments and the roster) and the index ranges of the coordinators involved,
 * so an assignment stored by sync or a bundle — another office's booking — redraws the board
 * and its double bookings without anyone saving here.
 */

export interface BoardRow {
  assignment: Assignment;
  coordinator?: Coordinator;
  /** The grid, place or task, as people call it. */
  where: string;
  /** The grid's code when the post is in a grid (rows are grouped by it). */
  gridCode?: string;
  doubled: boolean;
  /** A coordinator of another street. */
  guest: boolean;
}

/** A double booking as the board lists it: who, and the two posts. */
export interface BoardClash {
  coordinatorName: string;
  a: Assignment;
  b: Assignment;
  aWhere: string;
  bWhere: string;
  from: string;
  to: string;
}

export interface BoardData extends Board {
  days: readonly string[];
  communityPath: string;
  community: OrgFacts | undefined;
  grids: OrgFacts[];
  rows: BoardRow[];
  clashes: BoardClash[];
  /** Per day, the free coordinators' rows. */
  freePeople: Map<string, Coordinator[]>;
  categories: Map<string, CoordinatorCategory>;
}

export async function loadBoard(
  db: StreetDeskDb,
  communityPath: string,
  days: readonly string[],
): Promise<BoardData> {
  const window = { from: days[0]!, to: days[days.length - 1]! };
  const streetPath = streetScope(communityPath);
  const [assignmentView, rosterView, unitView, categoryRows] = await Promise.all([
    readCatalog(db, 'assignments', streetPath),
    readCatalog(db, 'coordinators', streetPath),
    readCatalog(db, 'orgUnits', communityPath),
    db.coordinatorCategories.toArray(),
  ]);
  const units = unitView.entries().map((e) => e.facts);
  const community = units.find((u) => u.level === 'community' || u.level === 'village');
  const grids = units.filter((u) => u.level === 'grid');

  const here: BoardAssignment[] = assignmentView
    .entries()
    .filter((e) => isInScope(e.orgPath, communityPath) && rangesOverlap(e.facts, window))
    .map((e) => ({ id: e.id, orgPath: e.orgPath, ...e.facts }));
  const roster: RosterMember[] = rosterView
    .entries()
    .map((e) => ({ id: e.id, categoryId: e.facts.categoryId, status: e.facts.status ?? 'active' }));
  const rosterIds = new Set(roster.map((m) => m.id));
  const involved = [...new Set([...rosterIds, ...here.map((a) => a.coordinatorId)])];
  const all = (await db.assignments.where('coordinatorId').anyOf(involved).toArray()).filter((a) =>
    rangesOverlap(a, window),
  );
  const allById = new Map(all.map((a) => [a.id, a]));

  const workingHere = [...new Set(here.map((a) => a.coordinatorId))];
  const people = new Map<string, Coordinator>();
  (await db.coordinators.bulkGet(involved)).forEach((c) => c && people.set(c.id, c));
  const categoryOf = new Map<string, string>();
  for (const m of roster) categoryOf.set(m.id, m.categoryId);
  for (const id of workingHere) {
    const c = people.get(id);
    if (c) categoryOf.set(id, c.categoryId);
  }
  const categories = new Map(categoryRows.map((c) => [c.id, c]));
  const coverage = new Map<string, CategoryCoverage>();
  for (const c of categoryRows) if (c.coverage && c.coverage !== 'onDemand') coverage.set(c.id, c.coverage);

  const board = buildBoard({
    days,
    communityPath,
    gridCodes: grids.map((g) => g.code),
    coverage,
    here,
    all,
    roster,
    categoryOf,
  });

  // Names of every unit and place the shown assignments and their clashes point to.
  const shown = new Set([...here.map((a) => a.id), ...board.doubleBookings.flatMap((d) => [d.a, d.b])]);
  const shownRows = [...shown].map((id) => allById.get(id)).filter((a): a is Assignment => a !== undefined);
  const names = await namesFor(db, shownRows);
  const whereOf = (a: Assignment) => whereLabel(a, names, communityCodeOf(communityPath));

  const rows: BoardRow[] = here
    .map((h) => allById.get(h.id))
    .filter((a): a is Assignment => a !== undefined)
    .map((a) => ({
      assignment: a,
      coordinator: people.get(a.coordinatorId),
      where: whereOf(a),
      gridCode: gridCodeOf(a.orgPath),
      doubled: board.doubled.has(a.id),
      guest: !rosterIds.has(a.coordinatorId),
    }));
  const clashes: BoardClash[] = board.doubleBookings
    .map((d) => ({ d, a: allById.get(d.a), b: allById.get(d.b) }))
    .filter((x): x is { d: typeof x.d; a: Assignment; b: Assignment } => !!x.a && !!x.b)
    .map(({ d, a, b }) => ({
      coordinatorName: people.get(d.coordinatorId)?.name ?? '',
      a,
      b,
      aWhere: whereOf(a),
      bWhere: whereOf(b),
      from: d.from,
      to: d.to,
    }));
  const freePeople = new Map(
    [...board.free].map(([day, ids]) => [
      day,
      ids.map((id) => people.get(id)).filter((c): c is Coordinator => !!c),
    ]),
  );
  return { ...board, days, communityPath, community, grids, rows, clashes, freePeople, categories };
}

/** One community's line on the whole-street board. */
export interface StreetBoardRow {
  code: string;
  name: string;
  assignments: number;
  doubleBookings: number;
  /** Open gaps over the shown days, by the board's one definition (openGaps). */
  gaps: number;
}

/**
 * 全街道: every community of a street on one board, from one read of the street's catalog —
 * a community's figures are the ones its own board shows (buildBoard, openGaps).
 */
export async function loadStreetBoard(
  db: StreetDeskDb,
  streetPath: string,
  days: readonly string[],
): Promise<StreetBoardRow[]> {
  const window = { from: days[0]!, to: days[days.length - 1]! };
  const [assignmentView, rosterView, unitView, categoryRows] = await Promise.all([
    readCatalog(db, 'assignments', streetPath),
    readCatalog(db, 'coordinators', streetPath),
    readCatalog(db, 'orgUnits', streetPath),
    db.coordinatorCategories.toArray(),
  ]);
  const units = unitView.entries().map((e) => e.facts);
  const inWindow: BoardAssignment[] = assignmentView
    .entries()
    .filter((e) => rangesOverlap(e.facts, window))
    .map((e) => ({ id: e.id, orgPath: e.orgPath, ...e.facts }));
  const roster: RosterMember[] = rosterView
    .entries()
    .map((e) => ({ id: e.id, categoryId: e.facts.categoryId, status: e.facts.status ?? 'active' }));
  const involved = [...new Set([...roster.map((m) => m.id), ...inWindow.map((a) => a.coordinatorId)])];
  const all = (await db.assignments.where('coordinatorId').anyOf(involved).toArray()).filter((a) =>
    rangesOverlap(a, window),
  );
  const categoryOf = new Map<string, string>();
  for (const m of roster) categoryOf.set(m.id, m.categoryId);
  for (const c of await db.coordinators.bulkGet(involved.filter((id) => !categoryOf.has(id))))
    if (c) categoryOf.set(c.id, c.categoryId);
  const coverage = new Map<string, CategoryCoverage>();
  for (const c of categoryRows) if (c.coverage && c.coverage !== 'onDemand') coverage.set(c.id, c.coverage);

  return units
    .filter((u) => u.level === 'community' || u.level === 'village')
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((u) => {
      const communityPath = `${streetPath}/${u.code}`;
      const here = inWindow.filter((a) => isInScope(a.orgPath, communityPath));
      const board = buildBoard({
        days,
        communityPath,
        gridCodes: units.filter((g) => g.level === 'grid' && g.parentCode === u.code).map((g) => g.code),
        coverage,
        here,
        all,
        roster,
        categoryOf,
      });
      return {
        code: u.code,
        name: u.name,
        assignments: here.length,
        doubleBookings: board.doubleBookings.length,
        gaps: openGaps(board.gaps, days).length,
      };
    });
}

/** Names of the units (by code) and places (by id) some assignments point to. */
async function namesFor(db: StreetDeskDb, assignments: readonly Assignment[]): Promise<Map<string, string>> {
  const codes = [...new Set(assignments.flatMap(unitCodesFor))];
  const placeIds = [...new Set(assignments.map((a) => a.placeId).filter((id): id is string => !!id))];
  const [units, places] = await Promise.all([
    db.orgUnits.where('code').anyOf(codes).toArray(),
    db.places.bulkGet(placeIds),
  ]);
  const names = new Map<string, string>();
  for (const u of units) names.set(u.code, u.name);
  for (const p of places.filter((p): p is Place => !!p)) names.set(p.id, p.name);
  return names;
}
