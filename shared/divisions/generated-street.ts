import fc from 'fast-check';
import type { DivisionKind } from '../model/division';
import type { OrgUnit } from '../model/org';
import type { Place } from '../model/place';
import type { Ticket, TicketState } from '../model/ticket';
import { orgPathOfCode } from '../org/codes';
import type { DivisionDraft, DivisionPlan, DivisionWorld, WorldRow } from './plan';

/**
 * Test-only: random streets and random splits and merges of them, with the invariants a division
 * change must keep. Shared by the plan's property test (pure) and the repository's (apply and
 * undo through IndexedDB), so both hold the plan and its apply to the same rules.
 */

export const STREET = '110105001';
const STREET_PATH = orgPathOfCode(STREET);
const CLOSED: readonly TicketState[] = ['closed', 'returned'];

/** A street as the registry holds it: units (communities, grids), places and tickets. */
export interface Street {
  units: OrgUnit[];
  places: Place[];
  tickets: Ticket[];
}

interface BuildingShape {
  households: number;
  gates: number;
  ticket: TicketState | null;
}
interface CommunityShape {
  grids: BuildingShape[][];
  /** Courtyards with no grid. */
  loose: number[];
  /** Households the registry does not hold yet (the unit counts them, no place does). */
  unregistered: number;
}

const building: fc.Arbitrary<BuildingShape> = fc.record({
  households: fc.integer({ min: 0, max: 1500 }),
  gates: fc.integer({ min: 0, max: 2 }),
  ticket: fc.option(fc.constantFrom<TicketState>('received', 'handling', 'visited', 'closed', 'returned')),
});
const community: fc.Arbitrary<CommunityShape> = fc.record({
  grids: fc.array(fc.array(building, { maxLength: 3 }), { maxLength: 3 }),
  loose: fc.array(fc.integer({ min: 0, max: 600 }), { maxLength: 2 }),
  unregistered: fc.integer({ min: 0, max: 800 }),
});

/**
 * 2–4 live communities with codes spread over 001–012 (so new codes fill gaps), sometimes one
 * community already merged away (its code must never be given again), grids of the same own
 * numbers in every community (so a merge meets taken grid codes).
 */
export const streetArbitrary: fc.Arbitrary<Street> = fc
  .record({
    numbers: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 3, maxLength: 5 }),
    communities: fc.array(community, { minLength: 4, maxLength: 4 }),
    withDissolved: fc.boolean(),
  })
  .map(({ numbers, communities, withDissolved }) => {
    const street: Street = { units: [], places: [], tickets: [] };
    const live = numbers.slice(0, withDissolved ? numbers.length - 1 : numbers.length).slice(0, 4);
    if (withDissolved) {
      const code = STREET + pad3(numbers[numbers.length - 1]!);
      street.units.push({
        ...unitOf(code, 'community', `已撤销${code.slice(9)}社区`, 0),
        dissolvedBy: 'earlier',
      });
    }
    live.forEach((n, i) => buildCommunity(street, STREET + pad3(n), communities[i]!));
    return street;
  });

function buildCommunity(street: Street, code: string, shape: CommunityShape) {
  const path = orgPathOfCode(code);
  let seq = 1;
  let registered = 0;
  const addPlace = (p: Omit<Place, 'code' | 'address' | 'residents' | 'servicePointIds'>): Place => {
    const place: Place = {
      ...p,
      code: code + String(seq++).padStart(4, '0'),
      address: `${p.name}地址`,
      residents: p.households * 2,
      servicePointIds: [],
    };
    street.places.push(place);
    return place;
  };
  shape.grids.forEach((buildings, g) => {
    const gridCode = code + pad3(g + 1);
    street.units.push(unitOf(gridCode, 'grid', `第${g + 1}网格`));
    buildings.forEach((b, i) => {
      const orgPath = orgPathOfCode(gridCode);
      const name = `${code.slice(9)}-${g + 1}-${i + 1}号楼`;
      const parent = addPlace({
        id: `p-${gridCode}-${i}`,
        orgPath,
        gridCode,
        type: 'building',
        name,
        households: b.households,
      });
      registered += b.households;
      for (let k = 0; k < b.gates; k++)
        // A gate's own households are part of its building's, so no total may count them twice.
        addPlace({
          id: `${parent.id}-g${k}`,
          orgPath,
          gridCode,
          type: 'gate',
          parentId: parent.id,
          name: `${name}${k + 1}单元`,
          households: 7,
        });
      if (b.ticket) street.tickets.push(ticketOf(`t-${parent.id}`, parent, b.ticket));
    });
  });
  shape.loose.forEach((households, i) => {
    addPlace({
      id: `p-${code}-yard${i}`,
      orgPath: path,
      type: 'courtyard',
      name: `${code.slice(9)}-${i + 1}号院`,
      households,
    });
    registered += households;
  });
  street.units.push(unitOf(code, 'community', `${code.slice(9)}社区`, registered + shape.unregistered));
}

