import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@shared/auth/roles';
import type { Place } from '@shared/model/place';
import type { OutboxEntry } from '@shared/sync/outbox';
import { createTestDb } from '../../renderer/db/test-db';
import type { StreetDeskDb } from '../../renderer/db';
import { ensureClientClock } from '../../renderer/db/capture';
import { SyncApi, type FetchLike } from '../../renderer/sync/api';
import { syncOnce, type SyncTarget } from '../../renderer/sync/engine';
import { exportChangesBundle, importBundle, type BundleFile } from '../../renderer/sync/bundles';
import type { Database } from '../../server/db/database';
import {
  BACKENDS,
  COMMUNITY_A,
  createUser,
  hlcOf,
  PASSWORD,
  startServer,
  STREET_A,
  type TestServer,
} from '../server/harness';
import { countPending, readAllPending } from '../../renderer/db/outbox';

/**
 * Convergence (issue 6): 3 to 5 clients make random creates, edits and deletes of 楼门院,
 * go offline and online, and some never reach the server — they exchange bundle files
 * through a connected workstation. After everyone has synced, every client holds exactly
 * the server's records, and the server holds what an independent replay of every change
 * the clients made gives (per-field last writer wins by clock, deletes final unless a newer
 * create restores) — so no acknowledged write was lost, and each was applied exactly once.
 * Beside them another user of the street attacks (issue 19): pushes under an honest client's id,
 * poison values, stamps in another client's name or hours ahead. Every attack is refused, and the
 * honest clients still converge with nothing lost.
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 12);
const FIELDS = ['name', 'households', 'notes'] as const;

type Action =
  | { kind: 'create'; client: number; name: string }
  | {
      kind: 'edit';
      client: number;
      pick: number;
      field: (typeof FIELDS)[number];
      value: string | number | null;
    }
  | { kind: 'delete'; client: number; pick: number }
  /** Writes of several rows at once, whose outbox entries are stored packed. */
  | { kind: 'createMany'; client: number; names: string[] }
  | { kind: 'editAll'; client: number; field: (typeof FIELDS)[number]; value: string | number }
  | { kind: 'sync'; client: number }
  | { kind: 'offline'; client: number; offline: boolean }
  | { kind: 'bundle'; client: number; twice: boolean }
  /** Another user of the street, attacking: none of it may change what the honest ones hold. */
  | { kind: 'hostile'; attack: Attack; victim: number; pick: number };

type Attack = 'foreignClient' | 'poison' | 'forgedStamp' | 'futureStamp';
const ATTACKS: readonly Attack[] = ['foreignClient', 'poison', 'forgedStamp', 'futureStamp'];

const action = (clients: number): fc.Arbitrary<Action> => {
  const client = fc.integer({ min: 0, max: clients - 1 });
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('create' as const),
        client,
        name: fc.constantFrom('甲楼', '乙楼', '丙院', '丁院'),
      }),
    },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        client,
        pick: fc.nat(20),
        field: fc.constantFrom(...FIELDS),
        value: fc.oneof(
          fc.constantFrom('东', '西', '南', '北'),
          fc.integer({ min: 0, max: 500 }),
          fc.constant(null),
        ),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), client, pick: fc.nat(20) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('createMany' as const),
        client,
        names: fc.array(fc.constantFrom('甲楼', '乙楼', '丙院'), { minLength: 2, maxLength: 4 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('editAll' as const),
        client,
        field: fc.constantFrom(...FIELDS),
        value: fc.oneof(fc.constantFrom('东', '西'), fc.integer({ min: 0, max: 500 })),
      }),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), client }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('offline' as const), client, offline: fc.boolean() }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('bundle' as const), client, twice: fc.boolean() }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('hostile' as const),
        attack: fc.constantFrom(...ATTACKS),
        victim: client,
        pick: fc.nat(20),
      }),
    },
  );
};

const scenario = fc.integer({ min: 3, max: 5 }).chain((clients) =>
  fc.record({
    clients: fc.constant(clients),
    /** Which clients (never the workstation, client 0) exchange only by bundle. */
    offices: fc.array(fc.boolean(), { minLength: clients, maxLength: clients }),
    actions: fc.array(action(clients), { minLength: 10, maxLength: 40 }),
  }),
);

interface Peer {
  db: StreetDeskDb;
  office: boolean;
  offline: boolean;
  target: SyncTarget;
  /** Every outbox entry it ever made, by mutation id. */
  made: Map<number, OutboxEntry>;
  clientId: string;
}

