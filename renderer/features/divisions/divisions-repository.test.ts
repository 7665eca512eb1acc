import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '@shared/model/org';
import type { Place } from '@shared/model/place';
import type { Ticket } from '@shared/model/ticket';
import type { DivisionDraft } from '@shared/divisions/plan';
import { createTestDb } from '../../db/test-db';
import { readCatalog } from '../../db/catalog';
import { countPending } from '../../db/outbox';
import { RefusedError } from '../../app/input-error';
import { applyDivision, communityHistory, planUndo, undoDivision } from './divisions-repository';

const S = '110105001001';
const S_PATH = `110105/110105001/${S}`;
const street = { role: 'street' as const, displayName: '街道民政科' };
const NOW = '2027-01-01T09:00:00+08:00';

function unit(code: string, name: string, level: OrgUnit['level'], households?: number): OrgUnit {
  const orgPath = [6, 9, 12, 15]
    .filter((n) => code.length >= n)
    .map((n) => code.slice(0, n))
    .join('/');
  return {
    id: `u${code}`,
    code,
    name,
    level,
    parentCode: code.slice(0, code.length - 3),
    orgPath,
    households,
    source: 'user',
  };
}

async function setUp() {
  const db = createTestDb();
  await db.orgUnits.bulkAdd([
    unit(S, '南新园社区', 'community', 8500),
    unit(`${S}001`, '第一网格', 'grid'),
    unit(`${S}002`, '第二网格', 'grid'),
  ]);
  const places: Place[] = [1, 2].flatMap((g) =>
    [1, 2].map((b) => ({
      id: `p${g}${b}`,
      orgPath: `${S_PATH}/${S}00${g}`,
      gridCode: `${S}00${g}`,
      code: `${S}000${g * 2 + b - 2}`,
      type: 'building' as const,
      name: `南新园${g}${b}号楼`,
      address: `南新园小区${g}${b}号楼`,
      households: 1500,
      residents: 3000,
      servicePointIds: [],
    })),
  );
  await db.places.bulkAdd(places);
  const ticket: Ticket = {
    id: 't1',
    orgPath: `${S_PATH}/${S}002`,
    number: 'G1',
    source: 'hotline',
    kind: 'complaint',
    content: '楼道堆物',
    address: '南新园21号楼',
    receivedAt: '2026-12-20T10:00:00+08:00',
    urgent: false,
    state: 'handling',
    linkStatus: 'linked',
    placeId: 'p21',
  };
  await db.tickets.bulkAdd([ticket, { ...ticket, id: 't2', number: 'G2', state: 'closed' }]);
  return db;
}

const draft: DivisionDraft = {
  kind: 'split',
  sources: [S],
  effectiveOn: '2027-01-01',
  targets: [
    { code: S, name: '南新园社区', gridCodes: [], placeIds: [], remainder: true },
    { name: '南新园东社区', gridCodes: [`${S}002`], placeIds: [] },
  ],
};
const NEW = '110105001002';
const NEW_PATH = `110105/110105001/${NEW}`;

