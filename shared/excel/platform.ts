/**
 * Web platform pieces the engine needs that exist wherever it runs — Chromium pages and
 * workers, Electron, Node 20 — but that shared/ cannot name, since it compiles without DOM
 * or Node types. Declared here, module-locally, with only what we use.
 */

interface Encoder {
  encode(text: string): Uint8Array<ArrayBuffer>;
}
interface Decoder {
  decode(bytes: Uint8Array, options?: { stream?: boolean }): string;
}
interface ByteStreamPair {
  readonly writable: {
    getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> };
  };
  readonly readable: {
    getReader(): { read(): Promise<{ done: true; value?: undefined } | { done: false; value: Uint8Array }> };
  };
}
declare const TextEncoder: new () => Encoder;
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => Decoder;
declare const CompressionStream: new (format: 'deflate-raw') => ByteStreamPair;

const encoder = new TextEncoder();

export function encodeUtf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** A decoder for `label`; `fatal` throws on bytes that are not valid in that encoding. */
export function textDecoder(label: string, fatal: boolean): Decoder {
  return new TextDecoder(label, { fatal });
}

/** A raw-deflate compressor (native zlib underneath). */
export function deflateRawStream(): ByteStreamPair {
  return new CompressionStream('deflate-raw');
}
