import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Place } from '@shared/model/place';
import type { WhistleCall } from '@shared/model/whistle';
import type { ChangeRow } from '@shared/sync/protocol';
import { createTestDb } from '../../renderer/db/test-db';
import type { StreetDeskDb } from '../../renderer/db';
import { ensureClientClock } from '../../renderer/db/capture';
import { countPending } from '../../renderer/db/outbox';
import { SyncApi } from '../../renderer/sync/api';
import { syncOnce, type SyncTarget } from '../../renderer/sync/engine';
import { rejectedTable } from '../../renderer/sync/state';
import {
  blowWhistle,
  evaluate,
  deleteResponder,
  reply,
  saveResponder,
} from '../../renderer/features/whistles/whistles-repository';
import type { Database } from '../../server/db/database';
import { runCommand } from '../../server/cli';
import { ExpectedError } from '../../server/config';
import {
  BACKENDS,
  createUser,
  Http,
  mutation,
  PASSWORD,
  startServer,
  STREET_A,
  STREET_B,
  type Body,
  type TestServer,
} from './harness';

/**
 * Issue 13, 双考核: a summoned department answers the street's evaluation through its own login.
 * The street's workstation summons two units and evaluates them with the app's own repository; an
 * account made with the admin CLI for one unit pulls only that unit's calls (with their events and
 * nothing personal), answers one, and the street's workstation receives the answer marked as the
 * department's. On the wire, the department is refused another unit's call, the street's fields
 * and every other table, and the street may no longer speak over the department's own answer.
 */
const DISTRICT = '110105';
const BLOWN = '2027-03-02T09:00:00+08:00';

