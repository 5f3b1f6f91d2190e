/**
 * A minimal zip container for .xlsx packages: reads the central directory of an existing file and
 * writes a new one where untouched entries keep their compressed bytes as they were (no inflate,
 * no re-deflate: the parts are byte-for-byte the input's), and new or edited entries are deflated
 * with node:zlib.
 *
 * Supports what Office packages use: stored (0) and deflated (8) entries, data descriptors, zip64
 * sizes and offsets on reading, bytes prepended to the archive. Encrypted entries, multi-disk
 * archives and other methods are refused with `UnsupportedPackageError`. The written archive is a
 * plain (non-zip64) zip, so it is limited to 4 GiB, far beyond any workbook.
 */
import { crc32 as nodeCrc32, deflateRawSync, inflateRawSync } from 'node:zlib';

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

/** The uncompressed bytes of an entry. */
export function entryBytes(entry: ZipEntry): Buffer {
  // Inflated into one buffer of the entry's size: no chunks to join (most of the time of a big part).
  const chunkSize = Math.min(Math.max(entry.size + 1, 64 * 1024), 256 * 1024 * 1024);
  const out = entry.method === 0 ? Buffer.from(entry.data) : inflateRawSync(entry.data, { chunkSize });
  if (out.length !== entry.size) throw new UnsupportedPackageError(`bad size of ${entry.name}`);
  return out;
}

/** The entry as text: UTF-8, or UTF-16 when it starts with that byte-order mark (a UTF-8 one dropped). */
export function entryText(entry: ZipEntry): string {
  const bytes = entryBytes(entry);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

let crcTable: Int32Array | null = null;

/** CRC-32 of the bytes, continuing from `crc`: node:zlib's when it has one (Node ≥ 20.15), else a table. */
export function crc32(data: Uint8Array, crc = 0): number {
  if (typeof nodeCrc32 === 'function') return nodeCrc32(data, crc) >>> 0;
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** A new entry: its content deflated now (level 6 unless told otherwise). */
export function newEntry(name: string, content: Uint8Array | string, level = 6): ZipEntry {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return deflatedEntry(name, data.length, deflateRawSync(data, { level }), crc32(data));
}

/** A new entry from content of `size` bytes already deflated (raw deflate), with its CRC. */
export function deflatedEntry(name: string, size: number, compressed: Uint8Array, crc: number): ZipEntry {
  const nameBytes = Buffer.from(name, 'utf8');
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
 * The fields a local header and its central-directory record share, in the same order (APPNOTE
 * 4.3.7, 4.3.12): version needed, flags (no data descriptor: sizes and CRC are known), method,
 * time, date, CRC, compressed and uncompressed sizes, name length.
 */
function writeHeaderFields(out: Buffer, e: ZipEntry, at: number): void {
  out.writeUInt16LE(e.versionNeeded, at);
  out.writeUInt16LE(e.flags & ~FLAG_DATA_DESCRIPTOR, at + 2);
  out.writeUInt16LE(e.method, at + 4);
  out.writeUInt16LE(e.time, at + 6);
  out.writeUInt16LE(e.date, at + 8);
  out.writeUInt32LE(e.crc >>> 0, at + 10);
  out.writeUInt32LE(e.data.length, at + 14);
  out.writeUInt32LE(e.size, at + 18);
  out.writeUInt16LE(e.nameBytes.length, at + 22);
}

/**
 * The zip of `entries`, in order: local headers rebuilt from each entry's central-directory
 * facts (sizes and CRC in the header, no data descriptor, no extra fields), data copied as is.
 */
export function writeZip(entries: ZipEntry[]): Buffer {
  let total = 22;
  for (const e of entries) total += 30 + e.nameBytes.length + e.data.length + 46 + e.nameBytes.length;
  if (total > MAX32) throw new UnsupportedPackageError('output larger than 4 GiB');
  const out = Buffer.allocUnsafe(total);
  const offsets: number[] = [];
  let p = 0;
  for (const e of entries) {
    if (e.size > MAX32 || e.compressedSize > MAX32) throw new UnsupportedPackageError('zip64 entry');
    offsets.push(p);
    out.writeUInt32LE(SIG_LOCAL, p);
    writeHeaderFields(out, e, p + 4);
    out.writeUInt16LE(0, p + 28);
    out.set(e.nameBytes, p + 30);
    p += 30 + e.nameBytes.length;
    out.set(e.data, p);
    p += e.data.length;
  }
  const cdStart = p;
  entries.forEach((e, i) => {
    out.writeUInt32LE(SIG_CENTRAL, p);
    out.writeUInt16LE(e.versionMadeBy, p + 4);
    writeHeaderFields(out, e, p + 6);
    out.writeUInt16LE(0, p + 30);
    out.writeUInt16LE(0, p + 32);
    out.writeUInt16LE(0, p + 34);
    out.writeUInt16LE(e.internalAttributes, p + 36);
    out.writeUInt32LE(e.externalAttributes >>> 0, p + 38);
    out.writeUInt32LE(offsets[i], p + 42);
    out.set(e.nameBytes, p + 46);
    p += 46 + e.nameBytes.length;
  });
  if (entries.length > 0xffff) throw new UnsupportedPackageError('too many zip entries');
  out.writeUInt32LE(SIG_EOCD, p);
  out.writeUInt16LE(0, p + 4);
  out.writeUInt16LE(0, p + 6);
  out.writeUInt16LE(entries.length, p + 8);
  out.writeUInt16LE(entries.length, p + 10);
  out.writeUInt32LE(p - cdStart, p + 12);
  out.writeUInt32LE(cdStart, p + 16);
  out.writeUInt16LE(0, p + 20);
  return out;
}
