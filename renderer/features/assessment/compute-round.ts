import type { AssessmentRound, AssessmentScore, CommunityResult } from '@shared/model/assessment';
import type { OrgUnit } from '@shared/model/org';
import type { CommunityWorker } from '@shared/model/place';
import type {
  Committee,
  CommitteeLog,
  ConsultationMeeting,
  ConsultationTopic,
} from '@shared/model/governance';
import type { InfoSystem } from '@shared/model/lists';
import type { TicketFacts } from '@shared/tickets/facts';
import type { AbortLike } from '@shared/cancel';
import type { CoveragePlace } from '@shared/places/coverage';
import { communityCodeOf, segmentsOf } from '@shared/org/paths';
import { rateRulesFor } from '@shared/tickets/rate-rules';
import { codeOfPath, isInScope } from '@shared/org/codes';
import { periodRange, instantInRange } from '@shared/assessment/period';
import { monthsFromTo } from '@shared/dashboard/months';
import { assessCommunity, rankCommunities, type CommunityData } from '@shared/assessment/round';
import type { StreetDeskDb } from '../../db';
import { readTicketFacts } from '../../db/ticket-facts';
import { readCatalog } from '../../db/catalog';

export interface Progress {
  signal?: AbortLike;
  /** 0–1, with what is being done. */
  report?(progress: number, step: 'read' | 'tickets' | 'compute'): void;
}

export interface RoundComputation {
  computedAt: string;
  communities: CommunityResult[];
  /** Each community's records, for drilling into a computed value. */
  data: ReadonlyMap<string, CommunityData>;
}

/** Work between two yields to the event loop, so no task holds the main thread long. */
const SLICE_MS = 40;

/** Lets the page paint and take input when the current slice has run long enough. */
function slicer(signal?: AbortLike) {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal?.throwIfAborted();
    since = performance.now();
  };
}

const DAY_MS = 86_400_000;
const dayAfter = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

const live =
  <T extends { deleted?: boolean; orgPath: string }>(scope: string) =>
  (r: T) =>
    !r.deleted && isInScope(r.orgPath, scope);

/** A community's records while they are gathered. */
interface Bucket extends CommunityData {
  places: (CoveragePlace & { lastVisitOn?: string })[];
  grids: OrgUnit[];
  workers: CommunityWorker[];
  tickets: TicketFacts[];
  topics: ConsultationTopic[];
  meetings: ConsultationMeeting[];
  committees: Committee[];
  logs: CommitteeLog[];
  systems: InfoSystem[];
  scores: Map<string, AssessmentScore>;
}

function emptyData(unit: Pick<OrgUnit, 'code' | 'name'>): Bucket {
  return {
    code: unit.code,
    name: unit.name,
    places: [],
    grids: [],
    workers: [],
    tickets: [],
    topics: [],
    meetings: [],
    committees: [],
    logs: [],
    exempt: false,
    systems: [],
    scores: new Map(),
  };
}

/**
 * Computes a round over every community of its scope (a street's, or a district's ~600) from the
 * catalog's facts of places and tickets (no such row is read), tickets a month at a time,
 * yielding between pieces: the main thread never runs long, progress is reported, and the
 * signal stops it between pieces.
 */
