import type { Args, FromWorker, Method, Result, Stage, ToWorker, WorkerFailure } from './protocol';

/**
 * The window's side of the Excel worker: typed calls with progress and cancel. Cancelling a
 * call the worker can interrupt (checking rows, writing a batch) asks it to stop, so a batch
 * is taken back cleanly; reading a workbook is one long step inside SheetJS, so cancelling
 * it ends the worker (nothing was written, and the next call starts a fresh one).
 */

/** A worker failure other than cancelling: a file the engine refused, or an unexpected error. */
export class ExcelCallFailed extends Error {
  constructor(readonly failure: Exclude<WorkerFailure, { kind: 'cancelled' }>) {
    super(failure.kind === 'file' ? `excel.file.${failure.code}` : `${failure.name}: ${failure.message}`);
    this.name = 'ExcelCallFailed';
  }
}

/** The error an aborted signal throws, for a call the window itself ends (see shared/cancel.ts). */
const cancelled = () => new DOMException('cancelled', 'AbortError');

export interface CallOptions {
  signal?: AbortSignal;
  onProgress?(stage: Stage, done: number, total: number): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?: CallOptions['onProgress'];
}

/** Calls that run as one step SheetJS cannot be asked to leave. */
const UNINTERRUPTIBLE: ReadonlySet<Method> = new Set(['open', 'prepare']);

export class ExcelWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./excel.worker.ts', import.meta.url), {
      type: 'module',
      name: 'excel',
    });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      const call = this.pending.get(message.id);
      if (!call) return;
      if ('progress' in message) {
        const { stage, done, total } = message.progress;
        call.onProgress?.(stage, done, total);
        return;
      }
      this.pending.delete(message.id);
      if ('result' in message) call.resolve(message.result);
      else if (message.failure.kind === 'cancelled') call.reject(cancelled());
      else call.reject(new ExcelCallFailed(message.failure));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(
        new ExcelCallFailed({
          kind: 'other',
          name: 'WorkerError',
          message: event.message || 'worker failed',
        }),
      );
    };
    this.worker = worker;
    return worker;
  }

  private fail(error: unknown) {
    this.worker?.terminate();
    this.worker = undefined;
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }

  call<M extends Method>(
    method: M,
    args: Args<M>,
    options: CallOptions = {},
    transfer: Transferable[] = [],
  ): Promise<Result<M>> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<Result<M>>((resolve, reject) => {
      if (options.signal?.aborted) {
        reject(cancelled());
        return;
      }
      this.pending.set(id, {
        resolve: resolve as (v: unknown) => void,
        reject,
        onProgress: options.onProgress,
      });
      options.signal?.addEventListener(
        'abort',
        () => {
          if (!this.pending.has(id)) return;
          if (UNINTERRUPTIBLE.has(method)) this.fail(cancelled());
          else worker.postMessage({ id, cancel: true } satisfies ToWorker);
        },
        { once: true },
      );
      worker.postMessage({ id, method, args } satisfies ToWorker, transfer);
    });
  }

  /** Whether the worker still holds a session (it is gone after a cancelled read). */
  get alive(): boolean {
    return this.worker !== undefined;
  }

  terminate(): void {
    this.fail(cancelled());
  }
}

/** Runs one call on a worker of its own (templates, exports, undo), then ends it. */
export async function withWorker<M extends Method>(
  method: M,
  args: Args<M>,
  options: CallOptions = {},
): Promise<Result<M>> {
  const client = new ExcelWorkerClient();
  try {
    return await client.call(method, args, options);
  } finally {
    client.terminate();
  }
}
