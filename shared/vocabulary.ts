import type { AttendanceMark, CoordinatorStatus, Shift, WorkSource } from './model/coordinator';
import type { AccessStatus, AssistanceMode, ListItemKind, ListKind } from './model/lists';
import type { OrgLevel } from './model/org';
import type { PlaceType, ServicePointKind, WorkerRole } from './model/place';
import type { TicketKind, TicketSatisfaction, TicketState } from './model/ticket';
import type { ReportForm, ResponderKind, WhistleReason } from './model/whistle';
import type { ReportingMemberKind, UnitType } from './model/dual-report';
import type {
  CommitteeKind,
  CommitteeMemberKind,
  ConsultationLevel,
  ConsultationStep,
  DemoPointKind,
  DemoPointStatus,
  ParticipantGroup,
  TopicSource,
} from './model/governance';
import type { AssessmentPeriod, IndicatorKind, RoundStatus } from './model/assessment';

/**
 * One word per value of every enumerated field, shared by the screens (their i18n resources are
 * built from these) and by Excel (templates, import options, exports). A value had two words
 * before (the roster said 请假/停用, the workbook 休假/停岗): a field's words live here only.
 * `synonyms` are what departments' workbooks also write; import accepts them, nothing shows them.
 */
export interface Term {
  readonly zh: string;
  readonly en: string;
  readonly synonyms?: readonly string[];
}

export type Vocabulary<V extends string> = Readonly<Record<V, Term>>;

export type Lang = 'zh' | 'en';

/** The words of a vocabulary in one language, keyed by value (the shape of an i18n resource). */
export function wordsIn<V extends string>(vocabulary: Vocabulary<V>, lang: Lang): Record<V, string> {
  const words = {} as Record<V, string>;
  for (const value of Object.keys(vocabulary) as V[]) words[value] = vocabulary[value][lang];
  return words;
}

export const COORDINATOR_STATUS: Vocabulary<CoordinatorStatus> = {
  active: { zh: '在岗', en: 'On duty', synonyms: ['正常', '在职', '上岗'] },
  onLeave: { zh: '休假', en: 'On leave', synonyms: ['请假', '病假', '产假'] },
  suspended: { zh: '停岗', en: 'Suspended', synonyms: ['停用', '暂停', '待岗'] },
  left: { zh: '离职', en: 'Left', synonyms: ['已离职', '辞职', '解聘', '退休'] },
};

export const GENDER: Vocabulary<'male' | 'female'> = {
  male: { zh: '男', en: 'Male', synonyms: ['男性', 'm'] },
  female: { zh: '女', en: 'Female', synonyms: ['女性', 'f'] },
};

export const SHIFT: Vocabulary<Shift> = {
  morning: { zh: '早班', en: 'Morning', synonyms: ['早', '白班'] },
  afternoon: { zh: '中班', en: 'Afternoon', synonyms: ['中', '午班'] },
  evening: { zh: '晚班', en: 'Evening', synonyms: ['晚', '夜班'] },
  gate: { zh: '门岗', en: 'Gate post', synonyms: ['值守', '门卫'] },
};

export const WORK_SOURCE: Vocabulary<WorkSource> = {
  patrol: { zh: '日常巡查', en: 'Routine patrol', synonyms: ['巡查', '日常'] },
  accessRequest: { zh: '准入事项', en: 'Admitted request', synonyms: ['准入'] },
  redirected: { zh: '准入未通过转派', en: 'Refused request, redirected', synonyms: ['转交事项', '转派'] },
  ticket: { zh: '12345 工单', en: '12345 ticket', synonyms: ['12345工单', '工单', '接诉即办'] },
  whistle: { zh: '吹哨报到', en: 'Whistle event', synonyms: ['吹哨'] },
};

export const ATTENDANCE_MARK: Vocabulary<AttendanceMark> = {
  present: { zh: '出勤', en: 'Present', synonyms: ['在岗', '正常', '√'] },
  leave: { zh: '请假', en: 'Leave', synonyms: ['事假', '病假', '休假', '年假'] },
  cover: { zh: '顶岗', en: 'Covering', synonyms: ['替岗', '代岗'] },
  absent: { zh: '缺勤', en: 'Absent', synonyms: ['旷工', '×'] },
};

