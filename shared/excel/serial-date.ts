/**
 * An Excel date serial (1900 system) as calendar parts, as SheetJS's SSF.parse_date_code gives
 * them. It lives apart from SheetJS because the cell parsers run in the window too (the import
 * wizard's preview), and importing SheetJS there for this one function put a megabyte of
 * workbook code on the app's start-up path (issue 15's cold start). Only serials from 1950 on
 * are read (values.ts), so the 1900 leap-year quirk below serial 61 does not arise; the test
 * holds it to SSF's answers.
 */
export interface SerialParts {
  y: number;
  m: number;
  d: number;
  H: number;
  M: number;
  S: number;
}

const DAY_S = 86_400;
/** Serial 0 is 1899-12-30 for every serial after the fictitious 1900-02-29. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

export function serialDateParts(serial: number): SerialParts {
  let day = Math.trunc(serial);
  let seconds = Math.floor(DAY_S * (serial - day));
  // SSF rounds a time within a ten-thousandth of a second of the next up, so 0.99999…
  // of a day is the next midnight, not 23:59:59.
  if (DAY_S * (serial - day) - seconds > 0.9999) {
    seconds += 1;
    if (seconds === DAY_S) {
      seconds = 0;
      day += 1;
    }
  }
  const date = new Date(EPOCH_MS + day * DAY_S * 1000);
  return {
    y: date.getUTCFullYear(),
    m: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
    H: Math.floor(seconds / 3600),
    M: Math.floor(seconds / 60) % 60,
    S: seconds % 60,
  };
}
