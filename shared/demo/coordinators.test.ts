import { describe, expect, it } from 'vitest';
import { checkResidentId } from '../coordinators/resident-id';
import { defaultCategories } from '../coordinators/reference';
import { findDoubleBookings } from '../coordinators/overlap';
import { isoWeekday } from '../coordinators/days';
import {
  CITY_COORDINATORS,
  planCoordinators,
  type CoordinatorChunk,
  type CoordinatorDemoOptions,
} from './coordinators';
import { generateDemo } from './generate';
import { gridCodeOf } from '../org/paths';

const TODAY = '2026-11-25';
const NANMOFANG = '110105021';
const DONGCHENG = '110101';

/** The street's communities and grids, as the demo loader reads them after loading the street. */
const nanmofangUnits = (() => {
  const units = generateDemo({ seed: 1, scope: { kind: 'street', code: NANMOFANG } }).orgUnits;
  return units
    .filter((u) => u.level === 'community' || u.level === 'village')
    .map((u) => ({
      code: u.code,
      gridCodes: units.filter((g) => g.parentCode === u.code).map((g) => g.code),
    }));
})();

function chunks(
  options: Partial<CoordinatorDemoOptions> & Pick<CoordinatorDemoOptions, 'scope'>,
): CoordinatorChunk[] {
  return [...planCoordinators({ seed: 1, today: TODAY, units: nanmofangUnits, ...options }).chunks()];
}

const street = chunks({ scope: { kind: 'street', code: NANMOFANG }, attendanceStreets: [NANMOFANG] })[0]!;
const district = chunks({ scope: { kind: 'district', code: DONGCHENG } });
const districtPeople = district.flatMap((c) => c.coordinators);

