import type { Assignment, Attendance, AttendanceMark, Shift, WorkSource } from '../../model/coordinator';
import { codeOfPath, orgPathOfCode } from '../../org/codes';
import type { Issue } from '../../validation/issue';
import type { EntitySpec, FieldSpec, ImportContext, RowValues } from '../entity';
import { optionLabel } from '../entity';
import { defined, num, personal, str, unit, unitOf } from './common';
import { ATTENDANCE_MARK, SHIFT, WORK_SOURCE } from '../../vocabulary';
import { optionsOf } from '../entity';

/**
 * 派遣 and 考勤 rows. Both name the coordinator by resident ID, who must be on the roster
 * already (imported first, or entered). Natural keys: coordinator, start, shift and place
 * for an assignment; coordinator and day for attendance.
 */

const RESIDENT_ID_FIELD: FieldSpec = {
  key: 'residentId',
  header: '公民身份号码',
  headerEn: 'Resident ID',
  synonyms: ['身份证号', '身份证号码', '协管员身份证号', '身份证', '证件号码'],
  kind: 'residentId',
  required: true,
  personal: 'residentId',
  example: '11010519900307208X',
  hint: '协管员的身份证号，须已在协管员花名册中',
  hintEn: 'The coordinator’s resident ID; they must be on the roster',
  width: 21,
};

const NAME_FIELD: FieldSpec = {
  key: 'name',
  header: '姓名',
  headerEn: 'Name',
  synonyms: ['协管员姓名'],
  kind: 'text',
  max: 50,
  example: '王秀英',
  hint: '可不填；填写时须与花名册一致，用来核对',
  hintEn: 'Optional; checked against the roster',
  width: 10,
};

/** The coordinator a row names; without the roster (a check outside the app) the ID stands in. */
function coordinatorOf(values: RowValues, ctx: ImportContext) {
  const id = str(values, 'residentId');
  if (!id) return undefined;
  if (!ctx.refs.coordinatorsByResidentId) return { id, orgPath: ctx.scope, name: str(values, 'name') ?? '' };
  return ctx.refs.coordinatorsByResidentId.get(id);
}

/** The coordinator must exist, and the name, if given, must be theirs. */
function checkCoordinator(values: RowValues, ctx: ImportContext): Issue[] {
  const id = str(values, 'residentId');
  if (!id) return [];
  const c = coordinatorOf(values, ctx);
  if (!c)
    return [
      {
        field: 'residentId',
        code: 'excel.cell.refUnknown',
        values: { value: personal(id, 'residentId', false)! },
      },
    ];
  const name = str(values, 'name');
  if (name && name !== c.name)
    return [{ field: 'name', code: 'excel.cell.refUnknown', values: { value: name } }];
  return [];
}

type ByResidentId = ReadonlyMap<string, { id: string; name: string }>;
const byCoordinatorId = new WeakMap<ByResidentId, Map<string, { residentId: string; name: string }>>();

/** A coordinator's resident ID and name from their record id (exports, re-reading a stored row). */
function residentIdOf(ctx: { refs: { coordinatorsByResidentId?: ByResidentId } }, id: string) {
  const source = ctx.refs.coordinatorsByResidentId;
  if (!source) return undefined;
  let reverse = byCoordinatorId.get(source);
  if (!reverse) {
    reverse = new Map();
    for (const [residentId, c] of source) reverse.set(c.id, { residentId, name: c.name });
    byCoordinatorId.set(source, reverse);
  }
  return reverse.get(id);
}

const SHIFT_FIELD: FieldSpec = {
  key: 'shift',
  header: '班次',
  headerEn: 'Shift',
  synonyms: ['班别', '岗次'],
  kind: 'option',
  required: true,
  options: optionsOf(SHIFT),
  example: '早班',
  width: 8,
};

const SOURCE_FIELD: FieldSpec = {
  key: 'source',
  header: '工作来源',
  headerEn: 'Source',
  synonyms: ['来源', '派遣来源', '任务来源'],
  kind: 'option',
  options: optionsOf(WORK_SOURCE),
  example: '日常巡查',
  hint: '不填为“日常巡查”',
  hintEn: 'Blank means routine patrol',
  width: 10,
};

