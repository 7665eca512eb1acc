import type { Coordinator, CoordinatorStatus } from '@shared/model/coordinator';
import { confirmsNumbers, rosterQuery } from '@shared/coordinators/search-keys';
import type { StreetDeskDb } from '../../db';
import { readCatalog, type CatalogEntry } from '../../db/catalog';
import type { CoordinatorFacts } from '../../db/catalog-specs';

/** What the roster is narrowed by besides the scope: a query and facets (empty = any). */
export interface RosterFilter {
  query: string;
  categoryIds: readonly string[];
  departmentIds: readonly string[];
  statuses: readonly CoordinatorStatus[];
}

export const NO_FILTER: RosterFilter = { query: '', categoryIds: [], departmentIds: [], statuses: [] };

export const isFiltered = (f: RosterFilter) =>
  f.query.trim() !== '' || f.categoryIds.length > 0 || f.departmentIds.length > 0 || f.statuses.length > 0;

const statusOf = (facts: CoordinatorFacts): CoordinatorStatus => facts.status ?? 'active';

function factsFilter(filter: RosterFilter): (e: CatalogEntry<CoordinatorFacts>) => boolean {
  const categories = new Set(filter.categoryIds);
  const departments = new Set(filter.departmentIds);
  const statuses = new Set(filter.statuses);
  return (e) =>
    (categories.size === 0 || categories.has(e.facts.categoryId)) &&
    (departments.size === 0 || departments.has(e.facts.departmentId)) &&
    (statuses.size === 0 || statuses.has(statusOf(e.facts)));
}

/** Rows read at once when long numbers must be confirmed against stored IDs and phones. */
const CONFIRM_BATCH = 2_000;

/**
 * Ids of the coordinators of a scope matching a filter, in roster order (street, then the
 * pinyin of the name). The catalog is swept in memory; only a number longer than the four
 * characters it keeps reads rows, and only those the catalog already matched.
 */
export async function findCoordinators(
  db: StreetDeskDb,
  scope: string,
  filter: RosterFilter,
): Promise<string[]> {
  const view = await readCatalog(db, 'coordinators', scope);
  const { words, longNumbers } = rosterQuery(filter.query);
  const keep = factsFilter(filter);
  const candidates = (words.length > 0 ? view.search(words, Infinity) : view.entries()).filter(keep);
  if (longNumbers.length === 0) return candidates.map((e) => e.id);
  const found: string[] = [];
  for (let i = 0; i < candidates.length; i += CONFIRM_BATCH) {
    const ids = candidates.slice(i, i + CONFIRM_BATCH).map((e) => e.id);
    const rows = await db.coordinators.bulkGet(ids);
    rows.forEach((row, j) => row && confirmsNumbers(row, longNumbers) && found.push(ids[j]!));
  }
  return found;
}

/**
 * The coordinator holding a resident ID, anywhere in the city (the roster's natural key):
 * the catalog narrows by the last four characters, the rows confirm.
 */
export async function findByResidentId(
  db: StreetDeskDb,
  residentId: string,
): Promise<Coordinator | undefined> {
  const ids = await findCoordinators(db, '', { ...NO_FILTER, query: residentId });
  const rows = await db.coordinators.bulkGet(ids);
  return rows.find((r) => r?.residentId === residentId);
}
