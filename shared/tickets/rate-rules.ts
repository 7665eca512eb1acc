import type { OrgUnit } from '../model/org';
import type { TicketRateRules } from '../model/ticket';
import { segmentsOf } from '../org/paths';
import { DEFAULT_RATE_RULES } from './rates';

/**
 * Which weights a scope's rates are scored with. A street sets its own (issue 12: "weights as
 * data, editable"); a community or grid uses its street's, a street without its own its
 * district's, and everything else the default. One rule, so the rates screen, the dashboard and
 * the assessment score a community alike.
 */
export function rateRulesFor(
  scope: string,
  unitOf: (code: string) => Pick<OrgUnit, 'rateRules'> | undefined,
): TicketRateRules {
  // The path's codes, the scope's own first and its district's last.
  for (const code of segmentsOf(scope).reverse()) {
    const rules = unitOf(code)?.rateRules;
    if (rules) return rules;
  }
  return DEFAULT_RATE_RULES;
}

export type RateRulesProblem =
  | 'tickets.rateRules.weightNotWhole'
  | 'tickets.rateRules.weightsSum'
  | 'tickets.rateRules.pointOutOfRange'
  | 'tickets.rateRules.pointsOrder';

/** What is wrong with rules a street typed in; empty when they may be saved. */
export function checkRateRules(rules: TicketRateRules): RateRulesProblem[] {
  const problems: RateRulesProblem[] = [];
  const weights = Object.values(rules.weights);
  if (weights.some((w) => !Number.isInteger(w) || w < 0)) problems.push('tickets.rateRules.weightNotWhole');
  else if (weights.reduce((a, b) => a + b, 0) !== 100) problems.push('tickets.rateRules.weightsSum');
  const { satisfied, basicallySatisfied, dissatisfied } = rules.points;
  const points = [satisfied, basicallySatisfied, dissatisfied];
  if (points.some((p) => !Number.isFinite(p) || p < 0 || p > 1))
    problems.push('tickets.rateRules.pointOutOfRange');
  else if (!(satisfied >= basicallySatisfied && basicallySatisfied >= dissatisfied)) {
    problems.push('tickets.rateRules.pointsOrder');
  }
  return problems;
}
