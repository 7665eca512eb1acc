import type { OrgUnit } from '../model/org';
import type { CommunityWorker, Place, ServicePointKind } from '../model/place';
import { communityCodeOf, gridCodeOf } from '../org/paths';

/**
 * Coverage of the 楼门院 registry, the measure community assessment uses (包楼门院和网格):
 * which places lack a responsible person, a covering worker, or elderly-care and police
 * information, and how many households each community worker carries against the norm.
 *
 * The unit of coverage is the 楼门 or 院: a gate, a courtyard, a bungalow yard, or a building
 * whose gates are not registered separately. A building with registered gates is covered
 * through them, and its gates inherit its worker and service points. Households are counted
 * on buildings and yards, never on gates, which split their building's households.
 */

/** One community worker per 110–150 households (DOMAIN.md). */
export const HOUSEHOLDS_PER_WORKER = { min: 110, max: 150 } as const;
/** …and at least 9 in every community (DOMAIN.md). */
export const MIN_WORKERS_PER_COMMUNITY = 9;

export type WorkerNorm = 'below' | 'within' | 'above' | 'noWorkers';

export type CoverageGap = 'noHead' | 'noWorker' | 'noElderly' | 'noPolice';
export const COVERAGE_GAPS: readonly CoverageGap[] = ['noHead', 'noWorker', 'noElderly', 'noPolice'];

/** What coverage needs of a place (a whole Place will do, through coverageFacts). */
export interface CoveragePlace extends Pick<
  Place,
  'id' | 'orgPath' | 'type' | 'households' | 'workerId' | 'servicePointIds' | 'parentId'
> {
  hasHead: boolean;
}

export function coverageFacts(place: Place): CoveragePlace {
  const { id, orgPath, type, households, workerId, servicePointIds, parentId } = place;
  return {
    id,
    orgPath,
    type,
    households,
    workerId,
    servicePointIds,
    parentId,
    hasHead: place.head !== undefined,
  };
}

export interface CoverageInput {
  /** Communities, villages and grids in scope. */
  units: readonly Pick<OrgUnit, 'code' | 'name' | 'level' | 'parentCode' | 'households'>[];
  places: readonly CoveragePlace[];
  /** Kind of every service point that places may link to. */
  servicePointKinds: ReadonlyMap<string, ServicePointKind>;
  workers: readonly Pick<CommunityWorker, 'id' | 'orgPath' | 'gridCode'>[];
}

export interface CoverageCounts {
  /** Every place record: what the 楼门院 list counts (figure registeredPlaces). */
  registeredPlaces: number;
  /** Places counted for coverage (see above; figure coverageUnits). */
  places: number;
  /** Places counted for coverage lacking at least one thing (figure placesWithGaps). */
  placesWithGaps: number;
  /** Households in registered buildings and yards. */
  registeredHouseholds: number;
  noHead: number;
  noWorker: number;
  noElderly: number;
  noPolice: number;
  workers: number;
}

export interface CoverageRow extends CoverageCounts {
  code: string;
  name: string;
  level: OrgUnit['level'];
  /** Households used for the worker ratio: the unit's registered figure, else the registry's sum. */
  households: number;
  householdsPerWorker: number | null;
  norm: WorkerNorm;
  /** A community (not a village or grid) with fewer than MIN_WORKERS_PER_COMMUNITY workers. */
  understaffed: boolean;
  /** Grids of a community. */
  grids?: CoverageRow[];
}

export function workerNorm(households: number, workers: number): WorkerNorm {
  if (workers === 0) return 'noWorkers';
  const perWorker = households / workers;
  if (perWorker < HOUSEHOLDS_PER_WORKER.min) return 'below';
  if (perWorker > HOUSEHOLDS_PER_WORKER.max) return 'above';
  return 'within';
}

const emptyCounts = (): CoverageCounts => ({
  registeredPlaces: 0,
  places: 0,
  placesWithGaps: 0,
  registeredHouseholds: 0,
  noHead: 0,
  noWorker: 0,
  noElderly: 0,
  noPolice: 0,
  workers: 0,
});

