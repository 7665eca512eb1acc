import type { Coordinator, CoordinatorStatus } from '../../model/coordinator';
import { orgPathOfCode } from '../../org/codes';
import type { Issue } from '../../validation/issue';
import type { EntitySpec, FieldSpec, ImportContext } from '../entity';
import { optionLabel } from '../entity';
import { foldWord } from '../text';
import {
  DISTRICT_FIELD,
  NOTES_FIELD,
  STREET_FIELD,
  defined,
  list,
  personal,
  str,
  unit,
  unitOf,
} from './common';
import { COORDINATOR_STATUS, GENDER } from '../../vocabulary';
import { optionsOf } from '../entity';

/**
 * 协管员 roster rows, as districts and departments keep them. Natural key: the resident ID.
 * Category and department are reference data (issue 4), matched by name or code.
 */

type Row = Coordinator;

const STATUS_OPTIONS: FieldSpec['options'] = optionsOf(COORDINATOR_STATUS);

const GENDER_OPTIONS: FieldSpec['options'] = optionsOf(GENDER);

const GENDER_FIELD: FieldSpec = {
  key: 'gender',
  header: '性别',
  headerEn: 'Gender',
  synonyms: [],
  kind: 'option',
  options: GENDER_OPTIONS,
  example: '女',
  hint: '可不填，按身份证号判断；填写时须与身份证号一致',
  hintEn: 'Optional (taken from the ID); if given it must match the ID',
  width: 6,
};

const STATUS_FIELD: FieldSpec = {
  key: 'status',
  header: '在岗状态',
  headerEn: 'Status',
  synonyms: ['状态', '人员状态', '在职状态'],
  kind: 'option',
  options: STATUS_OPTIONS,
  example: '在岗',
  hint: '不填为“在岗”',
  hintEn: 'Blank means active',
  width: 8,
};

export const COORDINATOR_FIELDS: readonly FieldSpec[] = [
  {
    key: 'name',
    header: '姓名',
    headerEn: 'Name',
    synonyms: ['协管员姓名', '人员姓名', '名字'],
    kind: 'text',
    max: 50,
    required: true,
    example: '王秀英',
    width: 10,
  },
  GENDER_FIELD,
  {
    key: 'residentId',
    header: '公民身份号码',
    headerEn: 'Resident ID',
    synonyms: [
      '身份证号',
      '身份证号码',
      '身份证',
      '身份证件号码',
      '居民身份证号码',
      '证件号码',
      '证件号',
      '身份证号（18位）',
    ],
    kind: 'residentId',
    required: true,
    personal: 'residentId',
    example: '11010519900307208X',
    hint: '末位可为 X；列不是文本格式时 Excel 会丢掉后几位',
    hintEn: '18 characters, the last may be X; format the column as Text or Excel drops the last digits',
    width: 21,
  },
  {
    key: 'mobile',
    header: '手机号码',
    headerEn: 'Mobile',
    synonyms: ['手机', '手机号', '联系电话', '电话', '联系方式', '移动电话', '电话号码'],
    kind: 'mobile',
    personal: 'phone',
    example: '13912345678',
    width: 14,
  },
  {
    key: 'category',
    header: '协管员类别',
    headerEn: 'Category',
    synonyms: ['类别', '协管员类型', '岗位类别', '队伍类别', '人员类别', '协管员队伍'],
    kind: 'text',
    max: 50,
    required: true,
    example: '交通协管员',
    hint: '类别名称或代码，须在“协管员类别”中已登记',
    hintEn: 'Name or code of a registered category',
    width: 16,
  },
  {
    key: 'department',
    header: '指导部门',
    headerEn: 'Department',
    synonyms: ['主管部门', '所属部门', '管理部门', '业务主管部门', '部门'],
    kind: 'text',
    max: 50,
    example: '市公安局',
    hint: '可不填，按类别确定；填写时须与类别的部门一致',
    hintEn: 'Optional (follows the category); if given it must match',
    width: 12,
  },
  DISTRICT_FIELD,
  {
    ...STREET_FIELD,
    required: true,
    header: '所属街道',
    hint: `使用该协管员的街道（乡镇）。${STREET_FIELD.hint}`,
  },
  STATUS_FIELD,
  {
    key: 'hiredOn',
    header: '入职日期',
    headerEn: 'Hired on',
    synonyms: ['入职时间', '上岗时间', '上岗日期', '聘用日期', '聘用时间', '参加工作时间'],
    kind: 'date',
    example: '2019-07-01',
    width: 12,
  },
  {
    key: 'skills',
    header: '技能特长',
    headerEn: 'Skills',
    synonyms: ['特长', '技能', '专长'],
    kind: 'list',
    example: '驾驶、急救',
    width: 16,
  },
  NOTES_FIELD,
];

type Named = { id: string; code: string; name: string };
const indexes = new WeakMap<readonly Named[], Map<string, Named>>();

/** A category or department by name or code; the index is built once per list. */
function byNameOrCode<T extends Named>(list: readonly T[] | undefined, text: string): T | undefined {
  if (!list) return undefined;
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const item of list) {
      index.set(foldWord(item.code), item);
      index.set(foldWord(item.name), item);
    }
    indexes.set(list, index);
  }
  return index.get(foldWord(text)) as T | undefined;
}

