import { describe, expect, it } from 'vitest';
import { ORG_DEPTH } from '../model/org';
import { codeOfPath, orgPathOfCode } from './codes';
import {
  ancestorAt,
  ancestorsOf,
  codeAt,
  communityCodeOf,
  communityOf,
  depthOf,
  districtCodeOf,
  districtOf,
  gridCodeOf,
  gridOf,
  parentOf,
  segmentsOf,
  streetCodeOf,
  streetOf,
  upTo,
} from './paths';

const DISTRICT = '110105';
const STREET = '110105/110105021';
const COMMUNITY = '110105/110105021/110105021001';
const VILLAGE = '110105/110105021/110105021201';
const GRID = '110105/110105021/110105021001/110105021001003';
const CITY = '';

describe('org paths', () => {
  it('are the codes from district down, as orgPathOfCode builds them', () => {
    expect(orgPathOfCode('110105021001003')).toBe(GRID);
    expect(segmentsOf(GRID)).toEqual(['110105', '110105021', '110105021001', '110105021001003']);
    expect(segmentsOf(DISTRICT)).toEqual(['110105']);
  });

  it('give the city no segment at all', () => {
    expect(segmentsOf(CITY)).toEqual([]);
    expect(depthOf(CITY)).toBe(0);
  });

  it('are as deep as ORG_DEPTH says for each level', () => {
    expect(depthOf(DISTRICT)).toBe(ORG_DEPTH.district);
    expect(depthOf(STREET)).toBe(ORG_DEPTH.street);
    expect(depthOf(COMMUNITY)).toBe(ORG_DEPTH.community);
    expect(depthOf(VILLAGE)).toBe(ORG_DEPTH.village);
    expect(depthOf(GRID)).toBe(ORG_DEPTH.grid);
  });
});

describe('ancestorAt', () => {
  it('gives the prefix path at each depth, the path itself at its own depth', () => {
    expect(ancestorAt(GRID, 1)).toBe(DISTRICT);
    expect(ancestorAt(GRID, 2)).toBe(STREET);
    expect(ancestorAt(GRID, 3)).toBe(COMMUNITY);
    expect(ancestorAt(GRID, 4)).toBe(GRID);
  });

  it('gives the city at depth 0, for any path', () => {
    expect(ancestorAt(GRID, 0)).toBe(CITY);
    expect(ancestorAt(CITY, 0)).toBe(CITY);
  });

  it('is undefined below the path and for nonsense depths', () => {
    expect(ancestorAt(STREET, 3)).toBeUndefined();
    expect(ancestorAt(GRID, 5)).toBeUndefined();
    expect(ancestorAt(CITY, 1)).toBeUndefined();
    expect(ancestorAt(GRID, -1)).toBeUndefined();
  });

  it('cuts at code boundaries, never inside a code', () => {
    // A street path starts with its district's code twice over; the prefix must still be by segment.
    expect(ancestorAt(STREET, 1)).toBe('110105');
    expect(ancestorAt('110105/110105021', 2)).toBe('110105/110105021');
  });
});

describe('districtOf, streetOf, communityOf, gridOf', () => {
  it('give the prefix path of each level', () => {
    expect(districtOf(GRID)).toBe(DISTRICT);
    expect(streetOf(GRID)).toBe(STREET);
    expect(communityOf(GRID)).toBe(COMMUNITY);
    expect(gridOf(GRID)).toBe(GRID);
  });

  it('treat a village like a community', () => {
    expect(communityOf(VILLAGE)).toBe(VILLAGE);
    expect(communityCodeOf(VILLAGE)).toBe('110105021201');
  });

  it('are undefined on shallower paths and the city', () => {
    expect(communityOf(STREET)).toBeUndefined();
    expect(gridOf(COMMUNITY)).toBeUndefined();
    expect(streetOf(DISTRICT)).toBeUndefined();
    expect(districtOf(CITY)).toBeUndefined();
    expect(streetOf(CITY)).toBeUndefined();
  });
});

describe('codeAt and the code of each level', () => {
  it('give the code of the unit at that depth', () => {
    expect(codeAt(GRID, 1)).toBe('110105');
    expect(districtCodeOf(GRID)).toBe('110105');
    expect(streetCodeOf(GRID)).toBe('110105021');
    expect(communityCodeOf(GRID)).toBe('110105021001');
    expect(gridCodeOf(GRID)).toBe('110105021001003');
  });

  it('are undefined on shallower paths, on the city and at depth 0', () => {
    expect(gridCodeOf(COMMUNITY)).toBeUndefined();
    expect(communityCodeOf(STREET)).toBeUndefined();
    expect(streetCodeOf(DISTRICT)).toBeUndefined();
    expect(districtCodeOf(CITY)).toBeUndefined();
    expect(codeAt(GRID, 0)).toBeUndefined();
  });

  it('agree with codeOfPath at the path’s own depth', () => {
    for (const path of [DISTRICT, STREET, COMMUNITY, GRID]) {
      expect(codeAt(path, depthOf(path))).toBe(codeOfPath(path));
    }
  });
});

describe('upTo', () => {
  it('cuts deeper paths to the depth and leaves shallower ones alone', () => {
    expect(upTo(GRID, ORG_DEPTH.street)).toBe(STREET);
    expect(upTo(COMMUNITY, ORG_DEPTH.community)).toBe(COMMUNITY);
    expect(upTo(DISTRICT, ORG_DEPTH.street)).toBe(DISTRICT);
    expect(upTo(CITY, ORG_DEPTH.street)).toBe(CITY);
  });

  it('gives the city at depth 0 or below', () => {
    expect(upTo(GRID, 0)).toBe(CITY);
    expect(upTo(GRID, -2)).toBe(CITY);
  });
});

describe('parentOf and ancestorsOf', () => {
  it('walk up one level, and stop at the city', () => {
    expect(parentOf(GRID)).toBe(COMMUNITY);
    expect(parentOf(STREET)).toBe(DISTRICT);
    expect(parentOf(DISTRICT)).toBe(CITY);
    expect(parentOf(CITY)).toBe(CITY);
  });

  it('list every unit above, district first, without the city or the path itself', () => {
    expect(ancestorsOf(GRID)).toEqual([DISTRICT, STREET, COMMUNITY]);
    expect(ancestorsOf(DISTRICT)).toEqual([]);
    expect(ancestorsOf(CITY)).toEqual([]);
  });
});

describe('malformed paths', () => {
  // Stored paths never have empty segments; these pin down that the helpers read them as
  // `split('/')` did, so replacing the old splits changed nothing even for bad data.
  it('keep a trailing slash as an empty last segment', () => {
    expect(segmentsOf('110105/')).toEqual(['110105', '']);
    expect(streetCodeOf('110105/')).toBe('');
    expect(streetOf('110105/')).toBe('110105/');
    expect(upTo('110105/', 1)).toBe('110105');
  });

  it('keep a leading slash as an empty district', () => {
    expect(districtCodeOf('/110105021')).toBe('');
    expect(streetCodeOf('/110105021')).toBe('110105021');
  });
});
