import { beforeEach, describe, expect, it } from 'vitest';
import type { Assignment, Attendance, Coordinator } from '@shared/model/coordinator';
import type { OrgUnit } from '@shared/model/org';
import type { Place, ServicePoint } from '@shared/model/place';
import type { StreetDeskDb } from './database';
import { readAllPending } from './outbox';
import { cascadeCounts, deleteRecords, DeleteRefused, planDelete } from './references';
import { createTestDb } from './test-db';

const STREET = '110105/110105021';
const COMMUNITY = `${STREET}/110105021001`;

let db: StreetDeskDb;

const coordinator = (id: string) =>
  ({
    id,
    orgPath: STREET,
    name: id,
    categoryId: 'cat',
    departmentId: 'dept',
    status: 'active',
  }) as Coordinator;
const assignment = (id: string, coordinatorId: string, placeId?: string) =>
  ({
    id,
    orgPath: COMMUNITY,
    coordinatorId,
    shift: 'morning',
    from: '2026-11-23',
    to: '2026-11-29',
    ...(placeId ? { placeId } : {}),
  }) as Assignment;
const attendance = (id: string, coordinatorId: string, covered?: string) =>
  ({
    id,
    orgPath: STREET,
    coordinatorId,
    date: '2026-11-23',
    mark: covered ? 'cover' : 'present',
    ...(covered ? { coveredCoordinatorId: covered } : {}),
  }) as Attendance;
const place = (id: string, extra: Partial<Place> = {}) =>
  ({
    id,
    orgPath: COMMUNITY,
    code: `110105021001${id.padStart(4, '0')}`,
    type: 'building',
    name: id,
    address: id,
    servicePointIds: [],
    ...extra,
  }) as Place;

beforeEach(async () => {
  db = createTestDb();
  await db.open();
});

describe('one rule for records others point at', () => {
  it('takes a coordinator’s assignments and attendance with it, and says how many; a colleague covering for them forgets them', async () => {
    await db.coordinators.bulkAdd([coordinator('wang'), coordinator('li')]);
    await db.assignments.bulkAdd([
      assignment('a1', 'wang'),
      assignment('a2', 'wang'),
      assignment('a3', 'li'),
    ]);
    await db.attendance.bulkAdd([attendance('t1', 'wang'), attendance('t2', 'li', 'wang')]);

    const plan = await planDelete(db, 'coordinators', ['wang']);
    expect(plan.refused).toEqual([]);
    expect(cascadeCounts(plan)).toEqual({ assignments: 2, attendance: 1 });

    await deleteRecords(db, 'coordinators', ['wang']);
    expect((await db.assignments.toArray()).map((a) => a.id)).toEqual(['a3']);
    const covering = await db.attendance.get('t2');
    expect(covering?.coveredCoordinatorId).toBeUndefined();
    expect(await db.attendance.get('t1')).toBeUndefined();
    // The dependants' deletes are captured for sync like the coordinator's.
    const pending = (await readAllPending(db))
      .filter((e) => e.op === 'delete')
      .map((e) => `${e.table}:${e.id}`);
    expect(pending.sort()).toEqual([
      'assignments:a1',
      'assignments:a2',
      'attendance:t1',
      'coordinators:wang',
    ]);
  });

  it('refuses a building its gates point at, naming the gates, unless they go with it', async () => {
    await db.places.bulkAdd([place('1'), place('2', { type: 'gate', parentId: '1' })]);
    await expect(deleteRecords(db, 'places', ['1'])).rejects.toEqual(
      new DeleteRefused([{ table: 'places', field: 'parentId', count: 1 }]),
    );
    expect(await db.places.count()).toBe(2);
    const together = await planDelete(db, 'places', ['1', '2']);
    expect(together.refused).toEqual([]);
  });

  it('refuses a place an assignment is made to, and a category with coordinators', async () => {
    await db.places.add(place('1'));
    await db.coordinators.add(coordinator('wang'));
    await db.assignments.add(assignment('a1', 'wang', '1'));
    expect((await planDelete(db, 'places', ['1'])).refused).toEqual([
      { table: 'assignments', field: 'placeId', count: 1 },
    ]);
    expect((await planDelete(db, 'coordinatorCategories', ['cat'])).refused).toEqual([
      { table: 'coordinators', field: 'categoryId', count: 1 },
    ]);
  });

  it('unlinks a service point from the places of its street', async () => {
    const point = { id: 'sp', orgPath: STREET, kind: 'police', name: '警务站' } as ServicePoint;
    await db.servicePoints.add(point);
    await db.places.bulkAdd([place('1', { servicePointIds: ['sp', 'other'] }), place('2')]);
    await deleteRecords(db, 'servicePoints', ['sp']);
    expect((await db.places.get('1'))?.servicePointIds).toEqual(['other']);
    expect(await db.servicePoints.count()).toBe(0);
  });

  it('refuses a community that still holds places or people', async () => {
    const unit = {
      id: 'u1',
      orgPath: COMMUNITY,
      code: '110105021001',
      name: '南新园社区',
      level: 'community',
      parentCode: '110105021',
    } as OrgUnit;
    await db.orgUnits.add(unit);
    await db.places.add(place('1'));
    expect((await planDelete(db, 'orgUnits', ['u1'])).refused).toEqual([
      { table: 'places', field: 'orgPath', count: 1 },
    ]);
    await db.places.clear();
    expect((await planDelete(db, 'orgUnits', ['u1'])).refused).toEqual([]);
  });
});
