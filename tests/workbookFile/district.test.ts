/**
 * The district consolidation on the wards' file bytes (`src/workbookFile/consolidate`), the pipeline a
 * page or any host without a file system runs: the 14 wards and 2 unusable files of the test
 * district give the command line's district report and, cell for cell, its district workbook;
 * progress is told after each file. The wards of two periods come out as two groups.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { consolidateCommand } from '../../src/cli/consolidate';
import { READ_FALLBACK } from '../../src/cli/readWorkbook';
import { consolidateWorkbookFiles, type WardFile } from '../../src/workbookFile/consolidate';
import { specOf, WARDS, writeDistrict } from '../consolidate/district';
import { writeWard } from '../consolidate/wardWorkbooks';

let dir: string;
let paths: string[];
let files: WardFile[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-district-'));
  paths = await writeDistrict(dir);
  files = paths.map((p) => ({ bytes: new Uint8Array(readFileSync(p)), name: basename(p) }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every sheet's cells as `A1 value` lines (formulas by their text), for a cell-for-cell comparison. */
async function cellsOf(bytes: Uint8Array | Buffer): Promise<Record<string, string[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Record<string, string[]> = {};
  wb.eachSheet((ws) => {
    const cells: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => cells.push(`${cell.address} ${JSON.stringify(cell.value)}`)));
    out[ws.name] = cells;
  });
  return out;
}

test('the 16 files as bytes give the command line’s district report and district workbook', async () => {
  const seen: [number, number][] = [];
  const run = await consolidateWorkbookFiles(files, {
    fallback: READ_FALLBACK,
    workbook: true,
    onProgress: (done, total) => seen.push([done, total]),
  });
  if (!run.ok) throw new Error(run.message);
  const { district, notices } = run;
  expect(seen).toEqual(files.map((_, i) => [i + 1, 16]));
  const out = join(dir, 'quan.xlsx');
  const cli = await consolidateCommand({ inputs: paths, output: out, json: null });
  if (!cli.ok) throw new Error(cli.message);
  expect(district).toEqual(cli.district);
  expect(notices).toEqual(cli.notices);
  expect(district.wards.filter((w) => w.readable)).toHaveLength(14);
  const page = await cellsOf(run.xlsx!);
  const command = await cellsOf(readFileSync(out));
  expect(Object.keys(page)).toEqual(['Tổng hợp các phường', 'Xếp hạng', 'Kiểm tra']);
  expect(page).toEqual(command);
});

test('wards of two periods come out as two groups, each ranked on its own', async () => {
  const earlier = [];
  for (const w of WARDS.slice(0, 3)) {
    const spec = specOf(w);
    const path = join(dir, `2019-${w.file}`);
    await writeWard(path, { ...spec, year: 2019, lines: spec.lines.map((l) => l.replace('2020', '2019')) });
    earlier.push({ bytes: new Uint8Array(readFileSync(path)), name: `2019-${w.file}` });
  }
  const run = await consolidateWorkbookFiles([...files.slice(0, 5), ...earlier], { fallback: READ_FALLBACK });
  if (!run.ok) throw new Error(run.message);
  const { district } = run;
  expect(new Set(district.ranking.map((e) => e.period))).toEqual(new Set(['2020', '2019']));
  expect(district.ranking.filter((e) => e.period === '2019')).toHaveLength(3);
  expect(district.sentences.some((s) => s.startsWith('Các phường báo cáo các kỳ khác nhau'))).toBe(true);
});
