/**
 * Which URLs and IPC senders belong to the app. The renderer is served only from
 * `app://street-desk/` (app-protocol.ts), so that origin is the one thing we trust.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'street-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs on the app's own origin (no credentials, no port, exact host). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The parts of Electron's WebFrameMain that decide trust. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * An IPC call is ours only from the top frame of our page: a subframe (should one ever be
 * allowed in) or a frame that navigated away must not reach the file system.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url);
}
