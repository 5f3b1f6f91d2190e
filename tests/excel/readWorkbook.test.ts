/**
 * The office-js reader gives the engine the same grids as the ExcelJS reader, in two syncs,
 * reading only the cells that hold values, offset-correct from A1, and never chitieu's own sheet.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { parseAreaList, sheetOfNameFormula, splitSheetAddress } from '../../src/excel/address';
import { OWN_SHEET_MARK as CLI_MARK } from '../../src/core/sheetName';
import { EMPTY_WORKBOOK_MESSAGE, OWN_SHEET_MARK, READ_WINDOW, readWorkbook } from '../../src/excel/readWorkbook';
import { createFakeExcel, installOfficeGlobals, WorkbookState, type SeedGrid } from '../fake-excel';
import { FIXTURE_NAMES, fixtureGrids } from './helpers';

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

async function read(fake: ReturnType<typeof createFakeExcel>) {
  const r = await readWorkbook(fake.context);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('office-js reader: same grids as the ExcelJS reader', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: grids equal the CLI reader's (values, number formats, merges), in 2 syncs`, async () => {
      const grids = await fixtureGrids(name);
      const fake = createFakeExcel(grids);
      const r = await read(fake);
      expect(r.grids).toEqual(grids);
      expect(r.syncs).toBe(2);
      expect(fake.syncCount).toBe(2);
    });
  }

  it('marks the same sheets as the CLI (one workbook name, chitieu.BaoCao)', () => {
    expect(OWN_SHEET_MARK).toBe(CLI_MARK);
  });
});

describe('office-js reader: cells', () => {
  const offsetGrid: SeedGrid = {
    sheet: "Bà O'Hara, 2020",
    values: [
      [],
      [],
      [],
      [],
      [null, null, 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ'],
      [null, null, 'Thu', 10, 12, { error: '#DIV/0!' }],
      [null, null, 'Chi', 0.5, true, 120],
    ],
    numberFormats: [[], [], [], [], [], [null, null, null, '#,##0', '#,##0'], [null, null, null, '0.0%']],
    formulas: [
      [],
      [],
      [],
      [],
      [],
      [null, null, null, null, null, '=E6/0'],
      [null, null, null, null, null, '=E6/D6*100'],
    ],
    merges: [{ top: 4, left: 2, bottom: 4, right: 3 }],
  };

  /** What the reader gives of `offsetGrid`: formula cells as their values (their texts are not loaded). */
  const { formulas: _formulas, ...offsetRead } = offsetGrid;

  it('a block starting at C5 lands at values[4][2]; errors and formats are kept, formulas read as values', async () => {
    const fake = createFakeExcel([offsetGrid]);
    const r = await read(fake);
    expect(r.grids).toEqual([offsetRead]);
  });

  it('formatting alone, even down to XFD1048576, widens nothing that is loaded', async () => {
    const fake = createFakeExcel([offsetGrid]);
    fake.state.sheet(offsetGrid.sheet).strayFormat = { row: 1_048_575, col: 16_383 };
    const r = await read(fake);
    expect(r.grids).toEqual([offsetRead]);
    expect(r.clipped).toEqual([]);
    expect(fake.syncs[1].responseBytes).toBeLessThan(5_000);
  });

  it('a stray value beyond the read window is not loaded, and the sheet is reported as clipped', async () => {
    const grid: Grid = {
      sheet: 'Dữ liệu',
      values: [
        ['Chỉ tiêu', 'Thực hiện'],
        ['Thu', 5],
      ],
    };
    const fake = createFakeExcel([grid]);
    fake.state.sheet('Dữ liệu').setContent(READ_WINDOW.bottom + 50_000, 3, { kind: 'const', value: 'x' });
    fake.state.sheet('Dữ liệu').setContent(2, READ_WINDOW.right + 500, { kind: 'const', value: 'y' });
    const r = await read(fake);
    expect(r.grids).toEqual([grid]);
    expect(r.clipped).toEqual(['Dữ liệu']);
    expect(fake.syncs[1].responseBytes).toBeLessThan(5_000);
  });

  it('trailing empty cells (a formula returning "") are trimmed; an empty sheet gives values []', async () => {
    const state = WorkbookState.fromGrids([
      { sheet: 'A', values: [['x', 1]] },
      { sheet: 'Trống', values: [] },
    ]);
    state.sheet('A').setContent(3, 5, { kind: 'formula', formula: '=""', cached: '', seeded: true });
    const r = await read(createFakeExcel(state));
    expect(r.grids).toEqual([
      { sheet: 'A', values: [['x', 1]] },
      { sheet: 'Trống', values: [] },
    ]);
  });

  it('a workbook without any value is refused with a Vietnamese message', async () => {
    const r = await readWorkbook(createFakeExcel([{ sheet: 'Sheet1', values: [] }]).context);
    expect(r).toMatchObject({ ok: false, message: EMPTY_WORKBOOK_MESSAGE });
  });
});

