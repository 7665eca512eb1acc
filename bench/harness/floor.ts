import { PACK_MAX } from '../../renderer/db/outbox';

/**
 * What IndexedDB alone costs for what an import writes: the same records and their outbox
 * entries packed by PACK_MAX (as capture stores a large write), into bare stores with no index
 * (or only `indexes`), `chunkRows` records per transaction as the import commits them. An
 * import cannot beat this; its ratio to it is what the app's code controls.
 */
export async function indexedDbFloor(
  records: readonly ({ id: string } & Record<string, unknown>)[],
  {
    table,
    dbName,
    chunkRows,
    indexes = [],
  }: { table: string; dbName: string; chunkRows: number; indexes?: readonly string[] },
): Promise<{ ms: number; rows: number }> {
  await deleteDatabase(dbName);
  const open = indexedDB.open(dbName, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore(table, { keyPath: 'id' });
    for (const key of indexes) store.createIndex(key, key);
    open.result.createObjectStore('outbox', { keyPath: 'mutationId' });
  };
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const started = performance.now();
  for (let i = 0; i < records.length; i += chunkRows) {
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction([table, 'outbox'], 'readwrite');
      const entries = records.slice(i, i + chunkRows).map((r, j) => {
        tx.objectStore(table).add(r);
        const { id, ...changedFields } = r;
        return { mutationId: i + j + 1, clientId: 'c', hlc: '0', table, id, op: 'create', changedFields };
      });
      for (let k = 0; k < entries.length; k += PACK_MAX) {
        const packed = entries.slice(k, k + PACK_MAX);
        tx.objectStore('outbox').add({
          mutationId: packed[0]!.mutationId,
          last: packed.at(-1)!.mutationId,
          entries: packed,
        });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  const ms = performance.now() - started;
  idb.close();
  await deleteDatabase(dbName);
  return { ms, rows: records.length };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}
