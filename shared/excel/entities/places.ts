import type { Place, PlaceType } from '../../model/place';
import { nextPlaceCode } from '../../places/place-code';
import { validatePlace, type PlaceInput } from '../../places/validate-place';
import type { EntitySpec, FieldSpec, ImportContext, RowValues } from '../entity';
import { plannedRecords as planned } from '../entity';
import { optionLabel } from '../entity';
import {
  GRID_FIELD,
  NOTES_FIELD,
  STREET_FIELD,
  communityField,
  defined,
  keyWord,
  num,
  personal,
  str,
  unit,
  unitOf,
} from './common';
import { PLACE_TYPE } from '../../vocabulary';
import { optionsOf } from '../entity';

/**
 * 楼门院 rows. Natural key: the code, or — for registers that have none — the address within
 * the community; a new place without a code gets the community's next free one.
 */

const TYPE_FIELD: FieldSpec = {
  key: 'type',
  header: '类型',
  headerEn: 'Type',
  synonyms: ['楼门院类型', '类别', '种类'],
  kind: 'option',
  required: true,
  options: optionsOf(PLACE_TYPE),
  example: '楼',
  width: 8,
};

export const PLACE_FIELDS: readonly FieldSpec[] = [
  {
    key: 'code',
    header: '编码',
    headerEn: 'Code',
    synonyms: ['楼门院编码', '楼院编码', '代码'],
    kind: 'code',
    length: 16,
    example: '1101050210010001',
    hint: '16 位：社区代码加 4 位序号。新增时可不填，自动编号；填写时按编码更新已有记录',
    hintEn: '16 digits: community code + 4; blank for new places (numbered automatically)',
    width: 19,
  },
  TYPE_FIELD,
  {
    key: 'name',
    header: '名称',
    headerEn: 'Name',
    synonyms: ['楼门院名称', '楼栋名称', '院落名称', '楼号'],
    kind: 'text',
    max: 100,
    required: true,
    example: '南新园5号楼',
    width: 18,
  },
  {
    key: 'address',
    header: '地址',
    headerEn: 'Address',
    synonyms: ['详细地址', '门牌地址', '所在地址', '楼门院地址'],
    kind: 'text',
    max: 200,
    required: true,
    example: '南磨房地区南新园小区5号楼',
    hint: '没有编码时，按“社区 + 地址”匹配已有记录',
    hintEn: 'Without a code, a place is matched by community and address',
    width: 30,
  },
  STREET_FIELD,
  communityField(true),
  GRID_FIELD,
  {
    key: 'parentCode',
    header: '所属楼栋编码',
    headerEn: 'Building code',
    synonyms: ['楼栋编码', '所属楼编码'],
    kind: 'code',
    length: 16,
    example: '',
    hint: '类型为单元门时必填：所属楼的编码（可以是本表中前面的行）',
    hintEn: 'For a gate: the code of its building (may be an earlier row of this file)',
    width: 19,
  },
  {
    key: 'households',
    header: '户数',
    headerEn: 'Households',
    synonyms: ['住户数', '户'],
    kind: 'count',
    example: '120',
    width: 8,
  },
  {
    key: 'residents',
    header: '人数',
    headerEn: 'Residents',
    synonyms: ['人口', '居住人数', '人口数', '常住人口'],
    kind: 'count',
    example: '300',
    width: 8,
  },
  {
    key: 'headName',
    header: '楼门长姓名',
    headerEn: 'Head',
    synonyms: ['楼门长', '院落长', '楼长', '院落长姓名', '楼长姓名', '负责人', '负责人姓名'],
    kind: 'text',
    max: 50,
    example: '张桂兰',
    width: 10,
  },
  {
    key: 'headPhone',
    header: '楼门长电话',
    headerEn: 'Head phone',
    synonyms: ['楼门长手机', '院落长电话', '楼长电话', '负责人电话', '联系电话', '手机', '电话'],
    kind: 'mobile',
    personal: 'phone',
    example: '13812345678',
    width: 14,
  },
  {
    key: 'headParty',
    header: '是否党员',
    headerEn: 'Party member',
    synonyms: ['党员', '楼门长是否党员', '政治面貌'],
    kind: 'bool',
    example: '是',
    width: 8,
  },
  {
    key: 'termStart',
    header: '任期开始',
    headerEn: 'Term from',
    synonyms: ['任期起', '任职开始'],
    kind: 'date',
    example: '2023-01-01',
    width: 12,
  },
  {
    key: 'termEnd',
    header: '任期结束',
    headerEn: 'Term to',
    synonyms: ['任期止', '任职结束'],
    kind: 'date',
    example: '2025-12-31',
    width: 12,
  },
  {
    key: 'demoYear',
    header: '示范点年份',
    headerEn: 'Demo year',
    synonyms: ['示范点', '示范年份', '创建示范年份'],
    kind: 'year',
    example: '2020',
    width: 10,
  },
  {
    key: 'lastVisitOn',
    header: '最近走访日期',
    headerEn: 'Last visit',
    synonyms: ['最近走访', '走访日期', '上次走访'],
    kind: 'date',
    example: '2024-03-01',
    width: 12,
  },
  NOTES_FIELD,
];

function codeKey(code: string) {
  return `code:${code}`;
}
function addressKey(community: string, address: string) {
  return `addr:${community}|${keyWord(address)}`;
}

