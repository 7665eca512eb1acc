import type { SyncedTable } from '@shared/model/record';
import { planDemo } from '@shared/demo/generate';
import { generateStreetAssessment } from '@shared/demo/assessment';
import { newId } from '@shared/ids';
import { withoutCapture } from '../../db';
import { todayInBeijing } from '../../common/dates';
import type { DemoExtra } from '../welcome';
import { communitiesOf, eachDemoStreet } from '../../common/demo/streets';

const TABLES = ['assessmentRounds', 'assessmentScores'] as const satisfies readonly SyncedTable[];

/**
 * 社区考核 for each demo street: the last ended half-year as a draft with its entered scores
 * (shared/demo/assessment.ts), so a new user finds a round to compute, drill into and publish
 * rather than an empty list. It reads the communities only, so it needs no other extra.
 */
export const demoExtra: DemoExtra = {
  name: 'assessment',
  async load(db, options, ctx) {
    const written: Partial<Record<SyncedTable, string[]>> = Object.fromEntries(TABLES.map((t) => [t, []]));
    const today = options.today ?? todayInBeijing();
    await eachDemoStreet(planDemo(options).streets, ctx, async (street) => {
      const demo = generateStreetAssessment(
        options.seed,
        { orgPath: street.path },
        await communitiesOf(db, street.path),
        today,
        '街道综合评价',
      );
      const round = { ...demo.round, id: newId() };
      const scores = demo.scores.map((s) => ({ ...s, id: newId(), roundId: round.id }));
      await withoutCapture(db, [...TABLES], async () => {
        await db.assessmentRounds.add(round);
        await db.assessmentScores.bulkAdd(scores);
      });
      written.assessmentRounds!.push(round.id);
      written.assessmentScores!.push(...scores.map((s) => s.id));
    });
    return written;
  },
};
