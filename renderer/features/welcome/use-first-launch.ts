import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { WELCOME_DONE_KEY, hasLocalData } from '../../db/local-data';
import { useWelcomeHold } from '../../common/welcome-hold';

/** True while the database is empty and the user has not chosen how to start; undefined while reading. */
export function useFirstLaunch(): boolean | undefined {
  const held = useWelcomeHold((s) => s.held);
  const first = useLiveQuery(async () => {
    if (await db.meta.get(WELCOME_DONE_KEY)) return false;
    return !(await hasLocalData(db));
  });
  return held || first;
}
