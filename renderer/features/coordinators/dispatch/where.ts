import type { Assignment } from '@shared/model/coordinator';
import { communityCodeOf, depthOf, gridCodeOf } from '@shared/org/paths';
import { codeOfPath } from '@shared/org/codes';
import { ORG_DEPTH } from '@shared/model/org';

/**
 * Where an assignment sends someone, as people say it: the 楼门院, or the unit with the task.
 * Grids are often named 第一网格, 第二网格 in every community, so a grid is named with its
 * community unless the reader is already looking at that community.
 */

type Where = Pick<Assignment, 'orgPath' | 'placeId' | 'task'>;

/** Codes of the units whose names a label needs. */
export function unitCodesFor(a: Pick<Assignment, 'orgPath'>): string[] {
  return depthOf(a.orgPath) >= ORG_DEPTH.grid
    ? [communityCodeOf(a.orgPath)!, gridCodeOf(a.orgPath)!]
    : [codeOfPath(a.orgPath)];
}

/** The label; `names` maps unit codes and place ids to names. */
export function whereLabel(a: Where, names: ReadonlyMap<string, string>, withinCommunity?: string): string {
  const code = codeOfPath(a.orgPath);
  let unit = names.get(code) ?? code;
  const communityCode = communityCodeOf(a.orgPath);
  if (depthOf(a.orgPath) >= ORG_DEPTH.grid && communityCode !== withinCommunity) {
    const community = names.get(communityCode!);
    if (community && !unit.startsWith(community)) unit = `${community} ${unit}`;
  }
  if (a.placeId) return names.get(a.placeId) ?? unit;
  return a.task ? `${unit} · ${a.task}` : unit;
}
