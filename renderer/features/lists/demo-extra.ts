import type { SyncedTable } from '@shared/model/record';
import { planDemo } from '@shared/demo/generate';
import { ALL_STREETS, planStreet } from '@shared/demo/plan';
import { generateDemoLists } from '@shared/demo/lists-editions';
import { generateStreetAccess } from '@shared/demo/lists-access';
import { DEFAULT_TODAY } from '@shared/demo/generate';
import { withoutCapture } from '../../db';
import type { DemoExtra } from '../welcome';

/** Streets per transaction: a city is 343 streets of a few dozen small rows each. */
const STREETS_PER_WRITE = 40;

/**
 * Demo data of the lists and the access review. The three lists are city-wide, so they are
 * written once: a second demo load (another street) finds them and leaves them — and does
 * not take them back if it is cancelled. Each street in scope gets its requests, complaints
 * and forms registry. Written without capture: demo rows are not local edits.
 */
export const demoExtra: DemoExtra = {
  name: 'lists',
  async load(db, options, { signal, onProgress }) {
    const written: Partial<Record<SyncedTable, string[]>> = {};
    const note = (table: SyncedTable, ids: string[]) =>
      (written[table] = [...(written[table] ?? []), ...ids]);
    const lists = generateDemoLists(options.seed);
    await withoutCapture(db, ['listEditions', 'listItems'], async () => {
      const present = await db.listEditions.bulkGet(lists.editions.map((e) => e.id));
      if (present.some((e) => e !== undefined)) return;
      await db.listEditions.bulkAdd(lists.editions);
      await db.listItems.bulkAdd(lists.items);
      note(
        'listEditions',
        lists.editions.map((e) => e.id),
      );
      note(
        'listItems',
        lists.items.map((i) => i.id),
      );
    });

    const tasks = lists.editions.find((e) => e.kind === 'communityTasks' && e.status === 'published')!;
    const taskItems = lists.items.filter((i) => i.editionId === tasks.id);
    const streets = planDemo(options).streets;
    try {
      for (let i = 0; i < streets.length; i += STREETS_PER_WRITE) {
        // The loader takes back what this returns once it sees the signal; a throw would lose the list.
        if (signal.aborted) break;
        const data = streets.slice(i, i + STREETS_PER_WRITE).map((code) => {
          const street = planStreet(
            options.seed,
            ALL_STREETS.find((s) => s.code === code)!,
          );
          return generateStreetAccess(options.seed, street, options.today ?? DEFAULT_TODAY, taskItems);
        });
        const requests = data.flatMap((d) => d.accessRequests);
        const complaints = data.flatMap((d) => d.burdenComplaints);
        const systems = data.flatMap((d) => d.infoSystems);
        await withoutCapture(db, ['accessRequests', 'burdenComplaints', 'infoSystems'], async () => {
          await db.accessRequests.bulkAdd(requests);
          await db.burdenComplaints.bulkAdd(complaints);
          await db.infoSystems.bulkAdd(systems);
        });
        note(
          'accessRequests',
          requests.map((r) => r.id),
        );
        note(
          'burdenComplaints',
          complaints.map((c) => c.id),
        );
        note(
          'infoSystems',
          systems.map((s) => s.id),
        );
        onProgress(Math.min(1, (i + STREETS_PER_WRITE) / streets.length));
      }
    } catch (error) {
      // The loader only knows what a finished extra returns: a failure takes back its own rows.
      await withoutCapture(db, Object.keys(written) as SyncedTable[], async () => {
        for (const [table, ids] of Object.entries(written)) await db.table(table).bulkDelete(ids);
      });
      throw error;
    }
    return written;
  },
};
