import type { Assignment, Coordinator, Shift, WorkSource } from '../model/coordinator';
import { orgPathOfCode } from '../org/codes';
import { shiftsClash } from '../coordinators/shifts';
import { CATEGORY_CODE_BY_ID } from './coordinators-people';
import { dayNumber, isoDate } from './dates';
import type { IdSource } from './id-source';
import type { Rng } from './rng';

/**
 * The demo's assignments: each coordinator on duty has a standing assignment for this month
 * and the next (their grid, community or post), and a few are sent to short jobs — a 12345
 * ticket, a whistle, an admitted or a redirected access request. Most short jobs fit around
 * the standing shift; some do not, so boards have real double bookings to show (our
 * estimate: about one coordinator in a hundred).
 */

export interface DemoUnit {
  /** Community or village code. */
  code: string;
  gridCodes: readonly string[];
}

export interface StreetWorkContext {
  streetCode: string;
  units: readonly DemoUnit[];
  /** Reference date as a day number. */
  today: number;
}

/** Where a category works (our reading of each job): by grid, community, street post or gate. */
type Post = { kind: 'grid' } | { kind: 'community'; task?: string } | { kind: 'street'; task: string };
const POSTS: Record<string, Post> = {
  '01': { kind: 'street', task: '早晚高峰路口疏导' },
  '02': { kind: 'grid' },
  '03': { kind: 'community' },
  '04': { kind: 'community' },
  '05': { kind: 'community', task: '就业和社保政策服务' },
  '06': { kind: 'community' },
  '07': { kind: 'community' },
  '08': { kind: 'community' },
  '09': { kind: 'community', task: '沿街商户安全生产巡查' },
  '10': { kind: 'community', task: '消防通道和电动车充电巡查' },
  '11': { kind: 'community', task: '餐饮门店食品安全巡查' },
  '12': { kind: 'community' },
  '13': { kind: 'community' },
  '14': { kind: 'street', task: '河道巡护' },
  '15': { kind: 'community', task: '停车秩序管理' },
  '16': { kind: 'community' },
};

/** Shifts by category: traffic at the rush hours, gate posts for the general and rental staff. */
function shiftFor(rng: Rng, code: string): Shift {
  if (code === '01')
    return rng.weighted([
      ['morning', 5],
      ['evening', 4],
      ['afternoon', 1],
    ] as const);
  if (code === '16' || code === '03')
    return rng.weighted([
      ['gate', 4],
      ['morning', 3],
      ['afternoon', 3],
    ] as const);
  return rng.weighted([
    ['morning', 5],
    ['afternoon', 4],
    ['evening', 1.5],
  ] as const);
}

const SOURCES: ReadonlyArray<readonly [WorkSource, number]> = [
  ['ticket', 45],
  ['accessRequest', 25],
  ['whistle', 15],
  ['redirected', 15],
];

const TASKS: Record<Exclude<WorkSource, 'patrol'>, readonly string[]> = {
  ticket: ['12345诉求现场核实', '楼道堆物清理劝导', '违规停车劝离', '噪音扰民现场处置'],
  whistle: ['吹哨报到：联合执法现场秩序', '吹哨报到：违建拆除现场维护'],
  accessRequest: ['入户走访协助', '防诈骗宣传', '老旧小区改造意见征集'],
  redirected: ['人口信息采集（准入未通过，转协管员）', '消防安全入户检查（准入未通过，转协管员）'],
};

const two = (n: number) => String(n).padStart(2, '0');
function sourceRef(rng: Rng, source: WorkSource, start: number): string {
  const ymd = isoDate(start).replaceAll('-', '').slice(2);
  switch (source) {
    case 'ticket':
      return `12345-${ymd}-${String(rng.int(0, 9999)).padStart(4, '0')}`;
    case 'whistle':
      return `吹哨-${ymd}-${two(rng.int(1, 30))}`;
    default:
      return `准入-${isoDate(start).slice(0, 4)}-${String(rng.int(1, 300)).padStart(3, '0')}`;
  }
}

