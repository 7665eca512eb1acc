import type {
  AssessmentIndicator,
  AssessmentRound,
  CommunityResult,
  IndicatorResult,
} from '../model/assessment';
import { ASSESSMENT_PERIOD, INDICATOR_KIND, type Lang } from '../vocabulary';

/**
 * A community's report card (考核成绩单): one definition of its lines, printed, written to Excel
 * and to Word alike, so the three never disagree.
 */

const WORDS = {
  zh: {
    title: '{{community}}社区考核成绩单',
    subtitle: '{{round}}（{{year}}年{{period}}）',
    header: ['考核指标', '权重', '指标值', '计算依据', '得分', '说明'],
    total: '综合得分',
    rank: '排名',
    rankOf: '第 {{rank}} 名 / 共 {{count}} 个社区',
    unranked: '未排名',
    exempt: '不设委员会，不扣分，按其余指标计分',
    notEntered: '未录入，不计入',
    noData: '无数据，不计入',
    frozen: '已发布，结果冻结于 {{at}}',
    computed: '计算于 {{at}}（未发布，数据变化后结果会变）',
    topics: '{{n}} 个 / 目标 {{d}} 个',
    systems: '{{n}} 个 / 上限 {{d}} 个',
    entered: '录入分',
  },
  en: {
    title: 'Assessment report card: {{community}}',
    subtitle: '{{round}} ({{period}} {{year}})',
    header: ['Indicator', 'Weight', 'Value', 'Computed from', 'Score', 'Note'],
    total: 'Total score',
    rank: 'Rank',
    rankOf: '{{rank}} of {{count}} communities',
    unranked: 'Not ranked',
    exempt: 'Runs without committees: not penalised, weighed on the other indicators',
    notEntered: 'Not entered: left out',
    noData: 'No data: left out',
    frozen: 'Published: results frozen at {{at}}',
    computed: 'Computed at {{at}} (not published: results follow the data)',
    topics: '{{n}} of a target of {{d}}',
    systems: '{{n}}, limit {{d}}',
    entered: 'Entered score',
  },
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

const round1 = (n: number) => (Math.round(n * 10) / 10).toFixed(1);
const trim = (n: number) => String(Math.round(n * 100) / 100);

export const indicatorName = (i: AssessmentIndicator, lang: Lang) =>
  i.kind === 'manual' && i.name ? i.name : INDICATOR_KIND[i.kind][lang];

/** The value as the screens show it: a share in per cent, a count as a count. */
export function valueText(i: AssessmentIndicator, r: IndicatorResult | undefined): string {
  if (!r || r.value === null) return '—';
  if (i.kind === 'burden' || i.kind === 'consultationsHeld') return trim(r.numerator);
  if (i.kind === 'residentSatisfaction' || i.kind === 'manual') return trim(r.score ?? 0);
  return `${round1(r.value * 100)}%`;
}

/** How the value was computed: numerator / denominator, in words where a bare fraction misleads. */
export function basisText(i: AssessmentIndicator, r: IndicatorResult | undefined, lang: Lang): string {
  if (!r || r.note === 'exempt' || r.note === 'notEntered') return '';
  const w = WORDS[lang];
  if (i.kind === 'consultationsHeld') return fill(w.topics, { n: r.numerator, d: r.denominator });
  if (i.kind === 'burden') return fill(w.systems, { n: r.numerator, d: r.denominator });
  if (i.kind === 'residentSatisfaction' || i.kind === 'manual') return w.entered;
  return `${trim(r.numerator)} / ${trim(r.denominator)}`;
}

export function noteText(r: IndicatorResult | undefined, lang: Lang): string {
  const w = WORDS[lang];
  if (!r) return w.noData;
  if (r.note) return w[r.note];
  return r.reason ?? '';
}

export const scoreText = (score: number | null | undefined) =>
  score === null || score === undefined ? '—' : round1(score);

export interface ReportCard {
  title: string;
  subtitle: string;
  header: readonly string[];
  rows: string[][];
  /** Total and rank lines, then when it was computed or frozen. */
  summary: string[];
}

export function reportCard(
  round: Pick<AssessmentRound, 'name' | 'year' | 'period' | 'indicators' | 'status'>,
  community: CommunityResult,
  count: number,
  computedAt: string,
  lang: Lang,
): ReportCard {
  const w = WORDS[lang];
  const rows = round.indicators.map((i) => {
    const r = community.results[i.id];
    return [
      indicatorName(i, lang),
      trim(i.weight),
      valueText(i, r),
      basisText(i, r, lang),
      scoreText(r?.score),
      noteText(r, lang),
    ];
  });
  // Shown in Beijing time, whatever the machine's zone.
  const at = new Date(Date.parse(computedAt) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
  return {
    title: fill(w.title, { community: community.name }),
    subtitle: fill(w.subtitle, {
      round: round.name,
      year: round.year,
      period: ASSESSMENT_PERIOD[round.period][lang],
    }),
    header: w.header,
    rows,
    summary: [
      `${w.total}: ${scoreText(community.total)}`,
      `${w.rank}: ${community.rank === null ? w.unranked : fill(w.rankOf, { rank: community.rank, count })}`,
      fill(round.status === 'published' ? w.frozen : w.computed, { at }),
    ],
  };
}
