/** Messages of the `lists.*` issue and error codes, shown as `errors.lists.<code>`. */
export const LISTS_MESSAGES_ZH = {
  item: {
    codeRequired: '请填写编号',
    codeFormat: '编号只能包含字母、数字和 . - _，如 JD-001',
    codeTaken: '本版本中已有编号 {{code}}（{{title}}）',
    sectionRequired: '请填写类别',
    titleRequired: '请填写事项名称',
    titleLength: '事项名称不能超过 {{max}} 字',
    kind: '请选择本清单的事项类型',
    modesRequired: '依法协助事项应至少选择一种协助方式',
    modeUnknown: '协助方式只能是规定的七种之一',
  },
  edition: {
    nameRequired: '请填写版本名称',
    nameTaken: '这份清单已有名为 {{name}} 的版本',
    dateOrder: '停止日期应晚于施行日期',
    notDraft: '只有草稿版本可以修改或发布',
    notPublished: '只有施行中的版本可以停用',
    empty: '版本中没有事项，不能发布',
    effectiveRequired: '请填写施行日期',
  },
};

export const LISTS_MESSAGES_EN: typeof LISTS_MESSAGES_ZH = {
  item: {
    codeRequired: 'Enter a code',
    codeFormat: 'Codes hold letters, digits and . - _ only, e.g. JD-001',
    codeTaken: 'This edition already has code {{code}} ({{title}})',
    sectionRequired: 'Enter a section',
    titleRequired: 'Enter the item',
    titleLength: 'At most {{max}} characters',
    kind: 'Choose a kind this list uses',
    modesRequired: 'An assisting item allows at least one assistance mode',
    modeUnknown: 'Assistance modes are the seven set by the rules',
  },
  edition: {
    nameRequired: 'Enter a name',
    nameTaken: 'This list already has an edition named {{name}}',
    dateOrder: 'The end date must follow the start date',
    notDraft: 'Only a draft edition can change or be published',
    notPublished: 'Only an edition in force can be retired',
    empty: 'The edition has no items to publish',
    effectiveRequired: 'Enter the date it comes into force',
  },
};