function unitOf(code: string, level: OrgUnit['level'], name: string, households?: number): OrgUnit {
  return {
    id: `u-${code}`,
    code,
    name,
    level,
    parentCode: code.slice(0, code.length - 3),
    orgPath: orgPathOfCode(code),
    households,
    source: 'user',
  };
}

function ticketOf(id: string, place: Place, state: TicketState): Ticket {
  return {
    id,
    orgPath: place.orgPath,
    number: id,
    source: 'hotline',
    kind: 'complaint',
    content: '楼道堆物',
    address: place.address,
    receivedAt: '2026-12-01T10:00:00+08:00',
    urgent: false,
    state,
    linkStatus: 'linked',
    placeId: place.id,
  };
}

const pad3 = (n: number) => String(n).padStart(3, '0');

/** A change as random choices; `draftFor` turns them into a draft of the street as it is then. */
export interface ChangeChoice {
  kind: Extract<DivisionKind, 'split' | 'merge'>;
  pick: number;
  other: number;
  /** New communities a split makes. */
  pieces: number;
  /** For each grid or place of a split's source, in order: which target gets it (0: the remainder). */
  assign: number[];
  /** Whether a merge makes a new community rather than keep the first source. */
  intoNew: boolean;
}

export const changeArbitrary: fc.Arbitrary<ChangeChoice> = fc.record({
  kind: fc.constantFrom('split' as const, 'merge' as const),
  pick: fc.nat(),
  other: fc.nat(),
  pieces: fc.integer({ min: 1, max: 2 }),
  assign: fc.array(fc.nat(), { minLength: 24, maxLength: 24 }),
  intoNew: fc.boolean(),
});

export const liveCommunities = (street: Pick<Street, 'units'>) =>
  street.units
    .filter((u) => u.level === 'community' && !u.dissolvedBy)
    .sort((a, b) => a.code.localeCompare(b.code));

/** A valid draft for the choices, or undefined when the street offers nothing to do (no grids to split off). */
export function draftFor(
  choice: ChangeChoice,
  street: Street,
  effectiveOn: string,
): DivisionDraft | undefined {
  const live = liveCommunities(street);
  if (choice.kind === 'merge') {
    if (live.length < 2) return undefined;
    const first = live[choice.pick % live.length]!;
    const rest = live.filter((u) => u !== first);
    const second = rest[choice.other % rest.length]!;
    return {
      kind: 'merge',
      sources: [first.code, second.code],
      effectiveOn,
      targets: [
        choice.intoNew
          ? { name: `${first.name}与${second.name}合并`, gridCodes: [], placeIds: [], remainder: true }
          : { code: first.code, name: first.name, gridCodes: [], placeIds: [], remainder: true },
      ],
    };
  }
  const source = live[choice.pick % live.length]!;
  const grids = street.units
    .filter((u) => u.level === 'grid' && u.parentCode === source.code)
    .map((u) => u.code);
  // Places given on their own: courtyards, and some buildings apart from their grid (they leave it).
  const places = street.places
    .filter((p) => p.type !== 'gate' && p.code.startsWith(source.code))
    .filter((p, i) => !p.gridCode || choice.assign[(i + 7) % choice.assign.length]! % 4 === 0)
    .map((p) => p.id);
  const items = [...grids.map((g) => ({ grid: g })), ...places.map((p) => ({ place: p }))];
  const targets = Array.from({ length: choice.pieces + 1 }, (_, i) => ({
    code: i === 0 ? source.code : undefined,
    name: i === 0 ? source.name : `${source.name}${'东西'[i - 1]}`,
    gridCodes: [] as string[],
    placeIds: [] as string[],
    remainder: i === 0 ? true : undefined,
  }));
  items.forEach((item, i) => {
    const t = targets[choice.assign[i % choice.assign.length]! % targets.length]!;
    if ('grid' in item) t.gridCodes.push(item.grid);
    else t.placeIds.push(item.place);
  });
  const kept = targets.filter((t, i) => i === 0 || t.gridCodes.length + t.placeIds.length > 0);
  if (kept.length < 2) return undefined;
  return {
    kind: 'split',
    sources: [source.code],
    effectiveOn,
    targets: kept.map((t) => {
      const { code, remainder, ...rest } = t;
      return { ...rest, ...(code ? { code } : {}), ...(remainder ? { remainder } : {}) };
    }),
  };
}

