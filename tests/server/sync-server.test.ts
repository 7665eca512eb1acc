import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database';
import type { ErrorBody } from '@shared/sync/protocol';
import { purgeTombstones } from '../../server/sync/retention';
import { hashToken } from '../../server/auth/sessions';
import {
  BACKENDS,
  COMMUNITY_A,
  createUser,
  Http,
  mutation,
  rowOf,
  startServer,
  STREET_A,
  STREET_B,
  PASSWORD,
  type TestServer,
} from './harness';
import { addUser } from '../../server/auth/users';
import { districtOf } from '@shared/org/paths';

/**
 * The sync server over HTTP (docs/ARCHITECTURE.md "Sync protocol"), against each storage engine: the
 * embedded PGlite always, a real PostgreSQL where DATABASE_URL is set (always in CI).
 */
for (const backend of BACKENDS) {
  describe.skipIf(backend.skip !== undefined)(
    `sync server on ${backend.name}${backend.skip ? ` — ${backend.skip}` : ''}`,
    () => {
      let db: Database;
      let drop: () => Promise<void>;
      let server: TestServer;
      let release: (() => void) | null = null;
      let reachedHook: (() => void) | null = null;
      const SLOW_CLIENT = 'slow-client';

      beforeAll(async () => {
        ({ db, drop } = await backend.open());
        server = await startServer(db, {
          loginAttempts: 5,
          hooks: {
            // Holds the slow client's push open just before commit, until the test lets go.
            async beforeCommit(request) {
              if (request.clientId !== SLOW_CLIENT) return;
              reachedHook?.();
              await new Promise<void>((resolve) => (release = resolve));
            },
          },
        });
        await createUser(db, 'admin', 'admin', '');
        await createUser(db, 'streetA', 'street', STREET_A);
        await createUser(db, 'streetA2', 'street', STREET_A);
        await createUser(db, 'streetB', 'street', STREET_B);
        await createUser(db, 'viewerA', 'viewer', STREET_A);
        await createUser(db, 'fieldA', 'field', COMMUNITY_A);
        await createUser(db, 'expiring', 'street', STREET_A);
      }, 120_000);

      afterAll(async () => {
        await server?.close();
        await drop?.();
      });

      // One sign-in per user: sign-ins are rate-limited, successful ones included.
      const signedIn = new Map<string, Promise<Http>>();
      const as = (username: string) => {
        if (!signedIn.has(username)) signedIn.set(username, new Http(server.url).login(username));
        return signedIn.get(username)!;
      };
      const place = (name: string, orgPath = COMMUNITY_A) => ({
        orgPath,
        name,
        households: 10,
        type: 'building',
      });

      it('round-trips a push to another client’s pull, with history', async () => {
        const a = await as('streetA');
        const b = await as('streetA2');
        const id = randomUUID();
        const client = `c-${randomUUID()}`;
        const push = await a.push(client, [
          mutation(client, 1, 'create', 'places', id, place('南新园1号楼')),
        ]);
        expect(push.status).toBe(200);
        expect(push.body).toEqual({ lastMutationId: 1, rejected: [], conflicts: [] });

        const pulled = await b.pullAll();
        const row = rowOf(pulled.changes, id);
        expect(row).toMatchObject({
          table: 'places',
          id,
          data: place('南新园1号楼'),
          updatedBy: 'streetA用户',
        });
        expect(row!.rev).toBeGreaterThan(0);

        const history = await b.request<{ entries: { changes: Record<string, unknown> }[] }>(
          'GET',
          `/api/sync/history?table=places&id=${id}`,
        );
        expect(history.status).toBe(200);
        expect(history.body.entries).toHaveLength(1);
        expect(history.body.entries[0]).toMatchObject({
          user: 'streetA用户',
          op: 'create',
          clientId: client,
          mutationId: 1,
        });
        expect(history.body.entries[0]!.changes.name).toEqual([null, '南新园1号楼']);

        // The pulling client learns how far the server has its own changes.
        expect((await a.pullAll('', { clientId: client })).lastMutationId).toBe(1);
      });

      it('replaying a push changes nothing and answers the same', async () => {
        const a = await as('streetA');
        const client = `c-${randomUUID()}`;
        const id = randomUUID();
        const mutations = [
          mutation(client, 1, 'create', 'places', id, place('甲')),
          mutation(client, 2, 'update', 'places', id, { name: '乙' }),
        ];
        const first = await a.push(client, mutations);
        const { changes, cursor } = await a.pullAll();
        const rev = rowOf(changes, id)!.rev;
        const again = await a.push(client, mutations);
        expect(again.status).toBe(200);
        expect(again.body).toEqual(first.body);
        const after = await a.pullAll(cursor);
        expect(after.changes).toEqual([]);
        const [count] = await db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM history WHERE record_id = $1',
          [id],
        );
        expect(count!.n).toBe(2);
        expect(rev).toBe(rowOf(changes, id)!.rev);
      });

      it('refuses a gap in mutation ids with 409 and applies nothing', async () => {
        const a = await as('streetA');
        const client = `c-${randomUUID()}`;
        const id = randomUUID();
        await a.push(client, [mutation(client, 1, 'create', 'places', id, place('甲'))]);
        const gap = await a.push(client, [mutation(client, 3, 'update', 'places', id, { name: '丙' })]);
        expect(gap.status).toBe(409);
        expect(gap.body.error).toMatchObject({ code: 'gap', details: { lastMutationId: 1 } });
        const { changes } = await a.pullAll();
        expect(rowOf(changes, id)!.data!.name).toBe('甲');
      });

      it('merges per field, and records one conflict, once, when both changed the same field', async () => {
        const a = await as('streetA');
        const b = await as('streetA2');
        const ca = `a-${randomUUID()}`;
        const cb = `b-${randomUUID()}`;
        const id = randomUUID();
        await a.push(ca, [mutation(ca, 1, 'create', 'places', id, place('原名'))]);
        const base = rowOf((await b.pullAll()).changes, id)!.rev;

        // Both edit offline from the same revision: different fields merge, the same field conflicts.
        const aEdit = mutation(
          ca,
          2,
          'update',
          'places',
          id,
          { name: 'A改', households: 20 },
          { baseRev: base },
        );
        const bEdit = mutation(
          cb,
          1,
          'update',
          'places',
          id,
          { name: 'B改', residents: 55 },
          { baseRev: base },
        );
        expect((await a.push(ca, [aEdit])).body.conflicts).toEqual([]);
        const bPush = await b.push(cb, [bEdit]);
        expect(bPush.status).toBe(200);
        expect(bPush.body.conflicts).toHaveLength(1);
        expect(bPush.body.conflicts[0]!).toMatchObject({
          table: 'places',
          recordId: id,
          field: 'name',
          kind: 'field',
          mine: { value: 'B改', user: 'streetA2用户' },
          theirs: { value: 'A改', user: 'streetA用户' },
          winner: 'mine',
        });

        const row = rowOf((await a.pullAll()).changes, id);
        expect(row!.data).toMatchObject({ name: 'B改', households: 20, residents: 55 });

        // Sent again (the answer was lost): the same conflict comes back, and none is added.
        const replay = await b.push(cb, [bEdit]);
        expect(replay.body.conflicts.map((c) => c.id)).toEqual([bPush.body.conflicts[0]!.id]);
        const [conflicts] = await db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM conflicts WHERE record_id = $1',
          [id],
        );
        expect(conflicts!.n).toBe(1);
      });

      it('sends deletes as tombstones to readers that had the record, and leaves them out of a new snapshot', async () => {
        const a = await as('streetA');
        const b = await as('streetA2');
        const client = `c-${randomUUID()}`;
        const id = randomUUID();
        await a.push(client, [mutation(client, 1, 'create', 'places', id, place('将删除'))]);
        const before = await b.pullAll();
        expect(rowOf(before.changes, id)).toBeDefined();
        await a.push(client, [mutation(client, 2, 'delete', 'places', id, {}, { baseOrgPath: COMMUNITY_A })]);
        const after = await b.pullAll(before.cursor);
        expect(rowOf(after.changes, id)).toMatchObject({ id, deleted: true });
        expect(rowOf(after.changes, id)!.data).toBeUndefined();
        expect(rowOf((await b.pullAll()).changes, id)).toBeUndefined();
        // A late edit of the deleted record does not bring it back.
        await a.push(client, [mutation(client, 3, 'update', 'places', id, { name: '复活?' })]);
        expect(rowOf((await b.pullAll()).changes, id)).toBeUndefined();
      });

      it('keeps a street user to its street on push and pull (403), and moves records out of sight', async () => {
        const admin = await as('admin');
        const a = await as('streetA');
        const adminClient = `adm-${randomUUID()}`;
        const inB = randomUUID();
        await admin.push(adminClient, [
          mutation(adminClient, 1, 'create', 'places', inB, place('B街道的楼', `${STREET_B}/110105002001`)),
        ]);

        // Reading another street: refused outright, and never part of its own pulls.
        const foreign = await a.pull('', { scope: STREET_B });
        expect(foreign.status).toBe(403);
        expect(foreign.body.error.code).toBe('forbidden');
        expect(rowOf((await a.pullAll()).changes, inB)).toBeUndefined();
        // Another street's record answers as one that is not there: same status, same words.
        const foreignHistory = await a.request<{ error: { message: string } }>(
          'GET',
          `/api/sync/history?table=places&id=${inB}`,
        );
        const missingHistory = await a.request<{ error: { message: string } }>(
          'GET',
          `/api/sync/history?table=places&id=${randomUUID()}`,
        );
        expect([foreignHistory.status, foreignHistory.body]).toEqual([404, missingHistory.body]);

        // Writing there from a bundle: 403, nothing applied — another user may import it.
        const office = `office-${randomUUID()}`;
        const bundle = await a.push(
          office,
          [
            mutation(office, 1, 'create', 'places', randomUUID(), place('本街道')),
            mutation(office, 2, 'update', 'places', inB, { name: '越界' }),
          ],
          { bundle: true },
        );
        expect(bundle.status).toBe(403);
        expect(bundle.body.error).toMatchObject({ code: 'forbidden' });
        expect((await admin.pullAll('', { clientId: office })).lastMutationId).toBe(0);

        // Its own client's change there: refused for good, listed, never applied, never blocking.
        const own = `own-${randomUUID()}`;
        const ownPush = await a.push(own, [
          mutation(
            own,
            1,
            'update',
            'places',
            inB,
            { name: '越界' },
            { baseOrgPath: `${STREET_B}/110105002001` },
          ),
          mutation(own, 2, 'create', 'places', randomUUID(), place('之后的修改')),
        ]);
        expect(ownPush.status).toBe(200);
        expect(ownPush.body.lastMutationId).toBe(2);
        expect(ownPush.body.rejected).toMatchObject([{ mutationId: 1, code: 'forbidden' }]);
        const adminView = await admin.pullAll();
        expect(rowOf(adminView.changes, inB)!.data!.name).toBe('B街道的楼');

        // Moving a record out of street A: A's readers get `gone`, B's readers get the record.
        const moving = randomUUID();
        await admin.push(adminClient, [
          mutation(adminClient, 2, 'create', 'places', moving, place('将迁出')),
        ]);
        const aBefore = await a.pullAll();
        expect(rowOf(aBefore.changes, moving)).toBeDefined();
        await admin.push(adminClient, [
          mutation(adminClient, 3, 'update', 'places', moving, { orgPath: `${STREET_B}/110105002001` }),
        ]);
        expect(rowOf((await a.pullAll(aBefore.cursor)).changes, moving)).toMatchObject({ gone: true });
        const b = await as('streetB');
        expect(rowOf((await b.pullAll()).changes, moving)!.data!.name).toBe('将迁出');

        // A viewer may not write places at all.
        const viewer = await as('viewerA');
        const vc = `v-${randomUUID()}`;
        const viewerPush = await viewer.push(vc, [
          mutation(vc, 1, 'create', 'places', randomUUID(), place('看看')),
        ]);
        expect(viewerPush.body.rejected[0]!.code).toBe('forbidden');
      });

      it('answers malformed bodies with 400, oversize with 413, in the JSON error form', async () => {
        const a = await as('streetA');
        const bad = await a.request('POST', '/api/sync/push', undefined, '{not json');
        expect(bad.status).toBe(400);
        expect(bad.body).toMatchObject({ error: { code: 'bad_request' } });
        expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.ts|node_modules/);
        const client = `c-${randomUUID()}`;
        for (const body of [
          { clientId: client },
          { clientId: client, mutations: [mutation(client, 1, 'create', 'nope', 'x', {})] },
          { clientId: client, mutations: [mutation(client, 1, 'create', 'places', 'x', { rev: 3 })] },
          {
            clientId: client,
            mutations: [
              mutation(client, 1, 'create', 'places', 'x'),
              mutation(client, 3, 'create', 'places', 'y'),
            ],
          },
          { clientId: client, mutations: [mutation('other', 1, 'create', 'places', 'x')] },
        ]) {
          const reply = await a.request('POST', '/api/sync/push', body);
          expect(reply.status, JSON.stringify(body).slice(0, 80)).toBe(400);
          expect(reply.body.error.code).toBe('bad_request');
        }
        expect((await a.pull('not-a-cursor')).status).toBe(400);
        const huge = await a.push(client, [
          mutation(client, 1, 'create', 'places', randomUUID(), {
            ...place('大'),
            notes: 'x'.repeat(5 * 1024 * 1024),
          }),
        ]);
        expect(huge.status).toBe(413);
        expect(huge.body.error.code).toBe('too_large');
      });

      it('answers a missing, unknown or expired token with 401', async () => {
        const anonymous = new Http(server.url);
        expect((await anonymous.pull()).status).toBe(401);
        anonymous.token = 'x'.repeat(43);
        const unknown = await anonymous.pull();
        expect(unknown.status).toBe(401);
        expect(unknown.body.error.code).toBe('unauthorized');

        const a = await new Http(server.url).login('expiring');
        await db.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [
          hashToken(a.token!),
        ]);
        const expired = await a.pull();
        expect(expired.status).toBe(401);
        expect(expired.body.error.code).toBe('token_expired');

        const wrong = await new Http(server.url).request('POST', '/api/auth/login', {
          username: 'streetA',
          password: 'wrong password',
        });
        expect(wrong.status).toBe(401);
        const nobody = await new Http(server.url).request('POST', '/api/auth/login', {
          username: 'nobody',
          password: 'wrong password',
        });
        expect(nobody.status).toBe(401);
        expect(nobody.body.error.message).toBe(wrong.body.error.message);
      });

      it('sends a street the records of the city and its district above it, read-only', async () => {
        const admin = await as('admin');
        const ac = `adm-${randomUUID()}`;
        const city = randomUUID();
        const district = randomUUID();
        const otherStreet = randomUUID();
        const edition = (orgPath: string, name: string) => ({
          orgPath,
          kind: 'communityTasks',
          name,
          status: 'published',
          effectiveFrom: '2026-01-01',
        });
        await admin.push(ac, [
          mutation(ac, 1, 'create', 'listEditions', city, edition('', '市级清单')),
          mutation(ac, 2, 'create', 'listEditions', district, edition(districtOf(STREET_A)!, '区级清单')),
          mutation(ac, 3, 'create', 'places', otherStreet, place('B街道的楼', `${STREET_B}/110105002001`)),
        ]);
        const a = await as('streetA');
        const snapshot = (await a.pullAll()).changes;
        expect(rowOf(snapshot, city)?.data).toMatchObject({ name: '市级清单' });
        expect(rowOf(snapshot, district)?.data).toMatchObject({ name: '区级清单' });
        expect(rowOf(snapshot, otherStreet)).toBeUndefined();
        expect((await a.request('GET', `/api/sync/history?table=listEditions&id=${city}`)).status).toBe(200);
        // A change to the city's record reaches the street's next pull; the street cannot make one.
        const before = await a.pullAll();
        await admin.push(ac, [mutation(ac, 4, 'update', 'listEditions', city, { name: '市级清单（修订）' })]);
        const after = await a.pullAll(before.cursor);
        expect(rowOf(after.changes, city)?.data).toMatchObject({ name: '市级清单（修订）' });
        const c = `a-${randomUUID()}`;
        const refused = await a.push(c, [
          mutation(c, 1, 'update', 'listEditions', city, { name: '街道改的' }),
        ]);
        expect(refused.body.rejected.map((r) => r.code)).toEqual(['forbidden']);
      });

      it('bounds a pull page by bytes as well as rows, and still sends every record', async () => {
        const a = await as('streetA');
        const c = `big-${randomUUID()}`;
        const ids: string[] = [];
        // 40 records of ~240 KB: 9.6 MB, more than one page may carry; pushed 8 at a time.
        for (let batch = 0; batch < 5; batch++) {
          const page = Array.from({ length: 8 }, (_, i) => {
            const id = randomUUID();
            ids.push(id);
            return mutation(c, batch * 8 + i + 1, 'create', 'places', id, {
              ...place(`大楼${batch}-${i}`),
              notes: '备'.repeat(80_000),
            });
          });
          expect((await a.push(c, page)).status).toBe(200);
        }
        const reader = await as('streetA2');
        let cursor = '';
        const seen = new Set<string>();
        for (let i = 0; i < 50; i++) {
          const reply = await reader.pull(cursor);
          expect(reply.status).toBe(200);
          expect(Buffer.byteLength(JSON.stringify(reply.body))).toBeLessThan(8 * 1024 * 1024 + 300_000);
          for (const change of reply.body.changes) seen.add(change.id);
          cursor = reply.body.cursor;
          if (!reply.body.hasMore) break;
        }
        expect(ids.every((id) => seen.has(id))).toBe(true);
      });

      it('refuses a value the database cannot hold by itself, and the queue moves on', async () => {
        const a = await as('streetA');
        const c = `p-${randomUUID()}`;
        let deep: unknown = 'bottom';
        for (let i = 0; i < 2_000; i++) deep = [deep];
        const poisons: Record<string, unknown>[] = [
          { name: `南新园${String.fromCharCode(0)}1号楼` },
          { name: `南新园\ud8001号楼` },
          { extra: deep },
          { extra: { [`k${String.fromCharCode(0)}`]: 1 } },
        ];
        const ids = poisons.map(() => randomUUID());
        const good = randomUUID();
        const poisoned = poisons.map((fields, i) =>
          mutation(c, i + 1, 'create', 'places', ids[i]!, { ...place('毒'), ...fields }),
        );
        const pushed = await a.push(c, [
          ...poisoned,
          mutation(c, poisons.length + 1, 'create', 'places', good, place('好楼')),
          mutation(
            c,
            poisons.length + 2,
            'delete',
            'places',
            randomUUID(),
            {},
            {
              baseOrgPath: `${COMMUNITY_A}${String.fromCharCode(0)}`,
            },
          ),
        ]);
        expect(pushed.status).toBe(200);
        expect(pushed.body.rejected.map((r) => r.code)).toEqual(Array(poisons.length + 1).fill('invalid'));
        expect(pushed.body.lastMutationId).toBe(poisons.length + 2);
        const pulled = await a.pullAll();
        expect(rowOf(pulled.changes, good)).toBeDefined();
        for (const id of ids) expect(rowOf(pulled.changes, id)).toBeUndefined();
        // Sent again (the answer was lost): the same refusals, from what the server kept.
        const again = await a.push(c, [poisoned[0]]);
        expect(again.status).toBe(200);
        expect(again.body.rejected[0]!.code).toBe('invalid');
      });

      it('binds a client id to the user who first pushed with it (issue 19 item 1)', async () => {
        const a = await as('streetA');
        const client = `own-${randomUUID()}`;
        const first = randomUUID();
        expect(
          (await a.push(client, [mutation(client, 1, 'create', 'places', first, place('甲'))])).status,
        ).toBe(200);
        // Another street's user, and a viewer of the same street, push under that id: refused,
        // and the workstation's counter does not move.
        for (const other of [await as('streetB'), await as('viewerA')]) {
          const forged = await other.push(client, [
            mutation(client, 2, 'create', 'places', randomUUID(), place('乙', `${STREET_B}/110105002001`)),
          ]);
          expect(forged.status).toBe(403);
          expect((forged.body as unknown as ErrorBody).error.code).toBe('client_taken');
          expect((await other.pullAll('', { clientId: client })).lastMutationId).toBe(0);
        }
        // The real workstation's next write is stored, also from a new session of its user.
        const again = await new Http(server.url).login('streetA');
        const second = randomUUID();
        const pushed = await again.push(client, [
          mutation(client, 2, 'create', 'places', second, place('丙')),
        ]);
        expect(pushed.body).toEqual({ lastMutationId: 2, rejected: [], conflicts: [] });
        expect(rowOf((await a.pullAll()).changes, second)).toBeDefined();
        expect((await a.pullAll('', { clientId: client })).lastMutationId).toBe(2);
        // Sign-in says whether the workstation's id is usable, so a new user's copy starts another.
        const signIn = (username: string) =>
          new Http(server.url).request<{ clientTaken?: boolean }>('POST', '/api/auth/login', {
            username,
            password: PASSWORD,
            clientId: client,
          });
        expect((await signIn('streetB')).body.clientTaken).toBe(true);
        expect((await signIn('streetA')).body.clientTaken).toBeUndefined();

        // A field office's changes come by bundle, imported by whichever street user is there;
        // its id, seen in the rows it wrote, cannot then be claimed by a direct push.
        const office = `office-${randomUUID()}`;
        const a2 = await as('streetA2');
        const viaBundle = (by: Http, n: number) =>
          by.push(office, [mutation(office, n, 'create', 'places', randomUUID(), place(`院${n}`))], {
            bundle: true,
          });
        expect((await viaBundle(a, 1)).status).toBe(200);
        expect((await viaBundle(a2, 2)).status).toBe(200);
        const claimed = await a2.push(office, [
          mutation(office, 3, 'create', 'places', randomUUID(), place('院3')),
        ]);
        expect(claimed.status).toBe(403);
        expect((claimed.body as unknown as ErrorBody).error.code).toBe('client_taken');
        expect((await viaBundle(a, 3)).status).toBe(200);
      });

      it('never acknowledges an office’s change under an id someone else advanced by bundle (issue 19 item 1)', async () => {
        const a = await as('streetA');
        const office = `office-${randomUUID()}`;
        const first = randomUUID();
        const viaBundle = (by: Http, m: unknown) => by.push(office, [m], { bundle: true });
        const one = mutation(office, 1, 'create', 'places', first, place('院一'));
        expect((await viaBundle(a, one)).status).toBe(200);
        // A bundle-only id is open to any importer, and it shows in the HLC of every row the office
        // wrote: another street's user pushes "a bundle" under it, with a change in its own street.
        const intruder = await as('streetB');
        const taken = await viaBundle(
          intruder,
          mutation(office, 2, 'create', 'places', randomUUID(), place('冒名', `${STREET_B}/110105002001`)),
        );
        expect(taken.status).toBe(200);
        // The office's real change #2 arrives in its next bundle: stored, or refused aloud — never
        // acknowledged as already applied while the server holds something else under its id.
        const second = randomUUID();
        const real = await viaBundle(a, mutation(office, 2, 'create', 'places', second, place('院二')));
        const stored = rowOf((await a.pullAll()).changes, second) !== undefined;
        if (!stored) {
          expect(real.status).toBe(403);
          expect((real.body as unknown as ErrorBody).error.code).toBe('client_taken');
        }
        // The same bundle imported twice still gets the same answer.
        const again = await viaBundle(a, one);
        expect(again.status).toBe(200);
        expect(again.body.lastMutationId).toBe(2);
      });

      it('takes who wrote a change from the session, dated at most an hour ahead (issue 19 item 4)', async () => {
        const a = await as('streetA');
        const b = await as('streetA2');
        const victim = `victim-${randomUUID()}`;
        const attacker = `attacker-${randomUUID()}`;
        const id = randomUUID();
        await a.push(victim, [mutation(victim, 1, 'create', 'places', id, place('原名'))]);
        const base = rowOf((await b.pullAll()).changes, id)!.rev;
        const ahead = (ms: number, node: string) =>
          `${(Date.now() + ms).toString(36).padStart(11, '0')}-00000-${node}`;
        // Stamped with the victim's node: the server would take it as the victim's own later edit.
        const forged = await b.push(attacker, [
          {
            ...mutation(attacker, 1, 'update', 'places', id, { name: '改名' }, { baseRev: base }),
            hlc: ahead(0, victim),
          },
          // A day ahead would win over every edit made during that day.
          {
            ...mutation(attacker, 2, 'update', 'places', id, { name: '抢先' }, { baseRev: base }),
            hlc: ahead(2 * 3600_000, attacker),
          },
        ]);
        expect(forged.body.rejected.map((r) => r.code)).toEqual(['invalid', 'clock']);
        expect(forged.body.lastMutationId).toBe(2);
        expect(rowOf((await a.pullAll()).changes, id)!.data?.name).toBe('原名');

        // Within the hour: accepted; the victim's concurrent edit, made without seeing it, then
        // loses by clock and both sides are told (a conflict record).
        const early = await b.push(attacker, [
          {
            ...mutation(attacker, 3, 'update', 'places', id, { name: '稍快' }, { baseRev: base }),
            hlc: ahead(30 * 60_000, attacker),
          },
        ]);
        expect(early.body.rejected).toEqual([]);
        const concurrent = await a.push(victim, [
          mutation(victim, 2, 'update', 'places', id, { name: '本机改' }, { baseRev: base }),
        ]);
        expect(concurrent.body.conflicts).toHaveLength(1);
        expect(concurrent.body.conflicts[0]).toMatchObject({ field: 'name', winner: 'theirs' });
      });

      it('keeps audit events append-only, written in the name the session gives', async () => {
        const viewer = await as('viewerA');
        const vc = `v-${randomUUID()}`;
        const id = randomUUID();
        const event = {
          orgPath: COMMUNITY_A,
          action: 'unmask',
          table: 'coordinators',
          recordId: 'c1',
          field: 'residentId',
          at: '2026-11-25T02:00:00.000Z',
          by: 'someone-else',
          byName: '别人',
          role: 'admin',
        };
        const created = await viewer.push(vc, [mutation(vc, 1, 'create', 'auditEvents', id, event)]);
        expect(created.body.rejected).toEqual([]);
        const [stored] = await db.query<{ data: Record<string, unknown> }>(
          "SELECT data FROM records WHERE tbl = 'auditEvents' AND id = $1",
          [id],
        );
        expect(stored!.data).toMatchObject({ byName: 'viewerA用户', role: 'viewer' });
        expect(stored!.data.by).not.toBe('someone-else');
        const edited = await viewer.push(vc, [
          mutation(vc, 2, 'update', 'auditEvents', id, { field: 'mobile' }),
          mutation(vc, 3, 'delete', 'auditEvents', id, {}, { baseOrgPath: COMMUNITY_A }),
        ]);
        expect(edited.body.rejected.map((r) => r.code)).toEqual(['forbidden', 'forbidden']);
        const admin = await as('admin');
        const ac = `adm-${randomUUID()}`;
        const byAdmin = await admin.push(ac, [
          mutation(ac, 1, 'delete', 'auditEvents', id, {}, { baseOrgPath: COMMUNITY_A }),
        ]);
        expect(byAdmin.body.rejected.map((r) => r.code)).toEqual(['forbidden']);
      });

      it('lets a community station record who came, and only the street evaluate the department (issue 13)', async () => {
        const field = await as('fieldA');
        const fc = `f-${randomUUID()}`;
        const callId = randomUUID();
        const arrived = await field.push(fc, [
          mutation(fc, 1, 'create', 'whistleCalls', callId, {
            orgPath: COMMUNITY_A,
            whistleId: randomUUID(),
            responderId: randomUUID(),
            arrivedAt: '2026-11-25T02:10:00.000Z',
          }),
        ]);
        expect(arrived.body.rejected).toEqual([]);
        const evaluation = { timeliness: 5, attitude: 5, result: 5, at: '2026-11-25T03:00:00.000Z' };
        const byField = await field.push(fc, [
          mutation(fc, 2, 'update', 'whistleCalls', callId, { evaluation }),
        ]);
        expect(byField.body.rejected).toMatchObject([{ mutationId: 2, code: 'forbidden' }]);
        expect(byField.body.rejected[0]!.message).toContain('evaluation');
        // Nor on a call it creates with its evaluation already in it.
        const created = await field.push(fc, [
          mutation(fc, 3, 'create', 'whistleCalls', randomUUID(), {
            orgPath: COMMUNITY_A,
            whistleId: randomUUID(),
            responderId: randomUUID(),
            evaluation,
          }),
        ]);
        expect(created.body.rejected.map((r) => r.code)).toEqual(['forbidden']);
        const street = await as('streetA');
        const sc = `s-${randomUUID()}`;
        const byStreet = await street.push(sc, [
          mutation(sc, 1, 'update', 'whistleCalls', callId, { evaluation }),
        ]);
        expect(byStreet.body.rejected).toEqual([]);
        const [stored] = await db.query<{ data: Record<string, unknown> }>(
          "SELECT data FROM records WHERE tbl = 'whistleCalls' AND id = $1",
          [callId],
        );
        expect(stored!.data).toMatchObject({
          evaluation: { timeliness: 5 },
          arrivedAt: '2026-11-25T02:10:00.000Z',
        });
      });

      it('lets only a role that may write the record resolve its conflict', async () => {
        const a = await as('streetA');
        const b = await as('streetA2');
        const ca = `a-${randomUUID()}`;
        const cb = `b-${randomUUID()}`;
        const id = randomUUID();
        await a.push(ca, [mutation(ca, 1, 'create', 'places', id, place('原名'))]);
        const base = rowOf((await b.pullAll()).changes, id)!.rev;
        await a.push(ca, [mutation(ca, 2, 'update', 'places', id, { name: 'A改' }, { baseRev: base })]);
        const pushed = await b.push(cb, [
          mutation(cb, 1, 'update', 'places', id, { name: 'B改' }, { baseRev: base }),
        ]);
        const conflict = pushed.body.conflicts[0]!.id;
        const viewer = await as('viewerA');
        const refused = await viewer.request('POST', `/api/sync/conflicts/${conflict}/resolve`, {
          choice: 'mine',
        });
        expect(refused.status).toBe(403);
        const [open] = await db.query<{ resolved_at: string | null }>(
          'SELECT resolved_at FROM conflicts WHERE id = $1',
          [conflict],
        );
        expect(open!.resolved_at).toBeNull();
        expect(
          (await b.request('POST', `/api/sync/conflicts/${conflict}/resolve`, { choice: 'mine' })).status,
        ).toBe(204);
      });

      it('signs in by one folding of the name, answers a NUL with 400, and refuses the commonest passwords', async () => {
        // U+0130 folds differently in JavaScript and in SQL: it is no way into viewerA.
        const dotted = await new Http(server.url).request('POST', '/api/auth/login', {
          username: 'v\u0130ewerA',
          password: PASSWORD,
        });
        expect(dotted.status).toBe(401);
        const nul = await new Http(server.url).request('POST', '/api/auth/login', {
          username: 'viewer\u0000A',
          password: PASSWORD,
        });
        expect(nul.status).toBe(400);
        for (const [password, why] of [
          ['12345678', '最常被猜中'],
          ['Pass Word', '最常被猜中'],
          ['mynameisweak-hu', '用户名'],
        ] as const) {
          await expect(
            addUser(db, { username: 'weak-hu', role: 'viewer', scope: STREET_A, password }),
          ).rejects.toThrow(why);
        }
      });

      it('rate-limits sign-in attempts with 429', async () => {
        const http = new Http(server.url);
        const statuses: number[] = [];
        for (let i = 0; i < 7; i++) {
          statuses.push(
            (await http.request('POST', '/api/auth/login', { username: 'guesser', password: 'guess' + i }))
              .status,
          );
        }
        expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
        expect(statuses.at(-1)).toBe(429);
        const limited = await http.request('POST', '/api/auth/login', {
          username: 'guesser',
          password: 'guess',
        });
        expect(limited.body.error.code).toBe('rate_limited');
      });

      it('never lets a pull pass a row whose push commits late (two concurrent pushes, the earlier delayed)', async () => {
        const a = await as('streetA');
        const b = await as('streetA2');
        const reader = await as('viewerA');
        const start = await reader.pullAll();
        const slowId = randomUUID();
        const fastId = randomUUID();
        const fastClient = `fast-${randomUUID()}`;

        const reached = new Promise<void>((resolve) => (reachedHook = resolve));
        const slow = a.push(SLOW_CLIENT, [
          mutation(SLOW_CLIENT, 1, 'create', 'places', slowId, place('先开始后提交')),
        ]);
        await reached;
        // The slow push holds its revision uncommitted; a second push and a pull run meanwhile.
        const fast = b.push(fastClient, [
          mutation(fastClient, 1, 'create', 'places', fastId, place('后开始')),
        ]);
        const during = reader.pull(start.cursor);
        await new Promise((resolve) => setTimeout(resolve, 300));
        release!();
        expect((await slow).status).toBe(200);
        expect((await fast).status).toBe(200);
        const middle = await during;
        expect(middle.status).toBe(200);
        const seen = new Set<string>(middle.body.changes.map((c) => c.id));
        const rest = await reader.pullAll(middle.body.cursor);
        for (const c of rest.changes) seen.add(c.id);
        expect(seen.has(slowId)).toBe(true);
        expect(seen.has(fastId)).toBe(true);
      });

      it('resets a cursor older than the tombstones kept', async () => {
        const a = await as('streetA');
        const old = await a.pullAll();
        const client = `c-${randomUUID()}`;
        const id = randomUUID();
        await a.push(client, [
          mutation(client, 1, 'create', 'places', id, place('短命')),
          mutation(client, 2, 'delete', 'places', id),
        ]);
        await db.query(`UPDATE records SET updated_at = now() - interval '400 days' WHERE id = $1`, [id]);
        expect((await purgeTombstones(db, 180)).purged).toBeGreaterThanOrEqual(1);
        const reply = await a.pull(old.cursor);
        expect(reply.body).toMatchObject({ reset: true, cursor: '', changes: [] });
        // A fresh snapshot is whole again.
        const fresh = await a.pullAll();
        expect(rowOf(fresh.changes, id)).toBeUndefined();
      });

      it('serves CORS to the desktop app only', async () => {
        const preflight = await fetch(`${server.url}/api/sync/push`, {
          method: 'OPTIONS',
          headers: { origin: 'app://street-desk', 'access-control-request-method': 'POST' },
        });
        expect(preflight.status).toBe(204);
        expect(preflight.headers.get('access-control-allow-origin')).toBe('app://street-desk');
        const other = await fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
          body: '{}',
        });
        expect(other.headers.get('access-control-allow-origin')).toBeNull();
      });
    },
  );
}
