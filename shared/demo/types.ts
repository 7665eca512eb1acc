import type { OrgUnit } from '../model/org';
import type { CommunityWorker, Place, ServicePoint } from '../model/place';

export type DemoScope =
  { kind: 'street'; code: string } | { kind: 'district'; code: string } | { kind: 'city' };

export interface DemoOptions {
  seed: number;
  scope: DemoScope;
  /** Stop once this many places were produced (benchmarks ask for exactly 100_000). */
  maxPlaces?: number;
  /** Reference date for "last visit", terms of office etc.; default '2026-11-01'. Never read the real clock. */
  today?: string;
}

/** Everything of one community or village. */
export interface DemoChunk {
  /** The community/village and its grids, source 'demo'. */
  orgUnits: OrgUnit[];
  places: Place[];
  servicePoints: ServicePoint[];
  communityWorkers: CommunityWorker[];
}

/** A planned community or village: known before any of its places are generated. */
export interface DemoUnitSummary {
  code: string;
  name: string;
  level: 'community' | 'village';
  households: number;
  residents: number;
}

export interface DemoPlan {
  /** Codes of the streets in scope, in code order. */
  streets: string[];
  /** Communities and villages in scope — one chunk each (fewer when `maxPlaces` stops early). */
  communityCount: number;
  /** The planned communities and villages, in the order `chunks()` yields them. */
  units: readonly DemoUnitSummary[];
  /** Generates chunk by chunk; each call starts again from the beginning. */
  chunks(): Iterable<DemoChunk>;
}
