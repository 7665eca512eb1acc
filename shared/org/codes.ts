import type { OrgLevel } from '../model/org';

/**
 * Statistical division codes (统计用区划代码) as DOMAIN.md describes them:
 * district 6 digits (1101xx), street/township 9 (district + 3), community/village 12
 * (street + 3: 001–199 居委会, 200–399 村委会), grid 15 (community + 3, our design).
 */
export const CODE_LENGTH: Record<OrgLevel, number> = {
  district: 6,
  street: 9,
  community: 12,
  village: 12,
  grid: 15,
};

/** Problems a code can have; each maps to a message in both languages. */
export type OrgCodeIssue =
  | 'org.code.required'
  | 'org.code.digits'
  | 'org.code.length'
  | 'org.code.parent'
  | 'org.code.zero'
  | 'org.code.communityRange'
  | 'org.code.villageRange'
  | 'org.code.district'
  | 'org.code.retired';

/** 110103 崇文区 and 110104 宣武区 were merged into 东城/西城 in 2010. */
const RETIRED_DISTRICTS = new Set(['110103', '110104']);

/** Checks a code for a unit at `level` under `parentCode`; returns the first problem or null. */
export function checkOrgCode(code: string, level: OrgLevel, parentCode?: string): OrgCodeIssue | null {
  if (code === '') return 'org.code.required';
  if (!/^\d+$/.test(code)) return 'org.code.digits';
  if (code.length !== CODE_LENGTH[level]) return 'org.code.length';
  if (level === 'district') {
    if (RETIRED_DISTRICTS.has(code)) return 'org.code.retired';
    if (!/^1101(0[1-9]|1[0-9])$/.test(code)) return 'org.code.district';
    return null;
  }
  if (parentCode !== undefined && !code.startsWith(parentCode)) return 'org.code.parent';
  const own = Number(code.slice(-3));
  if (own === 0) return 'org.code.zero';
  if (level === 'community' && own > 199) return 'org.code.communityRange';
  if (level === 'village' && (own < 200 || own > 399)) return 'org.code.villageRange';
  return null;
}

/** The level a well-formed code belongs to, from its length and own digits. */
export function levelOfCode(code: string): OrgLevel | null {
  switch (code.length) {
    case 6:
      return 'district';
    case 9:
      return 'street';
    case 12:
      return Number(code.slice(9)) >= 200 ? 'village' : 'community';
    case 15:
      return 'grid';
    default:
      return null;
  }
}

/** Township kind from a street's own three digits (统计用区划代码 rules). */
export type StreetKind = 'subdistrict' | 'town' | 'township' | 'other';
export function streetKindOfCode(code: string): StreetKind {
  const own = Number(code.slice(6, 9));
  if (own < 100) return 'subdistrict';
  if (own < 200) return 'town';
  if (own < 400) return 'township';
  return 'other';
}

/** The orgPath of the unit with this code: the codes of it and its ancestors, district first. */
export function orgPathOfCode(code: string): string {
  const parts: string[] = [];
  for (const len of [6, 9, 12, 15]) {
    if (code.length >= len) parts.push(code.slice(0, len));
  }
  return parts.join('/');
}

/** Whether `orgPath` lies inside `scope` (a prefix at a code boundary). Empty scope = whole city. */
export function isInScope(orgPath: string, scope: string): boolean {
  if (scope === '') return true;
  return orgPath === scope || orgPath.startsWith(scope + '/');
}

/** The code of the unit an orgPath names (its last segment). */
export function codeOfPath(orgPath: string): string {
  const i = orgPath.lastIndexOf('/');
  return i < 0 ? orgPath : orgPath.slice(i + 1);
}

/**
 * Next free code under a parent: the lowest own number in `range` not yet used.
 * Returns null when the range is full.
 */
export function nextChildCode(
  parentCode: string,
  usedCodes: Iterable<string>,
  range: readonly [number, number],
): string | null {
  const used = new Set<number>();
  for (const c of usedCodes) if (c.startsWith(parentCode)) used.add(Number(c.slice(parentCode.length)));
  for (let n = range[0]; n <= range[1]; n++) {
    if (!used.has(n)) return parentCode + String(n).padStart(3, '0');
  }
  return null;
}

export const CHILD_CODE_RANGE = {
  community: [1, 199],
  village: [200, 399],
  grid: [1, 999],
} as const;
