import type {
  EntityName,
  EntitySpec,
  ImportContext,
  ReferenceData,
  StoredRecord,
} from '@shared/excel/entity';
import type { ExistingRecords } from '@shared/excel/import-rows';
import { OrgDirectory, type OrgEntry } from '@shared/excel/org-directory';
import { codeOfPath, orgPathOfCode } from '@shared/org/codes';
import { addressMatcher } from '@shared/tickets/address-matcher';
import type { SyncedTable } from '@shared/model/record';
import type { StreetDeskDb } from '../../db';
import { readCatalog } from '../../db/catalog';

/**
 * What an import or export needs from the database: the org units (for names in cells),
 * reference data (categories, editions, the roster), and the stored records that rows'
 * natural keys name. Runs in the Excel worker against its own connection.
 */

/** Every org unit, from the catalog (no row is read). */
export async function orgDirectory(db: StreetDeskDb): Promise<OrgDirectory> {
  const units = (await readCatalog(db, 'orgUnits', '')).entries().map((e): OrgEntry => e.facts);
  return OrgDirectory.withReference(units);
}

/** The roster by resident ID: what assignments and attendance refer to. */
async function rosterByResidentId(db: StreetDeskDb) {
  const map = new Map<string, { id: string; orgPath: string; name: string }>();
  for (const c of await db.coordinators.toArray())
    map.set(c.residentId, { id: c.id, orgPath: c.orgPath, name: c.name });
  return map;
}

/** Reference data an entity's rows (or its export) may name. */
/** `scope` is given for an import, which alone needs the registry to match tickets' addresses. */
export async function referenceData(
  db: StreetDeskDb,
  entity: EntityName,
  scope?: string,
): Promise<ReferenceData> {
  switch (entity) {
    case 'coordinators': {
      const [coordinatorCategories, departments] = await Promise.all([
        db.coordinatorCategories.toArray(),
        db.departments.toArray(),
      ]);
      return { coordinatorCategories, departments };
    }
    case 'places': {
      // A gate's building by code, for exports: from the catalog, whose sort key is the code.
      const places = (await readCatalog(db, 'places', ''))
        .entries()
        .filter((e) => e.facts.type === 'building');
      return { placeCodeById: new Map(places.map((e) => [e.id, e.sort])) };
    }
    case 'listItems':
      return { listEditions: await db.listEditions.toArray() };
    case 'accessRequests': {
      const editions = (await db.listEditions.toArray()).filter(
        (e) => e.kind === 'communityTasks' && e.status === 'published',
      );
      const ids = new Set(editions.map((e) => e.id));
      const items = (await db.listItems.toArray()).filter((i) => ids.has(i.editionId));
      return {
        listItemsByCode: new Map(items.map((i) => [i.code, { id: i.id }])),
        listItemCodeById: new Map(items.map((i) => [i.id, i.code])),
      };
    }
    case 'assignments': {
      // Places by code from the catalog, whose sort key is the code: no place row is read.
      const places = (await readCatalog(db, 'places', '')).entries();
      return {
        coordinatorsByResidentId: await rosterByResidentId(db),
        placesByCode: new Map(
          places.map((e) => [e.sort, { id: e.id, orgPath: e.orgPath, type: e.facts.type }]),
        ),
        placeCodeById: new Map(places.map((e) => [e.id, e.sort])),
      };
    }
    case 'attendance':
      return { coordinatorsByResidentId: await rosterByResidentId(db) };
    case 'tickets': {
      if (scope === undefined) return {};
      // The registry in scope, found by code (it starts with the street's code): 2,500 rows
      // for a street, the whole district's for a district user.
      const prefix = scope ? codeOfPath(scope) : '';
      const places = await (
        prefix ? db.places.where('code').startsWith(prefix) : db.places.toCollection()
      ).toArray();
      return {
        addressMatcher: addressMatcher(places),
        placePathById: new Map(places.map((p) => [p.id, p.orgPath])),
      };
    }
    default:
      return {};
  }
}

