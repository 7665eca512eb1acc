import { describe, expect, it } from 'vitest';
import { checkMobile, checkPhone } from '../validation/phone';
import { addYears, dayNumber, isoDate } from './dates';
import { personName, SURNAME_LIST } from './names';
import { beijingLandline, mobileNumber } from './phones';
import { chineseNumber, compoundBase, compoundFullName, hutongName, villageBase } from './place-names';
import { rngFor, weightedTable } from './rng';

describe('rng', () => {
  it('repeats a stream for the same seed and key, and not for another', () => {
    const draw = (seed: number, key: string) => {
      const rng = rngFor(seed, key);
      return Array.from({ length: 20 }, () => rng.int(0, 1_000_000));
    };
    expect(draw(1, 'street:110105021')).toEqual(draw(1, 'street:110105021'));
    expect(draw(1, 'street:110105021')).not.toEqual(draw(2, 'street:110105021'));
    expect(draw(1, 'street:110105021')).not.toEqual(draw(1, 'street:110105022'));
  });

  it('keeps ints, floats and picks in range, both ends reachable', () => {
    const rng = rngFor(3, 'range');
    const ints = new Set(Array.from({ length: 2000 }, () => rng.int(2, 6)));
    expect([...ints].sort()).toEqual([2, 3, 4, 5, 6]);
    const floats = Array.from({ length: 2000 }, () => rng.float());
    expect(floats.every((f) => f >= 0 && f < 1)).toBe(true);
    expect(() => rng.pick([])).toThrow();
  });

  it('follows weights, the normal and the lognormal', () => {
    const rng = rngFor(4, 'shape');
    const table = weightedTable([
      ['a', 1],
      ['b', 3],
    ] as const);
    const picks = Array.from({ length: 20_000 }, () => rng.fromTable(table));
    expect(picks.filter((p) => p === 'b').length / picks.length).toBeCloseTo(0.75, 1);
    const normals = Array.from({ length: 20_000 }, () => rng.normal(10, 2));
    const mean = normals.reduce((a, v) => a + v, 0) / normals.length;
    const sd = Math.sqrt(normals.reduce((a, v) => a + (v - mean) ** 2, 0) / normals.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeCloseTo(2, 1);
    const logs = Array.from({ length: 20_001 }, () => rng.lognormal(1900, 0.5)).sort((a, b) => a - b);
    expect(logs[10_000]! / 1900).toBeGreaterThan(0.97);
    expect(logs[10_000]! / 1900).toBeLessThan(1.03);
    expect(() => weightedTable([['x', 0]])).toThrow();
  });

  it('shuffles to a permutation and makes 16 random bytes', () => {
    const rng = rngFor(5, 'shuffle');
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = rng.shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    const bytes = rng.bytes16();
    expect(bytes).toHaveLength(16);
    expect(new Set(bytes).size).toBeGreaterThan(8);
  });
});

describe('dates', () => {
  it('agrees with Date for day numbers and ISO dates', () => {
    const wrong: number[] = [];
    for (let day = -3_000; day < 40_000; day += 7) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (isoDate(day) !== expected || dayNumber(expected) !== day) wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });

  it('adds years, 29 February falling back to 28', () => {
    expect(isoDate(addYears(dayNumber('2024-02-29'), 3))).toBe('2027-02-28');
    expect(isoDate(addYears(dayNumber('2023-11-30'), 3))).toBe('2026-11-30');
    expect(() => dayNumber('2026-13-01')).toThrow();
    expect(() => dayNumber('26-1-1')).toThrow();
  });
});

describe('names and phones', () => {
  it('draws surnames by frequency: 王, 张 and 李 the commonest', () => {
    const rng = rngFor(6, 'names');
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const { name } = personName(rng, 'middle');
      const surname = SURNAME_LIST.find((s) => s.length === 2 && name.startsWith(s)) ?? name[0]!;
      counts.set(surname, (counts.get(surname) ?? 0) + 1);
    }
    expect([...counts.keys()].filter((s) => !SURNAME_LIST.includes(s))).toEqual([]);
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3);
    expect(top.map(([s]) => s).sort()).toEqual(['张', '李', '王'].sort());
    expect(counts.get('单')).toBeGreaterThan(0);
    expect(counts.get('曾')).toBeGreaterThan(0);
  });

  it('gives 1–2 character given names and honours the gender share', () => {
    const rng = rngFor(7, 'given');
    const people = Array.from({ length: 5000 }, () => personName(rng, 'older', 0.7));
    expect(people.every((p) => /^[\u4e00-\u9fff]{2,4}$/.test(p.name))).toBe(true);
    expect(people.filter((p) => p.gender === 'female').length / people.length).toBeCloseTo(0.7, 1);
  });

  it('makes mobiles and Beijing landlines the validators accept', () => {
    const rng = rngFor(8, 'phones');
    const mobiles = Array.from({ length: 2000 }, () => mobileNumber(rng));
    const landlines = Array.from({ length: 2000 }, () => beijingLandline(rng));
    expect(mobiles.filter((m) => !('phone' in checkMobile(m)))).toEqual([]);
    expect(landlines.filter((l) => !/^010[568]\d{7}$/.test(l) || !('phone' in checkPhone(l)))).toEqual([]);
  });
});

describe('place names', () => {
  it('makes names in the shapes Beijing uses', () => {
    const rng = rngFor(9, 'places');
    const draw = (f: () => string) => Array.from({ length: 500 }, f);
    expect(
      draw(() => compoundFullName(compoundBase(rng))).filter((n) => !/(里|园|苑|村|城|区|寓)$/.test(n)),
    ).toEqual([]);
    expect(draw(() => hutongName(rng)).filter((n) => !/(胡同|条|街|巷)$/.test(n))).toEqual([]);
    // A direction is never put before a stem that has one (no 前后细瓦厂, 北北总布).
    expect(draw(() => hutongName(rng)).filter((n) => /^[东西南北前后][东西南北前后大小]/.test(n))).toEqual(
      [],
    );
    expect(draw(() => villageBase(rng)).filter((n) => !/^[\u4e00-\u9fff]{2,5}$/.test(n))).toEqual([]);
    expect(compoundFullName('南新园')).toBe('南新园小区');
    expect(compoundFullName('华威西里')).toBe('华威西里');
  });

  it('writes grid ordinals in Chinese', () => {
    expect([1, 3, 10, 12, 20, 21].map(chineseNumber)).toEqual(['一', '三', '十', '十二', '二十', '二十一']);
    expect(() => chineseNumber(0)).toThrow();
  });
});
