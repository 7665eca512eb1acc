import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../model/org';
import { WORKER_ROLES, type CommunityWorker, type Place, type ServicePoint } from '../model/place';
import { checkOrgCode, orgPathOfCode } from '../org/codes';
import { checkPlaceCode } from '../places/place-code';
import { matchesQuery, searchText } from '../search/terms';
import { checkMobile, checkPhone } from '../validation/phone';
import { dayNumber } from './dates';
import { generateDemo, planDemo, type DemoChunk, type DemoOptions } from './generate';
import { communityCodeOf } from '../org/paths';

const NANMOFANG = '110105021';
const XITIANGEZHUANG = '110118102';
const DONGSI = '110101006'; // 东城区 hutong street
const XIAYUNLING = '110111208'; // 霞云岭乡, a township
const YIZHUANG = '110115403'; // 北京经济技术开发区, an "other" unit
const TODAY = '2026-11-01';

function street(code: string, seed = 1, extra: Partial<DemoOptions> = {}): DemoChunk {
  return generateDemo({ seed, scope: { kind: 'street', code }, ...extra });
}

/** A sample of every kind of street: fixed extremes, hutongs, town villages, a township, a zone. */
const sample = [NANMOFANG, XITIANGEZHUANG, DONGSI, XIAYUNLING, YIZHUANG].map((code) => street(code, 11));
const merged: DemoChunk = {
  orgUnits: sample.flatMap((c) => c.orgUnits),
  places: sample.flatMap((c) => c.places),
  servicePoints: sample.flatMap((c) => c.servicePoints),
  communityWorkers: sample.flatMap((c) => c.communityWorkers),
};
const units = merged.orgUnits.filter((u) => u.level === 'community' || u.level === 'village');
const unitByCode = new Map(units.map((u) => [u.code, u]));
const gridByCode = new Map(merged.orgUnits.filter((u) => u.level === 'grid').map((u) => [u.code, u]));
const pointById = new Map(merged.servicePoints.map((s) => [s.id, s]));
const workerById = new Map(merged.communityWorkers.map((w) => [w.id, w]));
const placeById = new Map(merged.places.map((p) => [p.id, p]));

/** The community or village a record belongs to: the third code of its orgPath. */
const unitOf = (r: { orgPath: string }) => communityCodeOf(r.orgPath)!;
const share = (items: readonly Place[], test: (p: Place) => boolean) =>
  items.filter(test).length / items.length;
function byUnit<T extends { orgPath: string }>(records: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of records) {
    const list = out.get(unitOf(r));
    if (list) list.push(r);
    else out.set(unitOf(r), [r]);
  }
  return out;
}
const placesByUnit = byUnit(merged.places);
const pointsByUnit = byUnit(merged.servicePoints);
const workersByUnit = byUnit(merged.communityWorkers);

/**
 * Checks every record and collects what is wrong, then asserts once: a failure still names
 * the records, and 16,000 places do not cost 100,000 `expect` calls.
 */
function problems<T>(records: readonly T[], check: (r: T) => string | false | undefined): string[] {
  const out: string[] = [];
  for (const r of records) {
    const problem = check(r);
    if (problem) out.push(problem);
  }
  return out.slice(0, 10);
}

