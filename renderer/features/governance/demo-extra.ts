import type { SyncedTable } from '@shared/model/record';
import { planDemo } from '@shared/demo/generate';
import { generateCommunityGovernance } from '@shared/demo/governance';
import { isInScope } from '@shared/org/codes';
import { newId } from '@shared/ids';
import { withoutCapture } from '../../db';
import { todayInBeijing } from '../../common/dates';
import type { DemoExtra } from '../welcome';
import { communitiesOf, eachDemoStreet } from '../../common/demo/streets';

const TABLES = [
  'committees',
  'committeeLogs',
  'committeeExemptions',
  'consultationTopics',
  'consultationMeetings',
  'demoPoints',
] as const satisfies readonly SyncedTable[];

/**
 * 社区治理 for every community of the demo's streets: committees and their logs, a year of
 * consultation topics (some raised from its tickets, so it loads after them) and the odd
 * demonstration point.
 */
export const demoExtra: DemoExtra = {
  name: 'governance',
  after: ['tickets'],
  async load(db, options, ctx) {
    const written: Partial<Record<SyncedTable, string[]>> = Object.fromEntries(TABLES.map((t) => [t, []]));
    const today = options.today ?? todayInBeijing();
    await eachDemoStreet(planDemo(options).streets, ctx, async ({ path: streetPath }) => {
      const communities = await communitiesOf(db, streetPath);
      // Workers and tickets have no index by place in the tree: read the street's once, then share out.
      const [streetWorkers, streetTickets] = await Promise.all([
        db.communityWorkers.filter((w) => isInScope(w.orgPath, streetPath)).toArray(),
        db.tickets.filter((t) => isInScope(t.orgPath, streetPath)).toArray(),
      ]);
      for (const community of communities) {
        const mine = (r: { orgPath: string }) => isInScope(r.orgPath, community.orgPath);
        const workers = streetWorkers.filter(mine);
        const tickets = streetTickets.filter(mine).slice(0, 20);
        const places = await db.places.where('code').startsWith(community.code).limit(30).toArray();
        const demo = generateCommunityGovernance(
          options.seed,
          community.orgPath,
          community.name,
          today,
          { workers, tickets, placeIds: places.map((p) => p.id) },
          newId,
        );
        await withoutCapture(db, [...TABLES], async () => {
          await db.committees.bulkAdd(demo.committees);
          await db.committeeLogs.bulkAdd(demo.logs);
          await db.committeeExemptions.bulkAdd(demo.exemptions);
          await db.consultationTopics.bulkAdd(demo.topics);
          await db.consultationMeetings.bulkAdd(demo.meetings);
          await db.demoPoints.bulkAdd(demo.demoPoints);
        });
        written.committees!.push(...demo.committees.map((r) => r.id));
        written.committeeLogs!.push(...demo.logs.map((r) => r.id));
        written.committeeExemptions!.push(...demo.exemptions.map((r) => r.id));
        written.consultationTopics!.push(...demo.topics.map((r) => r.id));
        written.consultationMeetings!.push(...demo.meetings.map((r) => r.id));
        written.demoPoints!.push(...demo.demoPoints.map((r) => r.id));
      }
    });
    return written;
  },
};
