/**
 * A ZIP container for the workbooks we write (shared/excel/xlsx-writer.ts). Entries are
 * compressed by the platform's own `CompressionStream('deflate-raw')` — native zlib in
 * Chromium, workers and Node 20 alike — because a pure-JS deflate of a 240,000-row sheet
 * (about 200 MB of XML) takes longer than everything else in an export together.
 */
import { deflateRawStream, encodeUtf8 } from './platform';

const CRC_TABLE = (() => {
  const table = new Int32Array(256 * 4);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  // Slicing-by-4: four bytes per step.
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 4; k++)
      table[k * 256 + n] = (table[(k - 1) * 256 + n]! >>> 8) ^ table[table[(k - 1) * 256 + n]! & 0xff]!;
  }
  return table;
})();

/** CRC-32 of `bytes`, continuing from `crc` (0 to start). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  const t = CRC_TABLE;
  let c = ~crc;
  let i = 0;
  const end4 = bytes.length - 3;
  for (; i < end4; i += 4) {
    c ^= bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    c = t[768 + (c & 0xff)]! ^ t[512 + ((c >>> 8) & 0xff)]! ^ t[256 + ((c >>> 16) & 0xff)]! ^ t[c >>> 24]!;
  }
  for (; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

interface ZipEntry {
  name: Uint8Array;
  crc: number;
  rawSize: number;
  compressed: Uint8Array[];
  compressedSize: number;
  offset: number;
}

/** Builds a ZIP file entry by entry; each entry's content may arrive in chunks. */
export class ZipBuilder {
  private readonly entries: ZipEntry[] = [];
  private offset = 0;

  /** Adds an entry, compressing its chunks as they come. */
  async add(name: string, chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<void> {
    const stream = deflateRawStream();
    const writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    const compressed: Uint8Array[] = [];
    let compressedSize = 0;
    const draining = (async () => {
      for (;;) {
        const next = await reader.read();
        if (next.done) return;
        compressed.push(next.value);
        compressedSize += next.value.length;
      }
    })();
    let crc = 0;
    let rawSize = 0;
    try {
      for await (const chunk of chunks) {
        if (chunk.length === 0) continue;
        crc = crc32(chunk, crc);
        rawSize += chunk.length;
        await writer.write(chunk);
      }
    } finally {
      await writer.close();
      await draining;
    }
    if (rawSize >= 0xffffffff || compressedSize >= 0xffffffff) throw new Error('zip entry over 4 GB');
    const entry = { name: encodeUtf8(name), crc, rawSize, compressed, compressedSize, offset: this.offset };
    this.entries.push(entry);
    this.offset += 30 + entry.name.length + compressedSize;
  }

  /** Adds an entry from text. */
  addText(name: string, text: string): Promise<void> {
    return this.add(name, [encodeUtf8(text)]);
  }

  /** The finished file. */
  finish(): Uint8Array<ArrayBuffer> {
    let directorySize = 0;
    for (const e of this.entries) directorySize += 46 + e.name.length;
    const out = new Uint8Array(this.offset + directorySize + 22);
    const view = new DataView(out.buffer);
    let p = 0;
    for (const e of this.entries) {
      p = localHeader(view, out, p, e);
      for (const part of e.compressed) {
        out.set(part, p);
        p += part.length;
      }
    }
    const directoryStart = p;
    for (const e of this.entries) p = centralHeader(view, out, p, e);
    view.setUint32(p, 0x06054b50, true);
    view.setUint16(p + 8, this.entries.length, true);
    view.setUint16(p + 10, this.entries.length, true);
    view.setUint32(p + 12, directorySize, true);
    view.setUint32(p + 16, directoryStart, true);
    return out;
  }
}

// 1980-01-01 00:00, the earliest DOS date: the writer never reads the clock, so the same
// data always gives the same bytes.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function localHeader(view: DataView, out: Uint8Array, p: number, e: ZipEntry): number {
  view.setUint32(p, 0x04034b50, true);
  view.setUint16(p + 4, 20, true); // version needed: 2.0 (deflate)
  view.setUint16(p + 6, 0x0800, true); // names are UTF-8
  view.setUint16(p + 8, 8, true); // deflate
  view.setUint16(p + 10, 0, true);
  view.setUint16(p + 12, DOS_DATE, true);
  view.setUint32(p + 14, e.crc, true);
  view.setUint32(p + 18, e.compressedSize, true);
  view.setUint32(p + 22, e.rawSize, true);
  view.setUint16(p + 26, e.name.length, true);
  view.setUint16(p + 28, 0, true);
  out.set(e.name, p + 30);
  return p + 30 + e.name.length;
}

function centralHeader(view: DataView, out: Uint8Array, p: number, e: ZipEntry): number {
  view.setUint32(p, 0x02014b50, true);
  view.setUint16(p + 4, 20, true);
  view.setUint16(p + 6, 20, true);
  view.setUint16(p + 8, 0x0800, true);
  view.setUint16(p + 10, 8, true);
  view.setUint16(p + 12, 0, true);
  view.setUint16(p + 14, DOS_DATE, true);
  view.setUint32(p + 16, e.crc, true);
  view.setUint32(p + 20, e.compressedSize, true);
  view.setUint32(p + 24, e.rawSize, true);
  view.setUint16(p + 28, e.name.length, true);
  // extra, comment, disk, internal and external attributes: all zero
  view.setUint32(p + 42, e.offset, true);
  out.set(e.name, p + 46);
  return p + 46 + e.name.length;
}
