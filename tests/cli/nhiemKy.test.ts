/**
 * `chitieu nhiem-ky`: the term's report from yearly workbooks (one file a year, or one workbook with
 * a sheet a year), written by ExcelJS as an office would keep them. The yearly files are never
 * changed; `-o` writes a new workbook (the assembled term table and the summary sheet) whose
 * formulas, evaluated by HyperFormula, give the engine's figures; the sentences and figures are
 * those of the single term table the files were split from.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { spanOption } from '../../src/cli/term';
import type { Grid } from '../../src/core/grid';
import { runReport, toReportJson } from '../../src/core/index';
import type { Report } from '../../src/core/indicator';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { readWorkbookBytes } from '../../src/workbookFile/read';
import { fixtureGrids } from '../excel/helpers';
import { expectFormulasEqual } from '../report/evaluate';
import { figuresOf, splitTerm } from '../term/split';
import { makeTempDir, sha256 } from './harness';

let dir: string;
let single: Report;
/** The single term table's report as `--json` writes it. */
let singleJson: Report;
let years: Grid[];

beforeAll(async () => {
  dir = makeTempDir();
  const r = runReport(await fixtureGrids('duc-giang-2015-2020'));
  if (!r.ok) throw new Error(r.message);
  single = r.report;
  singleJson = JSON.parse(JSON.stringify(toReportJson(single))) as Report;
  years = splitTerm(single, {
    head: [['ĐẢNG ỦY PHƯỜNG ĐỨC GIANG']],
    termHeader: 'Chỉ tiêu NQ Đại hội nhiệm kỳ 2015-2020',
    termIn: 'last',
    yearIn: 'header',
  });
});

afterAll(() => vi.restoreAllMocks());

/** A worksheet written by ExcelJS: its values and number formats. */
function addSheet(wb: ExcelJS.Workbook, g: Grid, name = g.sheet): void {
  const ws = wb.addWorksheet(name);
  g.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v as ExcelJS.CellValue;
      const format = g.numberFormats?.[r]?.[c];
      if (format) cell.numFmt = format;
    }),
  );
}

async function write(path: string, grids: Grid[], names?: string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  grids.forEach((g, i) => addSheet(wb, g, names?.[i]));
  await wb.xlsx.writeFile(path);
  return path;
}

async function run(args: string[]): Promise<number> {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    return await main(args);
  } finally {
    out.mockRestore();
  }
}

function jsonOf(path: string): Report {
  return JSON.parse(readFileSync(path, 'utf8')) as Report;
}

describe('chitieu nhiem-ky', () => {
  test('one file a year: the same figures and sentences as the term table, a new workbook, the yearly files unchanged', async () => {
    const sub = join(dir, 'files');
    mkdirSync(sub);
    const files = await Promise.all(years.map((g) => write(join(sub, `${g.sheet}.xlsx`), [g])));
    const before = files.map(sha256);
    const out = join(sub, 'nhiem-ky.xlsx');
    const json = join(sub, 'nhiem-ky.json');
    const docx = join(sub, 'nhiem-ky.docx');
    // Given newest first: the order of the files does not matter.
    expect(await run(['nhiem-ky', ...[...files].reverse(), '-o', out, '--json', json, '--docx', docx])).toBe(0);
    expect(files.map(sha256)).toEqual(before);
    const got = jsonOf(json);
    expect(got.narrative).toEqual(single.narrative);
    expect(got.counts).toEqual(single.counts);
    expect(figuresOf(got)).toEqual(figuresOf(singleJson));
    // The new workbook: the assembled term table, then the summary sheet, whose formulas give the figures.
    const read = await readWorkbookBytes(new Uint8Array(readFileSync(out)), 'nhiem-ky.xlsx');
    if (!read.ok) throw new Error(read.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Nhiệm kỳ', 'Báo cáo chỉ tiêu']);
    const again = runReport(read.grids);
    if (!again.ok) throw new Error(again.message);
    const model = buildReportModel(again.report, read.grids, defaultSheetSettings);
    expect(expectFormulasEqual(read.grids, model)).toBeGreaterThan(20);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  test('one workbook with a sheet a year (`Năm 2015` …, headers without a year) gives the same sentences', async () => {
    const bySheet = splitTerm(single, {
      head: [['ĐẢNG ỦY PHƯỜNG ĐỨC GIANG']],
      termHeader: 'Chỉ tiêu NQ Đại hội nhiệm kỳ 2015-2020',
      termIn: 'first',
      yearIn: 'sheet',
    });
    const book = await write(join(dir, 'cac-nam.xlsx'), bySheet);
    const json = join(dir, 'cac-nam.json');
    expect(await run(['nhiem-ky', book, '--json', json])).toBe(0);
    expect(jsonOf(json).narrative).toEqual(single.narrative);
    expect(figuresOf(jsonOf(json))).toEqual(figuresOf(singleJson));
  });

  test('a name only one year has is listed in the notices and kept as its own row', async () => {
    const renamed = years.map((g, i) =>
      i === 0
        ? { ...g, values: g.values.map((row) => row.map((v) => (v === 'Chi ngân sách' ? 'Chi thường xuyên' : v))) }
        : g,
    );
    const sub = join(dir, 'renamed');
    mkdirSync(sub);
    const files = await Promise.all(renamed.map((g) => write(join(sub, `${g.sheet}.xlsx`), [g])));
    const json = join(sub, 'out.json');
    expect(await run(['nhiem-ky', ...files, '--json', json])).toBe(0);
    const got = jsonOf(json);
    expect(got.notices?.[0]).toContain('"Chi thường xuyên" (2015)');
    expect(got.tables[0].indicators.map((i) => i.name)).toContain('Chi thường xuyên');
  });

  test('--nhiem-ky reads a span as a title names it: a bare one is a term, `giai đoạn` counts both ends', () => {
    expect(spanOption('2020-2025')).toEqual({ from: 2020, to: 2025, word: 'nhiem ky' });
    expect(spanOption('giai đoạn 2021 - 2025')).toEqual({ from: 2021, to: 2025, word: 'giai doan' });
    expect(spanOption('2025')).toBeNull();
  });

  test('one year alone, or --nhiem-ky that names no span, is refused with one Vietnamese line', async () => {
    const one = await write(join(dir, 'mot-nam.xlsx'), [years[0]]);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await run(['nhiem-ky', one])).toBe(2);
      expect(String(err.mock.calls.at(-1)?.[0])).toContain('ít nhất hai năm');
      expect(await run(['nhiem-ky', one, '--nhiem-ky', 'abc'])).toBe(2);
      expect(String(err.mock.calls.at(-1)?.[0])).toContain('--nhiem-ky cần hai năm');
      expect(await run(['report', one, '--nhiem-ky', '2020-2025'])).toBe(2);
    } finally {
      err.mockRestore();
    }
  });
});
