import { describe, expect, it } from 'vitest';
import { buildTextIndex, searchTextIndex } from './text-index';
import { matchesQuery, queryWords, searchText } from './terms';

const records = [
  '南新园1号楼',
  '南新园15号楼',
  '东四三条12号院',
  '南新园5号楼',
  '欣园花园3号楼',
  '南新园51号楼',
].map((name, i) => ({
  id: i,
  text: searchText([{ text: name }, { text: i % 2 ? '张伟' : '李娜', personName: true }]),
}));
const index = buildTextIndex(records);
const find = (q: string, limit = 100, accept?: (r: (typeof records)[number]) => boolean) =>
  searchTextIndex(index, queryWords(q), limit, accept).map((r) => r.id);

describe('text index', () => {
  it('finds exactly what matching each record alone finds, in order', () => {
    for (const q of [
      'nxy',
      '南新园',
      '新园',
      '5号楼',
      'nxy 5hl',
      'zw',
      'zw nxy',
      '李娜 dsst',
      '号楼',
      'x',
      'ln 51',
    ]) {
      const expected = records.filter((r) => matchesQuery(r.text, queryWords(q))).map((r) => r.id);
      expect(find(q), q).toEqual(expected);
    }
    expect(find('5号楼')).toEqual([3]);
    expect(find('新园')).toEqual([0, 1, 3, 5]); // not 欣园
  });

  it('stops at the limit and honours the filter', () => {
    expect(find('nxy', 2)).toEqual([0, 1]);
    expect(find('nxy', 10, (r) => r.id > 1)).toEqual([3, 5]);
  });

  it('never matches across two records', () => {
    const two = buildTextIndex([
      { text: searchText([{ text: '张' }]) },
      { text: searchText([{ text: '伟' }]) },
    ]);
    expect(searchTextIndex(two, ['张伟'], 10)).toEqual([]);
  });
});
