import { clamp } from './numbers';
import { compoundBase, compoundFullName, hutongName, VILLAGE_LANES } from './place-names';
import type { UnitPlan } from './plan';
import type { Rng } from './rng';

/**
 * Where a unit's households live, before any record is made: compounds of buildings, hutongs
 * of courtyards, lanes of bungalow yards. Gates are added later, per building.
 */

export type TopKind = 'building' | 'courtyard' | 'bungalowYard';

/** A 小区, a hutong or a village lane: what place names and numbers hang off. */
export interface PlaceGroup {
  kind: 'compound' | 'hutong' | 'lane';
  /** 南新园小区, 菊儿胡同, 沿村东街. */
  name: string;
}

export interface TopPlace {
  kind: TopKind;
  group: number;
  /** House or building number within the group: 3号楼, 12号院, 5号. */
  number: number;
  households: number;
}

export interface Layout {
  groups: PlaceGroup[];
  places: TopPlace[];
}

/**
 * Splits `budget` households into places of the sizes `draw` gives. The last place takes what
 * is left, and a remainder too small for a place of its kind joins the one before, so the sum is
 * exact and no 5-household 楼 appears.
 */
function fillSizes(budget: number, draw: () => number, minSize: number): number[] {
  const sizes: number[] = [];
  let left = budget;
  while (left > 0) {
    const size = Math.min(Math.max(1, Math.round(draw())), left);
    if (size === left && size < minSize && sizes.length > 0) {
      sizes[sizes.length - 1]! += size;
      break;
    }
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Households per 楼: 40–200, median 85 — six-storey 板楼 of 3–6 units to 18-storey towers. */
const buildingSize = (rng: Rng) => () => clamp(rng.lognormal(85, 0.45), 40, 200);
/** 大杂院 hold from one family to a few dozen. */
const courtyardSize = (rng: Rng) => () => clamp(rng.lognormal(6, 0.6), 1, 30);
/** A village 平房院 is mostly one household, sometimes a few generations' worth. */
const yardSize = (rng: Rng) => () =>
  rng.weighted([
    [1, 55],
    [2, 30],
    [3, 10],
    [4, 5],
  ] as const);

class LayoutBuilder {
  readonly groups: PlaceGroup[] = [];
  readonly places: TopPlace[] = [];
  private readonly groupNames = new Set<string>();

  constructor(private readonly rng: Rng) {}

  /** Adds a group with a name not used in the unit yet, redrawing on a clash. */
  group(kind: PlaceGroup['kind'], draw: () => string): number {
    let name = draw();
    for (let i = 0; i < 20 && this.groupNames.has(name); i++) name = draw();
    for (let n = 2; this.groupNames.has(name); n++) name = `${draw()}${n}号院`;
    this.groupNames.add(name);
    this.groups.push({ kind, name });
    return this.groups.length - 1;
  }

  /** Buildings 1号楼, 2号楼 …, now and then skipping a number (demolished, or offices). */
  buildings(group: number, budget: number): void {
    let number = 0;
    for (const households of fillSizes(budget, buildingSize(this.rng), 40)) {
      number += this.rng.chance(0.05) ? 2 : 1;
      this.places.push({ kind: 'building', group, number, households });
    }
  }

  /** Numbered places along a hutong or lane; odd and even sides and shops leave gaps. */
  numbered(kind: TopKind, group: number, sizes: readonly number[], maxStep: number): void {
    let number = this.rng.int(0, 4);
    for (const households of sizes) {
      number += this.rng.int(1, maxStep);
      this.places.push({ kind, group, number, households });
    }
  }

  /** Compounds of buildings named by `name()` until `budget` households are placed. */
  compounds(budget: number, name: () => string, median: number): void {
    for (const share of fillSizes(budget, () => clamp(this.rng.lognormal(median, 0.6), 150, 4000), 100)) {
      this.buildings(this.group('compound', name), share);
    }
  }

  /** Runs of yards along the lanes of a village or bungalow community. */
  yards(base: string, budget: number): void {
    const sizes = fillSizes(budget, yardSize(this.rng), 1);
    const laneCount = clamp(Math.round(sizes.length / 40), 1, VILLAGE_LANES.length);
    const lanes = this.rng.shuffle(VILLAGE_LANES).slice(0, laneCount);
    const perLane = Math.ceil(sizes.length / laneCount);
    lanes.forEach((lane, i) => {
      const run = sizes.slice(i * perLane, (i + 1) * perLane);
      if (run.length > 0)
        this.numbered(
          'bungalowYard',
          this.group('lane', () => base + lane),
          run,
          2,
        );
    });
  }
}

/** Registries are never complete: 86–99% of a unit's households are in its places (our choice). */
function registeredHouseholds(rng: Rng, households: number): number {
  return Math.max(1, Math.round(households * rng.between(0.86, 0.99)));
}

export function layoutUnit(rng: Rng, unit: UnitPlan, streetStemName: string): Layout {
  const b = new LayoutBuilder(rng);
  const total = registeredHouseholds(rng, unit.households);
  const otherCompound = () => compoundFullName(compoundBase(rng, streetStemName));

  switch (unit.style) {
    case 'compound': {
      if (unit.compoundNames) {
        // Fixed compounds share the community between them in roughly equal parts.
        const weights = unit.compoundNames.map(() => rng.between(0.7, 1.3));
        const sum = weights.reduce((a, w) => a + w, 0);
        let left = total;
        unit.compoundNames.forEach((name, i) => {
          const last = i === unit.compoundNames!.length - 1;
          const share = last ? left : Math.round((total * weights[i]!) / sum);
          left -= share;
          b.buildings(
            b.group('compound', () => name),
            share,
          );
        });
      } else {
        // The community's first compound carries its name (南新园社区 → 南新园小区), as is usual.
        let drawn = 0;
        b.compounds(total, () => (drawn++ === 0 ? compoundFullName(unit.base) : otherCompound()), 1100);
      }
      break;
    }
    case 'hutong': {
      // Old-city communities: most households in courtyards, the rest in 楼房院 built since the 1980s.
      const inCourtyards = Math.round(total * rng.between(0.55, 0.9));
      const sizes = fillSizes(inCourtyards, courtyardSize(rng), 1);
      let next = unit.hutong ?? hutongName(rng);
      const hutong = () => {
        const name = next;
        next = hutongName(rng);
        return name;
      };
      for (let start = 0; start < sizes.length;) {
        const run = rng.int(8, 40);
        b.numbered('courtyard', b.group('hutong', hutong), sizes.slice(start, start + run), 3);
        start += run;
      }
      b.compounds(total - inCourtyards, () => `${hutongName(rng)}${rng.int(1, 80)}号院`, 400);
      break;
    }
    case 'bungalow':
    case 'village': {
      // A quarter of them also have a block of 回迁楼 for families rehoused from demolished yards.
      const inBuildings = rng.chance(0.25) ? Math.round(total * rng.between(0.1, 0.4)) : 0;
      b.yards(unit.base, total - inBuildings);
      if (inBuildings > 0) {
        b.buildings(
          b.group('compound', () => unit.base + '新区'),
          inBuildings,
        );
      }
      break;
    }
  }
  return { groups: b.groups, places: b.places };
}
