import { describe, expect, it } from 'vitest';
import type { Whistle } from '@shared/model/whistle';
import { createTestDb } from '../../db/test-db';
import { deleteRecords } from '../../db/references';
import { InputError, RefusedError } from '../../app/input-error';
import {
  deleteMember,
  dualReportData,
  planMemberDelete,
  saveActivity,
  saveMember,
} from './dual-report-repository';

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

async function setUp() {
  const db = createTestDb();
  const member = await saveMember(
    db,
    {
      kind: 'partyMember',
      name: '李明',
      employer: '区税务局',
      phone: '138 1234 5678',
      reportedOn: '2019-05-01',
      communityCode: COMMUNITY,
    },
    field,
    TODAY,
  );
  return { db, member };
}

describe('dual report repository', () => {
  it('registers a member with its community and a normalised mobile; a viewer may not', async () => {
    const { db, member } = await setUp();
    expect(member).toMatchObject({ orgPath: `${STREET}/${COMMUNITY}`, phone: '13812345678' });
    expect(
      await problemOf(
        saveMember(db, { kind: 'organisation', name: '区图书馆', reportedOn: TODAY }, street, TODAY),
      ),
    ).toEqual(['communityCode:errors.dualReport.communityRequired']);
    expect(
      await problemOf(
        saveMember(
          db,
          { kind: 'organisation', name: '区图书馆', reportedOn: TODAY, communityCode: COMMUNITY },
          viewer,
          TODAY,
        ),
      ),
    ).toEqual(['errors.dualReport.notWritable']);
  });

  it('keeps where an edited member reports, and drops the fields of the other kind', async () => {
    const { db, member } = await setUp();
    const edited = await saveMember(
      db,
      {
        kind: 'organisation',
        name: '区税务局',
        unitType: 'agency',
        phone: '13812345678',
        reportedOn: '2019-05-01',
        communityCode: '110105001002',
      },
      street,
      TODAY,
      member.id,
    );
    expect(edited.orgPath).toBe(member.orgPath);
    expect(edited.phone).toBeUndefined();
    expect(await db.reportingMembers.count()).toBe(1);
  });

  it('files an activity where its member reports, refusing hours out of range or a day after today', async () => {
    const { db, member } = await setUp();
    const activity = await saveActivity(
      db,
      member.id,
      { date: TODAY, hours: 3, content: '楼道清理' },
      field,
      TODAY,
    );
    expect(activity).toMatchObject({ memberId: member.id, orgPath: member.orgPath, hours: 3 });
    expect(
      await problemOf(
        saveActivity(db, member.id, { date: '2026-03-03', hours: 25, content: '值守' }, field, TODAY),
      ),
    ).toEqual(['date:errors.dualReport.dateInFuture', 'hours:errors.dualReport.hoursRange']);
    expect(
      await problemOf(saveActivity(db, 'gone', { date: TODAY, hours: 1, content: '值守' }, field, TODAY)),
    ).toEqual(['errors.dualReport.memberGone']);
  });

  it('deletes a member with its activities, counted before; a deleted event is forgotten, not the hours', async () => {
    const { db, member } = await setUp();
    const whistle = {
      id: 'w1',
      orgPath: member.orgPath,
      title: '积水',
      reason: 'residents',
      ticketIds: [],
      blownAt: `${TODAY}T01:00:00.000Z`,
      state: 'closed',
      reportWithinMin: 30,
    } satisfies Whistle;
    await db.whistles.add(whistle);
    const served = await saveActivity(
      db,
      member.id,
      { date: TODAY, hours: 2, content: '排水', whistleId: 'w1' },
      field,
      TODAY,
    );
    await saveActivity(db, member.id, { date: '2026-01-10', hours: 1.5, content: '宣传' }, field, TODAY);

    await deleteRecords(db, 'whistles', ['w1']);
    expect((await db.serviceActivities.get(served.id))!.whistleId).toBeUndefined();

    expect((await planMemberDelete(db, member.id)).cascade.serviceActivities).toHaveLength(2);
    await deleteMember(db, street, member.id);
    expect(await db.serviceActivities.count()).toBe(0);
    expect(await dualReportData(db, STREET)).toEqual({ members: [], activities: [] });
  });

  it('reads the scope’s register only', async () => {
    const { db, member } = await setUp();
    await saveMember(
      db,
      { kind: 'organisation', name: '别街单位', reportedOn: TODAY, communityCode: '110105002001' },
      street,
      TODAY,
    );
    expect((await dualReportData(db, STREET)).members.map((m) => m.id)).toEqual([member.id]);
  });
});
