import type { AssistanceMode, ListItemKind } from '../model/lists';

/**
 * Text of the demo lists. The street duty list follows the six offices of the 2018 Dongcheng
 * pilot (DOMAIN.md) with duties of the kind such lists hold; the community task list has the
 * seed's 19 duties performed by law and 15 assisting ones; the enforcement list is
 * representative: the 431 powers of 京政发〔2020〕9号 are split by department as published
 * (城管执法 393, 水务 22, 卫生健康 11, 生态环境 4, 农业农村 1), but their titles are made from
 * the matters and regulations of each department, not copied from the official catalogue.
 */

export interface DemoDuty {
  title: string;
  kind: ListItemKind;
  /** Legal basis, where the item names one. */
  basis?: string;
}

const B = (title: string, basis?: string): DemoDuty => ({ title, kind: 'basic', basis });
const C = (title: string, basis?: string): DemoDuty => ({ title, kind: 'cooperative', basis });
const R = (title: string, basis?: string): DemoDuty => ({ title, kind: 'returned', basis });

const REGULATION = '《北京市街道办事处条例》';

/** 街道职责清单 by section, with the office that leads each. */
export const STREET_DUTIES: readonly { section: string; office: string; duties: readonly DemoDuty[] }[] = [
  {
    section: '党群工作',
    office: '党群工作办公室',
    duties: [
      B('加强街道党的建设，落实全面从严治党主体责任', '《中国共产党章程》'),
      B('统筹推进区域化党建，组织驻区单位和社区党组织共驻共建'),
      B('指导社区党组织建设，开展社区党组织书记培训'),
      B('做好非公有制经济组织和社会组织党建工作'),
      B('组织实施“街乡吹哨、部门报到”工作机制', REGULATION),
      C('做好统一战线和民族宗教工作'),
      B('指导工会、共青团、妇联等群团组织开展工作'),
      B('开展精神文明建设和新时代文明实践活动'),
      C('配合做好人大代表、政协委员联络服务工作'),
    ],
  },
  {
    section: '平安建设',
    office: '平安建设办公室',
    duties: [
      B('组织开展辖区安全生产检查，督促生产经营单位落实主体责任', '《北京市安全生产条例》'),
      B(
        '做好防汛、抗震、消防等突发事件的预防和先期处置',
        '《北京市实施〈中华人民共和国突发事件应对法〉办法》',
      ),
      B('组织开展矛盾纠纷排查化解和人民调解工作', '《中华人民共和国人民调解法》'),
      B('做好信访接待和处理工作', '《信访工作条例》'),
      C('配合公安机关做好社会治安综合治理'),
      C('配合做好流动人口和出租房屋服务管理'),
      C('开展禁毒、反邪教宣传教育'),
      C('配合做好社区矫正和安置帮教工作', '《中华人民共和国社区矫正法》'),
      B('统筹网格化服务管理，调度网格力量'),
      R('危险化学品经营许可的初审（收回区应急管理局）'),
    ],
  },
  {
    section: '城市管理',
    office: '城市管理办公室',
    duties: [
      B('统筹辖区环境卫生和市容市貌管理', '《北京市市容环境卫生条例》'),
      B('组织开展背街小巷环境精细化整治'),
      B('推进生活垃圾分类，指导物业服务企业落实分类管理责任', '《北京市生活垃圾管理条例》'),
      B('组织协调辖区违法建设查处工作', '《北京市城乡规划条例》'),
      B('统筹居住区停车秩序治理', '《北京市机动车停车条例》'),
      C('配合做好辖区绿化美化和公共空间改造提升', '《北京市绿化条例》'),
      C('配合推进老旧小区综合整治'),
      B('指导物业管理工作，推动成立业主大会和业主委员会', '《北京市物业管理条例》'),
      B('依法开展综合执法，组织协调联合执法', REGULATION),
      R('城市道路及附属设施日常养护（收回区城市管理委）'),
      R('户外广告设施设置审批的初审（收回区城市管理委）'),
    ],
  },
  {
    section: '社区建设',
    office: '社区建设办公室',
    duties: [
      B('指导社区居民委员会依法开展自治', '《中华人民共和国城市居民委员会组织法》'),
      B('组织社区居民委员会换届选举'),
      B('推进社区议事协商，建设社区议事厅'),
      B('落实社区工作准入制度，审核下派社区的工作事项', '《北京市社区工作准入管理办法（试行）》'),
      B('推进社区减负，清理规范社区挂牌、证明事项和信息系统'),
      B('培育发展社区社会组织，引导志愿服务'),
      B('推进楼门院治理，建设楼门院治理示范点'),
      B('做好社区工作者招聘、培训和考核'),
      B('统筹下沉协管员队伍的使用和日常管理'),
      C('配合做好社区服务设施建设'),
    ],
  },
  {
    section: '民生保障',
    office: '民生保障办公室',
    duties: [
      B('落实最低生活保障、特困人员救助供养等社会救助政策', '《社会救助暂行办法》'),
      B('做好养老服务，统筹养老服务驿站运营', '《北京市居家养老服务条例》'),
      B('做好残疾人服务和助残工作'),
      B('做好退役军人服务保障工作', '《中华人民共和国退役军人保障法》'),
      B('做好就业创业服务，帮扶就业困难人员'),
      C('配合开展城乡居民医疗保险、养老保险参保工作'),
      C('配合做好爱国卫生和疾病预防控制工作'),
      C('配合做好计划生育家庭服务'),
      B('组织开展群众性文化体育活动'),
      C('配合做好未成年人保护工作', '《中华人民共和国未成年人保护法》'),
    ],
  },
  {
    section: '综合保障',
    office: '综合保障办公室',
    duties: [
      B('做好街道机关财务、资产和政府采购管理'),
      B('做好街道人事、编制和干部教育管理'),
      B('统筹街道市民服务中心政务服务'),
      C('配合做好统计调查工作', '《中华人民共和国统计法》'),
      B('做好街道档案、保密和信息化工作'),
      B('组织职责清单的动态调整'),
    ],
  },
];

