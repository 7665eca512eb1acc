import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import type { SessionUser } from '@shared/auth/roles';
import type { Coordinator } from '@shared/model/coordinator';
import type { OrgUnit } from '@shared/model/org';
import { orgPathOfCode } from '@shared/org/codes';
import { checkCharacter } from '@shared/coordinators/resident-id';
import { categoryRefId, departmentRefId } from '@shared/coordinators/reference';
import { weekOf } from '@shared/coordinators/days';
import { summarizeMonth } from '@shared/coordinators/attendance-summary';
import { db, withoutCapture } from '../../../db';
import { clearLocalData } from '../../../db/local-data';
import { InputError, RefusedError } from '../../../app/input-error';
import { ensureCoordinatorReference } from '../reference-repository';
import { saveCoordinator } from '../coordinators-repository';
import { formClashes, saveAssignments, type AssignmentFormInput } from './assignments-repository';
import { loadBoard, loadStreetBoard, type BoardData } from './board-data';
import { openGaps } from '@shared/coordinators/board';
import { attendanceOfMonth, markPresent, saveAttendance } from './attendance-repository';
import { readAllPending } from '../../../db/outbox';

const TODAY = '2026-11-25';
const WEEK = weekOf(TODAY);
const STREET = '110105021';
const STREET_PATH = `110105/${STREET}`;
const C1 = '110105021001';
const C2 = '110105021002';
const C1_PATH = `${STREET_PATH}/${C1}`;
const G1 = `${C1}001`;
const G2 = `${C1}002`;
const PATROL = categoryRefId('02');
const admin: SessionUser = { id: 'me', username: 'a', displayName: '本机', role: 'admin', scope: '' };
const otherStreetUser: SessionUser = { ...admin, role: 'dispatcher', scope: '110105/110105022' };

const unit = (code: string, level: OrgUnit['level'], name: string, parentCode: string): OrgUnit => ({
  id: `u${code}`,
  orgPath: orgPathOfCode(code),
  code,
  name,
  level,
  parentCode,
  source: 'demo',
});

async function person(name: string, first17: string): Promise<Coordinator> {
  return saveCoordinator(
    db,
    admin,
    {
      name,
      residentId: first17 + checkCharacter(first17),
      categoryId: PATROL,
      departmentId: departmentRefId('01'),
      homeStreet: STREET,
      status: 'active',
      skills: [],
    },
    TODAY,
  );
}

const assign = (extra: Partial<AssignmentFormInput>): AssignmentFormInput => ({
  coordinatorIds: [],
  kind: 'grid',
  unitCode: G1,
  shift: 'morning',
  from: WEEK[0]!,
  to: WEEK[6]!,
  source: 'patrol',
  ...extra,
});

let wang: Coordinator;
let li: Coordinator;

beforeEach(async () => {
  await clearLocalData(db);
  await ensureCoordinatorReference(db);
  await withoutCapture(db, ['orgUnits'], () =>
    db.orgUnits.bulkAdd([
      unit(C1, 'community', '南新园社区', STREET),
      unit(C2, 'community', '西直河社区', STREET),
      unit(G1, 'grid', '第一网格', C1),
      unit(G2, 'grid', '第二网格', C1),
    ]),
  );
  wang = await person('王建国', '11010519700101123');
  li = await person('李秀英', '11010519750202124');
});

