/**
 * The command line deflates the copy's new parts with node:zlib: the pieces, each compressed on its
 * own, join into one deflate stream that any inflater (here fflate's and zlib's) reads back whole,
 * and the copy holds the same parts, byte for byte once unzipped, as the copy deflated by fflate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { inflateSync, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { nativeDeflate } from '../../src/cli/nativeDeflate';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { injectReportSheet } from '../../src/xlsx/inject';
import { concatBytes } from '../../src/xlsx/zip';
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
