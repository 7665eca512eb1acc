import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormerPlacement } from '@shared/model/division';
import type { OrgUnit } from '@shared/model/org';
import type { CommunityWorker, Place } from '@shared/model/place';
import type { Ticket } from '@shared/model/ticket';
import { MAX_PUSH_MUTATIONS } from '@shared/sync/protocol';
import type { DivisionDraft } from '@shared/divisions/plan';
import { isInScope, orgPathOfCode } from '@shared/org/codes';
import { createTestDb } from '../../renderer/db/test-db';
import type { StreetDeskDb } from '../../renderer/db';
import { ensureClientClock } from '../../renderer/db/capture';
import { countPending } from '../../renderer/db/outbox';
import { SyncApi } from '../../renderer/sync/api';
import { syncOnce, type SyncTarget } from '../../renderer/sync/engine';
import { rejectedTable } from '../../renderer/sync/state';
import {
  applyDivision,
  planUndo,
  previewDivision,
  undoDivision,
} from '../../renderer/features/divisions/divisions-repository';
import type { Database } from '../../server/db/database';
import {
  BACKENDS,
  createUser,
  Http,
  PASSWORD,
  rowOf,
  startServer,
  STREET_A,
  type TestServer,
} from './harness';

/**
 * Issue 16, "sync is the hard part": a split reaches clients of different scopes as the ordinary
 * updates the app pushes. The street's client plans and applies the split with the app's own
 * repository (planDivision underneath) and pushes its outbox; a client of the old community then
 * loses what left, one of the new community gains it with its 原属, and an offline edit the old
 * community made to a record that left is refused with the reason, not dropped in silence.
 */
const OLD = '110105001001';
const OLD_PATH = `${STREET_A}/${OLD}`;
const KEPT_GRID = `${OLD}001`;
const MOVED_GRID = `${OLD}002`;
/** The effective date is data of the change, not the clock: nothing here depends on today. */
const EFFECTIVE = '2027-01-01';
const NOW = '2027-01-01T09:00:00+08:00';

