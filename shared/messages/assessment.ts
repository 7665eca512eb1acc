/** Messages of the `assessment.*` codes, shown as `errors.assessment.<code>`. */
export const ASSESSMENT_MESSAGES_ZH = {
  nameRequired: '请填写考核名称',
  year: '年度应为 2000 到 2100 之间的整数',
  period: '请选择考核周期：全年、上半年或下半年',
  noIndicators: '请至少设置一项考核指标',
  kind: '未知的指标类型',
  duplicateKind: '同一指标只能设置一次（街道评分项可以多项）',
  weight: '权重应大于 0 且不超过 100',
  manualName: '请填写街道评分项的名称',
  target: '协商议题目标数应为不小于 1 的整数',
  scoreRange: '评分应为 0 到 100 之间的数',
  reasonRequired: '请填写评分理由',
  frozen: '该轮考核已发布，结果已冻结，不能再修改',
  notComputed: '请先计算考核结果再提交审核或发布',
  notWritable: '当前角色不能修改社区考核',
  notFound: '找不到该轮考核，可能已被删除',
  scopeStreet: '社区考核由街道或区组织：请先在左侧范围中选择街道或区',
};

export const ASSESSMENT_MESSAGES_EN: typeof ASSESSMENT_MESSAGES_ZH = {
  nameRequired: 'Give the round a name',
  year: 'The year must be a whole number from 2000 to 2100',
  period: 'Choose the period: the year, its first half or its second half',
  noIndicators: 'Set at least one indicator',
  kind: 'Unknown kind of indicator',
  duplicateKind: 'Each indicator can be set once (only the street’s own items may repeat)',
  weight: 'A weight must be above 0 and at most 100',
  manualName: 'Name the street’s item',
  target: 'The target number of topics must be a whole number of at least 1',
  scoreRange: 'A score is a number from 0 to 100',
  reasonRequired: 'Give the reason for the score',
  frozen: 'This round is published: its results are frozen and can no longer change',
  notComputed: 'Compute the round before sending it for review or publishing it',
  notWritable: 'Your role cannot change the community assessment',
  notFound: 'This round was not found: it may have been deleted',
  scopeStreet:
    'A street or district runs the assessment: choose a street or district in the scope tree first',
};
