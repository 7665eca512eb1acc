import { planCoordinators } from '@shared/demo/coordinators';
import type { Coordinator } from '@shared/model/coordinator';
import type { FieldStamp, StoredRecord } from '@shared/sync/merge';
import { encodeHlc } from '@shared/sync/hlc';
import { MAX_PUSH_MUTATIONS, type Mutation } from '@shared/sync/protocol';
import type { Database } from '../server/db/database';
import { addUser } from '../server/auth/users';
import { saveRecords } from '../server/sync/records';
import { isPostgresServer, openStorageForBench, startSyncServer } from './sync-storage';
import type { Benchmark, Metric } from './run';

/**
 * sync.json (issue 6): the sync server on a real PostgreSQL (bench/sync-storage.ts: a throwaway
 * cluster, DATABASE_URL, or PGlite, and the result says which) serving the benchmark page, so the
 * app's own sync client runs in Chromium on the API's origin.
 *
 * - push10kMutationsMs: 10,000 new coordinators pushed through POST /api/sync/push in pages
 *   of 500, each page one transaction, from Node.
 * - pull240kRowsMs: 240,000 coordinators on the server (the 10,000 pushed plus 230,000
 *   written straight into the records table), loaded by an empty client signed in for the
 *   whole city, until its roster catalog lists all of them.
 * - incremental1kMs: 1,000 edits made on a street user's client, from the start of its sync
 *   until the city client has pulled and applied all of them.
 * - pushImport240kMs: 240,000 new coordinators written on a client as an Excel import writes
 *   them (captured, outbox entries packed), pushed until the server has them all.
 */
const TOTAL = 240_000;
const PUSHED = 10_000;
const CHANGES = 1_000;
const SEED_BATCH = 2_000;
const PASSWORD = 'bench-password-1';

/** The city's 240,000 demo coordinators (the app's own generator), in street order. */
function generateCoordinators(): Coordinator[] {
  const plan = planCoordinators({
    seed: 20200101,
    scope: { kind: 'city' },
    today: '2026-11-01',
    units: [],
    limit: TOTAL,
  });
  const all: Coordinator[] = [];
  for (const chunk of plan.chunks()) all.push(...chunk.coordinators);
  return all;
}

function changedFields(c: Coordinator): Record<string, unknown> {
  const { id: _ignored, ...fields } = c;
  return fields;
}

async function post(url: string, token: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}

