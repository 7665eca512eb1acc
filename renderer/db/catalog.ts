import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { zonedInOrder } from './zoned';
import { buildTextIndex, searchTextIndex, type TextIndex } from '@shared/search/text-index';
import type { SyncedTable } from '@shared/model/record';
import { CATALOG_SPECS, type CatalogFacts, type CataloguedTable } from './catalog-specs';
import { codeAt, depthOf } from '@shared/org/paths';
import { codeOfPath } from '@shared/org/codes';

/**
 * The catalog: for each searchable table, one IndexedDB row per block (a community's places,
 * a district's org units) holding, for every record of the block, what finding and listing
 * need — id, sort key, orgPath and search text. Kept by a DBCore middleware in the same
 * transaction as every write, so it is never out of step with the rows.
 *
 * Why blocks and not a multiEntry index of terms: IndexedDB pays per record and per index
 * entry. Measured in Chromium here, 100,000 places with ~13 terms each took 25 s more to
 * write than without the index, and a search that must check the scope reads whole rows.
 * A block per community costs a few hundred writes for a city, and searching a scope is a
 * scan of a few megabytes of strings in memory.
 */

export const CATALOG_TABLE = 'catalog';

export interface CatalogEntry<F = unknown> {
  id: string;
  /** Order within the scope's list (a place's code, a worker's name). */
  sort: string;
  orgPath: string;
  /** Search text (shared/search/terms). */
  text: string;
  /** The few fields screens count and group by (db/catalog-specs.ts), so counting a city reads no rows. */
  facts: F;
}

export interface CatalogBlock {
  table: SyncedTable;
  /**
   * Code of the unit the block covers, and for a table split further (CatalogSpec.subBlockOf)
   * `~` and the part (a month); blocks sort in code order.
   */
  block: string;
  /** Sorted by `sort`. */
  entries: CatalogEntry[];
}

/** A block as stored: a packed table (CatalogSpec.pack) keeps its entries in columns. */
type StoredBlock = CatalogBlock | { table: SyncedTable; block: string; packed: unknown };

type Row = Record<string, unknown>;

export interface CatalogSpec {
  /** Depth in the org path of the unit a block covers (1 district … 3 community). */
  blockDepth: number;
  /**
   * Splits a unit's block further, for tables that grow with time (tickets, by month): a write
   * rewrites a small block, and a read takes only the parts it asks for. A row above
   * `blockDepth` (a ticket not yet located in a community) gets its own unit's block.
   */
  subBlockOf?(row: Row): string;
  /**
   * Stores a block's entries in columns (typed arrays, joined strings): reading 100,000
   * objects out of IndexedDB costs seconds, a few arrays per block almost nothing.
   */
  pack?(entries: readonly CatalogEntry[]): unknown;
  unpack?(packed: unknown): CatalogEntry[];
  sortOf(row: Row): string;
  textOf(row: Row): string;
  factsOf(row: Row): unknown;
}

const SUB_BLOCK = '~';

function blockOf(spec: CatalogSpec, row: Row): string {
  const path = typeof row.orgPath === 'string' ? row.orgPath : '';
  if (!spec.subBlockOf) return codeAt(path, spec.blockDepth) ?? '';
  const code = codeAt(path, Math.min(depthOf(path), spec.blockDepth)) ?? '';
  return `${code}${SUB_BLOCK}${spec.subBlockOf(row)}`;
}

/** The part of a split block's key after its unit's code. */
const subBlockOfKey = (block: string) => block.slice(block.indexOf(SUB_BLOCK) + 1);

const stored = (spec: CatalogSpec, b: CatalogBlock): StoredBlock =>
  spec.pack ? { table: b.table, block: b.block, packed: spec.pack(b.entries) } : b;

function entriesOf(spec: CatalogSpec, b: StoredBlock): CatalogEntry[] {
  if ('entries' in b) return b.entries;
  return spec.unpack!(b.packed);
}

export function catalogEntry(spec: CatalogSpec, row: Row): CatalogEntry {
  return {
    id: row.id as string,
    sort: spec.sortOf(row),
    orgPath: typeof row.orgPath === 'string' ? row.orgPath : '',
    text: spec.textOf(row),
    facts: spec.factsOf(row),
  };
}

const bySort = (a: CatalogEntry, b: CatalogEntry) =>
  a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : a.id < b.id ? -1 : 1;

/** Changes to apply to blocks: per block key, ids to drop and entries to set. */
type BlockChanges = Map<string, { drop: Set<string>; set: CatalogEntry[] }>;

