import { addUser } from '../server/auth/users';
import type { Benchmark, Metric } from './run';
import { isPostgresServer, openStorageForBench, startSyncServer } from './sync-storage';

/**
 * divisions.json (区划调整, issue 16): split 南新园社区 (8,500 households, ~280 places with gates,
 * workers, assignments, a year of tickets) into three.
 *
 * - divisionSplitApplyMs: applied locally with the app's own capture and catalog (target < 5 s),
 *   and divisionSplitLongestTaskMs, the longest main-thread task meanwhile (target < 200 ms).
 * - divisionSplitSyncMs: the same split made on one street client and carried by the app's own
 *   sync client through the sync server (PostgreSQL, as in sync.json: bench/sync-storage.ts) to
 *   another client scoped to the street, from the start of the writer's sync until the reader
 *   shows the new communities and every place moved into them (target < 10 s); with its push and
 *   pull parts.
 *
 * BENCH_DIVISIONS_SCALE (default 1) shrinks the street for a check run.
 */
const PASSWORD = 'bench-password-1';
const STREET = '110105/110105021';

export const benchmark: Benchmark = {
  name: 'divisions',
  async run({ page, browser }) {
    page.setDefaultTimeout(600_000);
    const scale = Number(process.env.BENCH_DIVISIONS_SCALE ?? '1');
    const setup = await page.evaluate((s) => window.bench.divisions.reset(s), scale);
    console.log('setup:', JSON.stringify(setup));
    const split = await page.evaluate(() => window.bench.divisions.split());
    console.log('split:', JSON.stringify(split));

    const storage = await openStorageForBench();
    console.log(`divisions: storage ${storage.description}`);
    let server: Awaited<ReturnType<typeof startSyncServer>> | undefined;
    let synced;
    try {
      server = await startSyncServer(storage.db);
      for (const username of ['writer', 'reader'])
        await addUser(storage.db, {
          username,
          role: 'street',
          scope: STREET,
          password: PASSWORD,
          displayName: `街道${username}`,
        });
      // The page must come from the sync server: the app's client calls the API on its own origin.
      const context = await browser.newContext();
      const onServer = await context.newPage();
      onServer.setDefaultTimeout(600_000);
      onServer.on('pageerror', (e) => console.error(`[divisions] page error: ${e.message}`));
      await onServer.goto(`${server.base}/index.html`);
      await onServer.waitForFunction(() => 'divisions' in ((window.bench as object | undefined) ?? {}));
      synced = await onServer.evaluate(
        ({ s, password }) =>
          window.bench.divisions.syncSplit(
            s,
            { username: 'writer', password },
            { username: 'reader', password },
          ),
        { s: scale, password: PASSWORD },
      );
      console.log('sync:', JSON.stringify(synced));
      await context.close();
    } finally {
      await server?.close();
      await storage.stop();
    }
    if (synced.communitiesSeen !== 2 || synced.placesSeen !== synced.placesMoved)
      throw new Error(`the reader does not show the split: ${JSON.stringify(synced)}`);

    const ms = (value: number): Metric => ({ value: Math.round(value), unit: 'ms' });
    return {
      divisionSplitApplyMs: ms(split.ms),
      divisionSplitLongestTaskMs: ms(split.longestTaskMs),
      divisionSplitMoved: { value: split.moved, unit: 'count' },
      divisionSplitSyncMs: ms(synced.ms),
      divisionSplitSyncPushMs: ms(synced.pushMs),
      divisionSplitSyncPullMs: ms(synced.pullMs),
      divisionSplitSyncPulled: { value: synced.pulled, unit: 'count' },
      // 1 = a real PostgreSQL server, 0 = the embedded PGlite (see the console line "storage").
      postgresServer: { value: isPostgresServer(storage), unit: 'count' },
      divisionScale: { value: scale, unit: 'count' },
    };
  },
};
