import Dexie, { type Table } from 'dexie';
import { SYNCED_TABLES, type SyncedRecord, type SyncedTable } from '@shared/model/record';
import type { StreetDeskDb } from './database';
import { codeAt } from '@shared/org/paths';
import { ORG_DEPTH } from '@shared/model/org';

/**
 * The one rule for records that others point at. Every reference between synced tables is
 * listed here with what deleting its target does to the records that point at it:
 *
 * - `cascade`: they go with it (a coordinator's assignments and attendance; a draft edition's
 *   items). A confirmation says how many.
 * - `unlink`: they stay and forget it (a place listing a deleted service point).
 * - `refuse`: the delete is refused, naming what blocks it (a building with gates, a category
 *   with coordinators, a community with places).
 *
 * Deleting a record and taking back an import both go through planDelete/applyDelete, so no
 * feature decides this for itself and no record is left pointing at nothing.
 */
export type OnDelete = 'cascade' | 'unlink' | 'refuse';

export interface Reference {
  from: SyncedTable;
  /** The field holding the target's id (an id array when `many`). */
  field: string;
  to: SyncedTable;
  many?: true;
  onDelete: OnDelete;
  /**
   * Where the pointing records live relative to the target: places are found by their code,
   * which starts with their community's (and street's) code, so only that part is read.
   */
  within?: 'street' | 'community';
}

export const REFERENCES: readonly Reference[] = [
  { from: 'places', field: 'parentId', to: 'places', onDelete: 'refuse', within: 'community' },
  {
    from: 'places',
    field: 'servicePointIds',
    to: 'servicePoints',
    many: true,
    onDelete: 'unlink',
    within: 'street',
  },
  { from: 'places', field: 'workerId', to: 'communityWorkers', onDelete: 'unlink', within: 'community' },
  { from: 'assignments', field: 'placeId', to: 'places', onDelete: 'refuse' },
  { from: 'assignments', field: 'coordinatorId', to: 'coordinators', onDelete: 'cascade' },
  { from: 'attendance', field: 'coordinatorId', to: 'coordinators', onDelete: 'cascade' },
  { from: 'attendance', field: 'coveredCoordinatorId', to: 'coordinators', onDelete: 'unlink' },
  { from: 'coordinators', field: 'categoryId', to: 'coordinatorCategories', onDelete: 'refuse' },
  { from: 'coordinators', field: 'departmentId', to: 'departments', onDelete: 'refuse' },
  { from: 'coordinatorCategories', field: 'departmentId', to: 'departments', onDelete: 'refuse' },
  { from: 'listItems', field: 'editionId', to: 'listEditions', onDelete: 'cascade' },
  { from: 'accessRequests', field: 'listItemId', to: 'listItems', onDelete: 'refuse' },
  { from: 'burdenComplaints', field: 'accessRequestId', to: 'accessRequests', onDelete: 'unlink' },
  { from: 'ticketSteps', field: 'ticketId', to: 'tickets', onDelete: 'cascade' },
  // A ticket outlives the place it was located at: it is still the street's to answer.
  { from: 'tickets', field: 'placeId', to: 'places', onDelete: 'unlink' },
  { from: 'tickets', field: 'assignmentId', to: 'assignments', onDelete: 'unlink' },
  { from: 'tickets', field: 'burdenComplaintId', to: 'burdenComplaints', onDelete: 'unlink' },
  { from: 'whistleCalls', field: 'whistleId', to: 'whistles', onDelete: 'cascade' },
  // A unit that was summoned is part of the record of those events: it is not deleted.
  { from: 'whistleCalls', field: 'responderId', to: 'responders', onDelete: 'refuse' },
  { from: 'whistles', field: 'placeId', to: 'places', onDelete: 'unlink' },
  { from: 'whistles', field: 'ticketIds', to: 'tickets', many: true, onDelete: 'unlink' },
  { from: 'whistles', field: 'resolvedTicketIds', to: 'tickets', many: true, onDelete: 'unlink' },
  { from: 'whistles', field: 'enforcementItemId', to: 'listItems', onDelete: 'unlink' },
  { from: 'serviceActivities', field: 'memberId', to: 'reportingMembers', onDelete: 'cascade' },
  // The hours were served whatever becomes of the place or the event: the activity stays.
  { from: 'serviceActivities', field: 'placeId', to: 'places', onDelete: 'unlink' },
  { from: 'serviceActivities', field: 'whistleId', to: 'whistles', onDelete: 'unlink' },
  // A topic's meetings are its record: they go with it.
  { from: 'consultationMeetings', field: 'topicId', to: 'consultationTopics', onDelete: 'cascade' },
  { from: 'consultationTopics', field: 'ticketIds', to: 'tickets', many: true, onDelete: 'unlink' },
  { from: 'consultationTopics', field: 'placeIds', to: 'places', many: true, onDelete: 'unlink' },
  { from: 'consultationTopics', field: 'committeeId', to: 'committees', onDelete: 'unlink' },
  // A committee's log is its work: it goes with the committee, and the confirmation counts it.
  { from: 'committeeLogs', field: 'committeeId', to: 'committees', onDelete: 'cascade' },
  { from: 'committeeLogs', field: 'topicId', to: 'consultationTopics', onDelete: 'unlink' },
  { from: 'committeeLogs', field: 'placeId', to: 'places', onDelete: 'unlink' },
  // A designation names its place: the place cannot go while it is designated.
  { from: 'demoPoints', field: 'placeId', to: 'places', onDelete: 'refuse' },
  // A round's entered scores are part of it: they go with it, and the confirmation counts them.
  { from: 'assessmentScores', field: 'roundId', to: 'assessmentRounds', onDelete: 'cascade' },
];

