import type { OrgLevel, OrgUnit } from '../../model/org';
import { CHILD_CODE_RANGE, checkOrgCode, levelOfCode, nextChildCode, orgPathOfCode } from '../../org/codes';
import type { Issue } from '../../validation/issue';
import type { EntitySpec, FieldSpec, ImportContext, RowValues } from '../entity';
import { plannedRecords as planned } from '../entity';
import { optionLabel } from '../entity';
import { STREET_FIELD, defined, keyWord, num, str, unit, unitOf } from './common';
import { ORG_LEVEL } from '../../vocabulary';
import { optionsOf } from '../entity';

/**
 * 社区, 村 and 网格 rows (districts and streets are shipped reference data). Natural key: the
 * statistical code; a row without one matches a unit of the same name under the same parent,
 * or becomes a new unit with the parent's next free code.
 */

type ImportedLevel = Extract<OrgLevel, 'community' | 'village' | 'grid'>;

const LEVEL_FIELD: FieldSpec = {
  key: 'level',
  header: '类别',
  headerEn: 'Level',
  synonyms: ['层级', '单位类别', '类型'],
  kind: 'option',
  options: optionsOf(ORG_LEVEL, ['community', 'village', 'grid']),
  example: '社区',
  hint: '可不填，按代码或上级判断',
  hintEn: 'Optional; follows from the code or the parent',
  width: 8,
};

export const ORG_UNIT_FIELDS: readonly FieldSpec[] = [
  {
    key: 'code',
    header: '统计代码',
    headerEn: 'Code',
    synonyms: ['代码', '区划代码', '统计用区划代码', '编码', '社区代码', '村代码', '网格编码'],
    kind: 'code',
    example: '110105021001',
    hint: '社区、村 12 位，网格 15 位；新增时可不填，自动编号',
    hintEn:
      '12 digits for a community or village, 15 for a grid; blank for new units (numbered automatically)',
    width: 17,
  },
  LEVEL_FIELD,
  {
    key: 'name',
    header: '名称',
    headerEn: 'Name',
    synonyms: ['单位名称', '社区名称', '村名称', '网格名称'],
    kind: 'text',
    max: 100,
    required: true,
    example: '南新园社区',
    width: 16,
  },
  STREET_FIELD,
  {
    key: 'community',
    header: '所属社区',
    headerEn: 'Community',
    synonyms: ['上级社区', '所属社区（村）', '所属社区/村'],
    kind: 'org',
    levels: ['community', 'village'],
    within: 'street',
    example: '',
    hint: '网格必填：所属社区或村',
    hintEn: 'For a grid: its community or village',
    width: 16,
  },
  {
    key: 'households',
    header: '户数',
    headerEn: 'Households',
    synonyms: ['住户数', '总户数'],
    kind: 'count',
    example: '2000',
    width: 8,
  },
  {
    key: 'residents',
    header: '人口',
    headerEn: 'Residents',
    synonyms: ['人数', '常住人口', '总人口', '人口数'],
    kind: 'count',
    example: '5200',
    width: 8,
  },
];

const codeKey = (code: string) => `code:${code}`;
const nameKey = (parent: string, name: string) => `name:${parent}|${keyWord(name)}`;

/** The parent a row names: its community for a grid, else its street. */
function parentOf(values: RowValues, ctx: ImportContext): string | undefined {
  const code = str(values, 'code');
  if (code && code.length > 9) return code.slice(0, code.length - 3);
  return unit(values, 'community')?.code ?? unit(values, 'street')?.code ?? str(ctx.fixed ?? {}, 'parent');
}

function levelOf(values: RowValues, parent: string | undefined): ImportedLevel | undefined {
  const given = str(values, 'level') as ImportedLevel | undefined;
  if (given) return given;
  const code = str(values, 'code');
  const fromCode = code ? levelOfCode(code) : null;
  if (fromCode === 'community' || fromCode === 'village' || fromCode === 'grid') return fromCode;
  if (parent?.length === 12) return 'grid';
  if (parent?.length === 9) return /村$/.test(str(values, 'name') ?? '') ? 'village' : 'community';
  return undefined;
}

