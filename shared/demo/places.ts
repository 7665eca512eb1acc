import type { CommunityWorker, Place, PlaceHead } from '../model/place';
import { orgPathOfCode } from '../org/codes';
import { addYears, isoDate } from './dates';
import type { IdSource } from './id-source';
import type { Layout, TopPlace } from './layout';
import { personName } from './names';
import { clamp, splitProportionally } from './numbers';
import { mobileNumber } from './phones';
import type { StreetPlan, UnitPlan } from './plan';
import type { Rng } from './rng';
import type { UnitServicePoints } from './service-points';

/**
 * The 楼门院 records of one unit: its buildings with their 单元门, courtyards and yards, each
 * with a 楼门长/院落长, a covering worker, nearby service points, a last visit — and the gaps
 * a real registry has.
 */

/** Remarks as workers jot them down after a visit. */
const NOTES: readonly string[] = [
  '独居老人2户',
  '高龄老人需重点关注',
  '加装电梯已完成',
  '加装电梯意向征集中',
  '有出租房屋，需定期走访',
  '楼道堆物已清理',
  '雨季需巡查排水',
  '有残疾人家庭1户',
  '电动自行车充电桩已安装',
  '垃圾分类桶站已设置',
];

/** 楼门院治理示范点 years; 2020 weighs most (300 planned that year, seed article). */
const DEMO_YEARS: ReadonlyArray<readonly [number, number]> = [
  [2020, 5],
  [2021, 3],
  [2022, 2],
];

class PlaceMaker {
  private sequence = 0;
  readonly places: Place[] = [];
  private readonly demoYears: ReadonlyArray<readonly [number, number]>;

  constructor(
    private readonly rng: Rng,
    private readonly ids: IdSource,
    private readonly today: number,
    private readonly unitCode: string,
  ) {
    const year = Number(isoDate(today).slice(0, 4));
    this.demoYears = DEMO_YEARS.filter(([y]) => y <= year);
  }

  private code(): string {
    this.sequence += 1;
    if (this.sequence > 9999) throw new Error(`demo unit ${this.unitCode} has more than 9,999 places`);
    return this.unitCode + String(this.sequence).padStart(4, '0');
  }

  /** 楼门长/院落长: mostly retirees, ~40% party members, three-year terms (some already run out). */
  head(): PlaceHead {
    const { rng } = this;
    const { name } = personName(rng, rng.chance(0.7) ? 'older' : 'middle', 0.6);
    const start = this.today - rng.int(20, 1250);
    return {
      name,
      phone: mobileNumber(rng),
      partyMember: rng.chance(0.4),
      termStart: isoDate(start),
      termEnd: isoDate(addYears(start, 3) - 1),
    };
  }

  /** Most places were visited within the last ~180 days; some are overdue, a few never. */
  lastVisit(demo: boolean): string | undefined {
    const { rng, today } = this;
    if (demo) return isoDate(today - rng.int(0, 90));
    const roll = rng.float();
    if (roll < 0.85) return isoDate(today - rng.int(0, 180));
    if (roll < 0.95) return isoDate(today - rng.int(181, 420));
    return undefined;
  }

  demoYear(): number | undefined {
    // ~2% of buildings, courtyards and yards are demonstration points; their gates share the year.
    if (this.demoYears.length === 0 || !this.rng.chance(0.02)) return undefined;
    return this.rng.weighted(this.demoYears);
  }

  /**
   * Nearby service points. Gaps are deliberate (our rates: ~10% without a 养老驿站, ~7%
   * without a 警务工作站) so the coverage screens have something to show; demonstration
   * points are complete.
   */
  links(sp: UnitServicePoints, top: TopPlace, index: number, count: number, demo: boolean): string[] {
    const { rng } = this;
    const ids: string[] = [];
    if (demo || rng.chance(0.9)) ids.push(sp.elderlyCare[index * 2 < count ? 0 : sp.elderlyCare.length - 1]!);
    if (demo || rng.chance(0.93)) ids.push(sp.police);
    if (demo || rng.chance(0.85)) ids.push(sp.health);
    const property = sp.propertyByGroup.get(top.group);
    if (property && (demo || rng.chance(0.96))) ids.push(property);
    if (rng.chance(0.35)) ids.push(sp.mediation);
    return ids;
  }