describe("office-js reader: chitieu's own sheet", () => {
  async function withOwnSheet(name: string) {
    const fake = createFakeExcel(await fixtureGrids('phuc-dong-2020'));
    const own = fake.state.addSheet(name);
    own.setContent(0, 0, { kind: 'const', value: 'Chỉ tiêu' });
    fake.state.addName(OWN_SHEET_MARK, own, { top: 0, left: 0, bottom: 0, right: 0 });
    return fake;
  }

  it('the sheet the chitieu.BaoCao name points at is skipped, whatever it is called now', async () => {
    const fake = await withOwnSheet('Bản của tôi (đã đổi tên)');
    const r = await read(fake);
    expect(r.grids.map((g) => g.sheet)).toEqual(['Chỉ tiêu 2020']);
    expect(r.ownSheets).toEqual(['Bản của tôi (đã đổi tên)']);
    expect(r.workbook).toEqual({
      sheetNames: ['Chỉ tiêu 2020', 'Bản của tôi (đã đổi tên)'],
      ownSheet: 'Bản của tôi (đã đổi tên)',
      markExists: true,
      calculationMode: 'Automatic',
    });
  });

  it('a mark left pointing at #REF! skips nothing and is reported for deletion', async () => {
    const fake = await withOwnSheet('Tạm');
    fake.state.deleteSheet(fake.state.sheet('Tạm'));
    const r = await read(fake);
    expect(r.grids.map((g) => g.sheet)).toEqual(['Chỉ tiêu 2020']);
    expect(r.workbook).toMatchObject({ ownSheet: null, markExists: true });
  });
});

describe('office-js reader: merged areas', () => {
  it('more than 512 merged areas (Excel fails the request) → read again without merges, 3 syncs', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => [`Nhóm ${i}`]);
    const grid: Grid = {
      sheet: 'Nhiều ô gộp',
      values: rows,
      merges: rows.map((_, i) => ({ top: i, left: 0, bottom: i, right: 2 })),
    };
    const fake = createFakeExcel([
      grid,
      { sheet: 'Khác', values: [['a']], merges: [{ top: 0, left: 0, bottom: 1, right: 0 }] },
    ]);
    const r = await read(fake);
    expect(r.syncs).toBe(3);
    expect(fake.syncs.map((s) => s.failed ?? 'ok')).toEqual(['ok', 'GeneralException', 'ok']);
    expect(r.grids[0]).toEqual({ sheet: 'Nhiều ô gộp', values: rows });
    expect(r.grids[1].merges).toBeUndefined();
  });

  it('without ExcelApi 1.13 merges are not asked for', async () => {
    restore();
    restore = installOfficeGlobals({ excelApiMinor: 12 }).restore;
    const grids = await fixtureGrids('duc-giang-2015-2020');
    const r = await read(createFakeExcel(grids));
    expect(r.grids[0].merges).toBeUndefined();
    expect(r.grids[0].values).toEqual(grids[0].values);
  });
});

describe('A1 addresses from office-js', () => {
  it('sheet names with quotes, commas and "!" are split correctly', () => {
    expect(splitSheetAddress("'Chỉ tiêu 2020'!A5:O14")).toEqual({ sheet: 'Chỉ tiêu 2020', ref: 'A5:O14' });
    expect(splitSheetAddress("'Bà O''Hara'!B2")).toEqual({ sheet: "Bà O'Hara", ref: 'B2' });
    expect(splitSheetAddress('Sheet1!C3')).toEqual({ sheet: 'Sheet1', ref: 'C3' });
    expect(parseAreaList("'a,b!c'!A1:B2,'a,b!c'!D4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    expect(sheetOfNameFormula("='Báo cáo chỉ tiêu (2)'!$A$1")).toBe('Báo cáo chỉ tiêu (2)');
    expect(sheetOfNameFormula('=BaoCao!$A$1')).toBe('BaoCao');
    expect(sheetOfNameFormula('=#REF!$A$1')).toBeNull();
  });
});
