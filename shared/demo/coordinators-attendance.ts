import type { Attendance, AttendanceMark, Coordinator } from '../model/coordinator';
import { CATEGORY_CODE_BY_ID } from './coordinators-people';
import { dayNumber, isoDate } from './dates';
import type { IdSource } from './id-source';
import type { Rng } from './rng';

/**
 * Daily attendance of one street's coordinators from the first day of last month to
 * yesterday, Monday to Friday (design: the demo schedule is a five-day week; a real street
 * records whatever its rota says). About 4% of days are leave — half of them covered by a
 * colleague of the same category (顶岗) — and 1% absence; those on leave now are on leave
 * throughout the last week. Reports found per day follow the category's beat.
 */

/** Reports found per worked day, on average (our estimate). */
const REPORTS_PER_DAY: Record<string, number> = {
  '02': 0.8,
  '03': 0.6,
  '04': 1.2,
  '09': 0.7,
  '10': 0.6,
  '11': 0.5,
  '12': 0.6,
};
const DEFAULT_REPORTS = 0.3;
/** Share of reports handled within the deadline. */
const IN_TIME = 0.9;

function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.float();
  while (p > limit) {
    k += 1;
    p *= rng.float();
  }
  return k;
}

function binomial(rng: Rng, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng.chance(p)) k += 1;
  return k;
}

/** The first day of the month before the one holding `day`. */
function firstOfLastMonth(day: number): number {
  const iso = isoDate(day);
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return dayNumber(m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`);
}

/** 1970-01-01 was a Thursday: day numbers give the weekday without a Date. */
const isWeekday = (day: number) => {
  const w = (((day + 3) % 7) + 7) % 7; // 0 Monday … 6 Sunday
  return w < 5;
};

export function makeAttendance(
  rng: Rng,
  ids: IdSource,
  today: number,
  coordinators: readonly Coordinator[],
): Attendance[] {
  const out: Attendance[] = [];
  const staff = coordinators.filter((c) => c.status === 'active' || c.status === 'onLeave');
  for (let day = firstOfLastMonth(today); day < today; day++) {
    if (!isWeekday(day)) continue;
    const date = isoDate(day);
    const marks = new Map<string, AttendanceMark>();
    for (const c of staff) {
      if (c.hiredOn && c.hiredOn > date) continue;
      const onLongLeave = c.status === 'onLeave' && today - day <= 7;
      const roll = rng.float();
      marks.set(c.id, onLongLeave || roll < 0.04 ? 'leave' : roll < 0.05 ? 'absent' : 'present');
    }
    // Half the leave days are covered by a colleague of the same category who is at work.
    const covered = new Map<string, string>();
    for (const c of staff) {
      if (marks.get(c.id) !== 'leave' || !rng.chance(0.5)) continue;
      const colleagues = staff.filter(
        (o) => o.categoryId === c.categoryId && marks.get(o.id) === 'present' && !covered.has(o.id),
      );
      if (colleagues.length === 0) continue;
      const who = rng.pick(colleagues);
      marks.set(who.id, 'cover');
      covered.set(who.id, c.id);
    }
    for (const c of staff) {
      const mark = marks.get(c.id);
      if (!mark) continue;
      const record: Attendance = { id: ids.id(), orgPath: c.orgPath, coordinatorId: c.id, date, mark };
      if (mark === 'cover') record.coveredCoordinatorId = covered.get(c.id)!;
      if (mark === 'present' || mark === 'cover') {
        const code = CATEGORY_CODE_BY_ID.get(c.categoryId) ?? '';
        const reports = poisson(rng, REPORTS_PER_DAY[code] ?? DEFAULT_REPORTS);
        record.reports = reports;
        record.handledInTime = binomial(rng, reports, IN_TIME);
      }
      out.push(record);
    }
  }
  return out;
}
