/**
 * The zip entry of a large part written piece by piece (the appendix's body, hundreds of MB at
 * 100,000 indicators). Deflated by the platform's own `CompressionStream` where there is one
 * (Node 18+, every current browser): native code, off the main thread in Node, several times
 * faster than deflate in JavaScript; else by fflate. The gzip form is asked for because its trailer
 * carries the CRC-32 the zip needs: the entry is the gzip stream without its 10-byte header and
 * 8-byte trailer, which is the raw deflate stream. A host may hand its own gzip stream (`GzipStream`:
 * the command line's node:zlib at level 3, as it deflates the copy; `CompressionStream` takes no
 * level and deflates at 6, a quarter more CPU for a body that shrinks little more).
 */
import { ZipDeflate, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';

export interface BodyEntry {
  /** What `Zip.add` takes. */
  file: ZipInputFile;
  push(bytes: Uint8Array): Promise<void>;
  end(): Promise<void>;
}

const GZIP_HEADER = 10;
const GZIP_TRAILER = 8;

/** fflate's level 1: the repeated table XML shrinks nearly as well as at 6, three times faster. */
const JS_LEVEL = 1;

/** A gzip compressor as a pair of web streams (`CompressionStream('gzip')` is one). */
export type GzipStream = () => { readable: ReadableStream<Uint8Array>; writable: WritableStream<BufferSource> };

export function bodyEntry(name: string, gzip?: GzipStream): BodyEntry {
  if (gzip) return new NativeEntry(name, gzip());
  return typeof CompressionStream === 'function' ? new NativeEntry(name, new CompressionStream('gzip')) : jsEntry(name);
}

function jsEntry(name: string): BodyEntry {
  const file = new ZipDeflate(name, { level: JS_LEVEL });
  return {
    file,
    push: async (bytes) => file.push(bytes, false),
    end: async () => file.push(new Uint8Array(0), true),
  };
}

class NativeEntry implements BodyEntry, ZipInputFile {
  readonly file = this;
  readonly compression = 8;
  size = 0;
  crc = 0;
  ondata?: AsyncFlateStreamHandler;
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  private readonly pumped: Promise<void>;

  constructor(
    readonly filename: string,
    gzip: ReturnType<GzipStream>,
  ) {
    this.writer = gzip.writable.getWriter();
    this.pumped = this.pump(gzip.readable.getReader());
    // Awaited by `end`; a failure before then must not surface as an unhandled rejection.
    this.pumped.catch(() => undefined);
  }

  async push(bytes: Uint8Array): Promise<void> {
    this.size += bytes.length;
    await this.writer.ready;
    // The encoder makes its bytes in an ArrayBuffer of their own, never a shared one.
    await this.writer.write(bytes as Uint8Array<ArrayBuffer>);
  }

  async end(): Promise<void> {
    await this.writer.close();
    await this.pumped;
  }

  /** Hands the deflate stream on, the header skipped and the last 8 bytes held back until the end. */
  private async pump(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    let skip = GZIP_HEADER;
    let held = new Uint8Array(0);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      let chunk = value;
      if (skip > 0) {
        if (skip === GZIP_HEADER && chunk.length > 3 && chunk[3] !== 0) throw new Error('gzip header with fields');
        const cut = Math.min(skip, chunk.length);
        chunk = chunk.subarray(cut);
        skip -= cut;
      }
      const all = new Uint8Array(held.length + chunk.length);
      all.set(held);
      all.set(chunk, held.length);
      const keep = Math.min(GZIP_TRAILER, all.length);
      held = all.slice(all.length - keep);
      if (all.length > keep) this.ondata?.(null, all.subarray(0, all.length - keep), false);
    }
    this.crc = new DataView(held.buffer, held.byteOffset, GZIP_TRAILER).getUint32(0, true);
    this.ondata?.(null, new Uint8Array(0), true);
  }
}
