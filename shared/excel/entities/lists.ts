import type {
  AccessRequest,
  AccessStatus,
  AssistanceMode,
  ListItem,
  ListItemKind,
  ListKind,
} from '../../model/lists';
import { ASSISTANCE_MODES } from '../../model/lists';
import type { Issue } from '../../validation/issue';
import type { EntitySpec, FieldOption, FieldSpec, ImportContext, RowValues } from '../entity';
import { optionLabel } from '../entity';
import type { OrgEntry } from '../org-directory';
import { foldWord } from '../text';
import { NOTES_FIELD, bool, defined, keyWord, list, str } from './common';
import { ACCESS_STATUS, ASSISTANCE_MODE, LIST_ITEM_KIND, LIST_KIND } from '../../vocabulary';
import { optionsOf } from '../entity';

/**
 * 清单事项 (natural key: edition and code) and 准入申请 rows. The lists feature (issue 3) has
 * no shared validators yet, so rows are checked structurally against shared/model/lists.ts:
 * kinds that belong to the list, assistance modes only among the seven.
 */

const LIST_KIND_OPTIONS: readonly FieldOption[] = optionsOf(LIST_KIND);

const ITEM_KIND_FIELD: FieldSpec = {
  key: 'kind',
  header: '事项类型',
  headerEn: 'Item kind',
  synonyms: ['类型', '履职类型', '执法方式', '事项类别'],
  kind: 'option',
  required: true,
  options: optionsOf(LIST_ITEM_KIND),
  example: '依法协助',
  width: 10,
};

/** Which item kinds each list has (DOMAIN.md "The three lists"). */
const KINDS_OF_LIST: Record<ListKind, readonly ListItemKind[]> = {
  streetDuties: ['basic', 'cooperative', 'returned'],
  enforcement: ['comprehensive', 'joint'],
  communityTasks: ['perform', 'assist'],
};

export const MODE_OPTIONS: readonly FieldOption[] = optionsOf(ASSISTANCE_MODE);

/** Assistance modes in a cell: each must be one of the seven. */
function modesOf(items: readonly string[] | undefined): { modes: AssistanceMode[]; unknown: string[] } {
  const modes: AssistanceMode[] = [];
  const unknown: string[] = [];
  for (const item of items ?? []) {
    const folded = foldWord(item);
    const option = MODE_OPTIONS.find((o) =>
      [o.value, o.label, o.labelEn, ...(o.synonyms ?? [])].some((w) => foldWord(w) === folded),
    );
    if (option && ASSISTANCE_MODES.includes(option.value as AssistanceMode))
      modes.push(option.value as AssistanceMode);
    else unknown.push(item);
  }
  return { modes: [...new Set(modes)], unknown };
}

const modeProblem = (unknown: string[]): Issue => ({
  field: 'assistanceModes',
  code: 'excel.cell.option',
  values: { value: unknown.join('、'), options: MODE_OPTIONS.map((o) => o.label).join('、') },
});

