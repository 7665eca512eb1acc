import type { DivisionChange, DivisionTarget } from '../model/division';

/**
 * What a reader scoped below the street may see of a division change (区划调整).
 *
 * The change record sits at the street's path, and records at a scope's ancestor paths reach every
 * reader below them (the city's lists, the street's access requests). A community station reads its
 * own community's unit and grids, never its neighbours' (their units lie at their own paths), and
 * the server's refusal of a late edit to a record that left says when, never where it went. A whole
 * change record would undo both: the community split would learn the new community's code, name,
 * households and which of its places went there; a community untouched would learn of every
 * change in the street.
 *
 * So such a reader gets only the changes that touched its community, and of each only its own
 * side. A community that received records (a target) sees where they came from — the sources —
 * because the records it holds say so in their 原属 (`formerly`); a community that gave records
 * sees none of where they went. Other targets, the free-text note and counts that include other
 * targets' records are left out. Readers at the street or above get the record whole.
 */
export function divisionChangeSeenBy(
  change: Partial<DivisionChange>,
  community: string,
): Partial<DivisionChange> | null {
  const sources = change.sources ?? [];
  const targets = change.targets ?? [];
  const result = change.result;
  // A target's code: given on apply, or named in the draft for an existing community.
  const codeOf = (t: DivisionTarget | undefined, i: number) => result?.codes[i] ?? t?.code ?? '';
  const own = targets.map((t, i) => i).filter((i) => codeOf(targets[i], i) === community);
  const isSource = sources.includes(community);
  if (!isSource && own.length === 0) return null;

  const receives = own.length > 0;
  const seenSources = receives ? sources : [community];
  const { note: _note, ...rest } = change;
  const seen: Partial<DivisionChange> = {
    ...rest,
    sources: seenSources,
    targets: own.map((i) => targets[i]!),
  };
  if (result) {
    const households = result.households ?? {};
    seen.result = {
      codes: own.map((i) => result.codes[i] ?? ''),
      dissolved: result.dissolved.filter((c) => seenSources.includes(c)),
      // What left the sources was seen leaving by each of them; a target of a split into several
      // would learn from the total how much went to the others.
      moved: isSource || targets.length === 1 ? result.moved : {},
      appliedAt: result.appliedAt,
      ...(result.appliedBy !== undefined ? { appliedBy: result.appliedBy } : {}),
      ...(community in households ? { households: { [community]: households[community]! } } : {}),
    };
  }
  return seen;
}
