import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgUnit } from '@shared/model/org';
import type { Place } from '@shared/model/place';
import type { OutboxEntry } from '@shared/sync/outbox';
import { isInScope, orgPathOfCode } from '@shared/org/codes';
import { createTestDb } from '../../renderer/db/test-db';
import type { StreetDeskDb } from '../../renderer/db';
import { ensureClientClock } from '../../renderer/db/capture';
import { countPending, readAllPending } from '../../renderer/db/outbox';
import { SyncApi, type FetchLike } from '../../renderer/sync/api';
import { syncOnce, type SyncTarget } from '../../renderer/sync/engine';
import { RefusedError } from '../../renderer/app/input-error';
import { applyDivision, undoDivision } from '../../renderer/features/divisions/divisions-repository';
import type { Database } from '../../server/db/database';
import { BACKENDS, createUser, PASSWORD, startServer, STREET_A, type TestServer } from '../server/harness';

/**
 * Convergence with division changes (issue 16): three clients of different scopes — the street's
 * workstation, a station of community 001 and one of community 002 — edit, create and delete 楼门院
 * while going offline and online, and the street splits communities (a grid to a new community)
 * and undoes splits in between. After everyone has synced: every client holds exactly the server's
 * places of its scope, every change a client made was applied once or refused with a reason
 * (only a community's edit of a record a split moved out of its scope may be refused), and the
 * server holds what a replay of the applied changes gives — so no acknowledged write was lost.
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 8);
const FIELDS = ['name', 'households', 'notes'] as const;
const C1 = '110105001001';
const C2 = '110105001002';
const SCOPES = [STREET_A, orgPathOfCode(C1), orgPathOfCode(C2)] as const;

type Action =
  | { kind: 'create'; client: number; pick: number }
  | { kind: 'edit'; client: number; pick: number; field: (typeof FIELDS)[number]; value: string | number }
  | { kind: 'delete'; client: number; pick: number }
  | { kind: 'sync'; client: number }
  | { kind: 'offline'; client: number; offline: boolean }
  | { kind: 'split'; pick: number }
  | { kind: 'undo' };

const client = fc.integer({ min: 0, max: 2 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), client, pick: fc.nat(20) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      client,
      pick: fc.nat(30),
      field: fc.constantFrom(...FIELDS),
      value: fc.oneof(fc.constantFrom('东', '西', '南', '北'), fc.integer({ min: 0, max: 500 })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), client, pick: fc.nat(30) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), client }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('offline' as const), client, offline: fc.boolean() }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('split' as const), pick: fc.nat(10) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const) }) },
);

interface Peer {
  db: StreetDeskDb;
  scope: string;
  offline: boolean;
  target: SyncTarget;
  made: Map<number, OutboxEntry>;
  clientId: string;
}

const unit = (code: string, name: string, level: OrgUnit['level'], households?: number): OrgUnit => ({
  id: randomUUID(),
  code,
  name,
  level,
  parentCode: code.slice(0, code.length - 3),
  orgPath: orgPathOfCode(code),
  ...(households !== undefined ? { households } : {}),
  source: 'user',
});

let codeSeq = 0;
const placeIn = (orgPath: string, gridCode?: string): Place => {
  const community = orgPath.split('/')[2]!;
  codeSeq = (codeSeq % 8999) + 1;
  return {
    id: randomUUID(),
    orgPath,
    ...(gridCode ? { gridCode } : {}),
    code: `${community}${String(1000 + codeSeq)}`,
    type: 'building',
    name: '楼',
    address: '某路',
    households: 100,
    residents: 200,
    servicePointIds: [],
  };
};

/** Per-field last writer wins by clock, deletes final unless a newer create restores (the design). */
function replay(mutations: readonly OutboxEntry[]): Map<string, Record<string, unknown>> {
  type State = { deleted: boolean; deletedAt: string; fields: Map<string, { value: unknown; hlc: string }> };
  const records = new Map<string, State>();
  const setFields = (s: State, m: OutboxEntry) => {
    for (const [f, value] of Object.entries(m.changedFields)) {
      const cur = s.fields.get(f);
      if (!cur || m.hlc > cur.hlc) s.fields.set(f, { value, hlc: m.hlc });
    }
  };
  for (const m of mutations) {
    const s = records.get(m.id);
    if (m.op === 'create') {
      if (!s) {
        const fresh: State = { deleted: false, deletedAt: '', fields: new Map() };
        setFields(fresh, m);
        records.set(m.id, fresh);
      } else if (!s.deleted) setFields(s, m);
      else if (m.hlc > s.deletedAt) {
        s.deleted = false;
        s.deletedAt = m.hlc;
        setFields(s, m);
      }
    } else if (m.op === 'update') {
      if (s && !s.deleted) setFields(s, m);
    } else if (s && !s.deleted) {
      s.deleted = true;
      s.deletedAt = m.hlc;
    }
  }
  const live = new Map<string, Record<string, unknown>>();
  for (const [id, s] of records) {
    if (s.deleted) continue;
    const row: Record<string, unknown> = {};
    for (const [f, { value }] of s.fields) if (value !== null && value !== undefined) row[f] = value;
    live.set(id, row);
  }
  return live;
}

