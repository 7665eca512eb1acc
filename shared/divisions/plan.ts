import type { DivisionChange, DivisionKind, DivisionTarget } from '../model/division';
import type { OrgUnit } from '../model/org';
import type { SyncedTable } from '../model/record';
import { CHILD_CODE_RANGE, codeOfPath, isInScope, nextChildCode, orgPathOfCode } from '../org/codes';
import { sizeClass, type SizeClass } from '../places/community-size';

/**
 * 区划调整 planned as plain data: given a draft and the records of the communities it touches,
 * which records move where, which codes the new communities get and how big each result is.
 * Nothing here writes; the apply step (renderer/features/divisions) writes exactly these moves.
 *
 * Rules (issue 16): grids and places go where the draft says, gates with their building; a
 * worker with a grid goes with it, one without goes where most of the places it covers go, and a
 * service point where most places that use it go; open work (tickets, assignments) follows its
 * place or grid, closed work stays where it happened; records of a source that ceases to exist
 * (merged away, 撤村建居) go to the remainder target, except closed work.
 */

/** A record as the plan needs it: its envelope and the few fields the rules read. */
export interface WorldRow {
  id: string;
  orgPath: string;
  code?: string;
  gridCode?: string;
  type?: string;
  parentId?: string;
  households?: number;
  placeId?: string;
  ticketId?: string;
  state?: string;
  status?: string;
  to?: string;
  workerId?: string;
  servicePointIds?: string[];
  targetCommunities?: string[];
}

export type WorldUnit = Pick<
  OrgUnit,
  'id' | 'code' | 'name' | 'level' | 'parentCode' | 'households' | 'orgPath' | 'dissolvedBy'
>;

export interface DivisionWorld {
  /** Units of the street: its communities and villages (all of them, for codes) and their grids. */
  units: WorldUnit[];
  /** Synced records lying inside the sources, by table (org units excluded). */
  records: Partial<Record<SyncedTable, WorldRow[]>>;
  /** Street-level access requests, to count those that name a source. */
  accessRequests?: WorldRow[];
  /**
   * The street's change records, undone ones included: the codes they gave stay issued after an
   * undo deleted the unit, so a later change never gives the same code to another community.
   */
  changes?: IssuedBy[];
}

/** What of a change record says which codes it gave. */
export type IssuedBy = Pick<DivisionChange, 'result'>;

/**
 * Community and village codes ever issued in a street: every unit held (dissolved ones included)
 * and every code a change gave, applied or undone. A code names one community for all time —
 * history, 原属 entries and synced references would otherwise point at two.
 */
export function issuedCodes(world: Pick<DivisionWorld, 'units' | 'changes'>): Set<string> {
  const issued = new Set<string>();
  for (const u of world.units) if (u.level === 'community' || u.level === 'village') issued.add(u.code);
  for (const c of world.changes ?? []) for (const code of c.result?.codes ?? []) if (code) issued.add(code);
  return issued;
}

export interface DivisionDraft {
  kind: DivisionKind;
  sources: string[];
  targets: DivisionTarget[];
  effectiveOn: string;
}

export interface Placement {
  orgPath: string;
  code?: string;
  gridCode?: string;
}

/** One record that changes jurisdiction. */
export interface RecordMove {
  table: SyncedTable;
  id: string;
  from: Placement;
  to: Placement;
}

export type DivisionIssueCode =
  | 'division.sources'
  | 'division.sourceUnknown'
  | 'division.sourceLevel'
  | 'division.remainder'
  | 'division.targetName'
  | 'division.targetEmpty'
  | 'division.targetUnknown'
  | 'division.twice'
  | 'division.notInSource'
  | 'division.codesFull'
  | 'division.date';

export interface DivisionIssue {
  code: DivisionIssueCode;
  /** Index of the target concerned, when one is. */
  target?: number;
  detail?: string;
}

/** A community as it will be after the change. */
export interface DivisionResult {
  code: string;
  name: string;
  orgPath: string;
  isNew: boolean;
  households: number;
  sizeClass: SizeClass;
  places: number;
  grids: number;
}

