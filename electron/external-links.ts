/**
 * Which links may leave the app for the system browser. `shell.openExternal` hands its
 * argument to the OS, which would happily run `file:`, `smb:` or a custom scheme handler,
 * so only plain web links pass.
 */

const MAX_URL_LENGTH = 2048;

/** The normalised href of a well-formed http(s) link without credentials, else null. */
export function parseExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  // The URL parser silently strips tabs, newlines and edge spaces; a link that needs that is not well formed.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // user:password@host links are a classic disguise for where a link really goes.
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.hostname === '') return null;
  return parsed.href;
}

/** Opens `url` with `open` when it is a safe web link; returns whether it did. */
export async function openExternalUrl(url: unknown, open: (href: string) => Promise<void>): Promise<boolean> {
  const href = parseExternalUrl(url);
  if (href === null) return false;
  await open(href);
  return true;
}
