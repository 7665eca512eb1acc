import { canWriteTable, type SessionUser } from '@shared/auth/roles';
import { newId } from '@shared/ids';
import type { DivisionChange, FormerPlacement } from '@shared/model/division';
import type { OrgUnit } from '@shared/model/org';
import { SYNCED_TABLES, type SyncedRecord, type SyncedTable } from '@shared/model/record';
import { isInScope, orgPathOfCode } from '@shared/org/codes';
import {
  planDivision,
  type DivisionDraft,
  type DivisionPlan,
  type DivisionWorld,
  type MoveCounts,
  type WorldRow,
} from '@shared/divisions/plan';
import type { StreetDeskDb } from '../../db';
import { RefusedError } from '../../app/input-error';

type Actor = Pick<SessionUser, 'role' | 'displayName'>;
type Row = SyncedRecord & Record<string, unknown>;

/** Tables whose records a division change may move; org units are read apart, as the world's units. */
const MOVABLE: readonly SyncedTable[] = SYNCED_TABLES.filter(
  (t) => t !== 'orgUnits' && t !== 'divisionChanges' && t !== 'auditEvents',
);

export type DivisionPhase = 'reading' | 'planning' | 'writing' | 'done';
export interface DivisionProgress {
  phase: DivisionPhase;
  done: number;
  total: number;
}
export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (p: DivisionProgress) => void;
  /** ISO time of the apply or undo; the caller's clock, so tests fix it. */
  now: string;
}

const streetPathOf = (code: string) => orgPathOfCode(code.slice(0, 9));

/**
 * Rows of `table` inside any of `paths`. Places are found by their code (it starts with the
 * community's); other tables carry no orgPath index, and a street's year of them is read whole.
 */
async function rowsInside(db: StreetDeskDb, table: SyncedTable, codes: string[]): Promise<Row[]> {
  const paths = codes.map(orgPathOfCode);
  const inside = (r: Row) => !r.deleted && paths.some((p) => isInScope(r.orgPath, p));
  if (table === 'places') {
    const found = await Promise.all(
      codes.map((c) =>
        db.places
          .where('code')
          .between(c, c + '\uffff')
          .toArray(),
      ),
    );
    return (found.flat() as unknown as Row[]).filter(inside);
  }
  return ((await db.table(table).toArray()) as Row[]).filter(inside);
}

/** What the plan needs of a street: its units and the records of the communities a draft touches. */
export async function loadDivisionWorld(
  db: StreetDeskDb,
  sources: string[],
  signal?: AbortSignal,
): Promise<DivisionWorld> {
  const street = sources[0]?.slice(0, 9) ?? '';
  const streetPath = orgPathOfCode(street);
  const units = (
    await db.orgUnits
      .where('orgPath')
      .startsWith(streetPath + '/')
      .toArray()
  ).filter((u) => !u.deleted);
  const records: DivisionWorld['records'] = {};
  for (const table of MOVABLE) {
    signal?.throwIfAborted();
    if (table === 'accessRequests') continue;
    const rows = await rowsInside(db, table, sources);
    if (rows.length > 0) records[table] = rows as unknown as WorldRow[];
  }
  const accessRequests = (await db.accessRequests.toArray()).filter(
    (r) => !r.deleted && r.orgPath === streetPath,
  ) as unknown as WorldRow[];
  // Undone changes too: the codes they gave are never given again.
  const changes = (await db.divisionChanges.toArray()).filter((c) => !c.deleted && c.orgPath === streetPath);
  return { units, records, accessRequests, changes };
}

/** Plans a draft against what this database holds now. */
export async function previewDivision(
  db: StreetDeskDb,
  draft: DivisionDraft,
  signal?: AbortSignal,
): Promise<DivisionPlan> {
  return planDivision(draft, await loadDivisionWorld(db, draft.sources, signal));
}

/** Writes a placement onto a row: its path, and its code and grid where the move names them. */
function place(row: Row, to: { orgPath: string; code?: string; gridCode?: string }, gridKept: boolean) {
  row.orgPath = to.orgPath;
  if (to.code !== undefined) row.code = to.code;
  if (to.gridCode !== undefined) row.gridCode = to.gridCode;
  else if (!gridKept) delete row.gridCode;
}

/**
 * Applies a change as one transaction: every moved record gets its new path (and code) and a
 * `formerly` entry (原属: where it was, and from when it is elsewhere); new communities are created,
 * dissolved ones marked; the change record says what moved. Capture queues every write for sync,
 * so the change reaches other clients as ordinary updates. Cancelling before the commit leaves
 * nothing written.
 */
