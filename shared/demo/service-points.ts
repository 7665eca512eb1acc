import { idFromParts } from '../ids';
import type { ServicePoint, ServicePointKind } from '../model/place';
import { IDS_PER_UNIT, unitBaseMs, type IdSource } from './id-source';
import type { Layout } from './layout';
import { personName } from './names';
import { beijingLandline, mobileNumber } from './phones';
import { streetStem } from './place-names';
import type { StreetPlan, UnitPlan } from './plan';
import { rngFor, type Rng } from './rng';

/**
 * The service points every 楼门院 record points to (DOMAIN: the nearest 养老驿站 and
 * 警务工作站 at every building and courtyard): per community 1–2 养老驿站, a 警务工作站, a
 * 社区卫生服务站 (sometimes shared with the neighbour), a 物业 office per compound and a 调解室.
 */

/**
 * The shared 社区卫生服务站 lives in the host community's chunk but is pointed to by its
 * neighbour's places, so its id must be computable from the plan alone: it takes the top
 * millisecond of the host's id block and a stream of its own.
 */
export function healthStationId(seed: number, streetIndex: number, hostCode: string): string {
  const random = rngFor(seed, `health:${hostCode}`).bytes16();
  return idFromParts(unitBaseMs(streetIndex, hostCode) + IDS_PER_UNIT - 1, random);
}

export interface UnitServicePoints {
  /** The points this unit owns (the chunk's `servicePoints`). */
  own: ServicePoint[];
  elderlyCare: string[];
  police: string;
  /** The station this unit's places use; may belong to the neighbour. */
  health: string;
  mediation: string;
  /** 物业 office per compound group index. */
  propertyByGroup: Map<number, string>;
}

const HOURS: Record<ServicePointKind, ReadonlyArray<readonly [string, number]>> = {
  elderlyCare: [
    ['周一至周日 8:00–20:00', 5],
    ['周一至周日 8:30–18:00', 3],
    ['周一至周五 8:30–17:30', 2],
  ],
  police: [
    ['周一至周五 9:00–17:00', 3],
    ['周一至周日 9:00–17:00', 2],
  ],
  health: [
    ['周一至周日 8:00–17:00', 3],
    ['周一至周六 8:00–16:30', 2],
  ],
  property: [
    ['周一至周日 8:00–18:00', 3],
    ['周一至周日 8:30–17:30', 2],
  ],
  mediation: [
    ['周一至周五 9:00–17:00', 3],
    ['周一至周五 8:30–17:30', 2],
  ],
};

export function makeServicePoints(
  rng: Rng,
  ids: IdSource,
  seed: number,
  street: StreetPlan,
  unit: UnitPlan,
  layout: Layout,
  roads: readonly string[],
  orgPath: string,
): UnitServicePoints {
  const own: ServicePoint[] = [];
  const village = unit.level === 'village';
  const address = () =>
    village
      ? `${street.districtName}${street.name}${unit.base}${rng.int(1, 120)}号`
      : `${street.districtName}${rng.pick(roads)}${rng.int(1, 199)}号`;
  const add = (kind: ServicePointKind, name: string, at: string, id = ids.id()): string => {
    const contact = personName(rng, rng.chance(0.6) ? 'middle' : 'younger', kind === 'police' ? 0.2 : 0.6);
    // Offices mostly give a landline; smaller points the contact's mobile.
    const phone = rng.chance(kind === 'property' || kind === 'elderlyCare' ? 0.5 : 0.7)
      ? beijingLandline(rng)
      : mobileNumber(rng);
    own.push({
      id,
      orgPath,
      kind,
      name,
      address: at,
      contactName: contact.name,
      phone,
      hours: rng.weighted(HOURS[kind]),
    });
    return id;
  };

  const elderlyCare = [
    add('elderlyCare', village ? `${unit.name}邻里互助养老服务点` : `${unit.name}养老服务驿站`, address()),
  ];
  const compounds = layout.groups.map((g, i) => ({ ...g, index: i })).filter((g) => g.kind === 'compound');
  // Big communities get a second 驿站, in one of their compounds (our rule: a third over 2,500 households).
  if (!village && (unit.households > 4000 || (unit.households > 2500 && rng.chance(0.35)))) {
    const where = compounds.length > 1 ? compounds[compounds.length - 1]!.name : `${unit.base}第二`;
    elderlyCare.push(add('elderlyCare', `${where}养老服务驿站`, address()));
  }

  const police = add(
    'police',
    `${streetStem(street.name)}派出所${unit.name}${village ? '警务室' : '警务工作站'}`,
    address(),
  );

  const health = healthStationId(seed, street.index, unit.healthHostCode);
  if (unit.healthHostCode === unit.code) {
    add('health', village ? `${unit.name}卫生室` : `${unit.base}社区卫生服务站`, address(), health);
  }

  const propertyByGroup = new Map<number, string>();
  for (const c of compounds) {
    propertyByGroup.set(
      c.index,
      add('property', `${c.name}物业服务中心`, `${street.districtName}${c.name}内`),
    );
  }

  const mediation = add('mediation', `${unit.name}人民调解室`, address());
  return { own, elderlyCare, police, health, mediation, propertyByGroup };
}
