import { describe, expect, it } from 'vitest';
import { childDepth, childKeyOf, drillScope, OUTSIDE_UNITS } from './children';

describe('units below a scope', () => {
  it('compares districts of the city, streets of a district, communities of a street, grids of a community', () => {
    expect(childDepth('')).toBe(1);
    expect(childDepth('110105/110105001')).toBe(3);
    expect(childDepth('110105/110105001/110105001001/110105001001001')).toBeUndefined();
    const key = childKeyOf('110105');
    expect(key('110105/110105001/110105001001')).toBe('110105001');
    expect(key('110105')).toBe(OUTSIDE_UNITS);
  });

  it('drills down to a community and no further', () => {
    expect(drillScope('110105001')).toBe('110105/110105001');
    expect(drillScope('110105001001')).toBe('110105/110105001/110105001001');
    expect(drillScope('110105001001001')).toBeUndefined();
    expect(drillScope(OUTSIDE_UNITS)).toBeUndefined();
  });
});
