import {
  TICKET_SATISFACTIONS,
  TICKET_STATES,
  type TicketResolution,
  type TicketSatisfaction,
  type TicketState,
} from '@shared/model/ticket';
import type { TicketFacts } from '@shared/tickets/facts';
import type { CatalogEntry } from './catalog';

/**
 * A catalog block of ticket facts as columns (CatalogSpec.pack). IndexedDB deserialises an
 * object per ticket slowly — a district's year of 450,000 took ~8 s as rows — while a block's
 * few strings and typed arrays come out at memory speed. One small module: the catalog stores,
 * it never reads these columns itself.
 */
export interface TicketColumns {
  /** Ids joined by "\n" (ids never hold one); so are the times. */
  ids: string;
  /** The block's distinct org paths (most blocks hold one community's), and each ticket's. */
  paths: string[];
  pathOf: Uint16Array;
  received: string;
  /** "" where the caller was never contacted. */
  contacted: string;
  /** state | urgent << 3 | resolution << 4 | satisfaction << 6 | deleted << 8 (codes below). */
  flags: Uint16Array;
  /** 不纳入考核 reasons, by position: a few tickets have one. */
  excluded?: Record<number, string>;
}

const SEPARATOR = '\n';
const RESOLUTIONS: readonly (TicketResolution | undefined)[] = [undefined, 'resolved', 'unresolved'];
const SATISFACTIONS: readonly (TicketSatisfaction | undefined)[] = [undefined, ...TICKET_SATISFACTIONS];
const stateCode = new Map(TICKET_STATES.map((s, i) => [s, i]));
const codeIn = <T>(list: readonly T[], value: T) => Math.max(0, list.indexOf(value));

export function packTickets(entries: readonly CatalogEntry[]): TicketColumns {
  const n = entries.length;
  const paths: string[] = [];
  const pathIndex = new Map<string, number>();
  const pathOf = new Uint16Array(n);
  const flags = new Uint16Array(n);
  const ids: string[] = [];
  const received: string[] = [];
  const contacted: string[] = [];
  let excluded: Record<number, string> | undefined;
  entries.forEach((e, i) => {
    const f = e.facts as TicketFacts;
    let p = pathIndex.get(f.orgPath);
    if (p === undefined) pathIndex.set(f.orgPath, (p = paths.push(f.orgPath) - 1));
    pathOf[i] = p;
    ids.push(f.id);
    received.push(f.receivedAt);
    contacted.push(f.contactedAt ?? '');
    flags[i] =
      (stateCode.get(f.state) ?? 0) |
      (f.urgent ? 1 << 3 : 0) |
      (codeIn(RESOLUTIONS, f.resolution) << 4) |
      (codeIn(SATISFACTIONS, f.satisfaction) << 6) |
      (f.deleted ? 1 << 8 : 0);
    if (f.excludedReason) (excluded ??= {})[i] = f.excludedReason;
  });
  return {
    ids: ids.join(SEPARATOR),
    paths,
    pathOf,
    received: received.join(SEPARATOR),
    contacted: contacted.join(SEPARATOR),
    flags,
    ...(excluded ? { excluded } : {}),
  };
}

export function unpackTickets(packed: unknown): CatalogEntry<TicketFacts>[] {
  const c = packed as TicketColumns;
  if (c.flags.length === 0) return [];
  const ids = c.ids.split(SEPARATOR);
  const received = c.received.split(SEPARATOR);
  const contacted = c.contacted.split(SEPARATOR);
  const entries: CatalogEntry<TicketFacts>[] = new Array(c.flags.length);
  for (let i = 0; i < c.flags.length; i++) {
    const bits = c.flags[i]!;
    const orgPath = c.paths[c.pathOf[i]!]!;
    const facts: TicketFacts = {
      id: ids[i]!,
      orgPath,
      state: TICKET_STATES[bits & 7] as TicketState,
      receivedAt: received[i]!,
      urgent: (bits & (1 << 3)) !== 0,
    };
    if (contacted[i]) facts.contactedAt = contacted[i];
    const resolution = RESOLUTIONS[(bits >> 4) & 3];
    if (resolution) facts.resolution = resolution;
    const satisfaction = SATISFACTIONS[(bits >> 6) & 3];
    if (satisfaction) facts.satisfaction = satisfaction;
    const reason = c.excluded?.[i];
    if (reason) facts.excludedReason = reason;
    if (bits & (1 << 8)) facts.deleted = true;
    entries[i] = { id: facts.id, sort: facts.receivedAt, orgPath, text: '', facts };
  }
  return entries;
}
