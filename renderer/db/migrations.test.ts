import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { StreetDeskDb } from './database';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { readCatalog } from './catalog';
import { queryWords } from '@shared/search/terms';
import { countPending } from './outbox';

/** A database as a released version left it: only the schema versions up to `version`. */
function openAtVersion(name: string, indexedDB: IDBFactory, version: number): Dexie {
  const db = new Dexie(name, { indexedDB, IDBKeyRange });
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return db;
}

describe('schema migrations', () => {
  for (const earlier of SCHEMA_VERSIONS.slice(0, -1)) {
    it(`opens a database written by version ${earlier.version} and loses no rows`, async () => {
      const indexedDB = new IDBFactory();
      const old = openAtVersion('street-desk', indexedDB, earlier.version);
      const places = Array.from({ length: 250 }, (_, i) => ({
        id: `p${i}`,
        orgPath: '110105/110105021/110105021001',
        code: `110105021001${String(i + 1).padStart(4, '0')}`,
        type: 'building',
        name: `南新园${i + 1}号楼`,
        address: `南磨房地区南新园小区${i + 1}号楼`,
        households: 60,
        residents: 150,
        servicePointIds: [],
        head: { name: '张伟', phone: '13800138000', partyMember: true },
      }));
      await old.table('places').bulkAdd(places);
      await old.table('orgUnits').add({
        id: 'o1',
        orgPath: '110105/110105021/110105021001',
        code: '110105021001',
        name: '南新园社区',
        level: 'community',
        parentCode: '110105021',
        source: 'user',
      });
      await old
        .table('communityWorkers')
        .add({ id: 'w1', orgPath: '110105/110105021/110105021001', name: '李娜', role: 'worker' });
      await old.table('outbox').add({
        mutationId: 1,
        clientId: 'c',
        hlc: 'h',
        table: 'places',
        id: 'p0',
        op: 'create',
        changedFields: {},
      });
      old.close();

      const db = new StreetDeskDb('street-desk', { indexedDB, IDBKeyRange });
      await db.open();
      expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
      expect(await db.places.count()).toBe(250);
      expect(await db.orgUnits.count()).toBe(1);
      expect(await db.communityWorkers.count()).toBe(1);
      // Upgrades are not local edits: nothing new was captured.
      expect(await countPending(db)).toBe(1);
      // Rows written before the catalog existed are findable after the upgrade.
      const found = (table: 'places' | 'communityWorkers' | 'orgUnits', query: string) =>
        readCatalog(db, table, '110105/110105021').then((view) =>
          view.search(queryWords(query), 1000).map((e) => e.id),
        );
      expect(await found('places', 'nxy12')).toContain('p11');
      expect(await found('places', 'zw')).toHaveLength(250);
      expect(await found('communityWorkers', 'ln')).toEqual(['w1']);
      expect(await found('orgUnits', '南新园')).toEqual(['o1']);
      const stored = await db.places.get('p0');
      expect(stored).toMatchObject(places[0]!);
      db.close();
    });
  }
});
