import type { Place } from '@shared/model/place';
import { codeOfPath, isInScope } from '@shared/org/codes';
import { queryWords } from '@shared/search/terms';
import type { StreetDeskDb } from '../../db';
import { readCatalog } from '../../db/catalog';
import { depthOf, upTo } from '@shared/org/paths';
import { ORG_DEPTH } from '@shared/model/org';

/** Search results are a short list to pick from; a longer one means the query needs another word. */
export const SEARCH_LIMIT = 200;

export interface PlaceSearchResult {
  /** Ids of the places found, in code order. */
  ids: string[];
  /** More places match than were returned. */
  more: boolean;
}

/**
 * Finds places in a scope by address, building number, name of the responsible person or
 * pinyin (shared/search/terms), sweeping the scope's catalog in memory.
 */
export async function searchPlaces(
  db: StreetDeskDb,
  scope: string,
  query: string,
  limit = SEARCH_LIMIT,
): Promise<PlaceSearchResult> {
  const words = queryWords(query);
  if (words.length === 0) return { ids: [], more: false };
  const found = (await readCatalog(db, 'places', scope)).search(words, limit + 1);
  const more = found.length > limit;
  return { ids: (more ? found.slice(0, limit) : found).map((e) => e.id), more };
}

/** Ids of every place in a scope, in code order — what the full list scrolls through. */
export async function placeIdsInScope(db: StreetDeskDb, scope: string): Promise<string[]> {
  return (await readCatalog(db, 'places', scope)).ids();
}

/**
 * Every place in a scope, read whole. A place's code starts with its community's code, which
 * starts with its street's and district's, so the code index finds a scope down to a
 * community; a grid is filtered from its community.
 */
export async function placesInScope(db: StreetDeskDb, scope: string): Promise<Place[]> {
  if (scope === '') return db.places.toArray();
  const rows = await db.places
    .where('code')
    .startsWith(codeOfPath(upTo(scope, ORG_DEPTH.community)))
    .toArray();
  return depthOf(scope) > ORG_DEPTH.community ? rows.filter((p) => isInScope(p.orgPath, scope)) : rows;
}
