import { checkCharacter } from '../coordinators/resident-id';
import { addYears, dayNumber, isoDate } from '../demo/dates';
import { personName } from '../demo/names';
import { mobileNumber } from '../demo/phones';
import { rngFor } from '../demo/rng';
import { BEIJING_DIVISIONS } from '../org/beijing-divisions';
import type { CellInput, TableColumn } from './xlsx-writer';

/**
 * A coordinator roster as districts keep it — fifteen columns, some we import and some we do
 * not (序号, 民族, 出生日期) — generated from a seed, for tests and the 240,000-row benchmark.
 * IDs are real-looking (region, birth date, sequence, check character) and unique.
 */

/** The categories and departments of DOMAIN.md (design), as reference rows for tests and benchmarks. */
export const SAMPLE_CATEGORIES: readonly { code: string; name: string; department: string }[] = [
  { code: 'C01', name: '交通协管员', department: '公安交管' },
  { code: 'C02', name: '治安巡防员', department: '公安' },
  { code: 'C03', name: '流动人口和出租房屋管理员', department: '公安' },
  { code: 'C04', name: '城管协管员', department: '城管执法' },
  { code: 'C05', name: '劳动保障协管员', department: '人社' },
  { code: 'C06', name: '助残员', department: '残联' },
  { code: 'C07', name: '助老员', department: '民政' },
  { code: 'C08', name: '卫生健康协管员', department: '卫健' },
  { code: 'C09', name: '安全生产协管员', department: '应急管理' },
  { code: 'C10', name: '消防安全员', department: '消防救援' },
  { code: 'C11', name: '食品药品安全协管员', department: '市场监管' },
  { code: 'C12', name: '垃圾分类协管员', department: '城管委' },
  { code: 'C13', name: '园林绿化协管员', department: '园林绿化' },
  { code: 'C14', name: '河湖管护员', department: '水务' },
  { code: 'C15', name: '停车管理员', department: '交通委' },
  { code: 'C16', name: '综合协管员', department: '文旅' },
];

export const SAMPLE_DEPARTMENTS: readonly string[] = [...new Set(SAMPLE_CATEGORIES.map((c) => c.department))];

export const ROSTER_COLUMNS: readonly TableColumn[] = [
  { header: '序号', kind: 'number', width: 8 },
  { header: '姓名', kind: 'text', width: 10 },
  { header: '性别', kind: 'text', width: 6 },
  { header: '民族', kind: 'text', width: 8 },
  { header: '公民身份号码', kind: 'text', width: 21 },
  { header: '出生日期', kind: 'date', width: 12 },
  { header: '手机号码', kind: 'text', width: 14 },
  { header: '协管员类别', kind: 'text', width: 22 },
  { header: '指导部门', kind: 'text', width: 12 },
  { header: '所属区', kind: 'text', width: 10 },
  { header: '所属街道', kind: 'text', width: 14 },
  { header: '入职日期', kind: 'date', width: 12 },
  { header: '在岗状态', kind: 'text', width: 8 },
  { header: '技能特长', kind: 'text', width: 16 },
  { header: '备注', kind: 'text', width: 20 },
];

const ETHNIC = ['汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '满族', '回族', '蒙古族'];
const SKILLS = ['驾驶', '急救', '消防', '调解', '计算机', '外语', '电工', '心理咨询'];
const STATUS = ['在岗', '在岗', '在岗', '在岗', '在岗', '在岗', '在岗', '在岗', '在岗', '休假', '停岗'];

export interface RosterOptions {
  seed: number;
  rows: number;
  /** Street codes to spread the roster over; default every street. */
  streets?: readonly string[];
  /** Day the roster is made, `YYYY-MM-DD` (bounds birth and hire dates). */
  today?: string;
}

/** Rows of the roster (without the header), one coordinator each. */
export function* rosterRows(options: RosterOptions): Generator<CellInput[]> {
  const rng = rngFor(options.seed, 'excel:roster');
  const streets = (
    options.streets ?? BEIJING_DIVISIONS.filter((d) => d.level === 'street').map((d) => d.code)
  ).map((code) => BEIJING_DIVISIONS.find((d) => d.code === code)!);
  const districtName = new Map(
    BEIJING_DIVISIONS.filter((d) => d.level === 'district').map((d) => [d.code, d.name]),
  );
  const today = dayNumber(options.today ?? '2026-11-01');
  const oldest = addYears(today, -62);
  const youngest = addYears(today, -20);
  const used = new Set<string>();
  for (let i = 0; i < options.rows; i++) {
    const street = streets[rng.int(0, streets.length - 1)]!;
    const person = personName(rng, rng.chance(0.5) ? 'middle' : 'younger', 0.45);
    const region = rng.chance(0.85)
      ? street.parentCode
      : rng.pick(['130102', '370102', '410105', '120101', '210102']);
    const birth = isoDate(rng.int(oldest, youngest));
    let id: string;
    do {
      const seq = rng.int(0, 499) * 2 + (person.gender === 'male' ? 1 : 0);
      const first17 = region + birth.replace(/-/g, '') + String(seq).padStart(3, '0');
      id = first17 + checkCharacter(first17);
    } while (used.has(id));
    used.add(id);
    const category = rng.pick(SAMPLE_CATEGORIES);
    const skills = rng.chance(0.4)
      ? [...new Set([rng.pick(SKILLS), rng.pick(SKILLS)])].join('、')
      : undefined;
    yield [
      i + 1,
      person.name,
      person.gender === 'male' ? '男' : '女',
      rng.pick(ETHNIC),
      id,
      birth,
      mobileNumber(rng),
      category.name,
      category.department,
      districtName.get(street.parentCode),
      street.name,
      isoDate(rng.int(Math.max(addYears(today, -15), dayNumber(birth) + 18 * 366), today - 30)),
      rng.pick(STATUS),
      skills,
      rng.chance(0.05) ? '2024年度优秀协管员' : undefined,
    ];
  }
}
