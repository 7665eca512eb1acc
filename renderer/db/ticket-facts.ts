import type Dexie from 'dexie';
import type { TicketFacts } from '@shared/tickets/facts';
import { readCatalog } from './catalog';

/**
 * The facts (shared/tickets/facts) of the scope's live tickets received in the given Beijing
 * months, from the catalog: what the dashboards, reports, assessment and 吹哨率 count. A
 * street's year is ~240 small blocks; no ticket row is read.
 */
export async function readTicketFacts(
  db: Dexie,
  scope: string,
  months: Iterable<string>,
): Promise<TicketFacts[]> {
  const view = await readCatalog(db, 'tickets', scope, { parts: months });
  const facts: TicketFacts[] = [];
  for (const e of view.entries()) if (!e.facts.deleted) facts.push(e.facts);
  return facts;
}
