import { calendarYears, workCalendar } from '../../calendar/work-calendar';
import type { Ticket, TicketKind } from '../../model/ticket';
import { orgPathOfCode } from '../../org/codes';
import { beijingDate } from '../../access/dates';
import { timeLimitDeadline } from '../../tickets/time-limit';
import { maskName } from '../../validation/mask';
import { TICKET_KIND } from '../../vocabulary';
import type { EntitySpec, FieldSpec, RowValues } from '../entity';
import { optionLabel, optionsOf } from '../entity';
import { parseDateTime } from '../values';
import { STREET_FIELD, bool, defined, personal, str, unit } from './common';
import { streetCodeOf } from '../../org/paths';

/**
 * 12345 派单明细: the platform's dispatch export. The 工单编号 is the key, so importing the next
 * day's export updates the tickets already held (their handling on this desk is kept) and adds
 * the new ones. Each address is matched against the 楼门院 registry as the row is built.
 */

const KIND_FIELD: FieldSpec = {
  key: 'kind',
  header: '诉求类型',
  headerEn: 'Kind',
  synonyms: ['类型', '工单类型', '诉求性质', '来电类型', '诉求类别'],
  kind: 'option',
  required: true,
  options: optionsOf(TICKET_KIND),
  example: '投诉',
  width: 10,
};

export const TICKET_FIELDS: readonly FieldSpec[] = [
  {
    key: 'number',
    header: '工单编号',
    headerEn: 'Ticket number',
    synonyms: ['工单号', '编号', '工单编码', '案件编号', '诉求编号'],
    kind: 'text',
    max: 40,
    required: true,
    example: 'GD2024030100123',
    width: 18,
  },
  {
    key: 'receivedAt',
    header: '受理时间',
    headerEn: 'Received',
    synonyms: ['来电时间', '派单时间', '受理日期', '登记时间', '接诉时间'],
    kind: 'datetime',
    required: true,
    example: '2024-03-01 09:12',
    width: 17,
  },
  KIND_FIELD,
  {
    key: 'category',
    header: '问题分类',
    headerEn: 'Category',
    synonyms: ['问题类型', '分类', '诉求分类', '问题类别', '三级分类', '主题分类'],
    kind: 'text',
    max: 100,
    example: '楼道堆物',
    width: 14,
  },
  {
    key: 'content',
    header: '诉求内容',
    headerEn: 'Request',
    synonyms: ['内容', '来电内容', '问题描述', '诉求描述', '工单内容', '反映问题'],
    kind: 'text',
    max: 4000,
    required: true,
    example: '5号楼2单元楼道堆放杂物，影响通行',
    width: 40,
  },
  {
    key: 'address',
    header: '发生地址',
    headerEn: 'Address',
    synonyms: ['地址', '事发地址', '问题地址', '诉求地址', '发生地点', '事发地点'],
    kind: 'text',
    max: 200,
    required: true,
    example: '朝阳区南新园5号楼2单元',
    width: 28,
  },
  {
    key: 'timeLimit',
    header: '办理时限',
    headerEn: 'Time limit',
    synonyms: ['时限', '处理时限', '办结时限', '截止时间', '反馈时限', '办理期限'],
    kind: 'text',
    max: 40,
    example: '7个工作日',
    hint: '截止时间（如 2024-03-08 17:00），或时长（如 2小时、24小时、7个工作日、15天）；不填按诉求类型的规定时限',
    hintEn: 'A time (2024-03-08 17:00) or a length (2小时, 7个工作日, 15天); empty: the rule for the kind',
    width: 16,
  },
  {
    key: 'urgent',
    header: '是否紧急',
    headerEn: 'Urgent',
    synonyms: ['紧急', '是否加急', '加急'],
    kind: 'bool',
    example: '否',
    width: 8,
  },
  {
    key: 'callerName',
    header: '诉求人',
    headerEn: 'Caller',
    synonyms: ['来电人', '反映人', '诉求人姓名', '联系人'],
    kind: 'text',
    max: 50,
    example: '王女士',
    width: 10,
  },
  {
    key: 'callerPhone',
    header: '联系电话',
    headerEn: 'Phone',
    synonyms: ['来电号码', '电话', '联系方式', '诉求人电话', '手机'],
    kind: 'phone',
    personal: 'phone',
    example: '13800138000',
    width: 14,
  },
  { ...STREET_FIELD, example: '', hint: '可不填；地址定位到楼门院时按楼门院所属社区' },
];

