/**
 * The task pane's office-js helpers on the fake host: analyzeWorkbook reads and runs the engine in
 * 2 syncs and writes nothing, lists excluded tables too, and tells the inferred direction of an
 * overridden indicator; selectCell activates the sheet and selects the cell (2 syncs), and a sheet
 * that is gone is a Vietnamese message.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_TABLE_MESSAGE, tableKey } from '../../src/core/index';
import { analyzeWorkbook, overrideKey } from '../../src/excel/analyze';
import { HOST_TOO_OLD_MESSAGE } from '../../src/excel/runInExcel';
import { selectCell } from '../../src/excel/selectCell';
import { installRangeSelect, selectionOf } from '../e2e/host/select';
import { createFakeExcel, installOfficeGlobals } from '../fake-excel';
import { fixtureGrids } from './helpers';

let restore: () => void;
beforeEach(() => {
  installRangeSelect();
  restore = installOfficeGlobals().restore;
});
afterEach(() => restore());

describe('analyzeWorkbook', () => {
  it('phuc-dong-2020: one table of 12 indicators with typed kinds, in 2 syncs, nothing written', async () => {
    const grids = await fixtureGrids('phuc-dong-2020');
    const fake = createFakeExcel(grids);
    const before = fake.state.snapshot('Chỉ tiêu 2020');
    const r = await analyzeWorkbook(fake.context);
    if (!r.ok) throw new Error(r.message);
    expect(r.syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
    expect(r.tables.map((t) => [tableKey(t), t.indicators.length])).toEqual([['Chỉ tiêu 2020!A6:H22', 12]]);
    expect(r.tables[0].indicators.map((i) => i.valueKind)).toContain('rate');
    expect(r.checks.map((c) => c.cell)).toEqual(['G15']);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Chỉ tiêu 2020']);
    expect(fake.state.snapshot('Chỉ tiêu 2020')).toEqual(before);
  });

  it('lists tables the user left out, and the inferred direction beside an override', async () => {
    const grids = [...(await fixtureGrids('phuc-dong-2020')), ...(await fixtureGrids('duc-giang-2015-2020'))];
    const fake = createFakeExcel(grids);
    const r = await analyzeWorkbook(fake.context, {
      excludedTables: ['Nhiệm kỳ 2015-2020!A5:O14'],
      directionOverrides: { 'Chỉ tiêu 2020!8': 'decrease' },
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.tables.map(tableKey)).toEqual(['Chỉ tiêu 2020!A6:H22', 'Nhiệm kỳ 2015-2020!A5:O14']);
    const thu = r.tables[0].indicators.find((i) => overrideKey(i) === 'Chỉ tiêu 2020!8')!;
    expect(thu.name).toBe('Thu ngân sách');
    expect(thu.direction).toBe('decrease');
    expect(r.autoDirections['Chỉ tiêu 2020!8']).toBe('increase');
  });

  it('a workbook without an indicator table: the engine’s Vietnamese message', async () => {
    const fake = createFakeExcel([
      {
        sheet: 'Danh sách',
        values: [
          ['STT', 'Họ và tên'],
          [1, 'Nguyễn Văn An'],
        ],
      },
    ]);
    expect(await analyzeWorkbook(fake.context)).toEqual({
      ok: false,
      code: 'no-table',
      message: NO_TABLE_MESSAGE,
      syncs: 2,
    });
  });

  it('a host below ExcelApi 1.9 is refused before any sync', async () => {
    restore();
    restore = installOfficeGlobals({ excelApiMinor: 8 }).restore;
    const fake = createFakeExcel(await fixtureGrids('phuc-dong-2020'));
    expect(await analyzeWorkbook(fake.context)).toEqual({
      ok: false,
      code: 'host-too-old',
      message: HOST_TOO_OLD_MESSAGE,
      syncs: 0,
    });
    expect(fake.syncCount).toBe(0);
  });
});

describe('selectCell', () => {
  it('activates the finding’s sheet and selects its cell, in 2 syncs', async () => {
    const grids = await fixtureGrids('phuc-dong-2020');
    const fake = createFakeExcel([{ sheet: 'Khác', values: [['x']] }, ...grids]);
    expect(await selectCell(fake.context, 'Chỉ tiêu 2020', 'G15')).toEqual({ ok: true });
    expect(fake.syncCount).toBe(2);
    expect(selectionOf(fake.state)).toEqual({ sheet: 'Chỉ tiêu 2020', address: 'G15' });
    expect(fake.state.activeSheetId).toBe(fake.state.sheet('Chỉ tiêu 2020').id);
  });

  it('a sheet renamed or deleted since the run is a Vietnamese message, nothing selected', async () => {
    const fake = createFakeExcel([{ sheet: 'Khác', values: [['x']] }]);
    const r = await selectCell(fake.context, 'Chỉ tiêu 2020', 'G15');
    expect(r).toEqual({
      ok: false,
      code: 'sheet-gone',
      message: 'Không tìm thấy trang "Chỉ tiêu 2020" (trang đã bị đổi tên hoặc xóa): hãy phân tích lại.',
    });
    expect(selectionOf(fake.state)).toBeNull();
    expect(await selectCell(fake.context, 'Khác', 'not a cell')).toMatchObject({ ok: false });
  });
});
