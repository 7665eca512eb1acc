import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@shared/auth/roles';
import type { Place } from '@shared/model/place';
import { BundleError } from '@shared/sync/bundle';
import { createTestDb } from '../../renderer/db/test-db';
import type { StreetDeskDb } from '../../renderer/db';
import { ensureClientClock } from '../../renderer/db/capture';
import { readCatalog } from '../../renderer/db/catalog';
import { DATASET_KEY } from '../../renderer/db/local-data';
import { RefusedError } from '../../renderer/app/input-error';
import { SyncApi } from '../../renderer/sync/api';
import { signIn } from '../../renderer/sync/connection';
import { syncOnce, type SyncTarget } from '../../renderer/sync/engine';
import { pullAll } from '../../renderer/sync/pull';
import { pushOutbox } from '../../renderer/sync/push';
import { exportChangesBundle, importBundle } from '../../renderer/sync/bundles';
import { chooseConflictSide } from '../../renderer/sync/conflicts';
import {
  conflictsTable,
  CURSOR_KEY,
  readMeta,
  rejectedTable,
  SERVER_KEY,
  writeMeta,
  type CursorState,
  type ServerIdentity,
} from '../../renderer/sync/state';
import type { Database } from '../../server/db/database';
import { purgeTombstones } from '../../server/sync/retention';
import {
  BACKENDS,
  COMMUNITY_A,
  createUser,
  PASSWORD,
  startServer,
  STREET_A,
  STREET_B,
  type TestServer,
} from './harness';
import { countPending } from '../../renderer/db/outbox';

/**
 * The sync client (renderer/sync) against a real server: two clients with their own
 * IndexedDB (fake-indexeddb here, real Chromium in the e2e suite), every write captured by
 * the app's middleware, every server row applied through the app's rebase.
 */
