import type { OrgLevel } from '../model/org';
import { BEIJING_DIVISIONS } from '../org/beijing-divisions';
import { compactText } from '../validation/text';
import type { CellProblem } from './values';

/**
 * Names and codes of org units, for cells that name a street or community the way people
 * write them: 110105001, 建外街道, 建外, 朝阳区建外街道, 建外街道办事处, 南新园社区居委会,
 * or 南新园社区（110105021001） as our own exports write them. Built from the shipped
 * divisions and the units in the database.
 */

export interface OrgEntry {
  code: string;
  name: string;
  level: OrgLevel;
  parentCode: string;
}

export const LEVEL_LABEL: Record<OrgLevel, string> = {
  district: '区',
  street: '街道/乡镇',
  community: '社区',
  village: '村',
  grid: '网格',
};

/** Office words after a unit's own name: 建外街道办事处 is 建外街道, 南新园社区居委会 is 南新园社区. */
const OFFICE_SUFFIX = /(办事处|居民委员会|居委会|村民委员会|村委会|人民政府|政府)$/;
/** Kind words: 建外街道 and 建外 name the same street. */
const KIND_SUFFIX = /(街道|地区|镇|乡|社区|村|网格|区)$/;

function stem(name: string): string {
  const n = compactText(name)
    .replace(/^北京市?/, '')
    .replace(OFFICE_SUFFIX, '');
  const s = n.replace(KIND_SUFFIX, '');
  return s === '' ? n : s;
}

const CODE_IN_BRACKETS = /[（(](\d{6,15})[)）]\s*$/;

export type OrgResolution =
  { unit: OrgEntry; problem?: undefined } | { unit?: undefined; problem: CellProblem };

export class OrgDirectory {
  private readonly byCodeMap = new Map<string, OrgEntry>();
  private readonly byStem = new Map<string, OrgEntry[]>();
  private readonly districts: OrgEntry[] = [];
  private readonly cache = new Map<string, OrgResolution>();

  constructor(units: Iterable<OrgEntry>) {
    for (const u of units) this.add(u);
  }

  /** The shipped districts and streets with the given units (communities, villages, grids). */
  static withReference(units: Iterable<OrgEntry> = []): OrgDirectory {
    const dir = new OrgDirectory(BEIJING_DIVISIONS);
    for (const u of units) dir.add(u);
    return dir;
  }

  add(unit: OrgEntry): void {
    const previous = this.byCodeMap.get(unit.code);
    if (previous) {
      const list = this.byStem.get(stem(previous.name));
      if (list) list.splice(list.indexOf(previous), 1);
    }
    const entry = { code: unit.code, name: unit.name, level: unit.level, parentCode: unit.parentCode };
    this.byCodeMap.set(unit.code, entry);
    const key = stem(unit.name);
    const list = this.byStem.get(key) ?? [];
    list.push(entry);
    this.byStem.set(key, list);
    if (unit.level === 'district' && !previous) this.districts.push(entry);
    this.cache.clear();
  }

  byCode(code: string): OrgEntry | undefined {
    return this.byCodeMap.get(code);
  }

  /** Units at the given levels, for template dropdowns. */
  unitsAt(levels: readonly OrgLevel[], within = ''): OrgEntry[] {
    return [...this.byCodeMap.values()]
      .filter((u) => levels.includes(u.level) && u.code.startsWith(within))
      .sort((a, b) => (a.code < b.code ? -1 : 1));
  }

  /** How exports write a unit: its name and, for units whose names repeat, its code. */
  label(code: string): string {
    const unit = this.byCodeMap.get(code);
    if (!unit) return code;
    const same = this.byStem.get(stem(unit.name)) ?? [];
    return same.filter((u) => u.level === unit.level).length > 1 ? `${unit.name}（${unit.code}）` : unit.name;
  }