export async function computeRound(
  db: StreetDeskDb,
  round: Pick<AssessmentRound, 'id' | 'orgPath' | 'year' | 'period' | 'indicators'>,
  { signal, report }: Progress = {},
): Promise<RoundComputation> {
  const scope = round.orgPath;
  const slice = slicer(signal);
  const inScope = live(scope);
  const units = (await db.orgUnits.where('orgPath').startsWith(scope).toArray()).filter(inScope);
  const communities = units
    .filter((u) => u.level === 'community' || u.level === 'village')
    .sort((a, b) => a.code.localeCompare(b.code));
  // The scope's ancestors hold the rules a street without its own inherits (rateRulesFor).
  const ancestors = await db.orgUnits.where('code').anyOf(segmentsOf(scope)).toArray();
  const unitByCode = new Map([...ancestors, ...units].map((u) => [u.code, u]));
  const data = new Map(
    communities.map((u) => [
      u.code,
      { ...emptyData(u), rateRules: rateRulesFor(u.orgPath, (code) => unitByCode.get(code)) },
    ]),
  );
  const of = (orgPath: string) => {
    const code = communityCodeOf(orgPath);
    return code === undefined ? undefined : data.get(code);
  };
  for (const u of units) if (u.level === 'grid') data.get(u.parentCode)?.grids.push(u);
  signal?.throwIfAborted();

  // Places: their coverage facts and last visit, from the catalog (no place row is read).
  const placeFacts = await readCatalog(db, 'places', scope);
  await slice();
  for (const { id, orgPath, facts } of placeFacts.entries())
    of(orgPath)?.places.push({ id, orgPath, ...facts });
  report?.(0.4, 'read');
  await slice();

  const [workers, topics, meetings, committees, logs, exemptions, systems, scores] = await Promise.all([
    db.communityWorkers.toArray(),
    db.consultationTopics.toArray(),
    db.consultationMeetings.toArray(),
    db.committees.toArray(),
    db.committeeLogs.toArray(),
    db.committeeExemptions.toArray(),
    db.infoSystems.toArray(),
    db.assessmentScores.where('roundId').equals(round.id).toArray(),
  ]);
  await slice();
  const push = <T extends { orgPath: string; deleted?: boolean }>(
    rows: readonly T[],
    into: (d: Bucket) => T[],
  ) => {
    for (const r of rows) {
      if (!inScope(r)) continue;
      const d = of(r.orgPath);
      if (d) into(d).push(r);
    }
  };
  push(workers, (d) => d.workers);
  push(topics, (d) => d.topics);
  push(committees, (d) => d.committees);
  push(logs, (d) => d.logs);
  for (const e of exemptions) {
    const d = inScope(e) ? of(e.orgPath) : undefined;
    if (d) d.exempt = true;
  }
  // A meeting belongs to its topic's community, wherever in the linkage it met.
  const topicCommunity = new Map(topics.filter(inScope).map((t) => [t.id, of(t.orgPath)]));
  for (const m of meetings) if (!m.deleted) topicCommunity.get(m.topicId)?.meetings.push(m);
  for (const s of systems) {
    if (s.deleted) continue;
    for (const code of s.communityCodes) data.get(code)?.systems.push(s);
  }
  for (const s of scores) if (!s.deleted) data.get(s.communityCode)?.scores.set(s.indicatorId, s);

  // Tickets received in the period, a month at a time, as facts from the catalog (60,000 a month
  // in a big district: one short task each). Blocks are Beijing months and a period is whole
  // months, so every ticket read is in it; a period of other bounds is checked ticket by ticket.
  const range = periodRange(round.year, round.period);
  const months = monthsFromTo(range.from, range.to);
  const whole = range.from.endsWith('-01') && dayAfter(range.to).endsWith('-01');
  const wantsTickets = round.indicators.some((i) => i.kind.startsWith('ticket'));
  for (let i = 0; wantsTickets && i < months.length; i++) {
    for (const t of await readTicketFacts(db, scope, [months[i]!]))
      if (whole || instantInRange(t.receivedAt, range)) of(t.orgPath)?.tickets.push(t);
    report?.(0.4 + (0.4 * (i + 1)) / months.length, 'tickets');
    await slice();
  }

  const results: CommunityResult[] = [];
  let done = 0;
  for (const d of data.values()) {
    results.push(assessCommunity(round, d));
    if (++done % 20 === 0) {
      report?.(0.8 + (0.2 * done) / data.size, 'compute');
      await slice();
    }
  }
  report?.(1, 'compute');
  return { computedAt: new Date().toISOString(), communities: rankCommunities(results), data };
}

/** The scope a round covers, as a code (a street's 9 digits, a district's 6). */
export const scopeCodeOf = (round: Pick<AssessmentRound, 'orgPath'>) => codeOfPath(round.orgPath);
