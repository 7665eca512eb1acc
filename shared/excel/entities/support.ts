import type { CommunityWorker, ServicePoint, ServicePointKind, WorkerRole } from '../../model/place';
import { validateServicePoint, validateWorker } from '../../places/validate-support';
import type { EntitySpec, FieldSpec, ImportContext, RowValues } from '../entity';
import { optionLabel } from '../entity';
import {
  GRID_FIELD,
  STREET_FIELD,
  communityField,
  defined,
  keyWord,
  personal,
  str,
  unit,
  unitOf,
} from './common';
import { SERVICE_POINT_KIND, WORKER_ROLE } from '../../vocabulary';
import { optionsOf } from '../entity';
import { communityCodeOf } from '../../org/paths';

/**
 * 服务点 and 社区工作者 rows: the stations and people a 楼门院 card points to. Neither has a
 * code, so the natural key is what tells them apart in a community: a service point's kind
 * and name, a worker's name.
 */

const KIND_FIELD: FieldSpec = {
  key: 'kind',
  header: '服务点类别',
  headerEn: 'Kind',
  synonyms: ['类别', '类型', '服务点类型'],
  kind: 'option',
  required: true,
  options: optionsOf(SERVICE_POINT_KIND),
  example: '养老驿站',
  width: 14,
};

export const SERVICE_POINT_FIELDS: readonly FieldSpec[] = [
  KIND_FIELD,
  {
    key: 'name',
    header: '名称',
    headerEn: 'Name',
    synonyms: ['服务点名称', '站点名称'],
    kind: 'text',
    max: 100,
    required: true,
    example: '南新园养老驿站',
    width: 18,
  },
  {
    key: 'address',
    header: '地址',
    headerEn: 'Address',
    synonyms: ['详细地址', '所在地址'],
    kind: 'text',
    max: 200,
    required: true,
    example: '南新园小区12号楼底商',
    width: 28,
  },
  STREET_FIELD,
  communityField(true),
  {
    key: 'contactName',
    header: '联系人',
    headerEn: 'Contact',
    synonyms: ['负责人', '站长'],
    kind: 'text',
    max: 50,
    example: '李建华',
    width: 10,
  },
  {
    key: 'phone',
    header: '联系电话',
    headerEn: 'Phone',
    synonyms: ['电话', '手机', '联系方式'],
    kind: 'phone',
    personal: 'phone',
    example: '010-67712345',
    width: 14,
  },
  {
    key: 'hours',
    header: '开放时间',
    headerEn: 'Hours',
    synonyms: ['服务时间', '办公时间'],
    kind: 'text',
    max: 100,
    example: '周一至周五 8:30–17:30',
    width: 20,
  },
];

const pointKey = (community: string, kind: string, name: string) => `${community}|${kind}|${keyWord(name)}`;

export const servicePointsSpec: EntitySpec<ServicePoint> = {
  name: 'servicePoints',
  table: 'servicePoints',
  label: '服务点',
  labelEn: 'Service points',
  fields: SERVICE_POINT_FIELDS,
  keyLabel: '社区、类别和名称',
  issueFields: { communityCode: 'community' },
  keyOfValues(values) {
    const community = unit(values, 'community')?.code;
    const kind = str(values, 'kind');
    const name = str(values, 'name');
    return community && kind && name ? pointKey(community, kind, name) : undefined;
  },
  keysOfRecord: (p) => [pointKey(communityCodeOf(p.orgPath) ?? '', p.kind, p.name)],
  valuesOf: (p, ctx) =>
    defined({
      kind: p.kind,
      name: p.name,
      address: p.address,
      community: unitOf(ctx, communityCodeOf(p.orgPath)),
      contactName: p.contactName,
      phone: p.phone,
      hours: p.hours,
    }),
  build(values) {
    return validateServicePoint({
      kind: str(values, 'kind') as ServicePointKind,
      communityCode: unit(values, 'community')?.code ?? '',
      name: str(values, 'name') ?? '',
      address: str(values, 'address') ?? '',
      contactName: str(values, 'contactName'),
      phone: str(values, 'phone'),
      hours: str(values, 'hours'),
    });
  },
  cells(p, ctx) {
    const community = communityCodeOf(p.orgPath) ?? '';
    const street = ctx.org.byCode(community)?.parentCode;
    return {
      kind: optionLabel(KIND_FIELD, p.kind),
      name: p.name,
      address: p.address,
      street: street ? ctx.org.label(street) : undefined,
      community: ctx.org.label(community),
      contactName: p.contactName,
      phone: personal(p.phone, 'phone', ctx.unmasked),
      hours: p.hours,
    };
  },
};

