import type { AccessRequest, BurdenComplaint, InfoSystem } from '../model/lists';
import type { WorkCalendar } from '../calendar/work-calendar';
import { decisionDeadline } from './checks';
import { communitiesOverLimit } from './info-systems';

/** Counts of one key (a department, a community), most first. */
export function countBy<T>(rows: readonly T[], key: (row: T) => string): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return [...counts]
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, 'zh-CN'));
}

export interface DepartmentRow {
  department: string;
  admitted: number;
  refused: number;
  pending: number;
  complaints: number;
}

export interface AccessOverview {
  pending: AccessRequest[];
  /** Pending past their 15-working-day deadline, with the deadline. */
  overdue: { request: AccessRequest; deadline: string }[];
  byDepartment: DepartmentRow[];
  complaintsByCommunity: { key: string; count: number }[];
  overLimit: { code: string; count: number }[];
}

/**
 * The area at a glance: what waits for a decision and what is late, how each department's
 * requests fared against the complaints about it, and which communities fill too many systems.
 * A department is its name as written; the same unit written two ways shows twice.
 */
export function accessOverview(
  requests: readonly AccessRequest[],
  complaints: readonly BurdenComplaint[],
  systems: readonly InfoSystem[],
  calendar: WorkCalendar,
  today: string,
): AccessOverview {
  const live = requests.filter((r) => !r.deleted);
  const pending = live.filter((r) => r.status === 'submitted');
  const overdue = pending
    .map((request) => ({ request, deadline: decisionDeadline(request, calendar)! }))
    .filter((o) => o.deadline < today)
    .sort((a, b) => a.deadline.localeCompare(b.deadline));
  const rows = new Map<string, DepartmentRow>();
  const row = (department: string) => {
    let r = rows.get(department);
    if (!r) rows.set(department, (r = { department, admitted: 0, refused: 0, pending: 0, complaints: 0 }));
    return r;
  };
  for (const r of live) {
    if (r.status === 'admitted') row(r.requestingUnit).admitted++;
    else if (r.status === 'refused') row(r.requestingUnit).refused++;
    else if (r.status === 'submitted') row(r.requestingUnit).pending++;
  }
  const liveComplaints = complaints.filter((c) => !c.deleted);
  for (const c of liveComplaints) row(c.department).complaints++;
  return {
    pending,
    overdue,
    byDepartment: [...rows.values()].sort(
      (a, b) =>
        b.complaints - a.complaints ||
        b.refused + b.admitted - (a.refused + a.admitted) ||
        a.department.localeCompare(b.department, 'zh-CN'),
    ),
    complaintsByCommunity: countBy(liveComplaints, (c) => c.communityCode),
    overLimit: communitiesOverLimit(systems),
  };
}
