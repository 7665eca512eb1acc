/**
 * Rules for a sync server's address, shared by the renderer (what it may send a password to)
 * and the Electron host (which origins the page may reach, which network permission that needs).
 *
 * The password, the session token and residents' IDs cross the office network, so https is the
 * default. Plain http is taken as-is only on this computer (loopback), where nothing crosses a
 * wire; anywhere else only after the user accepted a warning for that one server.
 */

/** WHATWG URL is in every runtime shared/ runs in (browser, worker, Node); the ES2023 lib just does not declare it. */
declare const URL: new (input: string) => {
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly origin: string;
  readonly pathname: string;
  readonly username: string;
  readonly password: string;
};

/** Where an address points, in the terms of Chromium's Local Network Access. */
export type AddressSpace = 'loopback' | 'local' | 'public';

/** "sync.example.org:5180" → "https://sync.example.org:5180"; no trailing slash. Throws TypeError when malformed. */
export function normalizeServerUrl(text: string): string {
  let url = text.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) url = `https://${url}`;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new TypeError('not http(s)');
  if (parsed.username || parsed.password) throw new TypeError('credentials in URL');
  return parsed.origin + parsed.pathname.replace(/\/+$/, '');
}

/** The origin of a sync server address, or null when it is not an http(s) URL. */
export function serverOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

function ipv4Octets(host: string): number[] | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!match) return null;
  const octets = match.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

/** `hostname` as URL gives it (IPv6 in brackets). Names other than localhost count as public: their address is unknown here. */
export function addressSpaceOf(hostname: string): AddressSpace {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return 'loopback';
  const v4 = ipv4Octets(host);
  if (v4) {
    const [a = 0, b = 0] = v4;
    if (a === 127) return 'loopback';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254))
      return 'local';
    return 'public';
  }
  if (/^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host)) return 'local';
  if (host.endsWith('.local')) return 'local';
  return 'public';
}

/** Plain http to another computer: the user must accept a warning for this server first. */
export function needsInsecureConsent(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'http:' && addressSpaceOf(parsed.hostname) !== 'loopback';
}