// The shipped 调休 arrangements; a street's own edits apply on screen, where the calendar is loaded.
const SHIPPED_CALENDAR = workCalendar(calendarYears([]));

/** 办理时限 read as a time, or as a length from 受理时间. */
function dueAtOfCell(text: string, receivedAt: string): string | undefined {
  const serial = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
  const asTime = parseDateTime(serial !== undefined ? { t: 'n', v: serial } : { t: 's', v: text });
  return asTime.value ?? timeLimitDeadline(text, receivedAt, SHIPPED_CALENDAR);
}

/** An instant as Beijing wall-clock time, as the platform's exports write it. */
export function beijingDateTime(iso: string): string {
  const shifted = new Date(Date.parse(iso) + 8 * 3600_000).toISOString();
  return `${beijingDate(iso)} ${shifted.slice(11, 16)}`;
}

export const ticketsSpec: EntitySpec<Ticket> = {
  name: 'tickets',
  table: 'tickets',
  label: '12345 工单',
  labelEn: '12345 tickets',
  fields: TICKET_FIELDS,
  keyLabel: '工单编号',
  keyOfValues: (values) => str(values, 'number'),
  keysOfRecord: (t) => [t.number],
  valuesOf: (t) =>
    defined({
      number: t.number,
      receivedAt: t.receivedAt,
      kind: t.kind,
      category: t.category,
      content: t.content,
      address: t.address,
      urgent: t.urgent,
      callerName: t.callerName,
      callerPhone: t.callerPhone,
      ...(t.dueAt ? { timeLimit: beijingDateTime(t.dueAt) } : {}),
    }),
  build(values: RowValues, existing, ctx) {
    const receivedAt = str(values, 'receivedAt')!;
    const address = str(values, 'address')!;
    const limit = str(values, 'timeLimit');
    const dueAt = limit ? dueAtOfCell(limit, receivedAt) : undefined;
    if (limit && !dueAt) {
      return {
        ok: false,
        issues: [{ field: 'timeLimit', code: 'excel.cell.timeLimit', values: { value: limit } }],
      };
    }
    // A link a person made stays while the address does not change.
    const keepLink = existing && existing.address === address;
    const match = keepLink ? undefined : ctx.refs.addressMatcher?.match(address);
    const placeId = keepLink ? existing.placeId : match?.placeId;
    const street = unit(values, 'street');
    const orgPath =
      (placeId && ctx.refs.placePathById?.get(placeId)) ||
      (street ? orgPathOfCode(street.code) : undefined) ||
      existing?.orgPath ||
      ctx.scope;
    const value: Omit<Ticket, 'id'> = defined({
      ...(existing ?? {}),
      id: undefined,
      orgPath,
      number: str(values, 'number')!,
      source: existing?.source ?? 'hotline',
      kind: str(values, 'kind') as TicketKind,
      category: str(values, 'category'),
      content: str(values, 'content')!,
      address,
      receivedAt,
      dueAt: dueAt ?? existing?.dueAt,
      urgent: bool(values, 'urgent') ?? false,
      callerName: str(values, 'callerName'),
      callerPhone: str(values, 'callerPhone'),
      state: existing?.state ?? 'received',
      placeId,
      linkStatus: keepLink ? existing.linkStatus : (match?.status ?? 'unregistered'),
      candidateIds: keepLink
        ? existing.candidateIds
        : match && match.status !== 'linked'
          ? match.candidateIds
          : undefined,
    });
    return { ok: true, value };
  },
  cells(t, ctx) {
    const street = streetCodeOf(t.orgPath);
    return {
      number: t.number,
      receivedAt: beijingDateTime(t.receivedAt),
      kind: optionLabel(KIND_FIELD, t.kind),
      category: t.category,
      content: t.content,
      address: t.address,
      timeLimit: t.dueAt ? beijingDateTime(t.dueAt) : undefined,
      urgent: t.urgent ? '是' : '否',
      callerName: t.callerName && (ctx.unmasked ? t.callerName : maskName(t.callerName)),
      callerPhone: personal(t.callerPhone, 'phone', ctx.unmasked),
      street: street ? ctx.org.label(street) : undefined,
    };
  },
};
