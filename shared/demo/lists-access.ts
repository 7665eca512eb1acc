import type { AccessRequest, AccessStep, BurdenComplaint, InfoSystem, ListItem } from '../model/lists';
import { idFromParts } from '../ids';
import { orgPathOfCode } from '../org/codes';
import { dayNumber, isoDate } from './dates';
import { rngFor, type Rng } from './rng';
import type { StreetPlan } from './plan';

/**
 * A street's 准入 desk as a new user should find it: requests in every state of the
 * procedure (one pending past its deadline, one refused and sent to coordinators …), burden
 * complaints from its residents' committees, and the forms and systems its communities fill —
 * a few of them over the 7 city-level systems. Dates are relative to the demo's `today`.
 */

export interface DemoAccess {
  accessRequests: AccessRequest[];
  burdenComplaints: BurdenComplaint[];
  infoSystems: InfoSystem[];
}

/** City-level systems every community fills after the cut to seven (names ours). */
const CITY_SYSTEMS: readonly [string, string][] = [
  ['社区服务管理信息系统', '市民政局'],
  ['人口基础信息采集系统', '市公安局'],
  ['社会救助管理信息系统', '市民政局'],
  ['养老服务管理平台', '市民政局'],
  ['残疾人服务管理系统', '市残联'],
  ['就业创业服务系统', '市人力社保局'],
  ['网格化城市管理平台', '市城市管理委'],
];
/** City-level systems some communities still fill: these take them over the limit. */
const EXTRA_CITY_SYSTEMS: readonly [string, string][] = [
  ['退役军人服务保障信息系统', '市退役军人事务局'],
  ['流动人口和出租房屋管理系统', '市公安局'],
];
const LOCAL_SYSTEMS: readonly [string, string, InfoSystem['level'], string][] = [
  ['接诉即办工单平台', '区政务服务局', 'district', '每日'],
  ['防汛应急值守台账', '区应急管理局', 'district', '汛期每日'],
  ['社区工作月报表', '街道社区建设办公室', 'street', '每月'],
];

/** Per street, its block of ids after the lists' (shared/demo/lists-editions). */
const ACCESS_BASE_MS = Date.UTC(2025, 6, 1);
const IDS_PER_STREET = 1000;

interface Context {
  street: StreetPlan;
  communities: string[];
  today: number;
  rng: Rng;
  id(): string;
  /** The community task list item with this title, if the demo lists hold it. */
  task(title: string): ListItem | undefined;
}

const at = (day: number, hour = 10) => `${isoDate(day)}T${String(hour - 8).padStart(2, '0')}:00:00.000Z`;
const step = (status: AccessStep['status'], day: number, by: string, reason?: string): AccessStep =>
  reason ? { status, at: at(day), by, reason } : { status, at: at(day), by };

const STAFF = ['王建国', '李秀兰', '张志强'];

