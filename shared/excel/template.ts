import type { OrgLevel } from '../model/org';
import { columnKind, type EntitySpec, type FieldSpec, type ReferenceData } from './entity';
import type { OrgDirectory } from './org-directory';
import { writeWorkbook, type CellInput, type Dropdown, type TableColumn } from './xlsx-writer';
import { codeOfPath } from '../org/codes';

/**
 * A template per entity: the sheet to fill (Chinese headers, required ones marked *, text
 * columns already formatted as text, an example row the import skips, dropdowns), and an
 * instructions sheet that says what each column takes — allowed values included, for
 * programs that do not show dropdowns.
 */

export interface TemplateContext {
  org: OrgDirectory;
  refs: ReferenceData;
  /** orgPath of the current scope: the streets and communities offered in dropdowns. */
  scope: string;
}

/** Dropdowns longer than this are left to the instructions sheet. */
const MAX_DROPDOWN = 3_000;

function orgChoices(field: FieldSpec, ctx: TemplateContext): string[] {
  const levels: readonly OrgLevel[] = field.levels ?? ['community', 'village'];
  const scopeCode = codeOfPath(ctx.scope);
  // Streets of the scope's district at least: a street user still sees the neighbours' names.
  const within = levels.includes('street') || levels.includes('district') ? scopeCode.slice(0, 6) : scopeCode;
  return ctx.org.unitsAt(levels, within).map((u) => ctx.org.label(u.code));
}

/** The values a column's dropdown offers, if it has one. */
export function choicesOf(spec: EntitySpec, field: FieldSpec, ctx: TemplateContext): string[] | undefined {
  if (field.kind === 'option') return (field.options ?? []).map((o) => o.label);
  if (field.kind === 'bool') return ['是', '否'];
  if (field.kind === 'org') {
    const choices = orgChoices(field, ctx);
    return choices.length > 0 && choices.length <= MAX_DROPDOWN ? choices : undefined;
  }
  if (spec.name === 'coordinators' && field.key === 'category')
    return ctx.refs.coordinatorCategories?.map((c) => c.name);
  if (spec.name === 'coordinators' && field.key === 'department')
    return ctx.refs.departments?.map((d) => d.name);
  if (spec.name === 'listItems' && field.key === 'edition')
    return ctx.refs.listEditions?.filter((e) => e.status === 'draft').map((e) => e.name);
  return undefined;
}

export const TEMPLATE_TEXT = {
  instructions: '填写说明',
  column: '列名',
  required: '是否必填',
  format: '填写要求',
  choices: '可选值',
  example: '示例',
  yes: '是',
  no: '否',
};

const KIND_HINT: Record<FieldSpec['kind'], string> = {
  text: '文字',
  code: '数字编码（文本格式）',
  itemCode: '编码（文本格式）',
  residentId: '18 位身份证号（文本格式）',
  mobile: '11 位手机号，可带空格、短横线或 +86',
  phone: '手机或带区号的固定电话',
  date: '日期，如 2020-01-01、2020/1/1、2020年1月1日',
  datetime: '日期和时间（北京时间），如 2024-03-01 10:23',
  count: '整数',
  year: '四位年份',
  bool: '是 / 否',
  option: '从可选值中选择',
  list: '多项用顿号、逗号、分号或换行分隔',
  org: '统计代码或名称',
};

/** What the instructions sheet says a column takes: its kind's format, then the field's own hint. */
export function instructionOf(field: FieldSpec): string {
  return [KIND_HINT[field.kind], field.hint].filter(Boolean).join('。');
}

export async function writeTemplate(
  spec: EntitySpec,
  ctx: TemplateContext,
): Promise<Uint8Array<ArrayBuffer>> {
  const fields = spec.fields;
  const columns: TableColumn[] = fields.map((f) => ({
    header: f.required ? `${f.header}*` : f.header,
    kind: columnKind(f),
    width: f.width,
  }));
  const example: CellInput[] = fields.map((f) =>
    f.example === '' ? undefined : columnKind(f) === 'number' ? Number(f.example) : f.example,
  );
  const dropdowns: Dropdown[] = [];
  const choices = fields.map((f) => choicesOf(spec, f, ctx));
  choices.forEach((values, column) => {
    if (values && values.length > 0) dropdowns.push({ column, values });
  });

  const t = TEMPLATE_TEXT;
  const notes = [
    `${spec.label}导入模板：请在“${spec.label}”工作表中填写，一行一条记录。`,
    '第一行是表头，请勿修改列名；可以调整列的顺序，不需要的非必填列可以删除。带 * 的列为必填。',
    '第二行是示例，导入时自动跳过，也可以删除。',
    '身份证号、编码、电话已设为“文本”格式，请保持；从其他表格粘贴时请选择“只粘贴值”。',
    `按“${spec.keyLabel}”匹配已有记录：匹配到的更新，其余新增。留空的单元格不会清除已有内容。`,
    '带下拉列表的列可从列表中选择；可选值也列在下表中。导入前会显示预览，有问题的行可以下载错误报告，改正后重新导入。',
  ];
  const help: CellInput[][] = fields.map((f, i) => [
    f.header,
    f.required ? t.yes : t.no,
    instructionOf(f),
    (choices[i] ?? []).length > 0 && (choices[i] ?? []).length <= 60
      ? choices[i]!.join('、')
      : choices[i]
        ? `共 ${choices[i]!.length} 项，见下拉列表`
        : '',
    f.example,
  ]);

  return writeWorkbook([
    { name: spec.label, columns, rows: [example], dropdowns },
    {
      name: t.instructions,
      columns: [
        { header: t.column, kind: 'text', width: 16 },
        { header: t.required, kind: 'text', width: 9 },
        { header: t.format, kind: 'text', width: 48 },
        { header: t.choices, kind: 'text', width: 40 },
        { header: t.example, kind: 'text', width: 22 },
      ],
      above: [{ text: `${spec.label}导入说明`, bold: true }, ...notes.map((text) => ({ text }))],
      rows: help,
      wrap: true,
    },
  ]);
}
