/**
 * The renderer's security policy: it may show only our own pages, open no windows, embed no
 * webviews and get no browser permissions beyond writing to the clipboard. Electron objects
 * are passed in, so the policy is tested in Node.
 */
import type { Event, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import { parseExternalUrl } from './external-links';
import { isAppUrl } from './trusted-url';

/** Headers on every response of the app:// scheme. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
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

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

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

/** Permission policy for the session the window uses. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}

function schemeOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return match?.[1]?.toLowerCase() ?? 'malformed';
}
