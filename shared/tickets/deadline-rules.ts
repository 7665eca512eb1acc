import type { OrgUnit } from '../model/org';
import {
  DEADLINE_RULE_IDS,
  DEADLINE_UNITS,
  type DeadlineRuleId,
  type DeadlineUnit,
  type TicketDeadlineRules,
} from '../model/ticket';
import { segmentsOf } from '../org/paths';
import { DEFAULT_DEADLINE_RULES } from './deadlines';

/**
 * Which feedback deadlines a scope's tickets are held to. A street sets its own (issue 12: working
 * or natural days "explicit per rule"); a community or grid uses its street's, a street without its
 * own its district's, and everything else the default. The same walk as rateRulesFor, so the list,
 * the card, the home's agenda and anything counting overdue tickets agree on one deadline.
 */
export function deadlineRulesFor(
  scope: string,
  unitOf: (code: string) => Pick<OrgUnit, 'deadlineRules'> | undefined,
): TicketDeadlineRules {
  for (const code of segmentsOf(scope).reverse()) {
    const rules = unitOf(code)?.deadlineRules;
    if (rules) return rules;
  }
  return DEFAULT_DEADLINE_RULES;
}

/**
 * deadlineRulesFor for every ticket of a list: a district's tickets belong to several streets,
 * each with its own rules. Tickets share a few hundred paths among tens of thousands, so the
 * answer is kept per path.
 */
export function deadlineRulesResolver(
  units: Iterable<Pick<OrgUnit, 'code' | 'deadlineRules'>>,
): (orgPath: string) => TicketDeadlineRules {
  const byCode = new Map<string, Pick<OrgUnit, 'deadlineRules'>>();
  for (const u of units) if (u.deadlineRules) byCode.set(u.code, u);
  if (byCode.size === 0) return () => DEFAULT_DEADLINE_RULES;
  const known = new Map<string, TicketDeadlineRules>();
  return (orgPath) => {
    let rules = known.get(orgPath);
    if (!rules) {
      rules = deadlineRulesFor(orgPath, (code) => byCode.get(code));
      known.set(orgPath, rules);
    }
    return rules;
  };
}

/**
 * The longest limit a rule may set, per unit. The longest in the draft standard is 15 working
 * days; these are a few times that, so a street may be generous, but "150" typed for "15" — a
 * ticket that would never go overdue and never count against the rates — is caught.
 */
export const DEADLINE_MAX: Readonly<Record<DeadlineUnit, number>> = {
  hours: 720,
  naturalDays: 90,
  workingDays: 60,
};

export type DeadlineRulesCode =
  | 'tickets.deadlineRules.amountNotPositive'
  | 'tickets.deadlineRules.amountTooLong'
  | 'tickets.deadlineRules.daysNotWhole'
  | 'tickets.deadlineRules.unitUnknown';

export interface DeadlineRulesProblem {
  rule: DeadlineRuleId;
  field: 'amount' | 'unit';
  code: DeadlineRulesCode;
}

/** What is wrong with rules a street typed in, at the rule and field; empty when they may be saved. */
export function checkDeadlineRules(rules: Partial<Record<DeadlineRuleId, unknown>>): DeadlineRulesProblem[] {
  const problems: DeadlineRulesProblem[] = [];
  for (const rule of DEADLINE_RULE_IDS) {
    const given = (rules[rule] ?? {}) as { amount?: unknown; unit?: unknown };
    const unit = DEADLINE_UNITS.find((u) => u === given.unit);
    if (!unit) problems.push({ rule, field: 'unit', code: 'tickets.deadlineRules.unitUnknown' });
    const amount = given.amount;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0)
      problems.push({ rule, field: 'amount', code: 'tickets.deadlineRules.amountNotPositive' });
    // A working day has no fraction on the calendar; half a day would be read as a whole one.
    else if (unit && unit !== 'hours' && !Number.isInteger(amount))
      problems.push({ rule, field: 'amount', code: 'tickets.deadlineRules.daysNotWhole' });
    else if (unit && amount > DEADLINE_MAX[unit])
      problems.push({ rule, field: 'amount', code: 'tickets.deadlineRules.amountTooLong' });
  }
  return problems;
}
