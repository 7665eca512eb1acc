import { useLiveQuery } from 'dexie-react-hooks';
import type { CommunityWorker, Place, ServicePoint } from '@shared/model/place';
import { computeCoverage, placeGaps, type CoverageGap } from '@shared/places/coverage';
import { isInScope } from '@shared/org/codes';
import { db } from '../../db';
import { placeIdsInScope, placesInScope, searchPlaces } from './place-search';

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
    if (query.trim() !== '') {
      return searchPlaces(db, scope, query);
    }
    if (gapFilter) {
      const within = gapFilter.unitCode ? scopeOfUnit(scope, gapFilter.unitCode) : scope;
      const places = await placesIn(within);
      const gaps = placeGaps(places, await servicePointKinds(places));
      const ids = places
        .filter((p) => gaps.get(p.id)?.has(gapFilter.gap))
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((p) => p.id);
      return { ids, more: false };
    }
    return { ids: await placeIdsInScope(db, scope), more: false };
  }, [scope, query, gapFilter?.gap, gapFilter?.unitCode]);
}

/** The orgPath of a community or grid inside the current scope. */
function scopeOfUnit(scope: string, unitCode: string): string {
  const parts =
    unitCode.length === 15
      ? [unitCode.slice(0, 6), unitCode.slice(0, 9), unitCode.slice(0, 12), unitCode]
      : [unitCode.slice(0, 6), unitCode.slice(0, 9), unitCode];
  const path = parts.join('/');
  return isInScope(path, scope) ? path : scope;
}

function placesIn(scope: string): Promise<Place[]> {
  return placesInScope(db, scope);
}

/** Kinds of the service points these places link to (a health station may serve a neighbouring community). */
async function servicePointKinds(places: readonly Place[]): Promise<Map<string, ServicePoint['kind']>> {
  const ids = [...new Set(places.flatMap((p) => p.servicePointIds))];
  const points = await db.servicePoints.bulkGet(ids);
  return new Map(points.filter((p): p is ServicePoint => !!p).map((p) => [p.id, p.kind]));
}

/** Coverage per community and grid in a scope (reads every place in the scope). */
export function useCoverage(scope: string) {
  return useLiveQuery(async () => {
    const [units, places, workers] = await Promise.all([
      db.orgUnits
        .where('orgPath')
        .startsWith(scope)
        .filter((u) => u.level === 'community' || u.level === 'village' || u.level === 'grid')
        .toArray(),
      placesIn(scope),
      db.communityWorkers.where('orgPath').startsWith(scope).toArray(),
    ]);
    const kinds = await servicePointKinds(places);
    // A grid scope still shows its community's row.
    units.sort((a, b) => a.code.localeCompare(b.code));
    return computeCoverage({ units, places, workers, servicePointKinds: kinds });
  }, [scope]);
}

export function usePlace(id: string | null | undefined): Place | undefined {
  return useLiveQuery(() => (id ? db.places.get(id) : undefined), [id]);
}

export interface CommunitySize {
  code: string;
  name: string;
  level: 'community' | 'village';
  streetName: string;
  /** The community's registered households; the registry's sum where none is recorded. */
  households: number;
  residents?: number;
  /** Households in the community's registered buildings and yards. */
  registeredHouseholds: number;
  grids: number;
}

/** Size of every community and village in a scope, against the 500–3,000 household standard. */
export function useCommunitySizes(scope: string): CommunitySize[] | undefined {
  return useLiveQuery(async () => {
    const [units, places] = await Promise.all([
      db.orgUnits.where('orgPath').startsWith(scope).toArray(),
      placesIn(scope),
    ]);
    const streetCodes = [...new Set(units.map((u) => u.code.slice(0, 9)))];
    const streets = new Map(
      (await db.orgUnits.where('code').anyOf(streetCodes).toArray()).map((s) => [s.code, s.name]),
    );
    const registered = new Map<string, number>();
    for (const p of places) {
      if (p.type === 'gate') continue;
      const community = p.orgPath.split('/')[2];
      if (community) registered.set(community, (registered.get(community) ?? 0) + p.households);
    }
    const grids = new Map<string, number>();
    for (const u of units)
      if (u.level === 'grid') grids.set(u.parentCode, (grids.get(u.parentCode) ?? 0) + 1);
    return units
      .filter((u) => u.level === 'community' || u.level === 'village')
      .map((u) => ({
        code: u.code,
        name: u.name,
        level: u.level as 'community' | 'village',
        streetName: streets.get(u.code.slice(0, 9)) ?? '',
        households: u.households ?? registered.get(u.code) ?? 0,
        residents: u.residents,
        registeredHouseholds: registered.get(u.code) ?? 0,
        grids: grids.get(u.code) ?? 0,
      }))
      .sort((a, b) => b.households - a.households);
  }, [scope]);
}
