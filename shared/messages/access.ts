/** Messages of the `access.*` issue and error codes, shown as `errors.access.<code>`. */
export const ACCESS_MESSAGES_ZH = {
  street: '请选择审核街道',
  communitiesOutside: '所选社区应属于该街道',
  request: {
    unitRequired: '请填写申请单位',
    matterRequired: '请填写事项名称',
    periodOrder: '结束日期应晚于开始日期',
    neededForReview: '提交审核前须填写',
  },
  workflow: {
    notAllowed: '当前状态下不能进行这一步',
    reasonRequired: '请填写理由',
    overrideReason: '有 {{count}} 项自动检查未通过，准入须说明理由',
    notEditable: '只有草稿或退回补充的申请可以修改',
  },
  redirect: {
    notRefused: '只有不予准入或已撤销的工作可以转交',
    receiverRequired: '请填写承接方',
  },
  complaint: {
    communityRequired: '请选择投诉的居委会',
    departmentRequired: '请选择派发工作的部门',
    departmentNotRequests: '相关准入申请由“{{unit}}”提出，派发工作的部门应为“{{unit}}”',
    ticketFormat: '12345 工单号应为 6–24 位数字，可带字母前缀',
    summaryRequired: '请填写投诉内容',
  },
  system: {
    nameRequired: '请填写名称',
    ownerRequired: '请填写主管部门',
    level: '请选择层级',
  },
  calendar: {
    year: '年份应在 2000–2100 之间',
    yearTaken: '{{year}} 年已有安排',
    periodName: '请填写节日名称',
    periodOrder: '结束日期不能早于开始日期',
    periodLength: '一段假期不超过 {{max}} 天',
    periodYear: '假期应在 {{year}} 年内',
    workdayYear: '调休上班日应在 {{year}} 年内',
    workdayNotWeekend: '调休上班日应是周六或周日',
    workdayInPeriod: '调休上班日不能在放假期间',
  },
  check: {
    taskList: {
      noEdition: '社区任务清单尚无施行中的版本，无法对照。',
      notOnList: '该事项不在社区任务清单（{{edition}}）内：未列入清单的工作不得下派社区。',
      notInForce: '所选清单事项不属于施行中的社区任务清单（{{edition}}）。',
      onList: '对应清单事项 {{code}}“{{title}}”（{{edition}}）。',
    },
    responsibleParty: {
      responsible: '申请将社区作为责任主体；社区协助政府的工作不得将社区作为责任主体。',
      assisting: '社区只承担协助工作，不作为责任主体。',
    },
    modes: {
      outside: '要求社区承担七种协助方式以外的工作（{{count}} 项）：',
      none: '没有写明要求社区以何种方式协助。',
      notAllowedByItem: '清单事项 {{code}} 不允许以下协助方式：',
      within: '协助方式均在规定的七种之内：',
    },
    workingConditions: {
      provided: '已写明经费和人员保障。',
      none: '没有提供经费和人员等工作条件（费随事转）。',
      noFunding: '写明了人员，但没有经费保障（费随事转）。',
      noStaffing: '写明了经费，但没有人员保障。',
    },
    formLimit: {
      noForms: '不新增报表或信息系统。',
      over: '{{count}} 个社区填报的市级信息系统将超过 {{limit}} 个（最多 {{worst}} 个）：',
      unregistered: '以下报表或系统未在登记册中，属于新增填报，请核实层级后登记：',
      alreadyOver: '本申请不再增加市级系统，但以下社区填报的市级信息系统已超过 {{limit}} 个：',
      within: '新增填报后，各社区市级信息系统不超过 {{limit}} 个（最多 {{worst}} 个）。',
    },
    leadTime: {
      missingDates: '缺少申请日期或工作开始日期，无法核对是否提前 30 个工作日。',
      late: '只提前 {{days}} 个工作日申请，应至少提前 {{required}} 个工作日（最晚 {{latest}} 申请）。',
      inTime: '提前 {{days}} 个工作日申请（应至少 {{required}} 个）。',
    },
    decisionDeadline: {
      notSubmitted: '提交后审核小组应在 {{days}} 个工作日内作出决定。',
      open: '应在 {{deadline}} 前作出决定，还剩 {{days}} 个工作日。',
      dueSoon: '应在 {{deadline}} 前作出决定，只剩 {{days}} 个工作日。',
      overdue: '已超过审核期限 {{deadline}}，尚未作出决定。',
      decidedInTime: '于 {{decidedOn}} 作出决定，在期限 {{deadline}} 之内。',
      decidedLate: '于 {{decidedOn}} 作出决定，超过期限 {{deadline}}。',
    },
    calendar: {
      missing: '{{years}} 年的放假安排尚未录入，这些年份的工作日暂按周一至周五计算。',
      complete: '涉及的年份均已录入放假安排。',
    },
  },
};

