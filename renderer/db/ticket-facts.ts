import type Dexie from 'dexie';
import type { TicketRateRules } from '@shared/model/ticket';
import type { TicketFacts } from '@shared/tickets/facts';
import { TicketFigures } from '@shared/dashboard/tickets';
import { eachCatalogBatch } from './catalog';

/**
 * The facts (shared/tickets/facts) of the scope's live tickets received in the given Beijing
 * months, from the catalog: what the reports, the assessment and the 吹哨率 count. A street's
 * year is ~240 small blocks; no ticket row is read, and the page runs between batches of blocks.
 */
export async function readTicketFacts(
  db: Dexie,
  scope: string,
  months: Iterable<string>,
): Promise<TicketFacts[]> {
  const facts: TicketFacts[] = [];
  await eachCatalogBatch(db, 'tickets', scope, { parts: months }, (entries) => {
    for (const e of entries) if (!e.facts.deleted) facts.push(e.facts);
  });
  return facts;
}

/**
 * The dashboard's ticket figures (each month's rates, each month's units) of the scope's
 * months, counted batch by batch as the catalog is read: a district's year (450,000 tickets) is
 * never held as a list, and no task runs long.
 */
export async function readTicketFigures(
  db: Dexie,
  scope: string,
  months: readonly string[],
  rules?: TicketRateRules,
): Promise<TicketFigures> {
  const figures = new TicketFigures(scope, months, rules);
  await eachCatalogBatch(db, 'tickets', scope, { parts: months }, (entries) => {
    for (const e of entries) if (!e.facts.deleted) figures.add(e.facts);
  });
  return figures;
}
