import type { CoverageCounts, CoverageRow } from '../places/coverage';
import { orgPathOfCode } from '../org/codes';
import { ORG_DEPTH } from '../model/org';
import { childDepth, childKeyOf } from './children';

/** Coverage of one unit below the scope: the counts of its communities summed. */
export interface UnitCoverage {
  code: string;
  /** Coverage units (figure coverageUnits) and those lacking something (figure placesWithGaps). */
  places: number;
  placesWithGaps: number;
  noHead: number;
  noWorker: number;
  noElderly: number;
  noPolice: number;
  /**
   * 覆盖率: share of coverage units lacking nothing, 0–1; null without units. Read from the
   * registry's figures, so it agrees with the coverage tab by construction.
   */
  coveredShare: number | null;
}

const SUMMED = ['places', 'placesWithGaps', 'noHead', 'noWorker', 'noElderly', 'noPolice'] as const;
type Summed = Pick<CoverageCounts, (typeof SUMMED)[number]>;
type Row = Pick<CoverageRow, 'code' | keyof Summed> & { grids?: readonly Row[] };

/**
 * Coverage per unit below the scope, from the per-community rows of computeCoverage: a street's
 * communities as they are, a district's summed by street, a community's grids from the row's
 * grids. Units keep the rows' order.
 */
export function coverageByUnit(rows: readonly Row[], scope: string) {
  const keyOf = childKeyOf(scope);
  const sums = new Map<string, Summed>();
  const units = childDepth(scope) === ORG_DEPTH.grid ? rows.flatMap((r) => r.grids ?? []) : rows;
  for (const row of units) {
    const key = keyOf(orgPathOfCode(row.code));
    const sum = sums.get(key) ?? {
      places: 0,
      placesWithGaps: 0,
      noHead: 0,
      noWorker: 0,
      noElderly: 0,
      noPolice: 0,
    };
    for (const k of SUMMED) sum[k] += row[k];
    sums.set(key, sum);
  }
  return [...sums].map(([code, s]): UnitCoverage => ({
    code,
    ...s,
    coveredShare: s.places > 0 ? (s.places - s.placesWithGaps) / s.places : null,
  }));
}