describe('determinism', () => {
  it('gives deeply equal data, ids included, for the same options', () => {
    expect(street(NANMOFANG, 7)).toEqual(street(NANMOFANG, 7));
  });

  it('gives different data for a different seed', () => {
    const a = street(NANMOFANG, 7);
    const b = street(NANMOFANG, 8);
    expect(b.places[0]!.id).not.toBe(a.places[0]!.id);
    expect(b.communityWorkers.map((w) => w.name)).not.toEqual(a.communityWorkers.map((w) => w.name));
    expect(b.orgUnits.slice(1).map((u) => u.name)).not.toEqual(a.orgUnits.slice(1).map((u) => u.name));
  });

  it('makes a street the same alone as inside its district', () => {
    const alone = street('110107005', 3);
    const district = generateDemo({ seed: 3, scope: { kind: 'district', code: '110107' } });
    const inside = (records: ReadonlyArray<{ orgPath: string }>) =>
      records.filter((r) => r.orgPath.startsWith('110107/110107005/'));
    expect(alone.places.length).toBeGreaterThan(0);
    expect(inside(district.orgUnits)).toEqual(alone.orgUnits);
    expect(inside(district.places)).toEqual(alone.places);
    expect(inside(district.servicePoints)).toEqual(alone.servicePoints);
    expect(inside(district.communityWorkers)).toEqual(alone.communityWorkers);
  });

  it('makes a street the same alone as inside the city', () => {
    const alone = street('110101001', 5);
    const fromCity: DemoChunk[] = [];
    for (const chunk of planDemo({ seed: 5, scope: { kind: 'city' } }).chunks()) {
      if (!chunk.orgUnits[0]!.code.startsWith('110101001')) break;
      fromCity.push(chunk);
    }
    expect(fromCity.flatMap((c) => c.places)).toEqual(alone.places);
    expect(fromCity.flatMap((c) => c.orgUnits)).toEqual(alone.orgUnits);
    const cityPlan = planDemo({ seed: 5, scope: { kind: 'city' } }).units.filter((u) =>
      u.code.startsWith(NANMOFANG),
    );
    expect(cityPlan).toEqual(planDemo({ seed: 5, scope: { kind: 'street', code: NANMOFANG } }).units);
  });

  it('never reads the clock: only `today` moves the dates', () => {
    const early = street(XIAYUNLING, 2, { today: '2024-03-15' });
    const late = street(XIAYUNLING, 2);
    expect(early.places.map((p) => p.id)).toEqual(late.places.map((p) => p.id));
    const visits = early.places.flatMap((p) => (p.lastVisitOn ? [p.lastVisitOn] : []));
    expect(visits.every((d) => d <= '2024-03-15' && d >= '2023-01-01')).toBe(true);
    expect(early.places.every((p) => p.demoYear === undefined || p.demoYear <= 2024)).toBe(true);
  });
});

