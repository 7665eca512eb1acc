import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as XLSX from '@e965/xlsx';
import { serialDateParts } from './serial-date';

const ssf = (n: number) => {
  const p = XLSX.SSF.parse_date_code(n) as {
    y: number;
    m: number;
    d: number;
    H: number;
    M: number;
    S: number;
  };
  return { y: p.y, m: p.m, d: p.d, H: p.H, M: p.M, S: p.S };
};

describe('Excel date serials', () => {
  it('reads known days and times', () => {
    expect(serialDateParts(45658)).toEqual({ y: 2025, m: 1, d: 1, H: 0, M: 0, S: 0 });
    // 2024-02-29 10:30, a leap day with a time.
    expect(serialDateParts(45351.4375)).toEqual({ y: 2024, m: 2, d: 29, H: 10, M: 30, S: 0 });
    // A hair under midnight is the next day, as Excel shows it.
    expect(serialDateParts(45657.999999999)).toEqual({ y: 2025, m: 1, d: 1, H: 0, M: 0, S: 0 });
  });

  it('agrees with SheetJS on every serial the importer reads (1950–2099)', () => {
    fc.assert(
      fc.property(fc.double({ min: 18264, max: 73050.99999, noNaN: true }), (n) => {
        expect(serialDateParts(n)).toEqual(ssf(n));
      }),
      { numRuns: 5000 },
    );
    for (let n = 18264; n <= 73050; n += 97) expect(serialDateParts(n + 0.5)).toEqual(ssf(n + 0.5));
  });
});
