/**
 * The command line's zip codec, node:zlib, native: deflate for the parts the copy writes (about
 * three times less CPU than fflate at the same level on the summary sheet's XML), inflate for the
 * parts it reads, and CRC-32 (zlib's, where this Node has it). The bytes are the JavaScript
 * codec's, but for the new parts' compressed form.
 *
 * Level 2: on the summary sheet of 20,000 indicators × 5 years (54 MB of XML) it takes ~30 % less
 * CPU than level 3 for a part ~4 % larger (8.7 against 8.4 MB); level 6 takes 2.4 times level 3.
 */
import { Duplex } from 'node:stream';
import zlib, { constants, createGzip, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { GzipStream } from '../docx/bodyEntry';
import { useNativeCodec, type RawDeflate } from '../xlsx/zip';

export const nativeDeflate: RawDeflate = (piece, last) =>
  deflateRawSync(piece, { level: 2, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });

/** The Word appendix's body through node:zlib at level 3, on its thread pool. */
export const nativeGzip: GzipStream = () => Duplex.toWeb(createGzip({ level: 3 })) as ReturnType<GzipStream>;

/** zlib's CRC-32 came with Node 20.15; an older Node 20 keeps the JavaScript one. */
const zlibCrc32 = (zlib as { crc32?: (data: Uint8Array, value: number) => number }).crc32;

/** Reads and CRCs through node:zlib from now on in this process. */
export function useNodeCodec(): void {
  useNativeCodec({
    // One byte of room over the recorded size, so a part larger than it is caught.
    inflate: (data, size) => inflateRawSync(data, { maxOutputLength: size + 1 }),
    ...(zlibCrc32 ? { crc32: zlibCrc32 } : {}),
  });
}
