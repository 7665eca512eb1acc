import type { SyncedTable } from '@shared/model/record';
import { planDemo } from '@shared/demo/generate';
import { generateStreetTickets } from '@shared/demo/tickets';
import { newId } from '@shared/ids';
import { withoutCapture } from '../../db';
import { todayInBeijing } from '../../common/dates';
import type { DemoExtra } from '../welcome';
import { eachDemoStreet } from '../../common/demo/streets';

/**
 * A year of 12345 tickets for the demo's streets. A street's year is tens of thousands of
 * tickets, so a district demo gets them for its first streets only: enough to rank
 * communities and try the desk without filling the disk.
 */
const STREETS_WITH_TICKETS = 3;

export const demoExtra: DemoExtra = {
  name: 'tickets',
  async load(db, options, ctx) {
    const written: string[] = [];
    const streets = planDemo(options).streets.slice(0, STREETS_WITH_TICKETS);
    await eachDemoStreet(streets, ctx, async ({ code, path }) => {
      const places = await db.places.where('code').startsWith(code).toArray();
      const tickets = generateStreetTickets(
        options.seed,
        path,
        places,
        // Up to today, so the desk shows what is due now, not a year that ended weeks ago.
        options.today ?? todayInBeijing(),
        newId,
      );
      await withoutCapture(db, ['tickets'], () => db.tickets.bulkAdd(tickets));
      written.push(...tickets.map((t) => t.id));
    });
    return { tickets: written } satisfies Partial<Record<SyncedTable, string[]>>;
  },
};
