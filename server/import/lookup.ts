import type {
  EntityName,
  EntitySpec,
  ImportContext,
  ReferenceData,
  StoredRecord,
} from '@shared/excel/entity';
import type { ExistingRecords } from '@shared/excel/import-rows';
import { OrgDirectory } from '@shared/excel/org-directory';
import type { OrgLevel } from '@shared/model/org';
import type { SyncedTable } from '@shared/model/record';
import type { Queryable } from '../db/database';

/**
 * What an import needs from the server's database: org units, the reference data rows name,
 * and the stored records by natural key. A city-level bulk load reads the tables it touches
 * once (the server's generic `records` store has no per-field index), then looks up in memory.
 */

/** The tables an entity's import reads besides org units and its own. */
const REFERENCE_TABLES: Partial<Record<EntityName, readonly SyncedTable[]>> = {
  coordinators: ['coordinatorCategories', 'departments'],
  listItems: ['listEditions'],
  accessRequests: ['listEditions', 'listItems'],
  assignments: ['coordinators', 'places'],
  attendance: ['coordinators'],
};

export type Tables = ReadonlyMap<SyncedTable, readonly StoredRecord[]>;

/** Live records of these tables, as the app holds them: the fields plus id, orgPath and rev. */
export async function loadTables(db: Queryable, tables: readonly SyncedTable[]): Promise<Tables> {
  const rows = await db.query<{
    tbl: SyncedTable;
    id: string;
    org_path: string;
    data: Record<string, unknown>;
    rev: number;
  }>('SELECT tbl, id, org_path, data, rev FROM records WHERE tbl = ANY($1::text[]) AND NOT deleted', [
    [...new Set(tables)],
  ]);
  const out = new Map<SyncedTable, StoredRecord[]>(tables.map((t) => [t, []]));
  for (const r of rows) {
    out.get(r.tbl)!.push({ ...r.data, id: r.id, orgPath: r.org_path, rev: Number(r.rev) } as StoredRecord);
  }
  return out;
}

export function tablesFor(spec: EntitySpec): SyncedTable[] {
  return ['orgUnits', spec.table, ...(REFERENCE_TABLES[spec.name] ?? [])];
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function orgDirectoryOf(tables: Tables): OrgDirectory {
  return OrgDirectory.withReference(
    (tables.get('orgUnits') ?? []).map((u) => ({
      code: str(u.code),
      name: str(u.name),
      level: u.level as OrgLevel,
      parentCode: str(u.parentCode),
    })),
  );
}

const roster = (tables: Tables) =>
  new Map(
    (tables.get('coordinators') ?? []).map((c) => [
      str(c.residentId),
      { id: c.id, orgPath: c.orgPath, name: str(c.name) },
    ]),
  );

const placesByCode = (places: readonly StoredRecord[]) =>
  new Map(places.map((p) => [str(p.code), { id: p.id, orgPath: p.orgPath, type: str(p.type) }]));

/** Reference data an entity's rows may name (as renderer/features/excel/lookup.ts, from memory). */
export function referenceDataOf(entity: EntityName, tables: Tables): ReferenceData {
  const all = (t: SyncedTable) => tables.get(t) ?? [];
  switch (entity) {
    case 'coordinators':
      return {
        coordinatorCategories: all('coordinatorCategories').map((c) => ({
          id: c.id,
          code: str(c.code),
          name: str(c.name),
          departmentId: str(c.departmentId),
        })),
        departments: all('departments').map((d) => ({ id: d.id, code: str(d.code), name: str(d.name) })),
      };
    case 'places':
      return {
        placeCodeById: new Map(
          all('places')
            .filter((p) => p.type === 'building')
            .map((p) => [p.id, str(p.code)]),
        ),
      };
    case 'listItems':
      return { listEditions: all('listEditions').map(edition) };
    case 'accessRequests': {
      const ids = new Set(
        all('listEditions')
          .filter((e) => e.kind === 'communityTasks' && e.status === 'published')
          .map((e) => e.id),
      );
      const items = all('listItems').filter((i) => ids.has(str(i.editionId)));
      return {
        listItemsByCode: new Map(items.map((i) => [str(i.code), { id: i.id }])),
        listItemCodeById: new Map(items.map((i) => [i.id, str(i.code)])),
      };
    }
    case 'assignments':
      return {
        coordinatorsByResidentId: roster(tables),
        placesByCode: placesByCode(all('places')),
        placeCodeById: new Map(all('places').map((p) => [p.id, str(p.code)])),
      };
    case 'attendance':
      return { coordinatorsByResidentId: roster(tables) };
    default:
      return {};
  }
}

const edition = (e: StoredRecord) => ({
  id: e.id,
  kind: str(e.kind),
  name: str(e.name),
  status: str(e.status),
  orgPath: e.orgPath,
});

/** Stored records by natural key, with what new rows need to get free codes. */
export function existingFrom(spec: EntitySpec, tables: Tables) {
  const records = tables.get(spec.table) ?? [];
  return async (keys: string[], ctx: ImportContext): Promise<ExistingRecords> => {
    const wanted = new Set(keys);
    const found = new Map<string, StoredRecord>();
    for (const r of records) for (const k of spec.keysOfRecord(r)) if (wanted.has(k)) found.set(k, r);
    if (spec.name === 'places') {
      const placeCodesByCommunity = new Map<string, string[]>();
      for (const p of records) {
        const code = str(p.code);
        const c = code.slice(0, 12);
        const list = placeCodesByCommunity.get(c);
        if (list) list.push(code);
        else placeCodesByCommunity.set(c, [code]);
      }
      return { records: found, refs: { placeCodesByCommunity, placesByCode: placesByCode(records) } };
    }
    if (spec.name === 'orgUnits') {
      const orgCodesByParent = new Map<string, string[]>();
      for (const u of ctx.org.unitsAt(['community', 'village', 'grid'])) {
        const list = orgCodesByParent.get(u.parentCode);
        if (list) list.push(u.code);
        else orgCodesByParent.set(u.parentCode, [u.code]);
      }
      return { records: found, refs: { orgCodesByParent } };
    }
    return { records: found };
  };
}