async function contentOf(db: StreetDeskDb): Promise<Map<string, Record<string, unknown>>> {
  const rows = (await db.places.toArray()) as unknown as Record<string, unknown>[];
  return new Map(
    rows.map((r) => {
      const { id, rev: _rev, updatedAt: _at, updatedBy: _by, ...data } = r;
      return [id as string, data];
    }),
  );
}

const sorted = (m: Map<string, Record<string, unknown>>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));

for (const backend of BACKENDS)
  describe.skipIf(backend.skip !== undefined)(
    `convergence of three scoped clients through splits and undos on ${backend.name}${backend.skip ? ` — ${backend.skip}` : ''}`,
    () => {
      let db: Database;
      let drop: () => Promise<void>;
      let server: TestServer;
      const tokens: string[] = [];
      const users: SyncTarget['user'][] = [];

      beforeAll(async () => {
        ({ db, drop } = await backend.open());
        server = await startServer(db);
        await createUser(db, 'divConvStreet', 'street', SCOPES[0]);
        await createUser(db, 'divConvC1', 'field', SCOPES[1]);
        await createUser(db, 'divConvC2', 'field', SCOPES[2]);
        for (const name of ['divConvStreet', 'divConvC1', 'divConvC2']) {
          const login = await new SyncApi(server.url).login(name, PASSWORD);
          tokens.push(login.token);
          users.push(login.user);
        }
      }, 120_000);

      afterAll(async () => {
        await server?.close();
        await drop?.();
      });

      it('converges, and loses no acknowledged write, while communities are split and splits undone', async () => {
        await fc.assert(
          fc.asyncProperty(fc.array(action, { minLength: 10, maxLength: 30 }), async (actions) => {
            await db.query('TRUNCATE records, history, conflicts, rejected, departures, clients');
            await db.query('UPDATE sync_state SET seq = 0, purged_seq = 0');
            const peers: Peer[] = [];
            for (let i = 0; i < 3; i++) {
              const local = createTestDb();
              await local.open();
              const { clientId } = await ensureClientClock(local);
              const peer: Peer = {
                db: local,
                scope: SCOPES[i]!,
                offline: false,
                made: new Map(),
                clientId,
                target: undefined as unknown as SyncTarget,
              };
              const fetchImpl: FetchLike = (input, init) =>
                peer.offline ? Promise.reject(new TypeError('offline')) : fetch(input, init);
              peer.target = {
                api: new SyncApi(server.url, tokens[i]!, fetchImpl),
                serverId: server.serverId,
                user: users[i]!,
              };
              peers.push(peer);
            }
            const [street] = peers as [Peer, Peer, Peer];
            const remember = async (p: Peer) => {
              for (const e of await readAllPending(p.db)) p.made.set(e.mutationId, e);
            };
            const sync = async (p: Peer) => {
              await remember(p);
              await syncOnce(p.db, p.target).catch((error: unknown) => {
                if (!p.offline) throw error;
              });
            };

            // The street as the registry holds it: two communities of three grids, two buildings each.
            const units: OrgUnit[] = [];
            const places: Place[] = [];
            for (const c of [C1, C2]) {
              units.push(unit(c, `${c.slice(9)}社区`, 'community', 1200));
              for (const g of ['001', '002', '003']) {
                const grid = `${c}${g}`;
                units.push(unit(grid, `第${g}网格`, 'grid'));
                places.push(placeIn(orgPathOfCode(grid), grid), placeIn(orgPathOfCode(grid), grid));
              }
            }
            await street.db.orgUnits.bulkAdd(units);
            await street.db.places.bulkAdd(places);
            await sync(street);
            for (const p of peers.slice(1)) await sync(p);

            let changes = 0;
            const applied: string[] = [];
            const pickPlace = async (p: Peer, n: number) => {
              const ids = (await p.db.places.toCollection().primaryKeys()).sort();
              return ids.length ? ids[n % ids.length] : undefined;
            };
            /** Live communities and villages the client holds, with their grids. */
            const liveUnits = async (p: Peer) => {
              const all = (await p.db.orgUnits.toArray()).filter((u) => !u.deleted);
              return all
                .filter((u) => u.level === 'community' && !u.dissolvedBy && isInScope(u.orgPath, STREET_A))
                .sort((a, b) => a.code.localeCompare(b.code))
                .map((c) => ({
                  unit: c,
                  grids: all
                    .filter((g) => g.level === 'grid' && g.parentCode === c.code)
                    .map((g) => g.code)
                    .sort(),
                }));
            };

            for (const a of actions) {
              if (a.kind === 'split') {
                // The street splits the last grid of a community with more than one into a new one.
                const splittable = (await liveUnits(street)).filter((c) => c.grids.length > 1);
                const chosen = splittable[a.pick % Math.max(1, splittable.length)];
                if (!chosen) continue;
                changes += 1;
                try {
                  const change = await applyDivision(
                    street.db,
                    {
                      kind: 'split',
                      sources: [chosen.unit.code],
                      effectiveOn: '2027-01-01',
                      targets: [
                        {
                          code: chosen.unit.code,
                          name: chosen.unit.name,
                          gridCodes: [],
                          placeIds: [],
                          remainder: true,
                        },
                        { name: `新社区${changes}`, gridCodes: [chosen.grids.at(-1)!], placeIds: [] },
                      ],
                    },
                    { role: 'street', displayName: '街道' },
                    // Fixed and increasing: undo orders changes by them, never by today.
                    { now: `2027-01-01T09:${String(changes).padStart(2, '0')}:00+08:00` },
                  );
                  applied.push(change.id);
                } catch (e) {
                  if (!(e instanceof RefusedError)) throw e;
                }
                continue;
              }
              if (a.kind === 'undo') {
                const last = applied.at(-1);
                if (!last) continue;
                try {
                  await undoDivision(
                    street.db,
                    last,
                    { role: 'street', displayName: '街道' },
                    {
                      now: `2027-01-02T09:${String(changes).padStart(2, '0')}:00+08:00`,
                    },
                  );
                  applied.pop();
                } catch (e) {
                  // Refused with its reason (records made in the new community since): it stays.
                  if (!(e instanceof RefusedError)) throw e;
                }
                continue;
              }
              const p = peers[a.client]!;
              switch (a.kind) {
                case 'create': {
                  const communities = (await liveUnits(p)).filter((c) => isInScope(c.unit.orgPath, p.scope));
                  const c = communities[a.pick % Math.max(1, communities.length)];
                  if (!c) break;
                  const grid = c.grids[a.pick % Math.max(1, c.grids.length)];
                  await p.db.places.add(grid ? placeIn(orgPathOfCode(grid), grid) : placeIn(c.unit.orgPath));
                  break;
                }
                case 'edit': {
                  const id = await pickPlace(p, a.pick);
                  if (id) await p.db.table('places').update(id, { [a.field]: a.value });
                  break;
                }
                case 'delete': {
                  const id = await pickPlace(p, a.pick);
                  if (id) await p.db.places.delete(id);
                  break;
                }
                case 'sync':
                  await sync(p);
                  break;
                case 'offline':
                  p.offline = a.offline;
                  break;
              }
            }

            for (const p of peers) p.offline = false;
            for (let round = 0; round < 3; round++) for (const p of peers) await sync(p);

            const serverRows = await db.query<{
              id: string;
              org_path: string;
              data: Record<string, unknown>;
              deleted: boolean;
            }>(`SELECT id, org_path, data, deleted FROM records WHERE tbl = 'places'`);
            const live = serverRows.filter((r) => !r.deleted);

            // Every change was applied exactly once, or refused with a reason — never dropped.
            const history = await db.query<{ client_id: string; mutation_id: number }>(
              'SELECT client_id, mutation_id FROM history ORDER BY id',
            );
            const refused = await db.query<{ client_id: string; mutation_id: number; code: string }>(
              'SELECT client_id, mutation_id, code FROM rejected',
            );
            const made = new Map<string, OutboxEntry>();
            for (const p of peers) for (const [id, e] of p.made) made.set(`${p.clientId}:${id}`, e);
            const order = history.map((h) => `${h.client_id}:${h.mutation_id}`);
            const refusedKeys = refused.map((r) => `${r.client_id}:${r.mutation_id}`);
            expect(new Set(order).size).toBe(order.length);
            expect(refusedKeys.filter((k) => order.includes(k))).toEqual([]);
            expect(new Set([...order, ...refusedKeys])).toEqual(new Set(made.keys()));
            // Only a community station's change to a record moved out of its scope is refused.
            for (const r of refused) {
              expect(r.client_id).not.toBe(street.clientId);
              expect(r.code).toBe('forbidden');
            }
            const placeChanges = order.map((k) => made.get(k)!).filter((m) => m.table === 'places');
            expect(sorted(new Map(live.map((r) => [r.id, r.data])))).toEqual(sorted(replay(placeChanges)));

            // Each client holds exactly the server's places of its scope, and nothing is left to send.
            for (const p of peers) {
              expect(await countPending(p.db)).toBe(0);
              const inScope = new Map(
                live.filter((r) => isInScope(r.org_path, p.scope)).map((r) => [r.id, r.data]),
              );
              expect(sorted(await contentOf(p.db))).toEqual(sorted(inScope));
            }
            for (const p of peers) p.db.close();
          }),
          { numRuns: RUNS, endOnFailure: true },
        );
      }, 600_000);
    },
  );
