import { useLiveQuery } from 'dexie-react-hooks';
import type { DivisionChange } from '@shared/model/division';
import { isInScope } from '@shared/org/codes';
import type { DivisionWorld } from '@shared/divisions/plan';
import { db } from '../../db';
import { loadDivisionWorld } from './divisions-repository';

/** The street's units and the records of the communities being planned. */
export function useDivisionWorld(sources: string[]): DivisionWorld | undefined {
  const key = sources.filter(Boolean).join(',');
  return useLiveQuery(() => (key ? loadDivisionWorld(db, key.split(',')) : undefined), [key]);
}

/** Division changes of a scope (kept at their street), newest first. */
export function useDivisionChanges(scope: string): DivisionChange[] | undefined {
  return useLiveQuery(async () => {
    const all = await db.divisionChanges.toArray();
    return all
      .filter((c) => !c.deleted && (isInScope(c.orgPath, scope) || isInScope(scope, c.orgPath)))
      .sort((a, b) => (b.result?.appliedAt ?? '').localeCompare(a.result?.appliedAt ?? ''));
  }, [scope]);
}

/** Names of units by code, dissolved ones included: history names what was. */
export function useUnitNames(codes: string[]): Map<string, string> | undefined {
  const key = [...new Set(codes)].sort().join(',');
  return useLiveQuery(async () => {
    const units = await db.orgUnits
      .where('code')
      .anyOf(key ? key.split(',') : [])
      .toArray();
    return new Map(units.map((u) => [u.code, u.name]));
  }, [key]);
}