describe('codes, paths and references', () => {
  it('gives every record a unique id', () => {
    const ids = [merged.orgUnits, merged.places, merged.servicePoints, merged.communityWorkers].flatMap(
      (rs) => rs.map((r) => r.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)),
    ).toBe(true);
  });

  it('makes valid org codes under the real streets, with orgPath per orgPathOfCode', () => {
    const bad = problems(merged.orgUnits, (u) => {
      const issue = checkOrgCode(u.code, u.level, u.parentCode);
      if (issue) return `${u.code}: ${issue}`;
      if (u.orgPath !== orgPathOfCode(u.code)) return `${u.code}: path ${u.orgPath}`;
      if (u.source !== 'demo') return `${u.code}: source`;
      if (u.level === 'grid' && !unitByCode.has(u.parentCode)) return `${u.code}: no parent`;
    });
    expect(bad).toEqual([]);
    expect(new Set(merged.orgUnits.map((u) => u.code)).size).toBe(merged.orgUnits.length);
  });

  it("keeps grids' households and residents summing to their unit's", () => {
    for (const unit of units) {
      const grids = merged.orgUnits.filter((g) => g.parentCode === unit.code);
      expect(grids.reduce((a, g) => a + g.households!, 0)).toBe(unit.households);
      expect(grids.reduce((a, g) => a + g.residents!, 0)).toBe(unit.residents);
      if (unit.level === 'community' && unit.households! >= 600) {
        expect(grids.length).toBeGreaterThanOrEqual(3);
        expect(grids.length).toBeLessThanOrEqual(8);
        expect(Math.max(...grids.map((g) => g.households!))).toBeLessThanOrEqual(1500);
      }
    }
  });

  it('gives places valid codes and paths that agree with their grid', () => {
    expect(new Set(merged.places.map((p) => p.code)).size).toBe(merged.places.length);
    const bad = problems(merged.places, (p) => {
      const unit = unitOf(p);
      const issue = checkPlaceCode(p.code, unit);
      if (issue) return `${p.code}: ${issue}`;
      if (p.orgPath !== orgPathOfCode(p.gridCode ?? unit)) return `${p.code}: path ${p.orgPath}`;
      if (p.gridCode && gridByCode.get(p.gridCode)?.parentCode !== unit)
        return `${p.code}: grid ${p.gridCode}`;
      if (p.households < 1 || p.residents < p.households) return `${p.code}: ${p.households}/${p.residents}`;
    });
    expect(bad).toEqual([]);
    expect(merged.places.filter((p) => p.gridCode).length / merged.places.length).toBeGreaterThan(0.95);
  });

  it('puts gates under a building of the same community, listed before them', () => {
    const index = new Map(merged.places.map((p, i) => [p.id, i]));
    const gates = merged.places.filter((p) => p.type === 'gate');
    expect(gates.length).toBeGreaterThan(1000);
    const bad = problems(gates, (gate) => {
      const parent = placeById.get(gate.parentId ?? '');
      if (parent?.type !== 'building') return `${gate.code}: parent ${gate.parentId}`;
      if (unitOf(parent) !== unitOf(gate)) return `${gate.code}: parent in ${unitOf(parent)}`;
      if (index.get(parent.id)! > index.get(gate.id)!) return `${gate.code}: listed before its building`;
      if (gate.gridCode !== parent.gridCode) return `${gate.code}: grid differs from its building`;
    });
    expect(bad).toEqual([]);
    expect(merged.places.filter((p) => p.type !== 'gate').every((p) => p.parentId === undefined)).toBe(true);
  });

  it("splits a building's households exactly over its 2–6 gates", () => {
    const gates = new Map<string, Place[]>();
    for (const p of merged.places)
      if (p.parentId) gates.set(p.parentId, [...(gates.get(p.parentId) ?? []), p]);
    const bad = problems(
      merged.places.filter((p) => p.type === 'building'),
      (b) => {
        const own = gates.get(b.id) ?? [];
        if (own.length < Math.min(2, b.households) || own.length > 6) return `${b.code}: ${own.length} gates`;
        if (own.reduce((a, g) => a + g.households, 0) !== b.households) return `${b.code}: households`;
        if (own.reduce((a, g) => a + g.residents, 0) !== b.residents) return `${b.code}: residents`;
      },
    );
    expect(bad).toEqual([]);
  });

  it("resolves worker and service point references, workers of the place's own grid", () => {
    const bad = problems(merged.places, (p) => {
      if (!p.servicePointIds.every((id) => pointById.has(id))) return `${p.code}: service point`;
      if (new Set(p.servicePointIds).size !== p.servicePointIds.length) return `${p.code}: duplicate link`;
      if (!p.workerId) return;
      const w = workerById.get(p.workerId);
      if (!w) return `${p.code}: worker ${p.workerId}`;
      if (w.gridCode !== p.gridCode) return `${p.code}: worker of grid ${w.gridCode}`;
    });
    expect(bad).toEqual([]);
  });

  it('keeps service points in a community, workers in its grids', () => {
    const check = (r: ServicePoint | CommunityWorker) =>
      (!unitByCode.has(unitOf(r)) ||
        r.orgPath !== orgPathOfCode(('gridCode' in r && r.gridCode) || unitOf(r))) &&
      `${r.name}: ${r.orgPath}`;
    expect(problems(merged.servicePoints, check)).toEqual([]);
    expect(problems(merged.communityWorkers, check)).toEqual([]);
    const bad = problems(merged.communityWorkers, (w) => {
      if (!WORKER_ROLES.includes(w.role)) return `${w.name}: role ${w.role}`;
      if (!w.gridCode || gridByCode.get(w.gridCode)?.parentCode !== unitOf(w))
        return `${w.name}: grid ${w.gridCode}`;
    });
    expect(bad).toEqual([]);
    const staffed = new Set(merged.communityWorkers.map((w) => w.gridCode));
    expect([...gridByCode.keys()].filter((g) => !staffed.has(g))).toEqual([]);
  });
});

describe('people and phones', () => {
  it('gives valid mobiles to heads and workers and valid phones to service points', () => {
    const valid = (result: ReturnType<typeof checkMobile>, phone: string) =>
      'phone' in result && result.phone === phone;
    expect(
      problems(
        merged.places,
        (p) => p.head && !valid(checkMobile(p.head.phone), p.head.phone) && p.head.phone,
      ),
    ).toEqual([]);
    expect(
      problems(merged.communityWorkers, (w) => w.phone && !valid(checkMobile(w.phone), w.phone) && w.phone),
    ).toEqual([]);
    expect(
      problems(merged.servicePoints, (s) => !valid(checkPhone(s.phone ?? ''), s.phone ?? '') && s.name),
    ).toEqual([]);
    expect(
      merged.communityWorkers.filter((w) => w.phone).length / merged.communityWorkers.length,
    ).toBeGreaterThan(0.9);
    const landlines = merged.servicePoints.filter((s) => s.phone!.startsWith('010'));
    expect(landlines.length / merged.servicePoints.length).toBeGreaterThan(0.3);
    expect(landlines.every((s) => /^010[2-9]\d{7}$/.test(s.phone!))).toBe(true);
  });

  it('gives heads names, a party share near 40% and three-year terms', () => {
    const heads = merged.places.flatMap((p) => (p.head ? [p.head] : []));
    expect(heads.every((h) => /^[\u4e00-\u9fff]{2,4}$/.test(h.name))).toBe(true);
    const party = heads.filter((h) => h.partyMember).length / heads.length;
    expect(party).toBeGreaterThan(0.35);
    expect(party).toBeLessThan(0.45);
    const bad = problems(heads, (h) => {
      const days = dayNumber(h.termEnd!) - dayNumber(h.termStart!);
      if (!(h.termStart! < TODAY) || days < 1094 || days > 1096)
        return `${h.name}: ${h.termStart}–${h.termEnd}`;
    });
    expect(bad).toEqual([]);
  });
});

