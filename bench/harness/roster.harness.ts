/**
 * The roster benchmark inside Chromium: the app's own database, demo loader and search against
 * real IndexedDB. It writes into the app's own database name, so the built app, served on the
 * same origin, opens the same 240,000 coordinators (bench/roster.bench.ts drives both).
 */
import { DEFAULT_DB_NAME, StreetDeskDb, withoutCapture } from '../../renderer/db/database';
import { ensureReferenceData } from '../../renderer/db/reference';
import { DATASET_KEY, WELCOME_DONE_KEY } from '../../renderer/db/local-data';
import { loadCoordinatorDemo } from '../../renderer/features/coordinators/demo-writer';
import {
  findCoordinators,
  NO_FILTER,
  type RosterFilter,
} from '../../renderer/features/coordinators/roster-search';
import { planDemo } from '@shared/demo/generate';
import type { OrgUnit } from '@shared/model/org';
import { termsOfText } from '@shared/search/terms';
import { districtOf, streetOf } from '@shared/org/paths';

export const name = 'roster';

const SEED = 20200101;
/** Fixed, so every run generates the same roster whatever the day. */
const TODAY = '2026-11-25';
const UNIT_BATCH = 5_000;

export interface RosterCase {
  label: string;
  scope: string;
  filter: RosterFilter;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const open = async () => {
  const db = new StreetDeskDb(DEFAULT_DB_NAME);
  await db.open();
  return db;
};

export const api = {
  async reset(): Promise<void> {
    await new StreetDeskDb(DEFAULT_DB_NAME).delete();
  },

  /**
   * The city's communities and grids (without their places: the roster needs the units to
   * assign to), then `count` coordinators with their assignments, through the demo loader.
   * Times each part; the coordinators' part is what a city demo load costs.
   */
  async load(count: number): Promise<{
    units: number;
    unitsMs: number;
    coordinators: number;
    assignments: number;
    attendance: number;
    writeMs: number;
  }> {
    const db = await open();
    await ensureReferenceData(db);
    let started = performance.now();
    let batch: OrgUnit[] = [];
    let units = 0;
    const flush = async () => {
      const rows = batch;
      batch = [];
      units += rows.length;
      await withoutCapture(db, ['orgUnits'], () => db.orgUnits.bulkAdd(rows));
    };
    for (const chunk of planDemo({ seed: SEED, scope: { kind: 'city' } }).chunks()) {
      batch.push(...chunk.orgUnits);
      if (batch.length >= UNIT_BATCH) await flush();
    }
    await flush();
    const unitsMs = performance.now() - started;

    started = performance.now();
    const written = await loadCoordinatorDemo(
      db,
      { seed: SEED, scope: { kind: 'city' } },
      { signal: new AbortController().signal, onProgress: () => undefined, today: TODAY, limit: count },
    );
    const writeMs = performance.now() - started;
    await db.meta.bulkPut([
      { key: DATASET_KEY, value: { kind: 'demo', seed: SEED, scope: { kind: 'city' } } },
      { key: WELCOME_DONE_KEY, value: true },
    ]);
    db.close();
    return {
      units,
      unitsMs,
      coordinators: written.coordinators.length,
      assignments: written.assignments.length,
      attendance: written.attendance.length,
      writeMs,
    };
  },

  /**
   * Searches people make, drawn from the data so each finds someone: a full name and pinyin
   * initials across the city, the last four and the last six digits of an ID, the end of a
   * phone, a name inside a street, and filters alone and with a query (category and status in
   * a district, initials with a category across the city).
   */
  async sampleCases(count: number): Promise<RosterCase[]> {
    const db = await open();
    const total = await db.coordinators.count();
    const cases: RosterCase[] = [];
    for (let i = 0; i < count; i++) {
      const c = await db.coordinators.offset(Math.floor(((i + 0.5) * total) / count)).first();
      if (!c) continue;
      const district = districtOf(c.orgPath)!;
      const initials = termsOfText(c.name, { personName: true }).at(-1)!;
      const add = (label: string, scope: string, filter: Partial<RosterFilter>) =>
        cases.push({ label: `${label}:${c.name}`, scope, filter: { ...NO_FILTER, ...filter } });
      add('name/city', '', { query: c.name });
      add('initials/city', '', { query: initials });
      add('id4/city', '', { query: c.residentId.slice(-4) });
      add('id6/city', '', { query: c.residentId.slice(-6) });
      if (c.mobile) add('phone4/city', '', { query: c.mobile.slice(-4) });
      add('name/street', streetOf(c.orgPath)!, { query: c.name.slice(0, 2) });
      add('category+status/district', district, { categoryIds: [c.categoryId], statuses: [c.status] });
      add('initials+category/city', '', { query: initials, categoryIds: [c.categoryId] });
    }
    db.close();
    return cases;
  },

  /** Times each search `rounds` times after one warm-up read of the catalog; p50 and p95 over all. */
  async search(
    cases: RosterCase[],
    rounds: number,
  ): Promise<{ p50: number; p95: number; found: Record<string, number>; slowest: Record<string, number> }> {
    const db = await open();
    const found: Record<string, number> = {};
    for (const c of cases) found[c.label] = (await findCoordinators(db, c.scope, c.filter)).length;
    const samples: number[] = [];
    const slowest: Record<string, number> = {};
    for (let r = 0; r < rounds; r++) {
      for (const c of cases) {
        const t = performance.now();
        await findCoordinators(db, c.scope, c.filter);
        const ms = performance.now() - t;
        samples.push(ms);
        slowest[c.label] = Math.max(slowest[c.label] ?? 0, ms);
      }
    }
    db.close();
    const sorted = [...samples].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), found, slowest };
  },

  /** The first, cold read of the whole city's roster catalog in this page. */
  async listCity(): Promise<{ ms: number; count: number }> {
    const db = await open();
    const t = performance.now();
    const ids = await findCoordinators(db, '', NO_FILTER);
    const ms = performance.now() - t;
    db.close();
    return { ms, count: ids.length };
  },
};

declare global {
  interface BenchApis {
    roster: typeof api;
  }
}