/** The plan's world for a street: every unit, and the records of the draft's sources. */
export function worldOf(street: Street, sources: string[]): DivisionWorld {
  const inSources = (r: { orgPath: string }) => sources.some((s) => r.orgPath.split('/')[2] === s);
  return {
    units: street.units,
    records: {
      places: street.places.filter(inSources) as WorldRow[],
      tickets: street.tickets.filter(inSources) as WorldRow[],
    },
  };
}

/**
 * The street after a plan, written the way the repository writes it (orgPath, code, grid, 原属 on
 * each moved record; new units made, existing targets' households set, sources that go marked).
 */
export function streetAfter(
  street: Street,
  draft: DivisionDraft,
  plan: DivisionPlan,
  changeId: string,
): Street {
  const moves = new Map(plan.moves.map((m) => [`${m.table}:${m.id}`, m]));
  function moved<T extends { id: string; orgPath: string; code?: string; gridCode?: string }>(
    table: string,
    row: T,
  ): T {
    const m = moves.get(`${table}:${row.id}`);
    if (!m) return row;
    const next = { ...row, orgPath: m.to.orgPath } as T & { formerly?: unknown[]; parentCode?: string };
    if (m.to.code !== undefined) next.code = m.to.code;
    if (m.to.gridCode !== undefined) next.gridCode = m.to.gridCode;
    else delete next.gridCode;
    next.formerly = [
      ...((row as { formerly?: unknown[] }).formerly ?? []),
      { changeId, on: draft.effectiveOn, ...m.from },
    ];
    if (table === 'orgUnits') next.parentCode = String(next.code).slice(0, 12);
    return next;
  }
  const units = street.units.map((u) => {
    const next = moved('orgUnits', u);
    const r = plan.results.find((x) => x.code === u.code);
    if (r) return { ...next, households: r.households };
    if (plan.dissolved.includes(u.code)) return { ...next, dissolvedBy: changeId };
    return next;
  });
  plan.results.forEach((r, i) => {
    if (r.isNew)
      units.push({
        ...unitOf(r.code, 'community', draft.targets[i]!.name, r.households),
        id: `u-${changeId}-${r.code}`,
      });
  });
  return {
    units,
    places: street.places.map((p) => moved('places', p)),
    tickets: street.tickets.map((t) => moved('tickets', t)),
  };
}

/** What an invariant is measured against: the street before any change. */
export interface Baseline {
  households: number;
  placeIds: string[];
  closedTickets: Map<string, string>;
  /** Every community or village code ever held, dissolved included. */
  communityCodes: Set<string>;
}

export function baselineOf(street: Street): Baseline {
  return {
    households: liveCommunities(street).reduce((n, u) => n + (u.households ?? 0), 0),
    placeIds: street.places.map((p) => p.id).sort(),
    closedTickets: new Map(
      street.tickets.filter((t) => CLOSED.includes(t.state)).map((t) => [t.id, t.orgPath]),
    ),
    communityCodes: new Set(street.units.filter((u) => u.level !== 'grid').map((u) => u.code)),
  };
}

/**
 * Every way the street breaks the rules of a division change, as sentences (empty when none):
 * each place in exactly one live community and its grid, codes unique and under their community,
 * gates with their building, households conserved, open work with its place, closed work unmoved.
 */
