/**
 * The add-in on the hostile workbooks of the hardening issue (the CLI's are in tests/hardening),
 * against the strict fake host with Excel on the web's 5 MB payload limit: each gives either a
 * correct report or one Vietnamese message, with every request and response under 5 MB, and the
 * user's sheets unchanged. The 200,000-row ones are in `hostile.size.test.ts`.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import { createFakeExcel, installOfficeGlobals } from '../fake-excel';
import { HEADER, counts, indicatorRows, run } from './hostile';

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

describe('the add-in on hostile workbooks', () => {
  it('(a) stray formatting at XFD1048576 next to a real table: the table is reported, nothing else read', async () => {
    const fake = createFakeExcel([{ sheet: 'Chỉ tiêu 2020', values: [HEADER, ...indicatorRows(6)] }]);
    fake.state.sheet('Chỉ tiêu 2020').editFormat(1_048_575, 16_383, (f) => (f.numberFormat = '0.00'));
    const { result } = await run(fake);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.counts).toEqual(counts(6));
    expect(result.report.tables.map((t) => t.range)).toEqual(['A1:E7']);
    expect(result.syncs).toBe(3);
  });

  it('(c) 32,767-character strings in a name, a unit and a target: a report, no cell over Excel’s limit', async () => {
    const long = (seed: string) => seed.repeat(Math.ceil(32_767 / seed.length)).slice(0, 32_767);
    const fake = createFakeExcel([
      {
        sheet: 'Chỉ tiêu 2020',
        values: [
          HEADER,
          [1, long('Tỷ lệ hộ gia đình văn hóa '), 'Hộ', 100, 120],
          [2, 'Số hộ thoát nghèo', long('Hộ '), 10, 8],
          [3, 'Kết nạp đảng viên mới', 'Đảng viên', long('Đạt '), 11],
          [4, 'Giao quân', 'Người', 12, 12],
        ],
      },
    ]);
    const { result } = await run(fake);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.counts).toEqual({ total: 4, vuot: 1, dat: 1, chua_dat: 1, khong_danh_gia: 1 });
    let longest = 0;
    fake.state.sheet(result.sheetName).forEachCell((_r, _c, content) => {
      if (content.kind === 'const' && typeof content.value === 'string')
        longest = Math.max(longest, content.value.length);
    });
    expect(longest).toBe(32_767);
  });

  it('(d) a title merged over the header and a header cell merged across 3 columns', async () => {
    const fake = createFakeExcel([
      {
        sheet: 'Chỉ tiêu 2020',
        values: [
          ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2020'],
          ['STT', 'Chỉ tiêu', null, null, 'Đơn vị tính', 'Kế hoạch năm 2020', 'Thực hiện năm 2020'],
          ...indicatorRows(5).map(([stt, name, unit, kh, th]) => [stt, name, null, null, unit, kh, th]),
        ],
        merges: [
          { top: 0, left: 0, bottom: 0, right: 6 },
          { top: 1, left: 1, bottom: 1, right: 3 },
          ...Array.from({ length: 5 }, (_, i) => ({ top: 2 + i, left: 1, bottom: 2 + i, right: 3 })),
        ],
      },
    ]);
    const { result } = await run(fake);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.counts).toEqual(counts(5));
  });

  it('(e) the header repeated every 40 rows (a printed list): every indicator once, no header as data', async () => {
    const rows: CellValue[][] = [];
    indicatorRows(200).forEach((r, i) => {
      if (i % 40 === 0) rows.push(HEADER);
      rows.push(r);
    });
    const fake = createFakeExcel([{ sheet: 'Chỉ tiêu 2020', values: rows }]);
    const { result } = await run(fake);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.counts.total).toBe(200);
    const names = result.report.tables.flatMap((t) => t.indicators.map((i) => i.name));
    expect(new Set(names).size).toBe(200);
    expect(names.some((n) => /Chỉ tiêu$/.test(n))).toBe(false);
  });

  it('(f) numbers written as text with spaces and non-breaking spaces', async () => {
    const fake = createFakeExcel([
      {
        sheet: 'Chỉ tiêu 2020',
        values: [
          HEADER,
          [1, 'Thu ngân sách', 'Triệu đồng', ' 1.282 ', '\u00a01.500,5\u00a0'],
          [2, 'Tỷ lệ hộ gia đình văn hóa', '%', '90\u00a0', ' 92,5'],
          [3, 'Số hộ nghèo', 'Hộ', '\u00a012', '12 '],
        ],
      },
    ]);
    const { result } = await run(fake);
    if (!result.ok) throw new Error(result.message);
    const figures = result.report.tables[0].indicators.map((i) => [i.periods[0].target, i.periods[0].actual]);
    expect(figures).toEqual([
      [1282, 1500.5],
      [90, 92.5],
      [12, 12],
    ]);
  });

  it('(g) an error in every figure cell: every indicator "không đánh giá", a report all the same', async () => {
    const fake = createFakeExcel([
      {
        sheet: 'Chỉ tiêu 2020',
        values: [
          HEADER,
          ...indicatorRows(4).map(([stt, name, unit]) => [stt, name, unit, { error: '#DIV/0!' }, { error: '#N/A' }]),
        ],
      },
    ]);
    const { result } = await run(fake);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.counts).toEqual({ total: 4, vuot: 0, dat: 0, chua_dat: 0, khong_danh_gia: 4 });
  });
});