describe('dispatch board', () => {
  it('shows who is where, who is free and which grid lacks a patrol', async () => {
    await saveAssignments(db, admin, assign({ coordinatorIds: [wang.id] }));
    const board = await loadBoard(db, C1_PATH, WEEK);
    expect(board.rows.map((r) => [r.coordinator?.name, r.where, r.doubled])).toEqual([
      ['王建国', '第一网格', false],
    ]);
    expect(board.freePeople.get(TODAY)!.map((c) => c.name)).toEqual(['李秀英']);
    expect(board.gaps.get(TODAY)).toContainEqual({ unitCode: G2, categoryId: PATROL });
    expect(board.gaps.get(TODAY)).not.toContainEqual({ unitCode: G1, categoryId: PATROL });

    // The whole-street board says for the community what its own board says.
    const street = await loadStreetBoard(db, STREET_PATH, WEEK);
    expect(street.find((r) => r.code === C1)).toEqual({
      code: C1,
      name: expect.any(String),
      assignments: board.rows.length,
      doubleBookings: board.doubleBookings.length,
      gaps: openGaps(board.gaps, WEEK).length,
    });
    expect(street.map((r) => r.code)).toContain(C2);
  });

  it('flags a double booking that arrives from another office, live, with no save here', async () => {
    await saveAssignments(db, admin, assign({ coordinatorIds: [wang.id] }));
    const seen: BoardData[] = [];
    const subscription = liveQuery(() => loadBoard(db, C1_PATH, WEEK)).subscribe((b) => seen.push(b));
    await until(() => seen.length > 0);
    expect(seen.at(-1)!.doubleBookings).toEqual([]);

    // Another office booked him at a gate in the next community, offline; its changes are
    // applied the way sync and bundles apply rows: not captured, not through the form.
    await withoutCapture(db, ['assignments'], () =>
      db.assignments.add({
        id: '01930000-0000-7000-8000-000000000001',
        orgPath: `${STREET_PATH}/${C2}`,
        coordinatorId: wang.id,
        shift: 'gate',
        from: TODAY,
        to: TODAY,
        source: 'ticket',
        sourceRef: '12345-261125-0001',
        createdBy: 'other-office',
      }),
    );
    await until(() => seen.at(-1)!.doubleBookings.length > 0);
    subscription.unsubscribe();
    const board = seen.at(-1)!;
    expect(board.doubleBookings).toEqual([
      expect.objectContaining({ coordinatorId: wang.id, from: TODAY, to: TODAY }),
    ]);
    expect(board.rows.find((r) => r.coordinator?.id === wang.id)!.doubled).toBe(true);
    expect(board.clashes[0]).toMatchObject({
      coordinatorName: '王建国',
      aWhere: '第一网格',
      bWhere: '西直河社区',
    });
    // Nothing was written to the outbox by seeing it.
    expect((await readAllPending(db)).filter((e) => e.table === 'assignments')).toHaveLength(1);
  });
});

describe('assignments', () => {
  it('links the 12345 ticket it came from, when the user may write tickets (issue 12)', async () => {
    const ticket = (id: string, number: string) => ({
      id,
      orgPath: C1_PATH,
      number,
      source: 'hotline' as const,
      kind: 'complaint' as const,
      content: '楼道堆物',
      address: '南新园1号楼',
      receivedAt: '2026-11-24T02:00:00.000Z',
      urgent: false,
      state: 'accepted' as const,
      linkStatus: 'vague' as const,
    });
    await withoutCapture(db, ['tickets'], () =>
      db.tickets.bulkAdd([ticket('t1', 'G2026-1'), ticket('t2', 'G2026-2')]),
    );
    const [mine] = await saveAssignments(
      db,
      admin,
      assign({ coordinatorIds: [wang.id], source: 'ticket', sourceRef: 'G2026-1' }),
    );
    expect((await db.tickets.get('t1'))?.assignmentId).toBe(mine!.id);
    expect((await db.tickets.get('t2'))?.assignmentId).toBeUndefined();
    // A dispatcher may not write tickets: the assignment names the ticket, the ticket is left alone.
    const dispatcher: SessionUser = { ...admin, role: 'dispatcher', scope: STREET_PATH };
    await saveAssignments(
      db,
      dispatcher,
      assign({ coordinatorIds: [li.id], source: 'ticket', sourceRef: 'G2026-2' }),
    );
    expect((await db.tickets.get('t2'))?.assignmentId).toBeUndefined();
  });

  it('assigns several coordinators at once and warns a form of clashes without refusing them', async () => {
    const saved = await saveAssignments(
      db,
      admin,
      assign({ coordinatorIds: [wang.id, li.id], kind: 'community', unitCode: C1, shift: 'gate' }),
    );
    expect(saved.map((a) => [a.coordinatorId, a.orgPath, a.createdBy])).toEqual([
      [wang.id, C1_PATH, 'me'],
      [li.id, C1_PATH, 'me'],
    ]);
    const clashes = await formClashes(db, { shift: 'morning', from: TODAY, to: TODAY }, [wang.id]);
    expect(clashes.map((c) => c.other.id)).toEqual([saved[0]!.id]);
    expect(await formClashes(db, { shift: 'evening', from: TODAY, to: TODAY }, [wang.id])).toEqual([]);
    await saveAssignments(
      db,
      admin,
      assign({ coordinatorIds: [wang.id], shift: 'morning', from: TODAY, to: TODAY }),
    );
    const board = await loadBoard(db, C1_PATH, [TODAY]);
    expect(board.doubleBookings).toHaveLength(1);
  });

  it('refuses a bad period, a missing task or reference, another street, and someone who left', async () => {
    const problems = async (p: Promise<unknown>) => {
      const e = await p.then(
        () => null,
        (x: unknown) => x,
      );
      if (e instanceof InputError) return e.problems.map((x) => `${x.field}:${x.key}`);
      if (e instanceof RefusedError) return [e.key];
      throw new Error('expected a refusal');
    };
    expect(
      await problems(
        saveAssignments(db, admin, assign({ coordinatorIds: [wang.id], from: TODAY, to: '2026-11-01' })),
      ),
    ).toEqual(['period:errors.dispatch.periodOrder']);
    expect(
      await problems(
        saveAssignments(
          db,
          admin,
          assign({ coordinatorIds: [wang.id], kind: 'task', unitCode: C1, source: 'ticket' }),
        ),
      ),
    ).toEqual(['task:errors.dispatch.taskRequired', 'sourceRef:errors.dispatch.sourceRefRequired.ticket']);
    expect(
      await problems(saveAssignments(db, otherStreetUser, assign({ coordinatorIds: [wang.id] }))),
    ).toEqual(['errors.dispatch.outOfScope']);
    await db.coordinators.update(li.id, { status: 'left' });
    expect(await problems(saveAssignments(db, admin, assign({ coordinatorIds: [li.id] })))).toEqual([
      'errors.dispatch.notOnDuty',
    ]);
  });
});

