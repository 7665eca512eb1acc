import { create } from 'zustand';

/** A long job the user can watch and cancel: demo loads today, imports and sync later. */
export interface JobView {
  id: number;
  title: string;
  /** 0–1. */
  progress: number;
  detail?: string;
  cancel(): void;
}

interface JobState {
  jobs: JobView[];
}

export const useJobStore = create<JobState>(() => ({ jobs: [] }));

export interface JobContext {
  signal: AbortSignal;
  report(progress: number, detail?: string): void;
}

let nextId = 1;

/**
 * Runs `work` as a visible job: it appears in the progress dialog until it ends, and its
 * cancel button aborts `signal` (the job calls `signal.throwIfAborted()` between steps; see
 * shared/cancel.ts).
 */
export async function runJob<T>(title: string, work: (ctx: JobContext) => Promise<T>): Promise<T> {
  const id = nextId++;
  const controller = new AbortController();
  const update = (patch: Partial<JobView>) =>
    useJobStore.setState((s) => ({ jobs: s.jobs.map((j) => (j.id === id ? { ...j, ...patch } : j)) }));
  useJobStore.setState((s) => ({
    jobs: [...s.jobs, { id, title, progress: 0, cancel: () => controller.abort() }],
  }));
  let last = 0;
  try {
    return await work({
      signal: controller.signal,
      report(progress, detail) {
        // Progress arrives per chunk; re-render at most ~20 times a second.
        const now = performance.now();
        if (now - last < 50 && progress < 1) return;
        last = now;
        update({ progress, detail });
      },
    });
  } finally {
    useJobStore.setState((s) => ({ jobs: s.jobs.filter((j) => j.id !== id) }));
  }
}
