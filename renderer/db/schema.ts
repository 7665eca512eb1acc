import type { Transaction } from 'dexie';
import { STORES as listsStores } from './stores/lists';
import { STORES as coordinatorStores } from './stores/coordinators';
import { STORES as syncStores } from './stores/sync';
import { STORES as excelStores } from './stores/excel';
import { STORES as ticketStores } from './stores/tickets';
import { STORES as whistleStores } from './stores/whistles';
import { STORES as governanceStores } from './stores/governance';
import { STORES as divisionStores } from './stores/divisions';
import { STORES as assessmentStores } from './stores/assessment';

/**
 * The IndexedDB schema, version by version. A released version is never edited: a change
 * is a new entry with, where rows must change, an upgrade function. Tests open a database
 * written by every earlier version and check that no row is lost.
 *
 * Index notes: every index costs a write per row (about 20 µs in Chromium here), so places
 * carry only `code` — it starts with the community's code, which starts with the street's
 * and district's, so it also finds a scope. Search and lists go through the catalog
 * (db/catalog.ts).
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      orgUnits: 'id, &code, parentCode, level, orgPath',
      places: 'id, code',
      servicePoints: 'id',
      communityWorkers: 'id',
      outbox: 'mutationId, [table+id]',
      meta: 'key',
    },
  },
  {
    // 2: the search catalog (db/catalog.ts): per community and district, what finding,
    // listing and counting need. Built from the rows on open (ensureCatalog), like every
    // later change of its format.
    version: 2,
    stores: { catalog: '[table+block]' },
  },
  {
    // 3: the lists and access review, coordinators and dispatch, sync state, Excel batches.
    version: 3,
    stores: { ...listsStores, ...coordinatorStores, ...syncStores, ...excelStores },
  },
  {
    // 4: entries of a large write packed in one outbox record (db/outbox.ts), found by
    // the keys of the records they change; `last` lists the packed records.
    version: 4,
    stores: { outbox: 'mutationId, [table+id], *keys, last' },
  },
  {
    // 5: 12345 tickets and the steps taken on them.
    version: 5,
    stores: ticketStores,
  },
  {
    // 6: 吹哨报到: the units a street summons, its events, and each summoned unit's 报到; tickets
    // gain a `state` index, so the home reads the open ones without the year.
    version: 6,
    stores: { ...whistleStores, tickets: 'id, number, placeId, receivedAt, state' },
  },
  {
    // 7: community governance: 议事协商, the six committees, demonstration points.
    version: 7,
    stores: governanceStores,
  },
  {
    // 8: the community assessment: rounds (with the snapshot a published one freezes) and the
    // scores the street enters.
    version: 8,
    stores: assessmentStores,
  },
  {
    // 9: division changes — splits, merges, 撤村建居.
    version: 9,
    stores: divisionStores,
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
