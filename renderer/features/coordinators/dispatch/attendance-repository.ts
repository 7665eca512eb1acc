import type { Attendance, AttendanceMark } from '@shared/model/coordinator';
import { ATTENDANCE_MARKS } from '@shared/model/coordinator';
import { isDay, monthRange } from '@shared/coordinators/days';
import { canWriteRecord, type SessionUser } from '@shared/auth/roles';
import type { Issue } from '@shared/validation/issue';
import type { StreetDeskDb } from '../../../db';
import { putRecord } from '../../../db/records';
import { newId } from '@shared/ids';
import { InputError, RefusedError } from '../../../app/input-error';

export interface AttendanceInput {
  coordinatorId: string;
  date: string;
  mark: AttendanceMark;
  coveredCoordinatorId?: string;
  reports?: number;
  handledInTime?: number;
}

type User = Pick<SessionUser, 'role' | 'scope'>;

const count = (n: number | undefined) => (n === undefined || n === null ? undefined : n);

function check(input: AttendanceInput, today: string): Issue[] {
  const issues: Issue[] = [];
  if (!ATTENDANCE_MARKS.includes(input.mark))
    issues.push({ field: 'mark', code: 'dispatch.attendanceMarkRequired' });
  if (!isDay(input.date)) issues.push({ field: 'date', code: 'date.format' });
  else if (input.date > today) issues.push({ field: 'date', code: 'dispatch.attendanceFuture' });
  if (input.mark === 'cover') {
    if (!input.coveredCoordinatorId)
      issues.push({ field: 'coveredCoordinatorId', code: 'dispatch.coveredRequired' });
    else if (input.coveredCoordinatorId === input.coordinatorId)
      issues.push({ field: 'coveredCoordinatorId', code: 'dispatch.coveredSelf' });
  }
  if ((input.handledInTime ?? 0) > (input.reports ?? 0))
    issues.push({ field: 'handledInTime', code: 'dispatch.handledOverReports' });
  return issues;
}

/**
 * Records a coordinator's day: one record per coordinator and day, so a second entry for the
 * same day changes the first. The record lives in the coordinator's street (orgPath), where
 * the monthly summary counts it even after a later transfer.
 */
export async function saveAttendance(
  db: StreetDeskDb,
  user: User,
  input: AttendanceInput,
  today: string,
): Promise<Attendance> {
  const issues = check(input, today);
  if (issues.length > 0) throw InputError.fromIssues(issues);
  const coordinator = await db.coordinators.get(input.coordinatorId);
  if (!coordinator) throw new RefusedError('errors.dispatch.coordinatorMissing');
  const existing = await db.attendance
    .where('[coordinatorId+date]')
    .equals([input.coordinatorId, input.date])
    .first();
  const orgPath = existing?.orgPath ?? coordinator.orgPath;
  if (!canWriteRecord(user, 'attendance', orgPath)) throw new RefusedError('errors.dispatch.outOfScope');
  const worked = input.mark === 'present' || input.mark === 'cover';
  const value: Omit<Attendance, 'id'> = {
    orgPath,
    coordinatorId: input.coordinatorId,
    date: input.date,
    mark: input.mark,
  };
  if (input.mark === 'cover') value.coveredCoordinatorId = input.coveredCoordinatorId;
  if (worked && count(input.reports) !== undefined) value.reports = input.reports;
  if (worked && count(input.handledInTime) !== undefined) value.handledInTime = input.handledInTime;
  return putRecord(db.attendance, value, existing?.id);
}

/**
 * 全部出勤: marks present, on one day, every one of `coordinatorIds` with no record that day;
 * the marks already made (leave, absence, covering) stay. One transaction; returns how many
 * were marked. Refused outside the user's scope like a single mark.
 */
export async function markPresent(
  db: StreetDeskDb,
  user: User,
  coordinatorIds: readonly string[],
  date: string,
  today: string,
): Promise<number> {
  const issues = check({ coordinatorId: '', date, mark: 'present' }, today);
  if (issues.length > 0) throw InputError.fromIssues(issues);
  return db.transaction('rw', db.coordinators, db.attendance, async () => {
    const [people, marked] = await Promise.all([
      db.coordinators.bulkGet([...coordinatorIds]),
      db.attendance
        .where('[coordinatorId+date]')
        .anyOf(coordinatorIds.map((id) => [id, date]))
        .primaryKeys(),
    ]);
    const done = new Set(
      (await db.attendance.bulkGet(marked)).filter((r) => r !== undefined).map((r) => r.coordinatorId),
    );
    const rows: Omit<Attendance, 'id'>[] = [];
    for (const c of people) {
      if (!c || done.has(c.id)) continue;
      if (!canWriteRecord(user, 'attendance', c.orgPath))
        throw new RefusedError('errors.dispatch.outOfScope');
      rows.push({ orgPath: c.orgPath, coordinatorId: c.id, date, mark: 'present' });
    }
    await db.attendance.bulkAdd(rows.map((row) => ({ ...row, id: newId() })));
    return rows.length;
  });
}

export async function clearAttendance(db: StreetDeskDb, user: User, id: string): Promise<void> {
  const row = await db.attendance.get(id);
  if (!row) return;
  if (!canWriteRecord(user, 'attendance', row.orgPath)) throw new RefusedError('errors.dispatch.outOfScope');
  await db.attendance.delete(id);
}

/** Every record of a month in the given streets (orgPaths of streets). */
export async function attendanceOfMonth(
  db: StreetDeskDb,
  streetPaths: readonly string[],
  month: string,
): Promise<Attendance[]> {
  const { from, to } = monthRange(month);
  const parts = await Promise.all(
    streetPaths.map((street) =>
      db.attendance.where('[orgPath+date]').between([street, from], [street, to], true, true).toArray(),
    ),
  );
  return parts.flat();
}