/** What the change moves, per kind of record, for the plan's summary and the undo question. */
export type MoveCounts = Partial<Record<SyncedTable | 'gates', number>>;

export interface DivisionPlan {
  issues: DivisionIssue[];
  /** Per target, its code (existing, or the one a new community will get). */
  codes: string[];
  results: DivisionResult[];
  moves: RecordMove[];
  counts: MoveCounts;
  /** Sources that cease to exist as units. */
  dissolved: string[];
  /** Closed tickets and ended assignments that stay where they happened. */
  stays: number;
  /** Open access requests naming a source community: to be reviewed by hand. */
  accessRequestsToReview: number;
}

const CLOSED_TICKET = new Set(['closed', 'returned']);
const CLOSED_ACCESS = new Set(['refused', 'revoked', 'withdrawn']);

/** Plans a change. Issues make a plan that must not be applied; the rest is still computed for display. */
export function planDivision(draft: DivisionDraft, world: DivisionWorld): DivisionPlan {
  const issues = checkDraft(draft, world);
  const unitsByCode = new Map(world.units.map((u) => [u.code, u]));
  const sourceUnits = draft.sources.map((c) => unitsByCode.get(c)).filter((u): u is WorldUnit => !!u);
  const streetCode = sourceUnits[0]?.parentCode ?? draft.sources[0]?.slice(0, 9) ?? '';

  // Codes of new communities: the lowest free 001–199 of the street, never one ever issued.
  const used = [...issuedCodes(world)];
  const codes = draft.targets.map((t) => t.code ?? '');
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] !== '') continue;
    const code = nextChildCode(streetCode, [...used, ...codes], CHILD_CODE_RANGE.community);
    if (!code) issues.push({ code: 'division.codesFull', target: i });
    codes[i] = code ?? '';
  }
  const targetPath = codes.map((c) => (c ? orgPathOfCode(c) : ''));
  const remainder = Math.max(
    0,
    draft.targets.findIndex((t) => t.remainder),
  );
  const dissolved = draft.sources.filter((s) => !codes.includes(s));
  const dissolvedPaths = dissolved.map(orgPathOfCode);

  // Where each grid goes, and the code it gets there (its own three digits kept when free).
  const gridTarget = new Map<string, number>();
  draft.targets.forEach((t, i) => t.gridCodes.forEach((g) => gridTarget.set(g, i)));
  const grids = world.units.filter((u) => u.level === 'grid' && draft.sources.includes(u.parentCode));
  const usedGrids = new Set(world.units.filter((u) => u.level === 'grid').map((u) => u.code));
  const gridTo = new Map<string, { target: number; code: string; path: string }>();
  for (const g of grids) {
    const target = gridTarget.get(g.code) ?? remainder;
    const community = codes[target]!;
    let code = g.code;
    if (community && g.parentCode !== community) {
      code = community + g.code.slice(12);
      if (usedGrids.has(code)) code = nextChildCode(community, usedGrids, CHILD_CODE_RANGE.grid) ?? code;
      usedGrids.add(code);
    }
    gridTo.set(g.code, { target, code, path: orgPathOfCode(code) });
  }

  const moves: RecordMove[] = [];
  const counts: MoveCounts = {};
  let stays = 0;
  const move = (table: SyncedTable, row: WorldRow, to: Placement, countAs: SyncedTable | 'gates' = table) => {
    const from: Placement = { orgPath: row.orgPath };
    if (row.code !== undefined && to.code !== undefined) from.code = row.code;
    if (row.gridCode !== undefined) from.gridCode = row.gridCode;
    if (from.orgPath === to.orgPath && from.code === to.code && from.gridCode === to.gridCode) return;
    moves.push({ table, id: row.id, from, to });
    counts[countAs] = (counts[countAs] ?? 0) + 1;
  };
  for (const g of grids) {
    const to = gridTo.get(g.code)!;
    move('orgUnits', { id: g.id, orgPath: g.orgPath, code: g.code }, { orgPath: to.path, code: to.code });
  }

  /** The placement of a record that lies at `path` and goes to `target` with nothing else to go by. */
  const placeAt = (path: string, target: number): Placement => {
    for (const [code, to] of gridTo)
      if (isInScope(path, orgPathOfCode(code)) && to.target === target) {
        return { orgPath: to.path + path.slice(orgPathOfCode(code).length) };
      }
    return { orgPath: targetPath[target]! };
  };
  /** Target of a record that only has its path: its grid's, else the remainder's if its source goes, else none. */
  const targetOfPath = (path: string): number | undefined => {
    for (const [code, to] of gridTo) if (isInScope(path, orgPathOfCode(code))) return to.target;
    if (dissolvedPaths.some((p) => isInScope(path, p))) return remainder;
    const own = draft.sources.findIndex((s) => isInScope(path, orgPathOfCode(s)));
    return own < 0
      ? undefined
      : codes.indexOf(draft.sources[own]!) >= 0
        ? codes.indexOf(draft.sources[own]!)
        : remainder;
  };

  // Places: buildings and courtyards first, then their gates.
  const placeTarget = new Map<string, number>();
  draft.targets.forEach((t, i) => t.placeIds.forEach((p) => placeTarget.set(p, i)));
  const places = world.records.places ?? [];
  const placeTo = new Map<string, { target: number; placement: Placement }>();
  const usedPlaceCodes = new Set(places.map((p) => p.code ?? ''));
  const placePlacement = (p: WorldRow, target: number, viaGrid: boolean): Placement => {
    const community = codes[target]!;
    const grid = p.gridCode ? gridTo.get(p.gridCode) : undefined;
    const placement: Placement =
      viaGrid && grid ? { orgPath: grid.path, gridCode: grid.code } : { orgPath: targetPath[target]! };
    if (!viaGrid && p.gridCode && grid?.target === target)
      Object.assign(placement, { orgPath: grid.path, gridCode: grid.code });
    let code = p.code ?? '';
    if (community && !code.startsWith(community)) {
      code = community + code.slice(12);
      if (usedPlaceCodes.has(code)) code = nextFreePlaceCode(community, usedPlaceCodes);
      usedPlaceCodes.add(code);
    }
    placement.code = code;
    return placement;
  };
  for (const p of places) {
    if (p.type === 'gate' && p.parentId) continue;
    const chosen = placeTarget.get(p.id);
    const gridT = p.gridCode ? gridTo.get(p.gridCode)?.target : undefined;
    const target = chosen ?? gridT ?? targetOfPath(p.orgPath) ?? remainder;
    const placement = placePlacement(p, target, chosen === undefined && gridT !== undefined);
    placeTo.set(p.id, { target, placement });
  }
  for (const p of places) {
    if (!(p.type === 'gate' && p.parentId)) continue;
    const parent = placeTo.get(p.parentId);
    const target = parent?.target ?? targetOfPath(p.orgPath) ?? remainder;
    const placement = placePlacement(p, target, false);
    if (parent) {
      placement.orgPath = parent.placement.orgPath;
      placement.gridCode = parent.placement.gridCode;
    }
    placeTo.set(p.id, { target, placement });
  }
  for (const p of places) {
    const to = placeTo.get(p.id)!;
    // A place that leaves its grid for a community the grid does not go to loses the grid.
    move('places', p, to.placement, p.type === 'gate' ? 'gates' : 'places');
  }

  /** The target most of these places go to; undefined when none of them is known. */
  const majority = (placeIds: Iterable<string>): number | undefined => {
    const tally = new Map<number, number>();
    for (const id of placeIds) {
      const t = placeTo.get(id)?.target;
      if (t !== undefined) tally.set(t, (tally.get(t) ?? 0) + 1);
    }
    let best: number | undefined;
    for (const [t, n] of tally) if (best === undefined || n > tally.get(best)!) best = t;
    return best;
  };

  const workerPlaces = new Map<string, string[]>();
  const pointPlaces = new Map<string, string[]>();
  for (const p of places) {
    if (p.workerId) workerPlaces.set(p.workerId, [...(workerPlaces.get(p.workerId) ?? []), p.id]);
    for (const s of p.servicePointIds ?? []) pointPlaces.set(s, [...(pointPlaces.get(s) ?? []), p.id]);
  }
  for (const w of world.records.communityWorkers ?? []) {
    const grid = w.gridCode ? gridTo.get(w.gridCode) : undefined;
    if (grid) {
      move('communityWorkers', w, { orgPath: grid.path, gridCode: grid.code });
      continue;
    }
    const target = majority(workerPlaces.get(w.id) ?? []) ?? targetOfPath(w.orgPath);
    if (target !== undefined) move('communityWorkers', w, { orgPath: targetPath[target]! });
  }
  for (const s of world.records.servicePoints ?? []) {
    const target = majority(pointPlaces.get(s.id) ?? []) ?? targetOfPath(s.orgPath);
    if (target !== undefined) move('servicePoints', s, { orgPath: targetPath[target]! });
  }

  // Open work follows its place (or its grid); closed work stays where it happened.
  const ticketTo = new Map<string, Placement>();
  for (const t of world.records.tickets ?? []) {
    if (CLOSED_TICKET.has(t.state ?? '')) {
      stays++;
      continue;
    }
    const place = t.placeId ? placeTo.get(t.placeId) : undefined;
    const target = place?.target ?? targetOfPath(t.orgPath);
    if (target === undefined) continue;
    const to = place ? { orgPath: place.placement.orgPath } : placeAt(t.orgPath, target);
    ticketTo.set(t.id, to);
    move('tickets', t, to);
  }
  for (const s of world.records.ticketSteps ?? []) {
    const to = ticketTo.get(s.ticketId ?? '');
    if (to) move('ticketSteps', s, to);
  }
  for (const a of world.records.assignments ?? []) {
    if ((a.to ?? '') < draft.effectiveOn) {
      stays++;
      continue;
    }
    const place = a.placeId ? placeTo.get(a.placeId) : undefined;
    const target = place?.target ?? targetOfPath(a.orgPath);
    if (target === undefined) continue;
    move('assignments', a, place ? { orgPath: place.placement.orgPath } : placeAt(a.orgPath, target));
  }
  // A demonstration point is a designation of its place.
  for (const d of world.records.demoPoints ?? []) {
    const place = d.placeId ? placeTo.get(d.placeId) : undefined;
    const target = place?.target ?? targetOfPath(d.orgPath);
    if (target !== undefined)
      move('demoPoints', d, place ? { orgPath: place.placement.orgPath } : placeAt(d.orgPath, target));
  }
  // Everything else belongs to its community (committees, consultations, 双报到 …): it moves only
  // with a grid or when its community ceases to exist.
  const handled = new Set<string>([
    'orgUnits',
    'places',
    'communityWorkers',
    'servicePoints',
    'tickets',
    'ticketSteps',
    'assignments',
    'demoPoints',
    'divisionChanges',
    'auditEvents',
    'accessRequests',
  ]);
  for (const [table, rows] of Object.entries(world.records) as [SyncedTable, WorldRow[]][]) {
    if (handled.has(table)) continue;
    for (const r of rows) {
      const inGrid = [...gridTo.keys()].some((g) => isInScope(r.orgPath, orgPathOfCode(g)));
      const inDissolved = dissolvedPaths.some((p) => isInScope(r.orgPath, p));
      if (!inGrid && !inDissolved) continue;
      const target = targetOfPath(r.orgPath);
      if (target !== undefined) move(table, r, placeAt(r.orgPath, target));
    }
  }

  const accessRequestsToReview = (world.accessRequests ?? []).filter(
    (r) =>
      !CLOSED_ACCESS.has(r.status ?? '') &&
      (r.targetCommunities ?? []).some((c) => draft.sources.includes(c)),
  ).length;

  const results = draft.targets.map((t, i): DivisionResult => {
    let households = 0;
    let placeCount = 0;
    for (const p of places) {
      if (placeTo.get(p.id)?.target !== i) continue;
      if (p.type !== 'gate') {
        households += p.households ?? 0;
        placeCount++;
      }
    }
    // Households the registry does not hold yet stay with the remainder, so the total is kept.
    if (i === remainder) {
      for (const s of sourceUnits) {
        const registered = places
          .filter((p) => p.type !== 'gate' && isInScope(p.orgPath, s.orgPath))
          .reduce((n, p) => n + (p.households ?? 0), 0);
        households += Math.max(0, (s.households ?? 0) - registered);
      }
    }
    const existing = t.code ? unitsByCode.get(t.code) : undefined;
    if (existing && !draft.sources.includes(existing.code)) households += existing.households ?? 0;
    return {
      code: codes[i]!,
      name: t.name,
      orgPath: targetPath[i]!,
      isNew: !t.code,
      households,
      sizeClass: sizeClass(households),
      places: placeCount,
      grids: [...gridTo.values()].filter((g) => g.target === i).length,
    };
  });
  for (let i = 0; i < draft.targets.length; i++) {
    const t = draft.targets[i]!;
    if (!t.code && !t.remainder && results[i]!.places === 0 && results[i]!.grids === 0) {
      issues.push({ code: 'division.targetEmpty', target: i });
    }
  }

  return { issues, codes, results, moves, counts, dissolved, stays, accessRequestsToReview };
}

