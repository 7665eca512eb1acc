import type { InfoSystem } from '../model/lists';
import { normalizeForSearch } from '../search/terms';
import { orgPathOfCode } from '../org/codes';
import { cleanProse, cleanText } from '../validation/text';
import type { Checked, Issue } from '../validation/issue';

/** City-level information systems a community fills: cut from 40+ to 7 (seed). */
export const CITY_SYSTEM_LIMIT = 7;

export const SYSTEM_LEVELS: readonly InfoSystem['level'][] = ['city', 'district', 'street'];

/**
 * The city-level systems each community fills, by community code: normalised name → name as
 * first written. The same system registered twice (two streets' rows, a stray space) counts once.
 */
export function cityLevelLoad(systems: readonly InfoSystem[]): Map<string, Map<string, string>> {
  const load = new Map<string, Map<string, string>>();
  for (const s of systems) {
    if (s.deleted || s.level !== 'city') continue;
    const key = normalizeForSearch(s.name);
    for (const c of s.communityCodes) {
      let names = load.get(c);
      if (!names) load.set(c, (names = new Map()));
      if (!names.has(key)) names.set(key, s.name.trim());
    }
  }
  return load;
}

/** Communities that fill more than the limit of city-level systems, most loaded first. */
export function communitiesOverLimit(systems: readonly InfoSystem[]): { code: string; count: number }[] {
  return [...cityLevelLoad(systems)]
    .map(([code, names]) => ({ code, count: names.size }))
    .filter((c) => c.count > CITY_SYSTEM_LIMIT)
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export interface InfoSystemInput {
  streetCode: string;
  name: string;
  owner: string;
  level: string;
  communityCodes: string[];
  frequency?: string;
}

/**
 * Checks a registry row. The registry is kept by the street (design): a row says which of
 * the street's communities fill a system, so its orgPath is the street's, and a city system
 * is entered once per street that records it.
 */
export function validateInfoSystem(input: InfoSystemInput): Checked<Omit<InfoSystem, 'id'>> {
  const issues: Issue[] = [];
  const streetCode = cleanText(input.streetCode ?? '');
  const name = cleanProse(input.name);
  const owner = cleanProse(input.owner);
  const level = SYSTEM_LEVELS.find((l) => l === input.level);
  const communityCodes = [...new Set(input.communityCodes ?? [])].sort();
  if (!/^\d{9}$/.test(streetCode)) issues.push({ field: 'streetCode', code: 'access.street' });
  if (name === '') issues.push({ field: 'name', code: 'access.system.nameRequired' });
  if (owner === '') issues.push({ field: 'owner', code: 'access.system.ownerRequired' });
  if (!level) issues.push({ field: 'level', code: 'access.system.level' });
  if (communityCodes.some((c) => !/^\d{12}$/.test(c) || !c.startsWith(streetCode)))
    issues.push({ field: 'communityCodes', code: 'access.communitiesOutside' });
  if (issues.length > 0 || !level) return { ok: false, issues };
  const value: Omit<InfoSystem, 'id'> = {
    orgPath: orgPathOfCode(streetCode),
    name,
    owner,
    level,
    communityCodes,
  };
  const frequency = cleanProse(input.frequency);
  if (frequency) value.frequency = frequency;
  return { ok: true, value };
}