const ROLE_FIELD: FieldSpec = {
  key: 'role',
  header: '职务',
  headerEn: 'Role',
  synonyms: ['岗位', '职位', '担任职务'],
  kind: 'option',
  required: true,
  options: optionsOf(WORKER_ROLE),
  example: '社区工作者',
  width: 12,
};

export const WORKER_FIELDS: readonly FieldSpec[] = [
  {
    key: 'name',
    header: '姓名',
    headerEn: 'Name',
    synonyms: ['社工姓名', '人员姓名'],
    kind: 'text',
    max: 50,
    required: true,
    example: '刘丽娟',
    width: 10,
  },
  ROLE_FIELD,
  {
    key: 'phone',
    header: '手机号码',
    headerEn: 'Mobile',
    synonyms: ['手机', '联系电话', '电话', '手机号'],
    kind: 'mobile',
    personal: 'phone',
    example: '13698765432',
    width: 14,
  },
  STREET_FIELD,
  communityField(true),
  { ...GRID_FIELD, hint: '可不填；负责的网格' },
];

const workerKey = (community: string, name: string) => `${community}|${keyWord(name)}`;

/** A worker's community: the grid's parent when the worker belongs to a grid. */
function workerCommunity(values: RowValues, ctx: ImportContext): string | undefined {
  return (
    unit(values, 'community')?.code ??
    (unit(values, 'grid') ? ctx.org.byCode(unit(values, 'grid')!.code)?.parentCode : undefined)
  );
}

export const communityWorkersSpec: EntitySpec<CommunityWorker> = {
  name: 'communityWorkers',
  table: 'communityWorkers',
  label: '社区工作者',
  labelEn: 'Community workers',
  fields: WORKER_FIELDS,
  keyLabel: '社区和姓名',
  issueFields: { communityCode: 'community', gridCode: 'grid' },
  keyOfValues(values, ctx) {
    const community = workerCommunity(values, ctx);
    const name = str(values, 'name');
    return community && name ? workerKey(community, name) : undefined;
  },
  keysOfRecord: (w) => [workerKey(communityCodeOf(w.orgPath) ?? '', w.name)],
  valuesOf: (w, ctx) =>
    defined({
      name: w.name,
      role: w.role,
      phone: w.phone,
      community: unitOf(ctx, communityCodeOf(w.orgPath)),
      grid: unitOf(ctx, w.gridCode),
    }),
  build(values, _existing, ctx) {
    return validateWorker({
      name: str(values, 'name') ?? '',
      role: str(values, 'role') as WorkerRole,
      phone: str(values, 'phone'),
      communityCode: workerCommunity(values, ctx) ?? '',
      gridCode: unit(values, 'grid')?.code,
    });
  },
  cells(w, ctx) {
    const community = communityCodeOf(w.orgPath) ?? '';
    const street = ctx.org.byCode(community)?.parentCode;
    return {
      name: w.name,
      role: optionLabel(ROLE_FIELD, w.role),
      phone: personal(w.phone, 'phone', ctx.unmasked),
      street: street ? ctx.org.label(street) : undefined,
      community: ctx.org.label(community),
      grid: w.gridCode ? ctx.org.label(w.gridCode) : undefined,
    };
  },
};