export const ASSIGNMENT_FIELDS: readonly FieldSpec[] = [
  RESIDENT_ID_FIELD,
  NAME_FIELD,
  {
    key: 'where',
    header: '派驻地点',
    headerEn: 'Posted to',
    synonyms: ['派遣地点', '派驻社区', '工作地点', '派遣社区', '派驻单位', '社区', '网格'],
    kind: 'org',
    levels: ['street', 'community', 'village', 'grid'],
    required: true,
    example: '南新园社区',
    hint: '街道、社区、村或网格的代码或名称',
    hintEn: 'Code or name of a street, community, village or grid',
    width: 16,
  },
  {
    key: 'placeCode',
    header: '楼门院编码',
    headerEn: 'Place code',
    synonyms: ['楼门院', '点位编码'],
    kind: 'code',
    length: 16,
    example: '',
    hint: '派到具体楼门院时填写',
    hintEn: 'When posted to a building or courtyard',
    width: 19,
  },
  {
    key: 'task',
    header: '任务',
    headerEn: 'Task',
    synonyms: ['工作任务', '任务内容'],
    kind: 'text',
    max: 200,
    example: '早高峰路口秩序维护',
    width: 20,
  },
  SHIFT_FIELD,
  {
    key: 'from',
    header: '开始日期',
    headerEn: 'From',
    synonyms: ['起始日期', '派遣开始日期', '开始时间'],
    kind: 'date',
    required: true,
    example: '2024-04-01',
    width: 12,
  },
  {
    key: 'to',
    header: '结束日期',
    headerEn: 'To',
    synonyms: ['截止日期', '派遣结束日期', '结束时间'],
    kind: 'date',
    required: true,
    example: '2024-06-30',
    width: 12,
  },
  SOURCE_FIELD,
  {
    key: 'sourceRef',
    header: '来源编号',
    headerEn: 'Source reference',
    synonyms: ['工单号', '编号'],
    kind: 'text',
    max: 100,
    example: '',
    width: 14,
  },
];

/** Where, for the key: the place when there is one, else the unit. */
const assignmentKey = (coordinatorId: string, from: string, shift: string, where: string) =>
  `${coordinatorId}|${from}|${shift}|${where}`;

export const assignmentsSpec: EntitySpec<Assignment> = {
  name: 'assignments',
  table: 'assignments',
  label: '派遣',
  labelEn: 'Assignments',
  fields: ASSIGNMENT_FIELDS,
  keyLabel: '协管员、开始日期、班次和地点',
  check: checkCoordinator,
  keyOfValues(values, ctx) {
    const c = coordinatorOf(values, ctx);
    const from = str(values, 'from');
    const shift = str(values, 'shift');
    const placeCode = str(values, 'placeCode');
    const placeId = placeCode ? ctx.refs.placesByCode?.get(placeCode)?.id : str(values, 'placeId');
    const where = placeId
      ? `place:${placeId}`
      : unit(values, 'where')
        ? `org:${unit(values, 'where')!.code}`
        : undefined;
    return c && from && shift && where ? assignmentKey(c.id, from, shift, where) : undefined;
  },
  keysOfRecord: (a) => [
    assignmentKey(
      a.coordinatorId,
      a.from,
      a.shift,
      a.placeId ? `place:${a.placeId}` : `org:${codeOfPath(a.orgPath)}`,
    ),
  ],
  valuesOf: (a, ctx) => {
    const c = residentIdOf(ctx, a.coordinatorId);
    return defined({
      residentId: c?.residentId,
      where: unitOf(ctx, codeOfPath(a.orgPath)),
      placeId: a.placeId,
      task: a.task,
      shift: a.shift,
      from: a.from,
      to: a.to,
      source: a.source,
      sourceRef: a.sourceRef,
    });
  },
  build(values, _existing, ctx) {
    const c = coordinatorOf(values, ctx)!;
    const where = unit(values, 'where')!;
    const issues: Issue[] = [];
    let placeId = str(values, 'placeId');
    let orgPath = orgPathOfCode(where.code);
    const placeCode = str(values, 'placeCode');
    if (placeCode) {
      const place = ctx.refs.placesByCode?.get(placeCode);
      if (!place || !place.orgPath.startsWith(orgPath))
        issues.push({ field: 'placeCode', code: 'excel.cell.refUnknown', values: { value: placeCode } });
      else {
        placeId = place.id;
        orgPath = place.orgPath;
      }
    }
    const from = str(values, 'from')!;
    const to = str(values, 'to')!;
    if (to < from) issues.push({ field: 'to', code: 'excel.cell.dateOrder' });
    if (issues.length > 0) return { ok: false, issues };
    return {
      ok: true,
      value: defined({
        orgPath,
        coordinatorId: c.id,
        placeId,
        task: str(values, 'task'),
        shift: str(values, 'shift') as Shift,
        from,
        to,
        source: (str(values, 'source') as WorkSource | undefined) ?? 'patrol',
        sourceRef: str(values, 'sourceRef'),
      }),
    };
  },
  cells(a, ctx) {
    const c = residentIdOf(ctx, a.coordinatorId);
    const whereCode = codeOfPath(a.orgPath);
    return {
      residentId: personal(c?.residentId, 'residentId', ctx.unmasked),
      name: c?.name,
      where: whereCode ? ctx.org.label(whereCode) : undefined,
      placeCode: a.placeId ? ctx.refs.placeCodeById?.get(a.placeId) : undefined,
      task: a.task,
      shift: optionLabel(SHIFT_FIELD, a.shift),
      from: a.from,
      to: a.to,
      source: optionLabel(SOURCE_FIELD, a.source),
      sourceRef: a.sourceRef,
    };
  },
};

