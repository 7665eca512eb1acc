import { SYNCED_TABLES } from '@shared/model/record';
import { CLOCK_KEY, DATASET_KEY } from './capture';
import { withoutCapture, type StreetDeskDb } from './database';

/** Marks that the user has made the first-launch choice (demo, import, server or empty). */
export const WELCOME_DONE_KEY = 'welcomeDone';
export { DATASET_KEY };

/**
 * Deletes every local record except the shipped reference divisions, with the outbox.
 * The client also takes a new identity: its mutation ids restart, and a server must never
 * see a gap in the old client's ids from changes that were thrown away.
 */
export async function clearLocalData(db: StreetDeskDb): Promise<void> {
  await withoutCapture(db, [...SYNCED_TABLES, 'outbox', 'meta'], async () => {
    for (const table of SYNCED_TABLES) {
      if (table === 'orgUnits')
        await db.orgUnits.where('level').anyOf('community', 'village', 'grid').delete();
      else await db.table(table).clear();
    }
    await db.outbox.clear();
    await db.meta.bulkDelete([CLOCK_KEY, WELCOME_DONE_KEY, DATASET_KEY]);
  });
}

/** Whether the database holds anything beyond reference data. */
export async function hasLocalData(db: StreetDeskDb): Promise<boolean> {
  const [units, places] = await Promise.all([
    db.orgUnits.where('level').anyOf('community', 'village', 'grid').count(),
    db.places.count(),
  ]);
  return units > 0 || places > 0;
}
