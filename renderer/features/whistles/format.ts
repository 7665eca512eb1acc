import type { CallStatus } from '@shared/whistles/rules';

export const STATUS_COLOR: Record<CallStatus, string> = {
  onTime: 'green',
  late: 'orange',
  waiting: 'blue',
  overdue: 'red',
  absent: 'red',
};