function changesFor(
  spec: CatalogSpec,
  before: (Row | undefined)[],
  after: (Row | undefined)[],
): BlockChanges {
  const changes: BlockChanges = new Map();
  const of = (block: string) => {
    let c = changes.get(block);
    if (!c) changes.set(block, (c = { drop: new Set(), set: [] }));
    return c;
  };
  before.forEach((old) => old && of(blockOf(spec, old)).drop.add(old.id as string));
  // The same id twice in one bulkPut: only the last value is stored, so only it is entered.
  const last = new Map<string, Row>();
  for (const row of after) if (row) last.set(row.id as string, row);
  for (const row of last.values()) {
    const entry = catalogEntry(spec, row);
    const c = of(blockOf(spec, row));
    c.drop.add(entry.id);
    c.set.push(entry);
  }
  return changes;
}

/**
 * Per transaction, the blocks it has read, shared by every write in it: two writes running
 * at once in one transaction update the same objects instead of overwriting each other.
 */
const blocksInTransaction = new WeakMap<object, Map<string, Promise<CatalogBlock>>>();
/** Per transaction, the last catalogued write: the next one waits for it (see zonedInOrder). */
const tails = new WeakMap<object, Promise<unknown>>();

function createCatalogMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'catalog',
    // Outside capture (level 5): capture never sees the catalog's own writes as table writes.
    level: 6,
    create: (down) => {
      const catalog = () => down.table(CATALOG_TABLE);

      /** Steps that apply block changes (run inside the caller's steps). */
      function* apply(
        trans: DBCoreTransaction,
        table: SyncedTable,
        spec: CatalogSpec,
        changes: BlockChanges,
      ): Generator<unknown, void, unknown> {
        if (changes.size === 0) return;
        let cache = blocksInTransaction.get(trans);
        if (!cache) {
          blocksInTransaction.set(trans, (cache = new Map()));
          // Before the writer's promise resolves, so a read right after a write is fresh.
          (trans as unknown as IDBTransaction).addEventListener('complete', invalidateReadCache);
        }
        const blocks = (yield Promise.all(
          [...changes.keys()].map((block) => {
            const key = `${table}\u0000${block}`;
            let p = cache.get(key);
            if (!p) {
              p = catalog()
                .get({ trans, key: [table, block] })
                .then((found: StoredBlock | undefined): CatalogBlock => ({
                  table,
                  block,
                  entries: found ? entriesOf(spec, found) : [],
                }));
              cache.set(key, p);
            }
            return p;
          }),
        )) as CatalogBlock[];
        const written: CatalogBlock[] = [];
        const removed: [string, string][] = [];
        for (const b of blocks) {
          const { drop, set } = changes.get(b.block)!;
          b.entries = b.entries.filter((e) => !drop.has(e.id)).concat(set);
          b.entries.sort(bySort);
          if (b.entries.length > 0) written.push(b);
          else removed.push([table, b.block]);
        }
        if (written.length > 0)
          yield catalog().mutate({ trans, type: 'put', values: written.map((b) => stored(spec, b)) });
        if (removed.length > 0) yield catalog().mutate({ trans, type: 'delete', keys: removed });
      }

      function cataloguedTable(name: SyncedTable, spec: CatalogSpec, table: DBCoreTable): DBCoreTable {
        const extractKey = table.schema.primaryKey.extractKey!;
        const ok = (res: DBCoreMutateResponse, i: number) => !(i in (res.failures ?? {}));
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            // Upgrades say what they write; they rebuild the catalog themselves.
            if ((req.trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(req);
            const trans = req.trans;
            return zonedInOrder(tails, trans, function* () {
              let before: (Row | undefined)[] = [];
              let after: (Row | undefined)[] = [];
              let res: DBCoreMutateResponse;
              if (req.type === 'add' || req.type === 'put') {
                const keys = req.keys ?? req.values.map((v) => extractKey(v));
                if (req.type === 'put')
                  before = (yield table.getMany({ trans, keys })) as (Row | undefined)[];
                res = (yield table.mutate(req)) as DBCoreMutateResponse;
                before = before.filter((_, i) => ok(res, i));
                after = req.values.map((v: Row, i) => (ok(res, i) ? v : undefined));
              } else if (req.type === 'delete') {
                const stored = (yield table.getMany({ trans, keys: req.keys })) as (Row | undefined)[];
                res = (yield table.mutate(req)) as DBCoreMutateResponse;
                before = stored.filter((_, i) => ok(res, i));
              } else {
                const found = (yield table.query({
                  trans,
                  values: true,
                  query: { index: table.schema.primaryKey, range: req.range },
                })) as { result: Row[] };
                res = (yield table.mutate(req)) as DBCoreMutateResponse;
                before = res.numFailures === 0 ? found.result : [];
              }
              yield* apply(trans, name, spec, changesFor(spec, before, after));
              return res;
            });
          },
        };
      }

      return {
        ...down,
        transaction: (stores, mode, opts) => {
          const catalogued = mode === 'readwrite' && stores.some((s) => s in CATALOG_SPECS);
          return down.transaction(
            catalogued && !stores.includes(CATALOG_TABLE) ? [...stores, CATALOG_TABLE] : stores,
            mode,
            opts,
          );
        },
        table: (name) => {
          const table = down.table(name);
          const spec = CATALOG_SPECS[name as CataloguedTable] as CatalogSpec | undefined;
          return spec ? cataloguedTable(name as SyncedTable, spec, table) : table;
        },
      };
    },
  };
}

