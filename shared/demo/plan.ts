import { BEIJING_DIVISIONS, type ReferenceDivision } from '../org/beijing-divisions';
import { streetKindOfCode, type StreetKind } from '../org/codes';
import { FIXED_COMMUNITIES, GENERATED_HOUSEHOLDS } from './fixtures';
import {
  chineseNumber,
  compoundBase,
  hutongCommunityBase,
  hutongName,
  streetStem,
  villageBase,
} from './place-names';
import { rngFor, type Rng } from './rng';

/**
 * The skeleton of a street: its communities and villages with names, codes and sizes. It is
 * cheap (a few dozen draws per street), so the whole city is planned up front for progress
 * bars and statistics, and each unit is then generated on its own stream when asked for.
 */

/** How a unit's households live: 小区 buildings, hutong courtyards, or bungalow yards. */
export type UnitStyle = 'compound' | 'hutong' | 'bungalow' | 'village';

export interface UnitPlan {
  code: string;
  name: string;
  level: 'community' | 'village';
  households: number;
  residents: number;
  style: UnitStyle;
  /** What compounds, lanes and service points are named after: 南新园, 王各庄村. */
  base: string;
  /** The hutong a hutong community is named after; its courtyards start there. */
  hutong?: string;
  /** Code of the unit whose 社区卫生服务站 this one uses (its own code when it has one). */
  healthHostCode: string;
  compoundNames?: readonly string[];
}

export interface StreetPlan {
  code: string;
  name: string;
  districtCode: string;
  districtName: string;
  /** Position among all streets of the city; fixes the street's block of id timestamps. */
  index: number;
  kind: StreetKind;
  /** Streets name grids one way throughout: 第一网格, or 南新园社区第3网格. */
  gridNaming: 'ordinal' | 'prefixed';
  units: UnitPlan[];
}

export const ALL_STREETS: readonly ReferenceDivision[] = BEIJING_DIVISIONS.filter(
  (d) => d.level === 'street',
);
const DISTRICT_NAMES = new Map(
  BEIJING_DIVISIONS.filter((d) => d.level === 'district').map((d) => [d.code, d.name]),
);
const STREET_INDEX = new Map(ALL_STREETS.map((s, i) => [s.code, i]));
const OLD_CITY = new Set(['110101', '110102']);

interface UnitCounts {
  communities: number;
  villages: number;
}

/**
 * Communities and villages per street (our modelling choice, tuned so the city comes to
 * about 3,400 communities and 3,800 villages as DOMAIN.md says): 街道 8–30 communities and
 * villages only in former rural 地区 and outer districts; 镇 a few communities and many
 * villages; 乡 mostly villages; development zones a handful of communities.
 */
function unitCounts(rng: Rng, street: ReferenceDivision, kind: StreetKind): UnitCounts {
  switch (kind) {
    case 'subdistrict': {
      const communities = Math.min(30, 8 + Math.floor(rng.lognormal(4, 0.7)));
      let villages = 0;
      if (street.name.endsWith('地区')) villages = rng.chance(0.6) ? rng.int(2, 10) : 0;
      else if (!OLD_CITY.has(street.parentCode)) villages = rng.chance(0.15) ? rng.int(1, 5) : 0;
      return { communities, villages };
    }
    case 'town':
      return { communities: rng.int(1, 10), villages: rng.int(14, 46) };
    case 'township':
      return { communities: rng.int(0, 2), villages: rng.int(10, 30) };
    case 'other':
      return { communities: rng.int(1, 6), villages: rng.int(0, 3) };
  }
}

/**
 * Community households: lognormal, median 1,900, σ 0.5 — which puts ~18% over 3,000 and
 * ~2.6% over 5,000, as the public counts (625 and 82 of ~3,400) do. Redrawn rather than
 * clamped outside the fixed extremes, so no pile of communities sits at the bounds.
 */
function communityHouseholds(rng: Rng): number {
  for (;;) {
    const h = Math.round(rng.lognormal(1900, 0.5));
    if (h >= GENERATED_HOUSEHOLDS.min && h <= GENERATED_HOUSEHOLDS.max) return h;
  }
}

/** Village households: smaller and more spread (median 330, σ 0.7, 40–3,000; our estimate). */
function villageHouseholds(rng: Rng): number {
  for (;;) {
    const h = Math.round(rng.lognormal(330, 0.7));
    if (h >= 40 && h <= 3000) return h;
  }
}

