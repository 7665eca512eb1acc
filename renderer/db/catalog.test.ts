import { afterEach, describe, expect, it } from 'vitest';
import type { Place } from '@shared/model/place';
import { queryWords } from '@shared/search/terms';
import { createTestDb } from './test-db';
import { withoutCapture, type StreetDeskDb } from './database';
import { readCatalog } from './catalog';
import { countPending } from './outbox';

let db: StreetDeskDb;
afterEach(() => db?.close());

const C1 = '110105021001';
const C2 = '110105021002';
function place(id: string, community: string, n: number, extra: Partial<Place> = {}): Place {
  return {
    id,
    orgPath: `110105/110105021/${community}`,
    code: `${community}${String(n).padStart(4, '0')}`,
    type: 'building',
    name: `南新园${n}号楼`,
    address: `南磨房地区南新园小区${n}号楼`,
    households: 80,
    residents: 190,
    servicePointIds: [],
    ...extra,
  };
}

const ids = async (scope: string, query?: string) => {
  const view = await readCatalog(db, 'places', scope);
  return (query === undefined ? view.entries() : view.search(queryWords(query), 1000)).map((e) => e.id);
};

describe('catalog', () => {
  it('follows every write type, in code order, block by block', async () => {
    db = createTestDb();
    await db.places.bulkAdd([place('b', C1, 2), place('a', C1, 1), place('z', C2, 1)]);
    expect(await ids('110105/110105021')).toEqual(['a', 'b', 'z']);
    expect(await ids(`110105/110105021/${C1}`)).toEqual(['a', 'b']);

    await db.places.update('a', { head: { name: '张伟', phone: '13800138000', partyMember: false } });
    expect(await ids('', 'zw')).toEqual(['a']);
    await db.places.where('id').equals('b').modify({ name: '东四三条12号院' });
    expect(await ids('', 'dsst')).toEqual(['b']);
    expect(await ids('', '南新园小区2号楼')).toEqual(['b']); // the address still says so

    // Moving a place to another community moves its entry to that block.
    await db.places.put({ ...place('a', C2, 5), head: undefined });
    expect(await ids(`110105/110105021/${C1}`)).toEqual(['b']);
    expect(await ids(`110105/110105021/${C2}`)).toEqual(['z', 'a']);

    await db.places.delete('z');
    await db.places.where('id').equals('b').delete();
    expect(await ids('')).toEqual(['a']);
    await db.places.clear();
    expect(await ids('')).toEqual([]);
    expect(await db.catalog.count()).toBe(0);
  });

  it('filters a grid inside its community block', async () => {
    db = createTestDb();
    const grid = `${C1}001`;
    await db.places.bulkAdd([
      place('a', C1, 1, { orgPath: `110105/110105021/${C1}/${grid}`, gridCode: grid }),
      place('b', C1, 2),
    ]);
    expect(await ids(`110105/110105021/${C1}/${grid}`)).toEqual(['a']);
  });

  it('keeps every write when writes in one transaction run at once', async () => {
    db = createTestDb();
    await db.transaction('rw', db.places, () =>
      Promise.all([
        db.places.add(place('a', C1, 1)),
        db.places.add(place('b', C1, 2)),
        db.places.bulkPut([place('c', C1, 3)]),
      ]),
    );
    expect(await ids('')).toEqual(['a', 'b', 'c']);
  });

  it('writes nothing when the transaction aborts', async () => {
    db = createTestDb();
    await db.places.add(place('a', C1, 1));
    await expect(
      db.transaction('rw', db.places, async () => {
        await db.places.add(place('b', C1, 2));
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await ids('')).toEqual(['a']);
  });

  it('keeps one entry per id when one bulkPut holds the same id twice', async () => {
    db = createTestDb();
    await db.places.bulkPut([place('a', C1, 1), place('a', C2, 2)]);
    expect(await ids('')).toEqual(['a']);
    expect(await ids(`110105/110105021/${C2}`)).toEqual(['a']);
  });

  it('does not lose cached blocks when a write commits during a read', async () => {
    db = createTestDb();
    await db.places.bulkAdd([place('a', C1, 1), place('z', C2, 1)]);
    await ids(`110105/110105021/${C1}`); // C1's block is now cached
    const reading = ids('110105/110105021'); // needs C2's block from IndexedDB
    await db.orgUnits.add({
      id: 'o',
      orgPath: '110101/110101001',
      code: '110101001',
      name: '东华门街道',
      level: 'street',
      parentCode: '110101',
      source: 'reference',
    });
    expect(await reading).toEqual(['a', 'z']);
  });

  it('rebuilds itself on open when its format changed', async () => {
    db = createTestDb();
    await db.places.add(place('a', C1, 1));
    // As if written by an older format: stale blocks, old format number.
    await db.catalog.clear();
    await db.meta.put({ key: 'catalogFormat', value: 0 });
    db.close();
    await db.open();
    expect(await ids('', 'nxy1')).toEqual(['a']);
  });

  it('catalogues rows written without capture (sync, demo data) the same way', async () => {
    db = createTestDb();
    await withoutCapture(db, ['places'], () => db.places.bulkAdd([place('a', C1, 1), place('b', C2, 7)]));
    expect(await ids('', 'nxy 7hl')).toEqual(['b']);
    expect(await countPending(db)).toBe(0);
  });

  it('sees a change made after a read, not the cached block', async () => {
    db = createTestDb();
    await db.places.add(place('a', C1, 1));
    expect(await ids('', 'nxy1')).toEqual(['a']);
    await db.places.update('a', { name: '东四三条1号院', address: '东城区东四三条1号院' });
    expect(await ids('', 'nxy1')).toEqual([]);
    expect(await ids('', 'dsst1')).toEqual(['a']);
  });
});
