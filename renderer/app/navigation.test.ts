import { describe, expect, it } from 'vitest';
import { homeFor, NAV_ITEMS, navItemsFor } from './navigation';

describe('navigation by role', () => {
  it('gives a department only its calls, sync and settings, and lands it on its calls elsewhere', () => {
    expect(navItemsFor('department').map((i) => i.section)).toEqual(['whistles', 'sync', 'settings']);
    expect(homeFor('department', '/overview')).toBe('/whistles');
    expect(homeFor('department', '/excel')).toBe('/whistles');
    expect(homeFor('department', '/places/abc')).toBe('/whistles');
    expect(homeFor('department', '/whistles')).toBeUndefined();
    expect(homeFor('department', '/sync/conflicts')).toBeUndefined();
  });

  it('leaves every other role the whole navigation, wherever it is', () => {
    for (const role of ['admin', 'street', 'dispatcher', 'field', 'viewer'] as const) {
      expect(navItemsFor(role)).toBe(NAV_ITEMS);
      expect(homeFor(role, '/excel')).toBeUndefined();
    }
  });
});