export async function applyDivision(
  db: StreetDeskDb,
  draft: DivisionDraft,
  actor: Actor,
  options: RunOptions,
  existingId?: string,
): Promise<DivisionChange> {
  if (!canWriteTable(actor.role, 'divisionChanges')) throw new RefusedError('errors.division.notWritable');
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'reading', done: 0, total: 1 });
  const world = await loadDivisionWorld(db, draft.sources, options.signal);
  progress({ phase: 'planning', done: 0, total: 1 });
  const plan = planDivision(draft, world);
  if (plan.issues.length > 0) {
    throw new RefusedError(`errors.${plan.issues[0]!.code}`, { detail: plan.issues[0]!.detail ?? '' });
  }
  const changeId = existingId ?? newId();
  const street = draft.sources[0]!.slice(0, 9);
  const streetPath = streetPathOf(street);
  const unitsByCode = new Map(world.units.map((u) => [u.code, u]));
  const before: Record<string, number | null> = {};
  const change: DivisionChange = {
    id: changeId,
    orgPath: streetPath,
    kind: draft.kind,
    sources: draft.sources,
    targets: draft.targets,
    effectiveOn: draft.effectiveOn,
    state: 'applied',
    result: {
      codes: plan.codes,
      dissolved: plan.dissolved,
      moved: plan.counts,
      appliedAt: options.now,
      appliedBy: actor.displayName,
      households: before,
      grids: plan.moves
        .filter((m) => m.table === 'orgUnits' && m.to.code !== undefined && m.to.code !== m.from.code)
        .map((m) => m.to.code!),
    },
  };

  const byTable = new Map<SyncedTable, typeof plan.moves>();
  for (const m of plan.moves) byTable.set(m.table, [...(byTable.get(m.table) ?? []), m]);
  const total = plan.moves.length;
  let done = 0;

  // Units the change writes carry its id (`divisionChangeId`; dissolved ones `dissolvedBy`), and
  // moved records name it in 原属: the server refuses a change whose code another client took
  // meanwhile together with every write of it, across push pages.
  const created: OrgUnit[] = [];
  const updated: OrgUnit[] = [];
  plan.results.forEach((r, i) => {
    const existing = unitsByCode.get(r.code);
    if (existing) {
      before[r.code] = existing.households ?? null;
      updated.push({ ...(existing as OrgUnit), households: r.households, divisionChangeId: changeId });
    } else {
      created.push({
        id: newId(),
        orgPath: r.orgPath,
        code: r.code,
        name: draft.targets[i]!.name.trim(),
        level: 'community',
        parentCode: street,
        households: r.households,
        source: 'user',
        divisionChangeId: changeId,
      });
    }
  });
  for (const code of plan.dissolved) {
    const u = unitsByCode.get(code);
    if (u) updated.push({ ...(u as OrgUnit), dissolvedBy: changeId });
  }

  await db.transaction('rw', [...SYNCED_TABLES], async () => {
    // The outbox sends in write order: the change record first, so the server meets the codes it
    // gives (and may refuse it whole) before anything else of it, then the units it resizes or
    // dissolves and its new ones, and only then the records it moves.
    await db.divisionChanges.put(change);
    const stored = await db.orgUnits.bulkGet(updated.map((u) => u.id));
    await db.orgUnits.bulkPut(updated.map((u, i) => ({ ...(stored[i] ?? {}), ...u })));
    await db.orgUnits.bulkPut(created);
    for (const [table, moves] of byTable) {
      options.signal?.throwIfAborted();
      const rows = (await db.table(table).bulkGet(moves.map((m) => m.id))) as (Row | undefined)[];
      const written: Row[] = [];
      moves.forEach((m, i) => {
        const row = rows[i];
        if (!row) return;
        const former: FormerPlacement = { changeId, on: draft.effectiveOn, ...m.from };
        place(row, m.to, m.to.gridCode === undefined && m.from.gridCode === undefined);
        if (table === 'orgUnits') row.parentCode = String(row.code).slice(0, 12);
        row.formerly = [...(row.formerly ?? []), former];
        written.push(row);
      });
      await db.table(table).bulkPut(written);
      done += moves.length;
      progress({ phase: 'writing', done, total });
    }
    options.signal?.throwIfAborted();
  });
  progress({ phase: 'done', done: total, total });
  return change;
}

/** What undoing a change would do, or what stops it. */
export interface UndoPlan {
  counts: MoveCounts;
  /** Records to set back, by table. */
  restore: Map<SyncedTable, Row[]>;
  /** New communities that would be removed. */
  removedCommunities: number;
  blockers: { key: string; count: number }[];
}

/**
 * Plans the undo of an applied change. It is refused when something later depends on it: a later
 * change moved the same records or touched the same communities, or records were made in a
 * community the change created (they would be left with nowhere to be).
 */