/** First day of the month of `day`, and the last day of the month after it. */
function thisAndNextMonth(day: number): { from: number; to: number } {
  const iso = isoDate(day);
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const from = dayNumber(`${iso.slice(0, 7)}-01`);
  const after = m >= 11 ? `${y + 1}-${two(m - 10)}` : `${y}-${two(m + 2)}`;
  return { from, to: dayNumber(`${after}-01`) - 1 };
}

/** Standing and short assignments of one street's coordinators. */
export function makeAssignments(
  rng: Rng,
  ids: IdSource,
  ctx: StreetWorkContext,
  coordinators: readonly Coordinator[],
): Assignment[] {
  const out: Assignment[] = [];
  const streetPath = orgPathOfCode(ctx.streetCode);
  const units = ctx.units;
  const grids = units.flatMap((u) => u.gridCodes);
  // Round robin over shuffled units and grids: every one gets someone before any gets two.
  const gridOrder = rng.shuffle(grids);
  const unitOrder = rng.shuffle(units.map((u) => u.code));
  let nextGrid = 0;
  let nextUnit = 0;
  const period = thisAndNextMonth(ctx.today);

  /** The coordinator's post for this month and the next: a grid, a community or a street post. */
  const standingAssignment = (c: Coordinator, code: string, shift: Shift): Assignment => {
    const post = POSTS[code]!;
    let orgPath = streetPath;
    let task: string | undefined;
    if (post.kind === 'grid' && gridOrder.length > 0) {
      orgPath = orgPathOfCode(gridOrder[nextGrid++ % gridOrder.length]!);
    } else if (post.kind === 'community' && unitOrder.length > 0) {
      const unit = unitOrder[nextUnit++ % unitOrder.length]!;
      const unitGrids = units.find((u) => u.code === unit)?.gridCodes ?? [];
      // Some community staff are placed in one grid of it.
      orgPath = orgPathOfCode(unitGrids.length > 0 && rng.chance(0.3) ? rng.pick(unitGrids) : unit);
      task = post.task;
    } else if (post.kind === 'street') {
      task = post.task;
    }
    const standing: Assignment = {
      id: ids.id(),
      orgPath,
      coordinatorId: c.id,
      shift,
      from: isoDate(period.from),
      to: isoDate(period.to),
      source: 'patrol',
    };
    if (task) standing.task = task;
    return standing;
  };

  for (const c of coordinators) {
    if (c.status !== 'active' && c.status !== 'onLeave') continue;
    const code = CATEGORY_CODE_BY_ID.get(c.categoryId) ?? '16';
    const shift = shiftFor(rng, code);
    // A street keeps a reserve (机动) without a standing post, about one in sixteen: they are
    // the free people a board offers, and the ones sent to short jobs most often.
    const reserve = c.status === 'active' && rng.chance(0.06);
    if (!reserve) out.push(standingAssignment(c, code, shift));
    if (c.status !== 'active' || unitOrder.length === 0 || !rng.chance(reserve ? 0.3 : 0.07)) continue;
    const source = rng.weighted(SOURCES);
    const start = ctx.today + rng.int(-3, 7);
    const days = rng.int(1, 5);
    // Most short jobs are fitted around the standing shift; one in seven is not (a reserve has none to clash with).
    const fitted = reserve || rng.chance(6 / 7);
    const options = (['morning', 'afternoon', 'evening', 'gate'] as const).filter(
      (s) => shiftsClash(s, shift) !== fitted,
    );
    const unit = rng.pick(units);
    const job: Assignment = {
      id: ids.id(),
      orgPath: orgPathOfCode(
        unit.gridCodes.length > 0 && rng.chance(0.5) ? rng.pick(unit.gridCodes) : unit.code,
      ),
      coordinatorId: c.id,
      shift: options.length > 0 ? rng.pick(options) : shift,
      from: isoDate(start),
      to: isoDate(start + days - 1),
      source,
      task: rng.pick(TASKS[source as Exclude<WorkSource, 'patrol'>]),
      sourceRef: sourceRef(rng, source, start),
    };
    out.push(job);
  }
  return out;
}
