/**
 * The sync server as benchmarks use it (sync.json, divisions.json): on a real PostgreSQL — a
 * throwaway cluster started here like .ci/run does (DATABASE_URL, when set, is used instead, in a
 * schema of its own); without PostgreSQL binaries the embedded PGlite, and the description says so —
 * serving the built benchmark page, so the app's own sync client runs in Chromium on the API's origin.
 */
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
import type { Database } from '../server/db/database';
import { openPglite } from '../server/db/pglite';
import { openPostgres } from '../server/db/postgres';
import { migrate } from '../server/db/migrations';
import { serverIdOf } from '../server/db/open';
import { createSyncServer } from '../server/sync-server';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface Storage {
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

export async function openStorageForBench(): Promise<Storage> {
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

/** The sync server on `db` (migrated first), serving dist/bench; `base` is its origin. */
export async function startSyncServer(db: Database): Promise<{ base: string; close(): Promise<void> }> {
  await migrate(db);
  const serverId = await serverIdOf(db);
  const app = createSyncServer({ db, serverId, root: path.join(here, '..', 'dist', 'bench') });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { base, close: () => app.close() };
}

/** Whether the storage is a PostgreSQL server (1) or the embedded PGlite (0), for the results. */
export const isPostgresServer = (storage: Storage) => (storage.description.startsWith('PostgreSQL') ? 1 : 0);
