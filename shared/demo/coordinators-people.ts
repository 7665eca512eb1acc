import { checkCharacter } from '../coordinators/resident-id';
import { categoryRefId, departmentRefId } from '../coordinators/reference';
import type { Coordinator, CoordinatorStatus } from '../model/coordinator';
import { addYears, dayNumber, isoDate } from './dates';
import type { IdSource } from './id-source';
import { parseWeights, words } from './lists';
import { personName, type Generation } from './names';
import { mobileNumber } from './phones';
import { rngFor, weightedTable, type Rng, type WeightedTable } from './rng';

/**
 * One coordinator of the demo roster: a name fitting their age and gender, a resident ID that
 * passes GB 11643, a category from the city's mix. All shares here are our estimates.
 */

/** Everything a street's coordinators depend on besides their own draws. */
export interface StreetPeopleContext {
  streetCode: string;
  districtCode: string;
  /** Position of the street within its district (< 50) and the city (< 500): makes IDs unique. */
  indexInDistrict: number;
  indexInCity: number;
  /** Reference date as a day number. */
  today: number;
  /** IDs already given in this street. */
  usedIds: Set<string>;
}

/**
 * Category codes (shared/coordinators/reference) by share of the roster: patrol and traffic
 * are the big forces, river keepers a few in the outskirts.
 */
const MIX_TEXT = '02:25 01:11 03:10 04:10 12:8 15:6 16:5 07:4 09:4 10:3 13:3 05:2.5 08:2.5 11:2 06:2 14:1.5';
const OUTER_DISTRICTS = new Set(
  words('110109 110111 110112 110113 110114 110115 110116 110117 110118 110119'),
);
const OLD_CITY = new Set(['110101', '110102']);

function mixFor(district: string): WeightedTable<string> {
  return weightedTable(
    parseWeights(MIX_TEXT).map(([code, w]) => {
      if (OUTER_DISTRICTS.has(district) && (code === '13' || code === '14')) return [code, w * 3] as const;
      if (OLD_CITY.has(district) && (code === '01' || code === '15')) return [code, w * 1.5] as const;
      return [code, w] as const;
    }),
  );
}
const MIXES = new Map<string, WeightedTable<string>>();
function categoryCode(rng: Rng, district: string): string {
  let mix = MIXES.get(district);
  if (!mix) MIXES.set(district, (mix = mixFor(district)));
  return rng.fromTable(mix);
}

/** Department code of each category code (as in shared/coordinators/reference). */
const DEPARTMENT_OF: Record<string, string> = {
  '01': '01',
  '02': '01',
  '03': '01',
  '04': '02',
  '05': '03',
  '06': '04',
  '07': '05',
  '08': '06',
  '09': '07',
  '10': '07',
  '11': '08',
  '12': '09',
  '13': '10',
  '14': '11',
  '15': '12',
  '16': '13',
};

/** Share of women by category: patrols and traffic mostly men, care work mostly women. */
const FEMALE_SHARE: Record<string, number> = {
  '01': 0.25,
  '02': 0.15,
  '03': 0.45,
  '04': 0.25,
  '05': 0.6,
  '06': 0.7,
  '07': 0.75,
  '08': 0.65,
  '09': 0.3,
  '10': 0.2,
  '11': 0.5,
  '12': 0.55,
  '13': 0.35,
  '14': 0.2,
  '15': 0.3,
  '16': 0.5,
};

/** Skills people list, by category, and some anyone may have. */
const SKILLS: Record<string, readonly string[]> = {
  '01': words('交通指挥 驾驶证C1'),
  '02': words('治安巡逻 急救培训 对讲机使用'),
  '03': words('出租房屋登记 人口信息采集'),
  '04': words('市容巡查 执法记录仪使用'),
  '05': words('劳动政策咨询 就业登记'),
  '06': words('手语 康复护理'),
  '07': words('养老护理员 急救培训'),
  '08': words('健康宣教 急救培训'),
  '09': words('安全生产管理 隐患排查'),
  '10': words('消防设施操作 消防安全管理'),
  '11': words('食品安全管理员 快检'),
  '12': words('垃圾分类指导 宣传动员'),
  '13': words('园林绿化工 植保'),
  '14': words('水上救生 河道巡护'),
  '15': words('停车收费 驾驶证C1'),
  '16': words('计算机操作 调解员培训 宣传动员'),
};
const COMMON_SKILLS = words('计算机操作 普通话 心理疏导 无人机操作 电工证 英语会话');
const NOTES = words('熟悉辖区老旧小区 可承担夜间巡逻 退役军人 曾获区级优秀协管员 党员 熟悉胡同院落');

