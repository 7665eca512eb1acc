import type { SyncedTable } from '@shared/model/record';
import { planDemo } from '@shared/demo/generate';
import { generateStreetWhistles } from '@shared/demo/whistles';
import { generateCommunityDualReport } from '@shared/demo/dual-report';
import { isInScope } from '@shared/org/codes';
import { newId } from '@shared/ids';
import { withoutCapture, type StreetDeskDb } from '../../db';
import { todayInBeijing } from '../../common/dates';
import type { DemoExtra } from '../welcome';
import { eachDemoStreet } from '../../common/demo/streets';

/**
 * 吹哨报到 for the demo's streets: for those with tickets, their units and a year of events led
 * by tickets; for every community, the units and party members reporting to it (双报到) and
 * their year of service.
 */
export const demoExtra: DemoExtra = {
  name: 'whistles',
  async load(db, options, ctx) {
    const written: Partial<Record<SyncedTable, string[]>> = {
      responders: [],
      whistles: [],
      whistleCalls: [],
      reportingMembers: [],
      serviceActivities: [],
    };
    const today = options.today ?? todayInBeijing();
    const now = options.today ? Date.parse(`${options.today}T18:00:00+08:00`) : Date.now();
    await eachDemoStreet(planDemo(options).streets, ctx, async ({ path }) => {
      const tickets = await db.tickets.filter((t) => isInScope(t.orgPath, path)).toArray();
      let whistleIds: string[] = [];
      if (tickets.length > 0) {
        const demo = generateStreetWhistles(options.seed, path, tickets, now, newId);
        await withoutCapture(db, ['responders', 'whistles', 'whistleCalls'], async () => {
          await db.responders.bulkAdd(demo.responders);
          await db.whistles.bulkAdd(demo.whistles);
          await db.whistleCalls.bulkAdd(demo.calls);
        });
        whistleIds = demo.whistles.map((w) => w.id);
        written.responders!.push(...demo.responders.map((r) => r.id));
        written.whistles!.push(...whistleIds);
        written.whistleCalls!.push(...demo.calls.map((c) => c.id));
      }
      const dual = await dualReportOf(db, options.seed, path, today, whistleIds);
      written.reportingMembers!.push(...dual.members);
      written.serviceActivities!.push(...dual.activities);
    });
    return written;
  },
};

async function dualReportOf(
  db: StreetDeskDb,
  seed: number,
  streetPath: string,
  today: string,
  whistleIds: readonly string[],
): Promise<{ members: string[]; activities: string[] }> {
  const communities = await db.orgUnits
    .where('orgPath')
    .startsWith(`${streetPath}/`)
    .filter((u) => u.level === 'community' || u.level === 'village')
    .toArray();
  const ids = { members: [] as string[], activities: [] as string[] };
  for (const community of communities) {
    // A handful of its buildings is enough for activities to name some.
    const placeIds = (await db.places
      .where('code')
      .startsWith(community.code)
      .limit(30)
      .primaryKeys()) as string[];
    const demo = generateCommunityDualReport(
      seed,
      community.orgPath,
      community.name,
      today,
      { placeIds, whistleIds },
      newId,
    );
    await withoutCapture(db, ['reportingMembers', 'serviceActivities'], async () => {
      await db.reportingMembers.bulkAdd(demo.members);
      await db.serviceActivities.bulkAdd(demo.activities);
    });
    ids.members.push(...demo.members.map((m) => m.id));
    ids.activities.push(...demo.activities.map((a) => a.id));
  }
  return ids;
}
