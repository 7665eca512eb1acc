import type { DemoExtra } from '../welcome';
import { loadCoordinatorDemo } from './demo-writer';
import { localToday } from '../../common/dates';

/**
 * The demo roster, loaded after the communities: a street's few hundred coordinators, a
 * district's thousands, the city's 240,000, with their assignments around today and a month
 * and a half of attendance for one street.
 */
export const demoExtra: DemoExtra = {
  name: 'coordinators',
  load: (db, options, ctx) =>
    loadCoordinatorDemo(db, options, {
      signal: ctx.signal,
      onProgress: (written, total) => ctx.onProgress(total === 0 ? 1 : written / total),
      // Assignments run around the demo's reference day (the day it is loaded, unless the
      // caller fixes one), so boards show current work.
      today: options.today ?? localToday(),
    }),
};
