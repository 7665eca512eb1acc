import type { ReferenceDivision } from '../org/beijing-divisions';
import { dayNumber } from './dates';
import { ALL_STREETS, planStreet, type StreetPlan } from './plan';
import type { DemoChunk, DemoOptions, DemoPlan, DemoScope, DemoUnitSummary } from './types';
import { generateUnit } from './unit';

export type { DemoChunk, DemoOptions, DemoPlan, DemoScope, DemoUnitSummary } from './types';

/**
 * Demo data for a street, a district or the whole city: communities, villages and grids under
 * the real streets, with their 楼门院, service points and community workers. The same options
 * always give the same data, ids included; a street comes out the same alone or inside its
 * district or the city, because every street and every unit draws from its own seeded stream.
 */

export const DEFAULT_TODAY = '2026-11-01';

function streetsInScope(scope: DemoScope): readonly ReferenceDivision[] {
  switch (scope.kind) {
    case 'city':
      return ALL_STREETS;
    case 'district': {
      const streets = ALL_STREETS.filter((s) => s.parentCode === scope.code);
      if (streets.length === 0) throw new Error(`no Beijing district with code ${scope.code}`);
      return streets;
    }
    case 'street': {
      const street = ALL_STREETS.find((s) => s.code === scope.code);
      if (!street) throw new Error(`no Beijing street or township with code ${scope.code}`);
      return [street];
    }
  }
}

function checkMaxPlaces(maxPlaces: number | undefined): number {
  if (maxPlaces === undefined) return Infinity;
  if (!Number.isInteger(maxPlaces) || maxPlaces < 0)
    throw new Error(`maxPlaces must be a whole number ≥ 0: ${maxPlaces}`);
  return maxPlaces;
}

export function planDemo(options: DemoOptions): DemoPlan {
  const today = dayNumber(options.today ?? DEFAULT_TODAY);
  const maxPlaces = checkMaxPlaces(options.maxPlaces);
  const { seed } = options;
  const streets: StreetPlan[] = streetsInScope(options.scope).map((s) => planStreet(seed, s));
  const units: DemoUnitSummary[] = streets.flatMap((s) =>
    s.units.map(({ code, name, level, households, residents }) => ({
      code,
      name,
      level,
      households,
      residents,
    })),
  );

  return {
    streets: streets.map((s) => s.code),
    communityCount: units.length,
    units,
    *chunks(): Generator<DemoChunk> {
      let left = maxPlaces;
      for (const street of streets) {
        for (const unit of street.units) {
          if (left <= 0) return;
          const chunk = generateUnit({ seed, today, street }, unit);
          // Places come building first, then its gates, so a cut never leaves a gate without its building.
          if (chunk.places.length > left) chunk.places = chunk.places.slice(0, left);
          left -= chunk.places.length;
          yield chunk;
        }
      }
    },
  };
}

/** Everything in one chunk: for small scopes and tests (the city is better streamed with `planDemo`). */
export function generateDemo(options: DemoOptions): DemoChunk {
  const all: DemoChunk = { orgUnits: [], places: [], servicePoints: [], communityWorkers: [] };
  for (const chunk of planDemo(options).chunks()) {
    all.orgUnits.push(...chunk.orgUnits);
    all.places.push(...chunk.places);
    all.servicePoints.push(...chunk.servicePoints);
    all.communityWorkers.push(...chunk.communityWorkers);
  }
  return all;
}
