/** Messages of the `tickets.*` codes, shown as `errors.tickets.<code>`. */
export const TICKETS_MESSAGES_ZH = {
  workflow: {
    notAllowed: '工单当前状态下不能这样办理',
    reasonRequired: '请填写原因',
    dueRequired: '请选择延期后的办理时限',
    verdictRequired: '请填写回访结果：是否解决、是否满意',
  },
};

export const TICKETS_MESSAGES_EN: typeof TICKETS_MESSAGES_ZH = {
  workflow: {
    notAllowed: 'This step is not possible in the ticket’s current state',
    reasonRequired: 'Give the reason',
    dueRequired: 'Choose the new time limit',
    verdictRequired: 'Record the call-back: resolved or not, and how satisfied',
  },
};
