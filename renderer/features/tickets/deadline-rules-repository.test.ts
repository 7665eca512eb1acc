import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '@shared/model/org';
import type { TicketDeadlineRules } from '@shared/model/ticket';
import { DEFAULT_DEADLINE_RULES } from '@shared/tickets/deadlines';
import { deadlineRulesResolver } from '@shared/tickets/deadline-rules';
import { createTestDb } from '../../db/test-db';
import { deadlineRuleUnits } from '../../db/ticket-rules';
import { InputError, RefusedError } from '../../app/input-error';
import { saveDeadlineRules } from './tickets-repository';

const street: OrgUnit = {
  id: 's1',
  code: '110105021',
  name: '南磨房地区',
  level: 'street',
  parentCode: '110105',
  orgPath: '110105/110105021',
  source: 'user',
};
const community: OrgUnit = {
  ...street,
  id: 'c1',
  code: '110105021001',
  name: '南新园社区',
  level: 'community',
  parentCode: '110105021',
  orgPath: '110105/110105021/110105021001',
};
const own: TicketDeadlineRules = { ...DEFAULT_DEADLINE_RULES, general: { amount: 5, unit: 'naturalDays' } };

describe('saveDeadlineRules', () => {
  it('keeps a street’s own deadlines on its unit, where its tickets’ rules are found', async () => {
    const db = createTestDb();
    await db.orgUnits.bulkAdd([street, community]);
    // A form's values may carry more than the rule: only amount and unit are kept.
    const typed = { ...own, general: { ...own.general, label: '一般' } } as TicketDeadlineRules;
    await saveDeadlineRules(db, street, typed, { role: 'street', scope: '110105/110105021' });
    expect((await db.orgUnits.get('s1'))?.deadlineRules).toEqual(own);
    const rulesOf = deadlineRulesResolver(await deadlineRuleUnits(db));
    expect(rulesOf(community.orgPath)).toEqual(own);
  });

  it('refuses a community, another street’s user and a field user', async () => {
    const db = createTestDb();
    await db.orgUnits.bulkAdd([street, community]);
    await expect(
      saveDeadlineRules(db, community, own, { role: 'street', scope: '110105/110105021' }),
    ).rejects.toThrow(RefusedError);
    await expect(
      saveDeadlineRules(db, street, own, { role: 'street', scope: '110105/110105022' }),
    ).rejects.toThrow(RefusedError);
    await expect(
      saveDeadlineRules(db, street, own, { role: 'field', scope: '110105/110105021' }),
    ).rejects.toThrow(RefusedError);
    expect((await db.orgUnits.get('s1'))?.deadlineRules).toBeUndefined();
  });

  it('shows half a working day at that rule’s amount, and saves nothing', async () => {
    const db = createTestDb();
    await db.orgUnits.bulkAdd([street]);
    const bad = { ...own, complex: { amount: 7.5, unit: 'workingDays' } } as const;
    const error = await saveDeadlineRules(db, street, bad, { role: 'admin', scope: '' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toEqual([
      { field: 'complex.amount', key: 'errors.tickets.deadlineRules.daysNotWhole' },
    ]);
    expect((await db.orgUnits.get('s1'))?.deadlineRules).toBeUndefined();
  });
});
