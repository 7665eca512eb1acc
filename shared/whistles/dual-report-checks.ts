import type { ReportingMember, ReportingMemberKind, ServiceActivity, UnitType } from '../model/dual-report';
import type { Checked, Issue } from '../validation/issue';
import { isDate } from '../calendar/dates';
import { checkMobile } from '../validation/phone';
import { cleanProse, cleanText } from '../validation/text';

/**
 * The rules of a 双报到 record. `today` is passed in (`YYYY-MM-DD`, the recording office's
 * day): a day after it is a typing mistake, and shared code never reads the clock.
 */
export const MAX_ACTIVITY_HOURS = 24;

export interface MemberInput {
  kind: ReportingMemberKind;
  name: string;
  unitType?: UnitType;
  contact?: string;
  employer?: string;
  phone?: string;
  reportedOn: string;
}

export type MemberFields = Omit<ReportingMember, 'id' | 'orgPath'>;

function checkDay(field: string, value: string | undefined, today: string, issues: Issue[]): void {
  if (!value || !isDate(value)) issues.push({ field, code: 'dualReport.dateRequired' });
  else if (value > today) issues.push({ field, code: 'dualReport.dateInFuture' });
}

/** A member: a name, a day it reported; an organisation keeps its type and contact, a party member their unit and mobile. */
export function checkMember(input: MemberInput, today: string): Checked<MemberFields> {
  const issues: Issue[] = [];
  const name = cleanText(input.name ?? '');
  if (!name) issues.push({ field: 'name', code: 'dualReport.nameRequired' });
  checkDay('reportedOn', input.reportedOn, today, issues);
  const value: MemberFields = { kind: input.kind, name, reportedOn: input.reportedOn };
  if (input.kind === 'organisation') {
    if (input.unitType) value.unitType = input.unitType;
    const contact = cleanText(input.contact ?? '');
    if (contact) value.contact = contact;
  } else {
    const employer = cleanText(input.employer ?? '');
    if (employer) value.employer = employer;
    if (cleanText(input.phone ?? '')) {
      const phone = checkMobile(input.phone ?? '');
      if ('issue' in phone) issues.push({ field: 'phone', code: phone.issue });
      else value.phone = phone.phone;
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

export interface ActivityInput {
  date: string;
  hours: number;
  content: string;
  placeId?: string;
  whistleId?: string;
}

export type ActivityFields = Omit<ServiceActivity, 'id' | 'orgPath' | 'memberId'>;

/** A service: a day not after today, hours above 0 and within a day, and what was done. */
export function checkActivity(input: ActivityInput, today: string): Checked<ActivityFields> {
  const issues: Issue[] = [];
  checkDay('date', input.date, today, issues);
  if (typeof input.hours !== 'number' || !(input.hours > 0 && input.hours <= MAX_ACTIVITY_HOURS))
    issues.push({ field: 'hours', code: 'dualReport.hoursRange', values: { max: MAX_ACTIVITY_HOURS } });
  const content = cleanProse(input.content);
  if (!content) issues.push({ field: 'content', code: 'dualReport.contentRequired' });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      date: input.date,
      hours: input.hours,
      content,
      ...(input.placeId ? { placeId: input.placeId } : {}),
      ...(input.whistleId ? { whistleId: input.whistleId } : {}),
    },
  };
}
