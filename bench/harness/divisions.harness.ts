/**
 * The divisions benchmark inside Chromium: 南新园社区 as the issue sizes it — 8,500 households in
 * 6 grids, about 280 places with gates, 60 workers, 200 current assignments and a year of tickets
 * (6,000, a tenth open) — split into three with the app's own apply (captured, with the catalog), in
 * real IndexedDB; and the same split carried by the app's own sync client to a second street
 * client, when the page is served by the sync server. `scale` shrinks it for a check run.
 * bench/divisions.bench.ts drives it.
 */
import type { OrgUnit } from '@shared/model/org';
import type { CommunityWorker, Place } from '@shared/model/place';
import type { Ticket } from '@shared/model/ticket';
import type { Assignment } from '@shared/model/coordinator';
import type { DivisionDraft } from '@shared/divisions/plan';
import { newId } from '@shared/ids';
import { isInScope, orgPathOfCode } from '@shared/org/codes';
import { StreetDeskDb, withoutCapture } from '../../renderer/db/database';
import { ensureReferenceData } from '../../renderer/db/reference';
import { ensureClientClock } from '../../renderer/db/capture';
import { readCatalog } from '../../renderer/db/catalog';
import { countPending } from '../../renderer/db/outbox';
import { SyncApi } from '../../renderer/sync/api';
import { syncOnce, type SyncTarget } from '../../renderer/sync/engine';
import { applyDivision } from '../../renderer/features/divisions/divisions-repository';
import { watched } from './watch';

export const name = 'divisions';

const DB = 'bench-divisions';
const WRITER_DB = 'bench-divisions-writer';
const READER_DB = 'bench-divisions-reader';
const STREET = '110105021';
const S = `${STREET}001`;
const path = (...codes: string[]) => ['110105', STREET, ...codes].join('/');
const GRIDS = 6;
const streetPath = path();

function street(scale: number) {
  const units: OrgUnit[] = [
    {
      id: newId(),
      code: S,
      name: '南新园社区',
      level: 'community',
      parentCode: STREET,
      households: 8500,
      orgPath: path(S),
      source: 'user',
    },
  ];
  for (let g = 1; g <= GRIDS; g++) {
    const code = `${S}00${g}`;
    units.push({
      id: newId(),
      code,
      name: `第${g}网格`,
      level: 'grid',
      parentCode: S,
      orgPath: path(S, code),
      source: 'user',
    });
  }
  const buildings = Math.max(GRIDS, Math.round(140 * scale));
  const places: Place[] = [];
  let seq = 1;
  for (let b = 0; b < buildings; b++) {
    const grid = `${S}00${(b % GRIDS) + 1}`;
    const id = newId();
    const base = { orgPath: path(S, grid), gridCode: grid, residents: 140, servicePointIds: [] as string[] };
    places.push({
      ...base,
      id,
      code: S + String(seq++).padStart(4, '0'),
      type: 'building',
      name: `南新园${b + 1}号楼`,
      address: `南新园小区${b + 1}号楼`,
      households: Math.floor(8000 / buildings),
    });
    places.push({
      ...base,
      id: newId(),
      parentId: id,
      code: S + String(seq++).padStart(4, '0'),
      type: 'gate',
      name: `南新园${b + 1}号楼1单元`,
      address: `南新园小区${b + 1}号楼1单元`,
      households: 0,
    });
  }
  const workers: CommunityWorker[] = Array.from({ length: Math.round(60 * scale) }, (_, i) => {
    const grid = `${S}00${(i % GRIDS) + 1}`;
    return { id: newId(), orgPath: path(S, grid), gridCode: grid, name: `工作者${i}`, role: 'worker' };
  });
  const tickets: Ticket[] = Array.from({ length: Math.round(6000 * scale) }, (_, i) => {
    const place = places[(i * 2) % places.length]!;
    return {
      id: newId(),
      orgPath: place.orgPath,
      number: `G${i}`,
      source: 'hotline',
      kind: 'complaint',
      content: '楼道堆物',
      address: place.address,
      receivedAt: new Date(Date.parse('2026-01-01T00:00:00+08:00') + i * 5_000_000).toISOString(),
      urgent: false,
      state: i % 10 === 0 ? 'handling' : 'closed',
      linkStatus: 'linked',
      placeId: place.id,
    };
  });
  const assignments: Assignment[] = Array.from({ length: Math.round(200 * scale) }, (_, i) => {
    const place = places[(i * 2) % places.length]!;
    return {
      id: newId(),
      orgPath: place.orgPath,
      coordinatorId: newId(),
      placeId: place.id,
      shift: 'day' as Assignment['shift'],
      from: '2026-12-01',
      to: '2027-06-30',
      source: 'patrol',
    };
  });
  return { units, places, workers, tickets, assignments };
}

