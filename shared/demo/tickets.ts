import type { Ticket, TicketKind, TicketSatisfaction } from '../model/ticket';
import { addressMatcher } from '../tickets/address-matcher';
import { normaliseAddress } from '../tickets/address';
import { mobileNumber } from './phones';
import { SURNAME_LIST } from './names';
import { rngFor, weightedTable, type Rng } from './rng';

/** What the ticket generator needs of a registered place. */
export interface DemoTicketPlace {
  id: string;
  name: string;
  address: string;
  orgPath: string;
  type: string;
  residents: number;
}

/**
 * A street's year of 12345 tickets over its registered places. About a quarter of a ticket per
 * resident a year reaches the street (11 million requests for 21 million people in 2020, about
 * half dispatched to streets), so a big street of 100,000 residents sees some 25,000. Addresses
 * are written as callers say them (numerals in words, #, rooms, "门口"), some vague or of places
 * not registered, and are located by the same matcher an import uses. 解决率 and 满意率 rise
 * over the year as DOMAIN.md reports for 2019 (53% → 74%, 65% → 85%).
 */
export const TICKETS_PER_RESIDENT_YEAR = 0.25;
export const MAX_TICKETS_PER_STREET = 40_000;

const KINDS = weightedTable<TicketKind>([
  ['complaint', 45],
  ['help', 25],
  ['consultation', 15],
  ['report', 8],
  ['suggestion', 7],
]);

const CATEGORIES: Record<TicketKind, readonly (readonly [string, string])[]> = {
  complaint: [
    ['噪音扰民', '夜间施工噪音很大，影响休息'],
    ['楼道堆物', '楼道里堆放杂物，影响通行，有消防隐患'],
    ['停车管理', '小区内乱停车，消防通道被占用'],
    ['垃圾清运', '垃圾桶满了没人清运，有异味'],
    ['物业服务', '物业不处理报修，态度差'],
    ['宠物扰民', '邻居家狗经常叫，影响休息'],
    ['违章建筑', '楼顶有人私搭乱建'],
  ],
  help: [
    ['供暖', '家里暖气不热，室温不到18度'],
    ['停水', '家中突然停水，没有通知'],
    ['电梯故障', '电梯坏了好几天，老人上下楼困难'],
    ['下水道堵塞', '楼下下水道堵了，污水外溢'],
    ['路灯不亮', '小区路灯不亮，晚上出行不便'],
  ],
  consultation: [
    ['政策咨询', '咨询老旧小区改造什么时候开始'],
    ['办事指南', '咨询居住证办理需要哪些材料'],
    ['养老服务', '咨询养老驿站助餐怎么申请'],
  ],
  report: [
    ['群租房', '楼里有群租房，人员复杂'],
    ['违规经营', '底商占道经营，影响通行'],
  ],
  suggestion: [
    ['便民设施', '建议小区增设休息座椅和无障碍坡道'],
    ['环境绿化', '建议补种小区绿地'],
  ],
};

const TAILS = ['门口', '楼下', '附近'];
const CHINESE = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const inWords = (n: number) =>
  n < 10
    ? CHINESE[n]!
    : n < 20
      ? `十${n % 10 ? CHINESE[n % 10] : ''}`
      : `${CHINESE[Math.floor(n / 10)]}十${n % 10 ? CHINESE[n % 10] : ''}`;

