import { describe, expect, it } from 'vitest';
import { matchesQuery, queryWords, searchText, termsOfText } from './terms';

const find = (text: string, query: string) => matchesQuery(text, queryWords(query));

describe('search terms', () => {
  const place = searchText([
    { text: '南新园5号楼' },
    { text: '朝阳区南磨房地区南新园社区南新园小区5号楼' },
    { text: '张伟', personName: true },
  ]);

  it('finds a place by pinyin initials, characters, full pinyin and building number', () => {
    expect(find(place, 'nxy')).toBe(true);
    expect(find(place, 'NXY')).toBe(true);
    expect(find(place, '南新园')).toBe(true);
    expect(find(place, 'nanxinyuan')).toBe(true);
    expect(find(place, '5号楼')).toBe(true);
    expect(find(place, 'nxy 5hl')).toBe(true);
    expect(find(place, '南磨房')).toBe(true);
    expect(find(place, '新园')).toBe(true);
  });

  it('matches numbers and pinyin at the start of a term only', () => {
    expect(find(place, '5号')).toBe(true);
    expect(find(searchText([{ text: '南新园15号楼' }]), '5号楼')).toBe(false);
    expect(find(searchText([{ text: '南新园15号楼' }]), '15号楼')).toBe(true);
    expect(find(place, 'xy')).toBe(false);
  });

  it('finds the responsible person by name and initials', () => {
    expect(find(place, '张伟')).toBe(true);
    expect(find(place, 'zw')).toBe(true);
    expect(find(place, 'zhangwei')).toBe(true);
  });

  it('does not find what is not there', () => {
    expect(find(place, 'dsst')).toBe(false);
    expect(find(place, 'nxy 6hl')).toBe(false);
    expect(find(place, '李')).toBe(false);
  });

  it('reads surnames as surnames', () => {
    expect(termsOfText('单田芳', { personName: true })).toContain('stf');
    expect(termsOfText('曾志伟', { personName: true })).toContain('zengzhiwei');
  });

  it('folds full-width input the same way on both sides', () => {
    expect(find(searchText([{ text: 'Ａ座３号楼' }]), 'a座3')).toBe(true);
    expect(queryWords(' nxy\u3000５号楼 ')).toEqual(['nxy', '5号楼']);
  });

  it('keeps terms short enough for an index key', () => {
    const long = termsOfText('北京市朝阳区南磨房地区南新园社区南新园小区南新园东里甲5号楼3单元1201室');
    expect(Math.max(...long.map((t) => t.length))).toBeLessThanOrEqual(48);
  });
});
