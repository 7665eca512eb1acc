/**
 * Messages of the Excel engine's issue codes (`excel.*`), Chinese first. The app shows them as
 * `errors.excel.<code>` through shared/messages, the one source of
 * every code's message.
 */
export const EXCEL_MESSAGES_ZH = {
  file: {
    tooLarge: '文件大小为 {{size}} MB，超过 {{limit}} MB 上限，无法导入。请拆分后分批导入。',
    empty: '文件是空的。',
    notWorkbook:
      '文件扩展名是 {{extension}}，但内容不是 Excel 工作簿（可能是改了扩展名的文本文件）。请在 Excel 中打开后另存为 .xlsx，或把扩展名改为 .csv。',
    encrypted: '文件设置了打开密码，无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后重新导入。',
    corrupt: '文件已损坏或不是受支持的表格格式，无法读取。请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入。',
    noSheets: '工作簿中没有工作表。',
    emptySheet: '工作表“{{sheet}}”中没有数据。',
    tooManyRows: '工作表“{{sheet}}”超过 {{limit}} 行，无法一次导入。请拆分后分批导入。',
    unsafeHeader:
      '第 {{row}} 行的列名“{{label}}”不能使用（与程序保留名相同）。请改为有意义的列名后重新导入。',
    noHeader: '在工作表“{{sheet}}”的前 {{rows}} 行中没有找到表头。表头应包含如“{{examples}}”等列名。',
    missingColumns: '缺少必需的列：{{columns}}。请在“核对列”中指定，或使用模板。',
    unknownEntity: '不支持导入“{{entity}}”。可导入：{{entities}}。',
  },
  cell: {
    required: '必须填写',
    idAsNumber:
      '以数字形式保存，后几位已丢失（Excel 只保留 15 位有效数字）。请把该列设为“文本”格式，重新填写后再导入',
    scientific: '显示为科学计数法（{{value}}），数字已不完整。请把该列设为“文本”格式，重新填写后再导入',
    masked: '是脱敏后的号码（含 *），无法导入，请填写完整号码',
    errorValue: '单元格是错误值 {{value}}（公式出错），请改正后重新导入',
    date: '“{{value}}”不是有效日期，可写作 2020-01-01、2020/1/1、2020.1.1 或 2020年1月1日',
    timeLimit:
      '办理时限“{{value}}”无法识别，可写截止时间（2024-03-08 17:00）或时长（2小时、7个工作日、15天）',
    datetime: '“{{value}}”不是有效时间，可写作 2024-03-01 10:23、2024/3/1 10:23:45 或 2024年3月1日10时23分',
    integer: '“{{value}}”不是整数',
    bool: '“{{value}}”应填“是”或“否”',
    option: '“{{value}}”不是可选值。可选：{{options}}',
    codeDigits: '“{{value}}”应只含数字',
    codeLength: '“{{value}}”应为 {{length}} 位',
    tooLong: '内容过长（最多 {{max}} 字）',
    orgUnknown: '找不到“{{value}}”。请填写统计代码或完整名称，如 建外街道、朝阳区建外街道',
    orgAmbiguous: '“{{value}}”对应多个单位（{{candidates}}），请填写统计代码或加上区名',
    orgLevel: '“{{value}}”不是{{level}}',
    outOfScope: '“{{value}}”不在当前范围（{{scope}}）内',
    refUnknown: '找不到“{{value}}”',
    notDraft: '清单版本“{{value}}”已发布或停用，只能导入到草稿版本',
    dateOrder: '结束日期不能早于开始日期',
    genderMismatch: '性别“{{value}}”与身份证号不符（身份证号表明为{{expected}}）',
    departmentMismatch: '指导部门“{{value}}”与类别“{{category}}”的部门“{{expected}}”不符',
    reportsOrder: '及时处置数不能大于发现上报数',
  },
  row: {
    duplicate: '与第 {{row}} 行重复（{{key}}相同）',
    duplicateSame: '与第 {{row}} 行完全相同，已跳过',
    noKey: '缺少{{key}}，无法确定是哪一条记录',
  },
  warn: {
    leadingZeros: '“{{value}}”已补足前导零为 {{fixed}}',
    legacyId: '15 位旧身份证号已转换为 18 位',
    duplicateColumn: '第 {{column}} 列“{{label}}”与前面的列重复，已忽略',
    combinedColumn:
      '第 {{column}} 列“{{label}}”接在前面同一字段的列之后合并（如 5号楼 + 1单元 → 5号楼1单元）',
    hiddenSheet: '工作表“{{sheet}}”是隐藏的',
    exampleRow: '模板中的示例行，已跳过',
  },
} as const;

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const EXCEL_MESSAGES_EN: Shape<typeof EXCEL_MESSAGES_ZH> = {
  file: {
    tooLarge:
      'The file is {{size}} MB; files over {{limit}} MB cannot be imported. Split it and import the parts.',
    empty: 'The file is empty.',
    notWorkbook:
      'The file is named {{extension}} but is not an Excel workbook (perhaps a renamed text file). Open it in Excel and save as .xlsx, or rename it to .csv.',
    encrypted:
      'The file is password-protected and cannot be read. Remove the password in Excel (File → Info → Protect Workbook) and import again.',
    corrupt:
      'The file is damaged or not a supported spreadsheet. Open it in Excel or WPS, save as .xlsx and import again.',
    noSheets: 'The workbook has no sheets.',
    emptySheet: 'Sheet “{{sheet}}” holds no data.',
    tooManyRows: 'Sheet “{{sheet}}” has over {{limit}} rows. Split it and import the parts.',
    unsafeHeader:
      'Column name “{{label}}” in row {{row}} cannot be used (it is a reserved name). Rename the column and import again.',
    noHeader:
      'No header row in the first {{rows}} rows of sheet “{{sheet}}”. A header names columns such as “{{examples}}”.',
    missingColumns:
      'Required columns are missing: {{columns}}. Assign them under “Columns”, or use the template.',
    unknownEntity: '“{{entity}}” cannot be imported. Importable: {{entities}}.',
  },
  cell: {
    required: 'Required',
    idAsNumber:
      'stored as a number, so its last digits are lost (Excel keeps 15 significant digits). Format the column as Text, re-enter and import again',
    scientific:
      'shown in scientific notation ({{value}}), so digits are lost. Format the column as Text, re-enter and import again',
    masked: 'is a masked number (contains *) and cannot be imported; give the full number',
    errorValue: 'the cell holds the error {{value}} (a broken formula); fix it and import again',
    date: '“{{value}}” is not a date; write 2020-01-01, 2020/1/1, 2020.1.1 or 2020年1月1日',
    timeLimit:
      'time limit “{{value}}” cannot be read; write a time (2024-03-08 17:00) or a length (2小时, 7个工作日, 15天)',
    datetime: '“{{value}}” is not a time; write 2024-03-01 10:23, 2024/3/1 10:23:45 or 2024年3月1日10时23分',
    integer: '“{{value}}” is not a whole number',
    bool: '“{{value}}” should be yes (是) or no (否)',
    option: '“{{value}}” is not an allowed value. Allowed: {{options}}',
    codeDigits: '“{{value}}” should contain digits only',
    codeLength: '“{{value}}” should have {{length}} digits',
    tooLong: 'too long (at most {{max}} characters)',
    orgUnknown:
      '“{{value}}” not found. Give the statistical code or the full name, e.g. 建外街道 or 朝阳区建外街道',
    orgAmbiguous: '“{{value}}” matches several units ({{candidates}}); give the code or add the district',
    orgLevel: '“{{value}}” is not a {{level}}',
    outOfScope: '“{{value}}” is outside the current scope ({{scope}})',
    refUnknown: '“{{value}}” not found',
    notDraft: 'List edition “{{value}}” is published or retired; import into a draft edition',
    dateOrder: 'the end date is before the start date',
    genderMismatch: 'gender “{{value}}” does not match the resident ID (which says {{expected}})',
    departmentMismatch:
      'department “{{value}}” differs from “{{expected}}”, the department of category “{{category}}”',
    reportsOrder: 'handled in time cannot exceed the reports',
  },
  row: {
    duplicate: 'duplicates row {{row}} (same {{key}})',
    duplicateSame: 'identical to row {{row}}; skipped',
    noKey: '{{key}} is missing, so the record cannot be identified',
  },
  warn: {
    leadingZeros: '“{{value}}” padded with leading zeros to {{fixed}}',
    legacyId: 'old 15-digit resident ID converted to 18 digits',
    duplicateColumn: 'column {{column}} “{{label}}” repeats an earlier column and is ignored',
    combinedColumn:
      'column {{column}} “{{label}}” is joined after the earlier column of the same field (5号楼 + 1单元 → 5号楼1单元)',
    hiddenSheet: 'sheet “{{sheet}}” is hidden',
    exampleRow: 'the template’s example row; skipped',
  },
};
