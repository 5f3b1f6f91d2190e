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
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { makeTempDir, sha256 } from './harness';
import { LAST_YEAR, thisYear } from './lastYear';

async function write(path: string, g: Grid): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(g.sheet);
  g.values.forEach((row) => ws.addRow(row));
  await wb.xlsx.writeFile(path);
  return path;
}

test('report --cung-ky: the cùng kỳ column supplied from last year’s file gives the sentences of the table that has it', async () => {
  const dir = makeTempDir();
  const expected = runReport([thisYear(true)]);
  if (!expected.ok) throw new Error(expected.message);
  const now = await write(join(dir, '2020.xlsx'), thisYear(false));
  const last = await write(join(dir, '2019.xlsx'), LAST_YEAR);
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
