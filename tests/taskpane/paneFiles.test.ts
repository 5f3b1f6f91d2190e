/**
 * What the pane does with several files or sheets, on the fake Excel host, against the command line
 * run in-process on the same files (`main`):
 * - the wards' files chosen in the pane give the district `chitieu consolidate` gives, written into
 *   the open workbook as "Tổng hợp các phường" with the cells of the CLI's district workbook; the
 *   user's sheets are untouched;
 * - a workbook of yearly sheets (`Năm 2016` … `Năm 2020`) gives the term `chitieu nhiem-ky` gives on
 *   the same workbook: the term table on a new sheet "Nhiệm kỳ", the summary sheet of the CLI's
 *   copy; the yearly sheets untouched; a second run replaces chitieu's term table;
 * - last year's file chosen for cùng kỳ gives the report `chitieu report --cung-ky FILE` gives.
 */
/// <reference types="office-js" />
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { districtJson } from '../../src/core/consolidate/json';
import { DISTRICT_SHEET_NAME } from '../../src/core/consolidate/model';
import type { CellValue, Grid } from '../../src/core/grid';
import { toReportJson } from '../../src/core/json';
import { OTHER_FILE_MARK } from '../../src/core/previousYear';
import { TERM_SHEET_MARK } from '../../src/excel/termInExcel';
import type { GenerateResult } from '../../src/excel/runInExcel';
import { gridWorkbook } from '../../src/xlsx/gridWorkbook';
import { engineHost, readingFile } from '../../src/taskpane/engine';
import type { ChosenFile } from '../../src/taskpane/files';
import type { PaneSettings } from '../../src/taskpane/state';
import { defaultAddinSettings } from '../../src/excel/settings';
import { createFakeExcel, installOfficeGlobals, type FakeExcel, type SheetState } from '../fake-excel';
import { makeTempDir } from '../cli/harness';
import { fixtureGrids } from '../excel/helpers';
import { WARD_SHEETS, wardSheet } from '../excel/wardSheets';
import { splitTerm } from '../term/split';
import { runReport } from '../../src/core/index';

const settings: PaneSettings = { ...defaultAddinSettings, excludedTables: [] };

let restore: (() => void) | null = null;
let fake: FakeExcel;
function openWorkbook(grids: Grid[]): FakeExcel {
  fake = createFakeExcel(grids);
  restore = installOfficeGlobals({ newContext: () => fake.newContext() as never }).restore;
  return fake;
}
beforeEach(() => vi.spyOn(process.stdout, 'write').mockImplementation(() => true));
afterEach(() => {
  restore?.();
  restore = null;
  vi.restoreAllMocks();
});

/** `chitieu …` in-process; fails the test on a non-zero exit. */
async function cli(args: string[]): Promise<void> {
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const code = await main(args);
  const said = err.mock.calls.map((c) => String(c[0])).join('');
  err.mockRestore();
  if (code !== 0) throw new Error(`chitieu ${args[0]} exited ${code}: ${said}`);
}

function writeFiles(dir: string, files: { name: string; grids: Grid[] }[]): { paths: string[]; chosen: ChosenFile[] } {
  mkdirSync(dir, { recursive: true });
  const chosen = files.map((f) => ({ name: f.name, bytes: gridWorkbook(f.grids) }));
  const paths = chosen.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.bytes);
    return path;
  });
  return { paths, chosen };
}

/** A cell as a reader compares it: a formula's text, else its value ('' for an empty cell). */
type Shown = string | number | boolean;

function fakeCells(sheet: SheetState): Map<string, Shown> {
  const out = new Map<string, Shown>();
  sheet.forEachCell((r, c, content) => {
    const shown: Shown =
      content.kind === 'formula' ? content.formula : ((content.value as Shown | null | undefined) ?? '');
    if (shown !== '') out.set(`${r},${c}`, shown);
  });
  return out;
}

