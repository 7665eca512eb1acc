import type { OrgLevel } from '@shared/model/org';
import type { PlaceType, ServicePointKind } from '@shared/model/place';
import { searchText } from '@shared/search/terms';
import type { CatalogSpec } from './catalog';

/**
 * What the catalog (db/catalog.ts) keeps of each table: where a record sits in lists, what
 * finds it, and the facts that counting screens (coverage, community sizes, overview) need,
 * so that a whole city is counted from the catalog without reading its rows.
 */

export interface PlaceFacts {
  type: PlaceType;
  households: number;
  hasHead: boolean;
  workerId?: string;
  parentId?: string;
  servicePointIds: string[];
}

export interface WorkerFacts {
  gridCode?: string;
}

export interface ServicePointFacts {
  kind: ServicePointKind;
}

export interface OrgFacts {
  code: string;
  name: string;
  level: OrgLevel;
  parentCode: string;
  households?: number;
  residents?: number;
}

export interface CatalogFacts {
  places: PlaceFacts;
  communityWorkers: WorkerFacts;
  servicePoints: ServicePointFacts;
  orgUnits: OrgFacts;
}
export type CataloguedTable = keyof CatalogFacts;

type Row = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
/** Optional fields only when present: the catalog holds a city, every absent key saved counts. */
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export const CATALOG_SPECS: { [T in CataloguedTable]: CatalogSpec & { factsOf(row: Row): CatalogFacts[T] } } =
  {
    // Blocks per community. A place's code starts with its community's code, so community
    // blocks in code order list a street or a district in code order.
    places: {
      blockDepth: 3,
      sortOf: (row) => str(row.code) ?? '',
      textOf: (row) =>
        searchText([
          { text: str(row.name) },
          { text: str(row.address) },
          { text: str(row.code) },
          { text: (row.head as { name?: string } | undefined)?.name, personName: true },
        ]),
      factsOf: (row) =>
        defined({
          type: row.type as PlaceType,
          households: num(row.households) ?? 0,
          hasHead: row.head !== undefined && row.head !== null,
          workerId: str(row.workerId),
          parentId: str(row.parentId),
          servicePointIds: Array.isArray(row.servicePointIds) ? (row.servicePointIds as string[]) : [],
        }),
    },
    communityWorkers: {
      blockDepth: 3,
      sortOf: (row) => str(row.name) ?? '',
      textOf: (row) => searchText([{ text: str(row.name), personName: true }]),
      factsOf: (row) => defined({ gridCode: str(row.gridCode) }),
    },
    servicePoints: {
      blockDepth: 3,
      sortOf: (row) => `${str(row.kind) ?? ''}\u0000${str(row.name) ?? ''}`,
      textOf: (row) =>
        searchText([
          { text: str(row.name) },
          { text: str(row.address) },
          { text: str(row.contactName), personName: true },
        ]),
      factsOf: (row) => ({ kind: row.kind as ServicePointKind }),
    },
    // Blocks per district: a few thousand units each, grids included.
    orgUnits: {
      blockDepth: 1,
      sortOf: (row) => str(row.code) ?? '',
      textOf: (row) => searchText([{ text: str(row.name) }, { text: str(row.code) }]),
      factsOf: (row) =>
        defined({
          code: str(row.code) ?? '',
          name: str(row.name) ?? '',
          level: row.level as OrgLevel,
          parentCode: str(row.parentCode) ?? '',
          households: num(row.households),
          residents: num(row.residents),
        }),
    },
  };
