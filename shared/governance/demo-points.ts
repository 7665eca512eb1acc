import type { DemoPoint, DemoPointKind, DemoPointStatus } from '../model/governance';
import { DEMO_POINT_TARGETS } from '../model/governance';
import type { Checked, Issue } from '../validation/issue';
import { isDate } from '../calendar/dates';
import { cleanProse, cleanText } from '../validation/text';

/**
 * Demonstration points: 申报 → 创建中 → 验收通过, and 撤销 from any of them. A revoked point stays
 * revoked (a new designation is a new application), and every change is kept in its history.
 */
export const NEXT_STATUSES: Readonly<Record<DemoPointStatus, readonly DemoPointStatus[]>> = {
  applied: ['building', 'revoked'],
  building: ['accepted', 'revoked'],
  accepted: ['revoked'],
  revoked: [],
};

export interface DemoPointInput {
  kind: DemoPointKind;
  year: number;
  placeId?: string;
  criteria: string;
  /** The day it was applied for: the first line of its history. */
  appliedOn: string;
}

/** A designation: a year, its criteria, and a place for a 楼门院治理示范点. */
export function checkDemoPoint(
  input: DemoPointInput,
  today: string,
): Checked<Omit<DemoPoint, 'id' | 'orgPath'>> {
  const issues: Issue[] = [];
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    issues.push({ field: 'year', code: 'governance.yearRange' });
  const criteria = cleanProse(input.criteria);
  if (!criteria) issues.push({ field: 'criteria', code: 'governance.criteriaRequired' });
  if (input.kind === 'placeGovernance' && !input.placeId)
    issues.push({ field: 'placeId', code: 'governance.placeRequired' });
  if (!input.appliedOn || !isDate(input.appliedOn))
    issues.push({ field: 'appliedOn', code: 'governance.dateRequired' });
  else if (input.appliedOn > today) issues.push({ field: 'appliedOn', code: 'governance.dateInFuture' });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      kind: input.kind,
      year: input.year,
      criteria,
      status: 'applied',
      history: [{ status: 'applied', on: input.appliedOn }],
      ...(input.kind === 'placeGovernance' && input.placeId ? { placeId: input.placeId } : {}),
    },
  };
}

/**
 * A change of status: allowed from where the point stands, on a day not before its last change
 * and not after today; revoking takes a note (why).
 */
export function changeStatus(
  point: Pick<DemoPoint, 'status' | 'history'>,
  input: { to: DemoPointStatus; on: string; note?: string; by?: string },
  today: string,
): Checked<Pick<DemoPoint, 'status' | 'history'>> {
  const issues: Issue[] = [];
  if (!NEXT_STATUSES[point.status].includes(input.to))
    issues.push({ field: 'to', code: 'governance.statusNotAllowed' });
  const last = point.history.at(-1)?.on;
  if (!input.on || !isDate(input.on)) issues.push({ field: 'on', code: 'governance.dateRequired' });
  else if (input.on > today) issues.push({ field: 'on', code: 'governance.dateInFuture' });
  else if (last && input.on < last)
    issues.push({ field: 'on', code: 'governance.beforeLastChange', values: { day: last } });
  const note = cleanProse(input.note);
  if (input.to === 'revoked' && !note) issues.push({ field: 'note', code: 'governance.reasonRequired' });
  if (issues.length > 0) return { ok: false, issues };
  const by = cleanText(input.by ?? '');
  return {
    ok: true,
    value: {
      status: input.to,
      history: [
        ...point.history,
        { status: input.to, on: input.on, ...(note ? { note } : {}), ...(by ? { by } : {}) },
      ],
    },
  };
}

export interface DemoPointProgress {
  kind: DemoPointKind;
  year: number;
  target: number;
  accepted: number;
  /** Applied or being built: on the way, not yet counted. */
  underway: number;
  /** Accepted against the target, 0–1 (capped at 1). */
  ratio: number;
}

/**
 * Progress against the city's target of a kind: the points of the target's year that passed
 * acceptance count; those applied for or being built are on the way; revoked ones do not count.
 * The target is the city's; a scope below it reads its own share of the same line.
 */
export function demoPointProgress(points: readonly DemoPoint[], kind: DemoPointKind): DemoPointProgress {
  const { year, count: target } = DEMO_POINT_TARGETS[kind];
  let accepted = 0;
  let underway = 0;
  for (const p of points) {
    if (p.deleted || p.kind !== kind || p.year !== year) continue;
    if (p.status === 'accepted') accepted += 1;
    else if (p.status === 'applied' || p.status === 'building') underway += 1;
  }
  return { kind, year, target, accepted, underway, ratio: Math.min(1, accepted / target) };
}
