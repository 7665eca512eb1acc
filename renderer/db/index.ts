import { StreetDeskDb } from './database';
import { ensureReferenceData } from './reference';

/** The app's one database. Features read it with live queries and write through their repositories. */
export const db = new StreetDeskDb();

let opening: Promise<void> | undefined;

/** Opens the database, running migrations, and makes sure reference data is present. */
export function openDatabase(): Promise<void> {
  opening ??= db.open().then(() => ensureReferenceData(db));
  return opening;
}

export { StreetDeskDb, withoutCapture } from './database';