export const LIST_KIND: Vocabulary<ListKind> = {
  streetDuties: { zh: '街道职责清单', en: 'Street duties', synonyms: ['职责清单', '街道职责'] },
  enforcement: {
    zh: '行政执法清单',
    en: 'Enforcement powers',
    synonyms: ['执法清单', '综合执法清单', '行政执法'],
  },
  communityTasks: {
    zh: '社区任务清单',
    en: 'Community tasks',
    synonyms: ['任务清单', '社区工作事项清单', '社区事项清单'],
  },
};

export const LIST_ITEM_KIND: Vocabulary<ListItemKind> = {
  basic: { zh: '基本履职', en: 'Own duty' },
  cooperative: { zh: '配合履职', en: 'Cooperating' },
  returned: { zh: '收回上级', en: 'Returned upward' },
  comprehensive: { zh: '综合执法', en: 'Comprehensive enforcement', synonyms: ['独立执法', '街道执法'] },
  joint: { zh: '联合执法', en: 'Joint enforcement', synonyms: ['协调执法'] },
  perform: { zh: '依法履行', en: 'Performed by law', synonyms: ['依法履职', '社区依法履行职责'] },
  assist: { zh: '依法协助', en: 'Assisting government', synonyms: ['协助政府', '社区依法协助政府工作'] },
};

export const ASSISTANCE_MODE: Vocabulary<AssistanceMode> = {
  contactResidents: { zh: '联系居民', en: 'Contact residents' },
  assistHomeVisits: { zh: '协助入户', en: 'Assist home visits' },
  mobilize: { zh: '组织动员', en: 'Mobilise' },
  publicity: { zh: '宣传教育', en: 'Publicise and educate' },
  reportConcerns: { zh: '诉求反映', en: 'Pass on concerns' },
  discoverAndReport: {
    zh: '发现报告',
    en: 'Find and report non-specialist problems',
    synonyms: ['非专业性工作任务的发现报告'],
  },
  assistServices: { zh: '辅助办理', en: 'Help with government services', synonyms: ['政务服务的辅助办理'] },
};

export const ACCESS_STATUS: Vocabulary<AccessStatus> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted', synonyms: ['申请中', '待审批', '审批中'] },
  admitted: { zh: '已准入', en: 'Admitted', synonyms: ['准入', '同意', '通过'] },
  refused: { zh: '不予准入', en: 'Refused', synonyms: ['不准入', '不同意', '拒绝'] },
  returned: { zh: '退回补充', en: 'Returned', synonyms: ['退回', '退回修改'] },
  revoked: { zh: '已撤销', en: 'Revoked', synonyms: ['撤销'] },
};

export const ORG_LEVEL: Vocabulary<OrgLevel> = {
  district: { zh: '区', en: 'District' },
  street: { zh: '街道/乡镇', en: 'Street/township' },
  community: { zh: '社区', en: 'Community', synonyms: ['居委会', '社区居委会', '居民委员会'] },
  village: { zh: '村', en: 'Village', synonyms: ['村委会', '行政村', '村民委员会'] },
  grid: { zh: '网格', en: 'Grid' },
};

export const PLACE_TYPE: Vocabulary<PlaceType> = {
  building: { zh: '楼', en: 'Building', synonyms: ['楼栋', '楼房', '住宅楼', '楼宇'] },
  gate: { zh: '单元门', en: 'Gate', synonyms: ['单元', '楼门', '门'] },
  courtyard: { zh: '院落', en: 'Courtyard', synonyms: ['院', '小区院落', '大院'] },
  bungalowYard: { zh: '平房院', en: 'Bungalow yard', synonyms: ['平房', '平房区', '四合院'] },
};

export const SERVICE_POINT_KIND: Vocabulary<ServicePointKind> = {
  elderlyCare: {
    zh: '养老驿站',
    en: 'Elderly-care station',
    synonyms: ['养老', '养老服务驿站', '社区养老驿站'],
  },
  police: { zh: '警务工作站', en: 'Police station', synonyms: ['警务站', '社区警务室', '警务室'] },
  health: {
    zh: '社区卫生服务站',
    en: 'Community health station',
    synonyms: ['卫生服务站', '卫生站', '社区卫生服务中心'],
  },
  property: { zh: '物业', en: 'Property management', synonyms: ['物业公司', '物业服务中心'] },
  mediation: { zh: '调解室', en: 'Mediation room', synonyms: ['人民调解室', '调解委员会'] },
};

