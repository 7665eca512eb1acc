import { COORDINATOR_STATUSES, type Coordinator, type CoordinatorStatus } from '../model/coordinator';
import { orgPathOfCode } from '../org/codes';
import { checkMobile } from '../validation/phone';
import { cleanText } from '../validation/text';
import type { Checked, Issue } from '../validation/issue';
import { checkResidentId } from './resident-id';
import { isDay } from './days';

/** What a form or an import row gives for a coordinator, before checking. */
export interface CoordinatorInput {
  name: string;
  /** Read from the resident ID when absent; a different one given is refused. */
  gender?: 'male' | 'female';
  residentId: string;
  mobile?: string;
  categoryId: string;
  departmentId: string;
  /** Street code, 9 digits. */
  homeStreet: string;
  status?: CoordinatorStatus;
  hiredOn?: string;
  skills?: readonly string[];
  notes?: string;
}

/** Limits that catch slips and pasted paragraphs, not rules of the roster. */
export const MAX_SKILLS = 12;
export const MAX_SKILL_LENGTH = 20;
export const MAX_NOTES_LENGTH = 500;

/**
 * Checks a coordinator and returns the fields to store (without id and transfers), or every
 * problem found. `today` bounds birth and hiring dates (shared code never reads the clock).
 * A 15-digit ID is accepted and stored converted to 18 digits; the form warns about it.
 */
export function validateCoordinator(
  input: CoordinatorInput,
  today: string,
): Checked<Omit<Coordinator, 'id' | 'transfers'>> {
  const issues: Issue[] = [];
  const text = (v: string | undefined) => (v === undefined ? '' : cleanText(v));
  const name = text(input.name);
  if (name === '') issues.push({ field: 'name', code: 'coordinator.nameRequired' });

  const id = checkResidentId(input.residentId ?? '', today);
  if (!id.ok) issues.push({ field: 'residentId', code: id.issue });
  if (id.ok && input.gender && input.gender !== id.gender)
    issues.push({ field: 'gender', code: 'coordinator.genderMismatch' });

  let mobile: string | undefined;
  if (text(input.mobile) !== '') {
    const phone = checkMobile(input.mobile!);
    if ('issue' in phone) issues.push({ field: 'mobile', code: phone.issue });
    else mobile = phone.phone;
  }

  const categoryId = text(input.categoryId);
  if (categoryId === '') issues.push({ field: 'categoryId', code: 'coordinator.categoryRequired' });
  const departmentId = text(input.departmentId);
  if (departmentId === '') issues.push({ field: 'departmentId', code: 'coordinator.departmentRequired' });
  const homeStreet = text(input.homeStreet);
  if (!/^\d{9}$/.test(homeStreet)) issues.push({ field: 'homeStreet', code: 'coordinator.streetRequired' });

  const status = input.status ?? 'active';
  if (!COORDINATOR_STATUSES.includes(status))
    issues.push({ field: 'status', code: 'coordinator.statusRequired' });

  const hiredOn = text(input.hiredOn) || undefined;
  if (hiredOn !== undefined) {
    if (!isDay(hiredOn)) issues.push({ field: 'hiredOn', code: 'date.format' });
    else if (hiredOn > today) issues.push({ field: 'hiredOn', code: 'coordinator.hiredInFuture' });
    else if (id.ok && hiredOn < id.birthDate)
      issues.push({ field: 'hiredOn', code: 'coordinator.hiredBeforeBirth' });
  }

  const skills = [...new Set((input.skills ?? []).map((s) => text(s)).filter((s) => s !== ''))];
  if (skills.length > MAX_SKILLS || skills.some((s) => s.length > MAX_SKILL_LENGTH))
    issues.push({
      field: 'skills',
      code: 'coordinator.skillsTooLong',
      values: { max: MAX_SKILLS, length: MAX_SKILL_LENGTH },
    });
  const notes = text(input.notes) || undefined;
  if (notes && notes.length > MAX_NOTES_LENGTH)
    issues.push({ field: 'notes', code: 'coordinator.notesTooLong', values: { max: MAX_NOTES_LENGTH } });

  if (issues.length > 0 || !id.ok) return { ok: false, issues };
  const value: Omit<Coordinator, 'id' | 'transfers'> = {
    orgPath: orgPathOfCode(homeStreet),
    name,
    gender: id.gender,
    residentId: id.id,
    categoryId,
    departmentId,
    homeStreet,
    status,
    skills,
  };
  if (mobile) value.mobile = mobile;
  if (hiredOn) value.hiredOn = hiredOn;
  if (notes) value.notes = notes;
  return { ok: true, value };
}