export function violations(street: Street, baseline: Baseline): string[] {
  const out: string[] = [];
  const live = new Map(liveCommunities(street).map((u) => [u.code, u]));
  const codes = new Map<string, number>();
  for (const u of street.units) codes.set(u.code, (codes.get(u.code) ?? 0) + 1);
  for (const [code, n] of codes) if (n > 1) out.push(`unit code ${code} held by ${n} units`);
  const grids = new Map(street.units.filter((u) => u.level === 'grid').map((g) => [g.code, g]));
  for (const g of grids.values()) {
    if (!live.has(g.parentCode)) out.push(`grid ${g.code} lies in ${g.parentCode}, no live community`);
    if (!g.code.startsWith(g.parentCode))
      out.push(`grid ${g.code} does not start with its community ${g.parentCode}`);
    if (g.orgPath !== orgPathOfCode(g.code)) out.push(`grid ${g.code} lies at ${g.orgPath}`);
  }

  const ids = street.places.map((p) => p.id).sort();
  if (ids.join() !== baseline.placeIds.join()) out.push('places were lost or duplicated');
  const byId = new Map(street.places.map((p) => [p.id, p]));
  const placeCodes = new Set<string>();
  const registered = new Map<string, number>();
  for (const p of street.places) {
    const community = p.orgPath.split('/')[2] ?? '';
    if (!live.has(community)) out.push(`place ${p.id} lies in ${community}, no live community`);
    if (p.code.length !== 16 || !p.code.startsWith(community))
      out.push(`place ${p.id} has code ${p.code} in ${community}`);
    if (placeCodes.has(p.code)) out.push(`place code ${p.code} given twice`);
    placeCodes.add(p.code);
    if (p.gridCode) {
      const g = grids.get(p.gridCode);
      if (!g || g.orgPath !== p.orgPath)
        out.push(`place ${p.id} names grid ${p.gridCode} but lies at ${p.orgPath}`);
    } else if (p.orgPath !== orgPathOfCode(community))
      out.push(`place ${p.id} has no grid but lies at ${p.orgPath}`);
    if (p.type === 'gate' && p.parentId) {
      const parent = byId.get(p.parentId);
      if (parent && (parent.orgPath !== p.orgPath || parent.gridCode !== p.gridCode))
        out.push(
          `gate ${p.id} at ${p.orgPath}/${p.gridCode} left its building at ${parent.orgPath}/${parent.gridCode}`,
        );
    } else registered.set(community, (registered.get(community) ?? 0) + p.households);
  }

  let households = 0;
  for (const u of live.values()) {
    households += u.households ?? 0;
    if ((u.households ?? 0) < (registered.get(u.code) ?? 0))
      out.push(`community ${u.code} counts ${u.households} households, its places ${registered.get(u.code)}`);
    if (u.orgPath !== `${STREET_PATH}/${u.code}`) out.push(`community ${u.code} lies at ${u.orgPath}`);
  }
  if (households !== baseline.households) out.push(`households ${households}, were ${baseline.households}`);

  for (const t of street.tickets) {
    const closedAt = baseline.closedTickets.get(t.id);
    if (closedAt !== undefined) {
      if (t.orgPath !== closedAt) out.push(`closed ticket ${t.id} moved to ${t.orgPath}`);
    } else if (t.orgPath !== byId.get(t.placeId ?? '')?.orgPath)
      out.push(`open ticket ${t.id} left its place`);
  }
  return out;
}

/** Codes a plan gives new communities that some unit held before (dissolved ones included). */
export function reusedCodes(plan: DivisionPlan, before: Street): string[] {
  const held = new Set(before.units.filter((u) => u.level !== 'grid').map((u) => u.code));
  return plan.results.filter((r) => r.isNew && held.has(r.code)).map((r) => r.code);
}

/** The fields a division change writes, per record: what undo must set back exactly. */
export function placementsOf(street: Street) {
  const strip = <T extends { id: string }>(rows: T[], keys: (keyof T | 'formerly')[]) =>
    rows
      .map((r) =>
        Object.fromEntries([
          ['id', r.id],
          ...keys.map((k) => [k, (r as Record<string, unknown>)[k as string]]),
        ]),
      )
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return {
    units: strip(street.units, [
      'code',
      'orgPath',
      'parentCode',
      'level',
      'name',
      'households',
      'dissolvedBy',
      'formerly',
    ]),
    places: strip(street.places, ['orgPath', 'code', 'gridCode', 'formerly']),
    tickets: strip(street.tickets, ['orgPath', 'formerly']),
  };
}
