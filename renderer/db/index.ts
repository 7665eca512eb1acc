import { StreetDeskDb } from './database';
import { ensureReferenceData } from './reference';
import { ensureClientClock } from './capture';

/** The app's one database. Features read it with live queries and write through their repositories. */
export const db = new StreetDeskDb();

let opening: Promise<void> | undefined;

/** Opens the database, running migrations, and makes sure reference data is present. */
export function openDatabase(): Promise<void> {
  opening ??= db
    .open()
    .then(() => ensureReferenceData(db))
    .then(() => ensureClientClock(db))
    .then(() => undefined);
  return opening;
}

export { StreetDeskDb, withoutCapture } from './database';