/** The community of a row: named, or read from the code. */
function communityCode(values: RowValues, ctx: ImportContext): string | undefined {
  return unit(values, 'community')?.code ?? unitOf(ctx, str(values, 'code')?.slice(0, 12))?.code;
}

/** The next free code in a community, counting what this import has handed out already. */
function nextCode(ctx: ImportContext, community: string): string | null {
  const memo = `places:codes:${community}`;
  let used = ctx.scratch?.get(memo) as Set<string> | undefined;
  if (!used) {
    used = new Set(ctx.refs.placeCodesByCommunity?.get(community) ?? []);
    for (const r of planned(ctx).values())
      if (typeof r.code === 'string' && r.code.startsWith(community)) used.add(r.code);
    ctx.scratch?.set(memo, used);
  }
  const code = nextPlaceCode(community, used);
  if (code) used.add(code);
  return code;
}

export const placesSpec: EntitySpec<Place> = {
  name: 'places',
  table: 'places',
  label: '楼门院',
  labelEn: 'Buildings and courtyards',
  fields: PLACE_FIELDS,
  keyLabel: '编码或地址',
  keyLabelOf: (key, values) =>
    key.startsWith('code:') ? `编码“${String(values.code)}”` : `地址“${String(values.address)}”`,
  keyOptional: true,
  issueFields: {
    communityCode: 'community',
    gridCode: 'grid',
    parentId: 'parentCode',
    'head.name': 'headName',
    'head.phone': 'headPhone',
    'head.termStart': 'termStart',
    'head.termEnd': 'termEnd',
  },
  keyOfValues(values, ctx) {
    const code = str(values, 'code');
    if (code) return codeKey(code);
    const community = communityCode(values, ctx);
    const address = str(values, 'address');
    return community && address ? addressKey(community, address) : undefined;
  },
  keysOfRecord: (p) => [codeKey(p.code), addressKey(p.code.slice(0, 12), p.address)],
  valuesOf(p, ctx) {
    return defined({
      code: p.code,
      type: p.type,
      name: p.name,
      address: p.address,
      community: unitOf(ctx, p.code.slice(0, 12)),
      grid: unitOf(ctx, p.gridCode),
      parentId: p.parentId,
      households: p.households,
      residents: p.residents,
      headName: p.head?.name,
      headPhone: p.head?.phone,
      headParty: p.head?.partyMember,
      termStart: p.head?.termStart,
      termEnd: p.head?.termEnd,
      demoYear: p.demoYear,
      lastVisitOn: p.lastVisitOn,
      notes: p.notes,
    });
  },
  build(values, existing, ctx) {
    const community = communityCode(values, ctx);
    if (!community) return { ok: false, issues: [{ field: 'community', code: 'place.communityRequired' }] };
    let code = str(values, 'code');
    if (!code) {
      code = nextCode(ctx, community) ?? '';
    }
    let parentId = str(values, 'parentId');
    const parentCode = str(values, 'parentCode');
    if (parentCode) {
      const parent = planned(ctx).get(codeKey(parentCode)) ?? ctx.refs.placesByCode?.get(parentCode);
      if (!parent || parent.type !== 'building' || !parentCode.startsWith(community)) {
        return { ok: false, issues: [{ field: 'parentId', code: 'place.parentInvalid' }] };
      }
      parentId = parent.id;
    }
    const party = values.headParty;
    const input: PlaceInput = {
      type: str(values, 'type') as PlaceType,
      code,
      name: str(values, 'name') ?? '',
      address: str(values, 'address') ?? '',
      communityCode: community,
      gridCode: unit(values, 'grid')?.code,
      parentId,
      households: num(values, 'households') ?? 0,
      residents: num(values, 'residents') ?? 0,
      head: {
        name: str(values, 'headName'),
        phone: str(values, 'headPhone'),
        partyMember: typeof party === 'boolean' ? party : undefined,
        termStart: str(values, 'termStart'),
        termEnd: str(values, 'termEnd'),
      },
      workerId: existing?.workerId,
      servicePointIds: existing?.servicePointIds ?? [],
      demoYear: num(values, 'demoYear'),
      lastVisitOn: str(values, 'lastVisitOn'),
      notes: str(values, 'notes'),
    };
    return validatePlace(input);
  },
  cells(p, ctx) {
    const community = p.code.slice(0, 12);
    const street = ctx.org.byCode(community)?.parentCode;
    return {
      code: p.code,
      type: optionLabel(TYPE_FIELD, p.type),
      name: p.name,
      address: p.address,
      street: street ? ctx.org.label(street) : undefined,
      community: ctx.org.label(community),
      grid: p.gridCode ? ctx.org.label(p.gridCode) : undefined,
      parentCode: p.parentId ? ctx.refs.placeCodeById?.get(p.parentId) : undefined,
      households: p.households,
      residents: p.residents,
      headName: p.head?.name,
      headPhone: personal(p.head?.phone, 'phone', ctx.unmasked),
      headParty: p.head ? (p.head.partyMember ? '是' : '否') : undefined,
      termStart: p.head?.termStart,
      termEnd: p.head?.termEnd,
      demoYear: p.demoYear,
      lastVisitOn: p.lastVisitOn,
      notes: p.notes,
    };
  },
};
