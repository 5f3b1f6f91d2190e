/**
 * Banded reading of the long sheets (the size tests: the `size` vitest project, which
 * `npm run test:quick` skips): 30,000 and 100,000 indicators on one sheet, 36,000 over three, each
 * read whole, every response under Excel on the web's 5 MB, in at most one sync more than the
 * bytes need.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeExcel, installOfficeGlobals } from '../fake-excel';
import { describeSyncs, expectAllUnderLimit, fewestSyncs, named, read, spyMergeQueries } from './bands';
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