/**
 * Records below an org unit (its communities, grids, places, people …) point at it through
 * their orgPath: a unit that still holds any is refused. Audit events stay: they are the
 * history of who saw what, kept whatever happens to the record.
 */
const NOT_UNDER_ORG_UNITS: readonly SyncedTable[] = ['auditEvents'];

export interface Blocker {
  /** The table whose records point at what is deleted, and through which field. */
  table: SyncedTable;
  field: string;
  count: number;
}

export interface DeletePlan {
  table: SyncedTable;
  ids: string[];
  /** Records deleted with them, by table (recursively: a cascade's own dependants). */
  cascade: Partial<Record<SyncedTable, string[]>>;
  /** Records that stay and forget the deleted ones. */
  unlink: { reference: Reference; ids: string[] }[];
  /** What blocks the delete; empty when it may go ahead. */
  refused: Blocker[];
}

type Row = SyncedRecord & Record<string, unknown>;

function tableOf(db: StreetDeskDb, name: SyncedTable): Table<Row, string> {
  return db.table(name);
}

/** Rows of `ref.from` pointing at any of `targets`: through an index where there is one. */
async function pointingAt(
  db: StreetDeskDb,
  ref: Reference,
  targets: ReadonlySet<string>,
  targetTable: SyncedTable,
): Promise<Row[]> {
  const table = tableOf(db, ref.from);
  if (!ref.many && table.schema.idxByName[ref.field]) {
    return table
      .where(ref.field)
      .anyOf([...targets])
      .toArray();
  }
  // A compound index that starts with the field ([coordinatorId+date]) finds them too.
  const compound = ref.many
    ? undefined
    : table.schema.indexes.find((i) => Array.isArray(i.keyPath) && i.keyPath[0] === ref.field);
  if (compound) {
    const found = await Promise.all(
      [...targets].map((id) =>
        table.where(compound.name).between([id, Dexie.minKey], [id, Dexie.maxKey], true, true).toArray(),
      ),
    );
    return found.flat();
  }
  const points = (row: Row) => {
    const value = row[ref.field];
    if (Array.isArray(value)) return value.some((v) => targets.has(v as string));
    return typeof value === 'string' && targets.has(value);
  };
  if (ref.within && table.schema.idxByName.code) {
    const depth = ORG_DEPTH[ref.within];
    const rows = (await tableOf(db, targetTable).bulkGet([...targets])).filter((r): r is Row => !!r);
    const prefixes = [...new Set(rows.map((r) => codeAt(r.orgPath, depth)).filter((c): c is string => !!c))];
    // A target without a street or community (city-wide) has no such part: read everything.
    if (rows.length > 0 && rows.every((r) => codeAt(r.orgPath, depth))) {
      return table.where('code').startsWithAnyOf(prefixes).filter(points).toArray();
    }
  }
  return table.filter(points).toArray();
}

/** Rows of any table below the given org paths (not the units themselves). */
async function belowOrgPaths(db: StreetDeskDb, paths: readonly string[]): Promise<Blocker[]> {
  const prefixes = paths.map((p) => `${p}/`);
  const blockers: Blocker[] = [];
  for (const table of db.tables) {
    const name = table.name as SyncedTable;
    if (!REFERENCE_TABLES.has(name) || NOT_UNDER_ORG_UNITS.includes(name)) continue;
    const count = await (table as Table<Row, string>)
      .filter((row) => {
        const path = typeof row.orgPath === 'string' ? row.orgPath : '';
        // The unit's own row is what is deleted; its records sit at its path or below it.
        if (name === 'orgUnits') return prefixes.some((p) => path.startsWith(p));
        return paths.includes(path) || prefixes.some((p) => path.startsWith(p));
      })
      .count();
    if (count > 0) blockers.push({ table: name, field: 'orgPath', count });
  }
  return blockers;
}

/** A delete plans and applies inside one transaction over every synced table it may touch. */
const REFERENCE_TABLES: ReadonlySet<SyncedTable> = new Set(SYNCED_TABLES);

/**
 * What deleting `ids` of `table` would do. Records being deleted together (an import's new
 * coordinators and their new assignments) do not block each other.
 */
