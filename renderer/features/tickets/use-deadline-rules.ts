import type { TicketDeadlineRules } from '@shared/model/ticket';
import { deadlineRulesFor } from '@shared/tickets/deadline-rules';
import { useScopeUnits } from '../../common/scope/use-org';

/** The deadlines the scope's tickets are held to (its own, its street's, its district's, or the default). */
export function useDeadlineRules(scope: string): TicketDeadlineRules | undefined {
  const units = useScopeUnits(scope);
  return units && deadlineRulesFor(scope, (code) => units.find((u) => u.code === code));
}
