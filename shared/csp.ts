/**
 * The Content-Security-Policy of the renderer: from `app://` in Electron (electron/app-protocol.ts)
 * and over HTTP to browsers (server/app-host.ts). They differ only in where the page may connect.
 */

type Directives = Readonly<Record<string, readonly string[]>>;

const DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Ant Design (cssinjs) injects <style> elements at run time; it has no nonce support worth the cost.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  // The Excel engine runs in a Web Worker; Vite may inline small workers as blob: URLs.
  'worker-src': ["'self'", 'blob:'],
  // In a browser the app is served by its sync server, so the API is on the page's own origin.
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** Browsers ignore frame-ancestors in a <meta> tag, so it exists only in the header form. */
const HEADER_ONLY: Directives = {
  'frame-ancestors': ["'none'"],
};

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Value of the `Content-Security-Policy` response header for browsers. */
export const CONTENT_SECURITY_POLICY = serialize({ ...DIRECTIVES, ...HEADER_ONLY });

/**
 * For Electron's app:// page. The sync server's address is entered after installation and can
 * change while the page is open, which a CSP cannot follow; the main process lets requests
 * through to the configured server only (electron/sync-server-policy.ts, hardenSession).
 */
export const DESKTOP_CONTENT_SECURITY_POLICY = serialize({
  ...DIRECTIVES,
  'connect-src': ["'self'", 'https:', 'http:'],
  ...HEADER_ONLY,
});

/** Value for `<meta http-equiv="Content-Security-Policy">`, should a page need one. */
export const CONTENT_SECURITY_POLICY_META = serialize(DIRECTIVES);
