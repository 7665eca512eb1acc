import { describe, expect, it } from 'vitest';
import { calendarYears, workCalendar } from '../calendar/work-calendar';
import type { Ticket, TicketDeadlineRules, TicketStep } from '../model/ticket';
import { checkDeadlineRules, deadlineRulesFor, deadlineRulesResolver } from './deadline-rules';
import { DEFAULT_DEADLINE_RULES, deadlineBasisOf, dueAtOf } from './deadlines';

// The shipped calendar knows 2025's arrangement: 国庆 and 中秋 off 1–8 Oct, 28 Sep and 11 Oct worked.
const calendar = workCalendar(calendarYears([]));

const STREET_RULES: TicketDeadlineRules = {
  ...DEFAULT_DEADLINE_RULES,
  general: { amount: 5, unit: 'naturalDays' },
  help: { amount: 3, unit: 'workingDays' },
};
const DISTRICT_RULES: TicketDeadlineRules = {
  ...DEFAULT_DEADLINE_RULES,
  general: { amount: 10, unit: 'workingDays' },
};

function ticket(partial: Partial<Ticket> = {}): Ticket {
  return {
    id: 't',
    orgPath: '110105/110105021/110105021001',
    number: 'G1',
    source: 'hotline',
    kind: 'complaint',
    content: '楼道堆物',
    address: '南新园5号楼',
    receivedAt: '2025-09-29T02:00:00.000Z', // Monday 29 Sep 2025, 10:00 in Beijing, before 国庆
    urgent: false,
    state: 'received',
    linkStatus: 'linked',
    ...partial,
  };
}

describe('deadline rules on the calendar, around 国庆 2025', () => {
  it('counts a street’s natural days through the holiday and its working days past it', () => {
    // 5 natural days after Mon 29 Sep: Sat 4 Oct, in the middle of the holiday.
    expect(dueAtOf(ticket(), STREET_RULES, calendar)).toBe('2025-10-04T15:59:59.000Z');
    // 3 working days after Mon 29 Sep: Tue 30 Sep is the 1st, 1–8 Oct are off, Thu 9 and Fri 10.
    expect(dueAtOf(ticket({ kind: 'help' }), STREET_RULES, calendar)).toBe('2025-10-10T15:59:59.000Z');
    // The default for 求助 is 24 clock hours, holiday or not.
    expect(dueAtOf(ticket({ kind: 'help' }), DEFAULT_DEADLINE_RULES, calendar)).toBe(
      '2025-09-30T02:00:00.000Z',
    );
  });

  it('takes the 调休 Saturday as a working day', () => {
    // 10 working days after Mon 29 Sep: 30 Sep, 9, 10, 11 (Sat, worked), 13–17, 20 Oct.
    expect(dueAtOf(ticket(), DISTRICT_RULES, calendar)).toBe('2025-10-20T15:59:59.000Z');
  });

  it('keeps the file’s 办理时限 and an extension ahead of any rule', () => {
    const dueAt = '2025-10-02T09:00:00.000Z';
    expect(dueAtOf(ticket({ dueAt }), STREET_RULES, calendar)).toBe(dueAt);
    expect(dueAtOf(ticket({ dueAt }), DISTRICT_RULES, calendar)).toBe(dueAt);
  });
});

describe('deadlineRulesFor', () => {
  const units = new Map<string, { deadlineRules?: TicketDeadlineRules }>([
    ['110105', { deadlineRules: DISTRICT_RULES }],
    ['110105021', { deadlineRules: STREET_RULES }],
    ['110105022', {}],
  ]);
  const unitOf = (code: string) => units.get(code);

  it('takes the nearest unit at or above the scope that set its own', () => {
    expect(deadlineRulesFor('110105/110105021/110105021001/110105021001002', unitOf)).toBe(STREET_RULES);
    expect(deadlineRulesFor('110105/110105021', unitOf)).toBe(STREET_RULES);
    expect(deadlineRulesFor('110105/110105022/110105022003', unitOf)).toBe(DISTRICT_RULES);
    expect(deadlineRulesFor('110105', unitOf)).toBe(DISTRICT_RULES);
  });

  it('falls back to the standard’s deadlines for the city and a district without its own', () => {
    expect(deadlineRulesFor('', unitOf)).toBe(DEFAULT_DEADLINE_RULES);
    expect(deadlineRulesFor('110108/110108001', unitOf)).toBe(DEFAULT_DEADLINE_RULES);
  });

  it('resolves each ticket of a district’s list by its own street', () => {
    const rulesOf = deadlineRulesResolver([
      { code: '110105', deadlineRules: DISTRICT_RULES },
      { code: '110105021', deadlineRules: STREET_RULES },
      { code: '110105022' },
    ]);
    expect(rulesOf('110105/110105021/110105021001')).toBe(STREET_RULES);
    expect(rulesOf('110105/110105022/110105022001')).toBe(DISTRICT_RULES);
    expect(rulesOf('110108/110108001')).toBe(DEFAULT_DEADLINE_RULES);
    expect(deadlineRulesResolver([])('110105/110105021')).toBe(DEFAULT_DEADLINE_RULES);
  });
});

