import type { SyncedTable } from '@shared/model/record';
import { planDemo } from '@shared/demo/generate';
import { generateStreetAssessment } from '@shared/demo/assessment';
import { orgPathOfCode } from '@shared/org/codes';
import { newId } from '@shared/ids';
import { withoutCapture } from '../../db';
import { todayInBeijing } from '../../common/dates';
import type { DemoExtra } from '../welcome';

const TABLES = ['assessmentRounds', 'assessmentScores'] as const satisfies readonly SyncedTable[];

/**
 * 社区考核 for each demo street: the last ended half-year as a draft with its entered scores
 * (shared/demo/assessment.ts), so a new user finds a round to compute, drill into and publish
 * rather than an empty list. It reads the communities only, so it needs no other extra.
 */
export const demoExtra: DemoExtra = {
  name: 'assessment',
  async load(db, options, { signal, onProgress }) {
    const written: Partial<Record<SyncedTable, string[]>> = Object.fromEntries(TABLES.map((t) => [t, []]));
    const streets = planDemo(options).streets;
    const today = options.today ?? todayInBeijing();
    for (const [i, code] of streets.entries()) {
      if (signal.aborted) break;
      const streetPath = orgPathOfCode(code);
      const communities = await db.orgUnits
        .where('orgPath')
        .startsWith(`${streetPath}/`)
        .filter((u) => (u.level === 'community' || u.level === 'village') && !u.deleted && !u.dissolvedBy)
        .toArray();
      const demo = generateStreetAssessment(
        options.seed,
        { orgPath: streetPath },
        communities,
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
      onProgress((i + 1) / streets.length);
    }
    return written;
  },
};