export const api = {
  async reset(scale = 1): Promise<Record<string, number>> {
    await StreetDeskDb.delete(DB);
    const db = new StreetDeskDb(DB);
    await db.open();
    const data = street(scale);
    await withoutCapture(
      db,
      ['orgUnits', 'places', 'communityWorkers', 'tickets', 'assignments'],
      async () => {
        await db.orgUnits.bulkAdd(data.units);
        await db.places.bulkAdd(data.places);
        await db.communityWorkers.bulkAdd(data.workers);
        await db.tickets.bulkAdd(data.tickets);
        await db.assignments.bulkAdd(data.assignments);
      },
    );
    db.close();
    return {
      places: data.places.length,
      tickets: data.tickets.length,
      workers: data.workers.length,
      assignments: data.assignments.length,
    };
  },

  /** Splits 南新园 into three (grids 3–4 and 5–6 to two new communities) as the screen does. */
  async split(): Promise<{ ms: number; moved: number; longestTaskMs: number }> {
    const db = new StreetDeskDb(DB);
    await db.open();
    const { result: change, ms, longestTaskMs } = await watched(() => applySplit(db));
    db.close();
    const moved = Object.values(change.result?.moved ?? {}).reduce((n, c) => n + (c ?? 0), 0);
    return { ms, moved, longestTaskMs };
  },

  /**
   * divisionSplitSyncMs: a street workstation (`writer`) holding 南新园 splits it; the time from
   * the start of its sync until another client scoped to the street (`reader`, already holding
   * the street) shows the new communities — their units in the catalog the size view reads, and
   * every moved place listed under them. Push, pull and apply, as the scheduler runs them; the
   * scheduler's own wait (3 s after a local change, every 60 s) comes on top in use.
   * The street reaches the server through the writer's own captured writes, as an import would.
   */
  async syncSplit(
    scale: number,
    writer: { username: string; password: string },
    reader: { username: string; password: string },
  ): Promise<{
    ms: number;
    pushMs: number;
    pullMs: number;
    pushed: number;
    pulled: number;
    communitiesSeen: number;
    placesSeen: number;
    placesMoved: number;
  }> {
    for (const name of [WRITER_DB, READER_DB]) await StreetDeskDb.delete(name);
    const a = await openClient(WRITER_DB);
    const b = await openClient(READER_DB);
    const targetA = await signIn(writer.username, writer.password);
    const targetB = await signIn(reader.username, reader.password);
    const data = street(scale);
    // Captured, so the first sync pushes the street to the server.
    await a.transaction(
      'rw',
      [a.orgUnits, a.places, a.communityWorkers, a.tickets, a.assignments],
      async () => {
        await a.orgUnits.bulkAdd(data.units);
        await a.places.bulkAdd(data.places);
        await a.communityWorkers.bulkAdd(data.workers);
        await a.tickets.bulkAdd(data.tickets);
        await a.assignments.bulkAdd(data.assignments);
      },
    );
    await syncOnce(a, targetA);
    if ((await countPending(a)) !== 0) throw new Error('the writer did not push the street');
    await syncOnce(b, targetB);
    if ((await b.places.count()) !== data.places.length)
      throw new Error(`the reader holds ${await b.places.count()} of ${data.places.length} places`);

    const change = await applySplit(a);
    const created = change.result!.codes.filter((_, i) => !change.targets[i]!.code);
    const createdPaths = created.map(orgPathOfCode);
    const placesMoved = (await a.places.toArray()).filter((p) =>
      createdPaths.some((created) => isInScope(p.orgPath, created)),
    ).length;

    const started = performance.now();
    const pushed = await syncOnce(a, targetA);
    const pushedAt = performance.now();
    const pulled = await syncOnce(b, targetB);
    // What the size view and the place list read: the catalog, kept in the pull's own transaction.
    const units = (await readCatalog(b, 'orgUnits', streetPath)).entries();
    const communitiesSeen = created.filter((code) =>
      units.some((e) => e.orgPath === orgPathOfCode(code)),
    ).length;
    let placesSeen = 0;
    for (const created of createdPaths) placesSeen += (await readCatalog(b, 'places', created)).ids().length;
    const ms = performance.now() - started;
    a.close();
    b.close();
    return {
      ms,
      pushMs: pushedAt - started,
      pullMs: ms - (pushedAt - started),
      pushed: pushed.pushed,
      pulled: pulled.pulled,
      communitiesSeen,
      placesSeen,
      placesMoved,
    };
  },
};

async function openClient(name: string): Promise<StreetDeskDb> {
  const db = new StreetDeskDb(name);
  await db.open();
  await ensureReferenceData(db);
  await ensureClientClock(db);
  return db;
}

/** Signs in on the page's own origin: the sync server serves the benchmark page. */
async function signIn(username: string, password: string): Promise<SyncTarget> {
  const login = await new SyncApi(location.origin).login(username, password);
  return { api: new SyncApi(location.origin, login.token), serverId: login.serverId, user: login.user };
}

/** 南新园 split in three (grids 3–4 and 5–6 to two new communities), as the split planner drafts it. */
function applySplit(db: StreetDeskDb) {
  const draft: DivisionDraft = {
    kind: 'split',
    sources: [S],
    effectiveOn: '2027-01-01',
    targets: [
      { code: S, name: '南新园社区', gridCodes: [], placeIds: [], remainder: true },
      { name: '南新园东社区', gridCodes: [`${S}003`, `${S}004`], placeIds: [] },
      { name: '南新园西社区', gridCodes: [`${S}005`, `${S}006`], placeIds: [] },
    ],
  };
  return applyDivision(
    db,
    draft,
    { role: 'street', displayName: 'bench' },
    { now: '2027-01-01T09:00:00+08:00' },
  );
}

declare global {
  interface BenchApis {
    divisions: typeof api;
  }
}
