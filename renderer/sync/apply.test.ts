import { afterEach, describe, expect, it } from 'vitest';
import { planCoordinators } from '@shared/demo/coordinators';
import type { Coordinator } from '@shared/model/coordinator';
import type { ChangeRow } from '@shared/sync/protocol';
import { withoutCapture, type StreetDeskDb } from '../db';
import { readCatalog } from '../db/catalog';
import { createTestDb } from '../db/test-db';
import { applyChanges } from './apply';
import { CURSOR_KEY, readMeta, type CursorState } from './state';

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
