import { useLiveQuery } from 'dexie-react-hooks';
import type { OrgUnit } from '@shared/model/org';
import { CITY_CODE } from '@shared/model/org';
import { codeOfPath } from '@shared/org/codes';
import { db } from '../../db';
import { segmentsOf } from '@shared/org/paths';

/** The units along a scope path, district first ([] for the whole city). */
export function useScopeUnits(scope: string): OrgUnit[] | undefined {
  return useLiveQuery(async () => {
    if (scope === '') return [];
    const codes = segmentsOf(scope);
    const units = await db.orgUnits.where('code').anyOf(codes).toArray();
    return codes.map((c) => units.find((u) => u.code === c)).filter((u): u is OrgUnit => u !== undefined);
  }, [scope]);
}

/** The unit a scope names, or undefined for the whole city (and while loading). */
export function useScopeUnit(scope: string): OrgUnit | undefined {
  return useLiveQuery(
    () => (scope === '' ? undefined : db.orgUnits.where('code').equals(codeOfPath(scope)).first()),
    [scope],
  );
}

/** Children of the given parents (by code), for the scope tree. */
export function useOrgChildren(parentCodes: readonly string[]): OrgUnit[] | undefined {
  const key = [CITY_CODE, ...parentCodes].join(',');
  return useLiveQuery(() => db.orgUnits.where('parentCode').anyOf(key.split(',')).sortBy('code'), [key]);
}

/** Communities and villages inside a scope, in code order. */
export function useCommunitiesInScope(scope: string): OrgUnit[] | undefined {
  return useLiveQuery(
    () =>
      db.orgUnits
        .where('orgPath')
        .startsWith(scope)
        .filter((u) => u.level === 'community' || u.level === 'village')
        .sortBy('code'),
    [scope],
  );
}

/** Grids of one community. */
export function useGrids(communityCode: string | undefined): OrgUnit[] | undefined {
  return useLiveQuery(
    () => (communityCode ? db.orgUnits.where('parentCode').equals(communityCode).sortBy('code') : []),
    [communityCode],
  );
}