  /**
   * One place. Fields are set in a fixed order, optional ones only when present, so every
   * record has the same shape (and V8 one hidden class per shape).
   */
  add(top: PlaceFields, demo: boolean): Place {
    const place: Place = {
      id: this.ids.id(),
      orgPath: top.orgPath,
      code: this.code(),
      type: top.type,
      name: top.name,
      address: top.address,
      households: top.households,
      residents: top.residents,
      servicePointIds: top.servicePointIds,
    };
    if (top.gridCode !== undefined) place.gridCode = top.gridCode;
    if (top.parentId !== undefined) place.parentId = top.parentId;
    // ~8% of places have no 楼门长/院落长 recorded (our rate).
    if (demo || this.rng.chance(0.92)) place.head = this.head();
    if (top.workerId !== undefined) place.workerId = top.workerId;
    if (top.demoYear !== undefined) place.demoYear = top.demoYear;
    const visit = this.lastVisit(demo);
    if (visit !== undefined) place.lastVisitOn = visit;
    if (top.notes !== undefined) place.notes = top.notes;
    this.places.push(place);
    return place;
  }
}

type PlaceFields = Pick<
  Place,
  | 'orgPath'
  | 'type'
  | 'name'
  | 'address'
  | 'households'
  | 'residents'
  | 'servicePointIds'
  | 'gridCode'
  | 'parentId'
  | 'workerId'
  | 'demoYear'
  | 'notes'
>;

/** Households of a building split over its 2–6 单元门, each a little different. */
function gateHouseholds(rng: Rng, households: number): number[] {
  const count = Math.min(households, clamp(Math.round(households / rng.between(18, 36)), 2, 6));
  return splitProportionally(
    households,
    Array.from({ length: count }, () => rng.between(0.8, 1.2)),
  );
}

export interface PlaceInputs {
  today: number;
  street: StreetPlan;
  unit: UnitPlan;
  layout: Layout;
  /** Grid index of each top-level place of the layout; -1 when not gridded. */
  gridOf: readonly number[];
  gridCodes: readonly string[];
  workers: readonly CommunityWorker[];
  servicePoints: UnitServicePoints;
}

export function makePlaces(rng: Rng, ids: IdSource, input: PlaceInputs): Place[] {
  const { today, street, unit, layout, gridOf, gridCodes, workers, servicePoints: sp } = input;
  const unitPath = orgPathOfCode(unit.code);
  const gridPaths = gridCodes.map(orgPathOfCode);
  const workersByGrid = gridCodes.map((code) => workers.filter((w) => w.gridCode === code));
  // 包楼: each worker covers a contiguous run of the places of their own grid.
  const placesInGrid = gridCodes.map((_, g) => gridOf.filter((x) => x === g).length);
  const seenInGrid = gridCodes.map(() => 0);

  const rural = street.kind !== 'subdistrict' || unit.style === 'village' || unit.style === 'bungalow';
  const prefix = street.districtName + (rural ? street.name : '');
  const ratio = unit.residents / unit.households;
  const maker = new PlaceMaker(rng, ids, today, unit.code);

  layout.places.forEach((top, index) => {
    const group = layout.groups[top.group]!;
    const g = gridOf[index]!;
    const gridCode = g >= 0 ? gridCodes[g] : undefined;
    const demoYear = maker.demoYear();
    const demo = demoYear !== undefined;
    let workerId: string | undefined;
    if (g >= 0) {
      const own = workersByGrid[g]!;
      const position = seenInGrid[g]!++;
      // ~5% of places have no covering worker recorded (our rate).
      if (own.length > 0 && (demo || rng.chance(0.95))) {
        workerId = own[Math.floor((position / placesInGrid[g]!) * own.length)]!.id;
      }
    }
    const suffix = top.kind === 'building' ? '号楼' : top.kind === 'courtyard' ? '号院' : '号';
    const name = `${group.name}${top.number}${suffix}`;
    const residents = Math.max(top.households, Math.round(top.households * ratio * rng.between(0.85, 1.15)));
    const orgPath = gridCode ? gridPaths[g]! : unitPath;
    const servicePointIds = maker.links(sp, top, index, layout.places.length, demo);
    const notes = rng.chance(0.06) ? rng.pick(NOTES) : undefined;
    const place = maker.add(
      {
        orgPath,
        type: top.kind,
        name,
        address: prefix + name,
        households: top.households,
        residents,
        servicePointIds,
        gridCode,
        workerId,
        demoYear,
        notes,
      },
      demo,
    );
    if (top.kind !== 'building') return;
    const gates = gateHouseholds(rng, top.households);
    const gateResidents = splitProportionally(residents, gates);
    gates.forEach((households, i) => {
      maker.add(
        {
          orgPath,
          type: 'gate',
          name: `${name}${i + 1}单元`,
          address: `${place.address}${i + 1}单元`,
          households,
          residents: gateResidents[i]!,
          servicePointIds: servicePointIds.slice(),
          gridCode,
          parentId: place.id,
          workerId,
          demoYear,
          notes: undefined,
        },
        demo,
      );
    });
  });

  return maker.places;
}
