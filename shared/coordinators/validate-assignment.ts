import { SHIFTS, WORK_SOURCES, type Assignment, type Shift, type WorkSource } from '../model/coordinator';
import { levelOfCode, orgPathOfCode } from '../org/codes';
import { cleanText } from '../validation/text';
import type { Checked, Issue } from '../validation/issue';
import { dayCount, isDay } from './days';
import { depthOf } from '../org/paths';

/** Where an assignment sends someone: a whole street, a community, a grid, a 楼门院, or a task. */
export type AssignmentTargetKind = 'street' | 'community' | 'grid' | 'place' | 'task';
export const TARGET_KINDS: readonly AssignmentTargetKind[] = ['street', 'community', 'grid', 'place', 'task'];

/** What a form gives for one coordinator's assignment, before checking. */
export interface AssignmentInput {
  coordinatorId: string;
  kind: AssignmentTargetKind;
  /** The most specific unit: a street, community or grid code (a place's community or grid). */
  unitCode: string;
  placeId?: string;
  task?: string;
  shift: Shift;
  from: string;
  to: string;
  source: WorkSource;
  sourceRef?: string;
  notes?: string;
}

/** A period longer than a year is a slip: standing assignments are renewed yearly (design). */
export const MAX_PERIOD_DAYS = 366;

/** Sources that name the request, ticket or whistle event behind the work. */
const NEEDS_REF: ReadonlySet<WorkSource> = new Set(['accessRequest', 'redirected', 'ticket', 'whistle']);

/** The kind of target of a stored assignment (the form's choice when it is edited). */
export function targetKindOf(a: Pick<Assignment, 'orgPath' | 'placeId' | 'task'>): AssignmentTargetKind {
  if (a.placeId) return 'place';
  if (a.task) return 'task';
  const depth = depthOf(a.orgPath);
  return depth >= 4 ? 'grid' : depth === 3 ? 'community' : 'street';
}

/** Checks an assignment and returns the fields to store (without id), or every problem found. */
export function validateAssignment(input: AssignmentInput): Checked<Omit<Assignment, 'id'>> {
  const issues: Issue[] = [];
  const text = (v: string | undefined) => (v === undefined ? '' : cleanText(v));
  if (text(input.coordinatorId) === '')
    issues.push({ field: 'coordinatorId', code: 'dispatch.coordinatorRequired' });

  const unitCode = text(input.unitCode);
  const level = levelOfCode(unitCode);
  const wanted: Record<AssignmentTargetKind, boolean> = {
    street: level === 'street',
    community: level === 'community' || level === 'village',
    grid: level === 'grid',
    place: level === 'community' || level === 'village' || level === 'grid',
    task: level !== null && level !== 'district',
  };
  if (!/^\d+$/.test(unitCode) || !wanted[input.kind]) {
    const field =
      input.kind === 'grid' ? 'gridCode' : input.kind === 'street' ? 'streetCode' : 'communityCode';
    issues.push({ field, code: `dispatch.${input.kind === 'grid' ? 'gridRequired' : 'whereRequired'}` });
  }
  const placeId = text(input.placeId) || undefined;
  if (input.kind === 'place' && !placeId) issues.push({ field: 'placeId', code: 'dispatch.placeRequired' });
  const task = text(input.task) || undefined;
  if (input.kind === 'task' && !task) issues.push({ field: 'task', code: 'dispatch.taskRequired' });

  if (!SHIFTS.includes(input.shift)) issues.push({ field: 'shift', code: 'dispatch.shiftRequired' });
  if (!WORK_SOURCES.includes(input.source)) issues.push({ field: 'source', code: 'dispatch.sourceRequired' });
  const sourceRef = text(input.sourceRef) || undefined;
  if (NEEDS_REF.has(input.source) && !sourceRef)
    issues.push({ field: 'sourceRef', code: `dispatch.sourceRefRequired.${input.source}` });

  const from = text(input.from);
  const to = text(input.to);
  if (!isDay(from)) issues.push({ field: 'period', code: 'date.format' });
  else if (!isDay(to)) issues.push({ field: 'period', code: 'date.format' });
  else if (to < from) issues.push({ field: 'period', code: 'dispatch.periodOrder' });
  else if (dayCount(from, to) > MAX_PERIOD_DAYS)
    issues.push({ field: 'period', code: 'dispatch.periodTooLong', values: { max: MAX_PERIOD_DAYS } });
  const notes = text(input.notes) || undefined;

  if (issues.length > 0) return { ok: false, issues };
  const value: Omit<Assignment, 'id'> = {
    orgPath: orgPathOfCode(unitCode),
    coordinatorId: text(input.coordinatorId),
    shift: input.shift,
    from,
    to,
    source: input.source,
  };
  if (input.kind === 'place' && placeId) value.placeId = placeId;
  if (input.kind === 'task' && task) value.task = task;
  if (sourceRef) value.sourceRef = sourceRef;
  if (notes) value.notes = notes;
  return { ok: true, value };
}
