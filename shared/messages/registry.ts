/** Messages of the registry's codes: org units, places and their people, dates, phones, personal data. */
export const REGISTRY_MESSAGES_ZH = {
  personalData: { unmaskNotAllowed: '当前角色无权查看完整号码' },
  org: {
    code: {
      required: '请填写统计代码',
      digits: '统计代码只能包含数字',
      length: '统计代码应为 {{length}} 位',
      parent: '统计代码应以上级代码 {{parent}} 开头',
      zero: '代码末三位不能是 000',
      communityRange: '社区（居委会）代码末三位应在 001–199 之间',
      villageRange: '村（村委会）代码末三位应在 200–399 之间',
      district: '不是北京市的区代码',
      retired: '该区代码已撤销（崇文区、宣武区已并入东城区、西城区）',
    },
  },
  place: {
    code: {
      required: '请填写编码',
      format: '编码应为 16 位数字：社区代码加 4 位序号',
      community: '编码应以所属社区代码 {{community}} 开头',
    },
    typeRequired: '请选择类型',
    communityRequired: '请选择所属社区或村',
    nameRequired: '请填写名称',
    addressRequired: '请填写地址',
    gridOutside: '网格应属于所选社区',
    gateNeedsParent: '单元门应选择所属楼栋',
    count: '应为 0–{{max}} 的整数',
    headNameRequired: '填写了电话时请同时填写姓名',
    termOrder: '任期结束应晚于任期开始',
    demoYear: '年份应在 2000–2100 之间',
    codeTaken: '编码 {{code}} 已被“{{name}}”使用',
    parentInvalid: '所属楼栋应是本社区已登记的楼',
    hasGates: '这栋楼下还登记着 {{count}} 个单元门，请先删除或改挂到其他楼栋',
  },
  servicePoint: {
    kindRequired: '请选择服务点类别',
  },
  worker: {
    nameRequired: '请填写姓名',
    roleRequired: '请选择职务',
  },
  date: {
    format: '日期格式应为 年-月-日，如 2024-03-01',
  },
  phone: {
    required: '请填写电话号码',
    mobile: '手机号码应为 11 位数字，以 13–19 开头',
    format: '请填写手机号码或带区号的固定电话，如 010-65123456',
  },
};

export const REGISTRY_MESSAGES_EN: typeof REGISTRY_MESSAGES_ZH = {
  personalData: { unmaskNotAllowed: 'Your role may not see full numbers' },
  org: {
    code: {
      required: 'Enter the statistical code',
      digits: 'The statistical code may contain digits only',
      length: 'The statistical code must have {{length}} digits',
      parent: 'The statistical code must start with the parent code {{parent}}',
      zero: 'The last three digits cannot be 000',
      communityRange: "A community (residents' committee) code ends in 001–199",
      villageRange: "A village (villagers' committee) code ends in 200–399",
      district: 'Not a Beijing district code',
      retired: 'This district code was retired (Chongwen and Xuanwu merged into Dongcheng and Xicheng)',
    },
  },
  place: {
    code: {
      required: 'Enter the code',
      format: 'The code has 16 digits: the community code plus a 4-digit number',
      community: 'The code must start with the community code {{community}}',
    },
    typeRequired: 'Pick the type',
    communityRequired: 'Pick the community or village',
    nameRequired: 'Enter the name',
    addressRequired: 'Enter the address',
    gridOutside: 'The grid must belong to the chosen community',
    gateNeedsParent: 'Pick the building this gate belongs to',
    count: 'Must be a whole number from 0 to {{max}}',
    headNameRequired: 'Enter the name together with the phone',
    termOrder: 'The term must end after it starts',
    demoYear: 'The year must be between 2000 and 2100',
    codeTaken: 'Code {{code}} is already used by “{{name}}”',
    parentInvalid: 'The building must be a registered building of the same community',
    hasGates:
      'This building still has {{count}} gates registered; delete them or move them to another building first',
  },
  servicePoint: {
    kindRequired: 'Pick the kind of service point',
  },
  worker: {
    nameRequired: 'Enter the name',
    roleRequired: 'Pick the role',
  },
  date: {
    format: 'Dates are written year-month-day, e.g. 2024-03-01',
  },
  phone: {
    required: 'Enter a phone number',
    mobile: 'A mobile number has 11 digits and starts with 13–19',
    format: 'Enter a mobile number or a landline with its area code, e.g. 010-65123456',
  },
};
