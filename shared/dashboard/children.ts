import { ORG_DEPTH } from '../model/org';
import { orgPathOfCode } from '../org/codes';
import { codeAt, depthOf } from '../org/paths';

/**
 * A dashboard compares the units one level below its scope — districts of the city, streets of
 * a district, communities of a street, grids of a community — and drills into one by clicking.
 */

/** Key of what lies in the scope but in none of its units (a ticket not yet located below the street). */
export const OUTSIDE_UNITS = '';

/** Depth of the units a scope's charts compare; undefined for a grid, which has none below it. */
export function childDepth(scope: string): number | undefined {
  const depth = depthOf(scope) + 1;
  return depth <= ORG_DEPTH.grid ? depth : undefined;
}

/** The code of the unit below the scope that a record's path lies in, or OUTSIDE_UNITS. */
export function childKeyOf(scope: string): (orgPath: string) => string {
  const depth = childDepth(scope);
  return (orgPath) => (depth === undefined ? OUTSIDE_UNITS : (codeAt(orgPath, depth) ?? OUTSIDE_UNITS));
}

/**
 * The scope a click on a unit opens, or undefined where the drill stops: dashboards go down to
 * a community (the district → street → community); a grid is a community's detail.
 */
export function drillScope(code: string): string | undefined {
  if (code === OUTSIDE_UNITS) return undefined;
  const path = orgPathOfCode(code);
  return depthOf(path) <= ORG_DEPTH.community ? path : undefined;
}

/** What the units compared below a scope are called: the column a dashboard or report names them by. */
export type UnitLevel = 'district' | 'street' | 'community' | 'grid';

export function levelBelow(scope: string): UnitLevel {
  const depth = childDepth(scope);
  if (depth === ORG_DEPTH.district) return 'district';
  if (depth === ORG_DEPTH.street) return 'street';
  return depth === ORG_DEPTH.community ? 'community' : 'grid';
}
