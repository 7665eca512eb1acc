import Dexie from 'dexie';

/**
 * Runs a middleware's steps inside the Dexie zone of the write that called it. Dexie knows
 * which transaction a call belongs to from its zone; Dexie.Promise carries the zone across
 * `then`, native `await` does not (Dexie only "echoes" a zone for a few micro-tasks, and a
 * middleware that awaits several times outruns it). So middleware steps are written as a
 * generator — `const rows = yield table.getMany(…)` — and each step is chained here with
 * Dexie.Promise, started synchronously while the zone is right.
 */
export function zoned<T>(steps: () => Generator<unknown, T, unknown>): Promise<T> {
  const it = steps();
  const advance = (method: 'next' | 'throw', arg?: unknown): PromiseLike<T> => {
    let result: IteratorResult<unknown, T>;
    try {
      result = method === 'next' ? it.next(arg) : it.throw(arg);
    } catch (error) {
      return Dexie.Promise.reject(error);
    }
    if (result.done) return Dexie.Promise.resolve(result.value);
    return Dexie.Promise.resolve(result.value).then(
      (value) => advance('next', value),
      (error: unknown) => advance('throw', error),
    );
  };
  return advance('next') as Promise<T>;
}

/**
 * Like `zoned`, but one at a time per transaction: a write that reads rows before changing
 * them (to diff them, to move catalog entries) must not read while another write of the same
 * transaction is between its read and its write — `Promise.all` of two puts would otherwise
 * both see the old row. Each middleware keeps its own `tails`.
 */
export function zonedInOrder<T>(
  tails: WeakMap<object, Promise<unknown>>,
  trans: object,
  steps: () => Generator<unknown, T, unknown>,
): Promise<T> {
  const previous = tails.get(trans);
  const run = zoned(function* () {
    if (previous) yield previous;
    return yield* steps();
  });
  // The next write waits for this one whether it succeeds or not; its own caller sees the error.
  tails.set(
    trans,
    run.then(
      () => undefined,
      () => undefined,
    ),
  );
  return run;
}
