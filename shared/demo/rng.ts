import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * cyrb128: spreads a string key over 128 bits. pure-rand's own seeding takes one 32-bit
 * number, which would give the ~7,000 communities of the city colliding streams.
 */
function hash128(key: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < key.length; i++) {
    const k = key.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 | 0, h2 | 0, h3 | 0, h4 | 0];
}

/** A precomputed table for picking often from the same weighted list (surnames). */
export interface WeightedTable<T> {
  readonly items: readonly T[];
  /** Running totals of the weights; the last one is the sum. */
  readonly cumulative: readonly number[];
}

export function weightedTable<T>(entries: ReadonlyArray<readonly [T, number]>): WeightedTable<T> {
  const items: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, weight] of entries) {
    if (!(weight > 0)) throw new Error(`weight must be positive: ${String(item)}`);
    total += weight;
    items.push(item);
    cumulative.push(total);
  }
  if (items.length === 0) throw new Error('empty weighted table');
  return { items, cumulative };
}

/** Seeded random numbers for the demo generator; never touches Math.random or the clock. */
export class Rng {
  constructor(private readonly gen: RandomGenerator) {}

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.gen, min, max);
  }

  /** Float in [0, 1). */
  float(): number {
    return uniformFloat64(this.gen);
  }

  /** Float in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)]!;
  }

  /** One item of `[item, weight]` pairs; for lists used many times build a `weightedTable`. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    return this.fromTable(weightedTable(entries));
  }

  fromTable<T>(table: WeightedTable<T>): T {
    const { items, cumulative } = table;
    const x = this.float() * cumulative[cumulative.length - 1]!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]!;
  }

  /** Normal deviate (Box–Muller; the second value is dropped to keep the stream simple). */
  normal(mean = 0, sd = 1): number {
    const u1 = 1 - this.float();
    const u2 = this.float();
    return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** Lognormal with the given median and σ of the underlying normal. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** 16 random bytes, the random part of a UUIDv7. */
  bytes16(): Uint8Array {
    return this.fillBytes(new Uint8Array(16));
  }

  /** Fills `out` (length a multiple of 4) with random bytes; lets a hot loop reuse one buffer. */
  fillBytes(out: Uint8Array): Uint8Array {
    for (let i = 0; i < out.length; i += 4) {
      const v = this.gen.next();
      out[i] = v & 0xff;
      out[i + 1] = (v >>> 8) & 0xff;
      out[i + 2] = (v >>> 16) & 0xff;
      out[i + 3] = (v >>> 24) & 0xff;
    }
    return out;
  }
}

/**
 * The generator for one part of the demo data, from the seed and a key naming the part
 * (`street:110105021`). Keyed streams are what make a street come out the same whether it
 * is generated alone or inside its district: no part draws from another's stream.
 */
export function rngFor(seed: number, key: string): Rng {
  const state = hash128(`${seed}|${key}`);
  // xoroshiro's one forbidden state; a hash hitting it is astronomically unlikely, but cheap to rule out.
  if (state.every((v) => v === 0)) state[0] = 1;
  return new Rng(xoroshiro128plusFromState(state));
}