export const catalogMiddleware = createCatalogMiddleware();

/** Builds the blocks of a table from all its rows (an upgrade, or a repair). */
export function buildBlocks(table: CataloguedTable, rows: readonly Row[]): StoredBlock[] {
  const spec = CATALOG_SPECS[table];
  const blocks = new Map<string, CatalogEntry[]>();
  for (const row of rows) {
    const block = blockOf(spec, row);
    const list = blocks.get(block) ?? [];
    list.push(catalogEntry(spec, row));
    blocks.set(block, list);
  }
  return [...blocks].map(([block, entries]) => stored(spec, { table, block, entries: entries.sort(bySort) }));
}

/**
 * Blocks read before, by database and block key, with their text index. Invalidated when a
 * transaction that changed the catalog commits here, or when another tab or window changed
 * it (Dexie's storagemutated event), so a search over a city reads its few hundred blocks
 * once, not on every keystroke.
 */
interface ReadBlock {
  block: string;
  index: TextIndex<CatalogEntry>;
}
const readCache = new Map<string, ReadBlock>();
/** Bumped with every invalidation: a read that overlapped a change does not fill the cache. */
let generation = 0;
function invalidateReadCache() {
  readCache.clear();
  generation += 1;
}
Dexie.on('storagemutated', (parts) => {
  if (Object.keys(parts).some((part) => part.includes(`/${CATALOG_TABLE}/`))) invalidateReadCache();
});

/** A table's catalog inside one scope, in list order. */
export class CatalogView<F = unknown> {
  constructor(
    private readonly blocks: readonly ReadBlock[],
    /** Set when the scope lies below the block level (a grid in a community block). */
    private readonly within: string | null,
  ) {}

  private inScope = (e: CatalogEntry<F>) =>
    this.within === null || e.orgPath === this.within || e.orgPath.startsWith(this.within + '/');

  entries(): CatalogEntry<F>[] {
    const all: CatalogEntry<F>[] = [];
    for (const b of this.blocks)
      for (const e of b.index.items as CatalogEntry<F>[]) if (this.inScope(e)) all.push(e);
    return all;
  }

  ids(): string[] {
    return this.entries().map((e) => e.id);
  }

  /** The first `limit` entries matching every word of a query (shared/search/terms). */
  search(words: readonly string[], limit: number): CatalogEntry<F>[] {
    const found: CatalogEntry<F>[] = [];
    for (const b of this.blocks) {
      if (found.length >= limit) break;
      const index = b.index as TextIndex<CatalogEntry<F>>;
      found.push(...searchTextIndex(index, words, limit - found.length, this.inScope));
    }
    return found;
  }
}

/**
 * A table's catalog inside a scope. Reads the block keys first, so a live query around it
 * re-runs when any block of the scope changes.
 */
export async function readCatalog<T extends CataloguedTable>(
  db: Dexie,
  table: T,
  scope: string,
  /** For a split table (CatalogSpec.subBlockOf): only these parts (tickets: these months). */
  options: { parts?: Iterable<string> } = {},
): Promise<CatalogView<CatalogFacts[T]>> {
  const spec: CatalogSpec = CATALOG_SPECS[table];
  const store = db.table<StoredBlock, [string, string]>(CATALOG_TABLE);
  const keys = await scopeKeys(db, table, scope, options);
  const cacheKey = (k: [string, string]) => `${db.name}\u0000${k[0]}\u0000${k[1]}`;
  const startedAt = generation;
  // Held here, not looked up again after the await: a commit meanwhile empties the cache.
  const fresh = new Map<string, ReadBlock>();
  for (const k of keys) {
    const cached = readCache.get(cacheKey(k));
    if (cached) fresh.set(cacheKey(k), cached);
  }
  const missing = keys.filter((k) => !fresh.has(cacheKey(k)));
  if (missing.length > 0) {
    const blocks = await store.bulkGet(missing);
    blocks.forEach(
      (b, i) =>
        b && fresh.set(cacheKey(missing[i]!), { block: b.block, index: buildTextIndex(entriesOf(spec, b)) }),
    );
    // A packed table is not kept: its entries unpacked would hold a district's year of tickets
    // (~100 MB) for as long as the page lives, and unpacking again is cheap.
    if (generation === startedAt && !spec.pack) for (const [k, b] of fresh) readCache.set(k, b);
  }
  const blocks = keys.map((k) => fresh.get(cacheKey(k))).filter((b): b is ReadBlock => b !== undefined);
  return new CatalogView<CatalogFacts[T]>(blocks, depthOf(scope) > spec.blockDepth ? scope : null);
}

