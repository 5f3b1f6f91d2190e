/**
 * The command line deflates the copy's new parts with node:zlib: the pieces, each compressed on its
 * own, join into one deflate stream that any inflater (here fflate's and zlib's) reads back whole,
 * and the copy holds the same parts, byte for byte once unzipped, as the copy deflated by fflate.
 * It also reads parts and computes CRCs through node:zlib: the same bytes, CRCs and refusals as
 * the JavaScript codec, a damaged entry included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { inflateSync, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { nativeDeflate, useNodeCodec } from '../../src/cli/nativeDeflate';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { injectReportSheet } from '../../src/xlsx/inject';
import { openWorkbook } from '../../src/xlsx/read';
import { concatBytes, crc32, entryBytes, readZip, useNativeCodec, type ZipEntry } from '../../src/xlsx/zip';
import { FIXTURES } from './harness';

describe('nativeDeflate: pieces of a part deflated one by one', () => {
  it('join into one stream that inflates to the part, whatever the pieces', () => {
    const piece = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc.string({ maxLength: 2000 }).map((s) => new TextEncoder().encode(s.repeat(3))),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const whole = concatBytes(pieces);
        const stream = concatBytes([
          ...pieces.map((p) => nativeDeflate(p, false)),
          nativeDeflate(new Uint8Array(0), true),
        ]);
        expect(Buffer.from(inflateSync(stream)).equals(Buffer.from(whole))).toBe(true);
        expect(inflateRawSync(stream).equals(Buffer.from(whole))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('gives a copy with the same parts as the JavaScript deflate', async () => {
    const input = join(FIXTURES, 'duc-giang-2015-2020.xlsx');
    const read = await readWorkbook(input);
    if (!read.ok) throw new Error(read.message);
    const run = runReport(read.grids);
    if (!run.ok) throw new Error(run.message);
    const model = buildReportModel(run.report, read.grids, defaultSheetSettings);
    const bytes = new Uint8Array(readFileSync(input));
    const [js, native] = [
      unzipSync((await injectReportSheet(bytes, model)).bytes),
      unzipSync((await injectReportSheet(bytes, model, { deflate: nativeDeflate })).bytes),
    ];
    expect(Object.keys(native)).toEqual(Object.keys(js));
    for (const [name, content] of Object.entries(js))
      expect(Buffer.from(native[name]).equals(Buffer.from(content)), name).toBe(true);
  });
});

/** What the JavaScript codec and node:zlib's give for `work`: its result, or the error it throws. */
function bothCodecs<T>(work: () => T): [T | string, T | string] {
  const outcome = () => {
    try {
      return work();
    } catch (err) {
      return String(err);
    }
  };
  useNativeCodec(null);
  const js = outcome();
  useNodeCodec();
  const native = outcome();
  useNativeCodec(null);
  return [js, native];
}

describe('the command line reads and checks parts through node:zlib', () => {
  afterEach(() => useNativeCodec(null));

  it('computes the zip CRC-32 of any bytes, in one piece or continued piece by piece', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.nat({ max: 5000 }), (bytes, at) => {
        const [js, native] = bothCodecs(() => {
          const cut = Math.min(at, bytes.length);
          return [crc32(bytes), crc32(bytes.subarray(cut), crc32(bytes.subarray(0, cut)))];
        });
        expect(native).toEqual(js);
      }),
      { numRuns: 200 },
    );
  });

  it.each(['duc-giang-2015-2020.xlsx', 'ngoc-thuy-2012-tcvn3.xlsx'])(
    'inflates every part of %s to the bytes fflate gives, and reads the same grids',
    (name) => {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
      const [js, native] = bothCodecs(() => readZip(bytes).map((e) => Buffer.from(entryBytes(e)).toString('hex')));
      expect(native).toEqual(js);
      const grids = bothCodecs(() => {
        // A fresh copy of the bytes: the opened package is kept per byte array.
        const wb = openWorkbook(bytes.slice());
        return wb.sheets.map((_, i) => wb.readSheet(i));
      });
      expect(grids[1]).toEqual(grids[0]);
    },
  );

  it('refuses a damaged part for the same reason as the JavaScript codec', () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'phuc-dong-2020.xlsx')));
    const entry = readZip(bytes).find((e) => e.method === 8 && e.size > 1000)!;
    const damaged: ZipEntry[] = [
      { ...entry, data: entry.data.subarray(0, entry.data.length >> 1) },
      { ...entry, size: entry.size - 1 },
      { ...entry, size: entry.size + 1 },
      { ...entry, data: entry.data.map((b, i) => (i % 7 === 3 ? b ^ 0x5a : b)) },
    ];
    for (const e of damaged) {
      const [js, native] = bothCodecs(() => Buffer.from(entryBytes(e)).toString('hex'));
      expect(native).toBe(js);
    }
    expect(bothCodecs(() => entryBytes(damaged[1]))[1]).toMatch(/bad size/);
  });
});
