/**
 * The sync benchmark inside Chromium: the app's own sync client (renderer/sync) with its
 * database, capture and catalog middleware, against a real sync server. The page is served
 * by that server, so the API is on the page's own origin. bench/sync.bench.ts drives it.
 */
import { StreetDeskDb } from '../../renderer/db/database';
import { ensureReferenceData } from '../../renderer/db/reference';
import { ensureClientClock } from '../../renderer/db/capture';
import { readCatalog } from '../../renderer/db/catalog';
import { SyncApi } from '../../renderer/sync/api';
import { syncOnce, type SyncTarget } from '../../renderer/sync/engine';
import { pushOutbox } from '../../renderer/sync/push';
import { CHUNK_ROWS } from '../../renderer/features/excel/batches';
import { planCoordinators } from '@shared/demo/coordinators';
import type { Coordinator } from '@shared/model/coordinator';
import { countPending } from '../../renderer/db/outbox';

export const name = 'sync';

async function openClient(dbName: string): Promise<StreetDeskDb> {
  const db = new StreetDeskDb(dbName);
  await db.open();
  await ensureReferenceData(db);
  await ensureClientClock(db);
  return db;
}

async function signIn(username: string, password: string): Promise<SyncTarget> {
  const login = await new SyncApi(location.origin).login(username, password);
  return {
    api: new SyncApi(location.origin, login.token),
    serverId: login.serverId,
    user: login.user,
  };
}

export const api = {
  async reset(names: string[]): Promise<void> {
    for (const n of names) await new StreetDeskDb(n).delete();
  },

  /**
   * A first sync of an empty client: the snapshot of the user's scope in pages, applied with
   * the catalog kept, until the roster can list every coordinator of the scope.
   */
  async initialLoad(
    dbName: string,
    username: string,
    password: string,
  ): Promise<{ ms: number; pulled: number; listed: number; pages: number }> {
    const db = await openClient(dbName);
    const target = await signIn(username, password);
    let pages = 0;
    const started = performance.now();
    const result = await syncOnce(db, target, { onPull: () => (pages += 1) });
    const listed = (await readCatalog(db, 'coordinators', target.user.scope)).ids().length;
    const ms = performance.now() - started;
    db.close();
    return { ms, pulled: result.pulled, listed, pages };
  },

  /**
   * `changes` edits made on a writer client (a street user, whose street it loads first),
   * then the time from the writer's sync starting until the reader (already holding the
   * whole city) has every edit: the writer's push, the reader's pull and apply.
   */
  async incremental(
    writerDb: string,
    writer: { username: string; password: string },
    readerDb: string,
    reader: { username: string; password: string },
    changes: number,
  ): Promise<{ ms: number; pushMs: number; pullMs: number; pushed: number; pulled: number; seen: number }> {
    const a = await openClient(writerDb);
    const b = await openClient(readerDb);
    const targetA = await signIn(writer.username, writer.password);
    const targetB = await signIn(reader.username, reader.password);
    await syncOnce(a, targetA);
    await syncOnce(b, targetB);

    const rows = await a.coordinators.orderBy('id').toArray();
    if (rows.length === 0) throw new Error('the writer holds no coordinators');
    const stamp = `incremental ${Date.now()}`;
    const wanted = new Map<string, string>();
    // Edits in rounds of distinct records, each round one transaction (captured as it would be in use).
    for (let done = 0; done < changes;) {
      const round = rows.slice(0, Math.min(rows.length, changes - done)).map((r, i) => {
        const notes = `${stamp} #${done + i}`;
        wanted.set(r.id, notes);
        return { ...r, notes };
      });
      await a.coordinators.bulkPut(round);
      done += round.length;
    }
    const outbox = await countPending(a);
    if (outbox !== changes)
      throw new Error(`the writer's outbox holds ${outbox} changes, expected ${changes}`);

    const started = performance.now();
    const pushed = await syncOnce(a, targetA);
    const pushedAt = performance.now();
    const pulled = await syncOnce(b, targetB);
    const ms = performance.now() - started;
    const got = await b.coordinators.bulkGet([...wanted.keys()]);
    const seen = got.filter((c) => c && c.notes === wanted.get(c.id)).length;
    a.close();
    b.close();
    return {
      ms,
      pushMs: pushedAt - started,
      pullMs: ms - (pushedAt - started),
      pushed: pushed.pushed,
      pulled: pulled.pulled,
      seen,
    };
  },

  /**
   * A large import pushed: `n` new coordinators written on an empty client in transactions
   * of an import's size, captured as its commit is (packed outbox records), then the time
   * until the whole outbox is on the server.
   */
  async pushImport(
    dbName: string,
    username: string,
    password: string,
    n: number,
  ): Promise<{ ms: number; pending: number; pushed: number; left: number }> {
    const db = await openClient(dbName);
    const { clientId } = await ensureClientClock(db);
    const target = await signIn(username, password);
    const plan = planCoordinators({
      seed: 20261126,
      scope: { kind: 'city' },
      today: '2026-11-01',
      units: [],
      limit: n,
    });
    let rows: Coordinator[] = [];
    for (const chunk of plan.chunks()) {
      rows.push(...chunk.coordinators);
      if (rows.length >= CHUNK_ROWS) {
        await db.coordinators.bulkAdd(rows);
        rows = [];
      }
    }
    if (rows.length > 0) await db.coordinators.bulkAdd(rows);
    const pending = await countPending(db);
    const started = performance.now();
    const pushed = await pushOutbox(db, target.api, clientId);
    const ms = performance.now() - started;
    const left = await countPending(db);
    db.close();
    return { ms, pending, pushed, left };
  },
};

declare global {
  interface BenchApis {
    sync: typeof api;
  }
}
