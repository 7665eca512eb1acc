import type { Transaction } from 'dexie';
import { buildBlocks, CATALOG_TABLE } from './catalog';
import { CATALOG_SPECS, type CataloguedTable } from './catalog-specs';

const CATALOGUED_TABLES = Object.keys(CATALOG_SPECS) as CataloguedTable[];

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
    // 2: the search catalog (db/catalog.ts): per community and district, what finding and
    // listing need. Rows written by version 1 are catalogued here.
    version: 2,
    stores: { catalog: '[table+block]' },
    upgrade: async (tx) => {
      for (const table of CATALOGUED_TABLES) {
        const rows = await tx.table(table).toArray();
        await tx.table(CATALOG_TABLE).bulkPut(buildBlocks(table, rows));
      }
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
