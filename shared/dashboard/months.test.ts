import { describe, expect, it } from 'vitest';
import { lastMonths, monthStart, monthsWindow } from './months';

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

  it('starts a month at midnight in Beijing, 16:00 UTC the day before', () => {
    expect(monthStart('2026-03')).toBe('2026-02-28T16:00:00.000Z');
  });

  it('bounds the months from the first one in to the month after the last one out', () => {
    expect(monthsWindow(['2025-12', '2026-01', '2026-12'])).toEqual({
      from: '2025-11-30T16:00:00.000Z',
      to: '2026-12-31T16:00:00.000Z',
    });
  });
});
