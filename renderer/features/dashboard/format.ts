import type { TFunction } from 'i18next';
import type { OrgUnit } from '@shared/model/org';
import { OUTSIDE_UNITS } from '@shared/dashboard/children';

/** A 0–1 share as the rates screens show it; a dash where nothing was there to count. */
export const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);

/** A share as a chart value in percent; null leaves a hole in the line. */
export const chartPercent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** The name of a unit below the scope; what lies in none of them says so. */
export function unitName(code: string, units: ReadonlyMap<string, OrgUnit>, t: TFunction): string {
  return code === OUTSIDE_UNITS ? t('dashboard.outside') : (units.get(code)?.name ?? code);
}

/** A category axis of names, slanted once they would run into each other. */
export const namesAxis = (names: readonly string[]) => ({
  type: 'category' as const,
  data: [...names],
  axisLabel: { interval: 0, rotate: names.length > 8 ? 35 : 0, fontSize: 11 },
});

/** Colours of the three rates, the same in every chart. */
export const RATE_COLORS = { response: '#5470c6', resolution: '#91cc75', satisfaction: '#fac858' } as const;
