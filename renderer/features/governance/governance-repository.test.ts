import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../db/test-db';
import { InputError, RefusedError } from '../../app/input-error';
import {
  applyDemoPoint,
  carryOut,
  changeDemoPointStatus,
  committeeData,
  deleteCommittee,
  deleteMeeting,
  deleteTopic,
  demoPointsIn,
  escalateTopic,
  evaluateTopic,
  meetingsOf,
  planCommitteeDelete,
  planTopicDelete,
  saveCommittee,
  saveExemption,
  saveLog,
  saveMeeting,
  saveTopic,
  topicsIn,
  topicsOfTicket,
} from './governance-repository';

const STREET = '110105/110105001';
const COMMUNITY = '110105001001';
const TODAY = '2026-03-02';
const street = { role: 'street' as const };
const field = { role: 'field' as const };
const viewer = { role: 'viewer' as const };

async function problemOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof InputError) return error.problems.map((p) => `${p.field}:${p.key}`);
  if (error instanceof RefusedError) return [error.key];
  throw new Error(`expected a refusal, got ${String(error)}`);
}

const decision = {
  text: '加装电梯，费用按楼层分摊',
  votesFor: 18,
  votesAgainst: 2,
  abstentions: 1,
  carriedOutBy: '社区居委会、物业公司',
  dueOn: '2026-02-20',
};

async function raised() {
  const db = createTestDb();
  const topic = await saveTopic(
    db,
    {
      title: '3号楼加装电梯',
      source: 'ticket',
      raisedOn: '2026-01-05',
      ticketIds: ['ticket-1'],
      communityCode: COMMUNITY,
    },
    field,
    TODAY,
  );
  return { db, topic };
}

describe('consultation repository', () => {
  it('raises a topic in its community, found by its ticket; a viewer may not raise one', async () => {
    const { db, topic } = await raised();
    expect(topic).toMatchObject({ orgPath: `${STREET}/${COMMUNITY}`, step: 'raise', level: 'community' });
    expect((await topicsOfTicket(db, 'ticket-1')).map((t) => t.id)).toEqual([topic.id]);
    expect((await topicsIn(db, STREET)).length).toBe(1);
    expect((await topicsIn(db, '110105/110105002')).length).toBe(0);
    expect(
      await problemOf(
        saveTopic(
          db,
          { title: 'x', source: 'residents', raisedOn: TODAY, communityCode: COMMUNITY },
          viewer,
          TODAY,
        ),
      ),
    ).toEqual(['errors.governance.notWritable']);
  });

  it('goes from topic to evaluation: meeting, decision with its vote, carried out, evaluated', async () => {
    const { db, topic } = await raised();
    // Not decided yet: 民事民办 is refused.
    expect(
      await problemOf(carryOut(db, topic.id, { on: '2026-02-01', summary: '完成' }, field, TODAY)),
    ).toEqual(['on:errors.governance.notDecided']);
    const meeting = {
      date: '2026-01-10',
      venue: '社区议事厅',
      participants: { residents: 20, propertyCompany: 1 },
      options: ['加装', '不装'],
    };
    await saveMeeting(db, topic.id, meeting, field, TODAY);
    expect((await db.consultationTopics.get(topic.id))!.step).toBe('discuss');
    const decided = await saveMeeting(
      db,
      topic.id,
      { ...meeting, date: '2026-01-17', decision },
      field,
      TODAY,
    );
    expect((await db.consultationTopics.get(topic.id))!.step).toBe('decide');
    expect(
      await problemOf(evaluateTopic(db, topic.id, { on: '2026-02-25', score: 5 }, field, TODAY)),
    ).toEqual(['on:errors.governance.notCarriedOut']);
    await carryOut(db, topic.id, { on: '2026-02-18', summary: '电梯已安装并验收' }, field, TODAY);
    expect(
      await problemOf(evaluateTopic(db, topic.id, { on: '2026-02-25', score: 6 }, field, TODAY)),
    ).toEqual(['score:errors.governance.scoreRange']);
    await evaluateTopic(db, topic.id, { on: '2026-02-25', score: 5, note: '满意' }, field, TODAY);
    const done = (await db.consultationTopics.get(topic.id))!;
    expect(done).toMatchObject({
      step: 'evaluate',
      evaluation: { score: 5 },
      carriedOut: { on: '2026-02-18' },
    });
    expect((await meetingsOf(db, topic.id)).map((m) => m.id)).toContain(decided.id);
    expect(decided.orgPath).toBe(topic.orgPath);
  });

  it('a meeting deleted takes its decision with it: the topic steps back', async () => {
    const { db, topic } = await raised();
    const m = await saveMeeting(
      db,
      topic.id,
      { date: '2026-01-10', venue: '议事厅', participants: { residents: 25 }, options: [], decision },
      field,
      TODAY,
    );
    expect((await db.consultationTopics.get(topic.id))!.step).toBe('decide');
    await deleteMeeting(db, field, m.id);
    expect((await db.consultationTopics.get(topic.id))!.step).toBe('raise');
  });

  it('escalates to the street and district on the same record, keeping the community and its meetings', async () => {
    const { db, topic } = await raised();
    await saveMeeting(
      db,
      topic.id,
      { date: '2026-01-10', venue: '议事厅', participants: { residents: 9 }, options: [] },
      field,
      TODAY,
    );
    await escalateTopic(db, topic.id, { reason: '涉及相邻社区', on: '2026-01-12' }, field, TODAY);
    await escalateTopic(db, topic.id, { reason: '需区住建委', on: '2026-01-20' }, street, TODAY);
    const up = (await db.consultationTopics.get(topic.id))!;
    expect(up.level).toBe('district');
    expect(up.orgPath).toBe(topic.orgPath);
    expect(up.escalations.map((e) => e.to)).toEqual(['street', 'district']);
    expect((await meetingsOf(db, topic.id)).length).toBe(1);
    expect(await problemOf(escalateTopic(db, topic.id, { reason: 'x', on: TODAY }, street, TODAY))).toEqual([
      'reason:errors.governance.topLevel',
    ]);
  });

  it('deleting a topic counts and takes its meetings', async () => {
    const { db, topic } = await raised();
    await saveMeeting(
      db,
      topic.id,
      { date: '2026-01-10', venue: '议事厅', participants: { residents: 9 }, options: [] },
      field,
      TODAY,
    );
    expect((await planTopicDelete(db, topic.id)).cascade.consultationMeetings?.length).toBe(1);
    await deleteTopic(db, field, topic.id);
    expect(await db.consultationMeetings.count()).toBe(0);
  });
});

