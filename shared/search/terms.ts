import { pinyin } from 'pinyin-pro';
import { cleanText } from '../validation/text';

/**
 * Search for "find in one step". A record's searchable texts become terms: each text whole,
 * its full pinyin, the pinyin initials of every suffix starting at a segment
 * (朝阳区|南磨房地区|南新园小区|3号楼), and the suffixes that start with a number. A query
 * word in Chinese characters may appear anywhere in a term (新园 finds 南新园); a word in
 * pinyin, digits or letters must start one (nxy, nanxin, 3号楼 — but 3号楼 not 13号楼).
 * The terms are joined into one search text per record (see db/catalog).
 *
 * Pinyin is computed per segment and cached: segments repeat across a registry (every
 * building of a compound shares its name, districts and streets repeat, so do names), and
 * pinyin-pro's word dictionary still reads 重庆 and 银行 right inside a segment.
 */

const HAN = /\p{Script=Han}/u;
const STARTS_HAN = /^\p{Script=Han}/u;
/** Separates terms in a search text; never typed, so no word spans two terms. */
export const TERM_SEPARATOR = '\u0001';

const MAX_TERM_LENGTH = 48;
const CACHE_LIMIT = 50_000;

/** Lower-cased, NFKC-folded, without spaces: the form both terms and queries take. */
export function normalizeForSearch(value: string): string {
  return cleanText(value).toLowerCase().replace(/\s+/g, '');
}

/** Splits a query into words; each must match for a record to be found. */
export function queryWords(query: string): string[] {
  return cleanText(query)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
}

interface SegmentPinyin {
  full: string;
  initials: string;
}

const segmentCache = new Map<string, SegmentPinyin>();
const surnameCache = new Map<string, SegmentPinyin>();

function pinyinOf(segment: string, personName: boolean): SegmentPinyin {
  if (!HAN.test(segment)) return { full: segment, initials: segment };
  const cache = personName ? surnameCache : segmentCache;
  let hit = cache.get(segment);
  if (!hit) {
    const surname = personName ? 'head' : 'off';
    hit = {
      full: pinyin(segment, { toneType: 'none', type: 'array', surname }).join(''),
      initials: pinyin(segment, { pattern: 'first', toneType: 'none', type: 'array', surname }).join(''),
    };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(segment, hit);
  }
  return hit;
}

/** Address suffixes a segment ends with: two characters (tried first, as 号楼 before 号), or one. */
const SUFFIX_PAIRS = new Set([
  '街道',
  '地区',
  '社区',
  '小区',
  '家园',
  '花园',
  '公寓',
  '大厦',
  '号楼',
  '号院',
  '单元',
  '胡同',
  '大街',
]);
const SUFFIX_CHARS = new Set('省市区县乡镇村路街巷条里号院楼门层室');
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * The segments of a text: split after each address suffix, and where a number follows
 * words (南新园5号楼 → 南新园 | 5号楼). One pass over the characters: this runs for every
 * record a catalog holds (100,000 places on a city's first load), where a regular expression
 * and a sort of the cuts cost twice as much.
 */
function segmentsOf(text: string): string[] {
  const segments: string[] = [];
  let start = 0;
  const cut = (at: number) => {
    if (at > start && at < text.length) {
      segments.push(text.slice(start, at));
      start = at;
    }
  };
  for (let i = 0; i < text.length;) {
    if (i > 0 && isDigit(text[i]) && !isDigit(text[i - 1])) cut(i);
    if (SUFFIX_PAIRS.has(text.slice(i, i + 2))) {
      cut(i + 2);
      i += 2;
    } else {
      if (SUFFIX_CHARS.has(text[i]!)) cut(i + 1);
      i += 1;
    }
  }
  segments.push(text.slice(start));
  return segments;
}

export interface TermOptions {
  /** Read the first character as a surname (单 shan, 曾 zeng); a name is one segment. */
  personName?: boolean;
}

const clip = (s: string) => s.slice(0, MAX_TERM_LENGTH);

/** Terms for one text. */
export function termsOfText(raw: string, options: TermOptions = {}): string[] {
  const text = normalizeForSearch(raw);
  if (text === '') return [];
  const personName = options.personName === true;
  const segments = personName ? [text] : segmentsOf(text);
  const pinyins = segments.map((s) => pinyinOf(s, personName));
  const terms = new Set<string>([clip(text), clip(pinyins.map((p) => p.full).join(''))]);
  for (let i = 0; i < segments.length; i++) {
    terms.add(
      clip(
        pinyins
          .slice(i)
          .map((p) => p.initials)
          .join(''),
      ),
    );
    // Suffixes starting in Chinese are found as substrings of the whole text already.
    if (i > 0 && !STARTS_HAN.test(segments[i]!)) terms.add(clip(segments.slice(i).join('')));
  }
  terms.delete('');
  return [...terms];
}

/** Terms for a record: the union over its searchable texts. */
export function searchTerms(
  texts: ReadonlyArray<{ text: string | undefined; personName?: boolean }>,
): string[] {
  const all = new Set<string>();
  for (const { text, personName } of texts) {
    if (!text) continue;
    for (const t of termsOfText(text, { personName })) all.add(t);
  }
  return [...all];
}

/** One record's search text: its terms, each preceded by the separator. */
export function searchText(texts: ReadonlyArray<{ text: string | undefined; personName?: boolean }>): string {
  const terms = searchTerms(texts);
  return terms.length === 0 ? '' : TERM_SEPARATOR + terms.join(TERM_SEPARATOR);
}

/** What a query word must appear as in a search text: anywhere if Chinese, else at a term's start. */
export function wordPattern(word: string): string {
  return STARTS_HAN.test(word) ? word : TERM_SEPARATOR + word;
}

/** Whether a search text matches every word of a query (words from queryWords). */
export function matchesQuery(text: string, words: readonly string[]): boolean {
  for (const w of words) {
    if (!text.includes(wordPattern(w))) return false;
  }
  return true;
}
