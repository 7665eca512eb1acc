import { idFromParts } from '../ids';
import type { Rng } from './rng';

/**
 * Demo ids are UUIDv7 with a timestamp we choose: every community or village gets its own
 * block of milliseconds, so ids never collide across the city and sort street by street,
 * and the random part comes from that unit's seeded stream.
 */
const BASE_MS = Date.UTC(2026, 0, 1);
/** Ids per unit; the largest generated unit needs a few thousand. */
export const IDS_PER_UNIT = 1 << 14;
/** Own numbers of a unit's code run 001–399 (communities and villages). */
const UNITS_PER_STREET = 400;

/** First millisecond of the block of the unit with `unitCode` in the street at `streetIndex`. */
export function unitBaseMs(streetIndex: number, unitCode: string): number {
  const own = Number(unitCode.slice(9, 12));
  return BASE_MS + (streetIndex * UNITS_PER_STREET + own) * IDS_PER_UNIT;
}

export class IdSource {
  private next = 0;
  /** uuid copies the bytes it is given, so one buffer serves every id. */
  private readonly random = new Uint8Array(16);

  constructor(
    private readonly baseMs: number,
    private readonly rng: Rng,
    /** Counters at the top of the block are reserved for ids other units must know (a shared 卫生服务站). */
    private readonly limit = IDS_PER_UNIT - 16,
  ) {}

  id(): string {
    if (this.next >= this.limit) throw new Error('demo unit ran out of ids');
    return idFromParts(this.baseMs + this.next++, this.rng.fillBytes(this.random));
  }
}
