import type { BurdenComplaint } from '../model/lists';
import { isDate } from '../calendar/dates';
import { orgPathOfCode } from '../org/codes';
import { cleanProse, cleanText } from '../validation/text';
import type { Checked, Issue } from '../validation/issue';

export interface BurdenComplaintInput {
  communityCode: string;
  department: string;
  ticketNumber?: string;
  accessRequestId?: string;
  task?: string;
  summary: string;
  receivedOn: string;
}

/** 12345 ticket numbers as the hotline prints them: digits, sometimes with a letter prefix. */
const TICKET = /^[A-Z]{0,4}\d{6,24}$/;

/**
 * Checks a residents' committee's complaint that it was given work never admitted (seed). It
 * belongs to the community that complained, and counts against the department.
 */
export function validateComplaint(
  input: BurdenComplaintInput,
  /** The request the complaint is about, when it names one: its sender is the department. */
  linkedRequest?: { requestingUnit: string },
): Checked<Omit<BurdenComplaint, 'id'>> {
  const issues: Issue[] = [];
  const field = (v: string | undefined) => cleanText(v ?? '');
  const communityCode = field(input.communityCode);
  const department = cleanProse(input.department);
  const ticketNumber = field(input.ticketNumber).replace(/[\s-]/g, '').toUpperCase();
  const summary = cleanProse(input.summary);
  const receivedOn = field(input.receivedOn);
  if (!/^\d{12}$/.test(communityCode))
    issues.push({ field: 'communityCode', code: 'access.complaint.communityRequired' });
  if (department === '') issues.push({ field: 'department', code: 'access.complaint.departmentRequired' });
  else if (linkedRequest && department !== linkedRequest.requestingUnit)
    issues.push({
      field: 'department',
      code: 'access.complaint.departmentNotRequests',
      values: { unit: linkedRequest.requestingUnit },
    });
  if (ticketNumber !== '' && !TICKET.test(ticketNumber))
    issues.push({ field: 'ticketNumber', code: 'access.complaint.ticketFormat' });
  if (summary === '') issues.push({ field: 'summary', code: 'access.complaint.summaryRequired' });
  if (!isDate(receivedOn)) issues.push({ field: 'receivedOn', code: 'date.format' });
  if (issues.length > 0) return { ok: false, issues };
  const value: Omit<BurdenComplaint, 'id'> = {
    orgPath: orgPathOfCode(communityCode),
    communityCode,
    department,
    summary,
    receivedOn,
  };
  if (ticketNumber) value.ticketNumber = ticketNumber;
  const accessRequestId = field(input.accessRequestId);
  if (accessRequestId) value.accessRequestId = accessRequestId;
  const task = cleanProse(input.task);
  if (task) value.task = task;
  return { ok: true, value };
}
