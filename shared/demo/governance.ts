import type {
  Committee,
  CommitteeExemption,
  CommitteeLog,
  CommitteeMember,
  ConsultationLevel,
  ConsultationMeeting,
  ConsultationStep,
  ConsultationTopic,
  DemoPoint,
  DemoPointStatus,
  TopicSource,
} from '../model/governance';
import { COMMITTEE_KINDS } from '../model/governance';
import { dayNumber, isoDate } from './dates';
import { personName } from './names';
import { rngFor, type Rng } from './rng';

/**
 * A community's governance over the year up to the demo's day: its six committees (a few
 * communities lack some, a few small ones run without any and say so), their work logs, some
 * consultation topics at every step — some raised from its tickets, a few escalated to the
 * street — and now and then a demonstration point from the 2020 campaign or after.
 */
const TOPICS: ReadonlyArray<readonly [title: string, option: string]> = [
  ['老旧小区加装电梯', '按楼层分摊费用加装电梯'],
  ['楼道堆物清理', '限期自行清理，逾期统一清运'],
  ['小区停车秩序', '划定车位，实行错时停车'],
  ['垃圾分类桶站设置', '桶站移至北门内侧并设值守'],
  ['电动自行车集中充电', '在3号楼东侧建设充电棚'],
  ['小区绿地改造', '补种绿植并增设座椅'],
  ['公共活动室开放时间', '工作日晚间和周末开放'],
  ['单元门禁维修', '由物业公司维修，费用从公共收益列支'],
  ['屋顶防水渗漏', '申请老旧小区综合整治资金'],
  ['养犬文明管理', '制定养犬公约，设置宠物便纳箱'],
  ['地下室群租整治', '联合执法清理，恢复公共用途'],
  ['快递柜设置位置', '设于物业用房南侧'],
];

const LOG_ACTIVITIES = [
  '召开委员会例会',
  '入户走访了解诉求',
  '开展环境卫生大扫除',
  '组织健康讲座',
  '开展矛盾纠纷排查',
  '慰问高龄独居老人',
  '组织文艺汇演',
  '检查楼道消防通道',
  '召开物业服务评议会',
  '开展防诈骗宣传',
];

const LOG_MATTERS = [
  '调解邻里漏水纠纷',
  '协调物业修复路灯',
  '处理楼道小广告',
  '协调解决停车位争议',
  '为困难老人申请助餐服务',
];

export interface DemoGovernance {
  committees: Committee[];
  logs: CommitteeLog[];
  exemptions: CommitteeExemption[];
  topics: ConsultationTopic[];
  meetings: ConsultationMeeting[];
  demoPoints: DemoPoint[];
}

export interface GovernanceInputs {
  /** Its community workers: the chairs are residents' committee members among them. */
  workers: readonly { id: string; name: string; role: string }[];
  /** Some of its tickets, that topics may be raised from. */
  tickets: readonly { id: string; content: string; placeId?: string }[];
  /** Some of its buildings, that topics, logs and 楼门院 points may name. */
  placeIds: readonly string[];
}

const STEP_WEIGHTS: ReadonlyArray<readonly [ConsultationStep | 'closed', number]> = [
  ['raise', 8],
  ['discuss', 12],
  ['decide', 15],
  ['carryOut', 22],
  ['evaluate', 38],
  ['closed', 5],
];

/** How long ago a topic at a step was raised, at least: room for its meetings and steps. */
const MIN_AGE: Record<ConsultationStep | 'closed', number> = {
  raise: 0,
  discuss: 10,
  decide: 25,
  carryOut: 70,
  evaluate: 100,
  closed: 30,
};

