import type { DemoOptions } from '@shared/demo/generate';
import { planCoordinators, type CoordinatorChunk, type DemoUnit } from '@shared/demo/coordinators';
import type { StreetDeskDb } from '../../db';
import { readCatalog } from '../../db/catalog';
import { ensureCoordinatorReference } from './reference-repository';
import { takeBack, writeChunks } from '../../common/demo/chunk-writer';

/**
 * Writes the demo roster of a scope (shared/demo/coordinators) street by street: a few hundred
 * for a street, 240,000 for the city. Demo rows are not local edits: no outbox. A cancelled or
 * failed load takes back what it wrote before it throws, so the loader's own rollback and this
 * one leave the database as it was.
 */

/** Coordinators per transaction: one catalog block write per street, a responsive window. */
const BATCH_COORDINATORS = 3_000;
/** 南磨房地区, the default demo street: its attendance is generated whenever it is in scope. */
const FOCUS_STREET = '110105021';

const TABLES = ['coordinators', 'assignments', 'attendance'] as const;
type Written = Record<(typeof TABLES)[number], string[]>;

export interface CoordinatorDemoContext {
  signal: AbortSignal;
  onProgress(written: number, total: number): void;
  /** Reference date; the renderer's today unless a benchmark fixes it. */
  today: string;
  /** Stop after this many coordinators. */
  limit?: number;
}

/** The communities and villages of a scope with their grids, as the places loader wrote them. */
async function unitsOf(db: StreetDeskDb, scopePath: string): Promise<DemoUnit[]> {
  const facts = (await readCatalog(db, 'orgUnits', scopePath)).entries().map((e) => e.facts);
  const grids = new Map<string, string[]>();
  for (const f of facts)
    if (f.level === 'grid') grids.set(f.parentCode, [...(grids.get(f.parentCode) ?? []), f.code]);
  return facts
    .filter((f) => f.level === 'community' || f.level === 'village')
    .map((f) => ({ code: f.code, gridCodes: grids.get(f.code) ?? [] }));
}

function scopePath(scope: DemoOptions['scope']): string {
  return scope.kind === 'city'
    ? ''
    : scope.kind === 'district'
      ? scope.code
      : `${scope.code.slice(0, 6)}/${scope.code}`;
}

export async function loadCoordinatorDemo(
  db: StreetDeskDb,
  options: DemoOptions,
  ctx: CoordinatorDemoContext,
): Promise<Written> {
  await ensureCoordinatorReference(db);
  const units = await unitsOf(db, scopePath(options.scope));
  const streets = planCoordinators({
    seed: options.seed,
    scope: options.scope,
    today: ctx.today,
    units: [],
  }).streets;
  // Attendance is a row per person and day: for one street, not for a city of them.
  const attendanceStreets = streets.some((s) => s.code === FOCUS_STREET)
    ? [FOCUS_STREET]
    : streets.slice(0, 1).map((s) => s.code);
  const plan = planCoordinators({
    seed: options.seed,
    scope: options.scope,
    today: ctx.today,
    units,
    limit: ctx.limit,
    attendanceStreets,
  });

  const written: Written = { coordinators: [], assignments: [], attendance: [] };
  let generated = 0;
  const counted = function* () {
    for (const chunk of plan.chunks()) {
      generated += chunk.coordinators.length;
      yield chunk;
    }
  };

  try {
    await writeChunks<(typeof TABLES)[number], CoordinatorChunk>(db, counted(), {
      tables: TABLES,
      sizeOf: (chunk) => chunk.coordinators.length,
      batchSize: BATCH_COORDINATORS,
      signal: ctx.signal,
      written,
      onBatch: () => ctx.onProgress(written.coordinators.length, plan.total),
    });
    ctx.signal.throwIfAborted();
    ctx.onProgress(generated, plan.total);
    return written;
  } catch (error) {
    await takeBack(db, written);
    throw error;
  }
}
