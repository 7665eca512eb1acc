import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  BundleError,
  bundleManifestSchema,
  type BundleManifest,
} from '@shared/sync/bundle';

/**
 * The bundle file format (shared/sync/bundle.ts): gzip of one line of manifest JSON and the
 * payload JSON; the manifest holds the payload's SHA-256. Web APIs only (CompressionStream,
 * SubtleCrypto), which the browser, Electron's renderer and Node share.
 */

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function pipe(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function encodeBundle(
  manifest: Omit<BundleManifest, 'sha256' | 'format' | 'version'>,
  payload: unknown,
): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  const body = encoder.encode(JSON.stringify(payload));
  const full: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    ...manifest,
    sha256: await sha256Hex(body),
  };
  const head = encoder.encode(JSON.stringify(full) + '\n');
  const bytes = new Uint8Array(head.length + body.length);
  bytes.set(head);
  bytes.set(body, head.length);
  return pipe(bytes, new CompressionStream('gzip'));
}

/** Reads a bundle file; a file that is not one, or is damaged, is refused before anything is applied. */
export async function decodeBundle(
  data: Uint8Array,
): Promise<{ manifest: BundleManifest; payload: unknown }> {
  if (data.length < 2 || data[0] !== 0x1f || data[1] !== 0x8b) throw new BundleError('notBundle');
  let bytes: Uint8Array;
  try {
    bytes = await pipe(new Uint8Array(data), new DecompressionStream('gzip'));
  } catch {
    throw new BundleError('damaged');
  }
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) throw new BundleError('damaged');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let head: unknown;
  try {
    head = JSON.parse(decoder.decode(bytes.subarray(0, newline)));
  } catch {
    throw new BundleError('notBundle');
  }
  const fields = head as Partial<BundleManifest> | null;
  if (fields?.format !== BUNDLE_FORMAT) throw new BundleError('notBundle');
  if (typeof fields.version === 'number' && fields.version > BUNDLE_VERSION)
    throw new BundleError('newerFormat');
  const manifest = bundleManifestSchema.safeParse(head);
  if (!manifest.success) throw new BundleError('damaged');
  const body = new Uint8Array(bytes.subarray(newline + 1));
  if ((await sha256Hex(body)) !== manifest.data.sha256) throw new BundleError('damaged');
  try {
    return { manifest: manifest.data, payload: JSON.parse(decoder.decode(body)) };
  } catch {
    throw new BundleError('damaged');
  }
}
