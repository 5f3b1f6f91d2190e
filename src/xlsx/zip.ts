/**
 * A minimal zip container for .xlsx packages: reads the central directory of an existing file and
 * writes a new one where untouched entries keep their compressed bytes as they were (no inflate,
 * no re-deflate: the parts are byte-for-byte the input's), and new or edited entries are deflated
 * by fflate — plain JavaScript on Uint8Arrays, so the same code runs in Node and in a browser.
 *
 * Supports what Office packages use: stored (0) and deflated (8) entries, data descriptors, zip64
 * sizes and offsets on reading, bytes prepended to the archive. Encrypted entries, multi-disk
 * archives and other methods are refused with `UnsupportedPackageError`. The written archive is a
 * plain (non-zip64) zip, so it is limited to 4 GiB, far beyond any workbook.
 */
import { deflateSync, inflateSync, type DeflateOptions } from 'fflate';

/** A deflate level as fflate types it (0–9). */
export type DeflateLevel = NonNullable<DeflateOptions['level']>;

/** The input is a zip/package shape the injector does not handle; the caller may fall back. */
export class UnsupportedPackageError extends Error {
  override name = 'UnsupportedPackageError';
}

/** An entry is encrypted (ZipCrypto or AES): a zip protected by a password, not a plain package. */
export class EncryptedZipError extends UnsupportedPackageError {
  override name = 'EncryptedZipError';
}

