import type { Ticket } from '@shared/model/ticket';
import { isInScope } from '@shared/org/codes';
import { streetOf } from '@shared/org/paths';
import type { StreetDeskDb } from './database';

/**
 * The ticket of a 工单编号 in the street of `orgPath`: how an assignment or a burden complaint
 * that names a ticket finds it, from whichever feature records them. Two streets may hold the
 * same number; never another street's.
 */
export async function ticketOfNumber(
  db: StreetDeskDb,
  number: string,
  orgPath: string,
): Promise<Ticket | undefined> {
  const street = streetOf(orgPath);
  if (!street) return undefined;
  return db.tickets
    .where('number')
    .equals(number.trim())
    .filter((t) => isInScope(t.orgPath, street))
    .first();
}
