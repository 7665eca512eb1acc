import { compactText } from '../validation/text';

/**
 * Resident identity numbers (公民身份号码, GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd for men), and a check character from ISO 7064 MOD 11-2 (0–9 or X).
 * The old 15-digit form (birth year without century, no check) is recognised, converted
 * and flagged. Issue codes map to messages `errors.coordinator.residentId.<code>`.
 */
export type ResidentIdIssue =
  | 'coordinator.residentId.required'
  | 'coordinator.residentId.format'
  | 'coordinator.residentId.checksum'
  | 'coordinator.residentId.birthDate'
  | 'coordinator.residentId.region';

export interface ResidentIdInfo {
  /** The 18-character form, check character upper case. */
  id: string;
  /** `YYYY-MM-DD` */
  birthDate: string;
  gender: 'male' | 'female';
  /** Province-level code (11 = Beijing). */
  province: string;
  /** Given in the old 15-digit form and converted; worth a warning. */
  legacy15: boolean;
}

export type ResidentIdResult = ({ ok: true } & ResidentIdInfo) | { ok: false; issue: ResidentIdIssue };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * Province-level codes of GB/T 2260 (our design: checking the province, not every county,
 * because county codes change and old IDs keep retired ones — 110103 崇文区 is still valid on
 * cards issued before 2010).
 */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

function realDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Checks a resident ID as typed or imported (spaces, full-width digits, lower-case x are
 * tolerated). `today` bounds the birth date; pass it in (shared code never reads the clock).
 */
export function checkResidentId(value: string, today: string): ResidentIdResult {
  const raw = compactText(value).toUpperCase();
  if (raw === '') return { ok: false, issue: 'coordinator.residentId.required' };
  let id: string;
  let legacy15 = false;
  if (/^\d{15}$/.test(raw)) {
    // 15-digit cards predate 2000: every holder was born in the 1900s.
    const first17 = raw.slice(0, 6) + '19' + raw.slice(6);
    id = first17 + checkCharacter(first17);
    legacy15 = true;
  } else if (/^\d{17}[\dX]$/.test(raw)) {
    id = raw;
  } else {
    return { ok: false, issue: 'coordinator.residentId.format' };
  }
  if (!PROVINCES.has(id.slice(0, 2)) || id.slice(2, 6) === '0000')
    return { ok: false, issue: 'coordinator.residentId.region' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (y < 1900 || !realDate(y, m, d) || birthDate > today)
    return { ok: false, issue: 'coordinator.residentId.birthDate' };
  if (!legacy15 && checkCharacter(id.slice(0, 17)) !== id[17])
    return { ok: false, issue: 'coordinator.residentId.checksum' };
  return {
    ok: true,
    id,
    birthDate,
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    province: id.slice(0, 2),
    legacy15,
  };
}