export const LIST_ITEM_FIELDS: readonly FieldSpec[] = [
  {
    key: 'listKind',
    header: '清单',
    headerEn: 'List',
    synonyms: ['清单类别', '清单名称', '所属清单'],
    kind: 'option',
    options: LIST_KIND_OPTIONS,
    example: '社区任务清单',
    width: 14,
  },
  {
    key: 'edition',
    header: '清单版本',
    headerEn: 'Edition',
    synonyms: ['版本', '版本名称'],
    kind: 'text',
    max: 50,
    example: '2020版',
    hint: '须是已建立的草稿版本',
    hintEn: 'A draft edition that exists',
    width: 10,
  },
  {
    key: 'code',
    header: '事项编码',
    headerEn: 'Code',
    synonyms: ['编码', '编号', '序号', '事项编号'],
    kind: 'itemCode',
    // 001–034 typed into Excel arrive as 1–34: numbers get their zeros back to three digits.
    length: 3,
    required: true,
    example: '2-001',
    width: 10,
  },
  {
    key: 'section',
    header: '所属板块',
    headerEn: 'Section',
    synonyms: ['板块', '分类', '领域', '职责板块', '所属领域', '类别'],
    kind: 'text',
    max: 50,
    required: true,
    example: '民生保障',
    width: 12,
  },
  {
    key: 'title',
    header: '事项名称',
    headerEn: 'Title',
    synonyms: ['事项', '名称', '职责事项', '执法事项', '任务名称', '事项内容', '职权名称'],
    kind: 'text',
    max: 500,
    required: true,
    example: '协助开展人口普查入户登记',
    width: 36,
  },
  {
    key: 'leadUnit',
    header: '牵头单位',
    headerEn: 'Lead unit',
    synonyms: ['牵头科室', '责任科室', '来源部门', '实施部门', '责任单位', '主责部门', '承办科室'],
    kind: 'text',
    max: 100,
    example: '统计局',
    width: 14,
  },
  {
    key: 'legalBasis',
    header: '依据',
    headerEn: 'Legal basis',
    synonyms: ['法律依据', '政策依据', '设定依据', '法定依据', '实施依据', '法律法规依据'],
    kind: 'text',
    max: 2000,
    example: '《全国人口普查条例》',
    width: 30,
  },
  ITEM_KIND_FIELD,
  {
    key: 'assistanceModes',
    header: '协助方式',
    headerEn: 'Assistance modes',
    synonyms: ['协助内容', '协助形式'],
    kind: 'list',
    example: '协助入户、宣传教育',
    hint: `依法协助事项填写，可多项：${MODE_OPTIONS.map((o) => o.label).join('、')}`,
    hintEn: 'For assisting items; several allowed',
    width: 20,
  },
  NOTES_FIELD,
];

/** The edition a row goes into: the one the screen fixed, or the draft named by list and edition. */
function editionOf(values: RowValues, ctx: ImportContext) {
  const fixed = str(values, 'editionId');
  if (!ctx.refs.listEditions && !fixed) {
    const name = str(values, 'edition') ?? '';
    const kind = str(values, 'listKind') ?? 'communityTasks';
    return { id: `${kind}:${name}`, kind, name, status: 'draft', orgPath: ctx.scope };
  }
  const editions = ctx.refs.listEditions ?? [];
  if (fixed) return editions.find((e) => e.id === fixed);
  const name = str(values, 'edition');
  const kind = str(values, 'listKind');
  if (!name) return undefined;
  const matches = editions.filter((e) => foldWord(e.name) === foldWord(name) && (!kind || e.kind === kind));
  return matches.find((e) => e.status === 'draft') ?? matches[0];
}

const itemKey = (editionId: string, code: string) => `${editionId}|${code}`;

