/**
 * The one sync server this copy of the app talks to, as the main process enforces it: the page
 * may reach that origin and no other outside address, and gets exactly the network permission
 * its address needs (Chromium's Local Network Access: loopback or LAN). The renderer names the
 * server through DesktopApi.allowSyncServer before signing in; it is kept in
 * userData/sync-server.json so a restart keeps syncing without asking again.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { addressSpaceOf, serverOrigin, type AddressSpace } from '@shared/sync/server-address';

const fileSchema = z.object({ origin: z.string() });

export interface SyncServerStore {
  load(): string | null;
  save(origin: string): void;
}

export function syncServerFile(filePath: string): SyncServerStore {
  return {
    load() {
      try {
        const parsed = fileSchema.safeParse(JSON.parse(readFileSync(filePath, 'utf8')));
        return parsed.success ? serverOrigin(parsed.data.origin) : null;
      } catch {
        return null;
      }
    },
    save(origin) {
      const temporary = `${filePath}.tmp`;
      writeFileSync(temporary, `${JSON.stringify({ origin })}\n`);
      renameSync(temporary, filePath);
    },
  };
}

export interface SyncServerPolicy {
  /** The configured server's origin, or null before the first sign-in. */
  origin(): string | null;
  /** Makes `origin` the configured server (replacing any other) and saves it. */
  allow(origin: string): void;
  /** Whether the page may send a request to `url` (an outside http(s) or ws(s) address). */
  isRequestAllowed(url: string): boolean;
  /** Where the configured server is, for the network permissions; null when none is set. */
  addressSpace(): AddressSpace | null;
}

export function createSyncServerPolicy(store: SyncServerStore): SyncServerPolicy {
  let current = store.load();
  return {
    origin: () => current,
    allow(origin) {
      const normalized = serverOrigin(origin);
      if (normalized === null || normalized !== origin) throw new TypeError('not an http(s) origin');
      if (normalized === current) return;
      current = normalized;
      store.save(normalized);
    },
    isRequestAllowed(url) {
      if (current === null) return false;
      try {
        const parsed = new URL(url);
        // WebSocket URLs name the same server under ws(s):.
        const scheme = parsed.protocol.replace(/^ws(s?):$/, 'http$1:');
        return `${scheme}//${parsed.host}` === current;
      } catch {
        return false;
      }
    },
    addressSpace: () => (current === null ? null : addressSpaceOf(new URL(current).hostname)),
  };
}
