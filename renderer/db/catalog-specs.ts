import type { OrgLevel } from '@shared/model/org';
import type { PlaceType, ServicePointKind } from '@shared/model/place';
import type { CoordinatorStatus, Shift, WorkSource } from '@shared/model/coordinator';
import { searchText, termsOfText, TERM_SEPARATOR } from '@shared/search/terms';
import { numberTerm } from '@shared/coordinators/search-keys';
import { ticketFactsOf, type TicketFacts } from '@shared/tickets/facts';
import { callFactsOf, whistleFactsOf, type CallFacts, type WhistleFacts } from '@shared/whistles/facts';
import { beijingMonth } from '@shared/access/dates';
import type { CatalogSpec } from './catalog';
import { packTickets, unpackTickets } from './ticket-columns';

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
  /** 入户走访: the assessment's visit coverage counts a district's places from the catalog. */
  lastVisitOn?: string;
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
  /**
   * The division change that merged the unit away (OrgUnit.dissolvedBy). Its row stays as
   * history, so counting screens need this to leave it out without reading the row.
   */
  dissolvedBy?: string;
}

export interface CoordinatorFacts {
  categoryId: string;
  departmentId: string;
  /** Absent for 在岗, the status of nine in ten: a city's catalog holds 240,000 of these. */
  status?: Exclude<CoordinatorStatus, 'active'>;
}

/** Everything a dispatch board needs of an assignment, so a street's board reads one block. */
export interface AssignmentFacts {
  coordinatorId: string;
  shift: Shift;
  from: string;
  to: string;
  source: WorkSource;
  placeId?: string;
  task?: string;
}

export interface CatalogFacts {
  places: PlaceFacts;
  communityWorkers: WorkerFacts;
  servicePoints: ServicePointFacts;
  orgUnits: OrgFacts;
  coordinators: CoordinatorFacts;
  assignments: AssignmentFacts;
  tickets: TicketFacts;
  whistles: WhistleFacts;
  whistleCalls: CallFacts;
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
          lastVisitOn: str(row.lastVisitOn),
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
    // Blocks per street: the roster is kept by street (a few hundred each, 240,000 in the
    // city). Listed by the pinyin of the name. Found by name, pinyin and the last four
    // characters of the resident ID and phone — no more of either than the masked form shows
    // (shared/coordinators/search-keys).
    coordinators: {
      blockDepth: 2,
      sortOf: (row) => {
        const name = str(row.name) ?? '';
        return `${termsOfText(name, { personName: true })[1] ?? name}\u0000${name}`;
      },
      textOf: (row) => {
        const numbers = [numberTerm(str(row.residentId)), numberTerm(str(row.mobile))].filter(
          (t): t is string => t !== undefined,
        );
        // Appended as whole terms: searchText would also split "x321" at its digits.
        return (
          searchText([{ text: str(row.name), personName: true }]) +
          numbers.map((t) => TERM_SEPARATOR + t).join('')
        );
      },
      factsOf: (row) =>
        defined({
          categoryId: str(row.categoryId) ?? '',
          departmentId: str(row.departmentId) ?? '',
          status: row.status === 'active' ? undefined : (row.status as CoordinatorFacts['status']),
        }),
    },
    // Blocks per street, in start order: a community's board reads its street's block.
    assignments: {
      blockDepth: 2,
      sortOf: (row) => `${str(row.from) ?? ''}\u0000${str(row.coordinatorId) ?? ''}`,
      textOf: () => '',
      factsOf: (row) =>
        defined({
          coordinatorId: str(row.coordinatorId) ?? '',
          shift: row.shift as Shift,
          from: str(row.from) ?? '',
          to: str(row.to) ?? '',
          source: row.source as WorkSource,
          placeId: str(row.placeId),
          task: str(row.task),
        }),
    },
    // Blocks per community and Beijing month (the month a ticket is assessed in): ~170 tickets
    // each in a big street, so an edit rewrites little and a dashboard reads only its months.
    // Packed in columns: counting a district's year reads no ticket rows (shared/tickets/facts).
    tickets: {
      blockDepth: 3,
      // A time that does not parse (never written by the app) must not fail the write it rides on.
      subBlockOf: (row) => {
        const at = str(row.receivedAt);
        return at !== undefined && !Number.isNaN(Date.parse(at)) ? beijingMonth(at) : '';
      },
      sortOf: (row) => str(row.receivedAt) ?? '',
      textOf: () => '',
      factsOf: (row) => ticketFactsOf(row as unknown as TicketFacts),
      pack: packTickets,
      unpack: unpackTickets,
    },
    // 吹哨报到, blocks per street (a big street's year: ~170 events, ~500 calls): the overview
    // of a district-year counts from these facts and reads no rows (shared/whistles/facts).
    whistles: {
      blockDepth: 2,
      sortOf: (row) => str(row.blownAt) ?? '',
      textOf: () => '',
      factsOf: (row) => whistleFactsOf(row as unknown as WhistleFacts),
    },
    whistleCalls: {
      blockDepth: 2,
      sortOf: (row) => str(row.whistleId) ?? '',
      textOf: () => '',
      factsOf: (row) => callFactsOf(row as unknown as CallFacts),
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
          dissolvedBy: str(row.dissolvedBy),
        }),
    },
  };
