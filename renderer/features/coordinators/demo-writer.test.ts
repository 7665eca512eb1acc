import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { clearLocalData } from '../../db/local-data';
import { isCancelled } from '@shared/cancel';
import { loadDemoData } from '../welcome/demo-loader';
import { loadBoard } from './dispatch/board-data';
import { loadCoordinatorDemo } from './demo-writer';
import { findCoordinators, NO_FILTER } from './roster-search';
import { countPending } from '../../db/outbox';

/** The demo's reference day, fixed so the data and what the test reads agree on any clock. */
const TODAY = '2026-11-25';
/** The Monday of TODAY's week: the board week the demo's assignments cover. */
const WEEK_OF_TODAY = '2026-11-23';

beforeEach(async () => {
  await clearLocalData(db);
});

describe('demo roster loader', () => {
  it('loads a street with its roster, assignments and attendance, without capture, ready to search and dispatch', async () => {
    await loadDemoData(
      db,
      { seed: 1, scope: { kind: 'street', code: '110105021' }, today: TODAY },
      { signal: new AbortController().signal, onProgress: () => undefined },
    );
    const coordinators = await db.coordinators.toArray();
    expect(coordinators.length).toBeGreaterThan(300);
    expect(await db.assignments.count()).toBeGreaterThan(coordinators.length * 0.9);
    expect(await db.attendance.count()).toBeGreaterThan(1000);
    expect(await countPending(db)).toBe(0);
    const someone = coordinators[17]!;
    const found = await findCoordinators(db, '110105/110105021', {
      ...NO_FILTER,
      query: `${someone.name} ${someone.residentId.slice(-4)}`,
    });
    expect(found).toContain(someone.id);
    const board = await loadBoard(db, '110105/110105021/110105021001', [WEEK_OF_TODAY]);
    expect(board.rows.length).toBeGreaterThan(0);
    expect(board.community?.name).toBe('南新园社区');
  }, 60_000);

  it('takes back everything it wrote when cancelled', async () => {
    const controller = new AbortController();
    const loading = loadCoordinatorDemo(
      db,
      { seed: 1, scope: { kind: 'district', code: '110101' } },
      { signal: controller.signal, today: TODAY, onProgress: () => controller.abort() },
    );
    await expect(loading).rejects.toSatisfy(isCancelled);
    expect(await db.coordinators.count()).toBe(0);
    expect(await db.assignments.count()).toBe(0);
    expect(await db.attendance.count()).toBe(0);
    expect(await findCoordinators(db, '', NO_FILTER)).toEqual([]);
  }, 60_000);
});
