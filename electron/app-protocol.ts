/**
 * Serves the built renderer on `app://street-desk/`. A real origin (rather than file://)
 * gives the page its own IndexedDB, a CSP header, and no read access to the disk at large.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { SECURITY_HEADERS } from './security';
import { APP_HOST, APP_SCHEME } from './trusted-url';

/**
 * `standard` gives the scheme real origins and relative URL resolution; `secure` makes it a
 * secure context (crypto.subtle, IndexedDB persistence); `corsEnabled` lets Vite's
 * `<script type="module" crossorigin>` and module workers load from a custom scheme.
 */
export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** A `..` segment in any spelling, before the URL parser quietly resolves it. */
const DOT_DOT_SEGMENT = /(^|[/\\])(\.|%2e){2}([/\\?#]|$)/i;

/**
 * The file under `root` that `url` names, or null when the URL is not ours or tries to leave
 * `root`. Refused rather than normalised: a request for `..` is never a mistake of our own page.
 */
export function resolveAppPath(url: string, root: string): string | null {
  if (url.includes('\\') || url.includes('\0') || DOT_DOT_SEGMENT.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;

  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // ':' would let a segment name a Windows drive or an NTFS stream.
    if (segment === '.' || segment === '..' || /[\\/\0:]/.test(segment)) return null;
    segments.push(segment);
  }
  const last = segments.at(-1);
  if (last === undefined || last === '') segments.splice(-1, 1, 'index.html');
  if (segments.slice(0, -1).includes('')) return null;

  const base = path.resolve(root);
  const resolved = path.resolve(base, ...segments);
  return resolved.startsWith(base + path.sep) ? resolved : null;
}

/** Reads a file, or null when there is no such file (a folder counts as none). */
export type ReadAppFile = (filePath: string) => Promise<Uint8Array | null>;

const readIfExists: ReadAppFile = async (filePath) => {
  try {
    return await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
};

function respond(status: number, body: Uint8Array | string | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': contentType,
      // The files change only with an app update; revalidating costs nothing on a local scheme.
      'Cache-Control': 'no-cache',
    },
  });
}

/**
 * The handler behind `protocol.handle('app', …)`. Paths without an extension that name no
 * file get index.html, so a reload on a client-side route still opens the app.
 */
export function createAppProtocolHandler(
  root: string,
  read: ReadAppFile = readIfExists,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'Method Not Allowed', 'text/plain; charset=utf-8');
    }
    const filePath = resolveAppPath(request.url, root);
    if (filePath === null) return respond(403, 'Forbidden', 'text/plain; charset=utf-8');

    let target = filePath;
    let body = await read(target);
    if (body === null && path.extname(filePath) === '') {
      target = path.join(path.resolve(root), 'index.html');
      body = await read(target);
    }
    if (body === null) return respond(404, 'Not Found', 'text/plain; charset=utf-8');
    return respond(200, request.method === 'HEAD' ? null : body, mimeTypeFor(target));
  };
}

/** Installs the handler on Electron's `protocol` (passed in so this module loads without Electron). */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root));
}
