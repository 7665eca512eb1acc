import type { CategoryCoverage, CoordinatorCategory, CoordinatorStatus } from '../model/coordinator';
import type { OrgLevel } from '../model/org';

/** Coordinators of one category in a scope, against what the communities need every day. */
export interface CategoryDeployment {
  categoryId: string;
  name: string;
  /** 在岗: those who can be sent. */
  active: number;
  /** Everyone on the roster, on leave, suspended and left included. */
  onRoster: number;
  /**
   * 需配备: the fewest the dispatch board shows no gap with — one in every grid for a category
   * that must be in every grid, one in every community for one that must be in every community;
   * null for a category sent on demand, which has no standing need.
   */
  needed: number | null;
}

/**
 * 协管员按类别: the roster counted by category, in the categories' code order; a category no
 * one in scope belongs to is listed with zeros, so its need still shows.
 */
export function deploymentByCategory(
  roster: readonly { categoryId: string; status: CoordinatorStatus }[],
  categories: readonly Pick<CoordinatorCategory, 'id' | 'code' | 'name' | 'coverage'>[],
  units: readonly { level: OrgLevel }[],
): CategoryDeployment[] {
  const count = (level: (l: OrgLevel) => boolean) => units.filter((u) => level(u.level)).length;
  const need: Record<CategoryCoverage, number | null> = {
    grid: count((l) => l === 'grid'),
    community: count((l) => l === 'community' || l === 'village'),
    onDemand: null,
  };
  const rows = new Map(
    [...categories]
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map((c): [string, CategoryDeployment] => [
        c.id,
        { categoryId: c.id, name: c.name, active: 0, onRoster: 0, needed: need[c.coverage ?? 'onDemand'] },
      ]),
  );
  for (const m of roster) {
    let row = rows.get(m.categoryId);
    // A category deleted since keeps its people visible, under its id.
    if (!row)
      rows.set(
        m.categoryId,
        (row = { categoryId: m.categoryId, name: m.categoryId, active: 0, onRoster: 0, needed: null }),
      );
    row.onRoster++;
    if (m.status === 'active') row.active++;
  }
  return [...rows.values()];
}
