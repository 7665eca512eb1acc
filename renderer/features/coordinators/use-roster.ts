import { useLiveQuery } from 'dexie-react-hooks';
import type { Assignment, Coordinator, CoordinatorCategory, Department } from '@shared/model/coordinator';
import { codeOfPath } from '@shared/org/codes';
import { streetScope, visibleScope } from '@shared/coordinators/scope';
import { coversDay } from '@shared/coordinators/overlap';
import { db, type StreetDeskDb } from '../../db';
import { CATALOG_TABLE, readCatalog } from '../../db/catalog';
import { useUiStore } from '../../app/ui-store';
import { useSession } from '../../app/session';
import { findCoordinators, isFiltered, type RosterFilter } from './roster-search';
import { unitCodesFor, whereLabel } from './dispatch/where';
import { readNames } from './dispatch/read-names';
import { depthOf, districtCodeOf } from '@shared/org/paths';
import { ORG_DEPTH } from '@shared/model/org';

export function useCategories(): CoordinatorCategory[] | undefined {
  return useLiveQuery(() => db.coordinatorCategories.orderBy('id').toArray().then(byCode));
}

export function useDepartments(): Department[] | undefined {
  return useLiveQuery(() => db.departments.toArray().then(byCode));
}

const byCode = <T extends { code: string }>(rows: T[]) => rows.sort((a, b) => (a.code < b.code ? -1 : 1));

/**
 * The scope the roster shows: the picked scope within the user's own, widened to its street
 * (rosters are kept by street).
 */
export function useRosterScope(): string {
  const picked = useUiStore((s) => s.scope);
  const userScope = useSession((s) => s.user.scope);
  return streetScope(visibleScope(picked, userScope));
}

export interface RosterIds {
  ids: string[];
  /** False while only the first street of a wider scope is listed. */
  complete: boolean;
  /** The first rows, read with the first street's ids (while the list is not complete). */
  firstRows?: ReadonlyMap<string, RosterRow>;
}

/** Rows read with the first street: a screenful and some, so the table needs no read of its own. */
const FIRST_ROWS = 60;

/** orgPath of the first street in a scope that has coordinators (the top of its list). */
async function firstStreet(database: StreetDeskDb, scope: string): Promise<string | undefined> {
  const prefix = scope === '' ? '' : codeOfPath(scope);
  const [key] = await database
    .table(CATALOG_TABLE)
    .where('[table+block]')
    .between(['coordinators', prefix], ['coordinators', prefix + '\uffff'])
    .limit(1)
    .primaryKeys();
  const block = (key as [string, string] | undefined)?.[1];
  return block ? `${block.slice(0, 6)}/${block}` : undefined;
}

/**
 * Ids of the roster in view. Over a district or the city, the first street is read and listed
 * first — one catalog block — so the first rows show at once; the whole scope is read only
 * then (reading a city's blocks keeps the page's thread busy, and would hold the first street
 * back behind it). The list then grows under the rows on screen, in the same order.
 */
export function useRosterIds(scope: string, filter: RosterFilter, today: string): RosterIds | undefined {
  const key = JSON.stringify(filter);
  const wide = depthOf(scope) < ORG_DEPTH.street && !isFiltered(filter);
  const first = useLiveQuery(async () => {
    if (!wide) return null;
    const street = await firstStreet(db, scope);
    const ids = street ? (await readCatalog(db, 'coordinators', street)).ids() : [];
    const shown = ids.slice(0, FIRST_ROWS);
    const rows = await loadRosterRows(shown, today);
    return { ids, rows: new Map(rows.flatMap((r, i) => (r ? [[shown[i]!, r] as const] : []))) };
  }, [scope, wide, today]);
  const firstDone = !wide || first !== undefined;
  const full = useLiveQuery(
    async () => (firstDone ? findCoordinators(db, scope, filter) : undefined),
    [scope, key, firstDone],
  );
  if (full) return { ids: full, complete: true };
  if (first) return { ids: first.ids, complete: false, firstRows: first.rows };
  return undefined;
}

/** A row of the roster table: the coordinator and what it refers to, by name. */
export interface RosterRow {
  coordinator: Coordinator;
  streetName: string;
  /** Assignments covering today, standing ones first. */
  current: { assignment: Assignment; where: string }[];
}

/** Reads the rows in view with their street and today's assignments. */
export async function loadRosterRows(ids: string[], today: string): Promise<(RosterRow | undefined)[]> {
  const [coordinators, assignments] = await Promise.all([
    db.coordinators.bulkGet(ids),
    db.assignments.where('coordinatorId').anyOf(ids).toArray(),
  ]);
  const current = assignments
    .filter((a) => coversDay(a, today))
    .sort(
      (a, b) =>
        (a.source === 'patrol' ? 0 : 1) - (b.source === 'patrol' ? 0 : 1) || (a.from < b.from ? -1 : 1),
    );
  const codes = new Set<string>();
  for (const c of coordinators) if (c) codes.add(c.homeStreet);
  for (const a of current) for (const code of unitCodesFor(a)) codes.add(code);
  const placeIds = current.map((a) => a.placeId).filter((p): p is string => !!p);
  const names = await readNames(codes, placeIds);
  const byCoordinator = new Map<string, RosterRow['current']>();
  for (const a of current) {
    const where = whereLabel(a, names);
    const list = byCoordinator.get(a.coordinatorId) ?? [];
    list.push({ assignment: a, where });
    byCoordinator.set(a.coordinatorId, list);
  }
  return coordinators.map((c) =>
    c
      ? {
          coordinator: c,
          streetName: names.get(c.homeStreet) ?? c.homeStreet,
          current: byCoordinator.get(c.id) ?? [],
        }
      : undefined,
  );
}

/** Streets inside a scope (for the street filter and transfers), from the reference divisions. */
export function useStreetsIn(
  scope: string,
): { code: string; name: string; districtName: string }[] | undefined {
  return useLiveQuery(async () => {
    const district = districtCodeOf(scope);
    const units = await db.orgUnits.where('level').anyOf('district', 'street').toArray();
    const districts = new Map(units.filter((u) => u.level === 'district').map((u) => [u.code, u.name]));
    return units
      .filter((u) => u.level === 'street' && (!district || u.parentCode === district))
      .sort((a, b) => (a.code < b.code ? -1 : 1))
      .map((u) => ({ code: u.code, name: u.name, districtName: districts.get(u.parentCode) ?? '' }));
  }, [scope]);
}