export const listItemsSpec: EntitySpec<ListItem> = {
  name: 'listItems',
  table: 'listItems',
  label: '清单事项',
  labelEn: 'List items',
  fields: LIST_ITEM_FIELDS,
  keyLabel: '清单版本和事项编码',
  check(values, ctx) {
    // Without the editions (a check outside the app) rows are read, not placed.
    if (!ctx.refs.listEditions && !str(values, 'editionId')) return [];
    const edition = editionOf(values, ctx);
    const name = str(values, 'edition') ?? '';
    if (!edition)
      return [
        {
          field: 'edition',
          code: name ? 'excel.cell.refUnknown' : 'excel.cell.required',
          values: { value: name },
        },
      ];
    if (edition.status !== 'draft')
      return [{ field: 'edition', code: 'excel.cell.notDraft', values: { value: edition.name } }];
    return [];
  },
  keyOfValues(values, ctx) {
    const edition = editionOf(values, ctx);
    const code = str(values, 'code');
    return edition && code ? itemKey(edition.id, code) : undefined;
  },
  keysOfRecord: (item) => [itemKey(item.editionId, item.code)],
  valuesOf: (item) =>
    defined({
      editionId: item.editionId,
      code: item.code,
      section: item.section,
      title: item.title,
      leadUnit: item.leadUnit,
      legalBasis: item.legalBasis,
      kind: item.kind,
      assistanceModes: item.assistanceModes?.map(
        (m) => optionLabel({ options: MODE_OPTIONS } as FieldSpec, m) ?? m,
      ),
      notes: item.notes,
    }),
  build(values, _existing, ctx) {
    const edition = editionOf(values, ctx)!;
    const kind = str(values, 'kind') as ListItemKind;
    const issues: Issue[] = [];
    if (!KINDS_OF_LIST[edition.kind as ListKind]?.includes(kind)) {
      const options = (KINDS_OF_LIST[edition.kind as ListKind] ?? [])
        .map((k) => optionLabel(ITEM_KIND_FIELD, k))
        .join('、');
      issues.push({
        field: 'kind',
        code: 'excel.cell.option',
        values: { value: optionLabel(ITEM_KIND_FIELD, kind) ?? kind, options },
      });
    }
    const { modes, unknown } = modesOf(list(values, 'assistanceModes'));
    if (unknown.length > 0) issues.push(modeProblem(unknown));
    if (issues.length > 0) return { ok: false, issues };
    return {
      ok: true,
      value: defined({
        orgPath: edition.orgPath,
        editionId: edition.id,
        code: str(values, 'code')!,
        section: str(values, 'section')!,
        title: str(values, 'title')!,
        leadUnit: str(values, 'leadUnit'),
        legalBasis: str(values, 'legalBasis'),
        kind,
        assistanceModes: kind === 'assist' && modes.length > 0 ? modes : undefined,
        notes: str(values, 'notes'),
      }),
    };
  },
  cells(item, ctx) {
    const edition = ctx.refs.listEditions?.find((e) => e.id === item.editionId);
    return {
      listKind: edition ? optionLabel(LIST_ITEM_FIELDS[0]!, edition.kind) : undefined,
      edition: edition?.name,
      code: item.code,
      section: item.section,
      title: item.title,
      leadUnit: item.leadUnit,
      legalBasis: item.legalBasis,
      kind: optionLabel(ITEM_KIND_FIELD, item.kind),
      assistanceModes: item.assistanceModes
        ?.map((m) => MODE_OPTIONS.find((o) => o.value === m)?.label ?? m)
        .join('、'),
      notes: item.notes,
    };
  },
};

const ACCESS_STATUS_FIELD: FieldSpec = {
  key: 'status',
  header: '状态',
  headerEn: 'Status',
  synonyms: ['审批状态', '办理状态', '准入状态'],
  kind: 'option',
  options: optionsOf(ACCESS_STATUS),
  example: '已提交',
  hint: '不填为“草稿”',
  hintEn: 'Blank means draft',
  width: 10,
};

