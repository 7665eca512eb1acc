import type { DivisionDraft, DivisionWorld, WorldUnit } from '@shared/divisions/plan';

/** What the merge planner has chosen: the communities merged and where they go. */
export interface MergeChoice {
  sources: string[];
  /** Code of the source that stays and takes in the others; '' for a new community. */
  into: string;
  /** Name of the new community, when `into` is ''. */
  name: string;
  effectiveOn: string;
}

/**
 * Communities that may join a merge: the live communities and villages of the street, smallest
 * first, since merging is for those under 500 households. Units merged away are history, and a
 * merge of them would move nothing.
 */
export function mergeCandidates(world: DivisionWorld, street: string): WorldUnit[] {
  return world.units
    .filter((u) => (u.level === 'community' || u.level === 'village') && u.parentCode === street)
    .filter((u) => !u.dissolvedBy)
    .sort((a, b) => (a.households ?? 0) - (b.households ?? 0) || a.code.localeCompare(b.code));
}

/** The draft the plan and the apply step take: every source given up to one remainder target. */
export function mergeDraft(choice: MergeChoice, world: DivisionWorld): DivisionDraft {
  const kept = choice.into ? world.units.find((u) => u.code === choice.into) : undefined;
  return {
    kind: 'merge',
    sources: choice.sources,
    effectiveOn: choice.effectiveOn,
    targets: [
      kept
        ? { code: kept.code, name: kept.name, gridCodes: [], placeIds: [], remainder: true }
        : { name: choice.name, gridCodes: [], placeIds: [], remainder: true },
    ],
  };
}
