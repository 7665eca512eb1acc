import { describe, expect, it } from 'vitest';
import { ClockAheadError, decodeHlc, encodeHlc, receiveHlc, tickHlc, MAX_DRIFT_MS } from './hlc';

const start = { millis: 1_700_000_000_000, counter: 0, node: 'a' };

describe('hybrid logical clock', () => {
  it('round-trips and sorts like the clock', () => {
    const h = { millis: 1_700_000_000_123, counter: 7, node: '0190-abcd' };
    expect(decodeHlc(encodeHlc(h))).toEqual(h);
    const later = tickHlc(h, h.millis);
    expect(encodeHlc(later) > encodeHlc(h)).toBe(true);
    expect(encodeHlc({ ...h, millis: h.millis + 1, counter: 0 }) > encodeHlc({ ...h, counter: 99 })).toBe(
      true,
    );
  });

  it('never goes backwards when the wall clock does', () => {
    const a = tickHlc(start, start.millis + 10);
    const b = tickHlc(a, start.millis - 5000);
    expect(encodeHlc(b) > encodeHlc(a)).toBe(true);
    expect(b.millis).toBe(a.millis);
  });

  it('moves past a remote timestamp it receives', () => {
    const remote = encodeHlc({ millis: start.millis + 60_000, counter: 3, node: 'b' });
    const after = receiveHlc(start, remote, start.millis);
    expect(after.millis).toBe(start.millis + 60_000);
    expect(after.counter).toBe(4);
    expect(after.node).toBe('a');
  });

  it('refuses a remote clock far in the future', () => {
    const remote = encodeHlc({ millis: start.millis + MAX_DRIFT_MS + 1, counter: 0, node: 'b' });
    expect(() => receiveHlc(start, remote, start.millis)).toThrow(ClockAheadError);
    expect(() => receiveHlc(start, remote, start.millis)).toThrow(/too far ahead/);
  });
});
