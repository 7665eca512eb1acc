import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import type { Place } from '@shared/model/place';
import { createTestDb } from './test-db';
import { withoutCapture, type StreetDeskDb } from './database';
import { countPending, readAllPending } from './outbox';

let db: StreetDeskDb;
afterEach(() => db?.close());

function place(id: string, extra: Partial<Place> = {}): Place {
  return {
    id,
    orgPath: '110105/110105021/110105021001',
    code: '1101050210010001',
    type: 'building',
    name: '南新园5号楼',
    address: '南磨房地区南新园小区5号楼',
    households: 80,
    residents: 190,
    servicePointIds: [],
    ...extra,
  };
}

describe('outbox capture', () => {
  it('records one entry per write type, in the same transaction, with gap-free ids', async () => {
    db = createTestDb();
    await db.places.add(place('a'));
    await db.places.put(place('b'));
    await db.places.update('a', { households: 81 });
    await db.places.where('id').equals('b').modify({ residents: 200 });
    await db.places.upsert('c', { ...place('c') });
    await db.places.bulkUpdate([{ key: 'c', changes: { notes: '示范点' } }]);
    await db.places.delete('a');
    await db.places.where('id').between('b', 'c', true, true).delete();

    const entries = await readAllPending(db);
    expect(entries.map((e) => [e.id, e.op])).toEqual([
      ['a', 'create'],
      ['b', 'create'],
      ['a', 'update'],
      ['b', 'update'],
      ['c', 'create'],
      ['c', 'update'],
      ['a', 'delete'],
      ['b', 'delete'],
      ['c', 'delete'],
    ]);
    expect(entries.map((e) => e.mutationId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(entries.map((e) => e.clientId)).size).toBe(1);
    expect(entries[2]!.changedFields).toEqual({ households: 81 });
    expect(entries[5]!.changedFields).toEqual({ notes: '示范点' });
    // HLCs increase with the mutation ids.
    const hlcs = entries.map((e) => e.hlc);
    expect([...hlcs].sort()).toEqual(hlcs);
  });

  it('leaves server-managed fields out of the changes', async () => {
    db = createTestDb();
    await db.places.add(place('a', { rev: 3 }));
    await db.places.update('a', { name: '南新园6号楼' });
    const [create, update] = await readAllPending(db);
    expect(create!.changedFields).not.toHaveProperty('rev');
    expect(update!.changedFields).toEqual({ name: '南新园6号楼' });
    expect(update!.baseRev).toBe(3);
  });

  it('records a removed field as null and an unchanged put as nothing', async () => {
    db = createTestDb();
    await db.places.add(place('a', { notes: 'x' }));
    const row = (await db.places.get('a'))!;
    await db.places.put(row);
    expect(await countPending(db)).toBe(1);
    const { notes: _notes, ...withoutNotes } = row;
    await db.places.put(withoutNotes);
    const last = await readAllPending(db).then((all) => all.at(-1));
    expect(last!.changedFields).toEqual({ notes: null });
  });

  it('writes nothing to the outbox when the transaction aborts, and leaves no gap', async () => {
    db = createTestDb();
    await db.places.add(place('a'));
    await expect(
      db.transaction('rw', db.places, async () => {
        await db.places.add(place('b'));
        await db.places.update('a', { households: 1 });
        throw new Error('user cancelled');
      }),
    ).rejects.toThrow('user cancelled');
    expect(await db.places.count()).toBe(1);
    expect((await readAllPending(db)).map((e) => e.mutationId)).toEqual([1]);
    await db.places.add(place('c'));
    expect((await readAllPending(db)).map((e) => e.mutationId)).toEqual([1, 2]);
  });

  it('keeps ids unique when writes in one transaction run concurrently', async () => {
    db = createTestDb();
    await db.transaction('rw', db.places, () =>
      Promise.all([
        db.places.add(place('a')),
        db.places.add(place('b')),
        db.places.bulkAdd([place('c'), place('d')]),
      ]),
    );
    const ids = (await readAllPending(db)).map((e) => e.mutationId).sort((a, b) => a - b);
    expect(ids).toEqual([1, 2, 3, 4]);
  });

  it('records only the rows that were written when part of a bulk add fails', async () => {
    db = createTestDb();
    await db.places.add(place('a'));
    await expect(db.places.bulkAdd([place('b'), place('a'), place('c')])).rejects.toBeInstanceOf(
      Dexie.BulkError,
    );
    expect((await readAllPending(db)).map((e) => e.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('compares values regardless of key order', async () => {
    db = createTestDb();
    await db.places.add(place('a', { head: { name: '张伟', phone: '13800138000', partyMember: true } }));
    // As a server might send it back: same head, keys in another order.
    await db.places.update('a', { head: { partyMember: true, phone: '13800138000', name: '张伟' } });
    expect(await countPending(db)).toBe(1);
  });

  it('treats the same id twice in one bulkPut as a create then an update', async () => {
    db = createTestDb();
    await db.places.bulkPut([place('a'), place('a', { households: 90 })]);
    const entries = await readAllPending(db);
    expect(entries.map((e) => [e.op, e.changedFields.households])).toEqual([
      ['create', 80],
      ['update', 90],
    ]);
  });

  it('sees the earlier write when two puts of a new row run at once in one transaction', async () => {
    db = createTestDb();
    await db.transaction('rw', db.places, () =>
      Promise.all([db.places.put(place('a')), db.places.put(place('a', { households: 90 }))]),
    );
    expect((await readAllPending(db)).map((e) => e.op)).toEqual(['create', 'update']);
  });

  it('captures bulk deletes and clear', async () => {
    db = createTestDb();
    await db.places.bulkAdd([place('a'), place('b'), place('c')]);
    await db.places.bulkDelete(['a', 'missing']);
    await db.places.clear();
    const deletes = (await readAllPending(db)).filter((e) => e.op === 'delete').map((e) => e.id);
    expect(deletes.sort()).toEqual(['a', 'b', 'c']);
  });

  it('refuses to switch capture off inside a running transaction', async () => {
    db = createTestDb();
    await expect(
      db.transaction('rw', db.places, () => withoutCapture(db, ['places'], () => db.places.add(place('a')))),
    ).rejects.toThrow(/inside another transaction/);
    expect(await db.places.count()).toBe(0);
  });

  it('captures nothing in a transaction marked as not captured', async () => {
    db = createTestDb();
    await withoutCapture(db, ['places'], async () => {
      await db.places.bulkAdd([place('a'), place('b')]);
    });
    expect(await db.places.count()).toBe(2);
    expect(await countPending(db)).toBe(0);
  });
});

describe('demo data', () => {
  it('queues no edit of the demo dataset, which never syncs, and queues again once it is gone', async () => {
    db = createTestDb();
    await withoutCapture(db, ['meta'], () =>
      db.meta.put({
        key: 'dataset',
        value: { kind: 'demo', seed: 1, scope: { kind: 'street', code: '110105021' } },
      }),
    );
    await db.places.add(place('a'));
    await db.places.update('a', { households: 81 });
    await db.transaction('rw', db.places, async () => {
      await Promise.all([db.places.put(place('b')), db.places.delete('a')]);
    });
    expect(await countPending(db)).toBe(0);
    expect((await db.places.get('b'))?.name).toBe('南新园5号楼');

    await withoutCapture(db, ['meta'], () => db.meta.delete('dataset'));
    await db.places.update('b', { households: 82 });
    expect((await readAllPending(db)).map((e) => [e.id, e.op])).toEqual([['b', 'update']]);
  });

  it('queues edits of data that came from elsewhere', async () => {
    db = createTestDb();
    await withoutCapture(db, ['meta'], () => db.meta.put({ key: 'dataset', value: { kind: 'import' } }));
    await db.places.add(place('a'));
    expect(await countPending(db)).toBe(1);
  });
});
