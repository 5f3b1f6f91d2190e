/**
 * The hardening tests' workbooks, without vitest, so `npm run bench:bounds` times the same ones:
 * a small indicator table, and a one-sheet workbook streamed to disk with many rows.
 */
import ExcelJS from 'exceljs';

/** The header of the small table the tests build: STT, name, unit, plan 2020, done 2020. */
export const HEADER = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2020', 'Thực hiện năm 2020'];

/** `n` indicator rows `[i, 'Chỉ tiêu số i', 'Hộ', target, actual]`; every third falls short. */
export function indicatorRows(n: number, first = 1): (string | number)[][] {
  return Array.from({ length: n }, (_, k) => {
    const i = first + k;
    return [i, `Số hộ được hỗ trợ đợt ${i}`, 'Hộ', 100, i % 3 === 0 ? 80 : 120];
  });
}

/** What `indicatorRows(n)` gives: every third row is chưa đạt, the rest vượt. */
export function expectedCounts(n: number) {
  const short = Math.floor(n / 3);
  return { total: n, vuot: n - short, dat: 0, chua_dat: short, khong_danh_gia: 0 };
}

/**
 * Streams a one-sheet workbook to `path` without holding it in memory: the header, `indicators`
 * rows of `indicatorRows`, then — after two blank rows — `noise` rows of notes that are no table.
 */
export async function writeLargeWorkbook(path: string, indicators: number, noise: number): Promise<string> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet('Chỉ tiêu 2020');
  ws.addRow(HEADER).commit();
  for (let i = 1; i <= indicators; i++)
    ws.addRow([i, `Số hộ được hỗ trợ đợt ${i}`, 'Hộ', 100, i % 3 === 0 ? 80 : 120]).commit();
  if (noise > 0) {
    ws.addRow([]).commit();
    ws.addRow([]).commit();
    for (let i = 1; i <= noise; i++) ws.addRow([`Ghi chú số ${i}`, i, i * 2]).commit();
  }
  ws.commit();
  await wb.commit();
  return path;
}
