import 'fake-indexeddb/auto';
import { DeleteRefused } from '../../db/references';
import { recordUnmask } from '../../app/personal-data';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '@shared/auth/roles';
import { checkCharacter } from '@shared/coordinators/resident-id';
import { categoryRefId, departmentRefId } from '@shared/coordinators/reference';
import { db, withoutCapture } from '../../db';
import { clearLocalData } from '../../db/local-data';
import { InputError, RefusedError } from '../../app/input-error';
import {
  saveCoordinator,
  setStatus,
  transferCoordinators,
  type CoordinatorFormInput,
} from './coordinators-repository';
import { ensureCoordinatorReference, deleteCategory, saveCategory } from './reference-repository';
import { findCoordinators, NO_FILTER } from './roster-search';
import { countPending, readAllPending } from '../../db/outbox';

const TODAY = '2026-11-25';
const NANMOFANG = '110105021';
const BALIZHUANG = '110105022';
const PATROL = categoryRefId('02');
const TRAFFIC = categoryRefId('01');
const POLICE = departmentRefId('01');
const id17 = (first17: string) => first17 + checkCharacter(first17);
const WANG_ID = id17('11010519800307123');
const LI_ID = id17('13010219750412002');

const admin: SessionUser = { id: 'u1', username: 'a', displayName: '管理员', role: 'admin', scope: '' };
const streetUser: SessionUser = { ...admin, id: 'u2', role: 'street', scope: `110105/${NANMOFANG}` };
const viewer: SessionUser = { ...admin, id: 'u3', role: 'viewer' };

const input = (extra: Partial<CoordinatorFormInput> = {}): CoordinatorFormInput => ({
  name: '王秀英',
  residentId: WANG_ID,
  mobile: '139 1234 5678',
  categoryId: PATROL,
  departmentId: POLICE,
  homeStreet: NANMOFANG,
  status: 'active',
  skills: ['急救培训'],
  ...extra,
});

const find = (query: string, scope = '', extra = {}) =>
  findCoordinators(db, scope, { ...NO_FILTER, query, ...extra });

async function refusal(p: Promise<unknown>): Promise<string> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof InputError) return error.problems.map((x) => `${x.field}:${x.key}`).join(',');
  if (error instanceof RefusedError) return error.key;
  throw new Error(`expected a refusal, got ${String(error)}`);
}

beforeEach(async () => {
  await clearLocalData(db);
});

describe('reference data', () => {
  it('ships 16 categories from 13 departments, keeps edits, and comes back after a clear', async () => {
    await ensureCoordinatorReference(db);
    expect(await db.coordinatorCategories.count()).toBe(16);
    expect(await db.departments.count()).toBe(13);
    // Shipped rows are not local changes.
    expect(await countPending(db)).toBe(0);
    await saveCategory(
      db,
      admin,
      { code: '02', name: '平安巡防员', departmentId: POLICE, coverage: 'grid' },
      PATROL,
    );
    await ensureCoordinatorReference(db);
    expect((await db.coordinatorCategories.get(PATROL))!.name).toBe('平安巡防员');
    await clearLocalData(db);
    await ensureCoordinatorReference(db);
    expect((await db.coordinatorCategories.get(PATROL))!.name).toBe('治安巡防员');
  });

  it('refuses a taken code, edits by roles that may not, and deleting a category in use', async () => {
    await ensureCoordinatorReference(db);
    expect(
      await refusal(
        saveCategory(db, admin, { code: '01', name: 'x', departmentId: POLICE, coverage: 'onDemand' }),
      ),
    ).toBe('code:errors.coordinator.codeTaken');
    expect(
      await refusal(
        saveCategory(db, streetUser, { code: '99', name: 'x', departmentId: POLICE, coverage: 'onDemand' }),
      ),
    ).toBe('errors.coordinator.notWritable');
    await saveCoordinator(db, admin, input(), TODAY);
    await expect(deleteCategory(db, admin, PATROL)).rejects.toEqual(
      new DeleteRefused([{ table: 'coordinators', field: 'categoryId', count: 1 }]),
    );
    await deleteCategory(db, admin, TRAFFIC);
    expect(await db.coordinatorCategories.get(TRAFFIC)).toBeUndefined();
  });
});

