import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { calendarYears, workCalendar } from '@shared/calendar/work-calendar';
import type { Ticket, TicketDeadlineRules } from '@shared/model/ticket';
import { DEFAULT_DEADLINE_RULES, deadlineBasisOf } from '@shared/tickets/deadlines';
import { i18next, initI18n } from '../../app/i18n';
import { deadlineBasisText } from './format';
import { rowOf } from './use-tickets';

const ticket: Ticket = {
  id: 't',
  orgPath: '110105/110105021/110105021001',
  number: 'T990000000002',
  source: 'hotline',
  kind: 'help',
  content: '路灯不亮',
  address: '南新园99号楼',
  receivedAt: '2025-09-29T01:00:00.000Z', // Monday 29 Sep 2025, 09:00 in Beijing
  urgent: false,
  state: 'received',
  linkStatus: 'linked',
};
const STREET: TicketDeadlineRules = { ...DEFAULT_DEADLINE_RULES, help: { amount: 2, unit: 'workingDays' } };
const calendar = workCalendar(calendarYears([]));
// A fixed instant: the row's countdown is beside the point here.
const NOW = Date.parse('2025-09-29T02:00:00.000Z');

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  await initI18n('zh-CN');
  zh = i18next.getFixedT('zh-CN');
  en = i18next.getFixedT('en');
});

describe('the card’s words for where the deadline came from', () => {
  it('names the rule and how it counts, and follows the street’s rules', () => {
    const byDefault = rowOf(ticket, calendar, NOW, () => DEFAULT_DEADLINE_RULES);
    expect(deadlineBasisText(zh, deadlineBasisOf(byDefault, [], byDefault.rules))).toBe('求助 · 24 小时');
    expect(deadlineBasisText(en, deadlineBasisOf(byDefault, [], byDefault.rules))).toBe('Help · 24 hours');
    const byStreet = rowOf(ticket, calendar, NOW, () => STREET);
    expect(deadlineBasisText(zh, deadlineBasisOf(byStreet, [], byStreet.rules))).toBe('求助 · 2 个工作日');
    expect(deadlineBasisText(en, deadlineBasisOf(byStreet, [], byStreet.rules))).toBe(
      'Help · 2 working days',
    );
    // The row's deadline is that rule's: 30 Sep, then 国庆 off, then Thu 9 Oct.
    expect(byStreet.due).toBe('2025-10-09T15:59:59.000Z');
    const general = { ...ticket, kind: 'complaint' as const };
    expect(deadlineBasisText(zh, deadlineBasisOf(general, [], DEFAULT_DEADLINE_RULES))).toBe(
      '一般 · 7 个工作日',
    );
    const oneDay = { ...STREET, general: { amount: 1, unit: 'naturalDays' } } as const;
    expect(deadlineBasisText(en, deadlineBasisOf(general, [], oneDay))).toBe('General · 1 calendar day');
  });

  it('says when the file or an extension set it', () => {
    const fromFile = { ...ticket, dueAt: '2025-10-10T09:00:00.000Z' };
    expect(deadlineBasisText(zh, deadlineBasisOf(fromFile, [], STREET))).toBe('来自派单文件的办理时限');
    expect(deadlineBasisText(en, deadlineBasisOf(fromFile, [], STREET))).toBe(
      'Time limit from the dispatch file',
    );
    const steps = [{ action: 'extend' as const, at: '2025-09-30T01:00:00.000Z', dueAt: fromFile.dueAt }];
    expect(deadlineBasisText(zh, deadlineBasisOf(fromFile, steps, STREET))).toBe('已批准延期');
    expect(deadlineBasisText(en, deadlineBasisOf(fromFile, steps, STREET))).toBe('Extension approved');
  });
});
