import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCode, ERROR_MESSAGES_EN, ERROR_MESSAGES_ZH, messageOf } from '../../shared/messages';

const ROOT = join(import.meta.dirname, '..', '..');
const NAMESPACES = Object.keys(ERROR_MESSAGES_ZH).join('|');

function sources(dir: string, except?: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('node_modules'))
    .filter((f) => !except?.test(f))
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));
}

function literals(texts: string[], pattern: RegExp): string[] {
  return [...new Set(texts.flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1]!)))].sort();
}

function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value as object, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('one source of messages', () => {
  it('has a Chinese and an English message for every code the shared validators and engines produce', () => {
    // Shared code holds no UI keys, so every namespaced literal there is a code (host names aside).
    // Reports are the exception: one report model renders in both languages, so it names the
    // screens' words by their i18n keys (shared/reports/report.ts), which are not error codes.
    const codes = literals(
      sources('shared', /^reports\//),
      new RegExp(`'((?:${NAMESPACES})\\.[A-Za-z.]+)'`, 'g'),
    ).filter((code) => !/\.(org|com|invalid|cn)$/.test(code));
    expect(codes.length).toBeGreaterThan(100);
    const missing = codes.filter((code) => !messageOf(code, 'zh') || !messageOf(code, 'en'));
    expect(missing).toEqual([]);
  });

  it('has the messages the screens ask for as errors.<code>', () => {
    const keys = literals(
      [...sources('renderer'), ...sources('electron')],
      /['`]errors\.([A-Za-z.]+[A-Za-z])['`]/g,
    );
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((code) => !messageOf(code, 'zh') || !messageOf(code, 'en'))).toEqual([]);
  });

  it('fills the same placeholders in both languages', () => {
    const en = leaves(ERROR_MESSAGES_EN);
    const differing = [...leaves(ERROR_MESSAGES_ZH)].filter(
      ([key, zh]) => JSON.stringify(placeholders(zh)) !== JSON.stringify(placeholders(en.get(key) ?? '')),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('describes a feature validator code in words, as error workbooks and the command line print it', () => {
    expect(describeCode('coordinator.residentId.checksum', undefined)).toBe(
      '身份证号校验位不对，请核对每一位数字',
    );
    expect(describeCode('coordinator.residentIdTaken', { name: '张三', street: '建外街道' }, 'en')).toContain(
      '张三',
    );
    expect(describeCode('no.such.code', undefined)).toBe('no.such.code');
  });
});