for (const backend of BACKENDS)
  describe.skipIf(backend.skip !== undefined)(
    `a community split across scoped clients on ${backend.name}${backend.skip ? ` — ${backend.skip}` : ''}`,
    () => {
      let db: Database;
      let drop: () => Promise<void>;
      let server: TestServer;

      beforeAll(async () => {
        ({ db, drop } = await backend.open());
        server = await startServer(db);
        await createUser(db, 'divStreet', 'street', STREET_A);
        await createUser(db, 'divOld', 'field', OLD_PATH);
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

      const unit = (code: string, name: string, level: OrgUnit['level'], households?: number): OrgUnit => ({
        id: randomUUID(),
        code,
        name,
        level,
        parentCode: code.slice(0, code.length - 3),
        orgPath: [STREET_A, OLD, code.length > 12 ? code : undefined].filter(Boolean).join('/'),
        households,
        source: 'user',
      });

      const building = (grid: string, n: number): Place => ({
        id: randomUUID(),
        orgPath: `${OLD_PATH}/${grid}`,
        gridCode: grid,
        code: `${OLD}${String(n).padStart(4, '0')}`,
        type: 'building',
        name: `南新园${n}号楼`,
        address: `南新园小区${n}号楼`,
        households: 1500,
        residents: 3000,
        servicePointIds: [],
      });

      it('moves the split-off rows from the old community’s client to the new one’s, with 原属, and refuses the old side’s late edit', async () => {
        // The street's workstation holds the community as the registry has it.
        const street = await client();
        const tStreet = await target('divStreet');
        await street.orgUnits.bulkAdd([
          unit(OLD, '南新园社区', 'community', 6000),
          unit(KEPT_GRID, '第一网格', 'grid'),
          unit(MOVED_GRID, '第二网格', 'grid'),
        ]);
        const kept = building(KEPT_GRID, 1);
        const moved = building(MOVED_GRID, 2);
        const gate: Place = {
          ...building(MOVED_GRID, 3),
          type: 'gate',
          parentId: moved.id,
          name: '南新园2号楼1单元',
          households: 0,
          residents: 0,
        };
        const worker: CommunityWorker = {
          id: randomUUID(),
          orgPath: `${OLD_PATH}/${MOVED_GRID}`,
          gridCode: MOVED_GRID,
          name: '王网格员',
          role: 'worker',
        };
        const ticket: Ticket = {
          id: randomUUID(),
          orgPath: moved.orgPath,
          number: 'G2027001',
          source: 'hotline',
          kind: 'complaint',
          content: '楼道堆物',
          address: moved.address,
          receivedAt: '2026-12-20T10:00:00+08:00',
          urgent: false,
          state: 'handling',
          linkStatus: 'linked',
          placeId: moved.id,
        };
        const closed: Ticket = { ...ticket, id: randomUUID(), number: 'G2026999', state: 'closed' };
        await street.places.bulkAdd([kept, moved, gate]);
        await street.communityWorkers.add(worker);
        await street.tickets.bulkAdd([ticket, closed]);
        await syncOnce(street, tStreet);
        expect(await countPending(street)).toBe(0);

        // The old community's station has everything of its community, then goes offline and edits.
        const old = await client();
        const tOld = await target('divOld');
        await syncOnce(old, tOld);
        expect(await old.places.get(moved.id)).toBeDefined();
        expect(await old.tickets.get(ticket.id)).toBeDefined();
        // A raw reader of the same scope keeps its cursor from before the split, to see the wire.
        const oldWire = await new Http(server.url).login('divOld');
        const before = await oldWire.pullAll();
        await old.places.update(moved.id, { name: '离线改的名字' });
        expect(await countPending(old)).toBe(1);

        // The street splits the second grid off into a new community and pushes it as any edit.
        const draft: DivisionDraft = {
          kind: 'split',
          sources: [OLD],
          effectiveOn: EFFECTIVE,
          targets: [
            { code: OLD, name: '南新园社区', gridCodes: [], placeIds: [], remainder: true },
            { name: '南新园东社区', gridCodes: [MOVED_GRID], placeIds: [] },
          ],
        };
        const plan = await previewDivision(street, draft);
        expect(plan.issues).toEqual([]);
        const change = await applyDivision(
          street,
          draft,
          { role: 'street', displayName: '街道民政科' },
          { now: NOW },
        );
        const NEW = change.result!.codes[1]!;
        const NEW_PATH = `${STREET_A}/${NEW}`;
        const movedIds = [moved.id, gate.id, worker.id, ticket.id];
        expect(plan.moves.map((m) => m.id)).toEqual(expect.arrayContaining(movedIds));
        await syncOnce(street, tStreet);
        expect(await rejectedTable(street).count()).toBe(0);
        expect(await countPending(street)).toBe(0);

        // On the wire: the old scope gets a departure for each record that left, and no row of the new community.
        const after = await oldWire.pullAll(before.cursor);
        const gone = after.changes.filter((c) => c.gone).map((c) => c.id);
        expect(gone).toEqual(expect.arrayContaining(movedIds));
        expect(gone).not.toContain(kept.id);
        expect(gone).not.toContain(closed.id);
        for (const c of after.changes.filter((c) => !c.gone)) {
          expect(isInScope(String(c.data?.orgPath ?? ''), NEW_PATH)).toBe(false);
        }

        // The old station pushes its offline edit: refused, saying the record left in a division change.
        await createUser(db, 'divNew', 'field', NEW_PATH);
        await syncOnce(old, tOld);
        const rejected = await rejectedTable(old).toArray();
        expect(rejected).toHaveLength(1);
        expect(rejected[0]).toMatchObject({ code: 'forbidden', id: moved.id });
        expect(rejected[0]!.message).toContain(`已于 ${EFFECTIVE} 随区划调整划出您的范围`);
        // …and never where it went.
        expect(rejected[0]!.message).not.toContain(NEW);
        expect(await countPending(old)).toBe(0);
        // It has lost every row that left, and kept what stayed (closed work included).
        for (const id of [moved.id, gate.id]) expect(await old.places.get(id)).toBeUndefined();
        expect(await old.communityWorkers.get(worker.id)).toBeUndefined();
        expect(await old.tickets.get(ticket.id)).toBeUndefined();
        expect(await old.orgUnits.where('code').equals(NEW).count()).toBe(0);
        expect(await old.places.get(kept.id)).toMatchObject({ orgPath: kept.orgPath });
        expect(await old.tickets.get(closed.id)).toMatchObject({ orgPath: closed.orgPath, state: 'closed' });

        // The new community's station gets every moved row at its new path, with where it was.
        const fresh = await client();
        await syncOnce(fresh, await target('divNew'));
        const arrived = await fresh.places.get(moved.id);
        expect(arrived?.orgPath.startsWith(`${NEW_PATH}/`)).toBe(true);
        expect(arrived?.code.startsWith(NEW)).toBe(true);
        // The refused edit did not land.
        expect(arrived?.name).toBe(moved.name);
        const formerly = arrived?.formerly as FormerPlacement[] | undefined;
        expect(formerly).toEqual([
          expect.objectContaining({
            changeId: change.id,
            on: EFFECTIVE,
            orgPath: moved.orgPath,
            code: moved.code,
            gridCode: MOVED_GRID,
          }),
        ]);
        const arrivedGate = await fresh.places.get(gate.id);
        expect(arrivedGate).toMatchObject({ orgPath: arrived!.orgPath, gridCode: arrived!.gridCode });
        expect(arrivedGate?.formerly?.[0]).toMatchObject({ changeId: change.id, orgPath: gate.orgPath });
        expect(await fresh.communityWorkers.get(worker.id)).toMatchObject({
          orgPath: arrived!.orgPath,
          formerly: [expect.objectContaining({ orgPath: worker.orgPath })],
        });
        expect(await fresh.tickets.get(ticket.id)).toMatchObject({
          orgPath: arrived!.orgPath,
          formerly: [expect.objectContaining({ orgPath: ticket.orgPath })],
        });
        expect(await fresh.orgUnits.where('code').equals(NEW).first()).toMatchObject({
          name: '南新园东社区',
          level: 'community',
        });
        // Nothing that stayed in the old community reaches it.
        expect(await fresh.places.get(kept.id)).toBeUndefined();
        expect(await fresh.tickets.get(closed.id)).toBeUndefined();

        // The record's server history follows it to its new scope, and is closed to the old one.
        const newWire = await new Http(server.url).login('divNew');
        const history = await newWire.request<{ entries: unknown[] }>(
          'GET',
          `/api/sync/history?table=places&id=${moved.id}`,
        );
        expect(history.status).toBe(200);
        expect(history.body.entries.length).toBeGreaterThanOrEqual(2);
        const refused = await oldWire.request('GET', `/api/sync/history?table=places&id=${moved.id}`);
        expect(refused.status).toBe(404);
      }, 60_000);

      it('sends the change record below the street only to the communities it touched, each its own side', async () => {
        // A community of its own, so the codes and names looked for are this test's alone.
        const SOURCE = '110105001020';
        const SOURCE_PATH = `${STREET_A}/${SOURCE}`;
        const UNTOUCHED_PATH = `${STREET_A}/110105001021`;
        const street = await client();
        const tStreet = await target('divStreet');
        await syncOnce(street, tStreet);
        const at = (code: string, name: string, level: OrgUnit['level'], households?: number): OrgUnit => ({
          ...unit(code, name, level, households),
          orgPath: [STREET_A, SOURCE, code.length > 12 ? code : undefined].filter(Boolean).join('/'),
        });
        await street.orgUnits.bulkAdd([
          at(SOURCE, '望京西园社区', 'community', 3600),
          at(`${SOURCE}001`, '西园第一网格', 'grid'),
          at(`${SOURCE}002`, '西园第二网格', 'grid'),
        ]);
        await street.places.bulkAdd(
          [1, 2].map((g) => ({
            ...building(`${SOURCE}00${g}`, g),
            orgPath: `${SOURCE_PATH}/${SOURCE}00${g}`,
            code: `${SOURCE}000${g}`,
          })),
        );
        await createUser(db, 'divSource', 'field', SOURCE_PATH);
        await createUser(db, 'divUntouched', 'field', UNTOUCHED_PATH);
        const change = await applyDivision(
          street,
          {
            kind: 'split',
            sources: [SOURCE],
            effectiveOn: EFFECTIVE,
            targets: [
              { code: SOURCE, name: '望京西园社区', gridCodes: [], placeIds: [], remainder: true },
              { name: '望京西园北社区', gridCodes: [`${SOURCE}002`], placeIds: [] },
            ],
          },
          { role: 'street', displayName: '街道民政科' },
          { now: NOW },
        );
        const NEW = change.result!.codes[1]!;
        await syncOnce(street, tStreet);
        expect(await countPending(street)).toBe(0);
        await createUser(db, 'divSplitOff', 'field', `${STREET_A}/${NEW}`);

        const changeRow = async (username: string) =>
          rowOf((await (await new Http(server.url).login(username)).pullAll()).changes, change.id);

        // The street reads it whole.
        expect(await changeRow('divStreet')).toMatchObject({
          data: { sources: [SOURCE], result: { codes: [SOURCE, NEW] } },
        });
        // The community split off learns only what it gave: not the new community's code or name.
        const source = await changeRow('divSource');
        expect(source?.data).toMatchObject({ kind: 'split', sources: [SOURCE], result: { codes: [SOURCE] } });
        expect(JSON.stringify(source)).not.toContain(NEW);
        expect(JSON.stringify(source)).not.toContain('望京西园北社区');
        // The new community learns where its records came from (its places' 原属 say it too).
        const splitOff = await changeRow('divSplitOff');
        expect(splitOff?.data).toMatchObject({ sources: [SOURCE], result: { codes: [NEW] } });
        expect(splitOff?.data?.targets).toEqual([expect.objectContaining({ name: '望京西园北社区' })]);
        // A community of the street the change did not touch gets nothing of it.
        expect(await changeRow('divUntouched')).toBeUndefined();

        // The app's own client of the old community holds the same part, through the ordinary sync.
        const old = await client();
        await syncOnce(old, await target('divSource'));
        const held = await old.divisionChanges.get(change.id);
        expect(held?.result?.codes).toEqual([SOURCE]);
        expect(JSON.stringify(held)).not.toContain(NEW);

        // Nor do the other doors tell more: the current row of a rejected record, or its history.
        const sourceWire = await new Http(server.url).login('divSource');
        const current = await sourceWire.request<{ rows: { data?: unknown }[] }>(
          'POST',
          '/api/sync/records',
          {
            keys: [{ table: 'divisionChanges', id: change.id }],
          },
        );
        expect(current.status).toBe(200);
        expect(current.body.rows[0]?.data).toMatchObject({ result: { codes: [SOURCE] } });
        expect(JSON.stringify(current.body)).not.toContain(NEW);
        const history = `/api/sync/history?table=divisionChanges&id=${change.id}`;
        expect((await sourceWire.request('GET', history)).status).toBe(404);
        expect((await (await new Http(server.url).login('divStreet')).request('GET', history)).status).toBe(
          200,
        );
      }, 60_000);

      /** A community of `grids` grids with one building each (plus `extra` in the last), at its own codes. */
      async function community(
        local: StreetDeskDb,
        code: string,
        name: string,
        grids: number,
        extra = 0,
      ): Promise<Place[]> {
        const path = orgPathOfCode(code);
        const units: OrgUnit[] = [
          { ...unit(code, name, 'community', 3600), orgPath: path, parentCode: code.slice(0, 9) },
        ];
        const places: Place[] = [];
        for (let g = 1; g <= grids; g++) {
          const grid = `${code}00${g}`;
          units.push({
            ...unit(grid, `${name}第${g}网格`, 'grid'),
            orgPath: orgPathOfCode(grid),
            parentCode: code,
          });
          const count = g === grids ? 1 + extra : 1;
          for (let n = 0; n < count; n++) {
            const number = g * 1000 + n;
            places.push({
              ...building(grid, number),
              orgPath: orgPathOfCode(grid),
              code: `${code}${String(number).padStart(4, '0')}`,
              name: `${name}${number}号楼`,
            });
          }
        }
        await local.orgUnits.bulkAdd(units);
        await local.places.bulkAdd(places);
        return places;
      }

      const splitLastGrid = (code: string, name: string, grids: number): DivisionDraft => ({
        kind: 'split',
        sources: [code],
        effectiveOn: EFFECTIVE,
        targets: [
          { code, name, gridCodes: [], placeIds: [], remainder: true },
          { name: `${name}北`, gridCodes: [`${code}00${grids}`], placeIds: [] },
        ],
      });
      const STREET = { role: 'street' as const, displayName: '街道民政科' };

      it('refuses a split whose new community code another street client took offline at the same time, with every write of it, across push pages; the loser re-plans', async () => {
        const A = '110105001030';
        const B = '110105001031';
        const first = await client();
        const second = await client();
        const tFirst = await target('divStreet');
        await createUser(db, 'divStreet2', 'street', STREET_A);
        const tSecond = await target('divStreet2');
        await syncOnce(first, tFirst);
        await community(first, A, '甲社区', 2);
        // Enough buildings in the grid that leaves B that its split spans more than one push page.
        const bPlaces = await community(first, B, '乙社区', 2, MAX_PUSH_MUTATIONS + 20);
        await syncOnce(first, tFirst);
        await syncOnce(second, tSecond);
        expect(await second.places.count()).toBeGreaterThanOrEqual(bPlaces.length);

        // Both workstations split offline from the same state: both take the lowest free code.
        const won = await applyDivision(first, splitLastGrid(A, '甲社区', 2), STREET, { now: NOW });
        const lost = await applyDivision(second, splitLastGrid(B, '乙社区', 2), STREET, { now: NOW });
        const CODE = won.result!.codes[1]!;
        expect(lost.result!.codes[1]).toBe(CODE);
        expect(await countPending(second)).toBeGreaterThan(MAX_PUSH_MUTATIONS);

        await syncOnce(first, tFirst);
        expect(await rejectedTable(first).count()).toBe(0);
        await syncOnce(second, tSecond);

        // The change is refused with its reason, Chinese first, and so is every write it made.
        const rejected = await rejectedTable(second).toArray();
        const ofChange = rejected.find((r) => r.table === 'divisionChanges');
        expect(ofChange).toMatchObject({ id: lost.id, code: 'invalid' });
        expect(ofChange!.message).toMatch(new RegExp(`^社区代码 ${CODE} 已被`));
        expect(ofChange!.message).toContain(`(Community code ${CODE} is already used`.replace('(', '（'));
        const movedIds = bPlaces.filter((p) => p.gridCode === `${B}002`).map((p) => p.id);
        const refusedIds = new Set(rejected.map((r) => r.id));
        for (const id of movedIds) expect(refusedIds.has(id)).toBe(true);
        expect(await countPending(second)).toBe(0);

        // Nothing of it was applied on the server: one unit holds the code, B's grid and places stayed.
        const units = await db.query<{ id: string; data: OrgUnit }>(
          `SELECT id, data FROM records WHERE tbl = 'orgUnits' AND NOT deleted AND data->>'code' = $1`,
          [CODE],
        );
        expect(units).toHaveLength(1);
        expect(units[0]!.data.name).toBe('甲社区北');
        const bRows = await db.query<{ org_path: string; data: Place }>(
          `SELECT org_path, data FROM records WHERE tbl = 'places' AND id IN (SELECT jsonb_array_elements_text($1::jsonb))`,
          [JSON.stringify(movedIds)],
        );
        expect(bRows).toHaveLength(movedIds.length);
        for (const r of bRows) {
          expect(r.org_path).toBe(orgPathOfCode(`${B}002`));
          expect(r.data.formerly).toBeUndefined();
        }
        const bUnit = await db.query<{ data: OrgUnit }>(
          `SELECT data FROM records WHERE tbl = 'orgUnits' AND data->>'code' = $1`,
          [B],
        );
        expect(bUnit[0]!.data.households).toBe(3600);
        expect(bUnit[0]!.data.divisionChangeId).toBeUndefined();

        // The losing workstation is set back to the server's state, the winner's change pulled in…
        expect(await second.divisionChanges.get(lost.id)).toBeUndefined();
        expect(await second.divisionChanges.get(won.id)).toBeDefined();
        expect((await second.places.get(movedIds[0]!))?.orgPath).toBe(orgPathOfCode(`${B}002`));
        const held = await second.orgUnits.where('code').equals(CODE).toArray();
        expect(held.map((u) => u.name)).toEqual(['甲社区北']);
        // …so it can plan again: another code, and this time the split goes through.
        const again = await applyDivision(second, splitLastGrid(B, '乙社区', 2), STREET, { now: NOW });
        expect(again.result!.codes[1]).not.toBe(CODE);
        await rejectedTable(second).clear();
        await syncOnce(second, tSecond);
        expect(await rejectedTable(second).count()).toBe(0);
        const moved = await db.query<{ org_path: string }>(
          `SELECT org_path FROM records WHERE tbl = 'places' AND id = $1`,
          [movedIds[0]],
        );
        expect(moved[0]!.org_path.startsWith(`${orgPathOfCode(again.result!.codes[1]!)}/`)).toBe(true);
      }, 120_000);

      it('creates a record made offline in a grid that has moved since where the grid went, and refuses it to a user who lost the grid', async () => {
        const C = '110105001040';
        const GRID = `${C}002`;
        await createUser(db, 'divField40', 'field', orgPathOfCode(C));
        const planner = await client();
        const tPlanner = await target('divStreet');
        await syncOnce(planner, tPlanner);
        await community(planner, C, '丙社区', 2);
        await syncOnce(planner, tPlanner);
        const offlineStreet = await client();
        const tOfflineStreet = await target('divStreet2');
        await syncOnce(offlineStreet, tOfflineStreet);
        const field = await client();
        const tField = await target('divField40');
        await syncOnce(field, tField);
        expect(await field.orgUnits.where('code').equals(GRID).count()).toBe(1);

        // Offline, the street's second workstation and the community's station each add a building in the grid…
        const inGrid = (n: number): Place => ({
          ...building(GRID, n),
          orgPath: orgPathOfCode(GRID),
          code: `${C}${String(n).padStart(4, '0')}`,
          name: `丙社区新${n}号楼`,
        });
        const byStreet = inGrid(7001);
        const byField = inGrid(7002);
        await offlineStreet.places.add(byStreet);
        await field.places.add(byField);
        // …while the grid is split off into a new community.
        const change = await applyDivision(planner, splitLastGrid(C, '丙社区', 2), STREET, { now: NOW });
        await syncOnce(planner, tPlanner);
        const NEW = change.result!.codes[1]!;
        const grid = await planner.orgUnits.where('code').equals(`${NEW}002`).first();
        expect(grid?.orgPath).toBe(orgPathOfCode(`${NEW}002`));

        // The street's building lands in the grid where it is now, with the code of its community and 原属.
        await syncOnce(offlineStreet, tOfflineStreet);
        expect(await rejectedTable(offlineStreet).count()).toBe(0);
        const landed = await offlineStreet.places.get(byStreet.id);
        expect(landed).toMatchObject({
          orgPath: orgPathOfCode(`${NEW}002`),
          gridCode: `${NEW}002`,
          code: `${NEW}7001`,
          formerly: [
            {
              changeId: change.id,
              on: EFFECTIVE,
              orgPath: byStreet.orgPath,
              gridCode: GRID,
              code: byStreet.code,
            },
          ],
        });

        // The community's station lost the grid: its building goes to 同步 → 被拒 with the reason, not into silence.
        await syncOnce(field, tField);
        const refused = await rejectedTable(field).toArray();
        expect(refused).toHaveLength(1);
        expect(refused[0]).toMatchObject({ id: byField.id, code: 'forbidden' });
        expect(refused[0]!.message).toMatch(
          new RegExp(`^您新建这条记录时所在的网格或社区已于 ${EFFECTIVE} 随区划调整划出您的范围`),
        );
        expect(refused[0]!.message).not.toContain(NEW);
        expect(await field.places.get(byField.id)).toBeUndefined();
        expect(await countPending(field)).toBe(0);

        // Undoing the split takes the building back with the records it moved, since its 原属 names the change.
        await syncOnce(planner, tPlanner);
        expect((await planUndo(planner, change.id)).blockers).toEqual([]);
        await undoDivision(planner, change.id, STREET, { now: NOW });
        await syncOnce(planner, tPlanner);
        await syncOnce(offlineStreet, tOfflineStreet);
        expect(await offlineStreet.places.get(byStreet.id)).toMatchObject({
          orgPath: byStreet.orgPath,
          gridCode: GRID,
          code: byStreet.code,
        });
      }, 120_000);
    },
  );
