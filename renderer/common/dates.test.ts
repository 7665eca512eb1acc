import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { beijingTime, fromBeijingWallClock, toBeijingWallClock } from './dates';

describe('Beijing wall-clock times on forms', () => {
  it('reads a picked 09:00 as 09:00 in Beijing, whatever the machine’s zone', () => {
    expect(fromBeijingWallClock(dayjs('2026-11-25 09:00'))).toBe('2026-11-25T01:00:00.000Z');
    // Just after midnight in Beijing is the previous day in UTC.
    expect(fromBeijingWallClock(dayjs('2026-11-25 00:30'))).toBe('2026-11-24T16:30:00.000Z');
  });

  it('shows an instant as the Beijing time it was, and round-trips', () => {
    const iso = '2026-11-24T16:30:00.000Z';
    expect(beijingTime(iso)).toBe('2026-11-25 00:30');
    expect(toBeijingWallClock(iso).format('YYYY-MM-DD HH:mm')).toBe('2026-11-25 00:30');
    expect(fromBeijingWallClock(toBeijingWallClock(iso))).toBe(iso);
  });
});
