import type { SessionUser } from '@shared/auth/roles';
import { canWriteTable } from '@shared/auth/roles';
import type { ReportingMember, ServiceActivity } from '@shared/model/dual-report';
import { isInScope, orgPathOfCode } from '@shared/org/codes';
import {
  checkActivity,
  checkMember,
  type ActivityInput,
  type MemberInput,
} from '@shared/whistles/dual-report-checks';
import type { StreetDeskDb } from '../../db';
import { deleteRecords, planDelete, type DeletePlan } from '../../db/references';
import { putRecord } from '../../db/records';
import { InputError, RefusedError } from '../../app/input-error';

type Actor = Pick<SessionUser, 'role'>;

function mayWrite(actor: Actor) {
  if (!canWriteTable(actor.role, 'reportingMembers')) throw new RefusedError('errors.dualReport.notWritable');
}

/**
 * The register of a scope and its activities. A street holds a few hundred members and some
 * thousands of activities a year: both are read whole and filtered by scope in memory, as the
 * figures need every activity of every member anyway.
 */
export async function dualReportData(
  db: StreetDeskDb,
  scope: string,
): Promise<{ members: ReportingMember[]; activities: ServiceActivity[] }> {
  const [members, activities] = await Promise.all([
    db.reportingMembers.toArray(),
    db.serviceActivities.toArray(),
  ]);
  const inScope = (r: { orgPath: string; deleted?: boolean }) =>
    !r.deleted && (!scope || isInScope(r.orgPath, scope));
  return {
    // Units first, then people, each by name: how the registers are kept.
    members: members
      .filter(inScope)
      .sort((a, b) =>
        a.kind === b.kind ? a.name.localeCompare(b.name, 'zh-CN') : a.kind === 'organisation' ? -1 : 1,
      ),
    activities: activities.filter(inScope),
  };
}

/** A member's activities, newest first. */
export async function activitiesOf(db: StreetDeskDb, memberId: string): Promise<ServiceActivity[]> {
  const rows = await db.serviceActivities.where('memberId').equals(memberId).toArray();
  return rows.filter((a) => !a.deleted).sort((a, b) => b.date.localeCompare(a.date));
}

/** Saves a member; a new one reports to `communityCode`, an existing one stays where it reports. */
export async function saveMember(
  db: StreetDeskDb,
  input: MemberInput & { communityCode?: string },
  actor: Actor,
  today: string,
  existingId?: string,
): Promise<ReportingMember> {
  mayWrite(actor);
  const existing = existingId ? await db.reportingMembers.get(existingId) : undefined;
  const checked = checkMember(input, today);
  const issues = checked.ok ? [] : [...checked.issues];
  if (!existing && !input.communityCode)
    issues.push({ field: 'communityCode', code: 'dualReport.communityRequired' });
  if (!checked.ok || issues.length > 0) throw InputError.fromIssues(issues);
  const orgPath = existing?.orgPath ?? orgPathOfCode(input.communityCode!);
  return putRecord(db.reportingMembers, { ...checked.value, orgPath }, existingId);
}

/** What deleting a member would take with it (its activities): what its confirmation says. */
export function planMemberDelete(db: StreetDeskDb, memberId: string): Promise<DeletePlan> {
  return planDelete(db, 'reportingMembers', [memberId]);
}

/** Deletes a member with its activities, by the reference rule. */
export async function deleteMember(db: StreetDeskDb, actor: Actor, id: string): Promise<void> {
  mayWrite(actor);
  await deleteRecords(db, 'reportingMembers', [id]);
}

/** Saves an activity of a member; it lives where its member reports. */
export async function saveActivity(
  db: StreetDeskDb,
  memberId: string,
  input: ActivityInput,
  actor: Actor,
  today: string,
  existingId?: string,
): Promise<ServiceActivity> {
  mayWrite(actor);
  const checked = checkActivity(input, today);
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  return db.transaction('rw', db.reportingMembers, db.serviceActivities, async () => {
    const member = await db.reportingMembers.get(memberId);
    if (!member) throw new RefusedError('errors.dualReport.memberGone');
    return putRecord(
      db.serviceActivities,
      { ...checked.value, memberId, orgPath: member.orgPath },
      existingId,
    );
  });
}

export async function deleteActivity(db: StreetDeskDb, actor: Actor, id: string): Promise<void> {
  mayWrite(actor);
  await deleteRecords(db, 'serviceActivities', [id]);
}
