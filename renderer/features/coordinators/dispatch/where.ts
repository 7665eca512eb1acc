import type { Assignment } from '@shared/model/coordinator';

/**
 * Where an assignment sends someone, as people say it: the 楼门院, or the unit with the task.
 * Grids are often named 第一网格, 第二网格 in every community, so a grid is named with its
 * community unless the reader is already looking at that community.
 */

type Where = Pick<Assignment, 'orgPath' | 'placeId' | 'task'>;

/** Codes of the units whose names a label needs. */
export function unitCodesFor(a: Pick<Assignment, 'orgPath'>): string[] {
  const parts = a.orgPath.split('/');
  return parts.length >= 4 ? [parts[2]!, parts[3]!] : [parts[parts.length - 1]!];
}

/** The label; `names` maps unit codes and place ids to names. */
export function whereLabel(a: Where, names: ReadonlyMap<string, string>, withinCommunity?: string): string {
  const parts = a.orgPath.split('/');
  const code = parts[parts.length - 1]!;
  let unit = names.get(code) ?? code;
  if (parts.length >= 4 && parts[2] !== withinCommunity) {
    const community = names.get(parts[2]!);
    if (community && !unit.startsWith(community)) unit = `${community} ${unit}`;
  }
  if (a.placeId) return names.get(a.placeId) ?? unit;
  return a.task ? `${unit} · ${a.task}` : unit;
}
