/**
 * Shared setup of the office-js adapter tests: fixtures read by the CLI reader (ExcelJS) seed the
 * fake host; the `Office`/`Excel` globals are stubbed; figure cells are compared with the engine's.
 */
/// <reference types="office-js" />
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { readWorkbook as readXlsx } from '../../src/cli/readWorkbook';
import type { Grid } from '../../src/core/grid';
import type { ReportSheetModel } from '../../src/core/report';
import type { WorkbookState } from '../fake-excel';

export const FIXTURES = resolve(__dirname, '../fixtures');
export const FIXTURE_NAMES = ['phuc-dong-2020', 'duc-giang-2015-2020', 'so-lieu-dai-2018-2020'];

/** The workbooks kept with the tests (the §7 fixtures). */
export const OWN_FIXTURES = resolve(__dirname, '../fixtures');

export async function fixtureGrids(name: string, dir = FIXTURES): Promise<Grid[]> {
  const read = await readXlsx(resolve(dir, `${name}.xlsx`));
  if (!read.ok) throw new Error(read.message);
  return read.grids;
}

/**
 * Every model cell with an `expected` figure, read back from the fake's sheet (formulas evaluated by
 * HyperFormula): numbers within half a unit of the shown decimals (1e-9 relative when shown as
 * read), texts equal. Returns how many cells were checked.
 */
export function expectFiguresMatch(state: WorkbookState, sheetName: string, model: ReportSheetModel): number {
  const sheet = state.sheet(sheetName);
  const checked = model.cells.filter((c) => c.formula && c.expected);
  for (const c of checked) {
    const got = state.valueOf(sheet, c.row, c.col);
    const want = c.expected!.value;
    const where = `${sheetName}!R${c.row + 1}C${c.col + 1} ${c.formula}`;
    if (typeof want === 'number') {
      expect(typeof got, where).toBe('number');
      const d = c.expected!.decimals;
      const tolerance = d === null ? 1e-9 * Math.max(1, Math.abs(want)) : 0.5 * 10 ** -d + 1e-9;
      expect(Math.abs((got as number) - want), `${where}: ${String(got)} vs ${want}`).toBeLessThanOrEqual(tolerance);
    } else if (want === null) {
      expect(got === '' || got === null, `${where}: ${JSON.stringify(got)} vs empty`).toBe(true);
    } else {
      expect(got, where).toBe(want);
    }
  }
  return checked.length;
}

/** A single-sheet annual workbook with `n` indicators, sections every 50, a merged title. */
/**
 * Names of the generated tables' indicators, one per unit: indicators the dictionary knows, so that
 * the size tests measure the table itself (an indicator whose direction nobody states gets a note
 * on its name in the sheet: a table of thousands of them writes thousands of notes).
 */
const BIG_NAMES: Record<string, string> = {
  'Triệu đồng': 'Thu ngân sách từ nguồn',
  '%': 'Tỷ lệ hộ gia đình văn hóa tại tổ dân phố',
  Hộ: 'Số hộ thoát nghèo tại tổ',
  'Đảng viên': 'Kết nạp đảng viên mới tại chi bộ',
};

export function bigWorkbook(n: number): Grid {
  const units = ['Triệu đồng', '%', 'Hộ', 'Đảng viên'];
  const names = BIG_NAMES;
  const values: Grid['values'] = [
    ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2020'],
    [],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2020', 'Thực hiện năm 2020', 'Thực hiện cùng kỳ năm 2019'],
  ];
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i++) {
    if (i % 50 === 0) values.push([`S${i / 50 + 1}`, `NHÓM CHỈ TIÊU ${i / 50 + 1}`]);
    const unit = units[i % units.length];
    const plan = unit === '%' ? 80 + Math.round(rnd() * 150) / 10 : Math.round(10 + rnd() * 1000);
    const actual = unit === '%' ? Math.round(plan * (0.9 + rnd() * 0.2) * 10) / 10 : Math.round(plan * (0.6 + rnd()));
    const previous =
      unit === '%' ? Math.round((actual - rnd() * 3) * 10) / 10 : Math.round(actual * (0.7 + rnd() * 0.5));
    values.push([i + 1, `${names[unit]} số ${i + 1}`, unit, plan, actual, previous]);
  }
  return { sheet: 'Chỉ tiêu 2020', values, merges: [{ top: 0, left: 0, bottom: 0, right: 5 }] };
}

/**
 * A term table like the bench's (`scripts/bench.ts`): STT | Chỉ tiêu | ĐVT | per year a merged
 * "Năm YYYY" over KH | TH, a Roman section row every 40 indicators, four units in turn.
 */
export function bigTermWorkbook(n: number, years = 5): Grid {
  const units = ['Triệu đồng', '%', 'Hộ', 'Đảng viên'];
  const yearList = Array.from({ length: years }, (_, i) => 2016 + i);
  const values: Grid['values'] = [
    [`KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN ${yearList[0]} - ${yearList[years - 1]}`],
    [],
    ['STT', 'Chỉ tiêu', 'ĐVT', ...yearList.flatMap((y) => [`Năm ${y}`, null])],
    [null, null, null, ...yearList.flatMap(() => ['KH', 'TH'])],
  ];
  const merges = [0, 1, 2].map((c) => ({ top: 2, left: c, bottom: 3, right: c }));
  yearList.forEach((_, i) => merges.push({ top: 2, left: 3 + 2 * i, bottom: 2, right: 4 + 2 * i }));
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  let seed = 11;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i++) {
    if (i % 40 === 0) values.push([roman[(i / 40) % 10] ?? 'I', `NHÓM CHỈ TIÊU ${i / 40 + 1}`]);
    const unit = units[i % units.length];
    const row: Grid['values'][number] = [i + 1, `${BIG_NAMES[unit]} số ${i + 1}`, unit];
    for (let y = 0; y < years; y++) {
      const plan = unit === '%' ? 70 + Math.round(rnd() * 200) / 10 : Math.round(10 + rnd() * 1000);
      row.push(plan, Math.round(plan * (0.85 + rnd() * 0.3) * 10) / 10);
    }
    values.push(row);
  }
  return { sheet: 'Chỉ tiêu nhiệm kỳ', values, merges };
}