export async function importContext(
  db: StreetDeskDb,
  entity: EntityName,
  options: Pick<ImportContext, 'today' | 'scope' | 'user' | 'fixed'>,
): Promise<ImportContext> {
  const [org, refs] = await Promise.all([orgDirectory(db), referenceData(db, entity, options.scope)]);
  return { ...options, org, refs };
}

/** A synced table's rows as the engine sees them: plain records. */
const rows = (db: StreetDeskDb, table: SyncedTable) => db.table<StoredRecord, string>(table);

/** Keeps the records answering to any of the keys. */
function byKeys(
  spec: EntitySpec,
  records: readonly StoredRecord[],
  keys: ReadonlySet<string>,
): Map<string, StoredRecord> {
  const found = new Map<string, StoredRecord>();
  for (const r of records) for (const k of spec.keysOfRecord(r)) if (keys.has(k)) found.set(k, r);
  return found;
}

/** Communities named in keys of the form `code:<16 digits>`, `addr:<community>|…` or `<community>|…`. */
function communitiesIn(keys: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const k of keys) {
    const m = /^(?:code:|addr:)?(\d{12})/.exec(k);
    if (m) out.add(m[1]!);
  }
  return out;
}

/** Rows of a catalogued table in some communities. */
async function inCommunities(
  db: StreetDeskDb,
  table: 'servicePoints' | 'communityWorkers',
  communities: Iterable<string>,
): Promise<StoredRecord[]> {
  const ids: string[] = [];
  for (const c of communities) ids.push(...(await readCatalog(db, table, orgPathOfCode(c))).ids());
  const found = await rows(db, table).bulkGet(ids);
  return found.filter((r): r is StoredRecord => r !== undefined);
}

/**
 * Stored records by natural key, as planImport asks for them, with what else rows of the
 * entity refer to. Tables without an index on their key are read whole: a roster of 240,000
 * is read in about a second, and only when it is not empty.
 */
export async function existingRecords(
  db: StreetDeskDb,
  spec: EntitySpec,
  keys: string[],
  ctx: ImportContext,
): Promise<ExistingRecords> {
  const wanted = new Set(keys);
  switch (spec.name) {
    case 'places': {
      const communities = new Set([...communitiesIn(keys)].filter((c) => ctx.org.byCode(c)));
      const places: StoredRecord[] = [];
      for (const c of communities) {
        places.push(
          ...(await rows(db, 'places').where('code').between(`${c}0000`, `${c}9999`, true, true).toArray()),
        );
      }
      const placeCodesByCommunity = new Map<string, string[]>();
      for (const p of places) {
        const c = (p.code as string).slice(0, 12);
        placeCodesByCommunity.set(c, [...(placeCodesByCommunity.get(c) ?? []), p.code as string]);
      }
      return {
        records: byKeys(spec, places, wanted),
        refs: {
          placeCodesByCommunity,
          placesByCode: new Map(
            places.map((p) => [p.code as string, { id: p.id, orgPath: p.orgPath, type: p.type as string }]),
          ),
        },
      };
    }
    case 'orgUnits': {
      const codes = keys.filter((k) => k.startsWith('code:')).map((k) => k.slice(5));
      const parents = [
        ...new Set(keys.filter((k) => k.startsWith('name:')).map((k) => k.slice(5).split('|')[0]!)),
      ];
      const [byCode, byParent] = await Promise.all([
        rows(db, 'orgUnits').where('code').anyOf(codes).toArray(),
        rows(db, 'orgUnits').where('parentCode').anyOf(parents).toArray(),
      ]);
      const orgCodesByParent = new Map<string, string[]>();
      for (const u of ctx.org.unitsAt(['community', 'village', 'grid'])) {
        orgCodesByParent.set(u.parentCode, [...(orgCodesByParent.get(u.parentCode) ?? []), u.code]);
      }
      return { records: byKeys(spec, [...byCode, ...byParent], wanted), refs: { orgCodesByParent } };
    }
    case 'servicePoints':
    case 'communityWorkers':
      return { records: byKeys(spec, await inCommunities(db, spec.name, communitiesIn(keys)), wanted) };
    default:
      if (wanted.size === 0) return { records: new Map() };
      return { records: byKeys(spec, await rows(db, spec.table).toArray(), wanted) };
  }
}