describe('realism of a sample of streets', () => {
  it("registers 85–100% of each unit's households in places that are not gates", () => {
    const bad = problems(units, (unit) => {
      const places = (placesByUnit.get(unit.code) ?? []).filter((p) => p.type !== 'gate');
      const ratio = places.reduce((a, p) => a + p.households, 0) / unit.households!;
      if (ratio < 0.85 || ratio > 1) return `${unit.name}: ${ratio}`;
    });
    expect(bad).toEqual([]);
  });

  it('uses the kinds of place each street has', () => {
    const types = (code: string) =>
      new Set(merged.places.filter((p) => p.orgPath.includes(`/${code}`)).map((p) => p.type));
    expect(types(DONGSI)).toContain('courtyard');
    expect(types(XIAYUNLING)).toContain('bungalowYard');
    expect(types(XITIANGEZHUANG)).toContain('bungalowYard');
    expect(types(`${NANMOFANG}001`)).toEqual(new Set(['building', 'gate']));
    const bad = problems(merged.places, (p) => {
      if (!p.address.endsWith(p.name) || !/^(北京市)?[\u4e00-\u9fff]+区/.test(p.address)) return p.address;
      const pattern = {
        building: /\d+号楼$/,
        gate: /\d+号楼\d单元$/,
        courtyard: /\d+号院$/,
        bungalowYard: /\d+号$/,
      }[p.type];
      if (!pattern.test(p.name)) return `${p.type} ${p.name}`;
      if (p.type === 'building' && p.households > 240) return `${p.name}: ${p.households} households`;
    });
    expect(bad).toEqual([]);
  });

  it('leaves the coverage gaps the screens need, at about the intended rates', () => {
    const places = merged.places;
    const kinds = (p: Place) => new Set(p.servicePointIds.map((id) => pointById.get(id)!.kind));
    const rate = (test: (p: Place) => boolean) => share(places, test);
    expect(rate((p) => !p.head)).toBeGreaterThan(0.05);
    expect(rate((p) => !p.head)).toBeLessThan(0.11);
    expect(rate((p) => !p.workerId)).toBeGreaterThan(0.03);
    expect(rate((p) => !p.workerId)).toBeLessThan(0.09);
    expect(rate((p) => !kinds(p).has('elderlyCare'))).toBeGreaterThan(0.07);
    expect(rate((p) => !kinds(p).has('elderlyCare'))).toBeLessThan(0.13);
    expect(rate((p) => !kinds(p).has('police'))).toBeGreaterThan(0.04);
    expect(rate((p) => !kinds(p).has('police'))).toBeLessThan(0.1);
    expect(rate((p) => p.demoYear !== undefined)).toBeGreaterThan(0.01);
    expect(rate((p) => p.demoYear !== undefined)).toBeLessThan(0.03);
    const recent = dayNumber(TODAY) - 180;
    expect(rate((p) => p.lastVisitOn !== undefined && dayNumber(p.lastVisitOn) >= recent)).toBeGreaterThan(
      0.75,
    );
    expect(places.every((p) => p.demoYear === undefined || (p.demoYear >= 2020 && p.demoYear <= 2022))).toBe(
      true,
    );
  });

  it('staffs communities at about one worker per 110–150 households, at least 9 mostly', () => {
    const communities = units.filter((u) => u.level === 'community');
    const staff = communities.map((u) => workersByUnit.get(u.code)?.length ?? 0);
    expect(staff.filter((n) => n >= 9).length / staff.length).toBeGreaterThan(0.8);
    const perWorker = communities
      .map((u, i) => u.households! / staff[i]!)
      .filter((_, i) => communities[i]!.households! > 2000)
      .sort((a, b) => a - b);
    const median = perWorker[Math.floor(perWorker.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(100);
    expect(median).toBeLessThanOrEqual(160);
    const bad = problems(units, (u) => {
      const roles = (workersByUnit.get(u.code) ?? []).map((w) => w.role);
      const count = (role: string) => roles.filter((r) => r === role).length;
      if (count('secretary') !== 1 || count('director') !== 1) return `${u.name}: ${roles.join(',')}`;
    });
    expect(bad).toEqual([]);
  });

  it('gives each community its 驿站, 警务工作站, 卫生服务站, 调解室 and a 物业 per compound', () => {
    let shared = 0;
    const bad = problems(units, (unit) => {
      const own = pointsByUnit.get(unit.code) ?? [];
      const count = (kind: ServicePoint['kind']) => own.filter((s) => s.kind === kind).length;
      const places = placesByUnit.get(unit.code) ?? [];
      const compounds = new Set(
        places.filter((p) => p.type === 'building').map((p) => p.name.replace(/\d+号楼$/, '')),
      );
      const health = new Set(
        places.flatMap((p) => p.servicePointIds.filter((id) => pointById.get(id)!.kind === 'health')),
      );
      if (count('elderlyCare') < 1 || count('elderlyCare') > 2)
        return `${unit.name}: 驿站 ${count('elderlyCare')}`;
      if (count('police') !== 1 || count('mediation') !== 1) return `${unit.name}: 警务/调解`;
      if (count('property') !== compounds.size)
        return `${unit.name}: 物业 ${count('property')} for ${compounds.size}`;
      if (!own.every((s) => s.hours && s.contactName && s.address)) return `${unit.name}: contact`;
      // Without its own station a community uses its neighbour's.
      if (count('health') > 1 || health.size !== 1) return `${unit.name}: 卫生服务站`;
      if (count('health') === 0) shared++;
    });
    expect(bad).toEqual([]);
    expect(shared).toBeGreaterThan(0);
  });
});

describe('the fixed extremes', () => {
  it('has 南新园社区 (8,500 households, 19,800 residents) first under 南磨房地区, found by "nxy"', () => {
    const nxy = merged.orgUnits.find((u) => u.code === `${NANMOFANG}001`)!;
    expect(nxy).toMatchObject({ name: '南新园社区', households: 8500, residents: 19800, level: 'community' });
    const buildings = merged.places.filter((p) => unitOf(p) === nxy.code && p.type === 'building');
    expect(buildings.length).toBeGreaterThan(40);
    const notFound = buildings.filter(
      (b) => !matchesQuery(searchText([{ text: b.name }, { text: b.address }]), ['nxy']),
    );
    expect(notFound.map((b) => b.name)).toEqual([]);
  });

  it('has 沿村社区 (78 households, 101 residents) first under 西田各庄镇', () => {
    const yan = merged.orgUnits.find((u) => u.code === `${XITIANGEZHUANG}001`);
    expect(yan).toMatchObject({ name: '沿村社区', households: 78, residents: 101, level: 'community' });
  });

  it('keeps both, and both as the extremes, whatever the seed', () => {
    for (const seed of [1, 99]) {
      const all = planDemo({ seed, scope: { kind: 'city' } }).units.filter((u) => u.level === 'community');
      const sizes = all.map((u) => u.households);
      expect(all.find((u) => u.code === `${NANMOFANG}001`)?.name).toBe('南新园社区');
      expect(all.find((u) => u.code === `${XITIANGEZHUANG}001`)?.name).toBe('沿村社区');
      const [largest, smallest] = [Math.max(...sizes), Math.min(...sizes)];
      expect(sizes.filter((h) => h === largest)).toEqual([8500]);
      expect(sizes.filter((h) => h === smallest)).toEqual([78]);
    }
  });
});

describe('the city', () => {
  it.each([1, 2, 3])('matches the public counts and size shares (seed %i)', (seed) => {
    const plan = planDemo({ seed, scope: { kind: 'city' } });
    expect(plan.streets).toHaveLength(349);
    const communities = plan.units.filter((u) => u.level === 'community');
    const villages = plan.units.filter((u) => u.level === 'village');
    expect(plan.communityCount).toBe(communities.length + villages.length);
    // DOMAIN: about 3,400 communities and 3,800 villages.
    expect(communities.length).toBeGreaterThan(3200);
    expect(communities.length).toBeLessThan(3600);
    expect(villages.length).toBeGreaterThan(3600);
    expect(villages.length).toBeLessThan(4050);
    // 625 of ~3,400 over 3,000 households (18%), 82 over 5,000 (2.4%).
    const over = (n: number) => communities.filter((u) => u.households > n).length / communities.length;
    expect(over(3000)).toBeGreaterThan(0.15);
    expect(over(3000)).toBeLessThan(0.22);
    expect(over(5000)).toBeGreaterThan(0.015);
    expect(over(5000)).toBeLessThan(0.035);
    const under500 = communities.filter((u) => u.households < 500).length;
    expect(under500).toBeGreaterThan(0);
    expect(under500 / communities.length).toBeLessThan(0.01);
    const ratios = communities.filter((u) => u.households > 1000).map((u) => u.residents / u.households);
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(2.2);
    expect(Math.max(...ratios)).toBeLessThanOrEqual(2.6);
    const medianVillage = villages.map((u) => u.households).sort((a, b) => a - b)[villages.length >> 1]!;
    expect(medianVillage).toBeLessThan(1000);
  });

  it('gives urban 街道 mostly communities, 镇 villages too, 乡 mostly villages', () => {
    const plan = planDemo({ seed: 1, scope: { kind: 'city' } });
    const byStreet = new Map<string, { c: number; v: number }>();
    for (const u of plan.units) {
      const s = byStreet.get(u.code.slice(0, 9)) ?? { c: 0, v: 0 };
      if (u.level === 'community') s.c++;
      else s.v++;
      byStreet.set(u.code.slice(0, 9), s);
    }
    for (const [code, { c, v }] of byStreet) {
      const own = Number(code.slice(6));
      if (own < 100) {
        expect(c, code).toBeGreaterThanOrEqual(8);
        expect(c, code).toBeLessThanOrEqual(30);
        if (code.startsWith('110101') || code.startsWith('110102')) expect(v, code).toBe(0);
      } else if (own < 200) {
        expect(v, code).toBeGreaterThan(c);
      } else if (own < 400) {
        expect(v, code).toBeGreaterThan(c);
      }
    }
  });

  it('stops at exactly maxPlaces, streaming, and cuts deterministically', () => {
    let places = 0;
    let chunks = 0;
    const plan = planDemo({ seed: 4, scope: { kind: 'city' }, maxPlaces: 100_000 });
    for (const chunk of plan.chunks()) {
      places += chunk.places.length;
      chunks++;
    }
    expect(places).toBe(100_000);
    expect(chunks).toBeLessThan(plan.communityCount);

    const full = street(NANMOFANG, 4);
    const cut = street(NANMOFANG, 4, { maxPlaces: 777 });
    expect(cut.places).toHaveLength(777);
    expect(cut.places).toEqual(full.places.slice(0, 777));
    expect(street(NANMOFANG, 4, { maxPlaces: 0 }).places).toHaveLength(0);
  });
});

describe('options', () => {
  it('refuses unknown scopes, bad limits and bad dates with a message', () => {
    expect(() => planDemo({ seed: 1, scope: { kind: 'street', code: '110105999' } })).toThrow(
      /no Beijing street/,
    );
    expect(() => planDemo({ seed: 1, scope: { kind: 'district', code: '110103' } })).toThrow(
      /no Beijing district/,
    );
    expect(() => planDemo({ seed: 1, scope: { kind: 'city' }, maxPlaces: -1 })).toThrow(/maxPlaces/);
    expect(() => planDemo({ seed: 1, scope: { kind: 'city' }, maxPlaces: 1.5 })).toThrow(/maxPlaces/);
    expect(() => planDemo({ seed: 1, scope: { kind: 'city' }, today: '2026-02-30' })).toThrow(/no such date/);
  });

  it('starts again on every call of chunks()', () => {
    const plan = planDemo({ seed: 1, scope: { kind: 'street', code: YIZHUANG } });
    const first = [...plan.chunks()];
    expect(first).toHaveLength(plan.communityCount);
    expect([...plan.chunks()]).toEqual(first);
    const org: OrgUnit[] = first.flatMap((c) => c.orgUnits);
    expect(org.filter((u) => u.level !== 'grid').map((u) => u.code)).toEqual(plan.units.map((u) => u.code));
  });
});
