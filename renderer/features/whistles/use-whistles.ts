import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Responder } from '@shared/model/whistle';
import { boardRows, type BoardRow } from '@shared/whistles/board';
import { db } from '../../db';
import { useNow } from '../../common/use-now';
import { openWhistleData, respondersFor, whistleData, whistleFacts } from './whistles-repository';

/** The facts of the scope's events and calls (whistleFacts): what the overview counts. */
export function useWhistleFacts(scope: string) {
  return useLiveQuery(() => whistleFacts(db, scope), [scope]);
}

/** Board rows: the open events alone (read by their index), or the whole of the scope's. */
export function useBoardRows(scope: string, openOnly: boolean): BoardRow[] | undefined {
  const data = useLiveQuery(
    () => (openOnly ? openWhistleData(db, scope) : whistleData(db, scope)),
    [scope, openOnly],
  );
  const now = useNow();
  return useMemo(() => (data ? boardRows(data.whistles, data.calls, now) : undefined), [data, now]);
}

export function useResponders(scope: string): Responder[] | undefined {
  return useLiveQuery(() => respondersFor(db, scope), [scope]);
}

/** Unit names by id, for labels (a unit kept above the scope still names its calls). */
export function useResponderNames(): Map<string, string> {
  const rows = useLiveQuery(() => db.responders.toArray(), []);
  return useMemo(() => new Map((rows ?? []).map((r) => [r.id, r.name])), [rows]);
}