for (const backend of BACKENDS)
  describe.skipIf(backend.skip !== undefined)(
    `a department answering its evaluation on ${backend.name}${backend.skip ? ` — ${backend.skip}` : ''}`,
    () => {
      let db: Database;
      let drop: () => Promise<void>;
      let server: TestServer;

      beforeAll(async () => {
        ({ db, drop } = await backend.open());
        server = await startServer(db);
        await createUser(db, 'deptStreet', 'street', STREET_A);
        await createUser(db, 'deptStreetB', 'street', STREET_B);
      }, 120_000);

      afterAll(async () => {
        await server?.close();
        await drop?.();
      });

      async function target(username: string): Promise<SyncTarget> {
        const login = await new SyncApi(server.url).login(username, PASSWORD);
        return { api: new SyncApi(server.url, login.token), serverId: login.serverId, user: login.user };
      }

      async function client(): Promise<StreetDeskDb> {
        const local = createTestDb();
        await local.open();
        await ensureClientClock(local);
        return local;
      }

      const cli = (args: string[]) => runCommand(db, args, () => Promise.resolve(PASSWORD));

      it('answers its own call, is refused elsewhere, and pulls only what its calls need', async () => {
        // The street summons the water bureau and a property firm, and evaluates both.
        const street = await client();
        const tStreet = await target('deptStreet');
        const streetUser = tStreet.user;
        const water = await saveResponder(
          street,
          { name: '区水务局', kind: 'department', orgPath: STREET_A },
          streetUser,
        );
        const firm = await saveResponder(
          street,
          { name: '物业公司', kind: 'firm', orgPath: STREET_A },
          streetUser,
        );
        const place: Place = {
          id: randomUUID(),
          orgPath: `${STREET_A}/110105001001`,
          code: '1101050010010001',
          type: 'building',
          name: '南新园1号楼',
          address: '南新园小区1号楼',
          households: 120,
          residents: 300,
          servicePointIds: [],
          head: { name: '张楼长', phone: '13812345678', partyMember: false },
        };
        await street.places.add(place);
        const input = {
          title: '地下室漏水',
          reason: 'residents' as const,
          address: '南新园小区1号楼',
          placeId: place.id,
          ticketIds: [],
          blownAt: new Date(BLOWN).toISOString(),
          reportWithinMin: 30,
          orgPath: STREET_A,
        };
        const both = await blowWhistle(street, { ...input, responderIds: [water.id, firm.id] }, streetUser);
        const firmOnly = await blowWhistle(
          street,
          { ...input, title: '楼道堆物', responderIds: [firm.id] },
          streetUser,
        );
        const calls = await street.whistleCalls.where('whistleId').equals(both.id).toArray();
        const waterCall = calls.find((c) => c.responderId === water.id)!;
        const firmCall = calls.find((c) => c.responderId === firm.id)!;
        await evaluate(street, waterCall.id, { timeliness: 2, attitude: 4, result: 4 }, streetUser);
        await evaluate(street, firmCall.id, { timeliness: 5, attitude: 5, result: 5 }, streetUser);
        await syncOnce(street, tStreet);
        expect(await countPending(street)).toBe(0);

        // The admin CLI binds an account to a unit the server holds, and refuses one it does not.
        const missing = await cli([
          'user',
          'add',
          'ghost',
          '--role',
          'department',
          '--scope',
          DISTRICT,
          '--responder',
          '区不存在局',
          '--password-stdin',
        ]).catch((e: unknown) => e);
        expect(missing).toBeInstanceOf(ExpectedError);
        expect((missing as Error).message).toMatch(/^服务器上没有报到单位 区不存在局/);
        const unbound = await cli([
          'user',
          'add',
          'ghost',
          '--role',
          'department',
          '--scope',
          DISTRICT,
          '--password-stdin',
        ]).catch((e: unknown) => e);
        expect((unbound as Error).message).toMatch(/^部门账号需要用 --responder 指定/);
        // A unit the account's scope does not reach is as good as none.
        const elsewhere = await cli([
          'user',
          'add',
          'ghost',
          '--role',
          'department',
          '--scope',
          STREET_B,
          '--responder',
          water.id,
          '--password-stdin',
        ]).catch((e: unknown) => e);
        expect((elsewhere as Error).message).toContain('服务器上没有报到单位');
        expect(
          await cli([
            'user',
            'add',
            'water',
            '--role',
            'department',
            '--scope',
            DISTRICT,
            '--responder',
            '区水务局',
            '--password-stdin',
          ]),
        ).toContain(water.id);
        expect(await cli(['user', 'list'])).toContain(`responder ${water.id}`);

        // The department signs in as itself and pulls: its call, its event, its unit, org units.
        const tWater = await target('water');
        expect(tWater.user).toMatchObject({ role: 'department', responderId: water.id, scope: DISTRICT });
        expect(tWater.user.displayName).toBe('区水务局');
        const desk = await client();
        await syncOnce(desk, tWater);
        expect((await desk.whistleCalls.toArray()).map((c) => c.id)).toEqual([waterCall.id]);
        expect((await desk.whistles.toArray()).map((w) => w.id)).toEqual([both.id]);
        expect((await desk.responders.toArray()).map((r) => r.id)).toEqual([water.id]);
        // Nothing personal of the street's registry reaches it.
        expect(await desk.places.count()).toBe(0);

        // It answers through the app's repository, and the push is accepted.
        await reply(desk, waterCall.id, '夜间值班人手不足 已调整排班', tWater.user);
        await syncOnce(desk, tWater);
        expect(await rejectedTable(desk).count()).toBe(0);
        expect(await countPending(desk)).toBe(0);

        // The street's workstation pulls the answer, marked as the department's own.
        await syncOnce(street, tStreet);
        expect((await street.whistleCalls.get(waterCall.id))!.reply).toMatchObject({
          text: '夜间值班人手不足 已调整排班',
          by: '区水务局',
          byDepartment: true,
        });

        // On the wire: refused another unit's call, the street's fields and any other table.
        const wire = await new Http(server.url).login('water');
        const me = `c-${randomUUID()}`;
        const own = { text: '已整改', at: new Date().toISOString(), byDepartment: true };
        const refused = await wire.push(me, [
          mutation(me, 1, 'update', 'whistleCalls', firmCall.id, { reply: own }, { baseOrgPath: STREET_A }),
          mutation(me, 2, 'update', 'whistleCalls', waterCall.id, {
            evaluation: { timeliness: 5, attitude: 5, result: 5, at: new Date().toISOString() },
          }),
          mutation(me, 3, 'update', 'whistleCalls', waterCall.id, {
            arrivedAt: new Date(BLOWN).toISOString(),
          }),
          mutation(me, 4, 'create', 'places', randomUUID(), { ...place, id: undefined, name: '部门新建' }),
          mutation(me, 5, 'delete', 'whistleCalls', waterCall.id),
          mutation(me, 6, 'update', 'whistleCalls', waterCall.id, { action: '调来两台抽水泵' }),
        ]);
        expect(refused.status).toBe(200);
        const byId = new Map(refused.body.rejected.map((r) => [r.mutationId, r]));
        expect([...byId.keys()]).toEqual([1, 2, 3, 4, 5]);
        for (const r of byId.values()) expect(r.code).toBe('forbidden');
        expect(byId.get(1)!.message).toMatch(/^只能答复召集本部门的记录。（A department may answer only/);
        expect(byId.get(2)!.message).toContain('whistleCalls.evaluation');
        expect(byId.get(3)!.message).toContain('whistleCalls.arrivedAt');
        expect(byId.get(4)!.message).toMatch(
          /^部门账号只能答复召集本部门的吹哨记录，不能修改此类数据（places）/,
        );
        expect(byId.get(5)!.message).toMatch(/^部门账号不能新建或删除召集记录/);
        const held = await server.db.query<{ id: string; data: WhistleCall }>(
          `SELECT id, data FROM records WHERE tbl = 'whistleCalls' AND id = ANY($1::text[])`,
          [[waterCall.id, firmCall.id]],
        );
        const heldWater = held.find((r) => r.id === waterCall.id)!.data;
        const heldFirm = held.find((r) => r.id === firmCall.id)!.data;
        expect(heldFirm.reply).toBeUndefined();
        expect(heldWater.evaluation).toMatchObject({ timeliness: 2 });
        expect(heldWater.arrivedAt).toBeUndefined();
        // What it did on site is its to say.
        expect(heldWater.action).toBe('调来两台抽水泵');

        // Single records and history answer as for a record that is not there.
        const rows = await wire.request<Body<{ rows: ChangeRow[] }>>('POST', '/api/sync/records', {
          keys: [
            { table: 'whistleCalls', id: firmCall.id },
            { table: 'whistles', id: firmOnly.id },
            { table: 'places', id: place.id },
            { table: 'whistleCalls', id: waterCall.id },
          ],
        });
        expect(rows.body.rows.map((r) => Boolean(r.gone))).toEqual([true, true, true, false]);
        const history = await wire.request('GET', `/api/sync/history?table=whistleCalls&id=${firmCall.id}`);
        expect(history.status).toBe(404);
        expect(
          (await wire.request('GET', `/api/sync/history?table=whistleCalls&id=${waterCall.id}`)).status,
        ).toBe(200);

        // The street may still enter a unit's answer for it (代录), never over the department's own.
        const streetWire = await new Http(server.url).login('deptStreet');
        const desk2 = `c-${randomUUID()}`;
        const entered = { text: '电话答复', at: new Date().toISOString() };
        const streetPush = await streetWire.push(desk2, [
          mutation(desk2, 1, 'update', 'whistleCalls', waterCall.id, { reply: entered }),
          mutation(desk2, 2, 'update', 'whistleCalls', firmCall.id, { reply: entered }),
          mutation(desk2, 3, 'update', 'whistleCalls', firmCall.id, {
            reply: { ...entered, byDepartment: true },
          }),
        ]);
        expect(streetPush.body.rejected.map((r) => [r.mutationId, r.code])).toEqual([
          [1, 'forbidden'],
          [3, 'forbidden'],
        ]);
        expect(streetPush.body.rejected[0]!.message).toMatch(/^部门已通过本部门账号答复此评价/);

        // Only its own calls travel to it, on the wire as in its database.
        const pulled = await wire.pullAll();
        const tables = new Set(pulled.changes.map((c) => c.table));
        for (const table of tables)
          expect(['orgUnits', 'responders', 'whistleCalls', 'whistles']).toContain(table);
        const callRows = pulled.changes.filter((c) => c.table === 'whistleCalls' && !c.gone);
        expect(callRows.map((c) => c.id)).toEqual([waterCall.id]);
        expect(new Set(pulled.changes.filter((c) => c.table === 'whistles').map((c) => c.id))).toEqual(
          new Set([both.id]),
        );
        const before = pulled.cursor;

        // A call added later to an event the department's cursor passed brings that event along.
        const late: WhistleCall = {
          id: randomUUID(),
          orgPath: STREET_A,
          whistleId: firmOnly.id,
          responderId: water.id,
        };
        await street.whistleCalls.add(late);
        await syncOnce(street, tStreet);
        const after = await wire.pullAll(before, { limit: '1' });
        expect(after.changes.map((c) => [c.table, c.id])).toEqual([
          ['whistles', firmOnly.id],
          ['whistleCalls', late.id],
        ]);
        await syncOnce(desk, tWater);
        expect(await desk.whistles.get(firmOnly.id)).toMatchObject({ title: '楼道堆物' });
        expect(await desk.whistleCalls.get(late.id)).toBeDefined();
        // …and the street's other writes in the meantime did not.
        expect(await desk.whistleCalls.get(firmCall.id)).toBeUndefined();

        // A street user of another street sees nothing of this one's calls, as before.
        const other = await new Http(server.url).login('deptStreetB');
        const theirs = await other.pullAll();
        expect(theirs.changes.some((c) => c.table === 'whistleCalls')).toBe(false);
      }, 90_000);

      it('changes an account with user set, and says why an account whose unit went sees nothing', async () => {
        const street = await client();
        const tStreet = await target('deptStreet');
        const roads = await saveResponder(
          street,
          { name: '区市政市容委', kind: 'department', orgPath: STREET_A },
          tStreet.user,
        );
        const parks = await saveResponder(
          street,
          { name: '区园林绿化局', kind: 'department', orgPath: STREET_A },
          tStreet.user,
        );
        await syncOnce(street, tStreet);
        await cli([
          'user',
          'add',
          'roads',
          '--role',
          'department',
          '--scope',
          DISTRICT,
          '--responder',
          roads.id,
          '--password-stdin',
        ]);

        // Refused as `user add` refuses, each in words that say what to do, Chinese first.
        const refusal = (args: string[]) =>
          cli(['user', 'set', ...args]).then(
            () => 'accepted',
            (e: unknown) => (e instanceof ExpectedError ? e.message : `unexpected ${String(e)}`),
          );
        expect(await refusal(['nobody', '--role', 'street'])).toMatch(
          /^没有用户 nobody。（No user nobody\.）$/,
        );
        expect(await refusal(['roads'])).toMatch(/^没有要修改的内容.*（Nothing to change/);
        expect(await refusal(['roads', '--role', 'mayor'])).toMatch(/^角色应为 .*（The role must be/);
        expect(await refusal(['roads', '--scope', 'x/y'])).toMatch(/^范围应为区划代码路径/);
        expect(await refusal(['roads', '--responder', '区不存在局'])).toMatch(
          /^服务器上没有报到单位 区不存在局/,
        );
        expect(await refusal(['roads', '--role', 'street', '--responder', parks.id])).toMatch(
          /^只有部门账号（department）绑定报到单位/,
        );
        // Its unit lies in street A: street B's scope would reach no call of it.
        expect(await refusal(['roads', '--scope', STREET_B])).toContain('服务器上没有报到单位');
        expect((await target('roads')).user).toMatchObject({ responderId: roads.id, scope: DISTRICT });

        // Rebound to another unit (by name): the account takes the unit's name, and its sessions end.
        const before = await new Http(server.url).login('roads');
        expect(await cli(['user', 'set', 'roads', '--responder', '区园林绿化局'])).toMatch(
          new RegExp(
            `^已修改用户 roads（department，范围 ${DISTRICT}，报到单位 区园林绿化局（${parks.id}））`,
          ),
        );
        expect((await before.request('GET', '/api/auth/session')).status).toBe(401);
        expect((await target('roads')).user).toMatchObject({
          responderId: parks.id,
          displayName: '区园林绿化局',
        });
        expect(await cli(['user', 'list'])).toContain(`responder ${parks.id} 区园林绿化局`);

        // The street deletes the unit later: the account is told at once why it would see nothing.
        const wire = await new Http(server.url).login('roads');
        expect((await wire.request('GET', '/api/auth/session')).status).toBe(200);
        await deleteResponder(street, tStreet.user, parks.id);
        await syncOnce(street, tStreet);
        const session = await wire.request<Body<object>>('GET', '/api/auth/session');
        expect(session.status).toBe(403);
        expect(session.body.error.message).toMatch(
          new RegExp(
            `^此部门账号绑定的报到单位 ${parks.id} 已在服务器上删除.*user set roads --responder.*（The responding unit`,
          ),
        );
        expect((await wire.pull()).status).toBe(403);
        const login = await new Http(server.url).request<Body<object>>('POST', '/api/auth/login', {
          username: 'roads',
          password: PASSWORD,
        });
        expect(login.status).toBe(403);
        expect(login.body.error.message).toBe(session.body.error.message);
        // Signing out still works.
        expect((await wire.request('POST', '/api/auth/logout', {})).status).toBe(204);
        const list = await cli(['user', 'list']);
        expect(list).toMatch(/^roads\t.*\t! 报到单位失效 unit gone\t/m);
        expect(list).toMatch(/^! roads: 此部门账号绑定的报到单位/m);
        expect(list).not.toMatch(/^! water:/m);

        // Bound again, it signs in; made a street account, it keeps no unit.
        await cli(['user', 'set', 'roads', '--responder', roads.id]);
        expect((await target('roads')).user.responderId).toBe(roads.id);
        expect(
          await cli([
            'user',
            'set',
            'roads',
            '--role',
            'street',
            '--scope',
            STREET_A,
            '--name',
            '市政联络员',
          ]),
        ).toContain('已修改用户 roads（street，范围 110105/110105001）');
        const asStreet = (await target('roads')).user;
        expect(asStreet).toMatchObject({ role: 'street', scope: STREET_A, displayName: '市政联络员' });
        expect(asStreet.responderId).toBeUndefined();
        // Back to department without a unit is refused as `user add` refuses it.
        expect(await refusal(['roads', '--role', 'department'])).toMatch(/^部门账号需要用 --responder 指定/);
      }, 90_000);
    },
  );
