import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { communityCodeOf } from '@shared/org/paths';
import { db } from '../../db';
import { useCommunitiesInScope } from '../../common/scope/use-org';
import { committeeData, demoPointsIn, meetingsOf, topicsIn } from './governance-repository';

export const useTopics = (scope: string) => useLiveQuery(() => topicsIn(db, scope), [scope]);

export const useTopic = (id: string) =>
  useLiveQuery(async () => {
    const topic = await db.consultationTopics.get(id);
    return topic && !topic.deleted ? { topic, meetings: await meetingsOf(db, id) } : null;
  }, [id]);

export const useCommitteeData = (scope: string) => useLiveQuery(() => committeeData(db, scope), [scope]);

export const useDemoPoints = (scope: string) => useLiveQuery(() => demoPointsIn(db, scope), [scope]);

/** Community code → name for the scope: lists name the community of each record. */
export function useCommunityNames(scope: string) {
  const communities = useCommunitiesInScope(scope);
  return useMemo(() => {
    const names = new Map((communities ?? []).map((c) => [c.code, c.name]));
    return (orgPath: string) => {
      const code = communityCodeOf(orgPath);
      return code ? (names.get(code) ?? code) : '';
    };
  }, [communities]);
}

/** The places of a community, for pickers. */
export function useCommunityPlaces(communityCode: string | undefined) {
  return useLiveQuery(
    async () =>
      communityCode
        ? (await db.places.where('code').startsWith(communityCode).toArray())
            .filter((p) => !p.deleted)
            .map((p) => ({ id: p.id, name: p.name }))
        : [],
    [communityCode],
  );
}

/** Names of places by id (a topic or a point shows its places). */
export function usePlaceNames(ids: readonly string[]) {
  return useLiveQuery(async () => {
    const rows = await db.places.bulkGet([...ids]);
    return new Map(rows.filter((p) => p && !p.deleted).map((p) => [p!.id, p!.name]));
  }, [ids.join(',')]);
}