describe('demo roster', () => {
  it('gives the city 240,000 coordinators and a street its share', () => {
    const city = planCoordinators({ seed: 1, today: TODAY, units: [], scope: { kind: 'city' } });
    expect(city.total).toBe(CITY_COORDINATORS);
    expect(city.streets).toHaveLength(349);
    // 南磨房地区, home of the largest community, has several hundred.
    expect(street.coordinators.length).toBeGreaterThan(300);
    expect(street.coordinators.length).toBeLessThan(3000);
    expect(
      planCoordinators({ seed: 1, today: TODAY, units: [], scope: { kind: 'city' }, limit: 1000 }).total,
    ).toBe(1000);
  });

  it('is deterministic, and a street is the same alone as inside its district', () => {
    const again = chunks({ scope: { kind: 'street', code: NANMOFANG }, attendanceStreets: [NANMOFANG] })[0]!;
    expect(again).toEqual(street);
    const inDistrict = chunks({ scope: { kind: 'district', code: '110105' } }).find(
      (c) => c.street === NANMOFANG,
    )!;
    expect(inDistrict.coordinators).toEqual(street.coordinators);
    expect(inDistrict.assignments).toEqual(street.assignments);
    const otherSeed = planCoordinators({
      seed: 2,
      today: TODAY,
      units: [],
      scope: { kind: 'street', code: NANMOFANG },
    });
    expect([...otherSeed.chunks()][0]!.coordinators[0]!.name).not.toBe(street.coordinators[0]!.name);
  });

  it('gives every coordinator a valid, unique resident ID that matches gender and a realistic birth year', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const c of districtPeople) {
      const id = checkResidentId(c.residentId, TODAY);
      if (!id.ok) problems.push(`${c.name}: ${id.issue}`);
      else {
        if (id.gender !== c.gender) problems.push(`${c.name}: gender`);
        const year = Number(id.birthDate.slice(0, 4));
        if (year < 1966 || year > 2004) problems.push(`${c.name}: born ${year}`);
      }
      if (seen.has(c.residentId)) problems.push(`${c.name}: duplicate ID`);
      seen.add(c.residentId);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    const beijing =
      districtPeople.filter((c) => c.residentId.startsWith('11')).length / districtPeople.length;
    expect(beijing).toBeGreaterThan(0.8);
    // Old 东城 cards still carry 崇文区's code.
    expect(districtPeople.some((c) => c.residentId.startsWith('110103'))).toBe(true);
  });

  it('follows the category mix, with names, phones and statuses as rosters have them', () => {
    const categories = new Map(defaultCategories().map((c) => [c.id, c]));
    const count = (code: string) =>
      districtPeople.filter((c) => categories.get(c.categoryId)?.code === code).length /
      districtPeople.length;
    expect(new Set(districtPeople.map((c) => c.categoryId)).size).toBe(16);
    expect(count('02')).toBeGreaterThan(0.18); // 治安巡防员, the largest
    expect(count('14')).toBeLessThan(0.03); // 河湖管护员, a few
    for (const c of districtPeople) {
      expect(categories.get(c.categoryId)!.departmentId).toBe(c.departmentId);
      expect(c.name).toMatch(/^\p{Script=Han}{2,4}$/u);
    }
    const active = districtPeople.filter((c) => c.status === 'active').length / districtPeople.length;
    expect(active).toBeGreaterThan(0.85);
    expect(districtPeople.filter((c) => c.mobile).length / districtPeople.length).toBeGreaterThan(0.9);
    expect(districtPeople.some((c) => c.transfers?.length)).toBe(true);
  });

  it('assigns everyone on duty, inside the street, with a few real double bookings', () => {
    const onDuty = street.coordinators.filter((c) => c.status === 'active' || c.status === 'onLeave');
    const standing = street.assignments.filter((a) => a.source === 'patrol');
    const onDutyIds = new Set(onDuty.map((c) => c.id));
    // Everyone on duty has a standing post but a small reserve, who are free for short jobs.
    expect(standing.every((a) => onDutyIds.has(a.coordinatorId))).toBe(true);
    expect(new Set(standing.map((a) => a.coordinatorId)).size).toBe(standing.length);
    expect(standing.length / onDuty.length).toBeGreaterThan(0.88);
    expect(standing.length).toBeLessThan(onDuty.length);
    expect(street.assignments.every((a) => a.orgPath.startsWith(`110105/${NANMOFANG}`))).toBe(true);
    expect(standing.every((a) => a.from <= TODAY && TODAY <= a.to)).toBe(true);
    // Every grid has a 治安巡防员 when there are enough of them.
    const grids = new Set(nanmofangUnits.flatMap((u) => u.gridCodes));
    const patrolled = new Set(standing.map((a) => gridCodeOf(a.orgPath)).filter(Boolean));
    expect([...grids].filter((g) => !patrolled.has(g)).length).toBeLessThan(grids.size * 0.2);
    const doubles = findDoubleBookings(street.assignments);
    expect(doubles.length).toBeGreaterThan(0);
    expect(doubles.length).toBeLessThan(street.coordinators.length * 0.05);
    expect(street.assignments.filter((a) => a.source !== 'patrol').every((a) => a.sourceRef && a.task)).toBe(
      true,
    );
  });

  it('records attendance only for the streets asked, once a weekday, with cover for colleagues on leave', () => {
    expect(district.every((c) => c.attendance.length === 0)).toBe(true);
    const days = new Set<string>();
    const marks = new Map<string, string>();
    for (const r of street.attendance) {
      const key = `${r.coordinatorId}|${r.date}`;
      expect(marks.has(key)).toBe(false);
      marks.set(key, r.mark);
      days.add(r.date);
      expect(r.date < TODAY).toBe(true);
      expect(isoWeekday(r.date)).toBeLessThan(6);
    }
    expect(days.size).toBeGreaterThan(25);
    const covers = street.attendance.filter((r) => r.mark === 'cover');
    expect(covers.length).toBeGreaterThan(0);
    for (const r of covers) expect(marks.get(`${r.coveredCoordinatorId}|${r.date}`)).toBe('leave');
    const present = street.attendance.filter((r) => r.mark === 'present' || r.mark === 'cover').length;
    expect(present / street.attendance.length).toBeGreaterThan(0.9);
  });
});
