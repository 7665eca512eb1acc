import { ORG_DEPTH } from '../model/org';

/**
 * Org paths are the codes of a unit and its ancestors joined by `/`, district first
 * (`110105/110105001/110105001001/110105001001001`, see `orgPathOfCode`). The whole city is
 * the empty path: it has no segment of its own, so a district is at depth 1, a street at 2,
 * a community or village at 3 and a grid at 4 (ORG_DEPTH).
 *
 * Every reading of a path by level goes through here, so that moving records between paths
 * (issue 12) has one well-tested place to change.
 */

/** The codes in a path, district first; the city (empty path) has none. */
export function segmentsOf(path: string): string[] {
  return path === '' ? [] : path.split('/');
}

/** How many levels deep a path is: 0 for the city, ORG_DEPTH of its unit otherwise. */
export function depthOf(path: string): number {
  return segmentsOf(path).length;
}

/** The ancestor (or the path itself) at `depth`; '' at depth 0; undefined when the path is shallower. */
export function ancestorAt(path: string, depth: number): string | undefined {
  if (depth < 0) return undefined;
  const segments = segmentsOf(path);
  return segments.length < depth ? undefined : segments.slice(0, depth).join('/');
}

/**
 * The path cut to at most `depth` levels: a deeper path gives its ancestor, a shallower one
 * itself. Scopes use it to widen a user's scope to a level without going below where they are.
 */
export function upTo(path: string, depth: number): string {
  return segmentsOf(path).slice(0, Math.max(depth, 0)).join('/');
}

/** The code of the unit at `depth` on the path, undefined when the path is shallower. */
export function codeAt(path: string, depth: number): string | undefined {
  return depth < 1 ? undefined : segmentsOf(path)[depth - 1];
}

export const districtOf = (path: string) => ancestorAt(path, ORG_DEPTH.district);
export const streetOf = (path: string) => ancestorAt(path, ORG_DEPTH.street);
/** The community or village the path lies in (both are at the same depth). */
export const communityOf = (path: string) => ancestorAt(path, ORG_DEPTH.community);
export const gridOf = (path: string) => ancestorAt(path, ORG_DEPTH.grid);

export const districtCodeOf = (path: string) => codeAt(path, ORG_DEPTH.district);
export const streetCodeOf = (path: string) => codeAt(path, ORG_DEPTH.street);
export const communityCodeOf = (path: string) => codeAt(path, ORG_DEPTH.community);
export const gridCodeOf = (path: string) => codeAt(path, ORG_DEPTH.grid);

/** The path of the unit above; the city (empty path) for a district and for the city itself. */
export function parentOf(path: string): string {
  return segmentsOf(path).slice(0, -1).join('/');
}

/** The paths of every unit above this one, district first; the city is not listed. */
export function ancestorsOf(path: string): string[] {
  const segments = segmentsOf(path);
  return segments.slice(0, -1).map((_, i) => segments.slice(0, i + 1).join('/'));
}