const findCategory = (ctx: ImportContext, text: string) => byNameOrCode(ctx.refs.coordinatorCategories, text);
const findDepartment = (ctx: ImportContext, text: string) => byNameOrCode(ctx.refs.departments, text);

export const coordinatorsSpec: EntitySpec<Row> = {
  name: 'coordinators',
  table: 'coordinators',
  label: '协管员',
  labelEn: 'Coordinators',
  fields: COORDINATOR_FIELDS,
  keyLabel: '身份证号',
  keyOfValues: (values) => str(values, 'residentId'),
  keysOfRecord: (r) => [r.residentId],
  valuesOf(r, ctx) {
    const category = ctx.refs.coordinatorCategories?.find((c) => c.id === r.categoryId);
    const street = unitOf(ctx, r.homeStreet);
    return defined({
      name: r.name,
      gender: r.gender,
      residentId: r.residentId,
      mobile: r.mobile,
      category: category?.name ?? r.categoryId,
      street,
      status: r.status,
      hiredOn: r.hiredOn,
      skills: r.skills,
      notes: r.notes,
    });
  },
  build(values, existing, ctx) {
    const issues: Issue[] = [];
    const residentId = str(values, 'residentId')!;
    // Checked when the cell was read; the 17th character's parity is the gender (GB 11643).
    const idGender = Number(residentId[16]) % 2 === 1 ? 'male' : 'female';
    const gender = (str(values, 'gender') as Coordinator['gender'] | undefined) ?? idGender;
    if (idGender && gender !== idGender) {
      issues.push({
        field: 'gender',
        code: 'excel.cell.genderMismatch',
        values: {
          value: optionLabel(GENDER_FIELD, gender) ?? '',
          expected: optionLabel(GENDER_FIELD, idGender) ?? '',
        },
      });
    }
    const categoryText = str(values, 'category')!;
    // Without the category table (a check run outside the app) the names are kept unchecked.
    const category = ctx.refs.coordinatorCategories
      ? findCategory(ctx, categoryText)
      : {
          id: categoryText,
          code: categoryText,
          name: categoryText,
          departmentId: str(values, 'department') ?? '',
        };
    if (!category)
      issues.push({ field: 'category', code: 'excel.cell.refUnknown', values: { value: categoryText } });
    const departmentText = str(values, 'department');
    if (category && departmentText !== undefined && ctx.refs.coordinatorCategories) {
      const department = findDepartment(ctx, departmentText);
      if (department?.id !== category.departmentId) {
        const expected = ctx.refs.departments?.find((d) => d.id === category.departmentId)?.name ?? '';
        issues.push({
          field: 'department',
          code: 'excel.cell.departmentMismatch',
          values: { value: departmentText, category: category.name, expected },
        });
      }
    }
    const street = unit(values, 'street')!;
    if (issues.length > 0 || !category || !gender) return { ok: false, issues };

    const homeStreet = street.code;
    // A coordinator placed below the street keeps that place while the street stays the same.
    const orgPath =
      existing && existing.homeStreet === homeStreet && existing.orgPath.startsWith(orgPathOfCode(homeStreet))
        ? existing.orgPath
        : orgPathOfCode(homeStreet);
    const transfers = existing?.transfers ? [...existing.transfers] : undefined;
    const value: Omit<Row, 'id'> = defined({
      orgPath,
      name: str(values, 'name')!,
      gender,
      residentId,
      mobile: str(values, 'mobile'),
      categoryId: category.id,
      departmentId: category.departmentId,
      homeStreet,
      status: (str(values, 'status') as CoordinatorStatus | undefined) ?? 'active',
      hiredOn: str(values, 'hiredOn'),
      skills: list(values, 'skills') ?? [],
      notes: str(values, 'notes'),
      transfers,
    }) as Omit<Row, 'id'>;
    if (existing && existing.homeStreet !== homeStreet) {
      // Moving to another street's roster is a transfer (DOMAIN.md "City coordinators").
      value.transfers = [
        ...(existing.transfers ?? []),
        { from: existing.homeStreet, to: homeStreet, on: ctx.today, by: ctx.user ?? '', reason: '导入' },
      ];
    }
    return { ok: true, value };
  },
  cells(r, ctx) {
    const category = ctx.refs.coordinatorCategories?.find((c) => c.id === r.categoryId);
    const department = ctx.refs.departments?.find((d) => d.id === r.departmentId);
    const street = ctx.org.byCode(r.homeStreet);
    return {
      name: r.name,
      gender: optionLabel(GENDER_FIELD, r.gender),
      residentId: personal(r.residentId, 'residentId', ctx.unmasked),
      mobile: personal(r.mobile, 'phone', ctx.unmasked),
      category: category?.name ?? r.categoryId,
      department: department?.name ?? r.departmentId,
      district: street ? ctx.org.byCode(street.parentCode)?.name : undefined,
      street: ctx.org.label(r.homeStreet),
      status: optionLabel(STATUS_FIELD, r.status),
      hiredOn: r.hiredOn,
      skills: r.skills.join('、'),
      notes: r.notes,
    };
  },
};
