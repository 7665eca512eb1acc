import { describe, expect, it } from 'vitest';
import { deploymentByCategory } from './coordinators';

const categories = [
  { id: 'patrol', code: '02', name: '治安巡防员', coverage: 'grid' as const },
  { id: 'traffic', code: '01', name: '交通协管员', coverage: 'community' as const },
  { id: 'civil', code: '03', name: '民政协理员' },
];
const units = [
  { level: 'community' as const },
  { level: 'village' as const },
  { level: 'grid' as const },
  { level: 'grid' as const },
  { level: 'grid' as const },
];

describe('coordinators deployed by category', () => {
  it('counts the active and the whole roster per category, against one per grid or community', () => {
    const roster = [
      { categoryId: 'patrol', status: 'active' as const },
      { categoryId: 'patrol', status: 'onLeave' as const },
      { categoryId: 'traffic', status: 'active' as const },
      { categoryId: 'gone', status: 'left' as const },
    ];
    expect(deploymentByCategory(roster, categories, units)).toEqual([
      { categoryId: 'traffic', name: '交通协管员', active: 1, onRoster: 1, needed: 2 },
      { categoryId: 'patrol', name: '治安巡防员', active: 1, onRoster: 2, needed: 3 },
      { categoryId: 'civil', name: '民政协理员', active: 0, onRoster: 0, needed: null },
      { categoryId: 'gone', name: 'gone', active: 0, onRoster: 1, needed: null },
    ]);
  });
});
