import type { TicketRateRules } from '@shared/model/ticket';
import { rateRulesFor } from '@shared/tickets/rate-rules';
import { useScopeUnits } from '../../common/scope/use-org';

/** The weights the scope's rates are scored with (its own, its street's, its district's, or the default). */
export function useRateRules(scope: string): TicketRateRules | undefined {
  const units = useScopeUnits(scope);
  return units && rateRulesFor(scope, (code) => units.find((u) => u.code === code));
}
