import type { OrgUnit } from '@shared/model/org';
import type { StreetDeskDb } from './database';

/**
 * The units that set their own ticket deadlines, for deadlineRulesResolver: the ticket list and
 * the home's agenda both read them here, so both hold a ticket to the same rules. Only streets
 * and districts may set them (tickets-repository's maySetTicketRules), and there are a few hundred,
 * so reading them by level is cheaper than walking each ticket's path in the database.
 */
export async function deadlineRuleUnits(
  db: StreetDeskDb,
): Promise<Pick<OrgUnit, 'code' | 'deadlineRules'>[]> {
  const units = await db.orgUnits.where('level').anyOf('district', 'street').toArray();
  return units.filter((u) => !u.deleted && u.deadlineRules);
}
