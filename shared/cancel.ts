/**
 * Cancelling a long step, one way everywhere: a step checks its signal with
 * `signal?.throwIfAborted()`, which throws the platform's DOMException named 'AbortError'
 * (fetch throws the same one), and whoever shows the outcome asks `isCancelled(error)`, so a
 * step the user stopped is never reported as a failure.
 */

/** What a long step reads of an AbortSignal (shared/ compiles without DOM types; an AbortSignal fits). */
export interface AbortLike {
  readonly aborted: boolean;
  throwIfAborted(): void;
}

/** Whether `error` says the user (or the caller's signal) stopped the work. */
export function isCancelled(error: unknown): boolean {
  // By name, not class: DOMException is no type here, and the one a worker reports is a copy.
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