/** Beijing-born coordinators carry their district's code; old 东城/西城 cards the retired ones. */
const RETIRED_CODE: Record<string, string> = { '110101': '110103', '110102': '110104' };
/** Counties elsewhere (GB/T 2260) people came from: Hebei, Tianjin, Shandong, Henan … */
const ELSEWHERE = words(
  '130102 130602 131002 130202 120101 370102 410105 140105 230102 210102 150102 340102 420102 130902',
);

/**
 * A resident ID that is unique across the city by construction, so a street comes out the
 * same alone or inside the city. The 3-digit sequence code (odd for men) is where streets
 * keep apart: of its 500 values per gender, Beijing-born IDs take ten per street, chosen by
 * the street's place in its district; IDs from elsewhere one per street, by its place in the
 * city. A fixed shuffle of the 500 values (SCRAMBLE, the same for every seed) spreads a
 * street's ten over the range, so a street's IDs do not all end alike. Repeats within the
 * street are drawn again.
 */
const SEQUENCE_ORDER = rngFor(0, 'resident-id-sequence').shuffle(Array.from({ length: 500 }, (_, i) => i));
const SCRAMBLE = (slot: number) => SEQUENCE_ORDER[slot]!;
function residentId(
  rng: Rng,
  ctx: StreetPeopleContext,
  gender: 'male' | 'female',
  birth: number,
  birthYear: number,
): string {
  const g = gender === 'male' ? 1 : 0;
  for (;;) {
    let region: string;
    let slot: number;
    if (rng.chance(0.86)) {
      const retired = RETIRED_CODE[ctx.districtCode];
      region = retired && birthYear < 1990 && rng.chance(0.35) ? retired : ctx.districtCode;
      slot = ctx.indexInDistrict + 50 * rng.int(0, 9);
    } else {
      region = rng.pick(ELSEWHERE);
      slot = ctx.indexInCity;
    }
    const sequence = SCRAMBLE(slot) * 2 + g;
    const first17 = region + isoDate(birth).replaceAll('-', '') + String(sequence).padStart(3, '0');
    const id = first17 + checkCharacter(first17);
    if (!ctx.usedIds.has(id)) {
      ctx.usedIds.add(id);
      return id;
    }
    birth += rng.int(1, 30);
  }
}

const generationOf = (birthYear: number): Generation =>
  birthYear < 1966 ? 'older' : birthYear < 1986 ? 'middle' : 'younger';

const STATUS = weightedTable<CoordinatorStatus>([
  ['active', 92],
  ['onLeave', 2.5],
  ['suspended', 1.5],
  ['left', 4],
]);

/** Earliest hiring date of the demo (the first coordinator forces were built up from 2006). */
const FIRST_HIRING = dayNumber('2006-01-01');

export function makeCoordinator(rng: Rng, ids: IdSource, ctx: StreetPeopleContext): Coordinator {
  const category = categoryCode(rng, ctx.districtCode);
  // Ages 23–59, most in their forties (many joined through re-employment schemes).
  const age = Math.min(59, Math.max(23, Math.round(rng.normal(44, 8))));
  const birth = addYears(ctx.today, -age) - rng.int(0, 364);
  const birthYear = Number(isoDate(birth).slice(0, 4));
  const { name, gender } = personName(rng, generationOf(birthYear), FEMALE_SHARE[category]);
  const residentIdValue = residentId(rng, ctx, gender, birth, birthYear);
  const earliest = Math.max(FIRST_HIRING, addYears(birth, 20));
  const hiredOn = isoDate(rng.int(Math.min(earliest, ctx.today - 30), ctx.today - 30));
  const coordinator: Coordinator = {
    id: ids.id(),
    orgPath: `${ctx.districtCode}/${ctx.streetCode}`,
    name,
    gender,
    residentId: residentIdValue,
    categoryId: categoryRefId(category),
    departmentId: departmentRefId(DEPARTMENT_OF[category]!),
    homeStreet: ctx.streetCode,
    status: rng.fromTable(STATUS),
    hiredOn,
    skills: [],
  };
  // A few records lack a phone, as imported rosters do.
  if (rng.chance(0.97)) coordinator.mobile = mobileNumber(rng);
  const skillCount = rng.weighted([
    [0, 3],
    [1, 4],
    [2, 2],
    [3, 1],
  ] as const);
  const pool = [...SKILLS[category]!, ...COMMON_SKILLS];
  coordinator.skills = rng.shuffle(pool).slice(0, skillCount);
  if (rng.chance(0.02)) coordinator.notes = rng.pick(NOTES);
  return coordinator;
}

/** The category code of a generated coordinator (its reference id back to the code). */
export const CATEGORY_CODES: readonly string[] = Object.keys(DEPARTMENT_OF);
export const CATEGORY_CODE_BY_ID: ReadonlyMap<string, string> = new Map(
  CATEGORY_CODES.map((code) => [categoryRefId(code), code]),
);