for (const backend of BACKENDS)
  describe.skipIf(backend.skip !== undefined)(
    `sync client against the server on ${backend.name}${backend.skip ? ` — ${backend.skip}` : ''}`,
    () => {
      let db: Database;
      let drop: () => Promise<void>;
      let server: TestServer;
      const targets = new Map<string, SyncTarget>();

      beforeAll(async () => {
        ({ db, drop } = await backend.open());
        server = await startServer(db);
        for (const [name, role, scope] of [
          ['streetA', 'street', STREET_A],
          ['streetA2', 'street', STREET_A],
          ['streetB', 'street', STREET_B],
        ] as const) {
          await createUser(db, name, role, scope);
        }
      }, 120_000);

      afterAll(async () => {
        await server?.close();
        await drop?.();
      });

      async function target(username: string): Promise<SyncTarget> {
        let t = targets.get(username);
        if (!t) {
          const login = await new SyncApi(server.url).login(username, PASSWORD);
          t = { api: new SyncApi(server.url, login.token), serverId: login.serverId, user: login.user };
          targets.set(username, t);
        }
        return t;
      }

      async function client(): Promise<StreetDeskDb> {
        const local = createTestDb();
        await local.open();
        await ensureClientClock(local);
        return local;
      }

      const newPlace = (name: string, extra: Partial<Place> = {}): Place => ({
        id: randomUUID(),
        orgPath: COMMUNITY_A,
        code: `110105001001${String(Math.floor(Math.random() * 9000) + 1000)}`,
        type: 'building',
        name,
        address: `${name}地址`,
        households: 10,
        residents: 20,
        servicePointIds: [],
        ...extra,
      });

      it('syncs a captured write to another client, catalogued there, and stores the cursor with the rows', async () => {
        const a = await client();
        const b = await client();
        const place = newPlace('同步楼');
        await a.places.add(place);
        expect(await countPending(a)).toBe(1);
        const pushed = await syncOnce(a, await target('streetA'));
        expect(pushed.pushed).toBe(1);
        expect(await countPending(a)).toBe(0);
        // The pushing client gets its own row back with the server's revision.
        expect((await a.places.get(place.id))?.rev).toBeGreaterThan(0);

        await syncOnce(b, await target('streetA2'));
        const got = await b.places.get(place.id);
        expect(got).toMatchObject({ name: '同步楼', updatedBy: 'streetA用户' });
        expect(await countPending(b)).toBe(0);
        const catalog = await readCatalog(b, 'places', COMMUNITY_A);
        expect(catalog.search(['同步楼'], 10).map((e) => e.id)).toContain(place.id);
        const cursor = await readMeta<CursorState>(b, CURSOR_KEY);
        expect(cursor?.scope).toBe(STREET_A);
      });

      it('rebases: fields with pending changes keep local values, the rest take the server’s, both end on the server', async () => {
        const a = await client();
        const b = await client();
        const tA = await target('streetA');
        const tB = await target('streetA2');
        const place = newPlace('原名');
        await a.places.add(place);
        await syncOnce(a, tA);
        await syncOnce(b, tB);

        await b.places.update(place.id, { name: 'B改的名字' });
        await a.places.update(place.id, { households: 99 });
        await syncOnce(a, tA);
        // B pulls before pushing: its pending name stays, A's households arrive.
        await pullAll(b, tB.api, {
          clientId: (await ensureClientClock(b)).clientId,
          serverId: tB.serverId,
          scope: STREET_A,
        });
        expect(await b.places.get(place.id)).toMatchObject({ name: 'B改的名字', households: 99 });
        expect(await countPending(b)).toBe(1);
        await syncOnce(b, tB);
        await syncOnce(a, tA);
        expect(await a.places.get(place.id)).toMatchObject({ name: 'B改的名字', households: 99 });
      });

      it('shows a conflict to the client that met it, and a delete reaches the other client', async () => {
        const a = await client();
        const b = await client();
        const tA = await target('streetA');
        const tB = await target('streetA2');
        const place = newPlace('冲突楼');
        await a.places.add(place);
        await syncOnce(a, tA);
        await syncOnce(b, tB);
        await a.places.update(place.id, { name: 'A的名字' });
        await b.places.update(place.id, { name: 'B的名字' });
        await syncOnce(a, tA);
        await syncOnce(b, tB);
        const conflicts = await conflictsTable(b).toArray();
        expect(conflicts).toHaveLength(1);
        expect(conflicts[0]).toMatchObject({ recordId: place.id, field: 'name', status: 'open' });
        expect(await conflictsTable(a).count()).toBe(0);
        await syncOnce(a, tA);
        // Both hold the winner.
        expect((await a.places.get(place.id))?.name).toBe((await b.places.get(place.id))?.name);

        await a.places.delete(place.id);
        await syncOnce(a, tA);
        await syncOnce(b, tB);
        expect(await b.places.get(place.id)).toBeUndefined();
      });

      it('makes the value picked in a conflict a new change that wins and reaches both sides', async () => {
        const a = await client();
        const b = await client();
        const tA = await target('streetA');
        const tB = await target('streetA2');
        const place = newPlace('选择楼');
        await a.places.add(place);
        await syncOnce(a, tA);
        await syncOnce(b, tB);
        await a.places.update(place.id, { name: 'A选的名字' });
        await b.places.update(place.id, { name: 'B选的名字' });
        await syncOnce(a, tA);
        await syncOnce(b, tB);
        await syncOnce(a, tA);
        const [conflict] = await conflictsTable(b).toArray();
        expect(conflict).toBeDefined();
        const winner = (await b.places.get(place.id))!.name;
        expect((await a.places.get(place.id))!.name).toBe(winner);

        // B keeps the value that lost: a captured change, newer than both, that A receives.
        const other = conflict!.winner === 'mine' ? 'theirs' : 'mine';
        const chosen = conflict![other].value;
        expect(chosen).not.toBe(winner);
        await chooseConflictSide(b, conflict!.id, other);
        expect((await b.places.get(place.id))!.name).toBe(chosen);
        expect(await countPending(b)).toBe(1);
        expect(await conflictsTable(b).get(conflict!.id)).toMatchObject({
          status: 'resolved',
          choice: other,
        });
        await syncOnce(b, tB);
        await syncOnce(a, tA);
        expect((await a.places.get(place.id))!.name).toBe(chosen);
        expect((await b.places.get(place.id))!.name).toBe(chosen);
        // No new conflict for A, and the server knows the choice.
        expect(await conflictsTable(a).count()).toBe(0);
        expect(await conflictsTable(b).count()).toBe(1);
        const [stored] = await db.query<{ resolution: string | null }>(
          'SELECT resolution FROM conflicts WHERE id = $1',
          [conflict!.id],
        );
        expect(stored?.resolution).toBe(other);

        // Picking the value already held changes nothing and sends nothing.
        await a.places.update(place.id, { households: 1 });
        await b.places.update(place.id, { households: 2 });
        await syncOnce(a, tA);
        await syncOnce(b, tB);
        const second = (await conflictsTable(b).toArray()).find((c) => c.status === 'open')!;
        await chooseConflictSide(b, second.id, second.winner);
        expect(await countPending(b)).toBe(0);
      });

      it('resumes an interrupted pull where it stopped', async () => {
        const a = await client();
        const tA = await target('streetA');
        for (let i = 0; i < 30; i++) await a.places.add(newPlace(`续传${i}`));
        await syncOnce(a, tA);
        const b = await client();
        const { clientId } = await ensureClientClock(b);
        const tB = await target('streetA2');
        const controller = new AbortController();
        let pages = 0;
        await expect(
          pullAll(b, tB.api, {
            clientId,
            serverId: tB.serverId,
            scope: STREET_A,
            limit: 10,
            signal: controller.signal,
            // The city's reference records (categories, departments) come first; stop among the places.
            onProgress: () => {
              if (++pages === 5) controller.abort();
            },
          }),
        ).rejects.toThrow();
        const partial = await b.places.count();
        expect(partial).toBeGreaterThan(0);
        expect(partial).toBeLessThan(await a.places.count());
        const resumed = await pullAll(b, tB.api, {
          clientId,
          serverId: tB.serverId,
          scope: STREET_A,
          limit: 10,
        });
        expect(resumed).toBeGreaterThan(0);
        expect(await b.places.count()).toBe(await a.places.count());
      });

      it('on reset reloads a snapshot, keeps the outbox and pushes it again', async () => {
        const a = await client();
        const b = await client();
        const tA = await target('streetA');
        const tB = await target('streetA2');
        const kept = newPlace('保留的楼');
        const doomed = newPlace('被删的楼');
        await a.places.bulkAdd([kept, doomed]);
        await syncOnce(a, tA);
        await syncOnce(b, tB);
        expect(await b.places.get(doomed.id)).toBeDefined();

        // B edits offline for long; meanwhile A deletes a record and its tombstone expires.
        await b.places.update(kept.id, { name: '离线时改的名字' });
        await a.places.delete(doomed.id);
        await syncOnce(a, tA);
        await db.query(`UPDATE records SET updated_at = now() - interval '1000 days' WHERE id = $1`, [
          doomed.id,
        ]);
        await purgeTombstones(db, 180);

        const { clientId } = await ensureClientClock(b);
        await pullAll(b, tB.api, { clientId, serverId: tB.serverId, scope: STREET_A });
        expect(await b.places.get(doomed.id)).toBeUndefined();
        expect(await b.places.get(kept.id)).toMatchObject({ name: '离线时改的名字' });
        expect(await countPending(b)).toBe(1);
        await pushOutbox(b, tB.api, clientId);
        await syncOnce(a, tA);
        expect((await a.places.get(kept.id))?.name).toBe('离线时改的名字');
      });

      it('lists a refused change and sets the record back to the server’s version', async () => {
        const b = await client();
        const tA = await target('streetA');
        // A record of street B held locally (it came from a bundle or a wider session) is edited by a street A user.
        const foreign = newPlace('B街道的楼', {
          orgPath: `${STREET_B}/110105002001`,
          code: '1101050020011234',
        });
        const tOther = await target('streetB');
        const other = await client();
        await other.places.add(foreign);
        await syncOnce(other, tOther);
        await b.places.add(newPlace('A的楼'));
        await b.places.add({ ...foreign, name: '不该改' });
        await syncOnce(b, tA);
        const rejected = await rejectedTable(b).toArray();
        expect(rejected).toHaveLength(1);
        expect(rejected[0]).toMatchObject({ code: 'forbidden', id: foreign.id });
        // Not readable in this scope: the local copy goes.
        expect(await b.places.get(foreign.id)).toBeUndefined();
        expect(await countPending(b)).toBe(0);
      });

      it('refuses to sync demo data', async () => {
        const demo = await client();
        await demo.meta.put({ key: DATASET_KEY, value: { kind: 'demo', seed: 1 } });
        await expect(syncOnce(demo, await target('streetA'))).rejects.toBeInstanceOf(RefusedError);
      });

      it('passes a workstation to another user with a new client id, never with the last user’s changes', async () => {
        const local = await client();
        const host = { allowSyncServer: () => Promise.resolve() };
        // Sign-in remembers the servers trusted over plain http in localStorage, a browser's.
        const stored = new Map<string, string>();
        vi.stubGlobal('localStorage', {
          getItem: (k: string) => stored.get(k) ?? null,
          setItem: (k: string, v: string) => void stored.set(k, v),
          removeItem: (k: string) => void stored.delete(k),
        });
        await signIn(local, server.url, 'streetA', PASSWORD, host);
        const before = (await ensureClientClock(local)).clientId;
        await local.places.add(newPlace('交接前'));
        await syncOnce(local, await target('streetA'));
        await local.places.add(newPlace('未同步'));
        // streetA's change is still queued: another user may not sign in over it.
        const refused = await signIn(local, server.url, 'streetA2', PASSWORD, host).catch((e: unknown) => e);
        expect(refused).toBeInstanceOf(RefusedError);
        expect((refused as RefusedError).key).toBe('errors.sync.otherUserPending');
        expect((refused as RefusedError).values).toMatchObject({ count: 1, name: 'streetA用户' });
        expect((await ensureClientClock(local)).clientId).toBe(before);

        await syncOnce(local, await target('streetA'));
        await signIn(local, server.url, 'streetA2', PASSWORD, host);
        const after = (await ensureClientClock(local)).clientId;
        expect(after).not.toBe(before);
        await local.places.add(newPlace('交接后'));
        const pushed = await syncOnce(local, await target('streetA2'));
        expect(pushed.pushed).toBe(1);
        expect(await countPending(local)).toBe(0);
        // The same user signing in again keeps the id.
        await signIn(local, server.url, 'streetA2', PASSWORD, host);
        expect((await ensureClientClock(local)).clientId).toBe(after);
      });

      it('asks the server whose its client id is: an identity from before the binding passes to another user safely', async () => {
        const local = await client();
        const host = { allowSyncServer: () => Promise.resolve() };
        const stored = new Map<string, string>();
        vi.stubGlobal('localStorage', {
          getItem: (k: string) => stored.get(k) ?? null,
          setItem: (k: string, v: string) => void stored.set(k, v),
          removeItem: (k: string) => void stored.delete(k),
        });
        // This copy last signed in before sign-in recorded the user: it cannot tell who had it.
        const forgetUser = async () => {
          const { userId: _u, userName: _n, ...rest } = (await readMeta<ServerIdentity>(local, SERVER_KEY))!;
          await writeMeta<ServerIdentity>(local, SERVER_KEY, rest);
        };
        await signIn(local, server.url, 'streetA', PASSWORD, host);
        const before = (await ensureClientClock(local)).clientId;
        await local.places.add(newPlace('旧版同步'));
        await syncOnce(local, await target('streetA'));
        await forgetUser();
        await local.places.add(newPlace('旧版未同步'));
        // streetA owns the id on the server: streetA2 may neither push under it nor drop the queue.
        const refused = await signIn(local, server.url, 'streetA2', PASSWORD, host).catch((e: unknown) => e);
        expect(refused).toBeInstanceOf(RefusedError);
        expect((refused as RefusedError).key).toBe('errors.sync.takenPending');
        expect((refused as RefusedError).values).toMatchObject({ count: 1 });
        expect((await ensureClientClock(local)).clientId).toBe(before);
        // Its owner signs in and syncs; then the next user starts a new id and syncs as well.
        await signIn(local, server.url, 'streetA', PASSWORD, host);
        expect((await ensureClientClock(local)).clientId).toBe(before);
        expect((await syncOnce(local, await target('streetA'))).pushed).toBe(1);
        await forgetUser();
        await signIn(local, server.url, 'streetA2', PASSWORD, host);
        const after = (await ensureClientClock(local)).clientId;
        expect(after).not.toBe(before);
        await local.places.add(newPlace('新身份'));
        expect((await syncOnce(local, await target('streetA2'))).pushed).toBe(1);
        expect(await countPending(local)).toBe(0);
      });

      it('carries an office’s changes by bundle both ways; importing twice changes nothing; damaged or foreign files are refused', async () => {
        const office = await client();
        const workstation = await client();
        const officeUser: SessionUser = {
          id: 'local',
          username: 'local',
          displayName: '外勤',
          role: 'admin',
          scope: STREET_A,
        };
        const tW = await target('streetA2');
        const place = newPlace('外勤登记的楼');
        await office.places.add(place);
        await office.places.update(place.id, { households: 321 });
        const changes = await exportChangesBundle(office, officeUser);
        expect(changes.manifest).toMatchObject({ kind: 'changes', mutations: { from: 1, to: 2 }, count: 2 });

        const first = await importBundle(workstation, changes.data, tW);
        expect(first.kind).toBe('changes');
        const again = await importBundle(workstation, changes.data, tW);
        expect(again.kind === 'changes' && again.lastMutationId).toBe(2);
        const [count] = await db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM history WHERE record_id = $1',
          [place.id],
        );
        expect(count!.n).toBe(2);
        if (first.kind !== 'changes') throw new Error('expected a changes import');

        // Back at the office: the server's data arrives and the two changes leave the outbox.
        const back = await importBundle(office, first.reply.data, null);
        expect(back).toMatchObject({ kind: 'server', acknowledged: 2, alreadyImported: false });
        expect(await countPending(office)).toBe(0);
        expect((await office.places.get(place.id))?.rev).toBeGreaterThan(0);
        expect(await importBundle(office, first.reply.data, null)).toMatchObject({ alreadyImported: true });

        // A damaged copy, another office's bundle, something that is not a bundle at all.
        const damaged = new Uint8Array(first.reply.data);
        damaged[damaged.length - 20]! ^= 0xff;
        await expect(importBundle(office, damaged, null)).rejects.toMatchObject({ problem: 'damaged' });
        const stranger = await client();
        await expect(importBundle(stranger, first.reply.data, null)).rejects.toMatchObject({
          problem: 'otherClient',
        });
        await expect(importBundle(office, new TextEncoder().encode('hello'), null)).rejects.toBeInstanceOf(
          BundleError,
        );
        await expect(importBundle(office, changes.data, tW)).rejects.toMatchObject({ problem: 'ownChanges' });
      });
    },
  );
