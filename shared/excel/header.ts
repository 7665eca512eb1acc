import { cleanText } from '../validation/text';
import { ExcelFileError } from './errors';
import { HEADER_SEARCH_ROWS, type Grid } from './read';
import { cellText } from './values';

/**
 * Finding the header and matching its columns to fields. Departments put title lines above
 * the header (2024年朝阳区协管员花名册), merge a group label over two-row headers
 * (楼门长 over 姓名 | 电话 | 党员), and name columns in many ways (身份证号, 身份证号码,
 * 公民身份号码). Labels are compared folded: NFKC, no spaces, no required-marks (*), lower
 * case; then without bracketed notes — 身份证号（18位） is 身份证号.
 */

/** What header matching needs of an entity: its fields' names. */
export interface LabelledField {
  key: string;
  header: string;
  synonyms: readonly string[];
  required?: boolean;
}

export function foldLabel(label: string): string {
  return cleanText(label)
    .replace(/[\s*※#:：]/g, '')
    .toLowerCase();
}

function withoutNotes(folded: string): string {
  return folded.replace(/[(（[【<《][^)）\]】>》]*[)）\]】>》]/g, '');
}

export interface FieldMatcher {
  exact: Map<string, string>;
  /** Words for the fallback "the label contains the word", longest first. */
  words: readonly (readonly [string, string])[];
}

export function fieldMatcher(fields: readonly LabelledField[]): FieldMatcher {
  const exact = new Map<string, string>();
  const words: [string, string][] = [];
  for (const f of fields) {
    for (const name of [f.header, ...f.synonyms]) {
      const folded = foldLabel(name);
      if (folded === '' || exact.has(folded)) continue;
      exact.set(folded, f.key);
      if (folded.length >= 2) words.push([folded, f.key]);
    }
  }
  words.sort((a, b) => b[0].length - a[0].length);
  return { exact, words };
}

/** The field a label names exactly, if any. */
function exactField(m: FieldMatcher, label: string): string | undefined {
  const folded = foldLabel(label);
  if (folded === '') return undefined;
  return m.exact.get(folded) ?? m.exact.get(withoutNotes(folded));
}

/** The field whose longest name the label contains (协管员姓名 → name), if any. */
function containedField(m: FieldMatcher, label: string): string | undefined {
  const folded = withoutNotes(foldLabel(label));
  if (folded === '') return undefined;
  for (const [word, key] of m.words) if (folded.includes(word)) return key;
  return undefined;
}

/**
 * Column → field, each field at most once: exact names first over all columns, then the
 * contains fallback for what is left. For a two-row header a column offers several labels
 * (combined, lower, upper), tried in that order.
 */
export function autoMapping(m: FieldMatcher, columns: readonly (readonly string[])[]): (string | null)[] {
  const mapping: (string | null)[] = columns.map(() => null);
  const taken = new Set<string>();
  for (const pass of [exactField, containedField]) {
    columns.forEach((labels, c) => {
      if (mapping[c] !== null) return;
      for (const label of labels) {
        const key = pass(m, label);
        if (key !== undefined && !taken.has(key)) {
          mapping[c] = key;
          taken.add(key);
          return;
        }
      }
    });
  }
  return mapping;
}

export interface HeaderGuess {
  /** 0-based index of the last header row; data starts below it. */
  row: number;
  /** 1, or 2 for a header whose group labels sit in the row above. */
  height: 1 | 2;
  /** Per column, the labels to match, best first; and one for display. */
  columns: string[][];
  labels: string[];
}

/** Property names an object-keyed reader would trip on; refused so no tool down the line does. */
const UNSAFE = /^(__.*|constructor|prototype|hasownproperty|tostring|valueof)$/;

function rowLabels(grid: Grid, r: number): string[] {
  const row = grid.data[r] ?? [];
  const out: string[] = [];
  for (let c = 0; c < grid.columns; c++) out.push(cellText(row[c]).value ?? '');
  return out;
}

function labelsFor(grid: Grid, row: number, height: 1 | 2): { columns: string[][]; labels: string[] } {
  const lower = rowLabels(grid, row);
  if (height === 1) return { columns: lower.map((l) => (l ? [l] : [])), labels: lower };
  const upper = rowLabels(grid, row - 1);
  const columns: string[][] = [];
  const labels: string[] = [];
  for (let c = 0; c < lower.length; c++) {
    const u = upper[c] ?? '';
    const l = lower[c] ?? '';
    if (u === '' || u === l) {
      columns.push(l ? [l] : []);
      labels.push(l);
    } else if (l === '') {
      columns.push([u]);
      labels.push(u);
    } else {
      columns.push([u + l, l, u]);
      labels.push(`${u} / ${l}`);
    }
  }
  return { columns, labels };
}