export const ACCESS_FIELDS: readonly FieldSpec[] = [
  {
    key: 'requestingUnit',
    header: '申请单位',
    headerEn: 'Requesting unit',
    synonyms: ['申请部门', '提出单位', '委托单位', '部门'],
    kind: 'text',
    max: 100,
    required: true,
    example: '区卫生健康委',
    width: 16,
  },
  {
    key: 'matter',
    header: '申请事项',
    headerEn: 'Matter',
    synonyms: ['事项名称', '工作事项', '事项', '工作内容', '准入事项'],
    kind: 'text',
    max: 500,
    required: true,
    example: '老年人健康档案入户核查',
    width: 30,
  },
  {
    key: 'basis',
    header: '依据',
    headerEn: 'Basis',
    synonyms: ['法律依据', '政策依据', '文件依据'],
    kind: 'text',
    max: 2000,
    example: '《北京市居家养老服务条例》',
    width: 24,
  },
  {
    key: 'listItemCode',
    header: '对应清单事项编码',
    headerEn: 'List item code',
    synonyms: ['清单事项编码', '社区任务清单编码', '对应事项编码'],
    kind: 'itemCode',
    example: '2-001',
    width: 12,
  },
  {
    key: 'assistanceModes',
    header: '协助方式',
    headerEn: 'Assistance modes',
    synonyms: ['协助内容', '协助形式'],
    kind: 'list',
    example: '协助入户',
    hint: MODE_OPTIONS.map((o) => o.label).join('、'),
    width: 16,
  },
  {
    key: 'communityResponsible',
    header: '社区是否为责任主体',
    headerEn: 'Community responsible',
    synonyms: ['责任主体为社区', '社区为责任主体'],
    kind: 'bool',
    example: '否',
    width: 10,
  },
  {
    key: 'targetCommunities',
    header: '涉及社区',
    headerEn: 'Target communities',
    synonyms: ['下沉社区', '目标社区', '社区'],
    kind: 'list',
    example: '南新园社区、双龙南里社区',
    hint: '可写社区代码或名称',
    hintEn: 'Several separated by 、; codes or names',
    width: 28,
  },
  {
    key: 'periodFrom',
    header: '开始日期',
    headerEn: 'From',
    synonyms: ['实施开始日期', '起始日期', '开始时间'],
    kind: 'date',
    example: '2024-05-01',
    width: 12,
  },
  {
    key: 'periodTo',
    header: '结束日期',
    headerEn: 'To',
    synonyms: ['实施结束日期', '截止日期', '结束时间'],
    kind: 'date',
    example: '2024-06-30',
    width: 12,
  },
  {
    key: 'frequency',
    header: '频次',
    headerEn: 'Frequency',
    synonyms: ['频率', '工作频次'],
    kind: 'text',
    max: 100,
    example: '每季度一次',
    width: 12,
  },
  {
    key: 'funding',
    header: '经费保障',
    headerEn: 'Funding',
    synonyms: ['经费', '工作经费'],
    kind: 'text',
    max: 200,
    example: '按户拨付 5 元',
    width: 14,
  },
  {
    key: 'staffing',
    header: '人员保障',
    headerEn: 'Staffing',
    synonyms: ['人员', '工作力量'],
    kind: 'text',
    max: 200,
    example: '区卫健委派 2 人',
    width: 14,
  },
  {
    key: 'formsAndSystems',
    header: '需填报的表格或系统',
    headerEn: 'Forms and systems',
    synonyms: ['填报表格', '信息系统', '报表'],
    kind: 'list',
    example: '健康档案系统',
    width: 18,
  },
  {
    key: 'contact',
    header: '联系人',
    headerEn: 'Contact',
    synonyms: ['联系人及电话', '联系方式'],
    kind: 'text',
    max: 100,
    example: '赵敏 010-65001234',
    width: 16,
  },
  {
    key: 'filedOn',
    header: '申请日期',
    headerEn: 'Filed on',
    synonyms: ['提交日期', '申请时间'],
    kind: 'date',
    example: '2024-03-15',
    width: 12,
  },
  {
    key: 'startsOn',
    header: '拟开始日期',
    headerEn: 'Starts on',
    synonyms: ['计划开始日期'],
    kind: 'date',
    example: '2024-05-01',
    width: 12,
  },
  ACCESS_STATUS_FIELD,
];

const accessKey = (unit: string, matter: string, filedOn: string | undefined) =>
  `${keyWord(unit)}|${keyWord(matter)}|${filedOn ?? ''}`;

/** The longest orgPath every target community shares, at least a district. */
function commonPath(units: readonly OrgEntry[], fallback: string): string {
  if (units.length === 0) return fallback;
  const paths = units.map((u) => [u.code.slice(0, 6), u.code.slice(0, 9), u.code.slice(0, 12)]);
  const shared: string[] = [];
  for (let i = 0; i < 3; i++) {
    const part = paths[0]![i]!;
    if (paths.every((p) => p[i] === part)) shared.push(part);
    else break;
  }
  return shared.length > 0 ? shared.join('/') : fallback;
}

