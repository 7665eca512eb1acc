import type { Ticket } from '../model/ticket';
import type { Responder, ResponderKind, Whistle, WhistleCall, WhistleReason } from '../model/whistle';
import { DEFAULT_REPORT_MINUTES } from '../whistles/rules';
import { rngFor, type Rng } from './rng';

/**
 * A street's 吹哨报到 over the year of its tickets: the units it summons (district departments,
 * their stations, the utilities and property firms) and some events per thousand tickets, each
 * led by a ticket, most departments on time, some late, a few absent. The two newest were blown
 * this morning and are still open, one with a department overdue, so the desk has something to do.
 */
const UNITS: ReadonlyArray<readonly [name: string, kind: ResponderKind, contact: string]> = [
  ['区城管执法局', 'department', '执法值班 010-6500 1201'],
  ['区住房城乡建设委', 'department', '值班室 010-6500 1202'],
  ['区市场监管局', 'department', '值班室 010-6500 1203'],
  ['区生态环境局', 'department', '值班室 010-6500 1204'],
  ['区水务局', 'department', '值班室 010-6500 1205'],
  ['区卫生健康委', 'department', '值班室 010-6500 1206'],
  ['属地派出所', 'station', '所值班 010-6500 1207'],
  ['交通支队', 'station', '勤务值班 010-6500 1208'],
  ['消防救援站', 'station', '站值班 010-6500 1209'],
  ['供电公司', 'firm', '抢修 95598'],
  ['自来水集团', 'firm', '抢修 96116'],
  ['燃气集团', 'firm', '抢修 96777'],
  ['热力集团', 'firm', '抢修 96069'],
  ['物业公司', 'firm', '项目经理微信群'],
];

/** Whistles per thousand tickets: inside the 吹哨率 band, as a street that uses it well. */
const WHISTLES_PER_THOUSAND = 4;
const MINUTE = 60_000;
const DAY = 86_400_000;

function reasonOf(rng: Rng): WhistleReason {
  return rng.weighted<WhistleReason>([
    ['residents', 70],
    ['enforcement', 22],
    ['emergency', 8],
  ]);
}

export interface DemoWhistles {
  responders: Responder[];
  whistles: Whistle[];
  calls: WhistleCall[];
}

export function generateStreetWhistles(
  seed: number,
  streetPath: string,
  tickets: readonly Ticket[],
  /** The instant the demo is made: events up to it, the newest still open. */
  now: number,
  newId: () => string,
): DemoWhistles {
  const rng = rngFor(seed, `whistles:${streetPath}`);
  const responders: Responder[] = UNITS.map(([name, kind, contact]) => ({
    id: newId(),
    orgPath: streetPath,
    name,
    kind,
    contact,
  }));
  const sources = tickets.filter((t) => t.kind === 'complaint' || t.kind === 'help' || t.kind === 'report');
  const count = Math.min(sources.length, Math.round((tickets.length * WHISTLES_PER_THOUSAND) / 1000));
  const whistles: Whistle[] = [];
  const calls: WhistleCall[] = [];
  // Oldest first; the last two are blown this morning, 50 and 15 minutes ago, and still open.
  const chosen = rng
    .shuffle(sources)
    .slice(0, count)
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  for (const [n, ticket] of chosen.entries()) {
    const reason = reasonOf(rng);
    const today = chosen.length - n;
    const blown =
      today <= 2
        ? now - (today === 2 ? 50 : 15) * MINUTE
        : Math.min(
            Date.parse(ticket.receivedAt) + rng.int(2, 48) * 3_600_000,
            now - 2 * DAY - rng.int(10, 600) * MINUTE,
          );
    const minutes = DEFAULT_REPORT_MINUTES[reason];
    const open = now - blown < 2 * DAY;
    const whistle: Whistle = {
      id: newId(),
      orgPath: ticket.orgPath,
      title: ticket.category ?? ticket.content.slice(0, 20),
      reason,
      description: ticket.content,
      address: ticket.address,
      ...(ticket.placeId ? { placeId: ticket.placeId } : {}),
      ticketIds: [ticket.id],
      blownAt: new Date(blown).toISOString(),
      blownBy: '街道值班员',
      state: open ? 'open' : 'closed',
      reportWithinMin: minutes,
    };
    const summoned = rng.shuffle(responders).slice(0, rng.int(2, 4));
    for (const [i, responder] of summoned.entries()) {
      const call: WhistleCall = {
        id: newId(),
        orgPath: whistle.orgPath,
        whistleId: whistle.id,
        responderId: responder.id,
      };
      const fate = rng.float();
      // This morning's first event keeps its first department overdue: the board's first line.
      const comes = !(today === 2 && i === 0) && fate < 0.95;
      const arrived =
        blown + (fate < 0.85 ? rng.int(8, minutes) : rng.int(minutes + 5, minutes * 3)) * MINUTE;
      if (comes && arrived < now) {
        call.arrivedAt = new Date(arrived).toISOString();
        call.people = `${rng.int(1, 6)} 人`;
        call.form =
          responder.kind === 'firm' ? 'enforcement' : rng.pick(['enforcement', 'laneChief'] as const);
        if (!open) call.action = '到场处置，已完成';
      }
      if (!open) {
        const late = !call.arrivedAt || arrived > blown + minutes * MINUTE;
        call.evaluation = {
          timeliness: call.arrivedAt ? (late ? 3 : 5) : 1,
          attitude: rng.int(3, 5),
          result: call.arrivedAt ? rng.int(3, 5) : 1,
          at: new Date(blown + DAY).toISOString(),
          by: '街道值班员',
        };
      }
      calls.push(call);
    }
    if (!open) {
      whistle.closedAt = new Date(blown + rng.int(2, 20) * 3_600_000).toISOString();
      whistle.closedBy = '街道值班员';
      whistle.outcome = '各部门协同处置完毕，已向诉求人反馈';
    }
    whistles.push(whistle);
  }
  return { responders, whistles, calls };
}
