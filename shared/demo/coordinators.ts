import type { Assignment, Attendance, Coordinator } from '../model/coordinator';
import { makeAttendance } from './coordinators-attendance';
import { makeCoordinator, type StreetPeopleContext } from './coordinators-people';
import { makeAssignments, type DemoUnit } from './coordinators-work';
import { dayNumber, isoDate } from './dates';
import { planDemo, type DemoScope } from './generate';
import { IdSource } from './id-source';
import { splitProportionally } from './numbers';
import { ALL_STREETS } from './plan';
import { rngFor } from './rng';

export type { DemoUnit } from './coordinators-work';

/**
 * The demo roster: about 240,000 coordinators over the city (DOMAIN.md), each street's share
 * following its residents, with their assignments and — for the streets asked for — daily
 * attendance. Deterministic: every street draws from its own seeded stream and takes its ids
 * from its own block, so a street comes out the same alone, in its district or in the city.
 */

export const CITY_COORDINATORS = 240_000;

export interface CoordinatorDemoOptions {
  seed: number;
  scope: DemoScope;
  /** Reference date; assignments run around it and attendance up to the day before. */
  today: string;
  /** Communities and villages of the scope with their grids, as loaded. */
  units: readonly DemoUnit[];
  /** Coordinators in the whole city; a scope gets its streets' share. */
  cityTotal?: number;
  /** Stop after this many coordinators (benchmarks ask for exactly 240,000). */
  limit?: number;
  /** Streets whose attendance is generated: a month and a half of days for each is a lot of rows. */
  attendanceStreets?: readonly string[];
}

export interface CoordinatorChunk {
  street: string;
  coordinators: Coordinator[];
  assignments: Assignment[];
  attendance: Attendance[];
}

export interface CoordinatorPlan {
  /** Coordinators the chunks will hold. */
  total: number;
  /** Streets in scope with their share, in code order. */
  streets: readonly { code: string; count: number }[];
  /** One chunk per street; each call starts again. */
  chunks(): Iterable<CoordinatorChunk>;
}

/** Demo ids start after the org units' block (shared/demo/id-source: they end within January 2026). */
const BASE_MS = Date.UTC(2026, 1, 1);
/** Ids per street: coordinators, assignments and a month and a half of attendance. */
const IDS_PER_STREET = 1 << 17;

const STREET_INDEX = new Map(ALL_STREETS.map((s, i) => [s.code, i]));
const INDEX_IN_DISTRICT = new Map<string, number>();
{
  const seen = new Map<string, number>();
  for (const s of ALL_STREETS) {
    const n = seen.get(s.parentCode) ?? 0;
    INDEX_IN_DISTRICT.set(s.code, n);
    seen.set(s.parentCode, n + 1);
  }
}

/** Each street's share of the city's coordinators, by residents (exact: they add up). */
function streetShares(seed: number, cityTotal: number): Map<string, number> {
  const residents = new Map<string, number>();
  for (const u of planDemo({ seed, scope: { kind: 'city' } }).units) {
    const street = u.code.slice(0, 9);
    residents.set(street, (residents.get(street) ?? 0) + u.residents);
  }
  const codes = ALL_STREETS.map((s) => s.code);
  // Every street has a few, even one with no residents planned (a development zone).
  const counts = splitProportionally(
    cityTotal,
    codes.map((c) => (residents.get(c) ?? 0) + 1),
  );
  return new Map(codes.map((c, i) => [c, counts[i]!]));
}

/** A street of the same district to have come from (a transfer in the roster's history). */
function neighbour(streetCode: string, pick: (n: number) => number): string | undefined {
  const district = streetCode.slice(0, 6);
  const others = ALL_STREETS.filter((s) => s.parentCode === district && s.code !== streetCode);
  return others.length === 0 ? undefined : others[pick(others.length)]!.code;
}

export function planCoordinators(options: CoordinatorDemoOptions): CoordinatorPlan {
  const { seed } = options;
  const today = dayNumber(options.today);
  const shares = streetShares(seed, options.cityTotal ?? CITY_COORDINATORS);
  const inScope = planDemo({ seed, scope: options.scope }).streets;
  const streets = inScope.map((code) => ({ code, count: shares.get(code) ?? 0 }));
  const limit = options.limit ?? Infinity;
  const total = Math.min(
    limit,
    streets.reduce((a, s) => a + s.count, 0),
  );
  const unitsByStreet = new Map<string, DemoUnit[]>();
  for (const u of options.units) {
    const street = u.code.slice(0, 9);
    const list = unitsByStreet.get(street) ?? [];
    list.push(u);
    unitsByStreet.set(street, list);
  }
  const attendance = new Set(options.attendanceStreets ?? []);

  return {
    total,
    streets,
    *chunks() {
      let left = limit;
      for (const { code, count } of streets) {
        if (left <= 0) return;
        const rng = rngFor(seed, `coordinators:${code}`);
        const index = STREET_INDEX.get(code) ?? 0;
        const ids = new IdSource(BASE_MS + index * IDS_PER_STREET, rng, IDS_PER_STREET - 16);
        const people: StreetPeopleContext = {
          streetCode: code,
          districtCode: code.slice(0, 6),
          indexInDistrict: INDEX_IN_DISTRICT.get(code) ?? 0,
          indexInCity: index,
          today,
          usedIds: new Set(),
        };
        const coordinators: Coordinator[] = [];
        for (let i = 0; i < Math.min(count, left); i++) {
          const c = makeCoordinator(rng, ids, people);
          // About 3% came from another street of the district, and the roster remembers it.
          if (rng.chance(0.03) && c.hiredOn) {
            const from = neighbour(code, (n) => rng.int(0, n - 1));
            const hired = dayNumber(c.hiredOn);
            if (from && hired < today - 60) {
              const on = isoDate(rng.int(hired + 30, today - 30));
              c.transfers = [{ from, to: code, on, by: 'demo', reason: '街道间调剂' }];
            }
          }
          coordinators.push(c);
        }
        left -= coordinators.length;
        const units = unitsByStreet.get(code) ?? [];
        yield {
          street: code,
          coordinators,
          assignments: makeAssignments(rng, ids, { streetCode: code, units, today }, coordinators),
          attendance: attendance.has(code) ? makeAttendance(rng, ids, today, coordinators) : [],
        };
      }
    },
  };
}
