import type { AssessmentPeriod, AssessmentRound, AssessmentScore } from '../model/assessment';
import { defaultIndicators } from '../assessment/round';
import { periodRange } from '../assessment/period';
import { rngFor } from './rng';

/**
 * A street's community assessment for the demo: the last half-year that has ended by the demo's
 * day, as a draft the street is filling in — the default indicators, and for each community its
 * residents' satisfaction survey and the street's own evaluation, each with the reason a street
 * would write. Computing and publishing are left to the user, which is what the demo shows.
 */
export interface DemoAssessment {
  round: Omit<AssessmentRound, 'id'>;
  scores: Omit<AssessmentScore, 'id' | 'roundId'>[];
}

const EVALUATIONS = [
  '台账规范，包楼包户责任落实到位',
  '网格巡查记录完整，问题发现及时',
  '议事协商记录有待完善',
  '未诉先办主动治理成效明显',
  '垃圾分类桶站管理规范',
  '居民活动组织较好，志愿者队伍稳定',
  '老旧小区整治中群众工作扎实',
  '个别楼门长空缺，需尽快补齐',
];

/** The last half-year that has ended by `today` (`YYYY-MM-DD`). */
export function lastEndedHalf(today: string): { year: number; period: AssessmentPeriod } {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 7
    ? { year, period: 'firstHalf' }
    : { year: year - 1, period: 'secondHalf' };
}

export function generateStreetAssessment(
  seed: number,
  street: { orgPath: string },
  communities: readonly { code: string; orgPath: string }[],
  today: string,
  manualName: string,
): DemoAssessment {
  const rng = rngFor(seed, `assessment:${street.orgPath}`);
  const { year, period } = lastEndedHalf(today);
  const drafted = `${periodRange(year, period).to}T02:00:00.000Z`;
  const round: DemoAssessment['round'] = {
    orgPath: street.orgPath,
    name: `${year}年${period === 'firstHalf' ? '上半年' : '下半年'}社区考核`,
    year,
    period,
    status: 'draft',
    indicators: defaultIndicators(period, manualName),
    history: [{ status: 'draft', on: drafted, by: '街道办' }],
  };
  const scores: DemoAssessment['scores'] = [];
  for (const c of communities) {
    const asked = rng.int(80, 200);
    const satisfied = Math.min(asked, Math.round(asked * rng.between(0.78, 0.99)));
    scores.push(
      {
        orgPath: c.orgPath,
        communityCode: c.code,
        indicatorId: 'residentSatisfaction',
        score: Math.round((satisfied / asked) * 1000) / 10,
        reason: `居民满意度问卷：抽样 ${asked} 户，满意 ${satisfied} 户`,
        enteredAt: drafted,
        enteredBy: '街道办',
      },
      {
        orgPath: c.orgPath,
        communityCode: c.code,
        indicatorId: 'manual',
        score: rng.int(75, 98),
        reason: rng.pick(EVALUATIONS),
        enteredAt: drafted,
        enteredBy: '街道办',
      },
    );
  }
  return { round, scores };
}
