import type { Attendance, AttendanceMark } from '../model/coordinator';
import { streetCodeOf } from '../org/paths';

/**
 * 考勤月度汇总 — the monthly attendance summary per coordinator and per street: 出勤率,
 * 发现上报数 and 处置及时率 (DOMAIN.md). Our definitions, shown beside the numbers:
 * - 应出勤天数: days with a record (the schedule is what was recorded, weekends and rest
 *   days have none);
 * - 出勤率: days worked (出勤 or 顶岗 — covering for someone is a day worked) over 应出勤;
 *   approved leave is not attendance;
 * - 处置及时率: reports handled in time over reports.
 * Street figures are sums over the street's records, never averages of personal rates, so
 * a coordinator with two days does not weigh as much as one with twenty.
 */

export type AttendanceRecord = Pick<
  Attendance,
  'id' | 'orgPath' | 'coordinatorId' | 'date' | 'mark' | 'coveredCoordinatorId' | 'reports' | 'handledInTime'
> & { deleted?: boolean };

export interface AttendanceTotals extends Record<AttendanceMark, number> {
  /** 应出勤天数 */
  days: number;
  /** Days someone else covered for this coordinator (or, for a street, for its coordinators). */
  coveredByOthers: number;
  /** 发现上报数 */
  reports: number;
  handledInTime: number;
  /** 出勤率, 0–1; null without any day. */
  attendanceRate: number | null;
  /** 处置及时率, 0–1; null without any report. */
  timelyRate: number | null;
}

export interface MonthlySummary {
  /** `YYYY-MM` */
  month: string;
  byCoordinator: Map<string, AttendanceTotals & { street: string }>;
  byStreet: Map<string, AttendanceTotals & { coordinators: number }>;
  total: AttendanceTotals & { coordinators: number };
  /**
   * Days recorded twice for one coordinator — two offices marking the same day while apart.
   * The later record (larger UUIDv7) counts; the number says how many were set aside.
   */
  duplicates: number;
}

const emptyTotals = (): AttendanceTotals => ({
  days: 0,
  present: 0,
  leave: 0,
  cover: 0,
  absent: 0,
  coveredByOthers: 0,
  reports: 0,
  handledInTime: 0,
  attendanceRate: null,
  timelyRate: null,
});

const count = (n: number | undefined) => (typeof n === 'number' && n > 0 ? Math.floor(n) : 0);

function add(t: AttendanceTotals, r: AttendanceRecord) {
  t.days += 1;
  t[r.mark] += 1;
  const reports = count(r.reports);
  t.reports += reports;
  t.handledInTime += Math.min(reports, count(r.handledInTime));
}

function finish<T extends AttendanceTotals>(t: T): T {
  t.attendanceRate = t.days === 0 ? null : (t.present + t.cover) / t.days;
  t.timelyRate = t.reports === 0 ? null : t.handledInTime / t.reports;
  return t;
}

/** Summarises the records of one month (records of other months are ignored). */
export function summarizeMonth(records: readonly AttendanceRecord[], month: string): MonthlySummary {
  const kept = new Map<string, AttendanceRecord>();
  let duplicates = 0;
  for (const r of records) {
    if (r.deleted || !r.date.startsWith(month + '-')) continue;
    const key = `${r.coordinatorId}\u0000${r.date}`;
    const previous = kept.get(key);
    if (previous) {
      duplicates += 1;
      if (previous.id > r.id) continue;
    }
    kept.set(key, r);
  }

  const byCoordinator = new Map<string, AttendanceTotals & { street: string }>();
  const byStreet = new Map<string, AttendanceTotals & { coordinators: number }>();
  const total = { ...emptyTotals(), coordinators: 0 };
  const streetMembers = new Map<string, Set<string>>();
  const coveredDays: AttendanceRecord[] = [];
  const lastDay = new Map<string, string>();

  for (const r of kept.values()) {
    const street = streetCodeOf(r.orgPath) ?? '';
    let person = byCoordinator.get(r.coordinatorId);
    if (!person) byCoordinator.set(r.coordinatorId, (person = { ...emptyTotals(), street }));
    // A coordinator moved mid-month is listed under the street of their last record.
    if (r.date >= (lastDay.get(r.coordinatorId) ?? '')) {
      lastDay.set(r.coordinatorId, r.date);
      person.street = street;
    }
    let streetTotals = byStreet.get(street);
    if (!streetTotals) byStreet.set(street, (streetTotals = { ...emptyTotals(), coordinators: 0 }));
    let members = streetMembers.get(street);
    if (!members) streetMembers.set(street, (members = new Set()));
    members.add(r.coordinatorId);
    add(person, r);
    add(streetTotals, r);
    add(total, r);
    if (r.mark === 'cover' && r.coveredCoordinatorId) coveredDays.push(r);
  }

  for (const r of coveredDays) {
    const covered = byCoordinator.get(r.coveredCoordinatorId!);
    if (covered) {
      covered.coveredByOthers += 1;
      const streetTotals = byStreet.get(covered.street);
      if (streetTotals) streetTotals.coveredByOthers += 1;
    }
    total.coveredByOthers += 1;
  }
  for (const t of byCoordinator.values()) finish(t);
  for (const [street, t] of byStreet) {
    t.coordinators = streetMembers.get(street)?.size ?? 0;
    finish(t);
  }
  total.coordinators = byCoordinator.size;
  finish(total);
  return { month, byCoordinator, byStreet, total, duplicates };
}