/** What the 2023 edition of the duty list changes from 2020 (by position in the 2020 list). */
export const DUTY_REVISIONS = {
  /** New duties of the 2023 edition, appended to their sections. */
  added: [
    {
      section: '综合保障',
      duty: B('办理12345市民服务热线派单，做好接诉即办', '《北京市接诉即办工作条例》'),
    },
    { section: '社区建设', duty: B('统筹社区议事协商示范点建设') },
  ],
  /** Retired in 2023: returned to the district. */
  removed: ['危险化学品经营许可的初审（收回区应急管理局）'],
  /** Rewritten titles, old → new. */
  retitled: [
    ['组织开展背街小巷环境精细化整治', '组织开展背街小巷环境精细化整治，巩固治理成效'],
    ['统筹居住区停车秩序治理', '统筹居住区停车秩序治理，推进错时共享停车'],
  ] as const,
};

export interface DemoTask {
  title: string;
  modes?: readonly AssistanceMode[];
}

/** 社区依法履行职责: the 19 duties communities perform by law (seed). */
export const COMMUNITY_DUTIES: readonly DemoTask[] = [
  '宣传宪法、法律、法规和国家政策，教育居民遵守法律、履行义务',
  '召集居民会议，执行居民会议的决定和决议',
  '组织居民议事协商，办理本居住地区居民的公共事务和公益事业',
  '调解民间纠纷，促进家庭和睦、邻里和谐',
  '协助维护社会治安，组织开展群防群治',
  '向人民政府或者街道办事处反映居民的意见、要求和提出建议',
  '组织开展社区志愿服务',
  '组织居民开展文化、体育、科普、教育等活动',
  '开展便民利民的社区服务',
  '组织开展爱国卫生和环境保护活动',
  '协调业主委员会、物业服务企业共同做好物业管理相关事务',
  '组织制定和修订居民公约',
  '管理居民委员会的财产，公开居务',
  '组织楼门院自治，推选楼门长、院落长',
  '组织开展垃圾分类宣传和桶前值守动员',
  '关心帮扶困难群众、空巢独居老人、残疾人等特殊群体',
  '培育和引导社区社会组织',
  '组织社区应急演练和防灾减灾宣传',
  '开展社区精神文明建设，组织评选文明家庭',
].map((title) => ({ title }));