/** The address as a caller might say it. */
function spoken(rng: Rng, address: string): string {
  let text = address;
  if (rng.chance(0.2))
    text = text.replace(/(\d{1,2})(号楼|单元)/g, (_, n: string, unit: string) => inWords(Number(n)) + unit);
  else if (rng.chance(0.1))
    text = text.replace(/(\d+)号楼(?:(\d+)单元)?/, (_, b: string, u?: string) => `${b}#${u ? `${u}门` : ''}`);
  if (rng.chance(0.3) && /(号楼|单元)$/.test(text)) text += `${rng.int(1, 6)}0${rng.int(1, 4)}室`;
  if (rng.chance(0.15)) text += rng.pick(TAILS);
  if (rng.chance(0.2)) text = `北京市${text}`;
  return text;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

export function generateStreetTickets(
  seed: number,
  streetPath: string,
  places: readonly DemoTicketPlace[],
  today: string,
  newId: () => string,
): Ticket[] {
  const rng = rngFor(seed, `tickets:${streetPath}`);
  const sites = places.filter((p) => p.type !== 'gate' && p.residents > 0);
  if (sites.length === 0) return [];
  const residents = sites.reduce((sum, p) => sum + p.residents, 0);
  const count = Math.min(MAX_TICKETS_PER_STREET, Math.round(residents * TICKETS_PER_RESIDENT_YEAR));
  // A few places keep calling: a leaking roof, a noisy shop below (未诉先办's targets).
  const bySite = weightedTable(sites.map((p) => [p, p.residents * (rng.chance(0.02) ? 8 : 1)] as const));
  const gatesOf = new Map<string, DemoTicketPlace[]>();
  for (const p of places) {
    if (p.type !== 'gate') continue;
    const building = p.address.replace(/\d+单元$/, '');
    gatesOf.set(building, [...(gatesOf.get(building) ?? []), p]);
  }
  const matcher = addressMatcher(places);
  const pathOf = new Map(places.map((p) => [p.id, p.orgPath]));
  const end = Date.parse(`${today}T00:00:00+08:00`);
  const start = end - 365 * DAY;
  const tickets: Ticket[] = [];
  for (let i = 0; i < count; i++) {
    const site = rng.fromTable(bySite);
    const gates = gatesOf.get(site.address);
    const place = gates && rng.chance(0.5) ? rng.pick(gates) : site;
    const roll = rng.float();
    const stem = normaliseAddress(place.address).stem;
    const address =
      roll < 0.04 && stem
        ? `${stem}小区${rng.pick(TAILS)}`
        : roll < 0.07 && stem
          ? `${stem}${rng.int(60, 90)}号楼`
          : spoken(rng, place.address);
    const kind = rng.fromTable(KINDS);
    const [category, content] = rng.pick(CATEGORIES[kind]);
    const day = Math.floor(rng.float() * 365);
    const received = start + day * DAY + rng.int(8, 21) * HOUR + rng.int(0, 59) * 60_000;
    const progress = day / 365; // 0 a year ago, 1 today
    const urgent = rng.chance(0.03);
    const match = matcher.match(address);
    const ticket: Ticket = {
      id: newId(),
      orgPath: (match.placeId && pathOf.get(match.placeId)) || streetPath,
      number: `G${new Date(received + 8 * HOUR).toISOString().slice(0, 10).replace(/-/g, '')}${String(i).padStart(5, '0')}`,
      source: rng.chance(0.05) ? 'proactive' : 'hotline',
      kind,
      category,
      content,
      address,
      receivedAt: new Date(received).toISOString(),
      urgent,
      callerName: `${rng.pick(SURNAME_LIST)}${rng.chance(0.5) ? '女士' : '先生'}`,
      callerPhone: mobileNumber(rng),
      state: 'received',
      linkStatus: match.status,
      ...(match.placeId ? { placeId: match.placeId } : { candidateIds: match.candidateIds }),
    };
    const age = (end - received) / DAY;
    if (age > 10) {
      const fate = rng.float();
      if (fate < 0.03) ticket.state = 'returned';
      else {
        if (fate < 0.05) ticket.excludedReason = '重复诉求';
        ticket.state = 'closed';
        ticket.contactedAt = new Date(received + rng.lognormal(urgent ? 0.8 : 3, 1) * HOUR).toISOString();
        const resolved = rng.chance(0.53 + 0.23 * progress);
        ticket.resolution = resolved ? 'resolved' : 'unresolved';
        const satisfied = rng.chance((resolved ? 0.8 : 0.3) + 0.12 * progress);
        const satisfaction: TicketSatisfaction = satisfied
          ? 'satisfied'
          : rng.chance(0.4)
            ? 'basicallySatisfied'
            : 'dissatisfied';
        ticket.satisfaction = satisfaction;
        ticket.closedAt = new Date(received + rng.between(1, 9) * DAY).toISOString();
      }
    } else {
      ticket.state = rng.pick(['received', 'accepted', 'contacted', 'handling', 'answered'] as const);
      if (ticket.state !== 'received' && ticket.state !== 'accepted') {
        ticket.contactedAt = new Date(received + rng.lognormal(2, 1) * HOUR).toISOString();
      }
    }
    tickets.push(ticket);
  }
  return tickets;
}