describe('attendance', () => {
  it('marks everyone without a record present in one step, leaving leave and absence as they are', async () => {
    await saveAttendance(db, admin, { coordinatorId: li.id, date: TODAY, mark: 'leave' }, TODAY);
    expect(await markPresent(db, admin, [wang.id, li.id], TODAY, TODAY)).toBe(1);
    const day = (await attendanceOfMonth(db, [STREET_PATH], TODAY.slice(0, 7))).filter(
      (r) => r.date === TODAY,
    );
    expect(day.map((r) => [r.coordinatorId, r.mark]).sort()).toEqual(
      [
        [wang.id, 'present'],
        [li.id, 'leave'],
      ].sort(),
    );
    // Again: nobody is left to mark, and nothing is written twice.
    expect(await markPresent(db, admin, [wang.id, li.id], TODAY, TODAY)).toBe(0);
    await expect(markPresent(db, otherStreetUser, [li.id], '2026-11-24', TODAY)).rejects.toBeInstanceOf(
      RefusedError,
    );
    await expect(markPresent(db, admin, [wang.id], '2026-11-26', TODAY)).rejects.toBeInstanceOf(InputError);
  });

  it('keeps one record per coordinator and day, and sums a month per street', async () => {
    await saveAttendance(db, admin, { coordinatorId: wang.id, date: '2026-11-02', mark: 'absent' }, TODAY);
    await saveAttendance(db, admin, { coordinatorId: wang.id, date: '2026-11-02', mark: 'leave' }, TODAY);
    await saveAttendance(
      db,
      admin,
      {
        coordinatorId: li.id,
        date: '2026-11-02',
        mark: 'cover',
        coveredCoordinatorId: wang.id,
        reports: 2,
        handledInTime: 1,
      },
      TODAY,
    );
    await saveAttendance(
      db,
      admin,
      { coordinatorId: li.id, date: '2026-11-03', mark: 'present', reports: 1, handledInTime: 1 },
      TODAY,
    );
    const records = await attendanceOfMonth(db, [STREET_PATH], '2026-11');
    expect(records).toHaveLength(3);
    const summary = summarizeMonth(records, '2026-11');
    expect(summary.byStreet.get(STREET)).toMatchObject({
      days: 3,
      leave: 1,
      cover: 1,
      present: 1,
      reports: 3,
      handledInTime: 2,
    });
    expect(summary.byCoordinator.get(wang.id)).toMatchObject({ coveredByOthers: 1, attendanceRate: 0 });
  });

  it('refuses a future day, covering for oneself and more handled than found', async () => {
    const keys = async (p: Promise<unknown>) =>
      (
        (await p.then(
          () => null,
          (x: unknown) => x,
        )) as InputError
      ).problems.map((x) => x.key);
    expect(
      await keys(
        saveAttendance(db, admin, { coordinatorId: wang.id, date: '2026-11-26', mark: 'present' }, TODAY),
      ),
    ).toEqual(['errors.dispatch.attendanceFuture']);
    expect(
      await keys(
        saveAttendance(
          db,
          admin,
          {
            coordinatorId: wang.id,
            date: TODAY,
            mark: 'cover',
            coveredCoordinatorId: wang.id,
            reports: 1,
            handledInTime: 2,
          },
          TODAY,
        ),
      ),
    ).toEqual(['errors.dispatch.coveredSelf', 'errors.dispatch.handledOverReports']);
  });
});

async function until(test: () => boolean, ms = 5000): Promise<void> {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > ms) throw new Error('timed out waiting for the live query');
    await new Promise((r) => setTimeout(r, 10));
  }
}
