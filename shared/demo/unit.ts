import type { OrgUnit } from '../model/org';
import { orgPathOfCode } from '../org/codes';
import { IdSource, unitBaseMs } from './id-source';
import { layoutUnit, type Layout, type TopPlace } from './layout';
import { clamp, splitProportionally } from './numbers';
import { chineseNumber, roadName, streetStem } from './place-names';
import { makePlaces } from './places';
import type { StreetPlan, UnitPlan } from './plan';
import { rngFor, type Rng } from './rng';
import { makeServicePoints } from './service-points';
import type { DemoChunk } from './types';
import { makeWorkers, workerCount } from './workers';

/** Everything the generation of one community or village depends on. */
export interface UnitContext {
  seed: number;
  /** Reference date as a day number. */
  today: number;
  street: StreetPlan;
}

/**
 * Grids per unit. DOMAIN (design): 3–8 per community, a few hundred to 1,500 households
 * each; our choices: one or two for communities under 600 households, 1–5 for villages.
 */
function gridCount(rng: Rng, unit: UnitPlan): number {
  if (unit.level === 'village') return clamp(Math.round(unit.households / 400), 1, 5);
  if (unit.households < 600) return Math.max(1, Math.round(unit.households / 300));
  const wanted = Math.round(unit.households / rng.between(350, 650));
  return clamp(Math.max(wanted, Math.ceil(unit.households / 1500)), 3, 8);
}

/** Grid of each top-level place: contiguous runs of about equal households; -1 = not yet gridded. */
function assignGrids(rng: Rng, places: readonly TopPlace[], grids: number): number[] {
  const total = places.reduce((a, p) => a + p.households, 0);
  let before = 0;
  return places.map((p) => {
    const middle = before + p.households / 2;
    before += p.households;
    // ~1% of places were never put in a grid (new buildings, registry backlog): our choice.
    if (rng.chance(0.01)) return -1;
    return Math.min(grids - 1, Math.floor((middle / total) * grids));
  });
}

export function generateUnit(ctx: UnitContext, unit: UnitPlan): DemoChunk {
  const { street } = ctx;
  const rng = rngFor(ctx.seed, `unit:${unit.code}`);
  const ids = new IdSource(unitBaseMs(street.index, unit.code), rng);
  const unitPath = orgPathOfCode(unit.code);
  const orgUnit: OrgUnit = {
    id: ids.id(),
    orgPath: unitPath,
    code: unit.code,
    name: unit.name,
    level: unit.level,
    parentCode: street.code,
    households: unit.households,
    residents: unit.residents,
    source: 'demo',
  };

  const layout: Layout = layoutUnit(rng, unit, streetStem(street.name));
  const grids = gridCount(rng, unit);
  const gridOf = assignGrids(rng, layout.places, grids);
  const gridCodes = Array.from({ length: grids }, (_, i) => unit.code + String(i + 1).padStart(3, '0'));
  const gridPaths = gridCodes.map(orgPathOfCode);
  const gridWeights = gridCodes.map(() => 1);
  layout.places.forEach((p, i) => {
    if (gridOf[i]! >= 0) gridWeights[gridOf[i]!]! += p.households;
  });
  const gridHouseholds = splitProportionally(unit.households, gridWeights);
  const gridResidents = splitProportionally(unit.residents, gridWeights);
  const gridUnits: OrgUnit[] = gridCodes.map((code, i) => ({
    id: ids.id(),
    orgPath: gridPaths[i]!,
    code,
    name: street.gridNaming === 'ordinal' ? `第${chineseNumber(i + 1)}网格` : `${unit.name}第${i + 1}网格`,
    level: 'grid',
    parentCode: unit.code,
    households: gridHouseholds[i]!,
    residents: gridResidents[i]!,
    source: 'demo',
  }));

  const roads = [roadName(rng, unit.base), roadName(rng, unit.base)];
  const sp = makeServicePoints(rng, ids, ctx.seed, street, unit, layout, roads, unitPath);
  const workers = makeWorkers(rng, ids, workerCount(rng, unit, grids), gridCodes, unitPath);

  const places = makePlaces(rng, ids, {
    today: ctx.today,
    street,
    unit,
    layout,
    gridOf,
    gridCodes,
    workers,
    servicePoints: sp,
  });

  return {
    orgUnits: [orgUnit, ...gridUnits],
    places,
    servicePoints: sp.own,
    communityWorkers: workers,
  };
}
