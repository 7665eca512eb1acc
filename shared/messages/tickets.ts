/** Messages of the `tickets.*` codes, shown as `errors.tickets.<code>`. */
export const TICKETS_MESSAGES_ZH = {
  workflow: {
    notAllowed: '工单当前状态下不能这样办理',
    reasonRequired: '请填写原因',
    dueRequired: '请选择延期后的办理时限',
    verdictRequired: '请填写回访结果：是否解决、是否满意',
  },
  rateRules: {
    weightNotWhole: '权重须为 0 或正整数',
    weightsSum: '三项权重之和须为 100',
    pointOutOfRange: '满意度分值须在 0 到 1 之间',
    pointsOrder: '分值须满足：满意 ≥ 基本满意 ≥ 不满意',
    notYours: '只有本街道（或区）的用户可以设置三率权重',
  },
  deadlineRules: {
    amountNotPositive: '办理时限须为大于 0 的数',
    daysNotWhole: '按自然日或工作日计的时限须为整数天',
    amountTooLong: '办理时限过长：不超过 720 小时、90 个自然日或 60 个工作日，请检查是否多输了一位',
    unitUnknown: '请选择计时方式：小时、自然日或工作日',
    notYours: '只有本街道（或区）的用户可以设置办理时限规则',
  },
};

export const TICKETS_MESSAGES_EN: typeof TICKETS_MESSAGES_ZH = {
  workflow: {
    notAllowed: 'This step is not possible in the ticket’s current state',
    reasonRequired: 'Give the reason',
    dueRequired: 'Choose the new time limit',
    verdictRequired: 'Record the call-back: resolved or not, and how satisfied',
  },
  rateRules: {
    weightNotWhole: 'Weights are whole numbers, 0 or more',
    weightsSum: 'The three weights add up to 100',
    pointOutOfRange: 'Points lie between 0 and 1',
    pointsOrder: 'Points must run: satisfied ≥ basically satisfied ≥ dissatisfied',
    notYours: 'Only a user of this street (or district) sets its weights',
  },
  deadlineRules: {
    amountNotPositive: 'The time limit is a number greater than 0',
    daysNotWhole: 'A limit in calendar or working days is a whole number of days',
    amountTooLong:
      'The time limit is too long: at most 720 hours, 90 calendar days or 60 working days — check for an extra digit',
    unitUnknown: 'Choose how it counts: hours, calendar days or working days',
    notYours: 'Only a user of this street (or district) sets its time-limit rules',
  },
};
