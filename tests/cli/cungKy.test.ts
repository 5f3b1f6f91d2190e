/**
 * `chitieu report FILE --cung-ky LAST_YEAR`: a workbook whose table has no cùng kỳ column, and last
 * year's workbook (both written by ExcelJS); the report gives the sentences the table with its
 * column gives, last year's file is never changed, and a missing file is one Vietnamese line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, vi } from 'vitest';
import { main } from '../../src/cli/main';
import type { CellValue, Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { makeTempDir, sha256 } from './harness';

const HEAD: CellValue[][] = [['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG'], ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2020'], []];
const ROWS: [string, string, number, number, number][] = [
  ['Thu ngân sách', 'Triệu đồng', 10500, 36015, 30120],
  ['Kết nạp đảng viên mới', 'Đảng viên', 8, 11, 9],
  ['Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 90, 92.1, 91.3],
];

function sheetOf(rows: CellValue[][]): Grid {
  return { sheet: 'Chỉ tiêu 2020', values: rows };
}

async function write(path: string, g: Grid): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(g.sheet);
  g.values.forEach((row) => ws.addRow(row));
  await wb.xlsx.writeFile(path);
  return path;
}

test('report --cung-ky: the cùng kỳ column supplied from last year’s file gives the sentences of the table that has it', async () => {
  const dir = makeTempDir();
  const withColumn = sheetOf([
    ...HEAD,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2020', 'Thực hiện năm 2020', 'Thực hiện cùng kỳ năm 2019'],
    ...ROWS.map((r, i) => [i + 1, ...r]),
  ]);
  const expected = runReport([withColumn]);
  if (!expected.ok) throw new Error(expected.message);
  const now = await write(
    join(dir, '2020.xlsx'),
    sheetOf([
      ...HEAD,
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2020', 'Thực hiện năm 2020'],
      ...ROWS.map((r, i) => [i + 1, ...r.slice(0, 4)]),
    ]),
  );
  const last = await write(join(dir, '2019.xlsx'), {
    sheet: 'Năm 2019',
    values: [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2019', 'Thực hiện năm 2019'],
      // Another order, and the budget written as the dictionary's synonym.
      [1, 'Tỷ lệ bao phủ bảo hiểm y tế', '%', 88, 91.3],
      [2, 'Thu ngân sách nhà nước trên địa bàn', 'Triệu đồng', 9800, 30120],
      [3, 'Kết nạp đảng viên mới', 'Đảng viên', 8, 9],
    ],
  });
  const before = sha256(last);
  const json = join(dir, 'out.json');
  const out = join(dir, 'out.xlsx');
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const code = await main(['report', now, '--cung-ky', last, '--json', json, '-o', out]);
  stdout.mockRestore();
  expect(code).toBe(0);
  const got = JSON.parse(readFileSync(json, 'utf8')) as { narrative: string[] };
  expect(got.narrative).toEqual(expected.report.narrative);
  expect(sha256(last)).toBe(before);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu 2020', 'Báo cáo chỉ tiêu']);

  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  expect(await main(['report', now, '--cung-ky', join(dir, 'khong-co.xlsx')])).toBe(2);
  expect(String(err.mock.calls.at(-1)?.[0])).toContain('Không tìm thấy tệp');
  err.mockRestore();
});