const newPlace = (name: string): Place => ({
  id: randomUUID(),
  orgPath: COMMUNITY_A,
  code: `110105001001${1000 + Math.floor(Math.random() * 9000)}`,
  type: 'building',
  name,
  address: '某路',
  households: 1,
  residents: 1,
  servicePointIds: [],
});

/** The merge rules, written again from the design, without the server's code. */
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

/** A client's places without what only the server sets. */
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
    `convergence of 3–5 clients, online and by bundle, on ${backend.name}${backend.skip ? ` — ${backend.skip}` : ''}`,
    () => {
      let db: Database;
      let drop: () => Promise<void>;
      let server: TestServer;
      let token: string;
      let user: SessionUser;
      let malloryToken: string;

      beforeAll(async () => {
        ({ db, drop } = await backend.open());
        server = await startServer(db);
        await createUser(db, 'street', 'street', STREET_A);
        await createUser(db, 'mallory', 'street', STREET_A);
        const login = await new SyncApi(server.url).login('street', PASSWORD);
        token = login.token;
        user = login.user;
        malloryToken = (await new SyncApi(server.url).login('mallory', PASSWORD)).token;
      }, 120_000);

      afterAll(async () => {
        await server?.close();
        await drop?.();
      });

      it('converges with no acknowledged write lost', async () => {
        await fc.assert(
          fc.asyncProperty(scenario, async ({ clients, offices, actions }) => {
            await db.query('TRUNCATE records, history, conflicts, rejected, departures, clients');
            await db.query('UPDATE sync_state SET seq = 0, purged_seq = 0');
            const peers: Peer[] = [];
            for (let i = 0; i < clients; i++) {
              // Writes of two rows or more are stored packed (db/outbox.ts), as large imports are.
              const local = createTestDb({ packMin: 2 });
              await local.open();
              const { clientId } = await ensureClientClock(local);
              const peer: Peer = {
                db: local,
                office: i > 0 && offices[i]!,
                offline: false,
                made: new Map(),
                clientId,
                target: undefined as unknown as SyncTarget,
              };
              const fetchImpl: FetchLike = (input, init) =>
                peer.offline ? Promise.reject(new TypeError('offline')) : fetch(input, init);
              peer.target = {
                api: new SyncApi(server.url, token, fetchImpl),
                serverId: server.serverId,
                user,
              };
              peers.push(peer);
            }
            const workstation = peers[0]!;
            const remember = async (p: Peer) => {
              for (const e of await readAllPending(p.db)) p.made.set(e.mutationId, e);
            };
            const sync = async (p: Peer) => {
              await remember(p);
              await syncOnce(p.db, p.target).catch((error: unknown) => {
                if (!p.offline) throw error;
              });
            };
            const bundle = async (p: Peer, twice: boolean) => {
              await remember(p);
              const changes = await exportChangesBundle(p.db, { ...user, displayName: '外勤' });
              const imported = await importBundle(workstation.db, changes.data, workstation.target);
              if (imported.kind !== 'changes') throw new Error('expected a changes import');
              let reply: BundleFile = imported.reply;
              if (twice) {
                // The same file imported again changes nothing on the server.
                const again = await importBundle(workstation.db, changes.data, workstation.target);
                if (again.kind === 'changes') reply = again.reply;
              }
              await importBundle(p.db, reply.data, null);
              if (twice) await importBundle(p.db, reply.data, null);
            };
            const mallory = { clientId: `mallory-${randomUUID()}`, next: 1 };
            const malloryPush = async (clientId: string, mutations: unknown[]) => {
              const response = await fetch(`${server.url}/api/sync/push`, {
                method: 'POST',
                headers: { 'content-type': 'application/json', authorization: `Bearer ${malloryToken}` },
                body: JSON.stringify({ clientId, mutations }),
              });
              return { status: response.status, body: (await response.json()) as Record<string, unknown> };
            };
            const attack = async (kind: Attack, victim: Peer, n: number) => {
              const [row] = await db.query<{ id: string }>(
                `SELECT id FROM records WHERE tbl = 'places' ORDER BY id OFFSET $1 LIMIT 1`,
                [n],
              );
              const id = row?.id ?? randomUUID();
              const update = (clientId: string, mutationId: number, hlc: string, name: unknown) => ({
                clientId,
                mutationId,
                hlc,
                table: 'places',
                id,
                op: 'update',
                changedFields: { name },
              });
              if (kind === 'foreignClient') {
                // Only an id the server has seen: it shows in the HLCs of the rows it wrote.
                const [known] = await db.query<{ last_mutation_id: number }>(
                  'SELECT last_mutation_id FROM clients WHERE client_id = $1',
                  [victim.clientId],
                );
                if (!known) return;
                const next = Number(known.last_mutation_id) + 1;
                const reply = await malloryPush(victim.clientId, [
                  update(victim.clientId, next, hlcOf(victim.clientId), '冒名'),
                ]);
                expect(reply.status).toBe(403);
                return;
              }
              const own = mallory.clientId;
              const hlc =
                kind === 'forgedStamp'
                  ? hlcOf(victim.clientId)
                  : kind === 'futureStamp'
                    ? `${(Date.now() + 2 * 3600_000).toString(36).padStart(11, '0')}-00000-${own}`
                    : hlcOf(own);
              const reply = await malloryPush(own, [
                update(own, mallory.next, hlc, kind === 'poison' ? '毒\u0000值' : '抢先'),
              ]);
              expect(reply.status).toBe(200);
              mallory.next += 1;
              expect((reply.body.rejected as { code: string }[]).map((r) => r.code)).toEqual([
                kind === 'futureStamp' ? 'clock' : 'invalid',
              ]);
            };
            const pick = async (p: Peer, n: number) => {
              const ids = (await p.db.places.toCollection().primaryKeys()).sort();
              return ids.length ? ids[n % ids.length] : undefined;
            };

            for (const a of actions) {
              if (a.kind === 'hostile') {
                await attack(a.attack, peers[a.victim % peers.length]!, a.pick);
                continue;
              }
              const p = peers[a.client]!;
              switch (a.kind) {
                case 'create': {
                  await p.db.places.add(newPlace(a.name));
                  break;
                }
                case 'edit': {
                  const id = await pick(p, a.pick);
                  if (id) await p.db.table('places').update(id, { [a.field]: a.value ?? undefined });
                  break;
                }
                case 'createMany': {
                  await p.db.places.bulkAdd(a.names.map((name) => newPlace(name)));
                  break;
                }
                case 'editAll': {
                  await p.db
                    .table('places')
                    .toCollection()
                    .modify({ [a.field]: a.value });
                  break;
                }
                case 'delete': {
                  const id = await pick(p, a.pick);
                  if (id) await p.db.places.delete(id);
                  break;
                }
                case 'sync':
                  if (p.office) await bundle(p, false);
                  else await sync(p);
                  break;
                case 'offline':
                  if (!p.office && p !== workstation) p.offline = a.offline;
                  break;
                case 'bundle':
                  if (p.office) await bundle(p, a.twice);
                  break;
              }
            }

            // Everyone back online; three rounds so every change reaches every client.
            for (const p of peers) p.offline = false;
            for (let round = 0; round < 3; round++) {
              for (const p of peers) {
                if (p.office) await bundle(p, false);
                else await sync(p);
              }
            }

            const serverRows = await db.query<{
              id: string;
              data: Record<string, unknown>;
              deleted: boolean;
            }>(`SELECT id, data, deleted FROM records WHERE tbl = 'places'`);
            const serverLive = new Map(serverRows.filter((r) => !r.deleted).map((r) => [r.id, r.data]));

            // Every change made was applied exactly once, in the order the history shows.
            const applied = await db.query<{ client_id: string; mutation_id: number }>(
              `SELECT client_id, mutation_id FROM history ORDER BY id`,
            );
            const made = new Map<string, OutboxEntry>();
            for (const p of peers) for (const [id, e] of p.made) made.set(`${p.clientId}:${id}`, e);
            const order = applied.map((h) => `${h.client_id}:${h.mutation_id}`);
            expect(new Set(order).size).toBe(order.length);
            expect(new Set(order)).toEqual(new Set(made.keys()));
            expect(sorted(serverLive)).toEqual(sorted(replay(order.map((k) => made.get(k)!))));

            for (const p of peers) {
              expect(await countPending(p.db)).toBe(0);
              expect(sorted(await contentOf(p.db))).toEqual(sorted(serverLive));
            }
            for (const p of peers) p.db.close();
          }),
          { numRuns: RUNS, endOnFailure: true },
        );
      }, 600_000);
    },
  );