/** One entry of a zip, its data still compressed. */
export interface ZipEntry {
  /** Entry name as decoded text (UTF-8 when flagged, else CP437 read as latin1). */
  name: string;
  /** Name bytes exactly as stored. */
  nameBytes: Uint8Array;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  internalAttributes: number;
  externalAttributes: number;
  /** The compressed data (a view into the input). */
  data: Uint8Array;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const MAX32 = 0xffffffff;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DATA_DESCRIPTOR = 0x8;
const FLAG_UTF8 = 0x800;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(dv: DataView, at: number): number {
  const n = dv.getBigUint64(at, true);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new UnsupportedPackageError('zip64 value too large');
  return Number(n);
}

function findEndOfCentralDirectory(dv: DataView): number {
  const min = Math.max(0, dv.byteLength - 22 - 0xffff);
  for (let i = dv.byteLength - 22; i >= min; i--) {
    if (dv.getUint32(i, true) === SIG_EOCD) return i;
  }
  throw new UnsupportedPackageError('no end of central directory');
}

/** The entries of a zip, in central-directory order. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  const eocd = findEndOfCentralDirectory(dv);
  let count = dv.getUint16(eocd + 10, true);
  let cdSize = dv.getUint32(eocd + 12, true);
  let cdOffset = dv.getUint32(eocd + 16, true);
  let cdEnd = eocd;
  if (dv.getUint16(eocd + 4, true) !== 0 || dv.getUint16(eocd + 6, true) !== 0) {
    throw new UnsupportedPackageError('multi-disk zip');
  }
  if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) {
    const locator = eocd - 20;
    if (locator < 0 || dv.getUint32(locator, true) !== SIG_EOCD64_LOCATOR)
      throw new UnsupportedPackageError('zip64 locator missing');
    const at = u64(dv, locator + 8);
    if (dv.getUint32(at, true) !== SIG_EOCD64) throw new UnsupportedPackageError('zip64 end record missing');
    count = u64(dv, at + 32);
    cdSize = u64(dv, at + 40);
    cdOffset = u64(dv, at + 48);
    cdEnd = at;
  }
  // Bytes prepended to the archive (a stub) shift every offset by the same amount.
  const shift = cdEnd - cdSize - cdOffset;
  if (shift < 0) throw new UnsupportedPackageError('bad central directory offset');
  const entries: ZipEntry[] = [];
  let p = cdOffset + shift;
  for (let i = 0; i < count; i++) {
    if (dv.getUint32(p, true) !== SIG_CENTRAL) throw new UnsupportedPackageError('bad central directory entry');
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let size = dv.getUint32(p + 24, true);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    let localOffset = dv.getUint32(p + 42, true);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    // zip64 extended information: the 0xFFFFFFFF fields, in this order.
    if (size === MAX32 || compressedSize === MAX32 || localOffset === MAX32) {
      let x = p + 46 + nameLength;
      const extraEnd = x + extraLength;
      while (x + 4 <= extraEnd) {
        const id = dv.getUint16(x, true);
        const len = dv.getUint16(x + 2, true);
        if (id === 0x0001) {
          let q = x + 4;
          if (size === MAX32) ((size = u64(dv, q)), (q += 8));
          if (compressedSize === MAX32) ((compressedSize = u64(dv, q)), (q += 8));
          if (localOffset === MAX32) localOffset = u64(dv, q);
          break;
        }
        x += 4 + len;
      }
    }
    if (flags & FLAG_ENCRYPTED) throw new EncryptedZipError('encrypted zip entry');
    if (method !== 0 && method !== 8) throw new UnsupportedPackageError(`zip method ${method}`);
    const local = localOffset + shift;
    if (dv.getUint32(local, true) !== SIG_LOCAL) throw new UnsupportedPackageError('bad local header');
    const dataStart = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length) throw new UnsupportedPackageError('truncated zip entry');
    entries.push({
      name: new TextDecoder(flags & FLAG_UTF8 ? 'utf-8' : 'latin1').decode(nameBytes),
      nameBytes,
      versionMadeBy: dv.getUint16(p + 4, true),
      versionNeeded: dv.getUint16(p + 6, true),
      flags,
      method,
      time: dv.getUint16(p + 12, true),
      date: dv.getUint16(p + 14, true),
      crc: dv.getUint32(p + 16, true),
      compressedSize,
      size,
      internalAttributes: dv.getUint16(p + 36, true),
      externalAttributes: dv.getUint32(p + 38, true),
      data: bytes.subarray(dataStart, dataStart + compressedSize),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * What a host does natively, faster than the JavaScript here, with the same results: the command
 * line hands node:zlib's (`useNativeCodec`); a browser keeps fflate and the CRC below.
 */
export interface NativeCodec {
  /** Raw inflate (RFC 1951) of `data`, which should give `size` bytes; may throw on bad data. */
  inflate(data: Uint8Array, size: number): Uint8Array;
  /** CRC-32 of `data`, continuing from `crc` (the JavaScript one without). */
  crc32?: (data: Uint8Array, crc: number) => number;
}

let native: NativeCodec | null = null;

/** The host's native codec from now on in this process (null: the JavaScript one). */
export function useNativeCodec(codec: NativeCodec | null): void {
  native = codec;
}

/** The uncompressed bytes of an entry. */
export function entryBytes(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return checkedSize(entry, entry.data.slice());
  if (native) {
    // An entry the native inflate refuses, or that inflates to another size, goes to fflate
    // below, so a damaged part is refused for the same reason with either codec.
    try {
      return checkedSize(entry, native.inflate(entry.data, entry.size));
    } catch {
      /* fflate says why */
    }
  }
  // Inflated into one buffer of the entry's size (no chunks to join), one byte over to catch a
  // part larger than its recorded size.
  const out = inflateSync(entry.data, { out: new Uint8Array(entry.size + 1) });
  return checkedSize(entry, out);
}

function checkedSize(entry: ZipEntry, bytes: Uint8Array): Uint8Array {
  if (bytes.length !== entry.size) throw new UnsupportedPackageError(`bad size of ${entry.name}`);
  return bytes;
}

/** The entry as text: UTF-8, or UTF-16 when it starts with that byte-order mark (the mark dropped). */
export function entryText(entry: ZipEntry): string {
  const bytes = entryBytes(entry);
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  // TextDecoder drops the byte-order mark of its encoding by itself.
  return new TextDecoder(encoding).decode(bytes);
}

/** CRC-32 table, slice-by-4: four bytes per step, which matters on a part of tens of megabytes. */
const CRC_TABLES: Int32Array[] = (() => {
  const t0 = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t0[n] = c;
  }
  const tables = [t0];
  for (let k = 1; k < 4; k++) tables.push(t0.map((_, n) => (tables[k - 1][n] >>> 8) ^ t0[tables[k - 1][n] & 0xff]));
  return tables;
})();

