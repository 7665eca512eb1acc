import type { CommunityWorker, Place, ServicePoint } from '@shared/model/place';
import { isMobile } from '@shared/validation/phone';
import type { PersonalField } from '../../app/personal-data';

/** What a place card shows: the place, its covering worker and its service points. */
export interface CardPeople {
  place: Place;
  worker?: CommunityWorker;
  points: ServicePoint[];
}

/** The phones a card shows in full when revealed: mobiles only (service points' landlines are public). */
export function personalFieldsOf(data: CardPeople): PersonalField[] {
  const { place, worker, points } = data;
  const fields: PersonalField[] = [];
  if (place.head?.phone)
    fields.push({ table: 'places', recordId: place.id, orgPath: place.orgPath, field: 'head.phone' });
  if (worker?.phone)
    fields.push({ table: 'communityWorkers', recordId: worker.id, orgPath: worker.orgPath, field: 'phone' });
  for (const p of points)
    if (p.phone && isMobile(p.phone))
      fields.push({ table: 'servicePoints', recordId: p.id, orgPath: p.orgPath, field: 'phone' });
  return fields;
}
