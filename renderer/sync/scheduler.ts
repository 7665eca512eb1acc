import { liveQuery } from 'dexie';
import { create } from 'zustand';
import { i18next } from '../app/i18n';
import { runJob, type JobContext } from '../app/jobs/job-store';
import { RefusedError } from '../app/input-error';
import { useSession } from '../app/session';
import { db } from '../db';
import { countPending } from '../db/outbox';
import { SyncHttpError } from './api';
import { currentApi } from './connection';
import { desktop } from '../platform';
import { serverOrigin } from '@shared/sync/server-address';
import { isDemoDataset, syncOnce, type SyncResult } from './engine';

/** What the sync client is doing now (UI state only; lasting status is in `meta`). */
export interface SyncActivity {
  running: boolean;
  phase?: 'push' | 'pull' | 'snapshot';
  /** The browser says it has no network. */
  offline: boolean;
  /** The last attempt could not reach the server. */
  unreachable: boolean;
  /** When the next automatic attempt is due (ms since epoch). */
  nextAt?: number;
}

export const useSyncActivity = create<SyncActivity>(() => ({
  running: false,
  offline: typeof navigator !== 'undefined' ? !navigator.onLine : false,
  unreachable: false,
}));

/** Regular sync while all is well. */
const INTERVAL_MS = 60_000;
/** A local change is pushed this long after the last one (edits come in bursts). */
const CHANGE_DELAY_MS = 3_000;
const BACKOFF_START_MS = 5_000;
const BACKOFF_MAX_MS = 5 * 60_000;

/** Delay before attempt `failures + 1`: doubling from 5 s to 5 min, ±25 % so clients spread out. */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

/**
 * Runs sync by itself while the app is open and signed in: regularly, soon after local
 * changes, when the network comes back, and on demand — one run at a time, backing off
 * after failures (never a tight loop), and stopping when the server refuses the sign-in.
 * A first load of a large scope shows as a job with progress; cancelling it stops after
 * the current page, and the next run resumes there.
 */
class SyncScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private running: Promise<SyncResult | null> | null = null;
  private again = false;
  private started = false;
  private snapshotCancelled = false;
  private stopWatching: (() => void) | undefined;

  start(): () => void {
    if (this.started) return () => undefined;
    this.started = true;
    const online = () => {
      useSyncActivity.setState({ offline: false });
      this.schedule(500);
    };
    const offline = () => useSyncActivity.setState({ offline: true });
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    let lastCount = -1;
    const subscription = liveQuery(() => countPending(db)).subscribe({
      next: (count) => {
        if (count > lastCount && lastCount >= 0 && count > 0) this.schedule(CHANGE_DELAY_MS);
        lastCount = count;
      },
    });
    this.stopWatching = () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      subscription.unsubscribe();
    };
    this.schedule(1_000);
    return () => this.stop();
  }

  stop(): void {
    this.started = false;
    clearTimeout(this.timer);
    this.stopWatching?.();
  }

  /** Next automatic run in `ms`, unless one is due sooner. */
  private schedule(ms: number): void {
    if (!this.started) return;
    const at = Date.now() + ms;
    const due = useSyncActivity.getState().nextAt;
    if (this.timer && due !== undefined && due <= at) return;
    clearTimeout(this.timer);
    useSyncActivity.setState({ nextAt: at });
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run({ automatic: true });
    }, ms);
  }

  /**
   * Syncs now (the button). A run already in progress may have read the outbox before the
   * latest change (a conflict just settled), so the button waits for it and runs once more:
   * when it answers, everything made before the click has reached the server.
   */
  async syncNow(): Promise<SyncResult | null> {
    this.snapshotCancelled = false;
    while (this.running) await this.running.catch(() => undefined);
    return this.run({ automatic: false });
  }

  private async run({ automatic }: { automatic: boolean }): Promise<SyncResult | null> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const current = currentApi();
    if (!current || (automatic && (this.snapshotCancelled || useSyncActivity.getState().offline))) {
      if (current) this.schedule(INTERVAL_MS);
      return null;
    }
    if (await isDemoDataset(db)) return null;
    this.running = this.attempt(current, automatic);
    try {
      return await this.running;
    } finally {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.schedule(0);
      }
    }
  }

  private async attempt(
    current: NonNullable<ReturnType<typeof currentApi>>,
    automatic: boolean,
  ): Promise<SyncResult | null> {
    const controller = new AbortController();
    let job: JobContext | null = null;
    let finishJob: (() => void) | null = null;
    useSyncActivity.setState({ running: true, phase: 'push' });
    try {
      // A copy signed in before the desktop host kept the server (userData/sync-server.json)
      // would otherwise have every request stopped; naming the server again costs one IPC call.
      const origin = serverOrigin(current.connection.url);
      if (origin) await desktop.allowSyncServer(origin);
      const result = await syncOnce(
        db,
        { api: current.api, serverId: current.connection.serverId, user: current.user },
        {
          signal: controller.signal,
          onPush: () => useSyncActivity.setState({ phase: 'push' }),
          onPull: (p) => {
            if (p.snapshot && job) {
              job.report(
                p.snapshot.total > 0 ? p.snapshot.done / p.snapshot.total : 0,
                i18next.t('sync.progress.rows', { done: p.snapshot.done, total: p.snapshot.total }),
              );
            }
          },
          onSnapshot: () => {
            useSyncActivity.setState({ phase: 'snapshot' });
            void runJob(i18next.t('sync.progress.snapshot'), (ctx) => {
              job = ctx;
              ctx.signal.addEventListener('abort', () => {
                this.snapshotCancelled = true;
                controller.abort();
              });
              return new Promise<void>((resolve) => (finishJob = resolve));
            });
          },
        },
      );
      this.failures = 0;
      useSyncActivity.setState({ unreachable: false });
      this.schedule(INTERVAL_MS);
      return result;
    } catch (error) {
      if (controller.signal.aborted) return null;
      if (error instanceof SyncHttpError && error.status === 401) {
        // The server no longer takes this sign-in: stop until the user signs in again.
        useSession.getState().expire();
        return null;
      }
      if (error instanceof RefusedError) return null;
      this.failures += 1;
      useSyncActivity.setState({ unreachable: error instanceof SyncHttpError && error.unreachable });
      this.schedule(backoffDelay(this.failures));
      if (!automatic) throw error;
      return null;
    } finally {
      (finishJob as (() => void) | null)?.();
      useSyncActivity.setState({ running: false, phase: undefined });
    }
  }
}

export const syncScheduler = new SyncScheduler();
