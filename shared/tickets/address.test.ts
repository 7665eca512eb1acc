import { describe, expect, it } from 'vitest';
import { normaliseAddress } from './address';
import { addressMatcher, LINK_CONFIDENCE, type MatchablePlace } from './address-matcher';

describe('normaliseAddress', () => {
  it.each([
    ['北京市朝阳区建外街道 南新园小区 五号楼二门302室门口', '南新园5号楼2单元', true],
    ['朝阳区南新园5号楼', '南新园5号楼', false],
    ['南新园5#2门', '南新园5号楼2单元', false],
    ['南新园５号楼２单元', '南新园5号楼2单元', false],
    ['南新园 5 栋 3 单元 502', '南新园5号楼3单元', true],
    ['南新园十二号楼', '南新园12号楼', false],
    ['南新园二十三号楼一单元', '南新园23号楼1单元', false],
    ['南新园5号楼2单元3层', '南新园5号楼2单元', true],
    ['南新园5-2-302', '南新园5号楼2单元', true],
    ['东四三条12号院附近', '东四三条12号院', true],
    ['东四三条12号', '东四三条12号', false],
    ['南新园小区楼下', '南新园', true],
  ])('%s → %s', (raw, key, approximate) => {
    const n = normaliseAddress(raw);
    expect(n.key).toBe(key);
    expect(n.approximate).toBe(approximate);
  });

  it('keeps road names that hold numerals in words', () => {
    expect(normaliseAddress('东四八条3号院').stem).toBe('东四八条');
  });
});

const PLACES: MatchablePlace[] = [
  { id: 'b5', name: '南新园5号楼', address: '朝阳区南新园5号楼' },
  { id: 'b5u1', name: '南新园5号楼1单元', address: '朝阳区南新园5号楼1单元', parentId: 'b5' },
  { id: 'b5u2', name: '南新园5号楼2单元', address: '朝阳区南新园5号楼2单元', parentId: 'b5' },
  { id: 'b6', name: '南新园6号楼', address: '朝阳区南新园6号楼' },
  { id: 'b40', name: '南新园40号楼', address: '朝阳区南新园40号楼' },
  { id: 'y12', name: '东四三条12号院', address: '东城区东四三条12号院' },
  // The same compound name in two streets: a bare address cannot tell them apart.
  { id: 'x1', name: '幸福里3号楼', address: '朝阳区幸福里3号楼' },
  { id: 'x2', name: '幸福里3号楼', address: '丰台区幸福里3号楼' },
];

describe('addressMatcher', () => {
  const matcher = addressMatcher(PLACES);

  it('links the written variants of a registered gate', () => {
    for (const text of [
      '南新园5号楼2单元',
      '北京市朝阳区南新园小区五号楼二门302室',
      '南新园5#2门门口',
      '南新园５-２-３０２',
    ]) {
      const m = matcher.match(text);
      expect(m.status, text).toBe('linked');
      expect(m.placeId, text).toBe('b5u2');
      expect(m.confidence).toBeGreaterThanOrEqual(LINK_CONFIDENCE);
    }
  });

  it('links a building when the unit named is not registered', () => {
    expect(matcher.match('南新园5号楼3单元')).toMatchObject({ status: 'linked', placeId: 'b5' });
  });

  it('never guesses between two places with the same address', () => {
    const m = matcher.match('幸福里3号楼');
    expect(m.status).toBe('ambiguous');
    expect(m.placeId).toBeUndefined();
    expect(m.candidateIds.sort()).toEqual(['x1', 'x2']);
  });

  it('offers the nearest numbers of the compound for an unregistered building', () => {
    const m = matcher.match('南新园7号楼');
    expect(m.status).toBe('unregistered');
    expect(m.placeId).toBeUndefined();
    expect(m.candidateIds.slice(0, 2).sort()).toEqual(['b6', 'b5'].sort());
    expect(m.candidateIds.indexOf('b40')).toBeGreaterThan(1);
  });

  it('calls an address without a number, or without its compound, vague', () => {
    const compound = matcher.match('南新园小区附近');
    expect(compound.status).toBe('vague');
    expect(compound.placeId).toBeUndefined();
    expect(compound.candidateIds).toContain('b5');
    const bare = matcher.match('5号楼2单元');
    expect(bare.status).toBe('vague');
    expect(bare.candidateIds).toContain('b5u2');
    expect(matcher.match('不知道在哪')).toMatchObject({ status: 'vague', candidateIds: [] });
  });
});
