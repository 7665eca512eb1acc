import { BEIJING_DIVISIONS } from '../org/beijing-divisions';

/**
 * An address as people write it to 12345, brought to one canonical form so that it can be
 * compared with the registry's addresses, which go through the same function:
 * `北京市朝阳区建外街道 南新园小区 五号楼二门302室门口` → `南新园5号楼2单元`.
 */
export interface NormalisedAddress {
  /** Canonical text up to the most specific registry level (building, unit, courtyard). */
  key: string;
  /** The compound or street name before the first number, e.g. `南新园`. */
  stem: string;
  /** Whether the text named a building, courtyard or house number at all. */
  numbered: boolean;
  /** A room, floor or "门口/楼下/附近" tail was dropped: the place is near, not exact. */
  approximate: boolean;
}

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十二 → 12, 二十 → 20, 一百零五 → 105, 三 → 3. */
function chineseNumber(text: string): number {
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = current * 10 + (DIGIT[ch] ?? 0);
  }
  return total + current;
}

// Longest first, so 朝阳区 is not cut at a shorter name it contains.
const REGION_NAMES = [
  '北京市',
  '北京',
  // Full names only: a bare street name (东四) is also part of road names (东四三条).
  ...BEIJING_DIVISIONS.map((d) => d.name),
]
  .filter((name) => name.length >= 2)
  .sort((a, b) => b.length - a.length);
const REGION_PREFIX = new RegExp(`^(?:${REGION_NAMES.join('|')})(?:街道办事处|街道|办事处)?`);

const TAIL = /(?:门口|楼下|楼前|楼后|附近|对面|旁边|周边|周围|一带|路口|东侧|西侧|南侧|北侧|处)+$/;
// Numbers of buildings, units, floors and rooms; road names such as 三条 or 八里 keep their words.
const CHINESE_RUN = /[零〇一二两三四五六七八九十百]+(?=[号#单元门栋幢座层楼室院])/g;

export function normaliseAddress(raw: string): NormalisedAddress {
  let text = raw.normalize('NFKC').replace(/[\s\u3000,，、.。:：;；()（）"“”'‘’]/g, '');
  let approximate = false;

  // District and street prefixes, possibly several (北京市朝阳区建外街道…).
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(REGION_PREFIX, '');
  }
  const withoutTail = text.replace(TAIL, '');
  if (withoutTail !== text) approximate = true;
  text = withoutTail;

  text = text.replace(CHINESE_RUN, (run) => String(chineseNumber(run)));
  // 5-2-302: building, unit, room.
  const dashed = text.replace(/(\D)(\d+)[-—](\d+)[-—]\d+$/, '$1$2号楼$3单元');
  if (dashed !== text) approximate = true;
  text = dashed;
  text = text
    .replace(/(\d+)\s*(?:#|＃|栋|幢|座|号楼|楼)(?=\d|$|单元|门)/g, '$1号楼')
    .replace(/(\d+)号楼(\d+)(?=$|-)/g, '$1号楼$2单元')
    .replace(/(\d+)(?:单元门|单元|门)(?!口)/g, '$1单元')
    .replace(/(小区|社区)(?=\d|$)/g, '');

  // Rooms and floors below a unit or building are finer than the registry.
  const finer = /((?:号楼|单元|号院|号))[-—]?\d+(?:层|楼|室|号|户)?(?:\d+(?:室|号|户)?)?$/;
  if (finer.test(text) && !/号楼$|单元$|号院$/.test(text)) {
    text = text.replace(finer, '$1');
    approximate = true;
  }
  text = text.replace(/(单元|号楼)\d+(?:层|楼)$/, '$1');

  const firstDigit = text.search(/\d/);
  const stem = firstDigit < 0 ? text : text.slice(0, firstDigit);
  return { key: text, stem, numbered: firstDigit >= 0, approximate };
}