/**
 * How many fields a row (or pair) names by exact label. Choosing the header counts only exact
 * names: "the label contains 姓名" would let a data row under the header (姓名 over 苏宇 makes
 * 姓名苏宇) pass for the lower half of a two-row header.
 */
function score(m: FieldMatcher, columns: readonly (readonly string[])[]): number {
  const found = new Set<string>();
  for (const labels of columns) {
    for (const label of labels) {
      const key = exactField(m, label);
      if (key !== undefined && !found.has(key)) {
        found.add(key);
        break;
      }
    }
  }
  return found.size;
}

/** A pair's labels for scoring: group label with sub-label, or the sub-label — never the group label alone. */
function pairScoreColumns(columns: readonly (readonly string[])[]): string[][] {
  return columns.map((labels) => (labels.length === 3 ? labels.slice(0, 2) : [...labels]));
}

/** Refuses labels such as `__proto__` (issue 5: clear message, nothing written). */
export function checkLabels(grid: Grid, guess: Pick<HeaderGuess, 'row' | 'height'>): void {
  for (let r = guess.row - guess.height + 1; r <= guess.row; r++) {
    for (const label of rowLabels(grid, r)) {
      if (UNSAFE.test(cleanText(label).toLowerCase()))
        throw new ExcelFileError('unsafeHeader', { row: r + 1, label });
    }
  }
}

/** The header at a given row (the user picked it), one or two rows high as matching prefers. */
export function headerAt(grid: Grid, m: FieldMatcher, row: number): HeaderGuess {
  const single = labelsFor(grid, row, 1);
  if (row > 0) {
    const double = labelsFor(grid, row, 2);
    if (score(m, pairScoreColumns(double.columns)) > score(m, single.columns)) {
      const guess: HeaderGuess = { row, height: 2, ...double };
      checkLabels(grid, guess);
      return guess;
    }
  }
  const guess: HeaderGuess = { row, height: 1, ...single };
  checkLabels(grid, guess);
  return guess;
}

/**
 * The header row: among the first rows, the one (or pair) whose labels name the most fields.
 * A pair wins only when combining adds fields neither row names alone.
 */
export function findHeader(grid: Grid, m: FieldMatcher, fields: readonly LabelledField[]): HeaderGuess {
  const last = Math.min(grid.rows, HEADER_SEARCH_ROWS);
  let best: { row: number; height: 1 | 2; score: number } | undefined;
  let previous: string[][] | undefined;
  for (let r = 0; r < last; r++) {
    const single = labelsFor(grid, r, 1).columns;
    const s1 = score(m, single);
    if (!best || s1 > best.score) best = { row: r, height: 1, score: s1 };
    if (previous && r > 0) {
      const s2 = score(m, pairScoreColumns(labelsFor(grid, r, 2).columns));
      if (s2 > s1 && s2 > score(m, previous) && s2 > best.score) best = { row: r, height: 2, score: s2 };
    }
    previous = single;
  }
  if (!best || best.score === 0) {
    // No exact names anywhere: the first row whose labels contain field names, if any.
    for (let r = 0; r < last; r++) {
      const columns = labelsFor(grid, r, 1).columns;
      if (autoMapping(m, columns).some((k) => k !== null)) {
        const guess: HeaderGuess = { row: r, height: 1, ...labelsFor(grid, r, 1) };
        checkLabels(grid, guess);
        return guess;
      }
    }
    throw new ExcelFileError('noHeader', {
      sheet: grid.sheet,
      rows: HEADER_SEARCH_ROWS,
      examples: fields
        .filter((f) => f.required)
        .slice(0, 3)
        .map((f) => f.header)
        .join('、'),
    });
  }
  const guess: HeaderGuess = {
    row: best.row,
    height: best.height,
    ...labelsFor(grid, best.row, best.height),
  };
  checkLabels(grid, guess);
  return guess;
}

/** A key for "the same source sends the same layout": the entity and the folded labels. */
export function layoutSignature(entity: string, labels: readonly string[]): string {
  const text = `${entity}|${labels.map(foldLabel).join('|')}`;
  // FNV-1a, twice with different seeds: short, and collisions between real layouts are negligible.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x5bd1e995);
  }
  return `${entity}:${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}
