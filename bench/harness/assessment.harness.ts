/**
 * The community assessment benchmark inside Chromium (社区考核, issue 14): a district of ~600
 * communities with their grids, ~100,000 places and community workers from the demo generator,
 * their committees, logs and consultation topics, and a half-year of district tickets (~2,000 a
 * day), in real IndexedDB. It computes a district round with the app's own computeRound and
 * watches the main thread's long tasks meanwhile. bench/assessment.bench.ts drives it; `scale`
 * shrinks everything for a smoke check.
 */
import type { Ticket } from '@shared/model/ticket';
import { planDemo } from '@shared/demo/generate';
import { generateCommunityGovernance } from '@shared/demo/governance';
import { defaultIndicators } from '@shared/assessment/round';
import { rngFor } from '@shared/demo/rng';
import { newId } from '@shared/ids';
import { StreetDeskDb, withoutCapture } from '../../renderer/db/database';
import { computeRound } from '../../renderer/features/assessment/compute-round';
import { watched } from './watch';

export const name = 'assessment';

const DB = 'bench-assessment';
const SEED = 1;
const DISTRICT = '110105';
const COMMUNITIES = 600;
const PLACES = 100_000;
/** A half-year of a district's tickets: about 2,000 a day. */
const TICKETS = 360_000;
const TODAY = '2026-11-25';
const HALF_START = Date.parse('2026-07-01T00:00:00+08:00');
const HALF_MS = 184 * 86_400_000;

const TABLES = [
  'orgUnits',
  'places',
  'servicePoints',
  'communityWorkers',
  'tickets',
  'committees',
  'committeeLogs',
  'committeeExemptions',
  'consultationTopics',
  'consultationMeetings',
] as const;

const round = {
  id: 'bench-round',
  orgPath: DISTRICT,
  year: 2026,
  period: 'secondHalf' as const,
  indicators: defaultIndicators('secondHalf', '街道综合评价'),
};

export const api = {
  async reset(scale = 1): Promise<Record<string, number>> {
    await StreetDeskDb.delete(DB);
    const db = new StreetDeskDb(DB);
    await db.open();
    const rng = rngFor(SEED, 'bench-assessment');
    const maxCommunities = Math.max(1, Math.round(COMMUNITIES * scale));
    const maxPlaces = Math.round(PLACES * scale);
    const counts: Record<string, number> = {
      communities: 0,
      places: 0,
      tickets: 0,
      committees: 0,
      topics: 0,
    };
    const communityPaths: string[] = [];
    for (const chunk of planDemo({
      seed: SEED,
      scope: { kind: 'district', code: DISTRICT },
      today: TODAY,
    }).chunks()) {
      if (counts.communities! >= maxCommunities) break;
      const community = chunk.orgUnits.find((u) => u.level === 'community' || u.level === 'village')!;
      const communityPath = `${community.orgPath}`;
      const places = chunk.places.slice(0, Math.max(0, maxPlaces - counts.places!));
      const governance = generateCommunityGovernance(
        SEED,
        communityPath,
        community.name,
        TODAY,
        { workers: chunk.communityWorkers, tickets: [], placeIds: places.slice(0, 30).map((p) => p.id) },
        newId,
      );
      await withoutCapture(db, [...TABLES], async () => {
        await db.orgUnits.bulkAdd(chunk.orgUnits);
        await db.places.bulkAdd(places);
        await db.servicePoints.bulkAdd(chunk.servicePoints);
        await db.communityWorkers.bulkAdd(chunk.communityWorkers);
        await db.committees.bulkAdd(governance.committees);
        await db.committeeLogs.bulkAdd(governance.logs);
        await db.committeeExemptions.bulkAdd(governance.exemptions);
        await db.consultationTopics.bulkAdd(governance.topics);
        await db.consultationMeetings.bulkAdd(governance.meetings);
      });
      communityPaths.push(communityPath);
      counts.communities! += 1;
      counts.places! += places.length;
      counts.committees! += governance.committees.length;
      counts.topics! += governance.topics.length;
    }
    const tickets = Math.round(TICKETS * scale);
    for (let from = 0; from < tickets; from += 20_000) {
      const batch: Ticket[] = [];
      for (let i = from; i < Math.min(tickets, from + 20_000); i++) {
        const received = HALF_START + Math.floor((i / tickets) * HALF_MS);
        const closed = rng.chance(0.9);
        batch.push({
          id: newId(),
          orgPath: communityPaths[rng.int(0, communityPaths.length - 1)]!,
          number: `A${i}`,
          source: 'hotline',
          kind: 'complaint',
          content: '诉求',
          address: '某小区',
          receivedAt: new Date(received).toISOString(),
          urgent: false,
          state: closed ? 'closed' : 'handling',
          linkStatus: 'vague',
        } as Ticket);
      }
      await withoutCapture(db, ['tickets'], () => db.tickets.bulkAdd(batch));
    }
    counts.tickets = tickets;
    db.close();
    return counts;
  },

  /** computeRound over the district, timed, with the longest main-thread task during it. */
  async computeDistrict(): Promise<{ ms: number; longestTaskMs: number; communities: number }> {
    const db = new StreetDeskDb(DB);
    await db.open();
    try {
      const { result, ms, longestTaskMs } = await watched(() => computeRound(db, round));
      return { ms, longestTaskMs, communities: result.communities.length };
    } finally {
      db.close();
    }
  },
};

declare global {
  interface BenchApis {
    assessment: typeof api;
  }
}
