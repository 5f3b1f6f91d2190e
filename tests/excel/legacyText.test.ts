/**
 * The add-in reads legacy Vietnamese text too (DOMAIN.md §7.6): Excel hands it the stored TCVN3
 * bytes, which the reader passes on as stored (with their fonts where the content looks legacy) and
 * the run decodes before the engine matches anything, so the report is the CLI's; the run's
 * warnings carry "Đã chuyển mã TCVN3 sang Unicode (n ô)" for the pane.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport, toReportJson } from '../../src/core/index';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { generateReport } from '../../src/excel/runInExcel';
import { resolve } from 'node:path';
import type { CellValue } from '../../src/core/grid';
import { decodeLegacyGrid } from '../../src/core/legacyGrid';
import { FONT_CELL_BUDGET } from '../../src/excel/legacyFonts';
import { createFakeExcel, installOfficeGlobals, WEB_PAYLOAD_LIMIT } from '../fake-excel';
import { FIXTURES, fixtureGrids } from './helpers';

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

/** The workbook as Excel holds it, without the fonts: the CLI reader's grids hold the stored bytes. */
function asStored(grids: Grid[]): Grid[] {
  return grids.map(({ legacyFonts: _fonts, ...g }) => g);
}

/** The run on `grids`: its report and the grids it decoded. */
function runOf(grids: Grid[]) {
  const run = runReport(grids);
  if (!run.ok) throw new Error(run.message);
  return run;
}

function reportTables(grids: Grid[]) {
  return toReportJson(runOf(grids).report).tables;
}

describe('add-in: a TCVN3 workbook (ngoc-thuy-2012-tcvn3) read through office-js', () => {
  it('the grids reach the engine in Unicode and give the CLI report, in 3 syncs (one for the fonts)', async () => {
    const cli = await fixtureGrids('ngoc-thuy-2012-tcvn3');
    const stored = asStored(cli);
    expect(stored[0].values[5][1]).toBe('ChØ tiªu');
    const r = await readWorkbook(createFakeExcel(stored).context);
    if (!r.ok) throw new Error(r.message);
    expect(r.syncs).toBe(3);
    expect(r.grids[0].values[5][1]).toBe('ChØ tiªu');
    expect(runOf(r.grids).grids[0].values[5][1]).toBe('Chỉ tiêu');
    expect(reportTables(r.grids)).toEqual(reportTables(cli));
  });

  it('the run says how many cells were decoded, among the warnings the pane shows', async () => {
    const fake = createFakeExcel(asStored(await fixtureGrids('ngoc-thuy-2012-tcvn3')));
    const result = await generateReport(fake.newContext(), {}, undefined, { today: null });
    expect(result.ok && result.warnings).toEqual(['Đã chuyển mã TCVN3 sang Unicode (24 ô)']);
  });
});

/** The fixture's cell fonts as ExcelJS reads them (an independent reader of styles.xml). */
async function fixtureFonts(name: string): Promise<(string | null)[][][]> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(resolve(FIXTURES, `${name}.xlsx`));
  return wb.worksheets.map((ws) => {
    const rows: (string | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        (rows[r - 1] ??= [])[c - 1] = cell.font?.name ?? null;
      }),
    );
    return Array.from(rows, (row) => Array.from(row ?? [], (f) => f ?? null));
  });
}

describe('add-in: legacy text decoded by its font, as the CLI does (getCellProperties, one sync)', () => {
  it('the TCVN3 fixture seeded with its own fonts decodes to exactly the CLI grids', async () => {
    const cli = await fixtureGrids('ngoc-thuy-2012-tcvn3');
    const fonts = await fixtureFonts('ngoc-thuy-2012-tcvn3');
    expect(fonts.flat(2)).toContain('.VnTimeH');
    const stored = asStored(cli).map((g, i) => ({ ...g, legacyFonts: fonts[i] }));
    const r = await readWorkbook(createFakeExcel(stored).context);
    if (!r.ok) throw new Error(r.message);
    const [addin, file] = [runOf(r.grids).grids, runOf(cli).grids];
    expect(addin.map((g) => g.values)).toEqual(file.map((g) => g.values));
    expect(addin.map((g) => g.decodedText)).toEqual(file.map((g) => g.decodedText));
    expect(file[0].decodedText).toHaveLength(24);
  });

  it('a title in .VnTimeH comes out in capitals, and a text without a telling character by its font', async () => {
    const grid: Grid = {
      sheet: 'S',
      values: [
        ['ubnd ph\u00adêng ngäc thôy'],
        ['ChØ tiªu', 'KÕ ho¹ch', 'Thùc hiÖn'],
        ['Thu ng©n s¸ch', 10, 12],
        ['Tæ d©n phè', 3, 3],
      ],
      legacyFonts: [['.VnTimeH'], ['.VnTime', '.VnTime', '.VnTime'], ['.VnTime'], ['.VnTime']],
    };
    const r = await readWorkbook(createFakeExcel([grid]).context);
    if (!r.ok) throw new Error(r.message);
    const run = runOf(r.grids).grids[0];
    expect(run.values[0][0]).toBe('UBND PHƯỜNG NGỌC THỤY');
    expect(run.values.map((row) => row[0])).toEqual(decodeLegacyGrid(grid).values.map((row) => row[0]));
  });

  it('a Unicode workbook asks for no font: 2 syncs, as before', async () => {
    const r = await readWorkbook(createFakeExcel(await fixtureGrids('phuc-dong-2020')).context);
    if (!r.ok) throw new Error(r.message);
    expect(r.syncs).toBe(2);
  });

  it('a long legacy sheet asks for at most FONT_CELL_BUDGET cells, its top rows first, under 5 MB', async () => {
    const rows: CellValue[][] = [['ChØ tiªu', 'KÕ ho¹ch', 'Thùc hiÖn']];
    for (let i = 0; i < 30_000; i++) rows.push([`Thu ng©n s¸ch ${i}`, i, i + 1]);
    const fake = createFakeExcel([{ sheet: 'S', values: rows }]);
    const r = await readWorkbook(fake.context);
    if (!r.ok) throw new Error(r.message);
    const fontSync = fake.syncs[fake.syncs.length - 1];
    expect(fontSync.failed).toBeUndefined();
    expect(fontSync.responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    const decoded = decodeLegacyGrid(r.grids[0]);
    expect(decoded.values[0][0]).toBe('Chỉ tiêu');
    expect(decoded.values[30_000][0]).toBe('Thu ngân sách 29999');
    expect(FONT_CELL_BUDGET).toBeLessThan(30_001 * 3);
  });
});