export const WORKER_ROLE: Vocabulary<WorkerRole> = {
  secretary: {
    zh: '书记',
    en: 'Party secretary',
    synonyms: ['党委书记', '党总支书记', '党支部书记', '社区书记'],
  },
  director: { zh: '主任', en: 'Director', synonyms: ['居委会主任', '村委会主任', '社区主任'] },
  member: { zh: '委员', en: 'Committee member', synonyms: ['居委会委员', '两委委员'] },
  worker: { zh: '社区工作者', en: 'Community worker', synonyms: ['社工', '工作人员', '专职社工'] },
};

/** 诉求类型 of the 12345 platform. */
export const TICKET_KIND: Vocabulary<TicketKind> = {
  consultation: { zh: '咨询', en: 'Inquiry', synonyms: ['咨询类'] },
  help: { zh: '求助', en: 'Request for help', synonyms: ['求助类', '求援'] },
  complaint: { zh: '投诉', en: 'Complaint', synonyms: ['投诉类'] },
  report: { zh: '举报', en: 'Report', synonyms: ['举报类', '检举'] },
  suggestion: { zh: '建议', en: 'Suggestion', synonyms: ['建议类', '意见建议', '意见'] },
};

export const TICKET_STATE: Vocabulary<TicketState> = {
  received: { zh: '待签收', en: 'To accept' },
  accepted: { zh: '已签收', en: 'Accepted' },
  contacted: { zh: '已联系诉求人', en: 'Caller contacted' },
  handling: { zh: '办理中', en: 'Handling' },
  answered: { zh: '已反馈', en: 'Answered' },
  visited: { zh: '已回访', en: 'Called back' },
  closed: { zh: '已办结', en: 'Closed' },
  returned: { zh: '已退单', en: 'Returned' },
};

export const TICKET_SATISFACTION: Vocabulary<TicketSatisfaction> = {
  satisfied: { zh: '满意', en: 'Satisfied', synonyms: ['非常满意'] },
  basicallySatisfied: { zh: '基本满意', en: 'Basically satisfied', synonyms: ['比较满意'] },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied', synonyms: ['非常不满意'] },
};

export const WHISTLE_REASON: Vocabulary<WhistleReason> = {
  residents: { zh: '群众诉求', en: 'Residents’ problem', synonyms: ['群众急难愁盼'] },
  enforcement: { zh: '综合执法', en: 'Joint enforcement', synonyms: ['联合执法'] },
  emergency: { zh: '应急处置', en: 'Emergency', synonyms: ['突发事件'] },
};

export const REPORT_FORM: Vocabulary<ReportForm> = {
  enforcement: { zh: '执法力量报到', en: 'Enforcement staff' },
  laneChief: { zh: '街巷长报到', en: 'Lane chief' },
  party: { zh: '党组织和党员报到', en: 'Party members' },
  cleanup: { zh: '周末卫生大扫除', en: 'Weekend clean-up' },
};

export const RESPONDER_KIND: Vocabulary<ResponderKind> = {
  department: { zh: '区职能部门', en: 'District department' },
  station: { zh: '派驻机构', en: 'Station' },
  firm: { zh: '公共服务企业', en: 'Public-service firm' },
};

export const REPORTING_MEMBER_KIND: Vocabulary<ReportingMemberKind> = {
  organisation: { zh: '驻区单位', en: 'Organisation', synonyms: ['单位', '机关企事业单位'] },
  partyMember: { zh: '在职党员', en: 'Party member', synonyms: ['党员'] },
};

export const UNIT_TYPE: Vocabulary<UnitType> = {
  agency: { zh: '党政机关', en: 'Government agency', synonyms: ['机关'] },
  institution: { zh: '事业单位', en: 'Public institution' },
  stateEnterprise: { zh: '国有企业', en: 'State enterprise', synonyms: ['国企'] },
  privateEnterprise: { zh: '非公企业', en: 'Private enterprise', synonyms: ['民营企业', '私营企业'] },
  socialOrganisation: { zh: '社会组织', en: 'Social organisation' },
};

/** The five steps of 议事协商. */
export const CONSULTATION_STEP: Vocabulary<ConsultationStep> = {
  raise: { zh: '民事民提', en: 'Raised' },
  discuss: { zh: '民事民议', en: 'Discussed' },
  decide: { zh: '民事民决', en: 'Decided' },
  carryOut: { zh: '民事民办', en: 'Carried out' },
  evaluate: { zh: '民事民评', en: 'Evaluated' },
};

export const CONSULTATION_LEVEL: Vocabulary<ConsultationLevel> = {
  community: { zh: '社区', en: 'Community', synonyms: ['社区级'] },
  street: { zh: '街道', en: 'Street', synonyms: ['街道级'] },
  district: { zh: '区', en: 'District', synonyms: ['区级'] },
};