/** The gaps of each place counted for coverage, by place id. */
export function placeGaps(
  places: readonly CoveragePlace[],
  servicePointKinds: ReadonlyMap<string, ServicePointKind>,
): Map<string, Set<CoverageGap>> {
  const byId = new Map(places.map((p) => [p.id, p]));
  const withGates = new Set(places.filter((p) => p.type === 'gate' && p.parentId).map((p) => p.parentId!));
  const gaps = new Map<string, Set<CoverageGap>>();
  for (const p of places) {
    if (p.type === 'building' && withGates.has(p.id)) continue;
    const parent = p.type === 'gate' && p.parentId ? byId.get(p.parentId) : undefined;
    const workerId = p.workerId ?? parent?.workerId;
    const kinds = new Set<ServicePointKind | undefined>(
      [...p.servicePointIds, ...(parent?.servicePointIds ?? [])].map((id) => servicePointKinds.get(id)),
    );
    const own = new Set<CoverageGap>();
    if (!p.hasHead) own.add('noHead');
    if (!workerId) own.add('noWorker');
    if (!kinds.has('elderlyCare')) own.add('noElderly');
    if (!kinds.has('police')) own.add('noPolice');
    gaps.set(p.id, own);
  }
  return gaps;
}

export interface Coverage {
  rows: CoverageRow[];
  total: CoverageRow;
}

/** Coverage per community (with its grids) and in total, for everything in scope. */
export function computeCoverage(input: CoverageInput): Coverage {
  const counts = new Map<string, CoverageCounts>();
  const countsOf = (code: string) => {
    let c = counts.get(code);
    if (!c) counts.set(code, (c = emptyCounts()));
    return c;
  };
  const gaps = placeGaps(input.places, input.servicePointKinds);
  for (const p of input.places) {
    const targets = [communityCodeOf(p.orgPath), gridCodeOf(p.orgPath)].filter(
      (c): c is string => c !== undefined,
    );
    const own = gaps.get(p.id);
    for (const code of targets) {
      const c = countsOf(code);
      c.registeredPlaces += 1;
      if (p.type !== 'gate') c.registeredHouseholds += p.households;
      if (!own) continue;
      c.places += 1;
      if (own.size > 0) c.placesWithGaps += 1;
      for (const gap of own) c[gap] += 1;
    }
  }
  for (const w of input.workers) {
    const community = communityCodeOf(w.orgPath);
    if (community) countsOf(community).workers += 1;
    if (w.gridCode) countsOf(w.gridCode).workers += 1;
  }

  const row = (u: CoverageInput['units'][number]): CoverageRow => {
    const c = counts.get(u.code) ?? emptyCounts();
    const households = u.households ?? c.registeredHouseholds;
    return {
      ...c,
      code: u.code,
      name: u.name,
      level: u.level,
      households,
      householdsPerWorker: c.workers > 0 ? Math.round(households / c.workers) : null,
      norm: workerNorm(households, c.workers),
      understaffed: u.level === 'community' && c.workers < MIN_WORKERS_PER_COMMUNITY,
    };
  };

  const gridsByCommunity = new Map<string, CoverageRow[]>();
  for (const u of input.units) {
    if (u.level !== 'grid') continue;
    const list = gridsByCommunity.get(u.parentCode) ?? [];
    list.push(row(u));
    gridsByCommunity.set(u.parentCode, list);
  }
  const rows = input.units
    .filter((u) => u.level === 'community' || u.level === 'village')
    .map((u) => ({ ...row(u), grids: gridsByCommunity.get(u.code) }));

  const total = emptyCounts();
  let households = 0;
  for (const r of rows) {
    for (const k of Object.keys(total) as (keyof CoverageCounts)[]) total[k] += r[k];
    households += r.households;
  }
  return {
    rows,
    total: {
      ...total,
      code: '',
      name: '',
      level: 'community',
      households,
      householdsPerWorker: total.workers > 0 ? Math.round(households / total.workers) : null,
      norm: workerNorm(households, total.workers),
      understaffed: false,
    },
  };
}