function nextCode(ctx: ImportContext, parent: string, level: ImportedLevel): string | null {
  const memo = `orgUnits:codes:${parent}`;
  let used = ctx.scratch?.get(memo) as Set<string> | undefined;
  if (!used) {
    used = new Set(ctx.refs.orgCodesByParent?.get(parent) ?? []);
    for (const r of planned(ctx).values())
      if (r.parentCode === parent && typeof r.code === 'string') used.add(r.code);
    ctx.scratch?.set(memo, used);
  }
  const code = nextChildCode(parent, used, CHILD_CODE_RANGE[level]);
  if (code) used.add(code);
  return code;
}

export const orgUnitsSpec: EntitySpec<OrgUnit> = {
  name: 'orgUnits',
  table: 'orgUnits',
  label: '社区、村和网格',
  labelEn: 'Communities, villages and grids',
  fields: ORG_UNIT_FIELDS,
  keyLabel: '统计代码',
  keyOptional: true,
  keyOfValues(values, ctx) {
    const code = str(values, 'code');
    if (code) return codeKey(code);
    const parent = parentOf(values, ctx);
    const name = str(values, 'name');
    return parent && name ? nameKey(parent, name) : undefined;
  },
  keysOfRecord: (u) => [codeKey(u.code), nameKey(u.parentCode, u.name)],
  register(values, ctx) {
    // Grids further down the file may name a community this file creates.
    const code = str(values, 'code');
    const name = str(values, 'name');
    const parent = parentOf(values, ctx);
    const level = levelOf(values, parent);
    if (code && name && parent && level && !ctx.org.byCode(code))
      ctx.org.add({ code, name, level, parentCode: parent });
  },
  valuesOf: (u, ctx) =>
    defined({
      code: u.code,
      level: u.level,
      name: u.name,
      street: u.level === 'grid' ? undefined : unitOf(ctx, u.parentCode),
      community: u.level === 'grid' ? unitOf(ctx, u.parentCode) : undefined,
      households: u.households,
      residents: u.residents,
    }),
  build(values, existing, ctx) {
    const issues: Issue[] = [];
    const parent = parentOf(values, ctx);
    const level = levelOf(values, parent);
    if (!level) return { ok: false, issues: [{ field: 'level', code: 'excel.cell.required' }] };
    if (!parent)
      return {
        ok: false,
        issues: [{ field: level === 'grid' ? 'community' : 'street', code: 'excel.cell.required' }],
      };
    if (existing && existing.source === 'reference') {
      return {
        ok: false,
        issues: [
          {
            field: 'code',
            code: 'excel.cell.orgLevel',
            values: { value: existing.name, level: '社区、村或网格' },
          },
        ],
      };
    }
    const code = str(values, 'code') ?? nextCode(ctx, parent, level) ?? '';
    const codeIssue = checkOrgCode(code, level, parent);
    if (codeIssue)
      issues.push({ field: 'code', code: codeIssue, values: { length: level === 'grid' ? 15 : 12, parent } });
    const parentUnit = ctx.org.byCode(parent) ?? planned(ctx).get(codeKey(parent));
    if (!parentUnit)
      issues.push({
        field: level === 'grid' ? 'community' : 'street',
        code: 'excel.cell.orgUnknown',
        values: { value: parent },
      });
    if (issues.length > 0) return { ok: false, issues };
    const value: Omit<OrgUnit, 'id'> = defined({
      orgPath: orgPathOfCode(code),
      code,
      name: str(values, 'name')!,
      level,
      parentCode: parent,
      households: num(values, 'households'),
      residents: num(values, 'residents'),
      source: existing?.source ?? 'user',
    });
    // Later rows (grids of a new community) may name this unit.
    ctx.org.add(value);
    return { ok: true, value };
  },
  cells(u, ctx) {
    return {
      code: u.code,
      level: optionLabel(LEVEL_FIELD, u.level),
      name: u.name,
      street: u.level === 'grid' ? ctx.org.label(u.parentCode.slice(0, 9)) : ctx.org.label(u.parentCode),
      community: u.level === 'grid' ? ctx.org.label(u.parentCode) : undefined,
      households: u.households,
      residents: u.residents,
    };
  },
};