describe('applyDivision', () => {
  it('moves grids, places and open work in one captured change, keeping 原属', async () => {
    const db = await setUp();
    const pendingBefore = await countPending(db);
    const phases: string[] = [];
    const change = await applyDivision(db, draft, street, {
      now: NOW,
      onProgress: (p) => phases.push(p.phase),
    });
    expect(phases).toContain('writing');
    expect(change.result!.codes).toEqual([S, NEW]);

    const moved = (await db.places.get('p21'))!;
    expect(moved).toMatchObject({
      orgPath: `${NEW_PATH}/${NEW}002`,
      gridCode: `${NEW}002`,
      code: `${NEW}0003`,
    });
    expect(moved.formerly).toEqual([
      {
        changeId: change.id,
        on: '2027-01-01',
        orgPath: `${S_PATH}/${S}002`,
        code: `${S}0003`,
        gridCode: `${S}002`,
      },
    ]);
    expect((await db.places.get('p11'))!.orgPath).toBe(`${S_PATH}/${S}001`);
    expect((await db.tickets.get('t1'))!.orgPath).toBe(`${NEW_PATH}/${NEW}002`);
    expect((await db.tickets.get('t2'))!.orgPath).toBe(`${S_PATH}/${S}002`);

    const created = await db.orgUnits.where('code').equals(NEW).first();
    expect(created).toMatchObject({
      name: '南新园东社区',
      level: 'community',
      households: 3000,
      orgPath: NEW_PATH,
    });
    expect((await db.orgUnits.where('code').equals(S).first())!.households).toBe(5500);
    expect(await db.orgUnits.where('code').equals(`${NEW}002`).count()).toBe(1);

    // The catalog follows: the new community's search finds its places, the old one's no longer.
    const newView = await readCatalog(db, 'places', NEW_PATH);
    expect(newView.ids().sort()).toEqual(['p21', 'p22']);
    expect((await readCatalog(db, 'places', S_PATH)).ids().sort()).toEqual(['p11', 'p12']);
    // Every write is queued for sync: 2 places, 1 grid, 1 ticket, 2 units, the change.
    expect((await countPending(db)) - pendingBefore).toBe(7);
    expect((await communityHistory(db, NEW)).map((c) => c.id)).toEqual([change.id]);
  });

  it('writes nothing when cancelled, and refuses a bad draft with its reason', async () => {
    const db = await setUp();
    const controller = new AbortController();
    controller.abort();
    await expect(applyDivision(db, draft, street, { now: NOW, signal: controller.signal })).rejects.toThrow();
    expect((await db.places.get('p21'))!.orgPath).toBe(`${S_PATH}/${S}002`);
    expect(await db.divisionChanges.count()).toBe(0);
    const bad = { ...draft, targets: [{ ...draft.targets[0]!, remainder: false }, draft.targets[1]!] };
    await expect(applyDivision(db, bad, street, { now: NOW })).rejects.toMatchObject({
      key: 'errors.division.remainder',
    });
    await expect(
      applyDivision(db, draft, { role: 'field', displayName: 'x' }, { now: NOW }),
    ).rejects.toBeInstanceOf(RefusedError);
  });
});

describe('undoDivision', () => {
  it('sets every moved record back and removes the new community', async () => {
    const db = await setUp();
    const change = await applyDivision(db, draft, street, { now: NOW });
    const plan = await planUndo(db, change.id);
    expect(plan.blockers).toEqual([]);
    expect(plan.counts).toMatchObject({ places: 2, orgUnits: 1, tickets: 1 });
    expect(plan.removedCommunities).toBe(1);
    await undoDivision(db, change.id, street, { now: NOW });

    const back = (await db.places.get('p21'))!;
    expect(back).toMatchObject({ orgPath: `${S_PATH}/${S}002`, gridCode: `${S}002`, code: `${S}0003` });
    expect(back.formerly).toBeUndefined();
    expect((await db.tickets.get('t1'))!.orgPath).toBe(`${S_PATH}/${S}002`);
    expect(await db.orgUnits.where('code').equals(NEW).count()).toBe(0);
    expect(await db.orgUnits.where('code').equals(`${S}002`).count()).toBe(1);
    expect((await db.orgUnits.where('code').equals(S).first())!.households).toBe(8500);
    expect((await db.divisionChanges.get(change.id))!.state).toBe('undone');
    expect((await readCatalog(db, 'places', S_PATH)).ids()).toHaveLength(4);
  });

  it('never gives the code of an undone community again: the next change takes the one after', async () => {
    const db = await setUp();
    const first = await applyDivision(db, draft, street, { now: NOW });
    expect(first.result!.codes[1]).toBe(NEW);
    await undoDivision(db, first.id, street, { now: '2027-01-02T09:00:00+08:00' });
    // The unit is gone, but the undone change still says 002 was issued.
    expect(await db.orgUnits.where('code').equals(NEW).count()).toBe(0);
    const second = await applyDivision(db, { ...draft, effectiveOn: '2027-02-01' }, street, {
      now: '2027-02-01T09:00:00+08:00',
    });
    expect(second.result!.codes).toEqual([S, '110105001003']);
    expect((await db.places.get('p21'))!.code).toBe('1101050010030003');
  });

  it('is refused, saying why, when a record was made in the new community since', async () => {
    const db = await setUp();
    const change = await applyDivision(db, draft, street, { now: NOW });
    const p = (await db.places.get('p22'))!;
    await db.places.add({ ...p, id: 'p-new', code: `${NEW}0099`, formerly: undefined });
    const plan = await planUndo(db, change.id);
    expect(plan.blockers).toEqual([{ key: 'madeSince', count: 1 }]);
    await expect(undoDivision(db, change.id, street, { now: NOW })).rejects.toMatchObject({
      key: 'errors.division.undo.madeSince',
      values: { count: 1 },
    });
    expect((await db.places.get('p21'))!.orgPath).toBe(`${NEW_PATH}/${NEW}002`);
  });
});