function requests(ctx: Context): AccessRequest[] {
  const { street, communities, today, rng } = ctx;
  const d = street.districtName;
  const reviewer = rng.pick(STAFF);
  const applicant = `${rng.pick(['刘', '陈', '赵', '孙'])}${rng.pick(['科长', '主任', '干事'])}`;
  const some = (n: number) => communities.slice(0, Math.max(1, Math.min(n, communities.length)));
  const base = (
    matter: string,
    unit: string,
    extra: Partial<AccessRequest>,
    filed: number,
    starts: number,
  ): AccessRequest => ({
    id: ctx.id(),
    orgPath: orgPathOfCode(street.code),
    code: `${street.name}准入〔${isoDate(filed).slice(0, 4)}〕${rng.int(10, 99)}号`,
    requestingUnit: `${d}${unit}`,
    matter,
    assistanceModes: [],
    communityResponsible: false,
    targetCommunities: some(6),
    formsAndSystems: [],
    contact: `${applicant} 010-${rng.int(5000, 8999)}${rng.int(1000, 9999)}`,
    filedOn: isoDate(filed),
    startsOn: isoDate(starts),
    periodFrom: isoDate(starts),
    periodTo: isoDate(starts + rng.int(30, 120)),
    status: 'draft',
    history: [],
    ...extra,
  });
  const list = [
    base(
      '老年人健康体检通知和预约登记',
      '卫生健康委',
      {
        basis: '《国家基本公共卫生服务规范》',
        listItemId: ctx.task('协助做好公共卫生、疾病预防控制和爱国卫生工作')?.id,
        assistanceModes: ['contactResidents', 'publicity'],
        funding: '按每人次5元拨付宣传和组织经费',
        staffing: '社区卫生服务中心派医生到社区现场登记',
        frequency: '每年一次',
        status: 'admitted',
        history: [
          step('submitted', today - 75, applicant),
          step('admitted', today - 66, reviewer, '符合社区任务清单，准入'),
        ],
      },
      today - 80,
      today - 20,
    ),
    base(
      '食品经营户入户检查并出具检查记录',
      '市场监管局',
      {
        basis: '《北京市食品安全条例》',
        assistanceModes: ['discoverAndReport'],
        otherTasks: ['入户检查食品经营户', '出具检查记录'],
        communityResponsible: true,
        formsAndSystems: ['食品经营户检查记录表'],
        status: 'refused',
        history: [
          step('submitted', today - 50, applicant),
          step('refused', today - 41, reviewer, '执法检查不属于社区协助事项，社区不得作为责任主体'),
        ],
        redirectedTo: {
          kind: 'coordinators',
          receiver: '食品药品安全协管员',
          note: '由街道统筹下沉协管员按网格巡查，社区只做发现报告',
          at: at(today - 40),
          by: reviewer,
          assignmentIds: [],
        },
      },
      today - 55,
      today - 10,
    ),
    base(
      '老旧小区综合整治入户意愿调查',
      '住房城乡建设委',
      {
        basis: '《北京市老旧小区综合整治工作手册》',
        assistanceModes: ['contactResidents', 'assistHomeVisits', 'mobilize'],
        funding: '纳入老旧小区综合整治项目经费',
        staffing: '由实施主体派调查员入户，社区陪同',
        formsAndSystems: ['退役军人服务保障信息系统'],
        status: 'submitted',
        history: [step('submitted', today - 30, applicant)],
      },
      today - 32,
      today + 20,
    ),
    base(
      '全国1%人口抽样调查入户登记',
      '统计局',
      {
        basis: '《中华人民共和国统计法》',
        listItemId: ctx.task('协助开展人口普查等统计调查')?.id,
        assistanceModes: ['contactResidents', 'assistHomeVisits', 'publicity'],
        funding: '每户调查补贴20元',
        staffing: '调查员由区统计局选聘',
        formsAndSystems: ['人口抽样调查登记表'],
        frequency: '调查期内每日',
        status: 'submitted',
        history: [step('submitted', today - 6, applicant)],
      },
      today - 8,
      today + 60,
    ),
    base(
      '灵活就业人员社保参保情况摸排',
      '人力社保局',
      {
        basis: '《中华人民共和国社会保险法》',
        listItemId: ctx.task('协助做好就业创业和社会保障服务')?.id,
        assistanceModes: ['contactResidents', 'publicity'],
        status: 'returned',
        history: [
          step('submitted', today - 20, applicant),
          step('returned', today - 14, reviewer, '请补充经费来源和工作人员安排（费随事转）'),
        ],
      },
      today - 22,
      today + 30,
    ),
    base(
      '居民燃气安全入户排查',
      '应急管理局',
      {
        basis: '《北京市燃气管理条例》',
        assistanceModes: ['assistHomeVisits', 'discoverAndReport'],
        otherTasks: ['对燃气隐患下达整改通知'],
        communityResponsible: true,
      },
      today - 2,
      today + 15,
    ),
    base(
      '养老服务需求调查',
      '民政局',
      {
        basis: '《北京市居家养老服务条例》',
        listItemId: ctx.task('协助做好养老服务和老龄工作')?.id,
        assistanceModes: ['contactResidents', 'assistHomeVisits'],
        funding: '区级养老服务专项资金',
        staffing: '委托第三方调查机构',
        status: 'revoked',
        history: [
          step('submitted', today - 120, applicant),
          step('admitted', today - 112, reviewer, '准入'),
          step('revoked', today - 60, reviewer, '任务已整体委托第三方机构承担，社区不再参与'),
        ],
      },
      today - 125,
      today - 80,
    ),
    base(
      '生活垃圾分类桶前值守',
      '城市管理委',
      {
        basis: '《北京市生活垃圾管理条例》',
        assistanceModes: ['mobilize', 'publicity'],
        communityResponsible: true,
        status: 'refused',
        history: [
          step('submitted', today - 40, applicant),
          step('refused', today - 33, reviewer, '桶前值守由管理责任人负责，社区只做宣传动员'),
        ],
        redirectedTo: {
          kind: 'thirdParty',
          receiver: '物业服务企业和第三方环保服务公司',
          note: '由区城市管理委购买服务',
          at: at(today - 30),
          by: reviewer,
          assignmentIds: [],
        },
      },
      today - 45,
      today - 15,
    ),
  ];
  // Without the demo lists (a scope loaded before them) a request simply names no item.
  for (const r of list) if (!r.listItemId) delete r.listItemId;
  return list;
}

