import type { Place, PlaceHead, PlaceType } from '../model/place';
import { PLACE_TYPES } from '../model/place';
import { orgPathOfCode } from '../org/codes';
import { checkMobile } from '../validation/phone';
import { cleanText } from '../validation/text';
import type { Checked, Issue } from '../validation/issue';
import { checkPlaceCode } from './place-code';

/** What a form or an import row gives for a place, before checking. */
export interface PlaceInput {
  type: PlaceType;
  code: string;
  name: string;
  address: string;
  communityCode: string;
  gridCode?: string;
  parentId?: string;
  households: number;
  residents: number;
  head?: { name?: string; phone?: string; partyMember?: boolean; termStart?: string; termEnd?: string };
  workerId?: string;
  servicePointIds?: string[];
  demoYear?: number;
  lastVisitOn?: string;
  notes?: string;
}

/** Upper bounds that catch typing slips (南新园社区, the largest, has 8,500 households). */
export const MAX_PLACE_HOUSEHOLDS = 10_000;
export const MAX_PLACE_RESIDENTS = 50_000;

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s + 'T00:00:00Z'));
const isCount = (n: unknown, max: number) =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max;

/** Checks a place and returns the fields to store (without id), or every problem found. */
export function validatePlace(input: PlaceInput): Checked<Omit<Place, 'id'>> {
  const issues: Issue[] = [];
  const text = (v: string | undefined) => (v === undefined ? '' : cleanText(v));
  const communityCode = text(input.communityCode);
  const code = text(input.code);
  const name = text(input.name);
  const address = text(input.address);
  const gridCode = text(input.gridCode) || undefined;

  if (!PLACE_TYPES.includes(input.type)) issues.push({ field: 'type', code: 'place.typeRequired' });
  if (!/^\d{12}$/.test(communityCode))
    issues.push({ field: 'communityCode', code: 'place.communityRequired' });
  const codeIssue = checkPlaceCode(code, communityCode || undefined);
  if (codeIssue) issues.push({ field: 'code', code: codeIssue, values: { community: communityCode } });
  if (name === '') issues.push({ field: 'name', code: 'place.nameRequired' });
  if (address === '') issues.push({ field: 'address', code: 'place.addressRequired' });
  if (gridCode !== undefined && !(gridCode.length === 15 && gridCode.startsWith(communityCode))) {
    issues.push({ field: 'gridCode', code: 'place.gridOutside' });
  }
  if (input.type === 'gate' && !input.parentId)
    issues.push({ field: 'parentId', code: 'place.gateNeedsParent' });
  if (!isCount(input.households, MAX_PLACE_HOUSEHOLDS)) {
    issues.push({ field: 'households', code: 'place.count', values: { max: MAX_PLACE_HOUSEHOLDS } });
  }
  if (!isCount(input.residents, MAX_PLACE_RESIDENTS)) {
    issues.push({ field: 'residents', code: 'place.count', values: { max: MAX_PLACE_RESIDENTS } });
  }

  let head: PlaceHead | undefined;
  const h = input.head;
  const headName = text(h?.name);
  const headPhone = text(h?.phone);
  if (headName !== '' || headPhone !== '') {
    if (headName === '') issues.push({ field: 'head.name', code: 'place.headNameRequired' });
    const phone = checkMobile(headPhone);
    if ('issue' in phone) issues.push({ field: 'head.phone', code: phone.issue });
    const termStart = text(h?.termStart) || undefined;
    const termEnd = text(h?.termEnd) || undefined;
    if (termStart && !isDate(termStart)) issues.push({ field: 'head.termStart', code: 'date.format' });
    if (termEnd && !isDate(termEnd)) issues.push({ field: 'head.termEnd', code: 'date.format' });
    if (termStart && termEnd && termEnd < termStart)
      issues.push({ field: 'head.termEnd', code: 'place.termOrder' });
    if ('phone' in phone) {
      head = { name: headName, phone: phone.phone, partyMember: h?.partyMember === true };
      if (termStart) head.termStart = termStart;
      if (termEnd) head.termEnd = termEnd;
    }
  }
  const lastVisitOn = text(input.lastVisitOn) || undefined;
  if (lastVisitOn && !isDate(lastVisitOn)) issues.push({ field: 'lastVisitOn', code: 'date.format' });
  if (
    input.demoYear !== undefined &&
    !(Number.isInteger(input.demoYear) && input.demoYear >= 2000 && input.demoYear <= 2100)
  ) {
    issues.push({ field: 'demoYear', code: 'place.demoYear' });
  }
  if (issues.length > 0) return { ok: false, issues };

  const value: Omit<Place, 'id'> = {
    orgPath: orgPathOfCode(gridCode ?? communityCode),
    code,
    type: input.type,
    name,
    address,
    households: input.households,
    residents: input.residents,
    servicePointIds: [...new Set(input.servicePointIds ?? [])],
  };
  if (gridCode) value.gridCode = gridCode;
  if (input.type === 'gate' && input.parentId) value.parentId = input.parentId;
  if (head) value.head = head;
  if (input.workerId) value.workerId = input.workerId;
  if (input.demoYear !== undefined) value.demoYear = input.demoYear;
  if (lastVisitOn) value.lastVisitOn = lastVisitOn;
  const notes = text(input.notes);
  if (notes) value.notes = notes;
  return { ok: true, value };
}