describe('committee repository', () => {
  const members = [
    { name: '王红', kind: 'worker' as const, chair: true },
    { name: '刘强', kind: 'resident' as const },
    { name: '陈静', kind: 'placeHead' as const },
  ];

  it('forms one committee of a kind per community, with its log; deleting it counts the log', async () => {
    const db = createTestDb();
    const c = await saveCommittee(
      db,
      { kind: 'publicHealth', members, communityCode: COMMUNITY },
      field,
      TODAY,
    );
    expect(
      await problemOf(
        saveCommittee(db, { kind: 'publicHealth', members, communityCode: COMMUNITY }, field, TODAY),
      ),
    ).toEqual(['kind:errors.governance.committeeExists']);
    // Editing the same committee is not a second one.
    await saveCommittee(
      db,
      { kind: 'publicHealth', members: [...members, { name: '周', kind: 'resident' }] },
      field,
      TODAY,
      c.id,
    );
    expect((await db.committees.get(c.id))!.members.length).toBe(4);
    await saveLog(
      db,
      c.id,
      { date: '2026-02-01', kind: 'activity', summary: '环境整治', participants: 12 },
      field,
      TODAY,
    );
    expect((await committeeData(db, STREET)).logs.length).toBe(1);
    expect((await planCommitteeDelete(db, c.id)).cascade.committeeLogs?.length).toBe(1);
    await deleteCommittee(db, field, c.id);
    expect(await db.committeeLogs.count()).toBe(0);
  });

  it('refuses members without one chair from the residents’ committee, with the message code', async () => {
    const db = createTestDb();
    expect(
      await problemOf(
        saveCommittee(
          db,
          {
            kind: 'property',
            members: members.map((m) => ({ ...m, chair: false })),
            communityCode: COMMUNITY,
          },
          field,
          TODAY,
        ),
      ),
    ).toEqual(['members:errors.governance.oneChair']);
  });

  it('an exemption is the street’s, one per community', async () => {
    const db = createTestDb();
    expect(
      await problemOf(saveExemption(db, COMMUNITY, { reason: '小社区', since: '2025-01-01' }, field, TODAY)),
    ).toEqual(['errors.governance.notWritable']);
    await saveExemption(db, COMMUNITY, { reason: '小社区', since: '2025-01-01' }, street, TODAY);
    await saveExemption(db, COMMUNITY, { reason: '仅 80 户', since: '2025-01-01' }, street, TODAY);
    const { exemptions } = await committeeData(db, STREET);
    expect(exemptions.map((e) => e.reason)).toEqual(['仅 80 户']);
  });
});

describe('demonstration points repository', () => {
  it('applies, moves with history, and refuses a change its status does not allow', async () => {
    const db = createTestDb();
    const p = await applyDemoPoint(
      db,
      {
        kind: 'consultation',
        year: 2026,
        criteria: '有议事厅、议事规则',
        appliedOn: '2026-01-05',
        communityCode: COMMUNITY,
      },
      street,
      TODAY,
    );
    await changeDemoPointStatus(db, p.id, { to: 'building', on: '2026-02-01' }, street, TODAY);
    expect(
      await problemOf(changeDemoPointStatus(db, p.id, { to: 'applied', on: TODAY }, street, TODAY)),
    ).toEqual(['to:errors.governance.statusNotAllowed']);
    expect(
      await problemOf(changeDemoPointStatus(db, p.id, { to: 'accepted', on: TODAY }, field, TODAY)),
    ).toEqual(['errors.governance.notWritable']);
    const [point] = await demoPointsIn(db, STREET);
    expect(point!.history.map((h) => h.status)).toEqual(['applied', 'building']);
  });
});