function exceljsCells(ws: ExcelJS.Worksheet): Map<string, Shown> {
  const out = new Map<string, Shown>();
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged area's other cells read as its first cell's value in ExcelJS; Excel holds them empty.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const v = cell.value as ExcelJS.CellValue;
      let shown: Shown = '';
      if (v !== null && typeof v === 'object' && 'formula' in v) shown = `=${v.formula}`;
      else if (v !== null && typeof v === 'object' && 'sharedFormula' in v) shown = `=${cell.formula}`;
      else if (v !== null && typeof v === 'object' && 'richText' in v) shown = v.richText.map((t) => t.text).join('');
      else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') shown = v;
      if (shown !== '') out.set(`${r - 1},${c - 1}`, shown);
    }),
  );
  return out;
}

async function cliSheet(path: string, sheet: string): Promise<Map<string, Shown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${path}: ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return exceljsCells(ws);
}

describe("the wards' files chosen in the pane", () => {
  const bases: { label: string; fixture: string; wards: typeof WARD_SHEETS }[] = [
    { label: 'four wards of phuc-dong-2020', fixture: 'phuc-dong-2020', wards: WARD_SHEETS },
    { label: 'two wards, one factor apart', fixture: 'phuc-dong-2020', wards: WARD_SHEETS.slice(1, 3) },
  ];
  for (const b of bases)
    test(`${b.label}: the district of chitieu consolidate, written as "${DISTRICT_SHEET_NAME}"`, async () => {
      const base = (await fixtureGrids(b.fixture))[0];
      const dir = makeTempDir();
      const { paths, chosen } = writeFiles(
        dir,
        b.wards.map((w) => ({ name: `Phường ${w.sheet}.xlsx`, grids: [wardSheet(base, w)] })),
      );
      await cli(['consolidate', ...paths, '--json', join(dir, 'quan.json'), '-o', join(dir, 'quan.xlsx')]);
      const cliJson: unknown = JSON.parse(readFileSync(join(dir, 'quan.json'), 'utf8'));

      const userSheet: Grid = { sheet: 'Ghi chú', values: [['Tổng hợp gửi thành phố'], ['Hạn nộp', 15]] };
      const workbook = openWorkbook([userSheet]);
      const before = workbook.state.snapshot('Ghi chú');
      const progress: string[] = [];
      const r = await engineHost.consolidateFiles(chosen, settings, (p) => progress.push(p.message));
      if (!r.ok) throw new Error(r.message);
      expect(progress.slice(0, chosen.length + 1)).toEqual(
        chosen.map((_, i) => readingFile(i, chosen.length)).concat(readingFile(chosen.length, chosen.length)),
      );
      expect(JSON.parse(JSON.stringify(districtJson(r.district)))).toEqual(cliJson);
      expect(r.sheetName).toBe(DISTRICT_SHEET_NAME);
      expect(workbook.state.sheets.map((s) => s.name)).toEqual(['Ghi chú', DISTRICT_SHEET_NAME]);
      expect(workbook.state.snapshot('Ghi chú')).toEqual(before);
      const written = fakeCells(workbook.state.sheet(DISTRICT_SHEET_NAME));
      expect(written.size).toBeGreaterThan(b.wards.length * 10);
      expect(written).toEqual(await cliSheet(join(dir, 'quan.xlsx'), DISTRICT_SHEET_NAME));
    });

  test('a file that is no workbook is a finding, the others still consolidated; none readable: refused, nothing written', async () => {
    const base = (await fixtureGrids('phuc-dong-2020'))[0];
    const good = WARD_SHEETS.slice(0, 2).map((w) => ({
      name: `${w.sheet}.xlsx`,
      bytes: gridWorkbook([wardSheet(base, w)]),
    }));
    const broken = { name: 'Bồ Đề.xlsx', bytes: new TextEncoder().encode('không phải sổ Excel') };
    const workbook = openWorkbook([{ sheet: 'Sheet1', values: [['x']] }]);
    const r = await engineHost.consolidateFiles([...good, broken], settings, () => undefined);
    if (!r.ok) throw new Error(r.message);
    expect(r.district.wards.map((w) => w.readable)).toEqual([true, true, false]);
    const none = await engineHost.consolidateFiles([broken], settings, () => undefined);
    expect(none.ok).toBe(false);
    expect(workbook.state.sheets.map((s) => s.name)).toEqual(['Sheet1', DISTRICT_SHEET_NAME]);
  });
});