/**
 * Old-city communities are mostly hutongs; elsewhere a few small communities are still
 * bungalows (平房区, former villages) — never big ones, which were rebuilt first.
 */
function communityStyle(
  rng: Rng,
  street: ReferenceDivision,
  kind: StreetKind,
  households: number,
): UnitStyle {
  if (OLD_CITY.has(street.parentCode)) return rng.chance(0.6) ? 'hutong' : 'compound';
  if (households > 1500) return 'compound';
  if (kind === 'subdistrict') return rng.chance(0.05) ? 'bungalow' : 'compound';
  return rng.chance(0.35) ? 'bungalow' : 'compound';
}

/** A name not yet used in the street; after many tries a numeral makes it unique (华威西里二). */
function uniqueName(used: Set<string>, draw: () => string): string {
  for (let i = 0; i < 40; i++) {
    const name = draw();
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  const base = draw();
  for (let n = 2; ; n++) {
    const name = base + chineseNumber(n);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/** Own numbers 001… for communities and 201… for villages, with the odd gap left by merged units. */
function ownNumbers(rng: Rng, count: number, first: number): number[] {
  const out: number[] = [];
  let n = first;
  for (let i = 0; i < count; i++) {
    out.push(n);
    n += rng.chance(0.08) ? 2 : 1;
  }
  return out;
}

function residentsOf(rng: Rng, households: number): number {
  return Math.round(households * rng.between(2.2, 2.6));
}

export function planStreet(seed: number, street: ReferenceDivision): StreetPlan {
  const rng = rngFor(seed, `street:${street.code}`);
  const kind = streetKindOfCode(street.code);
  const counts = unitCounts(rng, street, kind);
  const fixed = FIXED_COMMUNITIES.find((f) => f.streetCode === street.code);
  if (fixed) counts.communities = Math.max(1, counts.communities);
  const stem = streetStem(street.name);
  const usedNames = new Set<string>(fixed ? [fixed.base] : []);
  const units: UnitPlan[] = [];

  const communityNumbers = ownNumbers(rng, counts.communities, 1);
  let previousHost: UnitPlan | undefined;
  for (const [i, own] of communityNumbers.entries()) {
    const code = street.code + String(own).padStart(3, '0');
    let unit: UnitPlan;
    if (fixed && i === 0) {
      const { name, base, households, residents, style, compoundNames } = fixed;
      unit = { code, name, level: 'community', households, residents, style, base, healthHostCode: code };
      if (compoundNames) unit.compoundNames = compoundNames;
    } else {
      const households = communityHouseholds(rng);
      const style = communityStyle(rng, street, kind, households);
      const residents = residentsOf(rng, households);
      let hutong: string | undefined;
      let base: string;
      if (style === 'hutong') {
        hutong = uniqueName(usedNames, () => hutongName(rng));
        base = hutongCommunityBase(hutong);
      } else if (style === 'bungalow') {
        base = uniqueName(usedNames, () => villageBase(rng));
      } else {
        base = uniqueName(usedNames, () => compoundBase(rng, stem));
      }
      unit = {
        code,
        name: base + '社区',
        level: 'community',
        households,
        residents,
        style,
        base,
        healthHostCode: code,
      };
      if (hutong) unit.hutong = hutong;
    }
    // About a third of neighbouring communities share one 社区卫生服务站 (our estimate); the
    // earlier one hosts it, so a prefix of the data never points at a station not yet made.
    if (previousHost && rng.chance(0.3)) {
      unit.healthHostCode = previousHost.code;
      previousHost = undefined;
    } else {
      previousHost = unit;
    }
    units.push(unit);
  }

  for (const own of ownNumbers(rng, counts.villages, 201)) {
    const code = street.code + String(own).padStart(3, '0');
    const base = uniqueName(usedNames, () => villageBase(rng) + '村');
    const households = villageHouseholds(rng);
    const residents = residentsOf(rng, households);
    units.push({
      code,
      name: base,
      level: 'village',
      households,
      residents,
      style: 'village',
      base,
      healthHostCode: code,
    });
  }

  return {
    code: street.code,
    name: street.name,
    districtCode: street.parentCode,
    districtName: DISTRICT_NAMES.get(street.parentCode) ?? '',
    index: STREET_INDEX.get(street.code) ?? 0,
    kind,
    gridNaming: rng.chance(0.5) ? 'ordinal' : 'prefixed',
    units,
  };
}