export async function planDelete(
  db: StreetDeskDb,
  table: SyncedTable,
  ids: readonly string[],
  alsoDeleted: Partial<Record<SyncedTable, ReadonlySet<string>>> = {},
): Promise<DeletePlan> {
  const plan: DeletePlan = { table, ids: [...ids], cascade: {}, unlink: [], refused: [] };
  const deleted = new Map<SyncedTable, Set<string>>([[table, new Set(ids)]]);
  const going = (t: SyncedTable, id: string) => !!(deleted.get(t)?.has(id) || alsoDeleted[t]?.has(id));

  let frontier: [SyncedTable, Set<string>][] = [[table, new Set(ids)]];
  while (frontier.length > 0) {
    const next: [SyncedTable, Set<string>][] = [];
    for (const [target, targets] of frontier) {
      for (const ref of REFERENCES.filter((r) => r.to === target)) {
        const rows = (await pointingAt(db, ref, targets, target)).filter((r) => !going(ref.from, r.id));
        if (rows.length === 0) continue;
        if (ref.onDelete === 'refuse') {
          plan.refused.push({ table: ref.from, field: ref.field, count: rows.length });
        } else if (ref.onDelete === 'unlink') {
          plan.unlink.push({ reference: ref, ids: rows.map((r) => r.id) });
        } else {
          const added = rows.map((r) => r.id);
          (plan.cascade[ref.from] ??= []).push(...added);
          const set = deleted.get(ref.from) ?? new Set<string>();
          for (const id of added) set.add(id);
          deleted.set(ref.from, set);
          next.push([ref.from, new Set(added)]);
        }
      }
    }
    frontier = next;
  }
  if (table === 'orgUnits' && ids.length > 0) {
    const units = (await tableOf(db, 'orgUnits').bulkGet([...ids])).filter((u): u is Row => !!u);
    plan.refused.push(
      ...(await belowOrgPaths(
        db,
        units.map((u) => u.orgPath),
      )),
    );
  }
  return plan;
}

/** Every table a plan writes: what the caller's transaction must cover. */
export function tablesOfPlan(plan: DeletePlan): SyncedTable[] {
  return [
    ...new Set<SyncedTable>([
      plan.table,
      ...(Object.keys(plan.cascade) as SyncedTable[]),
      ...plan.unlink.map((u) => u.reference.from),
    ]),
  ];
}

/** Counts of what goes with a delete, by table, for its confirmation. */
export function cascadeCounts(plan: DeletePlan): Partial<Record<SyncedTable, number>> {
  const counts: Partial<Record<SyncedTable, number>> = {};
  for (const [t, ids] of Object.entries(plan.cascade) as [SyncedTable, string[]][]) counts[t] = ids.length;
  return counts;
}

export class DeleteRefused extends Error {
  constructor(readonly blockers: Blocker[]) {
    super(`refused: ${blockers.map((b) => `${b.table}.${b.field} ${b.count}`).join(', ')}`);
    this.name = 'DeleteRefused';
  }
}

/**
 * Carries out a plan: dependants first, then the records. Run it inside one rw transaction
 * over tablesOfPlan(plan) (captured for sync like any write). Throws DeleteRefused if the plan
 * was refused.
 */
export async function applyDelete(db: StreetDeskDb, plan: DeletePlan): Promise<void> {
  if (plan.refused.length > 0) throw new DeleteRefused(plan.refused);
  for (const { reference, ids } of plan.unlink) {
    const table = tableOf(db, reference.from);
    const rows = (await table.bulkGet(ids)).filter((r): r is Row => !!r);
    const gone = new Set(plan.table === reference.to ? plan.ids : (plan.cascade[reference.to] ?? []));
    for (const row of rows) {
      const value = row[reference.field];
      const changes = Array.isArray(value)
        ? { [reference.field]: value.filter((v) => !gone.has(v as string)) }
        : { [reference.field]: undefined };
      await table.update(row.id, changes);
    }
  }
  for (const [t, ids] of Object.entries(plan.cascade) as [SyncedTable, string[]][]) {
    await tableOf(db, t).bulkDelete(ids);
  }
  await tableOf(db, plan.table).bulkDelete(plan.ids);
}

/** The tables of REFERENCE_TABLES present in this database. */
export function referenceTables(db: StreetDeskDb): Table[] {
  return [...REFERENCE_TABLES].map((t) => db.table(t));
}

/**
 * Deletes records by the rule, in one transaction: refused (DeleteRefused, naming what blocks)
 * or carried out with their dependants. Returns the plan carried out, for the message.
 */
export async function deleteRecords(
  db: StreetDeskDb,
  table: SyncedTable,
  ids: readonly string[],
  /** The feature's own precondition (a draft only …), checked in the same transaction. */
  guard?: () => Promise<void>,
): Promise<DeletePlan> {
  return db.transaction('rw', referenceTables(db), async () => {
    await guard?.();
    const plan = await planDelete(db, table, ids);
    await applyDelete(db, plan);
    return plan;
  });
}