export async function planUndo(db: StreetDeskDb, changeId: string): Promise<UndoPlan> {
  const change = await db.divisionChanges.get(changeId);
  if (!change || change.state !== 'applied' || !change.result)
    throw new RefusedError('errors.division.notApplied');
  const codes = change.result.codes;
  const newCodes = codes.filter((c, i) => !change.targets[i]!.code && c);
  const blockers: UndoPlan['blockers'] = [];
  const touched = new Set([...change.sources, ...codes]);
  const later = (await db.divisionChanges.toArray()).filter(
    (c) =>
      c.id !== changeId &&
      !c.deleted &&
      c.state === 'applied' &&
      (c.result?.appliedAt ?? '') > (change.result?.appliedAt ?? '') &&
      [...c.sources, ...(c.result?.codes ?? [])].some((s) => touched.has(s)),
  );
  if (later.length > 0) blockers.push({ key: 'laterChange', count: later.length });

  const restore = new Map<SyncedTable, Row[]>();
  const counts: MoveCounts = {};
  let madeSince = 0;
  const newPaths = newCodes.map(orgPathOfCode);
  for (const table of [...MOVABLE, 'orgUnits' as const]) {
    const rows = await rowsInside(db, table, codes);
    for (const row of rows) {
      const formerly = row.formerly ?? [];
      const mine = formerly.findIndex((f) => f.changeId === changeId);
      if (mine >= 0 && mine === formerly.length - 1) {
        restore.set(table, [...(restore.get(table) ?? []), row]);
        const key = table === 'places' && row.type === 'gate' ? 'gates' : table;
        counts[key] = (counts[key] ?? 0) + 1;
      } else if (mine < 0 && newPaths.some((p) => isInScope(row.orgPath, p))) {
        // The new community's own unit is the change's, not something made since.
        if (!(table === 'orgUnits' && newCodes.includes(String(row.code)))) madeSince++;
      }
    }
  }
  if (madeSince > 0) blockers.push({ key: 'madeSince', count: madeSince });
  return { counts, restore, removedCommunities: newCodes.length, blockers };
}

/** Undoes an applied change: every record it moved goes back, with its code; new communities go. */
export async function undoDivision(
  db: StreetDeskDb,
  changeId: string,
  actor: Actor,
  options: RunOptions,
): Promise<UndoPlan> {
  if (!canWriteTable(actor.role, 'divisionChanges')) throw new RefusedError('errors.division.notWritable');
  const plan = await planUndo(db, changeId);
  if (plan.blockers.length > 0) {
    const b = plan.blockers[0]!;
    throw new RefusedError(`errors.division.undo.${b.key}`, { count: b.count });
  }
  const change = (await db.divisionChanges.get(changeId))!;
  const result = change.result!;
  const total = [...plan.restore.values()].reduce((n, rows) => n + rows.length, 0);
  let done = 0;
  await db.transaction('rw', [...SYNCED_TABLES], async () => {
    for (const [table, rows] of plan.restore) {
      options.signal?.throwIfAborted();
      const current = (await db.table(table).bulkGet(rows.map((r) => r.id))) as (Row | undefined)[];
      const written: Row[] = [];
      for (const row of current) {
        const formerly = row?.formerly ?? [];
        const last = formerly[formerly.length - 1];
        if (!row || last?.changeId !== changeId) continue;
        place(row, { orgPath: last.orgPath, code: last.code, gridCode: last.gridCode }, false);
        if (table === 'orgUnits') row.parentCode = String(row.code).slice(0, 12);
        if (formerly.length > 1) row.formerly = formerly.slice(0, -1);
        else delete row.formerly;
        written.push(row);
      }
      await db.table(table).bulkPut(written);
      done += rows.length;
      options.onProgress?.({ phase: 'writing', done, total });
    }
    options.signal?.throwIfAborted();
    const units = await db.orgUnits
      .where('code')
      .anyOf([...result.codes, ...result.dissolved])
      .toArray();
    for (const u of units) {
      const i = result.codes.indexOf(u.code);
      if (i >= 0 && !change.targets[i]!.code) {
        await db.orgUnits.delete(u.id);
        continue;
      }
      const next: OrgUnit = { ...u };
      if (u.code in (result.households ?? {})) {
        const h = result.households![u.code];
        if (h === null || h === undefined) delete next.households;
        else next.households = h;
      }
      if (next.dissolvedBy === changeId) delete next.dissolvedBy;
      if (next.divisionChangeId === changeId) delete next.divisionChangeId;
      await db.orgUnits.put(next);
    }
    await db.divisionChanges.put({ ...change, state: 'undone', undoneAt: options.now });
  });
  options.onProgress?.({ phase: 'done', done: total, total });
  return plan;
}

/** The changes that touched a community, newest first: its history (created, split, merged …). */
export async function communityHistory(db: StreetDeskDb, code: string): Promise<DivisionChange[]> {
  const all = await db.divisionChanges.toArray();
  return all
    .filter(
      (c) =>
        !c.deleted &&
        c.state !== 'draft' &&
        (c.sources.includes(code) || (c.result?.codes ?? []).includes(code)),
    )
    .sort((a, b) => (b.result?.appliedAt ?? '').localeCompare(a.result?.appliedAt ?? ''));
}