function nextFreePlaceCode(community: string, used: Set<string>): string {
  for (let n = 1; n <= 9999; n++) {
    const code = community + String(n).padStart(4, '0');
    if (!used.has(code)) return code;
  }
  return community + '9999';
}

function checkDraft(draft: DivisionDraft, world: DivisionWorld): DivisionIssue[] {
  const issues: DivisionIssue[] = [];
  const units = new Map(world.units.map((u) => [u.code, u]));
  const minSources = draft.kind === 'merge' ? 2 : 1;
  if (draft.sources.length < minSources) issues.push({ code: 'division.sources' });
  for (const s of draft.sources) {
    const u = units.get(s);
    if (!u || u.dissolvedBy) issues.push({ code: 'division.sourceUnknown', detail: s });
    else if (
      draft.kind === 'villageToCommunity'
        ? u.level !== 'village'
        : u.level !== 'community' && u.level !== 'village'
    ) {
      issues.push({ code: 'division.sourceLevel', detail: s });
    }
  }
  if (draft.targets.filter((t) => t.remainder).length !== 1) issues.push({ code: 'division.remainder' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.effectiveOn)) issues.push({ code: 'division.date' });
  const street = draft.sources[0]?.slice(0, 9);
  const seen = new Set<string>();
  const places = new Set((world.records.places ?? []).map((p) => p.id));
  draft.targets.forEach((t, i) => {
    if (t.name.trim() === '') issues.push({ code: 'division.targetName', target: i });
    if (t.code) {
      const u = units.get(t.code);
      if (!u || u.dissolvedBy || u.level !== 'community' || u.parentCode !== street) {
        issues.push({ code: 'division.targetUnknown', target: i, detail: t.code });
      }
    }
    for (const key of [...t.gridCodes, ...t.placeIds]) {
      if (seen.has(key)) issues.push({ code: 'division.twice', target: i, detail: key });
      seen.add(key);
    }
    for (const g of t.gridCodes) {
      if (!draft.sources.includes(g.slice(0, 12)))
        issues.push({ code: 'division.notInSource', target: i, detail: g });
    }
    for (const p of t.placeIds) {
      if (!places.has(p)) issues.push({ code: 'division.notInSource', target: i, detail: p });
    }
  });
  return issues;
}

/** The community code a path lies in after a plan's grid moves — for tests and the screens. */
export function communityCodeOfPlacement(p: Placement): string {
  return codeOfPath(p.orgPath.split('/').slice(0, 3).join('/'));
}
