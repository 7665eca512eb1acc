import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isInScope } from '@shared/org/codes';
import { communityCodeOf, streetOf } from '@shared/org/paths';
import { db } from '../../db';
import { activitiesOf, dualReportData } from './dual-report-repository';

/** The scope's register and its activities, read together: the table and the figures need both. */
export function useDualReport(scope: string) {
  return useLiveQuery(() => dualReportData(db, scope), [scope]);
}

export function useMemberActivities(memberId: string) {
  return useLiveQuery(() => activitiesOf(db, memberId), [memberId]);
}

/** The places of a community (its buildings and courtyards), for the activity form's picker. */
export function useCommunityPlaces(orgPath: string) {
  const code = communityCodeOf(orgPath);
  return useLiveQuery(
    async () =>
      code
        ? (await db.places.where('code').startsWith(code).toArray())
            .filter((p) => !p.deleted)
            .map((p) => ({ id: p.id, name: p.name }))
        : [],
    [code],
  );
}

/** The whistle events of the member's street and below: an activity may have served one. */
export function useWhistlesNear(orgPath: string) {
  const rows = useLiveQuery(() => db.whistles.orderBy('blownAt').reverse().toArray(), []);
  return useMemo(() => {
    const street = streetOf(orgPath) ?? orgPath;
    return (rows ?? []).filter((w) => !w.deleted && isInScope(w.orgPath, street));
  }, [rows, orgPath]);
}