/** 社区依法协助政府工作: the 15 assisting tasks (seed), each with the modes it allows. */
export const COMMUNITY_ASSISTANCE: readonly DemoTask[] = [
  {
    title: '协助做好社会救助、社会福利相关工作',
    modes: ['contactResidents', 'assistHomeVisits', 'reportConcerns', 'assistServices'],
  },
  {
    title: '协助做好养老服务和老龄工作',
    modes: ['contactResidents', 'assistHomeVisits', 'publicity', 'assistServices'],
  },
  { title: '协助做好残疾人服务工作', modes: ['contactResidents', 'assistHomeVisits', 'assistServices'] },
  {
    title: '协助做好公共卫生、疾病预防控制和爱国卫生工作',
    modes: ['contactResidents', 'mobilize', 'publicity', 'discoverAndReport'],
  },
  { title: '协助开展人口普查等统计调查', modes: ['contactResidents', 'assistHomeVisits', 'publicity'] },
  { title: '协助做好就业创业和社会保障服务', modes: ['contactResidents', 'publicity', 'assistServices'] },
  { title: '协助做好流动人口和出租房屋服务管理', modes: ['contactResidents', 'discoverAndReport'] },
  { title: '协助做好安全生产和消防安全隐患的发现报告', modes: ['publicity', 'discoverAndReport'] },
  {
    title: '协助做好防汛和应急管理工作',
    modes: ['contactResidents', 'mobilize', 'publicity', 'discoverAndReport'],
  },
  { title: '协助做好退役军人服务和征兵宣传', modes: ['contactResidents', 'publicity', 'assistServices'] },
  { title: '协助开展禁毒、反邪教宣传教育', modes: ['publicity'] },
  { title: '协助做好违法建设和环境问题的发现报告', modes: ['reportConcerns', 'discoverAndReport'] },
  { title: '协助做好计划生育家庭服务和托育服务', modes: ['contactResidents', 'assistServices'] },
  { title: '协助做好未成年人保护和家庭教育工作', modes: ['contactResidents', 'publicity', 'reportConcerns'] },
  { title: '协助做好选民登记和人大代表选举工作', modes: ['contactResidents', 'mobilize', 'publicity'] },
];

/** Who the community task list names as responsible for each assisting task. */
export const ASSISTANCE_DEPARTMENTS = [
  '区民政局',
  '区民政局',
  '区残联',
  '区卫生健康委',
  '区统计局',
  '区人力社保局',
  '区公安分局',
  '区应急管理局',
  '区应急管理局',
  '区退役军人事务局',
  '区委政法委',
  '区城市管理委',
  '区卫生健康委',
  '区教委',
  '区人大常委会',
];

/**
 * Enforcement matters by source department: stems of "对……的处罚" with the regulation they
 * come from. Each department's stems are spread over its share of the 431 powers; where a
 * department has more powers than stems, a stem is split the way such catalogues split them
 * (by the party or by the circumstance).
 */
