import type { EntityTable, IDType } from 'dexie';
import { serverManagedFieldsOf, type SyncedRecord } from '@shared/model/record';
import { newId } from '@shared/ids';

/**
 * Writes a checked record: a new one gets a UUIDv7, an existing one keeps its server-managed
 * fields (rev, updatedAt …) that forms never see. `beforeWrite` runs in the same transaction,
 * for checks that need the database (a code already taken).
 */
export function putRecord<T extends SyncedRecord>(
  table: EntityTable<T, 'id'>,
  value: Omit<T, 'id'>,
  existingId?: string,
  beforeWrite?: () => Promise<void>,
): Promise<T> {
  return table.db.transaction('rw', table, async () => {
    await beforeWrite?.();
    const previous = existingId ? await table.get(existingId as IDType<T, 'id'>) : undefined;
    const row = { ...serverManagedFieldsOf(previous), ...value, id: existingId ?? newId() } as T;
    // EntityTable.put takes the insert type, which T satisfies.
    await table.put(row);
    return row;
  });
}
