import type { TicketLinkStatus } from '../model/ticket';
import { normaliseAddress } from './address';

/** What the matcher needs of a place: the registry's own words for it. */
export interface MatchablePlace {
  id: string;
  name: string;
  address: string;
  parentId?: string;
}

export interface AddressMatch {
  status: TicketLinkStatus;
  /** Set only when the match is unambiguous: the app links on its own at confidence ≥ 0.9. */
  placeId?: string;
  confidence: number;
  /** Places a person may pick from, best first (at most `CANDIDATE_LIMIT`). */
  candidateIds: string[];
}

export const LINK_CONFIDENCE = 0.9;
export const CANDIDATE_LIMIT = 10;

export interface AddressMatcher {
  match(address: string): AddressMatch;
}

function add(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

const numberOf = (key: string) => Number(/\d+/.exec(key)?.[0] ?? NaN);

/**
 * Indexes the registry once (both the name and the address of each place, normalised), then
 * matches each ticket by hash lookups. It never guesses: two places with the same canonical
 * address make a match ambiguous, and a person picks.
 */
export function addressMatcher(places: Iterable<MatchablePlace>): AddressMatcher {
  const byKey = new Map<string, string[]>();
  const byStem = new Map<string, string[]>();
  // The part after the stem (5号楼2单元), for addresses written without their compound.
  const byRest = new Map<string, string[]>();
  const keyOf = new Map<string, string>();
  for (const place of places) {
    for (const text of [place.address, place.name]) {
      if (!text) continue;
      const n = normaliseAddress(text);
      add(byKey, n.key, place.id);
      if (n.stem) add(byStem, n.stem, place.id);
      if (n.numbered) add(byRest, n.key.slice(n.stem.length), place.id);
      if (!keyOf.has(place.id)) keyOf.set(place.id, n.key);
    }
  }

  // Nearest house numbers first, so 5号楼 offers 4号楼 and 6号楼 before 40号楼. One pass that keeps
  // the best few: a common compound name can hold thousands of places across a district.
  const numberById = new Map<string, number>();
  for (const [id, key] of keyOf) numberById.set(id, numberOf(key));
  const nearest = (ids: readonly string[], key: string) => {
    const target = numberOf(key);
    // Units only when the caller named one: otherwise a building's gates crowd out its neighbours.
    const units = key.includes('单元');
    const best: { id: string; distance: number; key: string }[] = [];
    const worse = (a: (typeof best)[number], b: (typeof best)[number]) =>
      a.distance > b.distance || (a.distance === b.distance && a.key > b.key);
    for (const id of ids) {
      const own = keyOf.get(id) ?? '';
      if (!units && own.includes('单元')) continue;
      const candidate = { id, distance: Math.abs((numberById.get(id) ?? NaN) - target) || 0, key: own };
      if (best.length === CANDIDATE_LIMIT && !worse(best[best.length - 1]!, candidate)) continue;
      let at = best.length;
      while (at > 0 && worse(best[at - 1]!, candidate)) at--;
      best.splice(at, 0, candidate);
      if (best.length > CANDIDATE_LIMIT) best.pop();
    }
    return best.map((b) => b.id);
  };

  const linked = (placeId: string, confidence: number): AddressMatch => ({
    status: 'linked',
    placeId,
    confidence,
    candidateIds: [placeId],
  });

  return {
    match(address: string): AddressMatch {
      const n = normaliseAddress(address);
      const exact = n.key ? byKey.get(n.key) : undefined;
      if (exact?.length === 1) return linked(exact[0]!, n.approximate ? 0.95 : 1);
      if (exact && exact.length > 1) {
        return {
          status: 'ambiguous',
          confidence: 1 / exact.length,
          candidateIds: exact.slice(0, CANDIDATE_LIMIT),
        };
      }
      if (!n.numbered || !n.stem) {
        const pool = n.stem ? byStem.get(n.stem) : byRest.get(n.key);
        return { status: 'vague', confidence: 0, candidateIds: pool ? nearest(pool, n.key) : [] };
      }
      // A unit the registry does not hold, in a building it does: the building is right.
      const building = n.key.replace(/\d+单元$/, '');
      if (building !== n.key) {
        const ids = byKey.get(building);
        if (ids?.length === 1) return linked(ids[0]!, LINK_CONFIDENCE);
        if (ids && ids.length > 1) {
          return {
            status: 'ambiguous',
            confidence: 1 / ids.length,
            candidateIds: ids.slice(0, CANDIDATE_LIMIT),
          };
        }
      }
      const pool = byStem.get(n.stem);
      return {
        status: 'unregistered',
        confidence: 0,
        candidateIds: pool ? nearest(pool, n.key.slice(n.stem.length)) : [],
      };
    },
  };
}
