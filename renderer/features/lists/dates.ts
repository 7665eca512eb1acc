import dayjs, { type Dayjs } from 'dayjs';

/** Form dates: antd pickers hold Dayjs, records hold `YYYY-MM-DD`. */
export const toDay = (d: Dayjs | null | undefined): string | undefined =>
  d ? d.format('YYYY-MM-DD') : undefined;
export const fromDay = (s: string | undefined): Dayjs | undefined => (s ? dayjs(s) : undefined);