export const TOPIC_SOURCE: Vocabulary<TopicSource> = {
  residents: { zh: '居民提出', en: 'Residents' },
  placeHead: { zh: '楼门长提出', en: 'Building head' },
  committee: { zh: '委员会提出', en: 'A committee' },
  ticket: { zh: '未诉先办（工单）', en: 'A ticket' },
};

export const PARTICIPANT_GROUP: Vocabulary<ParticipantGroup> = {
  residents: { zh: '居民', en: 'Residents' },
  residentRepresentatives: { zh: '居民代表', en: 'Resident representatives' },
  placeHeads: { zh: '楼门长', en: 'Building heads' },
  stationedUnits: { zh: '驻区单位', en: 'Stationed units' },
  propertyCompany: { zh: '物业公司', en: 'Property company' },
  ownersCommittee: { zh: '业委会', en: 'Owners’ committee', synonyms: ['业主委员会'] },
};

/** The six committees under a residents' committee. */
export const COMMITTEE_KIND: Vocabulary<CommitteeKind> = {
  coGovernance: { zh: '共建共治委员会', en: 'Co-governance' },
  securityMediation: { zh: '治安和调解委员会', en: 'Security and mediation', synonyms: ['治保调解委员会'] },
  publicHealth: { zh: '公共卫生委员会', en: 'Public health' },
  welfare: { zh: '社会福利（老龄）委员会', en: 'Welfare (the elderly)', synonyms: ['社会福利委员会'] },
  cultureEducation: { zh: '文体教育委员会', en: 'Culture, sport and education' },
  property: { zh: '物业管理委员会', en: 'Property management' },
};

export const COMMITTEE_MEMBER_KIND: Vocabulary<CommitteeMemberKind> = {
  resident: { zh: '居民', en: 'Resident' },
  placeHead: { zh: '楼门长', en: 'Building head' },
  worker: { zh: '社区工作者（居委会成员）', en: 'Community worker (residents’ committee)' },
  servicePointStaff: { zh: '服务站点人员', en: 'Service point staff' },
};

export const DEMO_POINT_KIND: Vocabulary<DemoPointKind> = {
  placeGovernance: { zh: '楼门院治理示范点', en: 'Building/courtyard governance point' },
  consultation: { zh: '社区协商示范点', en: 'Community consultation point' },
};

export const DEMO_POINT_STATUS: Vocabulary<DemoPointStatus> = {
  applied: { zh: '申报', en: 'Applied' },
  building: { zh: '创建中', en: 'Being built' },
  accepted: { zh: '验收通过', en: 'Accepted' },
  revoked: { zh: '撤销', en: 'Revoked' },
};

export const ASSESSMENT_PERIOD: Vocabulary<AssessmentPeriod> = {
  year: { zh: '全年', en: 'Full year' },
  firstHalf: { zh: '上半年', en: 'First half' },
  secondHalf: { zh: '下半年', en: 'Second half' },
};

export const ROUND_STATUS: Vocabulary<RoundStatus> = {
  draft: { zh: '草稿', en: 'Draft' },
  review: { zh: '审核中', en: 'In review' },
  published: { zh: '已发布', en: 'Published' },
};

export const INDICATOR_KIND: Vocabulary<IndicatorKind> = {
  placeCoverage: { zh: '包楼门院覆盖率', en: 'Places covered by a worker' },
  gridCoverage: { zh: '包网格覆盖率', en: 'Grids covered by a worker' },
  ticketResponse: { zh: '接诉即办响应率', en: 'Hotline response rate' },
  ticketResolution: { zh: '接诉即办解决率', en: 'Hotline resolution rate' },
  ticketSatisfaction: { zh: '接诉即办满意率', en: 'Hotline satisfaction rate' },
  consultationsHeld: { zh: '议事协商开展', en: 'Consultations held' },
  consultationsCarriedOut: { zh: '协商事项落实率', en: 'Consultation decisions carried out' },
  committeeActivity: { zh: '下属委员会履职', en: 'Committees’ activity' },
  visitCoverage: { zh: '入户走访覆盖率', en: 'Home visit coverage' },
  burden: { zh: '填报系统（不超过7个）', en: 'Systems to fill (limit 7)' },
  residentSatisfaction: { zh: '居民满意度', en: 'Residents’ satisfaction' },
  manual: { zh: '街道评分项', en: 'Street’s own item' },
};
