/**
 * The renderer's security policy: it may show only our own pages, open no windows, embed no
 * webviews, reach no outside address but its sync server, and get no browser permissions beyond
 * writing to the clipboard and what reaching that server needs. Electron objects are passed in,
 * so the policy is tested in Node.
 */
import type { Event, Session, WebContents } from 'electron';
import { DESKTOP_CONTENT_SECURITY_POLICY } from '@shared/csp';
import type { AddressSpace } from '@shared/sync/server-address';
import { parseExternalUrl } from './external-links';
import { isAppUrl } from './trusted-url';

/** Headers on every response of the app:// scheme. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': DESKTOP_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/**
 * antd's copy buttons use the async clipboard API, and persistent storage keeps Chromium from
 * evicting the IndexedDB that holds the only copy of unsynced work. Nothing else is needed.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'persistent-storage']);

/**
 * Chromium's Local Network Access asks before a page reaches this computer (loopback) or the
 * office LAN (local). Electron >= 43 enforces it, so a denial here blocks sync to a LAN server.
 * `local-network-access` is the older single permission, the other two its split form.
 */
const NETWORK_PERMISSIONS: Readonly<Record<string, readonly AddressSpace[]>> = {
  'local-network-access': ['loopback', 'local'],
  'loopback-network': ['loopback'],
  'local-network': ['local'],
};

/**
 * `syncServer` is where the configured sync server is (null: none yet); a network permission is
 * granted only as far as reaching it needs, so a page cannot probe the rest of the LAN.
 */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  syncServer: AddressSpace | null = null,
): boolean {
  if (requestingUrl === undefined || !isAppUrl(requestingUrl)) return false;
  if (ALLOWED_PERMISSIONS.has(permission)) return true;
  const spaces = NETWORK_PERMISSIONS[permission];
  return spaces !== undefined && syncServer !== null && spaces.includes(syncServer);
}

/** What the session needs to know about the sync server (electron/sync-server-policy.ts). */
export interface SyncServerGate {
  isRequestAllowed(url: string): boolean;
  addressSpace(): AddressSpace | null;
}

/** Outside addresses the page's requests go to; app:// and devtools are not among them. */
const OUTSIDE_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

/**
 * No new windows, ever. A web link the user clicked (target=_blank) goes to the system browser
 * instead, which is what they meant.
 */
export function decideWindowOpen(url: string, openExternal: (href: string) => void): { action: 'deny' } {
  const href = parseExternalUrl(url);
  if (href !== null) openExternal(href);
  return { action: 'deny' };
}

export interface PolicyLog {
  warn(message: string): void;
}

/** Applies the policy to one WebContents; main.ts calls it for every one that is created. */
export function hardenWebContents(
  contents: WebContents,
  openExternal: (href: string) => void,
  log: PolicyLog,
): void {
  const denyForeignNavigation = (event: Event, url: string, kind: string): void => {
    if (isNavigationAllowed(url)) return;
    event.preventDefault();
    // The scheme is enough to diagnose; the full URL might carry personal data in its query.
    log.warn(`security: blocked ${kind} to a ${schemeOf(url)} URL`);
    // A plain link clicked without target=_blank lands here; treat it like the window-open case.
    decideWindowOpen(url, openExternal);
  };
  contents.on('will-navigate', (event, url) => denyForeignNavigation(event, url, 'navigation'));
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) denyForeignNavigation(event, event.url, 'frame navigation');
  });
  contents.on('will-redirect', (event, url) => {
    if (isNavigationAllowed(url)) return;
    event.preventDefault();
    log.warn(`security: blocked redirect to a ${schemeOf(url)} URL`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('security: blocked a webview');
  });
  contents.setWindowOpenHandler(({ url }) => decideWindowOpen(url, openExternal));
}

/**
 * Permission and request policy for the session the window uses. The request gate is what limits
 * the page to its sync server: the CSP cannot name a server that is chosen after the page loaded.
 */
export function hardenSession(session: Session, syncServer: SyncServerGate, log: PolicyLog): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, syncServer.addressSpace()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, syncServer.addressSpace()),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: OUTSIDE_URLS }, (details, callback) => {
    const allowed = syncServer.isRequestAllowed(details.url);
    if (!allowed)
      log.warn(
        `security: blocked a request to a ${schemeOf(details.url)} address that is not the sync server`,
      );
    callback({ cancel: !allowed });
  });
}

function schemeOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return match?.[1]?.toLowerCase() ?? 'malformed';
}
