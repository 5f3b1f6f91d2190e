/**
 * The add-in on the hostile workbooks of the hardening issue (the CLI's are in tests/hardening),
 * against the strict fake host with Excel on the web's 5 MB payload limit: each gives either a
 * correct report or one Vietnamese message, within 30 s, with every request and response under
 * 5 MB, and the user's sheets unchanged.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import { MAX_INDICATORS } from '../../src/core/index';
import { generateReport } from '../../src/excel/runInExcel';
import { createFakeExcel, installOfficeGlobals, type FakeExcel } from '../fake-excel';

const LIMIT_MS = 30_000;
const FIVE_MB = 5_000_000;
const HEADER = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2020', 'Thực hiện năm 2020'];

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

/** n indicators, every third one not met (80 of 100), the others exceeded (120 of 100). */
function indicatorRows(n: number): CellValue[][] {
  return Array.from({ length: n }, (_, k) => {
    const i = k + 1;
    return [i, `Số hộ được hỗ trợ đợt ${i}`, 'Hộ', 100, i % 3 === 0 ? 80 : 120];
  });
}

const counts = (n: number) => {
  const notMet = Math.floor(n / 3);
  return { total: n, vuot: n - notMet, dat: 0, chua_dat: notMet, khong_danh_gia: 0 };
};

/** Runs the add-in; checks time, payloads and that the user's sheets are unchanged. */
async function run(fake: FakeExcel) {
  const userSheets = fake.state.sheets.map((s) => s.name);
  const before = userSheets.map((n) => fake.state.snapshot(n));
  const start = performance.now();
  const result = await generateReport(fake.newContext(), {}, undefined, { today: null });
  const ms = performance.now() - start;
  expect(ms).toBeLessThan(LIMIT_MS);
  for (const s of fake.syncs) {
    expect(s.requestBytes).toBeLessThan(FIVE_MB);
    expect(s.responseBytes).toBeLessThan(FIVE_MB);
  }
  expect(userSheets.map((n) => fake.state.snapshot(n))).toEqual(before);
  return { result, ms, newSheets: fake.state.sheets.map((s) => s.name).filter((n) => !userSheets.includes(n)) };
}

function expectOneVietnameseLine(message: string) {
  expect(message).not.toContain('\n');
  expect(message).not.toMatch(/Error:|at .*\(|undefined|TypeError/);
  expect(message).toMatch(/[ạảãàáâậầấẩẫăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữự]/i);
}

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

  it('(b) a table followed by 200,000 rows of notes: the table is reported; the sheet is read in bands', async () => {
    const notes: CellValue[][] = Array.from({ length: 200_000 }, (_, k) => [`Ghi chú số ${k + 1}`, k + 1, 2 * k]);
    const fake = createFakeExcel([
      { sheet: 'Chỉ tiêu 2020', values: [HEADER, ...indicatorRows(30), [], [], ...notes] },
    ]);
    const { result, ms } = await run(fake);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.counts).toEqual(counts(30));
    // Rows past the read window (120,000) are not read, and the user is told so.
    expect(result.warnings.join(' ')).toContain('Chỉ tiêu 2020');
    console.log(`table + 200,000 rows of notes: ${result.syncs} syncs, ${Math.round(ms)} ms (fake host)`);
  });

  it('(b) a table of 200,000 indicator rows: one Vietnamese line, nothing written', async () => {
    const fake = createFakeExcel([{ sheet: 'Chỉ tiêu 2020', values: [HEADER, ...indicatorRows(200_000)] }]);
    const { result, newSheets, ms } = await run(fake);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expectOneVietnameseLine(result.message);
    expect(result.message).toContain(MAX_INDICATORS.toLocaleString('vi-VN'));
    expect(newSheets).toEqual([]);
    expect(fake.state.names.size).toBe(0);
    console.log(`200,000 indicator rows: refused after ${result.syncs} syncs, ${Math.round(ms)} ms (fake host)`);
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