describe('checkDeadlineRules', () => {
  const with_ = (rule: keyof TicketDeadlineRules, amount: unknown, unit: unknown) => ({
    ...DEFAULT_DEADLINE_RULES,
    [rule]: { amount, unit },
  });

  it('accepts the default and a street’s own, fractions of an hour included', () => {
    expect(checkDeadlineRules(DEFAULT_DEADLINE_RULES)).toEqual([]);
    expect(checkDeadlineRules(STREET_RULES)).toEqual([]);
    expect(checkDeadlineRules(with_('urgent', 1.5, 'hours'))).toEqual([]);
  });

  it('names the rule and the field that is wrong', () => {
    expect(checkDeadlineRules(with_('general', 0, 'workingDays'))).toEqual([
      { rule: 'general', field: 'amount', code: 'tickets.deadlineRules.amountNotPositive' },
    ]);
    expect(checkDeadlineRules(with_('urgent', -2, 'hours'))).toEqual([
      { rule: 'urgent', field: 'amount', code: 'tickets.deadlineRules.amountNotPositive' },
    ]);
    expect(checkDeadlineRules(with_('complex', Number.NaN, 'workingDays'))).toEqual([
      { rule: 'complex', field: 'amount', code: 'tickets.deadlineRules.amountNotPositive' },
    ]);
    expect(checkDeadlineRules(with_('help', null, 'hours'))).toEqual([
      { rule: 'help', field: 'amount', code: 'tickets.deadlineRules.amountNotPositive' },
    ]);
    expect(checkDeadlineRules(with_('general', 7.5, 'workingDays'))).toEqual([
      { rule: 'general', field: 'amount', code: 'tickets.deadlineRules.daysNotWhole' },
    ]);
    expect(checkDeadlineRules(with_('general', 2.5, 'naturalDays'))).toEqual([
      { rule: 'general', field: 'amount', code: 'tickets.deadlineRules.daysNotWhole' },
    ]);
    // A digit too many: 150 working days for 15.
    expect(checkDeadlineRules(with_('complex', 150, 'workingDays'))).toEqual([
      { rule: 'complex', field: 'amount', code: 'tickets.deadlineRules.amountTooLong' },
    ]);
    expect(checkDeadlineRules(with_('urgent', 721, 'hours'))).toEqual([
      { rule: 'urgent', field: 'amount', code: 'tickets.deadlineRules.amountTooLong' },
    ]);
    expect(checkDeadlineRules(with_('general', 90, 'naturalDays'))).toEqual([]);
    expect(checkDeadlineRules(with_('general', 91, 'naturalDays'))).toEqual([
      { rule: 'general', field: 'amount', code: 'tickets.deadlineRules.amountTooLong' },
    ]);
    expect(checkDeadlineRules(with_('utilities', 24, 'weeks'))).toEqual([
      { rule: 'utilities', field: 'unit', code: 'tickets.deadlineRules.unitUnknown' },
    ]);
  });

  it('finds a rule missing altogether', () => {
    const { complex: _, ...partial } = DEFAULT_DEADLINE_RULES;
    expect(checkDeadlineRules(partial).map((p) => [p.rule, p.field])).toEqual([
      ['complex', 'unit'],
      ['complex', 'amount'],
    ]);
  });
});

describe('deadlineBasisOf: what the card says the deadline came from', () => {
  const extend = (dueAt: string, at: string): Pick<TicketStep, 'action' | 'at' | 'dueAt'> => ({
    action: 'extend',
    at,
    dueAt,
  });

  it('names the rule and how it counts when neither the file nor an extension set one', () => {
    expect(deadlineBasisOf(ticket(), [], STREET_RULES)).toEqual({
      from: 'rule',
      rule: 'general',
      amount: 5,
      unit: 'naturalDays',
    });
    expect(deadlineBasisOf(ticket({ urgent: true }), [], STREET_RULES)).toEqual({
      from: 'rule',
      rule: 'urgent',
      amount: 2,
      unit: 'hours',
    });
  });

  it('tells the file’s 办理时限 from an approved extension', () => {
    const fromFile = ticket({ dueAt: '2025-10-02T09:00:00.000Z' });
    expect(deadlineBasisOf(fromFile, [], STREET_RULES)).toEqual({ from: 'file' });
    const extended = ticket({ dueAt: '2025-10-20T09:00:00.000Z' });
    const steps = [
      extend('2025-10-15T09:00:00.000Z', '2025-09-30T01:00:00.000Z'),
      extend('2025-10-20T09:00:00.000Z', '2025-10-09T01:00:00.000Z'),
    ];
    expect(deadlineBasisOf(extended, steps, STREET_RULES)).toEqual({ from: 'extension' });
    // Re-imported after the extension: the file's time limit is in force again.
    expect(deadlineBasisOf(fromFile, steps, STREET_RULES)).toEqual({ from: 'file' });
    // A deleted extension no longer counts.
    expect(deadlineBasisOf(extended, [{ ...steps[1]!, deleted: true }], STREET_RULES)).toEqual({
      from: 'file',
    });
  });
});
