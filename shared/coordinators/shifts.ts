import type { Shift } from '../model/coordinator';

/**
 * Hours of each shift, in minutes from midnight, end excluded (design: street patrol runs
 * 早班 07:00–12:00, 中班 12:00–17:00, 晚班 17:00–22:00; 门岗, a fixed post at a gate,
 * keeps office hours 08:00–17:00). Double bookings are found by these hours, not by names,
 * so 门岗 clashes with 早班 and 中班 but not 晚班, and a morning and an evening assignment
 * on the same day are a long day, not a double booking.
 */
export const SHIFT_HOURS: Readonly<Record<Shift, readonly [start: number, end: number]>> = {
  morning: [7 * 60, 12 * 60],
  afternoon: [12 * 60, 17 * 60],
  evening: [17 * 60, 22 * 60],
  gate: [8 * 60, 17 * 60],
};

/** Whether one person cannot work both shifts on the same day. */
export function shiftsClash(a: Shift, b: Shift): boolean {
  const [aStart, aEnd] = SHIFT_HOURS[a];
  const [bStart, bEnd] = SHIFT_HOURS[b];
  return aStart < bEnd && bStart < aEnd;
}

/** `07:00–12:00` */
export function shiftHoursLabel(shift: Shift): string {
  const hm = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const [start, end] = SHIFT_HOURS[shift];
  return `${hm(start)}–${hm(end)}`;
}
