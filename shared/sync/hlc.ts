/**
 * Hybrid logical clock (Kulkarni et al.): a timestamp that follows wall time but never
 * goes backwards and orders causally related events, even when a laptop's clock is off.
 * Encoded as a string that sorts like the clock: `<ms base36, 11>-<counter base36, 5>-<node>`,
 * so the per-field "last writer wins" merge compares strings, with the node id (the
 * client id) breaking ties between clients.
 */
export interface HlcState {
  /** Milliseconds since the epoch of the latest event seen. */
  millis: number;
  counter: number;
  node: string;
}

const MILLIS_WIDTH = 11;
const COUNTER_WIDTH = 5;
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;
/** A clock more than this far ahead of ours is refused rather than followed. */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;
/**
 * How far ahead of the server's clock a pushed change may be dated. A later stamp wins every
 * field it touches, so a clock set ahead would silently win over others' edits for as long as
 * it is ahead; an hour covers workstations whose clocks are merely off.
 */
export const MAX_PUSH_AHEAD_MS = 60 * 60 * 1000;

export function encodeHlc(state: HlcState): string {
  return (
    state.millis.toString(36).padStart(MILLIS_WIDTH, '0') +
    '-' +
    state.counter.toString(36).padStart(COUNTER_WIDTH, '0') +
    '-' +
    state.node
  );
}

export function decodeHlc(value: string): HlcState {
  const [m, c, ...node] = value.split('-');
  if (!m || !c || node.length === 0) throw new Error(`not an HLC: ${value}`);
  return { millis: parseInt(m, 36), counter: parseInt(c, 36), node: node.join('-') };
}

/** The clock after a local event at wall time `now`. */
export function tickHlc(state: HlcState, now: number): HlcState {
  if (now > state.millis) return { millis: now, counter: 0, node: state.node };
  if (state.counter >= MAX_COUNTER) return { millis: state.millis + 1, counter: 0, node: state.node };
  return { millis: state.millis, counter: state.counter + 1, node: state.node };
}

/** A remote clock too far ahead to follow: expected from a misset machine, never a fault of ours. */
export class ClockAheadError extends Error {
  constructor(readonly remoteMillis: number) {
    super(`remote clock ${new Date(remoteMillis).toISOString()} is too far ahead`);
    this.name = 'ClockAheadError';
  }
}

/** The clock after receiving a remote timestamp at wall time `now`. */
export function receiveHlc(state: HlcState, remote: string, now: number): HlcState {
  const r = decodeHlc(remote);
  if (r.millis - now > MAX_DRIFT_MS) throw new ClockAheadError(r.millis);
  const millis = Math.max(state.millis, r.millis, now);
  let counter: number;
  if (millis === state.millis && millis === r.millis) counter = Math.max(state.counter, r.counter) + 1;
  else if (millis === state.millis) counter = state.counter + 1;
  else if (millis === r.millis) counter = r.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) return { millis: millis + 1, counter: 0, node: state.node };
  return { millis, counter, node: state.node };
}