export const ENFORCEMENT: readonly {
  department: string;
  count: number;
  matters: readonly { basis: string; stems: readonly string[] }[];
}[] = [
  {
    department: '城管执法',
    count: 393,
    matters: [
      {
        basis: '《北京市市容环境卫生条例》',
        stems: [
          '在城市道路两侧和公共场地堆放物料',
          '擅自在建筑物、构筑物上吊挂、晾晒物品',
          '在道路上乱扔乱倒废弃物',
          '随地吐痰、便溺',
          '在树木、地面、电杆上涂写刻画',
          '擅自张贴、悬挂宣传品',
          '运输车辆泄漏遗撒',
          '未按规定清扫保洁责任区',
          '饲养家禽家畜影响市容环境卫生',
          '车辆未保持外观整洁',
          '建筑物外立面未保持整洁完好',
          '擅自占用道路设摊经营',
          '在城市道路上洗车、修车',
          '未经批准搭建临时建筑物',
          '在公共场所焚烧树叶、垃圾',
        ],
      },
      {
        basis: '《北京市生活垃圾管理条例》',
        stems: [
          '个人未按规定分类投放生活垃圾',
          '管理责任人未设置生活垃圾分类收集容器',
          '收集运输单位混装混运生活垃圾',
          '餐饮服务单位主动提供一次性餐具',
          '将餐厨垃圾交由无资质单位处置',
          '在非指定地点倾倒生活垃圾',
          '管理责任人未对分类投放进行指导',
          '未按规定建立生活垃圾管理台账',
        ],
      },
      {
        basis: '《北京市建筑垃圾处置管理规定》',
        stems: [
          '未经核准处置建筑垃圾',
          '运输建筑垃圾未密闭',
          '擅自倾倒、抛撒建筑垃圾',
          '施工单位将建筑垃圾交由无资质单位运输',
          '装修垃圾未在指定地点堆放',
        ],
      },
      {
        basis: '《北京市城乡规划条例》',
        stems: [
          '未取得建设工程规划许可证进行建设',
          '未按照建设工程规划许可证规定进行建设',
          '擅自改变建筑物使用性质',
          '临时建筑逾期不拆除',
          '在居住区内擅自改建扩建',
          '擅自在屋顶搭建建筑物',
        ],
      },
      {
        basis: '《北京市大气污染防治条例》',
        stems: [
          '施工工地未采取扬尘防治措施',
          '露天烧烤食品',
          '餐饮服务单位未安装油烟净化设施',
          '在城市道路上露天焚烧沥青、油毡',
          '运输砂石渣土未采取遮盖措施',
          '裸露地面未采取覆盖措施',
          '堆放易产生扬尘的物料未密闭',
        ],
      },
      {
        basis: '《北京市环境噪声污染防治办法》',
        stems: [
          '夜间进行产生噪声的建筑施工作业',
          '商业经营活动使用高音广播喇叭招揽顾客',
          '在居民区内从事产生噪声的加工作业',
          '娱乐场所边界噪声超过标准',
        ],
      },
      {
        basis: '《北京市户外广告设施、牌匾标识和标语宣传品设置管理条例》',
        stems: [
          '未经批准设置户外广告设施',
          '户外广告设施未及时维护',
          '牌匾标识设置不符合规范',
          '擅自设置标语宣传品',
          '利用树木、电杆设置广告',
        ],
      },
      {
        basis: '《北京市燃气管理条例》',
        stems: [
          '燃气用户擅自改装燃气设施',
          '餐饮经营单位使用不合格燃气器具',
          '在燃气设施保护范围内违章建设',
          '瓶装燃气用户超量储存气瓶',
          '非法经营瓶装燃气',
        ],
      },
      {
        basis: '《北京市供热采暖管理办法》',
        stems: ['供热单位未按规定时间供热', '擅自改动供热设施', '供热单位室温不达标'],
      },
      {
        basis: '《北京市机动车停车条例》',
        stems: [
          '停车场未明码标价',
          '擅自设置地桩地锁',
          '在道路上擅自设置障碍物占用停车位',
          '停车设施经营者未按规定备案',
        ],
      },
      {
        basis: '《北京市绿化条例》',
        stems: [
          '擅自砍伐城市树木',
          '损毁绿地、践踏花坛',
          '擅自占用城市绿地',
          '在树木上拴系物品',
          '擅自迁移树木',
        ],
      },
      {
        basis: '《北京市建设工程施工现场管理办法》',
        stems: [
          '施工现场未设置围挡',
          '施工车辆带泥上路',
          '未经批准占用道路施工',
          '施工现场未设置密闭式垃圾站',
        ],
      },
      {
        basis: '《北京市食品安全条例》',
        stems: ['食品摊贩未在规定区域经营', '无照经营食品', '食品小作坊未登记从事生产'],
      },
      {
        basis: '《北京市无障碍环境建设条例》',
        stems: ['擅自占用无障碍设施', '损毁无障碍设施'],
      },
    ],
  },
  {
    department: '水务',
    count: 22,
    matters: [
      {
        basis: '《北京市节约用水办法》',
        stems: ['未按规定安装节水器具', '洗车经营者未使用循环用水设施', '擅自取用地下水', '浪费公共用水'],
      },
      {
        basis: '《北京市河湖保护管理条例》',
        stems: [
          '在河湖管理范围内倾倒垃圾',
          '擅自在河湖内设置排污口',
          '在河湖管理范围内违法建设',
          '在河湖内游泳、捕鱼',
          '损毁河湖护栏设施',
        ],
      },
      {
        basis: '《北京市排水和再生水管理办法》',
        stems: ['向排水管网排放超标污水', '擅自接入公共排水管网', '损毁排水设施'],
      },
    ],
  },
  {
    department: '卫生健康',
    count: 11,
    matters: [
      {
        basis: '《北京市控制吸烟条例》',
        stems: ['在禁止吸烟场所吸烟且不听劝阻', '禁止吸烟场所经营者未履行控烟职责', '未设置禁止吸烟标识'],
      },
      {
        basis: '《公共场所卫生管理条例》',
        stems: [
          '公共场所未依法取得卫生许可证经营',
          '未对公共用品用具进行清洗消毒',
          '从业人员未取得健康合格证明',
          '公共场所空气质量不符合卫生标准',
        ],
      },
      {
        basis: '《北京市生活饮用水卫生监督管理办法》',
        stems: ['二次供水设施未定期清洗消毒', '供水单位未取得卫生许可'],
      },
    ],
  },
  {
    department: '生态环境',
    count: 4,
    matters: [
      {
        basis: '《北京市大气污染防治条例》',
        stems: ['露天焚烧秸秆、落叶等产生烟尘污染的物质', '在禁燃区内燃用高污染燃料'],
      },
      {
        basis: '《北京市水污染防治条例》',
        stems: ['餐饮单位未按规定设置隔油设施', '向雨水管道排放污水'],
      },
    ],
  },
  {
    department: '农业农村',
    count: 1,
    matters: [
      {
        basis: '《中华人民共和国土地管理法》第七十八条',
        stems: ['农村村民未经批准或者采取欺骗手段骗取批准，非法占用土地建住宅'],
      },
    ],
  },
];

/** How catalogues split one matter into several powers. */
export const ENFORCEMENT_SPLITS = ['单位', '个人', '逾期不改正', '情节严重'];

/** Enforcement powers exercised jointly with the department rather than by the street alone (our estimate). */
export const JOINT_SHARE = 0.12;
