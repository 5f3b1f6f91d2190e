/**
 * Banded reading of the long sheets (the size tests: the `size` vitest project, which
 * `npm run test:quick` skips): 30,000 and 100,000 indicators on one sheet, 36,000 over three, each
 * read whole, every response under Excel on the web's 5 MB, in at most one sync more than the
 * bytes need; rows heavier below the first band read again in smaller bands; and a whole report
 * of 20,000 indicators read in bands and written in parts.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateReport, writeInParts, type Progress } from '../../src/excel/runInExcel';
import { createFakeExcel, installOfficeGlobals, WEB_PAYLOAD_LIMIT } from '../fake-excel';
import { describeSyncs, expectAllUnderLimit, fewestSyncs, mb, named, read, spyMergeQueries } from './bands';
import { bigWorkbook } from './helpers';

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

describe('banded reading: long sheets are read whole, every response under 5 MB', () => {
  /** A one-sheet table of `n` indicators: read whole, not clipped, in at most one sync more than the bytes need. */
  async function expectReadWhole(n: number) {
    const grid = bigWorkbook(n);
    const fake = createFakeExcel([grid]);
    const r = await read(fake);
    expect(r.grids).toEqual([grid]);
    expect(r.clipped).toEqual([]);
    expectAllUnderLimit(fake);
    const fewest = fewestSyncs(fake);
    console.log(
      `${n.toLocaleString('en')} indicators: ${r.syncs} read syncs (fewest possible ${fewest}); ` +
        `responses ${describeSyncs(fake)}`,
    );
    expect(r.syncs).toBeGreaterThan(2);
    expect(r.syncs).toBeLessThanOrEqual(fewest + 1);
  }

  it('30,000 indicators (30,603 rows): grid equal to the sheet, not clipped, 2 syncs + the bands the bytes need', () =>
    expectReadWhole(30_000));

  it("the engine's maximum, 100,000 indicators (102,003 rows): read whole, every response under 5 MB", () =>
    expectReadWhole(100_000));

  it('several long sheets: each read whole; bands of several sheets share a sync', async () => {
    const grids = [
      named(bigWorkbook(15_000), 'Năm 2019'),
      { sheet: 'Ghi chú', values: [['Số liệu tạm tính']] },
      named(bigWorkbook(12_000), 'Năm 2020'),
      named(bigWorkbook(9_000), 'Năm 2021'),
    ];
    const fake = createFakeExcel(grids);
    const asked = spyMergeQueries(fake);
    const r = await read(fake);
    expect(r.grids).toEqual(grids);
    expect(r.clipped).toEqual([]);
    expectAllUnderLimit(fake);
    const sheetsPerSync = new Map<number, Set<string>>();
    for (const q of asked) sheetsPerSync.set(q.sync, (sheetsPerSync.get(q.sync) ?? new Set()).add(q.sheet));
    const shared = [...sheetsPerSync].filter(([sync, sheets]) => sync > 2 && sheets.size > 1);
    console.log(
      `3 long sheets (36,000 indicators): ${r.syncs} read syncs (fewest possible ${fewestSyncs(fake)}); ` +
        `responses ${describeSyncs(fake)}`,
    );
    expect(shared.length).toBeGreaterThan(0);
    expect(r.syncs).toBeLessThanOrEqual(fewestSyncs(fake) + 1);
  });
});

describe('banded reading: rows heavier further down than the first band measured', () => {
  it('rows heavier further down than measured: the response over the limit is read again in smaller bands', async () => {
    const grid = bigWorkbook(25_000);
    // Long notes from row 15,000 on: the first band measured short rows only.
    for (const row of grid.values.slice(15_000)) {
      while (row.length < 6) row.push(null);
      row.push(`Ghi chú: ${'số liệu ước tính '.repeat(12)}`);
    }
    const fake = createFakeExcel([grid]);
    const r = await read(fake);
    expect(r.grids).toEqual([grid]);
    const failed = fake.syncs.filter((s) => s.failed);
    console.log(`heavier rows below: ${r.syncs} read syncs; responses ${describeSyncs(fake)}`);
    expect(failed.length).toBeGreaterThan(0);
    for (const s of failed) expect(s.failed).toBe('ResponsePayloadSizeLimitExceeded');
    for (const s of fake.syncs.filter((x) => !x.failed)) expect(s.responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
  });
});

describe('generateReport on a long table, against Excel on the web', () => {
  it('20,000 indicators: read in bands, report written in parts, each part shown in the progress', async () => {
    const grid = bigWorkbook(20_000);
    const fake = createFakeExcel([grid]);
    const progress: Progress[] = [];
    const r = await generateReport(fake.context, {}, (p) => progress.push(p), { today: new Date(2020, 11, 15) });
    console.log(
      `generateReport, 20,000 indicators: ${fake.syncCount} syncs; responses ${describeSyncs(fake)}; ` +
        `requests ${fake.syncs.map((s) => mb(s.requestBytes)).join(', ')}`,
    );
    expect(r.ok ? '' : r.message).toBe('');
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(fake.syncCount).toBe(r.syncs);
    expectAllUnderLimit(fake);
    const parts = progress.filter((p) => p.step === 'write' && p.fraction !== undefined);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => p.message)).toEqual(parts.map((_, i) => writeInParts(i + 1, parts.length)));
    expect(progress.at(-1)?.step).toBe('done');
  }, 120_000);
});