export const ACCESS_MESSAGES_EN: typeof ACCESS_MESSAGES_ZH = {
  street: 'Choose the reviewing street',
  communitiesOutside: 'The communities must belong to that street',
  request: {
    unitRequired: 'Enter the requesting unit',
    matterRequired: 'Enter the matter',
    periodOrder: 'The end must follow the start',
    neededForReview: 'Needed before review',
  },
  workflow: {
    notAllowed: 'This step is not possible in the current status',
    reasonRequired: 'Give a reason',
    overrideReason: '{{count}} automatic checks failed: give a reason to admit it',
    notEditable: 'Only a draft or a returned request can change',
  },
  redirect: {
    notRefused: 'Only refused or revoked work can be handed over',
    receiverRequired: 'Enter who takes the work',
  },
  complaint: {
    communityRequired: 'Choose the complaining committee',
    departmentRequired: 'Choose the department that sent the work',
    departmentNotRequests: 'The related request was filed by “{{unit}}”; the department must be “{{unit}}”',
    ticketFormat: 'A 12345 ticket number has 6–24 digits, with an optional letter prefix',
    summaryRequired: 'Enter the complaint',
  },
  system: {
    nameRequired: 'Enter a name',
    ownerRequired: 'Enter the owning department',
    level: 'Choose a level',
  },
  calendar: {
    year: 'The year must be 2000–2100',
    yearTaken: '{{year}} already has an arrangement',
    periodName: 'Name the holiday',
    periodOrder: 'The end cannot come before the start',
    periodLength: 'A holiday lasts at most {{max}} days',
    periodYear: 'The holiday must fall in {{year}}',
    workdayYear: 'The day must fall in {{year}}',
    workdayNotWeekend: 'A make-up working day is a Saturday or Sunday',
    workdayInPeriod: 'A make-up working day cannot fall in a holiday',
  },
  check: {
    taskList: {
      noEdition: 'The community task list has no edition in force to compare with.',
      notOnList:
        'The matter is not on the community task list ({{edition}}): work not on it may not be sent down.',
      notInForce: 'The chosen item is not on the community task list in force ({{edition}}).',
      onList: 'Matches item {{code}} “{{title}}” ({{edition}}).',
    },
    responsibleParty: {
      responsible: 'The request makes the community the responsible party; assisting work may never do that.',
      assisting: 'The community only assists and is not the responsible party.',
    },
    modes: {
      outside: 'It asks communities for work beyond the seven modes ({{count}}):',
      none: 'It does not say how communities are to assist.',
      notAllowedByItem: 'List item {{code}} does not allow these modes:',
      within: 'All modes are within the seven:',
    },
    workingConditions: {
      provided: 'Funding and staff are provided.',
      none: 'No funding or staff is provided (funding follows the work).',
      noFunding: 'Staff is provided but no funding (funding follows the work).',
      noStaffing: 'Funding is provided but no staff.',
    },
    formLimit: {
      noForms: 'No form or system is added.',
      over: '{{count}} communities would fill more than {{limit}} city-level systems (up to {{worst}}):',
      unregistered:
        'These forms or systems are not in the registry — new filling; check their level and register them:',
      alreadyOver: 'It adds no city-level system, but these communities already fill more than {{limit}}:',
      within: 'After it, no community fills more than {{limit}} city-level systems (at most {{worst}}).',
    },
    leadTime: {
      missingDates:
        'The filing date or the start of the work is missing: the 30 working days cannot be checked.',
      late: 'Filed only {{days}} working days ahead; at least {{required}} are required (file by {{latest}}).',
      inTime: 'Filed {{days}} working days ahead (at least {{required}} required).',
    },
    decisionDeadline: {
      notSubmitted: 'Once submitted, the review group decides within {{days}} working days.',
      open: 'Decide by {{deadline}}: {{days}} working days left.',
      dueSoon: 'Decide by {{deadline}}: only {{days}} working days left.',
      overdue: 'The deadline {{deadline}} has passed without a decision.',
      decidedInTime: 'Decided on {{decidedOn}}, within the deadline {{deadline}}.',
      decidedLate: 'Decided on {{decidedOn}}, after the deadline {{deadline}}.',
    },
    calendar: {
      missing: 'The holidays of {{years}} are not entered; those years count Monday to Friday only.',
      complete: 'Every year counted has its holidays entered.',
    },
  },
};