/** A term fixture as a workbook of yearly sheets, each named by its year (`Năm 2016`). */
async function yearlySheets(fixture: string, head: CellValue[][], termHeader: string | null): Promise<Grid[]> {
  const single = runReport(await fixtureGrids(fixture));
  if (!single.ok) throw new Error(single.message);
  return splitTerm(single.report, { head, termHeader, termIn: 'last', yearIn: 'sheet' });
}

const TERMS = [
  {
    fixture: 'duc-giang-2015-2020',
    head: [['ĐẢNG ỦY PHƯỜNG ĐỨC GIANG']],
    termHeader: 'Chỉ tiêu NQ Đại hội nhiệm kỳ 2015-2020',
  },
  {
    fixture: 'giang-bien-giua-nhiem-ky-2020-2025',
    head: [['ĐẢNG ỦY PHƯỜNG GIANG BIÊN'], ['Giang Biên, ngày 15 tháng 7 năm 2024']],
    termHeader: 'Chỉ tiêu Nghị quyết nhiệm kỳ 2020-2025',
  },
];

describe('the term from the yearly sheets of the open workbook', () => {
  for (const t of TERMS)
    test(`${t.fixture}: the term of chitieu nhiem-ky on the same workbook`, async () => {
      const years = await yearlySheets(t.fixture, t.head, t.termHeader);
      expect(years.map((g) => g.sheet)).toContain(`Năm ${years.length === 5 ? 2016 : 2021}`);
      const dir = makeTempDir();
      const { paths } = writeFiles(dir, [{ name: 'so-nam.xlsx', grids: years }]);
      await cli(['nhiem-ky', paths[0], '--json', join(dir, 'nk.json'), '-o', join(dir, 'nk.xlsx')]);
      const cliJson: unknown = JSON.parse(readFileSync(join(dir, 'nk.json'), 'utf8'));

      const workbook = openWorkbook(years);
      const before = years.map((g) => workbook.state.snapshot(g.sheet));
      const r = await engineHost.termReport(settings, () => undefined);
      if (!r.ok) throw new Error(r.message);
      expect(JSON.parse(JSON.stringify(toReportJson(r.report)))).toEqual(cliJson);
      expect(r.report.tables[0].term).toBe(true);
      expect(workbook.state.sheets.map((s) => s.name)).toEqual([...years.map((g) => g.sheet), 'Nhiệm kỳ', r.sheetName]);
      expect(years.map((g) => workbook.state.snapshot(g.sheet))).toEqual(before);
      expect(fakeCells(workbook.state.sheet('Nhiệm kỳ'))).toEqual(await cliSheet(join(dir, 'nk.xlsx'), 'Nhiệm kỳ'));
      const summary = fakeCells(workbook.state.sheet(r.sheetName));
      expect([...summary.values()].filter((v) => String(v).includes("'Nhiệm kỳ'!")).length).toBeGreaterThan(10);
      expect(summary).toEqual(await cliSheet(join(dir, 'nk.xlsx'), r.sheetName));

      // Again: chitieu's term table and report are replaced, never read as a year.
      const again = await engineHost.termReport(settings, () => undefined);
      if (!again.ok) throw new Error(again.message);
      expect(again.report.narrative).toEqual(r.report.narrative);
      expect(workbook.state.sheets.map((s) => s.name)).toEqual([...years.map((g) => g.sheet), 'Nhiệm kỳ', r.sheetName]);
      expect(workbook.state.name(TERM_SHEET_MARK)).toBeDefined();
    });

  test("a user's sheet named Nhiệm kỳ is left alone; one yearly sheet alone is refused, nothing written", async () => {
    const years = await yearlySheets(TERMS[0].fixture, TERMS[0].head, TERMS[0].termHeader);
    const user: Grid = { sheet: 'Nhiệm kỳ', values: [['Ghi chú của tôi']] };
    const workbook = openWorkbook([user, ...years]);
    const r = await engineHost.termReport(settings, () => undefined);
    if (!r.ok) throw new Error(r.message);
    expect(workbook.state.sheets.map((s) => s.name).slice(0, years.length + 2)).toEqual([
      'Nhiệm kỳ',
      ...years.map((g) => g.sheet),
      'Nhiệm kỳ (2)',
    ]);
    expect(fakeCells(workbook.state.sheet('Nhiệm kỳ'))).toEqual(new Map([['0,0', 'Ghi chú của tôi']]));

    const alone = openWorkbook([years[0]]);
    const refused: GenerateResult = await engineHost.termReport(settings, () => undefined);
    expect(refused.ok).toBe(false);
    expect(alone.state.sheets.map((s) => s.name)).toEqual([years[0].sheet]);
  });
});

