import type { AccessRequest, BurdenComplaint, HolidayYear, InfoSystem } from '@shared/model/lists';
import {
  validateAccessRequest,
  missingForSubmit,
  type AccessRequestInput,
} from '@shared/access/validate-request';
import {
  applyAction,
  isEditableRequest,
  redirectRequest,
  type AccessAction,
  type Actor,
  type RedirectInput,
} from '@shared/access/workflow';
import { validateComplaint, type BurdenComplaintInput } from '@shared/access/complaints';
import { validateInfoSystem, type InfoSystemInput } from '@shared/access/info-systems';
import { validateHolidayYear, type HolidayYearInput } from '@shared/calendar/validate-holiday-year';
import { holidayYearId } from '@shared/calendar/holiday-year-id';
import { db } from '../../db';
import { putRecord } from '../../db/records';
import { ticketOfNumber } from '../../db/ticket-lookup';
import { InputError, RefusedError } from '../../app/input-error';
import { deleteRecords } from '../../db/references';

/**
 * Writes of the access review. Requests belong to the street that reviews them, complaints
 * to the community that complained, registry rows to the street that keeps them, calendar
 * years to the city. Every write is captured for sync by the database.
 */

/** Saves a draft or a returned request; the workflow fields are kept as they are. */
export async function saveRequest(input: AccessRequestInput, existingId?: string): Promise<AccessRequest> {
  const checked = validateAccessRequest(input);
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  return db.transaction('rw', db.accessRequests, async () => {
    const previous = existingId ? await db.accessRequests.get(existingId) : undefined;
    if (previous && !isEditableRequest(previous.status))
      throw new RefusedError('errors.access.workflow.notEditable');
    const value: Omit<AccessRequest, 'id'> = {
      ...checked.value,
      status: previous?.status ?? 'draft',
      history: previous?.history ?? [],
    };
    if (previous?.redirectedTo) value.redirectedTo = previous.redirectedTo;
    return putRecord(db.accessRequests, value, existingId);
  });
}

/**
 * Takes one workflow step. A request goes to review only once the reviewer has what a
 * decision needs (shared/access/validate-request `missingForSubmit`).
 */
export async function actOnRequest(
  id: string,
  action: AccessAction,
  actor: Actor,
  reason: string | undefined,
  failedChecks: number,
): Promise<AccessRequest> {
  return db.transaction('rw', db.accessRequests, async () => {
    const request = await db.accessRequests.get(id);
    if (!request) throw new RefusedError('errors.access.workflow.notAllowed');
    if (action === 'submit') {
      const missing = missingForSubmit(request);
      if (missing.length > 0) throw new MissingFieldsError(missing.map((i) => i.field));
    }
    const next = applyAction(request, action, actor, reason, failedChecks);
    if (!next.ok) throw InputError.fromIssues(next.issues);
    await db.accessRequests.put(next.value);
    return next.value;
  });
}

/** A request that lacks what review needs: the fields, for the screen to name. */
export class MissingFieldsError extends Error {
  constructor(readonly fields: string[]) {
    super(`missing: ${fields.join(', ')}`);
    this.name = 'MissingFieldsError';
  }
}

export async function redirect(id: string, input: RedirectInput, actor: Actor): Promise<void> {
  await db.transaction('rw', db.accessRequests, async () => {
    const request = await db.accessRequests.get(id);
    if (!request) return;
    const next = redirectRequest(request, input, actor);
    if (!next.ok) throw InputError.fromIssues(next.issues);
    await db.accessRequests.put(next.value);
  });
}

/** Deletes a draft; anything submitted is a record of the procedure and stays. */
export async function deleteDraftRequest(id: string): Promise<void> {
  await deleteRecords(db, 'accessRequests', [id], async () => {
    const request = await db.accessRequests.get(id);
    if (request && request.status !== 'draft') throw new RefusedError('errors.access.workflow.notAllowed');
  });
}

export async function saveComplaint(
  input: BurdenComplaintInput,
  existingId?: string,
): Promise<BurdenComplaint> {
  const linked = input.accessRequestId ? await db.accessRequests.get(input.accessRequestId) : undefined;
  const checked = validateComplaint(input, linked);
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  return db.transaction('rw', db.burdenComplaints, db.tickets, async () => {
    const saved = await putRecord(db.burdenComplaints, checked.value, existingId);
    if (saved.ticketNumber) await linkTicket(saved);
    return saved;
  });
}

/**
 * A complaint that came in through 12345 is that ticket (issue 12: one register, not two): the
 * ticket of its number in the complaint's street is linked to it. Every role that registers
 * complaints also writes tickets. A ticket already linked keeps its link.
 */
async function linkTicket(complaint: BurdenComplaint): Promise<void> {
  if (!complaint.ticketNumber) return;
  const ticket = await ticketOfNumber(db, complaint.ticketNumber, complaint.orgPath);
  if (ticket && !ticket.burdenComplaintId)
    await db.tickets.update(ticket.id, { burdenComplaintId: complaint.id });
}

export async function deleteComplaint(id: string): Promise<void> {
  await db.burdenComplaints.delete(id);
}

export async function saveInfoSystem(input: InfoSystemInput, existingId?: string): Promise<InfoSystem> {
  const checked = validateInfoSystem(input);
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  return putRecord(db.infoSystems, checked.value, existingId);
}

export async function deleteInfoSystem(id: string): Promise<void> {
  await db.infoSystems.delete(id);
}

/**
 * Saves a year of the calendar. Its id comes from the year, so two offices that enter the
 * same year's notice write one row, merged by sync, not two rows that disagree.
 */
export async function saveHolidayYear(input: HolidayYearInput, isNew: boolean): Promise<HolidayYear> {
  const checked = validateHolidayYear(input);
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  const id = holidayYearId(checked.value.year);
  return db.transaction('rw', db.holidayYears, async () => {
    if (isNew && (await db.holidayYears.get(id)))
      throw InputError.of('year', 'errors.access.calendar.yearTaken', { year: checked.value.year });
    return putRecord(db.holidayYears, { ...checked.value, orgPath: '' }, id);
  });
}

/** Drops the stored row of a year: a shipped year returns to its shipped arrangement. */
export async function deleteHolidayYear(year: number): Promise<void> {
  await db.holidayYears.delete(holidayYearId(year));
}
