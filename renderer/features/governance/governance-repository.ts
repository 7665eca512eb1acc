import type { SessionUser } from '@shared/auth/roles';
import { canWriteTable } from '@shared/auth/roles';
import type { SyncedTable } from '@shared/model/record';
import type {
  Committee,
  CommitteeExemption,
  CommitteeLog,
  ConsultationMeeting,
  ConsultationTopic,
  DemoPoint,
  DemoPointStatus,
} from '@shared/model/governance';
import { isInScope, orgPathOfCode } from '@shared/org/codes';
import { communityCodeOf } from '@shared/org/paths';
import {
  checkCarryOut,
  checkClose,
  checkEvaluation,
  checkMeeting,
  checkTopic,
  escalate,
  newTopic,
  stepAfterMeetings,
  type MeetingInput,
  type TopicInput,
} from '@shared/governance/consultation';
import {
  checkCommittee,
  checkExemption,
  checkLog,
  type CommitteeInput,
  type LogInput,
} from '@shared/governance/committees';
import { changeStatus, checkDemoPoint, type DemoPointInput } from '@shared/governance/demo-points';
import type { Checked } from '@shared/validation/issue';
import type { StreetDeskDb } from '../../db';
import { deleteRecords, planDelete, referenceTables, type DeletePlan } from '../../db/references';
import { putRecord } from '../../db/records';
import { InputError, RefusedError } from '../../app/input-error';

type Actor = Pick<SessionUser, 'role'>;

function mayWrite(actor: Actor, table: SyncedTable) {
  if (!canWriteTable(actor.role, table)) throw new RefusedError('errors.governance.notWritable');
}

function valueOf<T>(checked: Checked<T>): T {
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  return checked.value;
}