export const accessRequestsSpec: EntitySpec<AccessRequest> = {
  name: 'accessRequests',
  table: 'accessRequests',
  label: '准入申请',
  labelEn: 'Access requests',
  fields: ACCESS_FIELDS,
  keyLabel: '申请单位、事项和申请日期',
  keyOfValues(values) {
    const unit = str(values, 'requestingUnit');
    const matter = str(values, 'matter');
    return unit && matter ? accessKey(unit, matter, str(values, 'filedOn')) : undefined;
  },
  keysOfRecord: (r) => [accessKey(r.requestingUnit, r.matter, r.filedOn)],
  valuesOf: (r, ctx) =>
    defined({
      requestingUnit: r.requestingUnit,
      matter: r.matter,
      basis: r.basis,
      listItemId: r.listItemId,
      assistanceModes: r.assistanceModes.map((m) => MODE_OPTIONS.find((o) => o.value === m)?.label ?? m),
      communityResponsible: r.communityResponsible,
      targetCommunities: r.targetCommunities.map((c) => ctx.org.byCode(c)?.code ?? c),
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      frequency: r.frequency,
      funding: r.funding,
      staffing: r.staffing,
      formsAndSystems: r.formsAndSystems,
      contact: r.contact,
      filedOn: r.filedOn,
      startsOn: r.startsOn,
      status: r.status,
    }),
  build(values, existing, ctx) {
    const issues: Issue[] = [];
    const { modes, unknown } = modesOf(list(values, 'assistanceModes'));
    if (unknown.length > 0) issues.push(modeProblem(unknown));
    const targets: OrgEntry[] = [];
    for (const name of list(values, 'targetCommunities') ?? []) {
      const found = ctx.org.resolve(name, ['community', 'village']);
      if (found.unit) targets.push(found.unit);
      else issues.push({ field: 'targetCommunities', ...found.problem, values: found.problem.values ?? {} });
    }
    let listItemId = str(values, 'listItemId');
    const itemCode = str(values, 'listItemCode');
    if (itemCode && ctx.refs.listItemsByCode) {
      listItemId = ctx.refs.listItemsByCode.get(itemCode)?.id;
      if (!listItemId)
        issues.push({ field: 'listItemCode', code: 'excel.cell.refUnknown', values: { value: itemCode } });
    }
    const from = str(values, 'periodFrom');
    const to = str(values, 'periodTo');
    if (from && to && to < from) issues.push({ field: 'periodTo', code: 'excel.cell.dateOrder' });
    if (issues.length > 0) return { ok: false, issues };
    const status = (str(values, 'status') as AccessStatus | undefined) ?? 'draft';
    const history = existing?.history ? [...existing.history] : [];
    if (!existing || existing.status !== status)
      history.push({ status, at: ctx.today, by: ctx.user ?? '', reason: '导入' });
    return {
      ok: true,
      value: defined({
        orgPath:
          existing?.orgPath && targets.length === 0 ? existing.orgPath : commonPath(targets, ctx.scope),
        requestingUnit: str(values, 'requestingUnit')!,
        matter: str(values, 'matter')!,
        basis: str(values, 'basis'),
        listItemId,
        assistanceModes: modes,
        communityResponsible: bool(values, 'communityResponsible') ?? false,
        targetCommunities: targets.map((t) => t.code),
        periodFrom: from,
        periodTo: to,
        frequency: str(values, 'frequency'),
        funding: str(values, 'funding'),
        staffing: str(values, 'staffing'),
        formsAndSystems: list(values, 'formsAndSystems') ?? [],
        contact: str(values, 'contact'),
        filedOn: str(values, 'filedOn'),
        startsOn: str(values, 'startsOn'),
        status,
        history,
        redirectedTo: existing?.redirectedTo,
      }),
    };
  },
  cells(r, ctx) {
    return {
      requestingUnit: r.requestingUnit,
      matter: r.matter,
      basis: r.basis,
      listItemCode: r.listItemId ? ctx.refs.listItemCodeById?.get(r.listItemId) : undefined,
      assistanceModes: r.assistanceModes
        .map((m) => MODE_OPTIONS.find((o) => o.value === m)?.label ?? m)
        .join('、'),
      communityResponsible: r.communityResponsible ? '是' : '否',
      targetCommunities: r.targetCommunities.map((c) => ctx.org.label(c)).join('、'),
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      frequency: r.frequency,
      funding: r.funding,
      staffing: r.staffing,
      formsAndSystems: r.formsAndSystems.join('、'),
      contact: r.contact,
      filedOn: r.filedOn,
      startsOn: r.startsOn,
      status: optionLabel(ACCESS_STATUS_FIELD, r.status),
    };
  },
};
