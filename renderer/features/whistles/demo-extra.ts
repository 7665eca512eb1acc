import type { SyncedTable } from '@shared/model/record';
import { planDemo } from '@shared/demo/generate';
import { generateStreetWhistles } from '@shared/demo/whistles';
import { isInScope, orgPathOfCode } from '@shared/org/codes';
import { newId } from '@shared/ids';
import { withoutCapture } from '../../db';
import type { DemoExtra } from '../welcome';

/** 吹哨报到 for the demo's streets that have tickets: their units and a year of events led by tickets. */
export const demoExtra: DemoExtra = {
  name: 'whistles',
  async load(db, options, { signal, onProgress }) {
    const written: Partial<Record<SyncedTable, string[]>> = {
      responders: [],
      whistles: [],
      whistleCalls: [],
    };
    const streets = planDemo(options).streets;
    const now = options.today ? Date.parse(`${options.today}T18:00:00+08:00`) : Date.now();
    for (const [i, code] of streets.entries()) {
      if (signal.aborted) break;
      const path = orgPathOfCode(code);
      const tickets = await db.tickets.filter((t) => isInScope(t.orgPath, path)).toArray();
      if (tickets.length === 0) continue;
      const demo = generateStreetWhistles(options.seed, path, tickets, now, newId);
      await withoutCapture(db, ['responders', 'whistles', 'whistleCalls'], async () => {
        await db.responders.bulkAdd(demo.responders);
        await db.whistles.bulkAdd(demo.whistles);
        await db.whistleCalls.bulkAdd(demo.calls);
      });
      written.responders!.push(...demo.responders.map((r) => r.id));
      written.whistles!.push(...demo.whistles.map((w) => w.id));
      written.whistleCalls!.push(...demo.calls.map((c) => c.id));
      onProgress((i + 1) / streets.length);
    }
    return written;
  },
};
