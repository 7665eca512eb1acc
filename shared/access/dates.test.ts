import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { beijingMonth, beijingMonthNamer } from './dates';

describe('Beijing months', () => {
  it('names an instant’s month as beijingMonth does, whatever order instants come in', () => {
    const name = beijingMonthNamer();
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('1990-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') }),
        (ms) => {
          expect(name(ms)).toBe(beijingMonth(new Date(ms).toISOString()));
        },
      ),
    );
    // Either side of midnight on the first of a month in Beijing (16:00 UTC the day before).
    const start = Date.parse('2026-02-28T16:00:00Z');
    expect([name(start - 1), name(start), name(start - 1)]).toEqual(['2026-02', '2026-03', '2026-02']);
  });
});