describe('roster', () => {
  it('saves a coordinator, reads gender from the ID, captures it, finds it by name, pinyin and last digits', async () => {
    const saved = await saveCoordinator(db, admin, input(), TODAY);
    expect(saved).toMatchObject({ gender: 'male', mobile: '13912345678', orgPath: `110105/${NANMOFANG}` });
    expect((await readAllPending(db)).map((e) => [e.table, e.op])).toEqual([['coordinators', 'create']]);
    for (const q of [
      '王秀英',
      '秀英',
      'wxy',
      'wangxiuying',
      WANG_ID.slice(-4),
      WANG_ID.slice(-2),
      '5678',
      WANG_ID.slice(-6),
      WANG_ID,
      '13912345678',
      'wxy 5678',
    ]) {
      expect(await find(q), q).toEqual([saved.id]);
    }
    // Not the middle of a number, nor a street it is not in.
    expect(await find(WANG_ID.slice(-8, -4))).toEqual([]);
    expect(await find('wxy', `110105/${BALIZHUANG}`)).toEqual([]);
  });

  it('keeps no more of an ID or phone in the catalog than the masked form shows', async () => {
    await saveCoordinator(db, admin, input(), TODAY);
    const blocks = JSON.stringify(
      await db.catalog
        .where('[table+block]')
        .between(['coordinators', ''], ['coordinators', '\uffff'])
        .toArray(),
    );
    for (const secret of [
      WANG_ID,
      WANG_ID.slice(0, 14),
      WANG_ID.slice(-5),
      [...WANG_ID.slice(-5)].reverse().join(''),
      '13912345678',
      '2345678',
      '98765',
    ]) {
      expect(blocks).not.toContain(secret);
    }
  });

  it('filters by category, department and status together with a query', async () => {
    const wang = await saveCoordinator(db, admin, input(), TODAY);
    const li = await saveCoordinator(
      db,
      admin,
      input({ name: '李桂英', residentId: LI_ID, mobile: '13800000001', categoryId: TRAFFIC }),
      TODAY,
    );
    expect(await find('', '', { categoryIds: [TRAFFIC] })).toEqual([li.id]);
    expect(await find('', '', { departmentIds: [POLICE] })).toHaveLength(2);
    await setStatus(db, admin, [li.id], 'onLeave');
    expect(await find('', '', { statuses: ['onLeave'] })).toEqual([li.id]);
    expect(await find('', '', { statuses: ['active'] })).toEqual([wang.id]);
    expect(await find('lgy', '', { statuses: ['active'] })).toEqual([]);
    // Roster order: pinyin of the name (li before wang).
    expect(await find('')).toEqual([li.id, wang.id]);
  });

  it('refuses a bad ID field by field, a duplicate ID anywhere in the city, and writes outside the scope', async () => {
    const wrongCheck = WANG_ID.slice(0, 17) + (WANG_ID[17] === '0' ? '1' : '0');
    expect(
      await refusal(saveCoordinator(db, admin, input({ residentId: wrongCheck, name: '' }), TODAY)),
    ).toBe('name:errors.coordinator.nameRequired,residentId:errors.coordinator.residentId.checksum');
    expect(await refusal(saveCoordinator(db, admin, input({ gender: 'female' }), TODAY))).toBe(
      'gender:errors.coordinator.genderMismatch',
    );
    await saveCoordinator(db, admin, input(), TODAY);
    expect(
      await refusal(saveCoordinator(db, admin, input({ name: '王二', homeStreet: BALIZHUANG }), TODAY)),
    ).toBe('residentId:errors.coordinator.residentIdTaken');
    expect(
      await refusal(
        saveCoordinator(db, streetUser, input({ residentId: LI_ID, homeStreet: BALIZHUANG }), TODAY),
      ),
    ).toBe('errors.coordinator.outOfScope');
  });

  it('keeps the stored ID and phone when an edit leaves them empty, and converts a 15-digit ID', async () => {
    const saved = await saveCoordinator(db, admin, input({ residentId: '110105800307123' }), TODAY);
    expect(saved.residentId).toBe(WANG_ID);
    const edited = await saveCoordinator(
      db,
      admin,
      input({ name: '王秀瑛', residentId: '', mobile: '' }),
      TODAY,
      saved.id,
    );
    expect(edited).toMatchObject({ name: '王秀瑛', residentId: WANG_ID, mobile: '13912345678' });
  });

  it('records who unmasked which field of whom, never the value, and refuses roles that may not', async () => {
    const saved = await saveCoordinator(db, admin, input(), TODAY);
    const field = (name: string) => ({
      table: 'coordinators',
      recordId: saved.id,
      orgPath: saved.orgPath,
      field: name,
    });
    await recordUnmask(db, admin, [field('residentId')]);
    const [event] = await db.auditEvents.where('recordId').equals(saved.id).toArray();
    expect(event).toMatchObject({
      action: 'unmask',
      table: 'coordinators',
      field: 'residentId',
      by: 'u1',
      byName: '管理员',
      orgPath: saved.orgPath,
    });
    expect(JSON.stringify(event)).not.toContain(WANG_ID.slice(-8));
    expect((await readAllPending(db)).some((e) => e.table === 'auditEvents')).toBe(true);
    expect(await refusal(recordUnmask(db, viewer, [field('mobile')]))).toBe(
      'errors.personalData.unmaskNotAllowed',
    );
  });

  it('transfers between streets keeping the history, ending old assignments and moving the roster entry', async () => {
    const saved = await saveCoordinator(db, admin, input(), TODAY);
    await withoutCapture(db, ['assignments'], () =>
      db.assignments.bulkAdd([
        {
          id: 'a1',
          orgPath: `110105/${NANMOFANG}/110105021001`,
          coordinatorId: saved.id,
          shift: 'morning',
          from: '2026-11-01',
          to: '2026-12-31',
          source: 'patrol',
        },
        {
          id: 'a2',
          orgPath: `110105/${NANMOFANG}/110105021002`,
          coordinatorId: saved.id,
          shift: 'evening',
          from: '2026-12-05',
          to: '2026-12-06',
          source: 'ticket',
          sourceRef: 'x',
        },
        {
          id: 'a3',
          orgPath: `110105/${NANMOFANG}`,
          coordinatorId: saved.id,
          shift: 'morning',
          from: '2026-10-01',
          to: '2026-10-31',
          source: 'patrol',
        },
      ]),
    );
    // A street user cannot move someone out of its street.
    expect(await setStatus(db, streetUser, [saved.id], 'suspended')).toMatchObject({ changed: 1 });
    expect(
      await transferCoordinators(db, streetUser, [saved.id], { toStreet: BALIZHUANG, on: '2026-12-01' }),
    ).toMatchObject({ skipped: 1, changed: 0 });
    const result = await transferCoordinators(db, admin, [saved.id], {
      toStreet: BALIZHUANG,
      on: '2026-12-01',
      reason: '街道间调剂',
    });
    expect(result).toMatchObject({ changed: 1 });
    const moved = (await db.coordinators.get(saved.id))!;
    expect(moved).toMatchObject({ homeStreet: BALIZHUANG, orgPath: `110105/${BALIZHUANG}` });
    expect(moved.transfers).toEqual([
      { from: NANMOFANG, to: BALIZHUANG, on: '2026-12-01', by: 'u1', reason: '街道间调剂' },
    ]);
    expect((await db.assignments.get('a1'))!.to).toBe('2026-11-30');
    expect(await db.assignments.get('a2')).toBeUndefined();
    expect((await db.assignments.get('a3'))!.to).toBe('2026-10-31');
    expect(await find('wxy', `110105/${BALIZHUANG}`)).toEqual([saved.id]);
    expect(await find('wxy', `110105/${NANMOFANG}`)).toEqual([]);
    // Moving again to where they are changes nothing.
    expect(
      await transferCoordinators(db, admin, [saved.id], { toStreet: BALIZHUANG, on: '2026-12-02' }),
    ).toMatchObject({ unchanged: 1 });
  });
});
