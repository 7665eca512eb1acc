import type { AccessRequest, AccessStatus } from '../model/lists';
import { matchesQuery, normalizeForSearch, queryWords, searchText } from '../search/terms';

/**
 * Finding a request by its matter, unit or number, in characters or pinyin initials. A street
 * holds a few dozen requests, a city a few thousand: texts are made once per change of the
 * list and scanned in memory.
 */
export interface RequestSearchEntry {
  request: AccessRequest;
  terms: string;
  whole: string;
}

export function buildRequestIndex(requests: readonly AccessRequest[]): RequestSearchEntry[] {
  return requests.map((request) => ({
    request,
    terms: searchText([{ text: request.matter }, { text: request.requestingUnit }, { text: request.code }]),
    whole: normalizeForSearch(
      [request.matter, request.requestingUnit, request.code ?? '', request.basis ?? ''].join('\u0001'),
    ),
  }));
}

export function filterRequests(
  index: readonly RequestSearchEntry[],
  query: string,
  status: AccessStatus | undefined,
): AccessRequest[] {
  const words = queryWords(query);
  return index
    .filter(
      (e) =>
        (!status || e.request.status === status) &&
        words.every((w) => e.whole.includes(w) || matchesQuery(e.terms, [w])),
    )
    .map((e) => e.request);
}
