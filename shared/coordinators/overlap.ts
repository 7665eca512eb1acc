import type { Assignment } from '../model/coordinator';
import { rangesOverlap } from './days';
import { shiftsClash } from './shifts';

/**
 * 重复派遣 — one coordinator in two places at the same time. Computed from whatever
 * assignments are stored, every time a board is drawn, never only when one is saved: an
 * office working offline can book the same person, and the clash appears only when its
 * changes arrive (by sync or by file), with no save on this machine to catch it.
 */

/** What overlap detection needs of an assignment (catalog facts or whole rows). */
export type AssignmentSpan = Pick<Assignment, 'id' | 'coordinatorId' | 'shift' | 'from' | 'to'> & {
  deleted?: boolean;
};

export interface DoubleBooking {
  coordinatorId: string;
  /** The two assignments; `a` starts first (or has the smaller id). */
  a: string;
  b: string;
  /** Days both cover, inclusive. */
  from: string;
  to: string;
}

const byStart = (x: AssignmentSpan, y: AssignmentSpan) =>
  x.from < y.from ? -1 : x.from > y.from ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;

/**
 * Every pair of assignments of the same coordinator whose periods share a day and whose shifts
 * share an hour. With `within`, only clashes on a day inside it. Deleted rows and assignments
 * whose period ends before it starts (bad data from an import) are ignored.
 */
export function findDoubleBookings(
  assignments: readonly AssignmentSpan[],
  within?: { from: string; to: string },
): DoubleBooking[] {
  const byCoordinator = new Map<string, AssignmentSpan[]>();
  for (const a of assignments) {
    if (a.deleted || a.to < a.from) continue;
    if (within && !rangesOverlap(a, within)) continue;
    const list = byCoordinator.get(a.coordinatorId);
    if (list) list.push(a);
    else byCoordinator.set(a.coordinatorId, [a]);
  }
  const found: DoubleBooking[] = [];
  for (const [coordinatorId, list] of byCoordinator) {
    if (list.length < 2) continue;
    list.sort(byStart);
    // Sweep in start order: once a later one starts after this one ends, none after it overlaps.
    for (let i = 0; i < list.length; i++) {
      const x = list[i]!;
      for (let j = i + 1; j < list.length && list[j]!.from <= x.to; j++) {
        const y = list[j]!;
        if (!shiftsClash(x.shift, y.shift)) continue;
        let from = y.from;
        let to = x.to < y.to ? x.to : y.to;
        if (within) {
          if (from < within.from) from = within.from;
          if (to > within.to) to = within.to;
        }
        found.push({ coordinatorId, a: x.id, b: y.id, from, to });
      }
    }
  }
  return found;
}

/** The clashes a candidate assignment would make with stored ones (a form warns before saving). */
export function clashesOf(candidate: AssignmentSpan, stored: readonly AssignmentSpan[]): DoubleBooking[] {
  const others = stored.filter((s) => s.id !== candidate.id && s.coordinatorId === candidate.coordinatorId);
  return findDoubleBookings([candidate, ...others]).filter(
    (d) => d.a === candidate.id || d.b === candidate.id,
  );
}

/** Ids of the assignments in at least one double booking. */
export function doubleBookedIds(bookings: readonly DoubleBooking[]): Set<string> {
  const ids = new Set<string>();
  for (const d of bookings) {
    ids.add(d.a);
    ids.add(d.b);
  }
  return ids;
}

/** Whether an assignment covers a day. */
export function coversDay(a: Pick<Assignment, 'from' | 'to'>, day: string): boolean {
  return a.from <= day && day <= a.to;
}
