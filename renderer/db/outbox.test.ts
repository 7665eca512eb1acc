import { afterEach, describe, expect, it } from 'vitest';
import type { Department } from '@shared/model/coordinator';
import type { StreetDeskDb } from './database';
import { createTestDb } from './test-db';
import { countPending, dropAcknowledged, isPacked, pendingFor, readAllPending, readPending } from './outbox';

const department = (n: number, name = `部门${n}`): Department => ({
  id: `d${n}`,
  code: String(n).padStart(3, '0'),
  name,
  orgPath: '',
});
const ids = (entries: { mutationId: number }[]) => entries.map((e) => e.mutationId);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the outbox with packed entries', () => {
  let db: StreetDeskDb;
  afterEach(() => db.close());

  /** Ids 1–5 packed, 6 alone, 7–10 packed. */
  async function written(): Promise<StreetDeskDb> {
    db = createTestDb({ packMin: 3 });
    await db.open();
    await db.departments.bulkAdd(range(1, 5).map((n) => department(n)));
    await db.departments.add(department(6));
    await db.departments.bulkPut(range(1, 4).map((n) => department(n, `改名${n}`)));
    return db;
  }

  it('stores a large write as one record, with the ids and fields single entries would have', async () => {
    await written();
    const records = await db.outbox.orderBy('mutationId').toArray();
    expect(records.map((r) => (isPacked(r) ? `${r.mutationId}-${r.last}` : `${r.mutationId}`))).toEqual([
      '1-5',
      '6',
      '7-10',
    ]);
    const all = await readAllPending(db);
    expect(ids(all)).toEqual(range(1, 10));
    expect(all.map((e) => e.op)).toEqual([...Array(6).fill('create'), ...Array(4).fill('update')]);
    expect(all[6]).toMatchObject({ table: 'departments', id: 'd1', changedFields: { name: '改名1' } });
    expect(await countPending(db)).toBe(10);
  });

  it('packs a large write by push pages, so acknowledging a page drops whole records', async () => {
    db = createTestDb();
    await db.open();
    await db.departments.bulkAdd(range(1, 1030).map((n) => department(n)));
    const records = await db.outbox.orderBy('mutationId').toArray();
    expect(records.map((r) => (isPacked(r) ? r.entries.length : 1))).toEqual([500, 500, 30]);
    expect(await countPending(db)).toBe(1030);
    const page = await readPending(db, 0, 500);
    expect(ids(page)).toEqual(range(1, 500));
    await dropAcknowledged(db, 500);
    expect(await db.outbox.count()).toBe(2);
    expect(ids(await readPending(db, 0, 500))).toEqual(range(501, 1000));
  });

  it('reads push pages across packed records', async () => {
    await written();
    expect(ids(await readPending(db, 0, 3))).toEqual([1, 2, 3]);
    expect(ids(await readPending(db, 3, 4))).toEqual([4, 5, 6, 7]);
    expect(ids(await readPending(db, 7, 50))).toEqual([8, 9, 10]);
    expect(await readPending(db, 10, 50)).toEqual([]);
  });

  it('drops what the server acknowledged, keeping the rest of a packed record it cuts through', async () => {
    await written();
    await dropAcknowledged(db, 3);
    expect(ids(await readAllPending(db))).toEqual(range(4, 10));
    expect(await countPending(db)).toBe(7);
    await dropAcknowledged(db, 8);
    expect(ids(await readAllPending(db))).toEqual([9, 10]);
    expect(await countPending(db)).toBe(2);
    // What is left of a record is still found by the records it changes.
    expect(ids(await pendingFor(db, [{ table: 'departments', id: 'd4' }]))).toEqual([10]);
    await dropAcknowledged(db, 10);
    expect(await countPending(db)).toBe(0);
  });

  it('finds the pending changes of records in single and packed entries, oldest first', async () => {
    await written();
    const found = await pendingFor(db, [
      { table: 'departments', id: 'd6' },
      { table: 'departments', id: 'd2' },
      { table: 'departments', id: 'd9' },
    ]);
    expect(found.map((e) => `${e.mutationId}:${e.id}`)).toEqual(['2:d2', '6:d6', '8:d2']);
  });
});
