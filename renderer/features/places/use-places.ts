import { useLiveQuery } from 'dexie-react-hooks';
import type { CommunityWorker, Place, ServicePointKind } from '@shared/model/place';
import {
  computeCoverage,
  placeGaps,
  type Coverage,
  type CoverageGap,
  type CoveragePlace,
} from '@shared/places/coverage';
import { isInScope, orgPathOfCode } from '@shared/org/codes';
import { db, type StreetDeskDb } from '../../db';
import { readCatalog } from '../../db/catalog';
import type { OrgFacts } from '../../db/catalog-specs';
import { placeIdsInScope, searchPlaces } from './place-search';
import { communityCodeOf, upTo } from '@shared/org/paths';
import { ORG_DEPTH } from '@shared/model/org';

/** A row of the places table: the place and the names it refers to. */
export interface PlaceRow {
  place: Place;
  workerName?: string;
  gridName?: string;
}

/** Reads places with the names of their workers and grids, for the rows in view. */
export async function loadPlaceRows(ids: string[]): Promise<(PlaceRow | undefined)[]> {
  const places = await db.places.bulkGet(ids);
  const workerIds = [...new Set(places.map((p) => p?.workerId).filter((id): id is string => !!id))];
  const gridCodes = [...new Set(places.map((p) => p?.gridCode).filter((c): c is string => !!c))];
  const [workers, grids] = await Promise.all([
    db.communityWorkers.bulkGet(workerIds),
    db.orgUnits.where('code').anyOf(gridCodes).toArray(),
  ]);
  const workerName = new Map(workers.filter((w): w is CommunityWorker => !!w).map((w) => [w.id, w.name]));
  const gridName = new Map(grids.map((g) => [g.code, g.name]));
  return places.map((place) =>
    place
      ? {
          place,
          workerName: place.workerId ? workerName.get(place.workerId) : undefined,
          gridName: place.gridCode ? gridName.get(place.gridCode) : undefined,
        }
      : undefined,
  );
}

export interface PlaceList {
  ids: string[];
  /** Search results were cut at the limit. */
  more: boolean;
}

/** The ids the list shows: search results, places with a coverage gap, or everything in scope. */
export function usePlaceList(
  scope: string,
  query: string,
  gapFilter: { gap: CoverageGap; unitCode?: string } | null,
): PlaceList | undefined {
  return useLiveQuery(async () => {
    if (query.trim() !== '') return searchPlaces(db, scope, query);
    if (gapFilter) {
      const within = gapFilter.unitCode ? scopeOfUnit(scope, gapFilter.unitCode) : scope;
      const places = await coveragePlaces(db, within);
      const gaps = placeGaps(places, await servicePointKinds(db, within));
      return { ids: places.filter((p) => gaps.get(p.id)?.has(gapFilter.gap)).map((p) => p.id), more: false };
    }
    return { ids: await placeIdsInScope(db, scope), more: false };
  }, [scope, query, gapFilter?.gap, gapFilter?.unitCode]);
}

/** The orgPath of a community or grid, if it lies inside the current scope. */
function scopeOfUnit(scope: string, unitCode: string): string {
  const path = orgPathOfCode(unitCode);
  return isInScope(path, scope) ? path : scope;
}

/** The places of a scope as coverage sees them, in code order, from the catalog. */
async function coveragePlaces(database: StreetDeskDb, scope: string): Promise<CoveragePlace[]> {
  return (await readCatalog(database, 'places', scope))
    .entries()
    .map((e) => ({ id: e.id, orgPath: e.orgPath, ...e.facts }));
}

/**
 * Kinds of the service points the places of a scope may link to: those of the scope's
 * streets (a health station may serve a neighbouring community of the same street).
 */
async function servicePointKinds(
  database: StreetDeskDb,
  scope: string,
): Promise<Map<string, ServicePointKind>> {
  const streets = upTo(scope, ORG_DEPTH.street);
  const points = (await readCatalog(database, 'servicePoints', streets)).entries();
  return new Map(points.map((p) => [p.id, p.facts.kind]));
}

/** Communities, villages and grids of a scope, from the catalog. */
async function unitsIn(database: StreetDeskDb, scope: string): Promise<OrgFacts[]> {
  // A unit merged away (区划调整) is kept only as history: its households, places and grids now
  // belong to the community it went into, so counting it would flag a community that is gone.
  return (await readCatalog(database, 'orgUnits', scope))
    .entries()
    .map((e) => e.facts)
    .filter((u) => !u.dissolvedBy)
    .filter((u) => u.level === 'community' || u.level === 'village' || u.level === 'grid');
}

/** Coverage per community and grid in a scope, counted from the catalog (no row is read). */
export async function loadCoverage(database: StreetDeskDb, scope: string): Promise<Coverage> {
  const [units, places, workers, kinds] = await Promise.all([
    unitsIn(database, scope),
    coveragePlaces(database, scope),
    readCatalog(database, 'communityWorkers', scope).then((v) =>
      v.entries().map((e) => ({ id: e.id, orgPath: e.orgPath, gridCode: e.facts.gridCode })),
    ),
    servicePointKinds(database, scope),
  ]);
  return computeCoverage({ units, places, workers, servicePointKinds: kinds });
}

export function useCoverage(scope: string): Coverage | undefined {
  return useLiveQuery(() => loadCoverage(db, scope), [scope]);
}

export function usePlace(id: string | null | undefined): Place | undefined {
  return useLiveQuery(() => (id ? db.places.get(id) : undefined), [id]);
}

export interface CommunitySize {
  code: string;
  name: string;
  level: 'community' | 'village';
  streetName: string;
  /** The community's registered households; unknown where none is recorded. */
  households?: number;
  residents?: number;
  /** Households in the community's registered buildings and yards. */
  registeredHouseholds: number;
  grids: number;
}

/** Size of every community and village in a scope, against the 500–3,000 household standard. */
export async function loadCommunitySizes(database: StreetDeskDb, scope: string): Promise<CommunitySize[]> {
  const [units, places, streets] = await Promise.all([
    unitsIn(database, scope),
    coveragePlaces(database, scope),
    readCatalog(database, 'orgUnits', upTo(scope, ORG_DEPTH.district)).then(
      (v) => new Map(v.entries().map((e) => [e.facts.code, e.facts.name])),
    ),
  ]);
  const registered = new Map<string, number>();
  for (const p of places) {
    if (p.type === 'gate') continue;
    const community = communityCodeOf(p.orgPath);
    if (community) registered.set(community, (registered.get(community) ?? 0) + p.households);
  }
  const grids = new Map<string, number>();
  for (const u of units) if (u.level === 'grid') grids.set(u.parentCode, (grids.get(u.parentCode) ?? 0) + 1);
  return units
    .filter((u) => u.level === 'community' || u.level === 'village')
    .map((u) => ({
      code: u.code,
      name: u.name,
      level: u.level as 'community' | 'village',
      streetName: streets.get(u.parentCode) ?? '',
      households: u.households,
      residents: u.residents,
      registeredHouseholds: registered.get(u.code) ?? 0,
      grids: grids.get(u.code) ?? 0,
    }))
    .sort((a, b) => (b.households ?? -1) - (a.households ?? -1));
}

export function useCommunitySizes(scope: string): CommunitySize[] | undefined {
  return useLiveQuery(() => loadCommunitySizes(db, scope), [scope]);
}
