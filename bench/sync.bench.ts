import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { planCoordinators } from '@shared/demo/coordinators';
import type { Coordinator } from '@shared/model/coordinator';
import type { FieldStamp, StoredRecord } from '@shared/sync/merge';
import { encodeHlc } from '@shared/sync/hlc';
import { MAX_PUSH_MUTATIONS, type Mutation } from '@shared/sync/protocol';
import type { Database } from '../server/db/database';
import { openPglite } from '../server/db/pglite';
import { openPostgres } from '../server/db/postgres';
import { migrate } from '../server/db/migrations';
import { serverIdOf } from '../server/db/open';
import { addUser } from '../server/auth/users';
import { saveRecords } from '../server/sync/records';
import { createSyncServer } from '../server/sync-server';
import type { Benchmark, Metric } from './run';

/**
 * sync.json (issue 6): the sync server on a real PostgreSQL — a throwaway cluster started
 * here like .ci/run does (DATABASE_URL, when set, is used instead; without PostgreSQL
 * binaries the embedded PGlite, and the result says so) — serving the benchmark page, so the
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
const here = path.dirname(fileURLToPath(import.meta.url));

interface Storage {
  db: Database;
  description: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** initdb and pg_ctl: on PATH or where Debian's packages put them. */
function postgresBin(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const initdb = path.join(dir, 'initdb');
    if (existsSync(initdb) && existsSync(path.join(dir, 'pg_ctl'))) return path.dirname(realpathSync(initdb));
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const dir = path.join(root, v, 'bin');
    if (existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  return undefined;
}

/** Runs a PostgreSQL binary as `postgres` when we are root (it refuses to run as root). */
function runPg(bin: string, args: string[], asUser: string | undefined): void {
  const command = asUser ? 'runuser' : bin;
  const full = asUser ? ['-u', asUser, '--', bin, ...args] : args;
  const result = spawnSync(command, full, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(bin)} failed: ${result.stderr || result.stdout}`);
}

async function startCluster(bin: string): Promise<Storage> {
  const root = process.getuid?.() === 0;
  const user = root ? 'postgres' : undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'street-desk-bench-pg-'));
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'socket'));
  if (root) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, uid, gid);
    chownSync(path.join(dir, 'socket'), uid, gid);
  }
  const port = await freePort();
  const data = path.join(dir, 'data');
  runPg(
    path.join(bin, 'initdb'),
    ['-D', data, '-A', 'trust', '-U', 'app', '--encoding=UTF8', '--locale=C'],
    user,
  );
  runPg(
    path.join(bin, 'pg_ctl'),
    [
      '-D',
      data,
      '-w',
      '-l',
      path.join(dir, 'postgres.log'),
      '-o',
      `-c listen_addresses=127.0.0.1 -p ${port} -k ${path.join(dir, 'socket')}`,
      'start',
    ],
    user,
  );
  const db = openPostgres({ connectionString: `postgres://app@127.0.0.1:${port}/postgres`, max: 10 });
  const version =
    (await db.query<{ v: string }>("SELECT current_setting('server_version') AS v"))[0]?.v ?? '?';
  return {
    db,
    description: `PostgreSQL ${version} (throwaway cluster, default settings, 127.0.0.1)`,
    async stop() {
      await db.close();
      try {
        runPg(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], user);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

async function openStorageForBench(): Promise<Storage> {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    const schema = `bench_${Date.now()}`;
    const admin = openPostgres({ connectionString: url, max: 1 });
    await admin.query(`CREATE SCHEMA ${schema}`);
    const db = openPostgres({ connectionString: url, options: `-c search_path=${schema}`, max: 10 });
    const version =
      (await db.query<{ v: string }>("SELECT current_setting('server_version') AS v"))[0]?.v ?? '?';
    return {
      db,
      description: `PostgreSQL ${version} (DATABASE_URL)`,
      async stop() {
        await db.close();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.close();
      },
    };
  }
  const bin = postgresBin();
  if (bin) return startCluster(bin);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'street-desk-bench-pglite-'));
  const db = await openPglite(dir);
  return {
    db,
    description: 'PGlite (embedded PostgreSQL): no PostgreSQL server binaries on this machine',
    async stop() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

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
    let app: ReturnType<typeof createSyncServer> | undefined;
    try {
      await migrate(db);
      const serverId = await serverIdOf(db);
      app = createSyncServer({ db, serverId, root: path.join(here, '..', 'dist', 'bench') });
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

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
        postgresServer: { value: storage.description.startsWith('PostgreSQL') ? 1 : 0, unit: 'count' },
      };
    } finally {
      await app?.close();
      await storage.stop();
    }
  },
};
