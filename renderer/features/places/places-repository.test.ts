import 'fake-indexeddb/auto';
import { DeleteRefused } from '../../db/references';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaceInput } from '@shared/places/validate-place';
import { db } from '../../db';
import { clearLocalData } from '../../db/local-data';
import { InputError, RefusedError } from '../../app/input-error';
import { isCancelled } from '@shared/cancel';
import { deletePlace, savePlace, suggestPlaceCode } from './places-repository';
import { placeIdsInScope, searchPlaces } from './place-search';
import { deleteWorker, saveWorker } from './workers/workers-repository';
import { deleteServicePoint, saveServicePoint } from './service-points/service-points-repository';
import { saveOrgUnit, suggestChildCode } from '../scope/org-repository';
import { loadDemoData } from '../welcome/demo-loader';
import { countPending, readAllPending } from '../../db/outbox';

const STREET = '110105021';
const C = '110105021001';
const SCOPE = `110105/${STREET}/${C}`;

const input = (extra: Partial<PlaceInput> = {}): PlaceInput => ({
  type: 'building',
  code: `${C}0001`,
  name: '南新园99号楼',
  address: '南磨房地区南新园小区99号楼',
  communityCode: C,
  households: 120,
  residents: 300,
  head: { name: '王秀英', phone: '139 1234 5678', partyMember: true },
  ...extra,
});

async function problems(p: Promise<unknown>) {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).problems.map((x) => `${x.field}:${x.key}`);
}

beforeEach(async () => {
  await clearLocalData(db);
});

describe('places repository', () => {
  it('saves a place, captures it, and finds it by pinyin in its scope only', async () => {
    const place = await savePlace(input());
    expect(place.head).toEqual({ name: '王秀英', phone: '13912345678', partyMember: true });
    expect((await readAllPending(db)).map((e) => [e.table, e.op])).toEqual([['places', 'create']]);
    expect((await searchPlaces(db, SCOPE, 'nxy99')).ids).toEqual([place.id]);
    expect((await searchPlaces(db, SCOPE, 'wxy')).ids).toEqual([place.id]);
    expect((await searchPlaces(db, `110105/${STREET}/110105021002`, 'nxy99')).ids).toEqual([]);
    expect(await placeIdsInScope(db, '')).toEqual([place.id]);
    expect(await suggestPlaceCode(C)).toBe(`${C}0002`);
  });

  it('refuses bad input field by field and a code already taken', async () => {
    expect(await problems(savePlace(input({ name: '', head: { name: '', phone: '123' } })))).toEqual([
      'name:errors.place.nameRequired',
      'head.name:errors.place.headNameRequired',
      'head.phone:errors.phone.mobile',
    ]);
    await savePlace(input());
    expect(await problems(savePlace(input({ name: '另一栋' })))).toEqual(['code:errors.place.codeTaken']);
    expect(await db.places.count()).toBe(1);
  });

  it('keeps server-managed fields when a form rewrites a place', async () => {
    const place = await savePlace(input());
    await db.places.update(place.id, { rev: 7 });
    await savePlace(input({ households: 130 }), place.id);
    expect(await db.places.get(place.id)).toMatchObject({ rev: 7, households: 130 });
    const last = await readAllPending(db).then((all) => all.at(-1));
    expect(last).toMatchObject({ op: 'update', changedFields: { households: 130 }, baseRev: 7 });
    await deletePlace(place.id);
    expect(await placeIdsInScope(db, '')).toEqual([]);
  });

  it('uncovers places when their worker is deleted, and unlinks a deleted service point', async () => {
    const worker = await saveWorker({ communityCode: C, name: '李娜', role: 'worker', phone: '13800138000' });
    const point = await saveServicePoint({
      kind: 'elderlyCare',
      communityCode: C,
      name: '南新园养老驿站',
      address: '南新园小区1号楼底商',
      phone: '010-6734 5678',
    });
    expect(point.phone).toBe('01067345678');
    const place = await savePlace(input({ workerId: worker.id, servicePointIds: [point.id] }));
    await deleteWorker(worker.id);
    await deleteServicePoint(point.id);
    const after = (await db.places.get(place.id))!;
    expect(after.workerId).toBeUndefined();
    expect(after.servicePointIds).toEqual([]);
    expect(await db.communityWorkers.count()).toBe(0);
  });
});

describe('buildings and their gates', () => {
  it('keeps a gate under a building of its own community, and a building with gates from deletion', async () => {
    const building = await savePlace(input());
    expect(await problems(savePlace(input({ type: 'gate', code: `${C}0002`, parentId: 'nope' })))).toEqual([
      'parentId:errors.place.parentInvalid',
    ]);
    const gate = await savePlace(
      input({ type: 'gate', code: `${C}0002`, name: '南新园99号楼1单元', parentId: building.id }),
    );
    await expect(deletePlace(building.id)).rejects.toBeInstanceOf(DeleteRefused);
    expect(await db.places.count()).toBe(2);
    await deletePlace(gate.id);
    await deletePlace(building.id);
    expect(await db.places.count()).toBe(0);
  });
});

describe('org units', () => {
  it('creates a community with a checked code and refuses a duplicate', async () => {
    expect(await suggestChildCode(STREET, 'community')).toBe(`${STREET}001`);
    expect(await suggestChildCode(STREET, 'village')).toBe(`${STREET}200`);
    const unit = await saveOrgUnit({
      level: 'community',
      parentCode: STREET,
      code: C,
      name: '南新园社区',
      households: 8500,
    });
    expect(unit.orgPath).toBe(SCOPE);
    expect(
      await problems(saveOrgUnit({ level: 'community', parentCode: STREET, code: C, name: '重名' })),
    ).toEqual(['code:org.errors.duplicate']);
    expect(
      await problems(
        saveOrgUnit({ level: 'community', parentCode: STREET, code: `${STREET}250`, name: 'x' }),
      ),
    ).toEqual(['code:errors.org.code.communityRange']);
    expect(await suggestChildCode(STREET, 'community')).toBe(`${STREET}002`);
  });
});

describe('demo loader', () => {
  const street = { seed: 7, scope: { kind: 'street' as const, code: STREET } };

  it('loads a street without capturing it, findable at once', async () => {
    const result = await loadDemoData(db, street, {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    expect(result.places).toBeGreaterThan(1000);
    expect(await db.places.count()).toBe(result.places);
    expect(await countPending(db)).toBe(0);
    const found = await searchPlaces(db, `110105/${STREET}`, 'nxy');
    expect(found.ids.length).toBeGreaterThan(0);
  });

  it('refuses to load where communities already exist, writing nothing', async () => {
    await saveOrgUnit({ level: 'community', parentCode: STREET, code: C, name: '南新园社区' });
    await expect(
      loadDemoData(db, street, { signal: new AbortController().signal, onProgress: () => undefined }),
    ).rejects.toBeInstanceOf(RefusedError);
    expect(await db.places.count()).toBe(0);
  });

  it('leaves nothing behind when cancelled midway', async () => {
    const controller = new AbortController();
    let reports = 0;
    const loading = loadDemoData(db, street, {
      signal: controller.signal,
      batchPlaces: 200,
      onProgress: () => {
        if (++reports === 1) controller.abort();
      },
    });
    await expect(loading).rejects.toSatisfy(isCancelled);
    expect(reports).toBe(1);
    expect(await db.places.count()).toBe(0);
    expect(await db.orgUnits.where('level').anyOf('community', 'village', 'grid').count()).toBe(0);
    expect(await db.catalog.count()).toBe(0);
  });
});