async function login(base: string, username: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** The rest of the roster straight into the records table, as pushes would have left it. */
async function seedRecords(db: Database, rows: readonly Coordinator[]): Promise<void> {
  const [state] = await db.query<{ seq: number }>('SELECT seq FROM sync_state WHERE id = 1');
  let seq = state!.seq;
  const at = new Date().toISOString();
  const hlc = encodeHlc({ millis: Date.now(), counter: 0, node: 'bench-seed' });
  for (let i = 0; i < rows.length; i += SEED_BATCH) {
    const batch: StoredRecord[] = rows.slice(i, i + SEED_BATCH).map((c) => {
      seq += 1;
      const data = changedFields(c);
      const stamps: Record<string, FieldStamp> = {};
      for (const f of Object.keys(data)) stamps[f] = [hlc, seq];
      return {
        table: 'coordinators',
        id: c.id,
        orgPath: c.orgPath,
        data,
        stamps,
        deleted: false,
        rev: seq,
        updatedAt: at,
        updatedBy: '基准',
      };
    });
    await db.transaction(async (tx) => {
      await saveRecords(tx, batch);
      await tx.query('UPDATE sync_state SET seq = $1 WHERE id = 1', [seq]);
    });
  }
}

const ms = (value: number): Metric => ({ value: Math.round(value * 10) / 10, unit: 'ms' });

export const benchmark: Benchmark = {
  name: 'sync',
  async run({ browser }) {
    const storage = await openStorageForBench();
    console.log(`sync: storage ${storage.description}`);
    const { db } = storage;
    let app: Awaited<ReturnType<typeof startSyncServer>> | undefined;
    try {
      app = await startSyncServer(db);
      const { base } = app;

      const coordinators = generateCoordinators();
      if (coordinators.length !== TOTAL) throw new Error(`generated ${coordinators.length} coordinators`);
      // The street with the most coordinators is the writer's: its client edits 1,000 distinct records.
      const perStreet = new Map<string, number>();
      for (const c of coordinators) perStreet.set(c.orgPath, (perStreet.get(c.orgPath) ?? 0) + 1);
      const [street, inStreet] = [...perStreet].sort((a, b) => b[1] - a[1])[0]!;
      if (inStreet < CHANGES) throw new Error(`the largest street holds only ${inStreet} coordinators`);
      await addUser(db, {
        username: 'city',
        role: 'admin',
        scope: '',
        password: PASSWORD,
        displayName: '市级',
      });
      await addUser(db, {
        username: 'street',
        role: 'street',
        scope: street,
        password: PASSWORD,
        displayName: '街道',
      });

      // push10kMutationsMs: pages of 500 creates, as a client sends its outbox.
      const token = await login(base, 'city');
      const clientId = 'bench-pusher';
      const millis = Date.now();
      const mutations: Mutation[] = coordinators.slice(0, PUSHED).map((c, i) => ({
        clientId,
        mutationId: i + 1,
        hlc: encodeHlc({ millis, counter: i, node: clientId }),
        table: 'coordinators',
        id: c.id,
        op: 'create',
        changedFields: changedFields(c),
      }));
      const pushStarted = performance.now();
      for (let i = 0; i < mutations.length; i += MAX_PUSH_MUTATIONS) {
        const page = mutations.slice(i, i + MAX_PUSH_MUTATIONS);
        const answer = (await post(`${base}/api/sync/push`, token, { clientId, mutations: page })) as {
          lastMutationId: number;
          rejected: unknown[];
        };
        if (answer.lastMutationId !== page.at(-1)!.mutationId || answer.rejected.length > 0)
          throw new Error(`push refused: ${JSON.stringify(answer).slice(0, 300)}`);
      }
      const pushMs = performance.now() - pushStarted;
      console.log(`sync: pushed ${PUSHED} mutations in ${pushMs.toFixed(0)} ms`);

      const seedStarted = performance.now();
      await seedRecords(db, coordinators.slice(PUSHED));
      // A bulk load leaves no planner statistics and unset hint bits, which a running server's
      // autovacuum would have settled long before anyone pulls: settle them now.
      await db.query('VACUUM ANALYZE records');
      console.log(
        `sync: seeded ${TOTAL - PUSHED} more in ${(performance.now() - seedStarted).toFixed(0)} ms`,
      );

      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`[sync] page error: ${e.message}`));
      await page.goto(`${base}/index.html`);
      await page.waitForFunction(() => 'sync' in ((window.bench as object | undefined) ?? {}));
      await page.evaluate(() => window.bench.sync.reset(['sync-city', 'sync-street']));

      const load = await page.evaluate(
        ({ password }) => window.bench.sync.initialLoad('sync-city', 'city', password),
        { password: PASSWORD },
      );
      console.log(`sync: initial load`, load);
      if (load.listed < TOTAL) throw new Error(`the city client lists ${load.listed} coordinators`);

      const incremental = await page.evaluate(
        ({ password, changes }) =>
          window.bench.sync.incremental(
            'sync-street',
            { username: 'street', password },
            'sync-city',
            { username: 'city', password },
            changes,
          ),
        { password: PASSWORD, changes: CHANGES },
      );
      console.log(`sync: incremental`, incremental);
      if (incremental.seen !== CHANGES)
        throw new Error(`the city client saw ${incremental.seen} of ${CHANGES} edits`);
      const imported = await page.evaluate(
        ({ password, n }) => window.bench.sync.pushImport('sync-import', 'city', password, n),
        { password: PASSWORD, n: TOTAL },
      );
      console.log(`sync: push of an import`, imported);
      if (imported.pending !== TOTAL || imported.pushed !== TOTAL || imported.left !== 0)
        throw new Error(`the import's push: ${JSON.stringify(imported)}`);
      await page.evaluate(() => window.bench.sync.reset(['sync-city', 'sync-street', 'sync-import']));
      await context.close();

      return {
        push10kMutationsMs: ms(pushMs),
        pull240kRowsMs: ms(load.ms),
        pull240kPages: { value: load.pages, unit: 'count' },
        incremental1kMs: ms(incremental.ms),
        incremental1kPushMs: ms(incremental.pushMs),
        incremental1kPullMs: ms(incremental.pullMs),
        pushImport240kMs: ms(imported.ms),
        // 1 = a real PostgreSQL server, 0 = the embedded PGlite (see the console line "storage").
        postgresServer: { value: isPostgresServer(storage), unit: 'count' },
      };
    } finally {
      await app?.close();
      await storage.stop();
    }
  },
};