const MARK_FIELD: FieldSpec = {
  key: 'mark',
  header: '出勤情况',
  headerEn: 'Attendance',
  synonyms: ['考勤', '出勤', '考勤结果', '考勤情况', '状态'],
  kind: 'option',
  required: true,
  options: optionsOf(ATTENDANCE_MARK),
  example: '出勤',
  width: 8,
};

export const ATTENDANCE_FIELDS: readonly FieldSpec[] = [
  RESIDENT_ID_FIELD,
  NAME_FIELD,
  {
    key: 'date',
    header: '日期',
    headerEn: 'Date',
    synonyms: ['考勤日期', '出勤日期'],
    kind: 'date',
    required: true,
    example: '2024-04-01',
    width: 12,
  },
  MARK_FIELD,
  {
    ...RESIDENT_ID_FIELD,
    key: 'coveredResidentId',
    header: '被顶岗人身份证号',
    headerEn: 'Covered for (ID)',
    synonyms: ['顶岗对象身份证号'],
    required: false,
    example: '',
    hint: '顶岗时填写',
    hintEn: 'When covering',
  },
  {
    key: 'reports',
    header: '发现上报数',
    headerEn: 'Reports',
    synonyms: ['上报数', '发现问题数', '上报问题数'],
    kind: 'count',
    example: '3',
    width: 10,
  },
  {
    key: 'handledInTime',
    header: '及时处置数',
    headerEn: 'Handled in time',
    synonyms: ['处置及时数', '及时处置'],
    kind: 'count',
    example: '3',
    width: 10,
  },
];

const attendanceKey = (coordinatorId: string, date: string) => `${coordinatorId}|${date}`;

export const attendanceSpec: EntitySpec<Attendance> = {
  name: 'attendance',
  table: 'attendance',
  label: '考勤',
  labelEn: 'Attendance',
  fields: ATTENDANCE_FIELDS,
  keyLabel: '协管员和日期',
  check: checkCoordinator,
  keyOfValues(values, ctx) {
    const c = coordinatorOf(values, ctx);
    const date = str(values, 'date');
    return c && date ? attendanceKey(c.id, date) : undefined;
  },
  keysOfRecord: (a) => [attendanceKey(a.coordinatorId, a.date)],
  valuesOf: (a, ctx) => {
    const covered = a.coveredCoordinatorId ? residentIdOf(ctx, a.coveredCoordinatorId) : undefined;
    return defined({
      residentId: residentIdOf(ctx, a.coordinatorId)?.residentId,
      date: a.date,
      mark: a.mark,
      coveredResidentId: covered?.residentId,
      reports: a.reports,
      handledInTime: a.handledInTime,
    });
  },
  build(values, _existing, ctx) {
    const c = coordinatorOf(values, ctx)!;
    const issues: Issue[] = [];
    const mark = str(values, 'mark') as AttendanceMark;
    const coveredId = str(values, 'coveredResidentId');
    const covered = coveredId ? coordinatorOf({ residentId: coveredId }, ctx) : undefined;
    if (coveredId && !covered)
      issues.push({
        field: 'coveredResidentId',
        code: 'excel.cell.refUnknown',
        values: { value: personal(coveredId, 'residentId', false)! },
      });
    const reports = num(values, 'reports');
    const handled = num(values, 'handledInTime');
    if (reports !== undefined && handled !== undefined && handled > reports)
      issues.push({ field: 'handledInTime', code: 'excel.cell.reportsOrder' });
    if (issues.length > 0) return { ok: false, issues };
    return {
      ok: true,
      value: defined({
        orgPath: c.orgPath,
        coordinatorId: c.id,
        date: str(values, 'date')!,
        mark,
        coveredCoordinatorId: mark === 'cover' ? covered?.id : undefined,
        reports,
        handledInTime: handled,
      }),
    };
  },
  cells(a, ctx) {
    const c = residentIdOf(ctx, a.coordinatorId);
    const covered = a.coveredCoordinatorId ? residentIdOf(ctx, a.coveredCoordinatorId) : undefined;
    return {
      residentId: personal(c?.residentId, 'residentId', ctx.unmasked),
      name: c?.name,
      date: a.date,
      mark: optionLabel(MARK_FIELD, a.mark),
      coveredResidentId: personal(covered?.residentId, 'residentId', ctx.unmasked),
      reports: a.reports,
      handledInTime: a.handledInTime,
    };
  },
};
