/**
 * The Content-Security-Policy of the renderer, the same wherever it is served: from `app://`
 * in Electron (electron/app-protocol.ts) and over HTTP to browsers (server/app-host.ts).
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
  // The sync server's address is entered by the user after installation, so it cannot be listed here.
  'connect-src': ["'self'", 'http:', 'https:'],
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

/** Value of the `Content-Security-Policy` response header. */
export const CONTENT_SECURITY_POLICY = serialize({ ...DIRECTIVES, ...HEADER_ONLY });

/** Value for `<meta http-equiv="Content-Security-Policy">`, should a page need one. */
export const CONTENT_SECURITY_POLICY_META = serialize(DIRECTIVES);