/** The keys of a table's blocks that hold a scope's records (and, for a split table, the parts asked for). */
async function scopeKeys(
  db: Dexie,
  table: CataloguedTable,
  scope: string,
  { parts }: { parts?: Iterable<string> },
): Promise<[string, string][]> {
  const spec: CatalogSpec = CATALOG_SPECS[table];
  const split = spec.subBlockOf !== undefined;
  const exact = depthOf(scope) >= spec.blockDepth;
  const prefix = exact ? codeAt(scope, spec.blockDepth)! : codeOfPath(scope);
  const store = db.table<StoredBlock, [string, string]>(CATALOG_TABLE);
  const keys =
    exact && !split
      ? await store.where('[table+block]').equals([table, prefix]).primaryKeys()
      : await store
          .where('[table+block]')
          .between(
            [table, exact ? prefix + SUB_BLOCK : prefix],
            [table, (exact ? prefix + SUB_BLOCK : prefix) + '\uffff'],
            true,
            true,
          )
          .primaryKeys();
  if (!split || !parts) return keys;
  const wanted = new Set(parts);
  return keys.filter((k) => wanted.has(subBlockOfKey(k[1])));
}

/** Blocks read and unpacked per task by eachCatalogBatch. */
const BLOCKS_PER_TASK = 200;

/**
 * A scope's catalog entries, a few hundred blocks at a time, letting the page run between them:
 * unpacking a district's year of tickets (7,000 blocks) at once is a task of half a second. Not
 * cached; for counting screens that fold the entries into figures as they come.
 */
export async function eachCatalogBatch<T extends CataloguedTable>(
  db: Dexie,
  table: T,
  scope: string,
  options: { parts?: Iterable<string> },
  visit: (entries: readonly CatalogEntry<CatalogFacts[T]>[]) => void,
): Promise<void> {
  const spec: CatalogSpec = CATALOG_SPECS[table];
  const store = db.table<StoredBlock, [string, string]>(CATALOG_TABLE);
  const keys = await scopeKeys(db, table, scope, options);
  const within = depthOf(scope) > spec.blockDepth ? scope : null;
  for (let i = 0; i < keys.length; i += BLOCKS_PER_TASK) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const b of await store.bulkGet(keys.slice(i, i + BLOCKS_PER_TASK))) {
      if (!b) continue;
      const entries = entriesOf(spec, b) as CatalogEntry<CatalogFacts[T]>[];
      visit(
        within === null
          ? entries
          : entries.filter((e) => e.orgPath === within || e.orgPath.startsWith(within + '/')),
      );
    }
  }
}

/** The rows of a table inside a scope, in list order, optionally only those whose facts pass. */
export async function readRecords<T extends CataloguedTable, R>(
  db: Dexie,
  table: T,
  scope: string,
  keep: (facts: CatalogFacts[T]) => boolean = () => true,
): Promise<R[]> {
  const ids = (await readCatalog(db, table, scope))
    .entries()
    .filter((e) => keep(e.facts))
    .map((e) => e.id);
  const rows = await db.table<R, string>(table).bulkGet(ids);
  return rows.filter((r): r is Awaited<R> & R => r !== undefined);
}

/**
 * Bump when what the catalog holds changes (CATALOG_SPECS, search terms, facts): every
 * database rebuilds its catalog from its rows on the next open. The catalog is derived data,
 * so this needs no schema version.
 */
// 3: org units carry dissolvedBy, so databases that applied a division change before it count right.
// 4: tickets' rate facts, by community and month, so dashboards and assessments read no ticket
// rows; whistle events' and calls' facts, so the 吹哨报到 overview reads none either.
export const CATALOG_FORMAT = 4;
const FORMAT_KEY = 'catalogFormat';

/** Rebuilds the catalog when it was made by another format (or never made). */
export async function ensureCatalog(db: Dexie): Promise<void> {
  const meta = db.table<{ key: string; value: unknown }, string>('meta');
  if ((await meta.get(FORMAT_KEY))?.value === CATALOG_FORMAT) return;
  const tables = Object.keys(CATALOG_SPECS) as CataloguedTable[];
  await db.transaction('rw', [...tables, CATALOG_TABLE, 'meta'], async () => {
    await db.table(CATALOG_TABLE).clear();
    for (const table of tables) {
      await db.table(CATALOG_TABLE).bulkPut(buildBlocks(table, await db.table(table).toArray()));
    }
    await meta.put({ key: FORMAT_KEY, value: CATALOG_FORMAT });
  });
  invalidateReadCache();
}
