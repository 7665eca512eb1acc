import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Ticket } from '@shared/model/ticket';
import { TICKET_SATISFACTIONS, TICKET_STATES } from '@shared/model/ticket';
import { ticketFactsOf, type TicketFacts } from '@shared/tickets/facts';
import { ratesOf } from '@shared/tickets/rates';
import { createTestDb } from './test-db';
import type { StreetDeskDb } from './database';
import { readTicketFacts } from './ticket-facts';
import { packTickets, unpackTickets } from './ticket-columns';

let db: StreetDeskDb;
afterEach(() => db?.close());

const STREET = '110105/110105021';
const C1 = `${STREET}/110105021001`;
const C2 = `${STREET}/110105021002`;

function ticket(id: string, orgPath: string, receivedAt: string, extra: Partial<Ticket> = {}): Ticket {
  return {
    id,
    orgPath,
    number: `G-${id}`,
    source: 'hotline',
    kind: 'complaint',
    content: '楼道堆物',
    address: '南新园小区1号楼',
    receivedAt,
    urgent: false,
    state: 'received',
    linkStatus: 'linked',
    ...extra,
  };
}

const ids = (facts: TicketFacts[]) => facts.map((f) => f.id).sort();

describe('ticket facts in the catalog', () => {
  it('keeps exactly the facts of each live ticket, by Beijing month and scope', async () => {
    db = createTestDb();
    const rows = [
      ticket('a', C1, '2026-03-31T17:00:00Z', {
        state: 'closed',
        contactedAt: '2026-03-31T18:00:00Z',
        resolution: 'resolved',
        satisfaction: 'basicallySatisfied',
        urgent: true,
      }),
      // 2026-03-31 15:30 UTC is 23:30 in Beijing: still March.
      ticket('b', C2, '2026-03-31T15:30:00Z', { state: 'returned', excludedReason: '重复工单' }),
      // Not located in a community yet: it sits at the street.
      ticket('c', STREET, '2026-03-02T01:00:00+08:00', { linkStatus: 'vague' }),
      ticket('d', `${C1}/110105021001001`, '2026-03-10T09:00:00+08:00'),
    ];
    await db.tickets.bulkAdd(rows);
    // 'a' was received on 1 April in Beijing.
    expect(ids(await readTicketFacts(db, STREET, ['2026-03']))).toEqual(['b', 'c', 'd']);
    expect(ids(await readTicketFacts(db, STREET, ['2026-04']))).toEqual(['a']);
    expect(ids(await readTicketFacts(db, C1, ['2026-03', '2026-04']))).toEqual(['a', 'd']);
    expect(ids(await readTicketFacts(db, `${C1}/110105021001001`, ['2026-03']))).toEqual(['d']);
    expect(ids(await readTicketFacts(db, '', ['2026-03', '2026-04']))).toEqual(['a', 'b', 'c', 'd']);
    const all = await readTicketFacts(db, '', ['2026-03', '2026-04']);
    expect(new Map(all.map((f) => [f.id, f]))).toEqual(new Map(rows.map((r) => [r.id, ticketFactsOf(r)])));
    // The rates of the facts are the rates of the rows: one definition, fed either way.
    expect(ratesOf(all)).toEqual(ratesOf(rows));
  });

  it('follows edits, moves between months and communities, and deletions', async () => {
    db = createTestDb();
    await db.tickets.bulkAdd([
      ticket('a', C1, '2026-03-05T09:00:00+08:00'),
      ticket('b', C1, '2026-03-06T09:00:00+08:00'),
    ]);
    await db.tickets.update('a', { state: 'visited', resolution: 'unresolved' });
    expect((await readTicketFacts(db, C1, ['2026-03'])).find((f) => f.id === 'a')).toMatchObject({
      state: 'visited',
      resolution: 'unresolved',
    });
    // A corrected receipt time moves the ticket to its month's block.
    await db.tickets.update('a', { receivedAt: '2026-04-01T08:00:00+08:00' });
    expect(ids(await readTicketFacts(db, C1, ['2026-03']))).toEqual(['b']);
    expect(ids(await readTicketFacts(db, C1, ['2026-04']))).toEqual(['a']);
    // A division change gives it a new community.
    await db.tickets.update('b', { orgPath: C2 });
    expect(ids(await readTicketFacts(db, C2, ['2026-03']))).toEqual(['b']);
    expect(await readTicketFacts(db, C1, ['2026-03'])).toEqual([]);
    // A tombstone is not counted; a deleted row leaves no entry.
    await db.tickets.update('b', { deleted: true });
    expect(await readTicketFacts(db, C2, ['2026-03'])).toEqual([]);
    await db.tickets.delete('a');
    expect(await readTicketFacts(db, '', ['2026-03', '2026-04'])).toEqual([]);
  });

  it('packs and unpacks every combination of facts unchanged', () => {
    const facts = fc.record(
      {
        id: fc.uuid(),
        orgPath: fc.constantFrom(C1, C2, STREET),
        state: fc.constantFrom(...TICKET_STATES),
        receivedAt: fc
          .integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-01-01') })
          .map((ms) => new Date(ms).toISOString()),
        contactedAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        urgent: fc.boolean(),
        resolution: fc.constantFrom('resolved' as const, 'unresolved' as const),
        satisfaction: fc.constantFrom(...TICKET_SATISFACTIONS),
        excludedReason: fc.string({ minLength: 1 }),
        deleted: fc.constant(true),
      },
      { requiredKeys: ['id', 'orgPath', 'state', 'receivedAt', 'urgent'] },
    );
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 40 }), (list) => {
        const entries = list.map((f) => ({
          id: f.id,
          sort: f.receivedAt,
          orgPath: f.orgPath,
          text: '',
          facts: f,
        }));
        // Through structured clone, as IndexedDB stores it.
        const back = unpackTickets(structuredClone(packTickets(entries)));
        expect(back.map((e) => e.facts)).toEqual(list.map((f) => ticketFactsOf(f)));
        expect(back.map((e) => e.orgPath)).toEqual(list.map((f) => f.orgPath));
      }),
    );
  });
});
