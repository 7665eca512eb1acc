import type { FieldSpec, ImportContext, RowValues } from '../entity';
import type { OrgEntry } from '../org-directory';
import { maskPhone, maskResidentId } from '../../validation/mask';
import { foldWord } from '../text';

/** Columns several entities share, and small helpers for reading row values. */

export const DISTRICT_FIELD: FieldSpec = {
  key: 'district',
  header: '所属区',
  headerEn: 'District',
  synonyms: ['区', '区县', '所属区县', '所在区', '区名称'],
  kind: 'org',
  levels: ['district'],
  example: '朝阳区',
  hint: '可不填；填写时用来区分重名的街道',
  hintEn: 'Optional; tells apart streets of the same name',
  width: 10,
};

export const STREET_FIELD: FieldSpec = {
  key: 'street',
  header: '所属街道',
  headerEn: 'Street',
  synonyms: [
    '街道',
    '街乡',
    '街道乡镇',
    '街道（乡镇）',
    '乡镇街道',
    '所在街道',
    '所属街乡',
    '所属街道乡镇',
    '街道名称',
  ],
  kind: 'org',
  levels: ['street'],
  within: 'district',
  example: '南磨房地区',
  hint: '如 110105021、南磨房地区、朝阳区南磨房地区',
  hintEn: 'Code or name: 110105021, 南磨房地区, 朝阳区南磨房地区',
  width: 14,
};

export function communityField(required: boolean): FieldSpec {
  return {
    key: 'community',
    header: '所属社区',
    headerEn: 'Community',
    synonyms: [
      '社区',
      '所属社区（村）',
      '所属社区/村',
      '社区（村）',
      '社区村',
      '村',
      '所在社区',
      '社区名称',
      '居委会',
      '村居',
      // A legacy sheet's 社区代码 is the community's code, not the place's own 16-digit 编码.
      '社区代码',
      '社区编码',
      '社区统计代码',
      '社区（村）代码',
      '居委会代码',
      '村代码',
    ],
    kind: 'org',
    levels: ['community', 'village'],
    within: 'street',
    required,
    example: '南新园社区',
    hint: '社区或村的统计代码或名称；重名时加街道名，如 南磨房地区南新园社区',
    hintEn: 'Code or name of the community or village; add the street when names repeat',
    width: 16,
  };
}

export const GRID_FIELD: FieldSpec = {
  key: 'grid',
  header: '网格',
  headerEn: 'Grid',
  synonyms: ['所属网格', '网格名称', '网格编码'],
  kind: 'org',
  levels: ['grid'],
  within: 'community',
  example: '',
  hint: '可不填；网格名称或 15 位编码',
  hintEn: 'Optional; grid name or 15-digit code',
  width: 14,
};

export const NOTES_FIELD: FieldSpec = {
  key: 'notes',
  header: '备注',
  headerEn: 'Notes',
  synonyms: ['说明', '其他'],
  kind: 'text',
  max: 2000,
  example: '',
  width: 24,
};

export const str = (values: RowValues, key: string): string | undefined => {
  const v = values[key];
  return typeof v === 'string' ? v : undefined;
};
export const num = (values: RowValues, key: string): number | undefined => {
  const v = values[key];
  return typeof v === 'number' ? v : undefined;
};
export const bool = (values: RowValues, key: string): boolean | undefined => {
  const v = values[key];
  return typeof v === 'boolean' ? v : undefined;
};
export const list = (values: RowValues, key: string): string[] | undefined => {
  const v = values[key];
  return Array.isArray(v) ? (v as string[]) : undefined;
};
export const unit = (values: RowValues, key: string): OrgEntry | undefined => {
  const v = values[key];
  return typeof v === 'object' && v !== null && 'code' in v ? (v as OrgEntry) : undefined;
};

/** An org unit by code, as values hold it (so a stored record can be re-read as a row). */
export function unitOf(ctx: Pick<ImportContext, 'org'>, code: string | undefined): OrgEntry | undefined {
  return code ? ctx.org.byCode(code) : undefined;
}

/** The community of a row: the named one, or the one its grid belongs to. */
export function communityOf(values: RowValues): OrgEntry | undefined {
  return unit(values, 'community');
}

/** Resident IDs and phones in exports: masked unless the user may see them and asked. */
export function personal(
  value: string | undefined,
  kind: 'residentId' | 'phone',
  unmasked: boolean,
): string | undefined {
  if (value === undefined || unmasked) return value;
  return kind === 'residentId' ? maskResidentId(value) : maskPhone(value);
}

/** A name as a key part: folded, so 南新园５号楼 and 南新园5号楼 are one. */
export const keyWord = (text: string | undefined): string => foldWord(text ?? '');

/** Only the defined entries: records never carry `undefined` values (sync compares them). */
export function defined<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const key in o) {
    const v = o[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

/** Removes the undefined values of optional fields from a values record. */
export function valuesOf(o: Record<string, unknown>): RowValues {
  return defined(o);
}
