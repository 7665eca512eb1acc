import { isInScope } from '../org/codes';
import { communityOf, upTo } from '../org/paths';
import { ORG_DEPTH } from '../model/org';

/**
 * The scope a roster or board shows: what the user picked in the scope tree, never wider than
 * the user's own scope (docs/ARCHITECTURE.md "Roles and scope": a street user sees its street, a district
 * user all its streets). The server enforces this; screens mirror it.
 */
export function visibleScope(picked: string, userScope: string): string {
  return isInScope(picked, userScope) ? picked : userScope;
}

/**
 * Rosters are kept by street (区级管理、街乡使用): below a street — a community, a grid — the
 * roster shown is the street's.
 */
export function streetScope(scope: string): string {
  return upTo(scope, ORG_DEPTH.street);
}

/** The community part of a scope, when the scope is a community or below. */
export function communityPathOf(scope: string): string | undefined {
  return communityOf(scope);
}
