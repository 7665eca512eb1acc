import { describe, expect, it } from 'vitest';
import type { Shift } from '../model/coordinator';
import { clashesOf, doubleBookedIds, findDoubleBookings, type AssignmentSpan } from './overlap';
import { shiftsClash } from './shifts';
import { addDays, daysBetween, isDay, mondayOf, monthRange, weekOf } from './days';

const span = (id: string, shift: Shift, from: string, to: string, coordinatorId = 'c1'): AssignmentSpan => ({
  id,
  coordinatorId,
  shift,
  from,
  to,
});

describe('shifts', () => {
  it('clash by their hours: 门岗 with 早班 and 中班, never 早班 with 晚班', () => {
    expect(shiftsClash('morning', 'morning')).toBe(true);
    expect(shiftsClash('gate', 'morning')).toBe(true);
    expect(shiftsClash('gate', 'afternoon')).toBe(true);
    expect(shiftsClash('gate', 'evening')).toBe(false);
    expect(shiftsClash('morning', 'afternoon')).toBe(false);
    expect(shiftsClash('morning', 'evening')).toBe(false);
  });
});

describe('double bookings', () => {
  it('finds the same shift on overlapping periods, with the days they share', () => {
    const found = findDoubleBookings([
      span('a', 'morning', '2026-11-23', '2026-11-29'),
      span('b', 'morning', '2026-11-27', '2026-12-03'),
    ]);
    expect(found).toEqual([{ coordinatorId: 'c1', a: 'a', b: 'b', from: '2026-11-27', to: '2026-11-29' }]);
  });

  it('counts a single shared day: periods are inclusive at both ends', () => {
    expect(
      findDoubleBookings([
        span('a', 'afternoon', '2026-11-01', '2026-11-10'),
        span('b', 'afternoon', '2026-11-10', '2026-11-20'),
      ]),
    ).toEqual([{ coordinatorId: 'c1', a: 'a', b: 'b', from: '2026-11-10', to: '2026-11-10' }]);
  });

  it('finds nothing for adjacent periods, shifts that do not clash, or other coordinators', () => {
    expect(
      findDoubleBookings([
        span('a', 'morning', '2026-11-01', '2026-11-09'),
        span('b', 'morning', '2026-11-10', '2026-11-20'),
        span('c', 'evening', '2026-11-01', '2026-11-30'),
        span('d', 'morning', '2026-11-01', '2026-11-30', 'c2'),
      ]),
    ).toEqual([]);
  });

  it('finds clashes across shifts: a gate post over a morning patrol', () => {
    const found = findDoubleBookings([
      span('patrol', 'morning', '2026-11-01', '2026-11-30'),
      span('gate', 'gate', '2026-11-16', '2026-11-16'),
    ]);
    expect(found).toEqual([
      { coordinatorId: 'c1', a: 'patrol', b: 'gate', from: '2026-11-16', to: '2026-11-16' },
    ]);
  });

  it('finds every pair when three overlap, and a long one over later short ones', () => {
    const found = findDoubleBookings([
      span('long', 'morning', '2026-11-01', '2026-11-30'),
      span('x', 'morning', '2026-11-05', '2026-11-06'),
      span('y', 'morning', '2026-11-20', '2026-11-21'),
      span('z', 'gate', '2026-11-20', '2026-11-20'),
    ]);
    expect(found.map((d) => `${d.a}-${d.b}`).sort()).toEqual(['long-x', 'long-y', 'long-z', 'y-z']);
    expect([...doubleBookedIds(found)].sort()).toEqual(['long', 'x', 'y', 'z']);
  });

  it('ignores deleted rows and periods that end before they start', () => {
    expect(
      findDoubleBookings([
        span('a', 'morning', '2026-11-01', '2026-11-30'),
        { ...span('b', 'morning', '2026-11-01', '2026-11-30'), deleted: true },
        span('c', 'morning', '2026-11-10', '2026-11-01'),
      ]),
    ).toEqual([]);
  });

  it('keeps only clashes inside a window, clipped to it', () => {
    const all = [
      span('a', 'morning', '2026-11-01', '2026-11-30'),
      span('b', 'morning', '2026-11-01', '2026-11-30'),
      span('c', 'evening', '2026-11-01', '2026-11-03'),
      span('d', 'evening', '2026-11-02', '2026-11-02'),
    ];
    expect(findDoubleBookings(all, { from: '2026-11-23', to: '2026-11-29' })).toEqual([
      { coordinatorId: 'c1', a: 'a', b: 'b', from: '2026-11-23', to: '2026-11-29' },
    ]);
  });

  it('tells a form which stored assignments a new one would clash with', () => {
    const stored = [
      span('a', 'morning', '2026-11-01', '2026-11-30'),
      span('b', 'evening', '2026-11-01', '2026-11-30'),
      span('other', 'morning', '2026-11-01', '2026-11-30', 'c2'),
    ];
    const candidate = span('new', 'gate', '2026-11-24', '2026-11-28');
    expect(clashesOf(candidate, stored)).toEqual([
      { coordinatorId: 'c1', a: 'a', b: 'new', from: '2026-11-24', to: '2026-11-28' },
    ]);
    // Editing an assignment does not clash with its own stored version.
    expect(clashesOf({ ...stored[0]!, to: '2026-12-05' }, stored)).toEqual([]);
  });
});

describe('days', () => {
  it('adds days across months and years, and knows real dates', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2026-1-1')).toBe(false);
  });

  it('counts weeks from Monday and months to their last day', () => {
    expect(mondayOf('2026-11-25')).toBe('2026-11-23'); // a Wednesday
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // a Sunday
    expect(weekOf('2026-11-25')).toHaveLength(7);
    expect(weekOf('2026-11-25').at(-1)).toBe('2026-11-29');
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(daysBetween('2026-11-30', '2026-12-02')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
    expect(daysBetween('2026-12-02', '2026-11-30')).toEqual([]);
  });
});
