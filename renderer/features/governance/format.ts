import type { ConsultationStep, DemoPointStatus } from '@shared/model/governance';

export const STEP_COLOR: Record<ConsultationStep, string> = {
  raise: 'default',
  discuss: 'processing',
  decide: 'blue',
  carryOut: 'cyan',
  evaluate: 'success',
};

export const DEMO_STATUS_COLOR: Record<DemoPointStatus, string> = {
  applied: 'default',
  building: 'processing',
  accepted: 'success',
  revoked: 'error',
};
