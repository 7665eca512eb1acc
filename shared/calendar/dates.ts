import { dayNumber } from '../demo/dates';

/** Whether a string is a real `YYYY-MM-DD` date (not 2025-02-30). */
export function isDate(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}
