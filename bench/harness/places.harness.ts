/**
 * The 楼门院 benchmark inside Chromium: the app's own modules (database with its middleware,
 * demo loader, search) against real IndexedDB. bench/places.bench.ts drives it.
 */
import { StreetDeskDb } from '../../renderer/db/database';
import { ensureReferenceData } from '../../renderer/db/reference';
import { loadDemoData } from '../../renderer/features/welcome/demo-loader';
import { placeIdsInScope, searchPlaces } from '../../renderer/features/places/place-search';
import { loadCoverage } from '../../renderer/features/places/use-places';
import { termsOfText } from '@shared/search/terms';
import { planDemo } from '@shared/demo/generate';
import { communityOf, streetOf } from '@shared/org/paths';

export interface SearchCase {
  scope: string;
  query: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const name = 'places';

export const api = {
  async reset(): Promise<void> {
    await new StreetDeskDb('bench').delete();
  },

  /** Generates `places` demo places over the city and writes them; ms from start to committed. */
  async loadPlaces(places: number): Promise<{ ms: number; places: number; communities: number }> {
    const db = new StreetDeskDb('bench');
    await db.open();
    await ensureReferenceData(db);
    const started = performance.now();
    const result = await loadDemoData(
      db,
      { seed: 20200101, scope: { kind: 'city' }, maxPlaces: places },
      {
        signal: new AbortController().signal,
        onProgress: () => undefined,
        // The metric is the places' load: the roster, lists and other features' demo data are
        // not places (they made placesLoad100kMs 54–64 s against 30 s measured before them).
        extras: false,
      },
    );
    const ms = performance.now() - started;
    db.close();
    return { ms, ...result };
  },

  /**
   * Typical searches, drawn from the data so each finds something: pinyin initials and the
   * first characters of a place's name across the whole set, a head's name in a street, a
   * head's initials and a building number inside a community, two words together.
   */
  async sampleCases(count: number): Promise<SearchCase[]> {
    const db = new StreetDeskDb('bench');
    await db.open();
    const total = await db.places.count();
    const cases: SearchCase[] = [];
    for (let i = 0; i < count; i++) {
      const place = await db.places
        .orderBy('code')
        .offset(Math.floor(((i + 0.5) * total) / count))
        .first();
      if (!place) continue;
      const streetPath = streetOf(place.orgPath)!;
      const communityPath = communityOf(place.orgPath)!;
      const name = place.name.replace(/\d.*$/, '');
      const initials = termsOfText(name).find((t) => /^[a-z]+$/.test(t) && t.length <= name.length) ?? name;
      const number = /\d+号(楼|院)?/.exec(place.name)?.[0];
      cases.push({ scope: '', query: initials.slice(0, 3) });
      cases.push({ scope: '', query: name.slice(0, 3) });
      if (place.head) {
        cases.push({ scope: streetPath, query: place.head.name });
        cases.push({
          scope: communityPath,
          query: termsOfText(place.head.name, { personName: true }).at(-1)!,
        });
      }
      if (number) {
        cases.push({ scope: communityPath, query: number });
        cases.push({ scope: streetPath, query: `${initials.slice(0, 3)} ${number}` });
      }
    }
    db.close();
    return cases;
  },

  /** Times each search `rounds` times, after one warm-up; returns every sample and what was found. */
  async search(
    cases: SearchCase[],
    rounds: number,
  ): Promise<{
    samples: number[];
    found: Record<string, number>;
    slowest: Record<string, number>;
    p50: number;
    p95: number;
  }> {
    const db = new StreetDeskDb('bench');
    await db.open();
    const found: Record<string, number> = {};
    for (const c of cases)
      found[`${c.scope || 'city'}:${c.query}`] = (await searchPlaces(db, c.scope, c.query)).ids.length;
    const samples: number[] = [];
    const slowest: Record<string, number> = {};
    for (let r = 0; r < rounds; r++) {
      for (const c of cases) {
        const t = performance.now();
        await searchPlaces(db, c.scope, c.query);
        const ms = performance.now() - t;
        samples.push(ms);
        const key = `${c.scope || 'city'}:${c.query}`;
        slowest[key] = Math.max(slowest[key] ?? 0, ms);
      }
    }
    db.close();
    const sorted = [...samples].sort((a, b) => a - b);
    return { samples, found, slowest, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  },

  /**
   * What IndexedDB alone costs for the same rows on this machine: the generated dataset
   * written with raw IndexedDB into stores with no index, 2,000 rows per transaction.
   * Generation is not timed. The loader cannot beat this.
   */
  async indexedDbFloor(places: number): Promise<{ ms: number; rows: number }> {
    const plan = planDemo({ seed: 20200101, scope: { kind: 'city' }, maxPlaces: places });
    const tables = ['orgUnits', 'places', 'servicePoints', 'communityWorkers'] as const;
    const rows: Record<(typeof tables)[number], { id: string }[]> = {
      orgUnits: [],
      places: [],
      servicePoints: [],
      communityWorkers: [],
    };
    for (const chunk of plan.chunks()) for (const t of tables) rows[t].push(...chunk[t]);
    const open = indexedDB.open('bench-floor', 1);
    open.onupgradeneeded = () => tables.forEach((t) => open.result.createObjectStore(t, { keyPath: 'id' }));
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const started = performance.now();
    let count = 0;
    for (const t of tables) {
      for (let i = 0; i < rows[t].length; i += 2000) {
        await new Promise<void>((resolve, reject) => {
          const tx = idb.transaction(t, 'readwrite');
          for (const r of rows[t].slice(i, i + 2000)) tx.objectStore(t).add(r);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      count += rows[t].length;
    }
    const ms = performance.now() - started;
    idb.close();
    indexedDB.deleteDatabase('bench-floor');
    return { ms, rows: count };
  },

  /** Generating the same demo rows alone, nothing written: the part of the load that is not IndexedDB. */
  generateOnly(places: number): { ms: number; rows: number } {
    const started = performance.now();
    let rows = 0;
    const plan = planDemo({ seed: 20200101, scope: { kind: 'city' }, maxPlaces: places });
    for (const chunk of plan.chunks())
      rows +=
        chunk.orgUnits.length +
        chunk.places.length +
        chunk.servicePoints.length +
        chunk.communityWorkers.length;
    return { ms: performance.now() - started, rows };
  },

  /** Time to compute coverage (every place of the scope read whole) for a scope. */
  async coverage(scope: string): Promise<{ ms: number; places: number }> {
    const db = new StreetDeskDb('bench');
    await db.open();
    const t = performance.now();
    const coverage = await loadCoverage(db, scope);
    const ms = performance.now() - t;
    db.close();
    return { ms, places: coverage.total.places };
  },

  /** Time to list every place id in a scope, in code order (what the full list needs first). */
  async listScope(scope: string): Promise<{ ms: number; count: number }> {
    const db = new StreetDeskDb('bench');
    await db.open();
    const t = performance.now();
    const ids = await placeIdsInScope(db, scope);
    const ms = performance.now() - t;
    db.close();
    return { ms, count: ids.length };
  },
};

declare global {
  interface BenchApis {
    places: typeof api;
  }
}