export function generateCommunityGovernance(
  seed: number,
  communityPath: string,
  communityName: string,
  /** The demo's day (`YYYY-MM-DD`). */
  today: string,
  inputs: GovernanceInputs,
  newId: () => string,
): DemoGovernance {
  const rng = rngFor(seed, `governance:${communityPath}`);
  const end = dayNumber(today);
  const out: DemoGovernance = {
    committees: [],
    logs: [],
    exemptions: [],
    topics: [],
    meetings: [],
    demoPoints: [],
  };
  const stem = communityName.replace(/(社区|村)$/, '');

  // Committees: most communities have all six, some lack a few, a few small ones run without.
  const shape = rng.weighted<'all' | 'some' | 'none'>([
    ['all', 80],
    ['some', 14],
    ['none', 6],
  ]);
  if (shape === 'none') {
    out.exemptions.push({
      id: newId(),
      orgPath: communityPath,
      reason: `${stem}社区规模较小（不足 300 户），由居委会直接承担各委员会职责`,
      since: isoDate(end - rng.int(200, 900)),
    });
  } else {
    const chairs = inputs.workers.filter((w) => w.role === 'director' || w.role === 'member');
    const kinds = shape === 'all' ? COMMITTEE_KINDS : rng.shuffle(COMMITTEE_KINDS).slice(0, rng.int(3, 5));
    for (const kind of kinds) {
      const committee: Committee = {
        id: newId(),
        orgPath: communityPath,
        kind,
        members: membersOf(rng, chairs),
        formedOn: isoDate(end - rng.int(300, 1500)),
      };
      out.committees.push(committee);
      for (let i = rng.int(2, 10); i > 0; i--) {
        const matter = rng.chance(0.3);
        const place = inputs.placeIds.length > 0 && rng.chance(0.3) ? rng.pick(inputs.placeIds) : undefined;
        out.logs.push({
          id: newId(),
          orgPath: communityPath,
          committeeId: committee.id,
          date: isoDate(end - rng.int(0, 364)),
          kind: matter ? 'matter' : 'activity',
          summary: matter ? rng.pick(LOG_MATTERS) : rng.pick(LOG_ACTIVITIES),
          ...(matter ? {} : { participants: rng.int(5, 60) }),
          ...(place ? { placeId: place } : {}),
        });
      }
    }
  }

  // Consultation topics over the year.
  const tickets = rng.shuffle(inputs.tickets);
  for (let i = rng.int(3, 8); i > 0; i--) {
    const ticket = tickets.length > 0 && rng.chance(0.25) ? tickets.pop() : undefined;
    topicOf(rng, communityPath, end, ticket, inputs.placeIds, out, newId);
  }

  // Demonstration points, from the 2020 campaign on, as applications went.
  const lastYear = Number(today.slice(0, 4)) - 1;
  if (lastYear >= 2020 && rng.chance(0.2))
    out.demoPoints.push(pointOf(rng, communityPath, 'consultation', lastYear, undefined, newId));
  if (lastYear >= 2020 && inputs.placeIds.length > 0 && rng.chance(0.3))
    out.demoPoints.push(
      pointOf(rng, communityPath, 'placeGovernance', lastYear, rng.pick(inputs.placeIds), newId),
    );
  return out;
}

function membersOf(rng: Rng, chairs: GovernanceInputs['workers']): CommitteeMember[] {
  const chair = chairs.length > 0 ? rng.pick(chairs) : undefined;
  const members: CommitteeMember[] = [
    {
      name: chair?.name ?? personName(rng, 'middle').name,
      kind: 'worker',
      chair: true,
      ...(chair ? { workerId: chair.id } : {}),
    },
  ];
  const names = new Set(members.map((m) => m.name));
  for (let n = rng.int(2, 6); n > 0; n--) {
    const name = personName(rng, rng.chance(0.5) ? 'older' : 'middle').name;
    if (names.has(name)) continue;
    names.add(name);
    members.push({
      name,
      kind: rng.weighted([
        ['resident', 50],
        ['placeHead', 30],
        ['servicePointStaff', 10],
        ['worker', 10],
      ] as const),
    });
  }
  // A name drawn twice was skipped: top up to the least a committee has.
  while (members.length < 3) members.push({ name: `居民代表${members.length}`, kind: 'resident' });
  return members;
}

