import type { CommunityWorker, WorkerRole } from '../model/place';
import type { IdSource } from './id-source';
import { personName, type Generation } from './names';
import { mobileNumber } from './phones';
import type { UnitPlan } from './plan';
import type { Rng } from './rng';

/**
 * How many 社区工作者 a unit has. DOMAIN: one per 110–150 households, at least 9 per
 * community. Our choices: 12% of communities are under-staffed (65–85% of the standard, and
 * possibly under 9) and 8% over-staffed, so staffing screens have both to show; villages
 * have their 村两委 and 村务工作者, at least 5, one per ~150 households.
 */
export function workerCount(rng: Rng, unit: UnitPlan, gridCount: number): number {
  if (unit.level === 'village')
    return Math.max(5, gridCount, Math.round(unit.households / rng.between(130, 170)));
  const standard = unit.households / rng.between(110, 150);
  const roll = rng.float();
  if (roll < 0.12) return Math.max(6, gridCount, Math.round(standard * rng.between(0.65, 0.85)));
  const factor = roll < 0.2 ? rng.between(1.15, 1.4) : 1;
  return Math.max(9, gridCount, Math.round(standard * factor));
}

/** Role by position: a secretary, a director, 3–5 committee members, the rest staff. */
function roles(rng: Rng, count: number): WorkerRole[] {
  const members = Math.min(count - 2, rng.int(3, 5));
  return Array.from({ length: count }, (_, i) =>
    i === 0 ? 'secretary' : i === 1 ? 'director' : i < 2 + members ? 'member' : 'worker',
  );
}

const GENERATION: Record<WorkerRole, ReadonlyArray<readonly [Generation, number]>> = {
  secretary: [
    ['middle', 7],
    ['older', 1],
    ['younger', 2],
  ],
  director: [
    ['middle', 6],
    ['younger', 4],
  ],
  member: [
    ['middle', 5],
    ['younger', 5],
  ],
  worker: [
    ['middle', 3],
    ['younger', 7],
  ],
};

/** Workers of one unit, spread over its grids in turn so every grid has at least one. */
export function makeWorkers(
  rng: Rng,
  ids: IdSource,
  count: number,
  gridCodes: readonly string[],
  orgPath: string,
): CommunityWorker[] {
  return roles(rng, count).map((role, i) => {
    // Community work is mostly done by women (our estimate: 70%).
    const { name } = personName(rng, rng.weighted(GENERATION[role]), 0.7);
    const grid = gridCodes[i % gridCodes.length];
    // A worker assigned to a grid belongs to it, as a place in a grid does.
    const worker: CommunityWorker = {
      id: ids.id(),
      orgPath: grid ? `${orgPath}/${grid}` : orgPath,
      name,
      role,
    };
    // A few records lack a phone, as imported rosters do.
    if (rng.chance(0.98)) worker.phone = mobileNumber(rng);
    if (grid) worker.gridCode = grid;
    return worker;
  });
}
