import type { EntityName, EntitySpec } from '../entity';
import { coordinatorsSpec } from './coordinators';
import { assignmentsSpec, attendanceSpec } from './dispatch';
import { accessRequestsSpec, listItemsSpec } from './lists';
import { orgUnitsSpec } from './org-units';
import { placesSpec } from './places';
import { communityWorkersSpec, servicePointsSpec } from './support';
import { ticketsSpec } from './tickets';

/**
 * Every importable entity. The engine works on records as plain objects; each spec is typed
 * by its own model, so it is widened here once.
 */
export const ENTITY_SPECS: Readonly<Record<EntityName, EntitySpec>> = {
  orgUnits: orgUnitsSpec as unknown as EntitySpec,
  places: placesSpec as unknown as EntitySpec,
  servicePoints: servicePointsSpec as unknown as EntitySpec,
  communityWorkers: communityWorkersSpec as unknown as EntitySpec,
  coordinators: coordinatorsSpec as unknown as EntitySpec,
  listItems: listItemsSpec as unknown as EntitySpec,
  accessRequests: accessRequestsSpec as unknown as EntitySpec,
  assignments: assignmentsSpec as unknown as EntitySpec,
  attendance: attendanceSpec as unknown as EntitySpec,
  tickets: ticketsSpec as unknown as EntitySpec,
};

export function entitySpec(name: EntityName): EntitySpec {
  return ENTITY_SPECS[name];
}