const live = <T extends { deleted?: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
const inScope = (scope: string) => (r: { orgPath: string; deleted?: boolean }) =>
  !r.deleted && (!scope || isInScope(r.orgPath, scope));

function communityPath(communityCode: string | undefined): string {
  if (!communityCode)
    throw InputError.fromIssues([{ field: 'communityCode', code: 'governance.communityRequired' }]);
  return orgPathOfCode(communityCode);
}

// ——— 议事协商 ———

/**
 * The scope's topics, newest raised first. A street has some hundreds a year: read whole and
 * filtered in memory, as the list filters by step and level anyway.
 */
export async function topicsIn(db: StreetDeskDb, scope: string): Promise<ConsultationTopic[]> {
  const rows = await db.consultationTopics.orderBy('raisedOn').reverse().toArray();
  return rows.filter(inScope(scope));
}

/** A topic's meetings, oldest first: the order of its thread. */
export async function meetingsOf(db: StreetDeskDb, topicId: string): Promise<ConsultationMeeting[]> {
  const rows = await db.consultationMeetings.where('topicId').equals(topicId).toArray();
  return live(rows).sort((a, b) => a.date.localeCompare(b.date));
}

/** The topics that name a ticket: its card lists them. */
export async function topicsOfTicket(db: StreetDeskDb, ticketId: string): Promise<ConsultationTopic[]> {
  return live(await db.consultationTopics.where('ticketIds').equals(ticketId).toArray());
}

/** Raises a topic in a community (民事民提), or edits what was raised; its step and level stay. */
export async function saveTopic(
  db: StreetDeskDb,
  input: TopicInput & { communityCode?: string },
  actor: Actor,
  today: string,
  existingId?: string,
): Promise<ConsultationTopic> {
  mayWrite(actor, 'consultationTopics');
  const fields = valueOf(checkTopic(input, today));
  if (existingId) {
    return db.transaction('rw', db.consultationTopics, async () => {
      const existing = await db.consultationTopics.get(existingId);
      if (!existing || existing.deleted) throw new RefusedError('errors.governance.topicGone');
      const { description: _d, raisedBy: _r, committeeId: _c, ...kept } = existing;
      return putRecord(db.consultationTopics, { ...kept, ...fields }, existingId);
    });
  }
  const orgPath = communityPath(input.communityCode);
  return putRecord(db.consultationTopics, { ...newTopic(fields), orgPath });
}

async function liveTopic(db: StreetDeskDb, topicId: string): Promise<ConsultationTopic> {
  const topic = await db.consultationTopics.get(topicId);
  if (!topic || topic.deleted) throw new RefusedError('errors.governance.topicGone');
  return topic;
}

/**
 * Records a meeting (民事民议; 民事民决 when it decided with its vote). The topic's step follows
 * its meetings, in the same transaction.
 */
export async function saveMeeting(
  db: StreetDeskDb,
  topicId: string,
  input: MeetingInput,
  actor: Actor,
  today: string,
  existingId?: string,
): Promise<ConsultationMeeting> {
  mayWrite(actor, 'consultationMeetings');
  return db.transaction('rw', db.consultationTopics, db.consultationMeetings, async () => {
    const topic = await liveTopic(db, topicId);
    const fields = valueOf(checkMeeting(topic, input, today));
    const meeting = await putRecord(
      db.consultationMeetings,
      { ...fields, topicId, orgPath: topic.orgPath },
      existingId,
    );
    await followMeetings(db, topic);
    return meeting;
  });
}

async function followMeetings(db: StreetDeskDb, topic: ConsultationTopic): Promise<void> {
  const step = stepAfterMeetings(topic, await meetingsOf(db, topic.id));
  if (step !== topic.step) await db.consultationTopics.update(topic.id, { step });
}

/** Deletes a meeting; a topic whose only decision it held steps back to where its meetings leave it. */
export async function deleteMeeting(db: StreetDeskDb, actor: Actor, id: string): Promise<void> {
  mayWrite(actor, 'consultationMeetings');
  await db.transaction('rw', referenceTables(db), async () => {
    const meeting = await db.consultationMeetings.get(id);
    await deleteRecords(db, 'consultationMeetings', [id]);
    const topic = meeting && (await db.consultationTopics.get(meeting.topicId));
    if (topic && !topic.deleted) await followMeetings(db, topic);
  });
}

/** 民事民办: what was carried out, on a topic that was decided. */
export async function carryOut(
  db: StreetDeskDb,
  topicId: string,
  input: { on: string; summary: string },
  actor: Actor,
  today: string,
): Promise<void> {
  mayWrite(actor, 'consultationTopics');
  await db.transaction('rw', db.consultationTopics, db.consultationMeetings, async () => {
    const topic = await liveTopic(db, topicId);
    const carried = valueOf(checkCarryOut(topic, await meetingsOf(db, topicId), input, today));
    await db.consultationTopics.update(topicId, { carriedOut: carried, step: 'carryOut' });
  });
}

/** 民事民评: the residents' evaluation of what was carried out. */
export async function evaluateTopic(
  db: StreetDeskDb,
  topicId: string,
  input: { on: string; score: number; note?: string; by?: string },
  actor: Actor,
  today: string,
): Promise<void> {
  mayWrite(actor, 'consultationTopics');
  await db.transaction('rw', db.consultationTopics, async () => {
    const topic = await liveTopic(db, topicId);
    const evaluation = valueOf(checkEvaluation(topic, input, today));
    await db.consultationTopics.update(topicId, { evaluation, step: 'evaluate' });
  });
}

/** Sends a topic up the linkage with the reason: the same record, one level higher. */
export async function escalateTopic(
  db: StreetDeskDb,
  topicId: string,
  input: { reason: string; on: string; by?: string },
  actor: Actor,
  today: string,
): Promise<void> {
  mayWrite(actor, 'consultationTopics');
  await db.transaction('rw', db.consultationTopics, async () => {
    const topic = await liveTopic(db, topicId);
    await db.consultationTopics.update(topicId, valueOf(escalate(topic, input, today)));
  });
}

/** Closes a topic without carrying it out, with the reason. */
export async function closeTopic(
  db: StreetDeskDb,
  topicId: string,
  input: { on: string; reason: string },
  actor: Actor,
  today: string,
): Promise<void> {
  mayWrite(actor, 'consultationTopics');
  await db.transaction('rw', db.consultationTopics, async () => {
    const topic = await liveTopic(db, topicId);
    await db.consultationTopics.update(topicId, { closed: valueOf(checkClose(topic, input, today)) });
  });
}

export function planTopicDelete(db: StreetDeskDb, id: string): Promise<DeletePlan> {
  return planDelete(db, 'consultationTopics', [id]);
}

/** Deletes a topic with its meetings (the confirmation counts them); logs forget it. */
export async function deleteTopic(db: StreetDeskDb, actor: Actor, id: string): Promise<void> {
  mayWrite(actor, 'consultationTopics');
  await deleteRecords(db, 'consultationTopics', [id]);
}

// ——— The six committees ———

export interface CommitteeData {
  committees: Committee[];
  exemptions: CommitteeExemption[];
  logs: CommitteeLog[];
}

/** The scope's committees, their exemptions and logs: a street has a few dozen committees. */
export async function committeeData(db: StreetDeskDb, scope: string): Promise<CommitteeData> {
  const [committees, exemptions, logs] = await Promise.all([
    db.committees.toArray(),
    db.committeeExemptions.toArray(),
    db.committeeLogs.toArray(),
  ]);
  return {
    committees: committees.filter(inScope(scope)),
    exemptions: exemptions.filter(inScope(scope)),
    logs: logs.filter(inScope(scope)).sort((a, b) => b.date.localeCompare(a.date)),
  };
}

/** Forms a committee of a community, or edits its members; one of each kind per community. */
export async function saveCommittee(
  db: StreetDeskDb,
  input: CommitteeInput & { communityCode?: string },
  actor: Actor,
  today: string,
  existingId?: string,
): Promise<Committee> {
  mayWrite(actor, 'committees');
  return db.transaction('rw', db.committees, async () => {
    const existing = existingId ? await db.committees.get(existingId) : undefined;
    if (existingId && (!existing || existing.deleted))
      throw new RefusedError('errors.governance.committeeGone');
    const orgPath = existing?.orgPath ?? communityPath(input.communityCode);
    const code = communityCodeOf(orgPath);
    const taken = (await db.committees.toArray()).some(
      (c) =>
        !c.deleted && c.id !== existingId && c.kind === input.kind && communityCodeOf(c.orgPath) === code,
    );
    const fields = valueOf(checkCommittee(input, today, taken));
    return putRecord(db.committees, { ...fields, orgPath }, existingId);
  });
}

export function planCommitteeDelete(db: StreetDeskDb, id: string): Promise<DeletePlan> {
  return planDelete(db, 'committees', [id]);
}

/** Deletes a committee with its work log; topics it raised forget it. */
export async function deleteCommittee(db: StreetDeskDb, actor: Actor, id: string): Promise<void> {
  mayWrite(actor, 'committees');
  await deleteRecords(db, 'committees', [id]);
}

/** A work-log entry of a committee; it lives where its committee does. */
export async function saveLog(
  db: StreetDeskDb,
  committeeId: string,
  input: LogInput,
  actor: Actor,
  today: string,
  existingId?: string,
): Promise<CommitteeLog> {
  mayWrite(actor, 'committeeLogs');
  const fields = valueOf(checkLog(input, today));
  return db.transaction('rw', db.committees, db.committeeLogs, async () => {
    const committee = await db.committees.get(committeeId);
    if (!committee || committee.deleted) throw new RefusedError('errors.governance.committeeGone');
    return putRecord(db.committeeLogs, { ...fields, committeeId, orgPath: committee.orgPath }, existingId);
  });
}

export async function deleteLog(db: StreetDeskDb, actor: Actor, id: string): Promise<void> {
  mayWrite(actor, 'committeeLogs');
  await deleteRecords(db, 'committeeLogs', [id]);
}

/** Says that a community runs without committees; one per community, replaced when said again. */
export async function saveExemption(
  db: StreetDeskDb,
  communityCode: string,
  input: { reason: string; since: string },
  actor: Actor,
  today: string,
): Promise<CommitteeExemption> {
  mayWrite(actor, 'committeeExemptions');
  const fields = valueOf(checkExemption(input, today));
  const orgPath = communityPath(communityCode);
  return db.transaction('rw', db.committeeExemptions, async () => {
    const existing = (await db.committeeExemptions.toArray()).find(
      (e) => !e.deleted && communityCodeOf(e.orgPath) === communityCode,
    );
    return putRecord(db.committeeExemptions, { ...fields, orgPath }, existing?.id);
  });
}

export async function deleteExemption(db: StreetDeskDb, actor: Actor, id: string): Promise<void> {
  mayWrite(actor, 'committeeExemptions');
  await deleteRecords(db, 'committeeExemptions', [id]);
}

// ——— Demonstration points ———

/** The scope's demonstration points, newest year first. */
export async function demoPointsIn(db: StreetDeskDb, scope: string): Promise<DemoPoint[]> {
  const rows = (await db.demoPoints.toArray()).filter(inScope(scope));
  return rows.sort((a, b) => b.year - a.year || a.orgPath.localeCompare(b.orgPath));
}

/** Applies for a designation: it starts 申报, with the day as the first line of its history. */
export async function applyDemoPoint(
  db: StreetDeskDb,
  input: DemoPointInput & { communityCode?: string },
  actor: Actor,
  today: string,
): Promise<DemoPoint> {
  mayWrite(actor, 'demoPoints');
  const fields = valueOf(checkDemoPoint(input, today));
  const orgPath = communityPath(input.communityCode);
  return putRecord(db.demoPoints, { ...fields, orgPath });
}

/** Moves a point to another status; the history keeps each change. */
export async function changeDemoPointStatus(
  db: StreetDeskDb,
  id: string,
  input: { to: DemoPointStatus; on: string; note?: string; by?: string },
  actor: Actor,
  today: string,
): Promise<void> {
  mayWrite(actor, 'demoPoints');
  await db.transaction('rw', db.demoPoints, async () => {
    const point = await db.demoPoints.get(id);
    if (!point || point.deleted) throw new RefusedError('errors.governance.pointGone');
    await db.demoPoints.update(id, valueOf(changeStatus(point, input, today)));
  });
}

export async function deleteDemoPoint(db: StreetDeskDb, actor: Actor, id: string): Promise<void> {
  mayWrite(actor, 'demoPoints');
  await deleteRecords(db, 'demoPoints', [id]);
}
