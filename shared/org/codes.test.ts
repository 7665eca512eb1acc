import { describe, expect, it } from 'vitest';
import {
  checkOrgCode,
  isInScope,
  levelOfCode,
  nextChildCode,
  orgPathOfCode,
  streetKindOfCode,
  CHILD_CODE_RANGE,
} from './codes';
import { BEIJING_DIVISIONS } from './beijing-divisions';

describe('statistical division codes', () => {
  it('accepts the real districts and streets', () => {
    for (const d of BEIJING_DIVISIONS) {
      expect(
        checkOrgCode(d.code, d.level, d.level === 'street' ? d.parentCode : undefined),
        `${d.code} ${d.name}`,
      ).toBeNull();
    }
    expect(BEIJING_DIVISIONS.filter((d) => d.level === 'district')).toHaveLength(16);
    expect(BEIJING_DIVISIONS.filter((d) => d.level === 'street')).toHaveLength(349);
  });

  it('refuses retired and foreign districts', () => {
    expect(checkOrgCode('110103', 'district')).toBe('org.code.retired');
    expect(checkOrgCode('110104', 'district')).toBe('org.code.retired');
    expect(checkOrgCode('120101', 'district')).toBe('org.code.district');
  });

  it('checks communities, villages and grids against their parent and ranges', () => {
    expect(checkOrgCode('110105021001', 'community', '110105021')).toBeNull();
    expect(checkOrgCode('110105021199', 'community', '110105021')).toBeNull();
    expect(checkOrgCode('110105021200', 'community', '110105021')).toBe('org.code.communityRange');
    expect(checkOrgCode('110105021200', 'village', '110105021')).toBeNull();
    expect(checkOrgCode('110105021400', 'village', '110105021')).toBe('org.code.villageRange');
    expect(checkOrgCode('110105021000', 'community', '110105021')).toBe('org.code.zero');
    expect(checkOrgCode('110105022001', 'community', '110105021')).toBe('org.code.parent');
    expect(checkOrgCode('11010502100', 'community', '110105021')).toBe('org.code.length');
    expect(checkOrgCode('11010502100a', 'community', '110105021')).toBe('org.code.digits');
    expect(checkOrgCode('', 'community', '110105021')).toBe('org.code.required');
    expect(checkOrgCode('110105021001003', 'grid', '110105021001')).toBeNull();
  });

  it('derives levels, kinds and paths from codes', () => {
    expect(levelOfCode('110105')).toBe('district');
    expect(levelOfCode('110105021001')).toBe('community');
    expect(levelOfCode('110105021201')).toBe('village');
    expect(levelOfCode('110105021001002')).toBe('grid');
    expect(streetKindOfCode('110105021')).toBe('subdistrict');
    expect(streetKindOfCode('110106100')).toBe('town');
    expect(streetKindOfCode('110111208')).toBe('township');
    expect(orgPathOfCode('110105021001002')).toBe('110105/110105021/110105021001/110105021001002');
  });

  it('tells whether a path is inside a scope only at code boundaries', () => {
    expect(isInScope('110105/110105021/110105021001', '110105/110105021')).toBe(true);
    expect(isInScope('110105/110105021', '110105/110105021')).toBe(true);
    expect(isInScope('110105/110105022/110105022001', '110105/110105021')).toBe(false);
    expect(isInScope('110101/110101001', '')).toBe(true);
  });

  it('suggests the next free child code within the range', () => {
    expect(nextChildCode('110105021', ['110105021001', '110105021002'], CHILD_CODE_RANGE.community)).toBe(
      '110105021003',
    );
    expect(nextChildCode('110105021', ['110105021001', '110105021003'], CHILD_CODE_RANGE.community)).toBe(
      '110105021002',
    );
    expect(nextChildCode('110105021', ['110105021001'], CHILD_CODE_RANGE.village)).toBe('110105021200');
  });
});
