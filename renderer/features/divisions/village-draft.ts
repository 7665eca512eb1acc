import type { DivisionDraft, DivisionWorld, WorldUnit } from '@shared/divisions/plan';

/** What the 撤村建居 planner has chosen: the villages that become one community, its name, the date. */
export interface VillageChoice {
  sources: string[];
  name: string;
  effectiveOn: string;
}

/**
 * Villages that may join: the live villages (村委会, codes 200–399) of the street, in code order.
 * A community is never a source of 撤村建居 — it already is one; a village joins a community
 * through a merge instead.
 */
export function villageCandidates(world: DivisionWorld, street: string): WorldUnit[] {
  return world.units
    .filter((u) => u.level === 'village' && u.parentCode === street && !u.dissolvedBy)
    .sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * The name the new community is offered first: the village's with 村 become 社区 (北苑村 →
 * 北苑社区), as such conversions are usually named; a one-character stem keeps its 村 (东村 →
 * 东村社区), since 东社区 would name another place. The user may change it.
 */
export function suggestedCommunityName(villageName: string): string {
  const stem = villageName.trim().replace(/(村民委员会|村委会|村)$/, '');
  if (stem === villageName.trim()) return `${stem}社区`;
  return stem.length >= 2 ? `${stem}社区` : `${stem}村社区`;
}

/**
 * The draft the plan and the apply step take: every village given up to one new community, which
 * gets a code of 001–199 (the plan picks it), and whose grids and places keep their own numbers.
 */
export function villageDraft(choice: VillageChoice): DivisionDraft {
  return {
    kind: 'villageToCommunity',
    sources: choice.sources,
    effectiveOn: choice.effectiveOn,
    targets: [{ name: choice.name, gridCodes: [], placeIds: [], remainder: true }],
  };
}