  /**
   * The unit a cell names, at one of `levels`, inside `within` (a parent code) when given.
   * Ambiguous names are refused with the candidates, never guessed.
   */
  resolve(text: string, levels: readonly OrgLevel[], within = ''): OrgResolution {
    const key = `${levels.join(',')}|${within}|${text}`;
    let found = this.cache.get(key);
    if (!found) {
      found = this.lookup(compactText(text), levels, within);
      this.cache.set(key, found);
    }
    return found;
  }

  private lookup(text: string, levels: readonly OrgLevel[], within: string): OrgResolution {
    const levelText = levels.map((l) => LEVEL_LABEL[l]).join('或');
    const bracketed = CODE_IN_BRACKETS.exec(text)?.[1];
    const code = bracketed ?? (/^\d+$/.test(text) ? text : undefined);
    if (code !== undefined) {
      const unit = this.byCodeMap.get(code);
      if (!unit || !unit.code.startsWith(within))
        return { problem: { code: 'excel.cell.orgUnknown', values: { value: text } } };
      if (!levels.includes(unit.level))
        return { problem: { code: 'excel.cell.orgLevel', values: { value: text, level: levelText } } };
      return { unit };
    }
    const direct = this.candidates(text, levels, within);
    if (direct.length === 1) return { unit: direct[0]! };
    if (direct.length > 1) return this.ambiguous(text, direct);
    // Qualified: 朝阳区建外街道, 南磨房地区南新园社区 — a parent's name, then the unit's.
    for (const parent of this.parentsPrefixing(text)) {
      if (!parent.code.startsWith(within) && !within.startsWith(parent.code)) continue;
      const rest = text.slice(parent.matched.length);
      if (rest === '') continue;
      const inner = this.lookup(rest, levels, parent.code.length > within.length ? parent.code : within);
      if (inner.unit) return inner;
    }
    const anyLevel = this.candidates(text, ['district', 'street', 'community', 'village', 'grid'], within);
    if (anyLevel.length > 0)
      return { problem: { code: 'excel.cell.orgLevel', values: { value: text, level: levelText } } };
    return { problem: { code: 'excel.cell.orgUnknown', values: { value: text } } };
  }

  private candidates(text: string, levels: readonly OrgLevel[], within: string): OrgEntry[] {
    const all = (this.byStem.get(stem(text)) ?? []).filter(
      (u) => levels.includes(u.level) && u.code.startsWith(within),
    );
    if (all.length <= 1) return all;
    // 建外 matches 建外街道 and a 建外镇 alike; the full name written decides between them.
    const full = compactText(text).replace(OFFICE_SUFFIX, '');
    const exact = all.filter((u) => u.name === full);
    return exact.length > 0 ? exact : all;
  }

  private ambiguous(text: string, units: readonly OrgEntry[]): OrgResolution {
    const candidates = units
      .slice(0, 4)
      .map((u) => `${this.byCodeMap.get(u.parentCode)?.name ?? ''}${u.name} ${u.code}`)
      .join('；');
    return { problem: { code: 'excel.cell.orgAmbiguous', values: { value: text, candidates } } };
  }

  /** Districts and streets whose name (full or stem) starts the text. */
  private parentsPrefixing(text: string): { code: string; matched: string }[] {
    const out: { code: string; matched: string }[] = [];
    const body = text.replace(/^北京市?/, '');
    for (const d of this.districts) {
      for (const form of [d.name, stem(d.name)]) {
        if (form.length >= 2 && body.startsWith(form) && body.length > form.length) {
          out.push({ code: d.code, matched: text.slice(0, text.length - body.length) + form });
          break;
        }
      }
    }
    for (const [key, units] of this.byStem) {
      if (key.length < 2 || !body.startsWith(key)) continue;
      for (const u of units) {
        if (u.level !== 'street') continue;
        const matched = body.startsWith(u.name) ? u.name : key;
        if (body.length > matched.length)
          out.push({ code: u.code, matched: text.slice(0, text.length - body.length) + matched });
      }
    }
    // Longest first: 南磨房地区 before 南磨房.
    return out.sort((a, b) => b.matched.length - a.matched.length);
  }
}
