import { v5 as uuidv5 } from 'uuid';
import type { CategoryCoverage, CoordinatorCategory, Department } from '../model/coordinator';

/**
 * The shipped coordinator categories and guiding departments (DOMAIN.md: 16 categories from
 * 13 departments). Reference data, not code: every client starts with these rows and an
 * administrator may edit them (市级统筹: the city sets the categories).
 *
 * DOMAIN's table names 15 departments in brackets; the seed says 13. We follow the seed by
 * counting 公安交管 as part of 市公安局 (the traffic bureau is one of its bureaus) and 消防救援
 * under 应急管理 (the fire service moved there in 2018) — our modelling choice.
 */

/**
 * Shipped rows are made on no client, so their ids derive from their codes (UUIDv5) and every
 * client and the server agree on them without syncing. Same namespace as the reference
 * divisions (shared/ids.ts); the name says which kind of row.
 */
const REFERENCE_NAMESPACE = '4f0e1c52-8b0a-4d52-9f57-3a5d0c1e7b21';
export const departmentRefId = (code: string) => uuidv5(`department:${code}`, REFERENCE_NAMESPACE);
export const categoryRefId = (code: string) => uuidv5(`coordinatorCategory:${code}`, REFERENCE_NAMESPACE);

const DEPARTMENTS: ReadonlyArray<readonly [code: string, name: string]> = [
  ['01', '市公安局'],
  ['02', '市城市管理综合行政执法局'],
  ['03', '市人力资源和社会保障局'],
  ['04', '市残疾人联合会'],
  ['05', '市民政局'],
  ['06', '市卫生健康委员会'],
  ['07', '市应急管理局'],
  ['08', '市市场监督管理局'],
  ['09', '市城市管理委员会'],
  ['10', '市园林绿化局'],
  ['11', '市水务局'],
  ['12', '市交通委员会'],
  ['13', '市文化和旅游局'],
];

/**
 * Where each category must be present (design): 治安巡防员 in every grid; the categories
 * whose work is in every neighbourhood — rental housing, city management, waste sorting,
 * elderly help — in every community; the rest go where work calls for them.
 */
const CATEGORIES: ReadonlyArray<
  readonly [code: string, name: string, departmentCode: string, coverage: CategoryCoverage]
> = [
  ['01', '交通协管员', '01', 'onDemand'],
  ['02', '治安巡防员', '01', 'grid'],
  ['03', '流动人口和出租房屋管理员', '01', 'community'],
  ['04', '城管协管员', '02', 'community'],
  ['05', '劳动保障协管员', '03', 'onDemand'],
  ['06', '助残员', '04', 'onDemand'],
  ['07', '助老员', '05', 'community'],
  ['08', '卫生健康协管员', '06', 'onDemand'],
  ['09', '安全生产协管员', '07', 'onDemand'],
  ['10', '消防安全员', '07', 'onDemand'],
  ['11', '食品药品安全协管员', '08', 'onDemand'],
  ['12', '垃圾分类协管员', '09', 'community'],
  ['13', '园林绿化协管员', '10', 'onDemand'],
  ['14', '河湖管护员', '11', 'onDemand'],
  ['15', '停车管理员', '12', 'onDemand'],
  ['16', '综合协管员', '13', 'onDemand'],
];

/** Reference rows belong to the whole city. */
const CITY_PATH = '';

export function defaultDepartments(): Department[] {
  return DEPARTMENTS.map(([code, name]) => ({ id: departmentRefId(code), orgPath: CITY_PATH, code, name }));
}

export function defaultCategories(): CoordinatorCategory[] {
  return CATEGORIES.map(([code, name, department, coverage]) => ({
    id: categoryRefId(code),
    orgPath: CITY_PATH,
    code,
    name,
    departmentId: departmentRefId(department),
    coverage,
  }));
}