/** CRC-32 (the zip one) of the bytes, continuing from `crc`. */
export function crc32(data: Uint8Array, crc = 0): number {
  if (native?.crc32) return native.crc32(data, crc);
  const [t0, t1, t2, t3] = CRC_TABLES;
  let c = ~crc;
  let i = 0;
  for (const end = data.length - 3; i < end; i += 4) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c = t3[c & 0xff] ^ t2[(c >>> 8) & 0xff] ^ t1[(c >>> 16) & 0xff] ^ t0[c >>> 24];
  }
  for (; i < data.length; i++) c = t0[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** The pieces joined into one array. */
export function concatBytes(pieces: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * A host's raw deflate (RFC 1951) of one piece of a part, faster than deflate in JavaScript where
 * the host has a native one (node:zlib): each piece is compressed on its own; a piece that is not
 * `last` ends with a sync flush (no final block, on a byte boundary), so the pieces of a part,
 * concatenated, are one deflate stream.
 */
export type RawDeflate = (piece: Uint8Array, last: boolean) => Uint8Array;

/** A new entry: its content deflated now, by the host's `deflate` if given, else fflate at `level` (default 6). */
export function newEntry(name: string, content: Uint8Array | string, level = 6, deflate?: RawDeflate): ZipEntry {
  const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const compressed = deflate ? deflate(data, true) : deflateSync(data, { level: level as DeflateLevel });
  return deflatedEntry(name, data.length, compressed, crc32(data));
}

/** A new entry from content of `size` bytes already deflated (raw deflate), with its CRC. */
export function deflatedEntry(name: string, size: number, compressed: Uint8Array, crc: number): ZipEntry {
  const nameBytes = new TextEncoder().encode(name);
  const ascii = nameBytes.length === name.length;
  const { time, date } = dosDateTime(new Date());
  return {
    name,
    nameBytes,
    versionMadeBy: 20,
    versionNeeded: 20,
    flags: ascii ? 0 : FLAG_UTF8,
    method: 8,
    time,
    date,
    crc,
    compressedSize: compressed.length,
    size,
    internalAttributes: 0,
    externalAttributes: 0,
    data: compressed,
  };
}

/**
 * The zip of `entries`, in order: local headers rebuilt from each entry's central-directory
 * facts (sizes and CRC in the header, no data descriptor, no extra fields), data copied as is.
 */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  let total = 22;
  for (const e of entries) total += 30 + e.nameBytes.length + e.data.length + 46 + e.nameBytes.length;
  if (total > MAX32) throw new UnsupportedPackageError('output larger than 4 GiB');
  if (entries.length > 0xffff) throw new UnsupportedPackageError('too many zip entries');
  const out = new Uint8Array(total);
  const dv = view(out);
  const offsets: number[] = [];
  let p = 0;
  for (const e of entries) {
    if (e.size > MAX32 || e.compressedSize > MAX32) throw new UnsupportedPackageError('zip64 entry');
    offsets.push(p);
    p = writeLocalHeader(dv, p, e);
    out.set(e.nameBytes, p);
    out.set(e.data, (p += e.nameBytes.length));
    p += e.data.length;
  }
  const cdStart = p;
  entries.forEach((e, i) => {
    p = writeCentralHeader(dv, p, e, offsets[i]);
    out.set(e.nameBytes, p);
    p += e.nameBytes.length;
  });
  writeEndOfCentralDirectory(dv, p, entries.length, cdStart);
  return out;
}

/** The fields local and central headers share, from `version needed` to the name length. */
function writeSharedFields(dv: DataView, at: number, e: ZipEntry): void {
  dv.setUint16(at, e.versionNeeded, true);
  dv.setUint16(at + 2, e.flags & ~FLAG_DATA_DESCRIPTOR, true);
  dv.setUint16(at + 4, e.method, true);
  dv.setUint16(at + 6, e.time, true);
  dv.setUint16(at + 8, e.date, true);
  dv.setUint32(at + 10, e.crc >>> 0, true);
  dv.setUint32(at + 14, e.data.length, true);
  dv.setUint32(at + 18, e.size, true);
  dv.setUint16(at + 22, e.nameBytes.length, true);
}

/** The local header (no extra field); returns where the name goes. */
function writeLocalHeader(dv: DataView, p: number, e: ZipEntry): number {
  dv.setUint32(p, SIG_LOCAL, true);
  writeSharedFields(dv, p + 4, e);
  dv.setUint16(p + 28, 0, true);
  return p + 30;
}

/** The central-directory header (no extra field, no comment); returns where the name goes. */
function writeCentralHeader(dv: DataView, p: number, e: ZipEntry, localOffset: number): number {
  dv.setUint32(p, SIG_CENTRAL, true);
  dv.setUint16(p + 4, e.versionMadeBy, true);
  writeSharedFields(dv, p + 6, e);
  for (const at of [30, 32, 34]) dv.setUint16(p + at, 0, true);
  dv.setUint16(p + 36, e.internalAttributes, true);
  dv.setUint32(p + 38, e.externalAttributes >>> 0, true);
  dv.setUint32(p + 42, localOffset, true);
  return p + 46;
}

function writeEndOfCentralDirectory(dv: DataView, p: number, count: number, cdStart: number): void {
  dv.setUint32(p, SIG_EOCD, true);
  dv.setUint32(p + 4, 0, true);
  dv.setUint16(p + 8, count, true);
  dv.setUint16(p + 10, count, true);
  dv.setUint32(p + 12, p - cdStart, true);
  dv.setUint32(p + 16, cdStart, true);
  dv.setUint16(p + 20, 0, true);
}
