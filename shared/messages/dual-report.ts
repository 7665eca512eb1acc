/** Messages of the `dualReport.*` codes (双报到), shown as `errors.dualReport.<code>`. */
export const DUAL_REPORT_MESSAGES_ZH = {
  nameRequired: '请填写名称或姓名',
  dateRequired: '请填写日期',
  dateInFuture: '日期晚于今天，请核对',
  hoursRange: '服务时长应大于 0 且不超过 {{max}} 小时',
  contentRequired: '请填写服务内容',
  communityRequired: '请选择报到的社区',
  memberGone: '该报到单位或党员已被删除',
  notWritable: '当前角色不能修改双报到记录',
};

export const DUAL_REPORT_MESSAGES_EN: typeof DUAL_REPORT_MESSAGES_ZH = {
  nameRequired: 'Give the name',
  dateRequired: 'Give the date',
  dateInFuture: 'The date is after today: check it',
  hoursRange: 'Hours are more than 0 and at most {{max}}',
  contentRequired: 'Say what was done',
  communityRequired: 'Choose the community it reports to',
  memberGone: 'This unit or party member has been deleted',
  notWritable: 'Your role cannot change the dual-report register',
};