function complaints(ctx: Context, reqs: readonly AccessRequest[]): BurdenComplaint[] {
  const { street, communities, today, rng } = ctx;
  const d = street.districtName;
  const refused = reqs.find((r) => r.status === 'refused');
  const rows: [string, string, string, AccessRequest | undefined][] = [
    [
      '市场监管局',
      '入户检查食品经营户',
      '居委会被要求入户检查食品经营户并出具检查记录，该事项未经准入',
      refused,
    ],
    ['公安分局', '开具居住证明', '居委会被要求为居民开具居住证明', undefined],
    ['卫生健康委', '填报健康档案', '居委会被要求代填居民健康档案信息', undefined],
    ['市场监管局', '统计辖区商户', '居委会被要求逐户统计临街商户信息', undefined],
    ['住房城乡建设委', '填报房屋安全台账', '居委会被要求每周填报房屋安全台账', undefined],
  ];
  return rows.slice(0, 3 + rng.int(0, 2)).map(([unit, task, summary, request], i) => {
    const community = communities[i % communities.length]!;
    const received = today - rng.int(3, 60);
    const row: BurdenComplaint = {
      id: ctx.id(),
      orgPath: orgPathOfCode(community),
      communityCode: community,
      department: `${d}${unit}`,
      ticketNumber: `${isoDate(received).replace(/-/g, '')}${String(rng.int(100000, 999999))}`,
      task,
      summary,
      receivedOn: isoDate(received),
    };
    if (request) row.accessRequestId = request.id;
    return row;
  });
}

function systems(ctx: Context): InfoSystem[] {
  const { street, communities, rng } = ctx;
  const row = (
    name: string,
    owner: string,
    level: InfoSystem['level'],
    codes: string[],
    frequency?: string,
  ) => {
    const s: InfoSystem = {
      id: ctx.id(),
      orgPath: orgPathOfCode(street.code),
      name,
      owner,
      level,
      communityCodes: codes,
    };
    if (frequency) s.frequency = frequency;
    return s;
  };
  // Roughly one community in four still fills a system the cut should have removed.
  const over = communities.filter(() => rng.chance(0.25));
  return [
    ...CITY_SYSTEMS.map(([name, owner]) => row(name, owner, 'city', communities, '按需')),
    ...EXTRA_CITY_SYSTEMS.map(([name, owner]) =>
      row(
        name,
        owner,
        'city',
        over.filter(() => rng.chance(0.7)),
      ),
    ),
    ...LOCAL_SYSTEMS.map(([name, owner, level, frequency]) =>
      row(name, owner, level, communities, frequency),
    ),
  ];
}

/**
 * The 准入 data of one street. Its ids come from the street's own stream and block, so a
 * street comes out the same alone or inside its district.
 */
export function generateStreetAccess(
  seed: number,
  street: StreetPlan,
  today: string,
  taskItems: readonly ListItem[],
): DemoAccess {
  const rng = rngFor(seed, `access:${street.code}`);
  const random = new Uint8Array(16);
  let next = 0;
  const ctx: Context = {
    street,
    communities: street.units.filter((u) => u.level === 'community').map((u) => u.code),
    today: dayNumber(today),
    rng,
    id: () => idFromParts(ACCESS_BASE_MS + street.index * IDS_PER_STREET + next++, rng.fillBytes(random)),
    task: (title) => taskItems.find((i) => i.title === title),
  };
  if (ctx.communities.length === 0) return { accessRequests: [], burdenComplaints: [], infoSystems: [] };
  const accessRequests = requests(ctx);
  return {
    accessRequests,
    burdenComplaints: complaints(ctx, accessRequests),
    infoSystems: systems(ctx),
  };
}
