import { v5 as uuidv5 } from 'uuid';

/** Namespace of calendar-year ids (random, made once for Street Desk). */
const HOLIDAY_YEAR_NAMESPACE = '9d3c6f0a-5e2b-4c1d-8a7f-2b6e4d9c0f13';

/**
 * One row per year, with an id every client derives alike: two offices entering the same
 * year's notice write the same record, which sync merges field by field.
 */
export function holidayYearId(year: number): string {
  return uuidv5(`holidayYear:${year}`, HOLIDAY_YEAR_NAMESPACE);
}