function topicOf(
  rng: Rng,
  orgPath: string,
  end: number,
  ticket: GovernanceInputs['tickets'][number] | undefined,
  placeIds: readonly string[],
  out: DemoGovernance,
  newId: () => string,
): void {
  const final = rng.weighted(STEP_WEIGHTS);
  const raised = end - rng.int(MIN_AGE[final], Math.max(MIN_AGE[final], 330));
  const [title, option] = rng.pick(TOPICS);
  const source: TopicSource = ticket
    ? 'ticket'
    : rng.weighted([
        ['residents', 55],
        ['placeHead', 30],
        ['committee', 15],
      ] as const);
  const place = ticket?.placeId ?? (placeIds.length > 0 && rng.chance(0.6) ? rng.pick(placeIds) : undefined);
  const topic: ConsultationTopic = {
    id: newId(),
    orgPath,
    title: ticket ? ticket.content.slice(0, 30) : title,
    ...(ticket ? { description: ticket.content } : {}),
    source,
    raisedBy: source === 'placeHead' ? `${personName(rng, 'older').name}（楼门长）` : undefined,
    raisedOn: isoDate(raised),
    step: 'raise',
    level: 'community',
    escalations: [],
    ticketIds: ticket ? [ticket.id] : [],
    placeIds: place ? [place] : [],
  };
  if (!topic.raisedBy) delete topic.raisedBy;
  out.topics.push(topic);
  if (final === 'raise') return;
  // A few go up to the street before they meet: more than one community, or a department needed.
  let level: ConsultationLevel = 'community';
  if (rng.chance(0.12)) {
    level = 'street';
    topic.escalations.push({
      from: 'community',
      to: 'street',
      on: isoDate(raised + 1),
      reason: rng.pick(['涉及相邻小区，须街道协调', '需区职能部门参与', '资金超出社区公益金']),
    });
  }
  topic.level = level;
  const first = raised + rng.int(2, 7);
  const meeting = (date: number, decided: boolean): ConsultationMeeting => {
    const residents = rng.int(8, 30);
    const representatives = rng.int(3, 10);
    const present = residents + representatives;
    const against = rng.int(0, Math.floor(present / 5));
    const abstentions = rng.int(0, 2);
    return {
      id: newId(),
      orgPath,
      topicId: topic.id,
      date: isoDate(date),
      venue: level === 'street' ? '街道议事厅' : '社区议事厅',
      level,
      participants: {
        residents,
        residentRepresentatives: representatives,
        placeHeads: rng.int(1, 5),
        ...(rng.chance(0.5) ? { propertyCompany: 1 } : {}),
        ...(rng.chance(0.3) ? { stationedUnits: rng.int(1, 3) } : {}),
        ...(rng.chance(0.2) ? { ownersCommittee: rng.int(1, 3) } : {}),
      },
      options: decided ? [option, '维持现状'] : [option, '暂缓实施', '维持现状'],
      minutesBy: personName(rng, 'younger').name,
      ...(decided
        ? {
            decision: {
              text: option,
              votesFor: present - against - abstentions,
              votesAgainst: against,
              abstentions,
              carriedOutBy: rng.pick(['社区居委会', '物业公司', '社区居委会、物业公司', '街道城市管理办']),
              dueOn: isoDate(date + rng.int(15, 60)),
            },
          }
        : {}),
    };
  };
  out.meetings.push(meeting(first, false));
  topic.step = 'discuss';
  if (final === 'discuss') return;
  if (final === 'closed') {
    topic.closed = { on: isoDate(first + rng.int(1, 10)), reason: '居民意见分歧较大，暂不实施' };
    return;
  }
  const decidedOn = first + rng.int(5, 12);
  out.meetings.push(meeting(decidedOn, true));
  topic.step = 'decide';
  if (final === 'decide') return;
  const carriedOn = decidedOn + rng.int(10, 40);
  topic.carriedOut = { on: isoDate(carriedOn), summary: `已按决议落实：${option}` };
  topic.step = 'carryOut';
  if (final === 'carryOut') return;
  const score = rng.weighted([
    [5, 55],
    [4, 30],
    [3, 12],
    [2, 3],
  ] as const);
  topic.evaluation = {
    on: isoDate(carriedOn + rng.int(3, 15)),
    score,
    note: score >= 4 ? '居民表示满意' : '部分居民认为落实不够彻底',
  };
  topic.step = 'evaluate';
}

function pointOf(
  rng: Rng,
  orgPath: string,
  kind: DemoPoint['kind'],
  lastYear: number,
  placeId: string | undefined,
  newId: () => string,
): DemoPoint {
  const year = rng.chance(0.6) ? 2020 : rng.int(2020, lastYear);
  const drawn = rng.weighted<DemoPointStatus>([
    ['accepted', 65],
    ['building', 15],
    ['applied', 10],
    ['revoked', 10],
  ]);
  // A revocation comes the year after: only for points older than last year, so it is in the past.
  const status = drawn === 'revoked' && year >= lastYear ? 'accepted' : drawn;
  const history: DemoPoint['history'] = [
    { status: 'applied', on: `${year}-03-${String(rng.int(1, 28)).padStart(2, '0')}` },
  ];
  if (status !== 'applied')
    history.push({ status: 'building', on: `${year}-05-${String(rng.int(1, 28)).padStart(2, '0')}` });
  if (status === 'accepted' || status === 'revoked')
    history.push({
      status: 'accepted',
      on: `${year}-11-${String(rng.int(1, 28)).padStart(2, '0')}`,
      note: '街道验收通过',
    });
  if (status === 'revoked')
    history.push({ status: 'revoked', on: `${year + 1}-0${rng.int(3, 9)}-15`, note: '复查未达标，撤销命名' });
  return {
    id: newId(),
    orgPath,
    kind,
    year,
    criteria:
      kind === 'consultation'
        ? '议事厅、议事规则健全；全年协商议题不少于 6 个，决议落实率 90% 以上'
        : '楼门长全覆盖；楼内环境整洁；楼门公约上墙；居民满意度 90% 以上',
    status,
    history,
    ...(placeId ? { placeId } : {}),
  };
}