describe("last year's file for cùng kỳ", () => {
  const HEAD: CellValue[][] = [['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG'], ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2020'], []];
  const ROWS: [string, string, number, number][] = [
    ['Thu ngân sách', 'Triệu đồng', 10500, 36015],
    ['Kết nạp đảng viên mới', 'Đảng viên', 8, 11],
    ['Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 90, 92.1],
  ];
  const now: Grid = {
    sheet: 'Chỉ tiêu 2020',
    values: [
      ...HEAD,
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2020', 'Thực hiện năm 2020'],
      ...ROWS.map((r, i) => [i + 1, ...r]),
    ],
  };
  const lastYears: { label: string; grid: Grid }[] = [
    {
      label: 'names by the dictionary, another order',
      grid: {
        sheet: 'Năm 2019',
        values: [
          ['TT', 'Tên chỉ tiêu', 'Đơn vị tính', 'KH 2019', 'TH 2019'],
          ['I', 'Kinh tế'],
          [1, 'Thu NSNN', 'Triệu đồng', 9750, 29980],
          ['II', 'Xã hội'],
          [2, 'Tỷ lệ bao phủ bảo hiểm y tế', '%', 87.5, 90.8],
          [3, 'Kết nạp đảng viên mới', 'Đảng viên', 7, 10],
        ],
      },
    },
    {
      label: 'money in Tỷ đồng, one indicator missing',
      grid: {
        sheet: 'Báo cáo 2019',
        values: [
          ['KẾT QUẢ NĂM 2019'],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2019', 'Thực hiện năm 2019'],
          [1, 'Thu ngân sách', 'Tỷ đồng', 9.8, 30.12],
          [2, 'Kết nạp đảng viên mới', 'Đảng viên', 8, 9],
        ],
      },
    },
  ];
  for (const last of lastYears)
    test(`${last.label}: the report of chitieu report --cung-ky`, async () => {
      const dir = makeTempDir();
      const { paths, chosen } = writeFiles(dir, [
        { name: '2020.xlsx', grids: [now] },
        { name: '2019.xlsx', grids: [last.grid] },
      ]);
      await cli(['report', paths[0], '--cung-ky', paths[1], '--json', join(dir, 'out.json')]);
      const cliJson: unknown = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));

      const workbook = openWorkbook([now]);
      const r = await engineHost.generate(settings, () => undefined, undefined, chosen[1]);
      if (!r.ok) throw new Error(r.message);
      expect(JSON.parse(JSON.stringify(toReportJson(r.report)))).toEqual(cliJson);
      const supplied = r.report.tables[0].indicators.filter((i) =>
        i.periods.some((p) => p.cells.previousActual?.sheet.startsWith(`2019.xlsx${OTHER_FILE_MARK}`)),
      );
      expect(supplied.length).toBeGreaterThanOrEqual(2);
      // The sheet names no sheet of last year's file in a formula: the figure is a value with a note.
      const sheet = workbook.state.sheet(r.sheetName);
      const formulas = [...fakeCells(sheet).values()].filter((v) => typeof v === 'string' && v.startsWith('='));
      expect(formulas.some((f) => String(f).includes('2019.xlsx'))).toBe(false);
      expect([...sheet.notes.values()].some((n) => n.includes('tệp 2019.xlsx'))).toBe(true);
    });

  test('last year’s file that is no workbook: its refusal, nothing written', async () => {
    const workbook = openWorkbook([now]);
    const r = await engineHost.generate(settings, () => undefined, undefined, {
      name: '2019.xlsx',
      bytes: new TextEncoder().encode('không phải sổ Excel'),
    });
    expect(r.ok).toBe(false);
    expect(workbook.state.sheets.map((s) => s.name)).toEqual(['Chỉ tiêu 2020']);
  });
});
