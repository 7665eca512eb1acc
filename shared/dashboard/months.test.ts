import { describe, expect, it } from 'vitest';
import { lastMonths, monthsFromTo } from './months';

describe('dashboard months', () => {
  it('lists twelve months ending with this one, across the new year', () => {
    expect(lastMonths('2026-11-25')).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(lastMonths('2026-01-31', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
  });

  it('lists the months from one day to another, across a year', () => {
    expect(monthsFromTo('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsFromTo('2026-07-01', '2026-12-31')).toHaveLength(6);
    expect(monthsFromTo('2026-03', '2026-02')).toEqual([]);
  });
});
