/**
 * Banded reading (`src/excel/readBands.ts`) on the fake host with Excel on the web's 5 MB limit: a
 * sheet far longer than one response can carry is read whole, band by band, and stitched into the
 * grid it holds; an ordinary workbook is still read in 2 syncs; merged areas crossing a band edge
 * come out once and whole; what lies beyond the window is reported as clipped, as before.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { READ_WINDOW } from '../../src/excel/readWorkbook';
import { firstBandRows, planBatch, READ_BUDGET_BYTES } from '../../src/excel/readBands';
import { generateReport } from '../../src/excel/runInExcel';
import { createFakeExcel, installOfficeGlobals } from '../fake-excel';
import { mergesByTopLeft, read, spyMergeQueries, tileMerges } from './bands';
import { bigWorkbook, fixtureGrids } from './helpers';

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

describe('banded reading: long sheets are read whole, every response under 5 MB', () => {
  it('a 100-row workbook is still read in 2 syncs, merges and all', async () => {
    const grid = bigWorkbook(97);
    expect(grid.values.length).toBe(102);
    const fake = createFakeExcel([grid]);
    const r = await read(fake);
    expect(r.grids).toEqual([grid]);
    expect(r.syncs).toBe(2);
  });

  it('under a much smaller limit too, shrinking bands until they fit', async () => {
    const grid = bigWorkbook(12_000);
    const fake = createFakeExcel([grid], { payloadLimit: 1_000_000 });
    const r = await read(fake);
    expect(r.grids).toEqual([grid]);
    expect(fake.syncs.some((s) => s.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    for (const s of fake.syncs.filter((x) => !x.failed)) expect(s.responseBytes).toBeLessThan(1_000_000);
  });
});

describe('banded reading: merged areas', () => {
  const grid = bigWorkbook(12_000);
  const withMerges: Grid = { ...grid, merges: [...grid.merges!, ...tileMerges(grid, 97)] };

  for (const host of ['returning every area that meets the range', 'returning the areas starting in it (#3611)']) {
    it(`a merge crossing a band edge comes out once and whole (host ${host})`, async () => {
      const fake = createFakeExcel([withMerges]);
      if (host.includes('#3611')) mergesByTopLeft(fake);
      const asked = spyMergeQueries(fake);
      const r = await read(fake);
      expect(r.grids).toEqual([withMerges]);
      // The test means something only if an edge between two bands cuts through a merged area.
      const edges = asked.slice(1).map((q) => q.within.top);
      const cut = withMerges.merges!.filter((m) => edges.some((e) => m.top < e && e <= m.bottom));
      expect(cut.length).toBeGreaterThan(0);
    });
  }

  it('more than 512 merged areas in a later band → read again without merges, and no sheet keeps any', async () => {
    const many: Grid = {
      ...grid,
      merges: [
        ...grid.merges!,
        ...Array.from({ length: 600 }, (_, i) => ({ top: 11_500 + i, left: 6, bottom: 11_500 + i, right: 7 })),
      ],
    };
    expect(firstBandRows(1, 0, READ_WINDOW)).toBeLessThan(11_500);
    const fake = createFakeExcel([many]);
    const r = await read(fake);
    expect(fake.syncs.map((s) => s.failed ?? 'ok')).toEqual(['ok', 'ok', 'GeneralException', 'ok']);
    expect(r.grids).toEqual([{ sheet: grid.sheet, values: grid.values }]);
  });
});

describe('banded reading: the window', () => {
  const table: Grid = {
    sheet: 'Dữ liệu',
    values: [
      ['Chỉ tiêu', 'Thực hiện'],
      ['Thu', 5],
    ],
  };

  it('a stray value at row 150,000 (beyond A1:CV120000) is not read, and the sheet is reported as clipped', async () => {
    const fake = createFakeExcel([table]);
    fake.state.sheet('Dữ liệu').setContent(149_999, 1, { kind: 'const', value: 'x' });
    const r = await read(fake);
    expect(r.grids).toEqual([table]);
    expect(r.clipped).toEqual(['Dữ liệu']);
    expect(r.syncs).toBe(2);
    expect(fake.syncs[1].responseBytes).toBeLessThan(5_000);
  });

  it("a stray value on the window's last row is read in one small band, the empty rows between skipped", async () => {
    const fake = createFakeExcel([table]);
    fake.state.sheet('Dữ liệu').setContent(READ_WINDOW.bottom, 1, { kind: 'const', value: 'x' });
    const r = await read(fake);
    expect(r.grids[0].values.length).toBe(READ_WINDOW.bottom + 1);
    expect(r.grids[0].values[READ_WINDOW.bottom]).toEqual([null, 'x']);
    expect(r.grids[0].values.slice(0, 2)).toEqual(table.values);
    expect(r.clipped).toEqual([]);
    expect(r.syncs).toBe(3);
    expect(fake.syncs[2].responseBytes).toBeLessThan(5_000);
  });
});

describe("banded reading: chitieu's own sheet", () => {
  it('is still checked for edits (fingerprint, first data sync) when another sheet is read in bands', async () => {
    const notes: Grid = {
      sheet: 'Ghi chép',
      values: Array.from({ length: 15_000 }, (_, i) => [`Ghi chép số ${i + 1}`]),
    };
    const fake = createFakeExcel([...(await fixtureGrids('phuc-dong-2020')), notes]);
    const written = await generateReport(fake.newContext(), {}, undefined, { today: new Date(2020, 11, 15) });
    if (!written.ok) throw new Error(written.message);
    fake.resetStats();
    const unedited = await read(fake);
    expect(unedited.syncs).toBeGreaterThan(2);
    expect(unedited.grids.map((g) => g.sheet)).toEqual(['Chỉ tiêu 2020', 'Ghi chép']);
    expect(unedited.grids[1]).toEqual(notes);
    expect(unedited.ownSheetEdited).toBe(false);

    const context = fake.newContext();
    context.workbook.worksheets.getItem(written.sheetName).getRange('B9').values = [['sửa tay']];
    await context.sync();
    fake.resetStats();
    expect((await read(fake)).ownSheetEdited).toBe(true);
  });
});

describe('band planning', () => {
  const sheet = (next: number, last: number, width = 6, cellBytes = 50) => ({ next, last, width, cellBytes });

  it('packs the remaining rows of several sheets into one sync while the budget holds, then a part band', () => {
    const plan = planBatch([sheet(0, -1), sheet(100, 5_099), sheet(0, 4_999), sheet(10, 20_000)], READ_BUDGET_BYTES);
    expect(plan.slice(0, 2)).toEqual([
      { sheet: 1, rows: { top: 100, bottom: 5_099 } },
      { sheet: 2, rows: { top: 0, bottom: 4_999 } },
    ]);
    expect(plan[2].sheet).toBe(3);
    const bytes = plan.reduce((sum, b) => sum + (b.rows.bottom - b.rows.top + 1) * 6 * 50, 0);
    expect(bytes).toBeLessThanOrEqual(READ_BUDGET_BYTES);
    expect(bytes).toBeGreaterThan(READ_BUDGET_BYTES * 0.95);
  });

  it('always moves on: a row heavier than the whole budget is planned alone', () => {
    expect(planBatch([sheet(0, -1), sheet(7, 9, 100, 1e6)], READ_BUDGET_BYTES)).toEqual([
      { sheet: 1, rows: { top: 7, bottom: 7 } },
    ]);
    expect(planBatch([sheet(0, -1)], READ_BUDGET_BYTES)).toEqual([]);
  });

  it('the first band: about 5,600 rows for one sheet (800 bytes a row assumed), shared by several, less what the caller reserves', () => {
    expect(firstBandRows(1, 0, READ_WINDOW)).toBe(5_625);
    expect(firstBandRows(3, 0, READ_WINDOW)).toBe(1_875);
    expect(firstBandRows(1, 1_000_000, READ_WINDOW)).toBe(4_375);
    expect(firstBandRows(1, 0, { top: 0, left: 0, bottom: 99, right: 9 })).toBe(100);
  });
});
