import type { SyncedTable } from '@shared/model/record';
import { isSyncedTable } from '@shared/model/record';
import type { StreetDeskDb } from '../db';
import { conflictsTable, type LocalConflict } from './state';

/** Which side of a delete conflict deleted the record. */
export const deletedSide = (c: LocalConflict): 'mine' | 'theirs' => (c.mine.deleted ? 'mine' : 'theirs');

/**
 * Settles a conflict with the side the user picked. The pick is a new local change (captured,
 * so it syncs and wins by its newer clock) unless the record already holds that value; the
 * conflict is marked resolved in the same transaction, and the server is told on next sync.
 */
export async function chooseConflictSide(
  db: StreetDeskDb,
  id: string,
  choice: 'mine' | 'theirs',
): Promise<void> {
  const table = conflictsTable(db);
  const conflict = await table.get(id);
  if (!conflict || !isSyncedTable(conflict.table)) return;
  const records = db.table<Record<string, unknown>, string>(conflict.table as SyncedTable);
  await db.transaction('rw', [records, table], async () => {
    const row = await records.get(conflict.recordId);
    if (conflict.kind === 'field' && conflict.field) {
      const value = conflict[choice].value;
      if (row) {
        const next = { ...row };
        if (value === null || value === undefined) delete next[conflict.field];
        else next[conflict.field] = value;
        await records.put(next);
      }
    } else if (choice === deletedSide(conflict)) {
      if (row) await records.delete(conflict.recordId);
    } else if (conflict.restore) {
      // Bring the record back as it was, with our own fields kept where the row still exists.
      await records.put({ ...conflict.restore, ...(row ?? {}), id: conflict.recordId });
    }
    await table.update(id, { status: 'resolved', choice, resolvedAt: new Date().toISOString() });
  });
}
