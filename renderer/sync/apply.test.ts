import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planCoordinators } from '@shared/demo/coordinators';
import type { Coordinator } from '@shared/model/coordinator';
import type { ChangeRow } from '@shared/sync/protocol';
import { withoutCapture, type StreetDeskDb } from '../db';
import { readCatalog } from '../db/catalog';
import { createTestDb } from '../db/test-db';
import { applyChanges } from './apply';
import { CURSOR_KEY, readMeta, type CursorState } from './state';
import { decodeHlc, encodeHlc, MAX_DRIFT_MS } from '@shared/sync/hlc';
import { CLOCK_KEY, ensureClientClock, type ClockRow } from '../db/capture';

function coordinators(n: number): Coordinator[] {
  const plan = planCoordinators({
    seed: 7,
    scope: { kind: 'city' },
    today: '2026-11-01',
    units: [],
    limit: n,
  });
  return [...plan.chunks()].flatMap((c) => c.coordinators);
}

const changeOf = (c: Coordinator, rev: number): ChangeRow => {
  const { id, ...data } = c;
  return { table: 'coordinators', id, rev, data, updatedAt: '2026-11-01T00:00:00.000Z', updatedBy: '街道' };
};

const cursor: CursorState = { cursor: 'next', clientId: 'c', serverId: 's', scope: '' };

describe('applyChanges, snapshot pages', () => {
  let db: StreetDeskDb;
  afterEach(() => db.close());

  it('adds new rows, applies those already stored like any change, and keeps the catalog and cursor', async () => {
    db = createTestDb();
    await db.open();
    const [stored, ...fresh] = coordinators(4) as [Coordinator, ...Coordinator[]];
    // A row the server has not sent yet (no rev, no pending change): the snapshot's add meets it.
    await withoutCapture(db, ['coordinators'], () => db.coordinators.add({ ...stored, notes: 'local' }));

    const server = { ...stored, notes: 'server' };
    await applyChanges(
      db,
      [server, ...fresh].map((c, i) => changeOf(c, 10 + i)),
      { snapshot: true, cursor },
    );

    const rows = await db.coordinators.orderBy('id').toArray();
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.id === stored.id)).toMatchObject({ notes: 'server', rev: 10 });
    for (const [i, c] of fresh.entries()) expect(rows.find((r) => r.id === c.id)?.rev).toBe(11 + i);
    const listed = (await readCatalog(db, 'coordinators', '')).ids();
    expect([...listed].sort()).toEqual(rows.map((r) => r.id).sort());
    expect(await readMeta<CursorState>(db, CURSOR_KEY)).toEqual(cursor);
  });
});

describe('applyChanges, the client clock', () => {
  let db: StreetDeskDb;
  afterEach(() => {
    vi.restoreAllMocks();
    db.close();
  });

  const clockOf = async () => ((await db.meta.get(CLOCK_KEY)) as ClockRow).hlc;
  const stamped = (c: Coordinator, millis: number): ChangeRow => ({
    ...changeOf(c, 1),
    hlc: encodeHlc({ millis, counter: 0, node: 'server' }),
  });

  it('moves past the clocks it receives, but not to one more than a day ahead', async () => {
    db = createTestDb();
    await ensureClientClock(db);
    const [near, far] = coordinators(2) as [Coordinator, Coordinator];
    const soon = Date.now() + 60_000;
    await applyChanges(db, [stamped(near, soon)]);
    expect(decodeHlc(await clockOf()).millis).toBe(soon);

    await applyChanges(db, [stamped(far, Date.now() + MAX_DRIFT_MS + 60_000)], { cursor });
    expect(decodeHlc(await clockOf()).millis).toBe(soon);
    expect(await db.coordinators.get(far.id)).toBeDefined();
    expect(await readMeta<CursorState>(db, CURSOR_KEY)).toEqual(cursor);
  });

  it('fails the page when the clock cannot be written, instead of landing rows behind it', async () => {
    db = createTestDb();
    await ensureClientClock(db);
    const before = await clockOf();
    const put = db.meta.put.bind(db.meta);
    vi.spyOn(db.meta, 'put').mockImplementation((row, key) =>
      (row as { key?: string }).key === CLOCK_KEY
        ? Dexie.Promise.reject(new Error('QuotaExceededError'))
        : put(row, key),
    );
    const [c] = coordinators(1) as [Coordinator];
    await expect(applyChanges(db, [stamped(c, Date.now() + 60_000)], { cursor })).rejects.toThrow(
      'QuotaExceededError',
    );
    vi.restoreAllMocks();
    expect(await db.coordinators.get(c.id)).toBeUndefined();
    expect(await clockOf()).toBe(before);
    expect(await readMeta<CursorState>(db, CURSOR_KEY)).toBeUndefined();
  });
});

describe('applyChanges, org unit codes', () => {
  let db: StreetDeskDb;
  afterEach(() => db.close());

  it('applies a page that gives one unit the code another unit of the page gives up, and one that removes the unit holding it', async () => {
    db = createTestDb();
    await db.open();
    const unit = (id: string, code: string) => ({
      id,
      code,
      name: `网格${code.slice(12)}`,
      level: 'grid' as const,
      parentCode: code.slice(0, 12),
      orgPath: `110105/110105001/${code.slice(0, 12)}/${code}`,
      source: 'user' as const,
    });
    const row = (u: ReturnType<typeof unit>, rev: number): ChangeRow => {
      const { id, ...data } = u;
      return { table: 'orgUnits', id, rev, data, updatedAt: '2027-01-01T00:00:00.000Z', updatedBy: '街道' };
    };
    // Held here: a grid of a division change the server refused (gone in the page), and a grid
    // whose code the page moves on, while another unit takes it — in that order.
    await withoutCapture(db, ['orgUnits'], () =>
      db.orgUnits.bulkAdd([unit('refused', '110105001004001'), unit('a', '110105001004002')]),
    );
    await applyChanges(db, [
      row(unit('theirs', '110105001004001'), 10),
      row(unit('b', '110105001004002'), 11),
      row(unit('a', '110105001004003'), 12),
      { table: 'orgUnits', id: 'refused', rev: 0, gone: true },
    ]);
    // A unit outside the page whose own queued change moved it onto a code the page gives to
    // another: parked under a code of its own until the server answers that change.
    await withoutCapture(db, ['orgUnits'], () => db.orgUnits.put(unit('queued', '110105001004005')));
    await applyChanges(db, [row(unit('other', '110105001004005'), 13)]);
    expect((await db.orgUnits.get('other'))?.code).toBe('110105001004005');
    expect((await db.orgUnits.get('queued'))?.code).toBe('110105001004005#queued');
    await db.orgUnits.bulkDelete(['other', 'queued']);

    const held = await db.orgUnits.orderBy('code').toArray();
    expect(held.map((u) => [u.id, u.code])).toEqual([
      ['theirs', '110105001004001'],
      ['b', '110105001004002'],
      ['a', '110105001004003'],
    ]);
  });
});
