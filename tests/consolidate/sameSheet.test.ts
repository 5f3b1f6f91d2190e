/**
 * One district model, one writer per host: for the same wards, `chitieu consolidate -o` (ExcelJS,
 * read back from the file) and the task pane's "Tổng hợp các phường" (office-js, on the fake Excel
 * host) write the same district sheet — cell for cell the same values, formulas, number formats
 * and main styles (bold, size, fill, borders, alignment, wrap), the same merges, conditional
 * colours, column widths and row heights.
 *
 * The wards are the test district's generated workbooks (tests/consolidate/district.ts), each with
 * its one sheet named after the ward, so the pane (which names a ward by its sheet) and the command
 * line (which names it from the workbook's title) consolidate the same wards under the same names.
 */
/// <reference types="office-js" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { consolidateCommand, readWard } from '../../src/cli/consolidate';
import { readWorkbook } from '../../src/cli/readWorkbook';
import type { Grid } from '../../src/core/grid';
import { cellAddress } from '../../src/core/grid';
import { buildDistrictModel, DISTRICT_SHEET_NAME } from '../../src/core/consolidate/model';
import type { ReportSheetModel } from '../../src/core/report';
import { consolidateInExcel } from '../../src/excel/consolidateInExcel';
import { columnPoints } from '../../src/excel/plan/sheetPlan';
import { createFakeExcel, installOfficeGlobals, type SheetState } from '../fake-excel';
import { specOf, WARDS } from './district';
import { writeWard } from './wardWorkbooks';

/** What a reader sees of a cell, in host-neutral words; defaults are Excel's for a new sheet. */
interface SeenCell {
  value: string | number | boolean | null;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
  size: number;
  fill: string | null;
  border: boolean;
  horizontal: string;
  wrap: boolean;
}

const BLANK: SeenCell = {
  value: null,
  formula: null,
  numberFormat: 'General',
  bold: false,
  size: 11,
  fill: null,
  border: false,
  horizontal: 'general',
  wrap: false,
};

function seenInExcelJs(ws: ExcelJS.Worksheet, row: number, col: number): SeenCell {
  const c = ws.findCell(row + 1, col + 1);
  if (!c) return BLANK;
  // ExcelJS answers a merged area's value on each of its cells; Excel holds it in the top-left one.
  const v = (c.master.address === c.address ? c.value : null) as ExcelJS.CellValue;
  const formula = v !== null && typeof v === 'object' && 'formula' in v ? `=${v.formula}` : null;
  const fill = c.fill?.type === 'pattern' ? (c.fill.fgColor?.argb?.slice(2) ?? null) : null;
  return {
    value: formula || v === undefined || v === '' ? null : (v as string | number | boolean | null),
    formula,
    numberFormat: c.numFmt || 'General',
    bold: c.font?.bold ?? false,
    size: c.font?.size ?? 11,
    fill,
    border: c.border?.top?.style === 'thin',
    horizontal: c.alignment?.horizontal ?? 'general',
    wrap: c.alignment?.wrapText ?? false,
  };
}

function seenInFake(sheet: SheetState, row: number, col: number): SeenCell {
  const content = sheet.content(row, col);
  const f = sheet.format(row, col) ?? {};
  const constant = content?.kind === 'const' ? content.value : null;
  return {
    value: constant === '' || (constant !== null && typeof constant === 'object') ? null : constant,
    formula: content?.kind === 'formula' ? content.formula : null,
    numberFormat: f.numberFormat ?? 'General',
    bold: f.bold ?? false,
    size: f.fontSize ?? 11,
    fill: f.fill ? f.fill.replace(/^#/, '').toUpperCase() : null,
    border: f.borders?.top?.style === 'Continuous',
    horizontal: (f.hAlign ?? 'General').toLowerCase(),
    wrap: f.wrap ?? false,
  };
}

/**
 * What shows of a cell: an empty cell shows only its fill and borders, a text its look but not a
 * number format (the add-in's writer formats whole bands and column runs at once, so its empty and
 * text cells may carry a font, an alignment or a number format nobody sees).
 */
function visible(cell: SeenCell): SeenCell {
  // A number format does not show on text (the add-in's writer lays formats down in column runs).
  if (typeof cell.value === 'string') return { ...cell, numberFormat: 'General' };
  if (cell.value !== null || cell.formula !== null) return cell;
  return { ...BLANK, fill: cell.fill, border: cell.border };
}

/**
 * Cells of a merged area the model leaves alone: ExcelJS copies the top-left cell's style onto
 * them, office-js does not, and Excel shows the area with the top-left cell's look either way.
 */
function hiddenByMerges(model: ReportSheetModel): Set<string> {
  const put = new Set(model.cells.map((c) => cellAddress(c.row, c.col)));
  const hidden = new Set<string>();
  for (const m of model.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if ((r !== m.top || c !== m.left) && !put.has(cellAddress(r, c))) hidden.add(cellAddress(r, c));
  return hidden;
}

/** Every cell of the sheet's area that differs from a blank one, by A1 address. */
function cellsOf(seen: (row: number, col: number) => SeenCell, model: ReportSheetModel) {
  const out: Record<string, SeenCell> = {};
  const hidden = hiddenByMerges(model);
  for (let r = 0; r <= model.lastRow + 2; r++)
    for (let c = 0; c <= model.lastCol + 2; c++) {
      if (hidden.has(cellAddress(r, c))) continue;
      const cell = visible(seen(r, c));
      if (JSON.stringify(cell) !== JSON.stringify(BLANK)) out[cellAddress(r, c)] = cell;
    }
  return out;
}

let dir: string;
let paths: string[];
let grids: Grid[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-same-sheet-'));
  // First pass: the name the command line gives each ward; second: the ward's sheet bears it.
  paths = [];
  for (const w of WARDS) {
    const path = join(dir, w.file);
    await writeWard(path, specOf(w));
    const name = (await readWard(path)).ward;
    await writeWard(path, { ...specOf(w), sheet: name });
    paths.push(path);
  }
  grids = [];
  for (const path of paths) {
    const read = await readWorkbook(path);
    if (!read.ok) throw new Error(read.message);
    grids.push(...read.grids);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

describe('the command line and the add-in write the same district sheet', () => {
  it('cell for cell: values, formulas, number formats, styles; merges, colours, widths, heights', async () => {
    const out = join(dir, 'quan.xlsx');
    const cli = await consolidateCommand({ inputs: paths, output: out, json: null });
    if (!cli.ok) throw new Error(cli.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const written = wb.getWorksheet(DISTRICT_SHEET_NAME)!;

    const fake = createFakeExcel(grids);
    const pane = await consolidateInExcel(fake.newContext());
    if (!pane.ok) throw new Error(pane.message);
    const sheet = fake.state.sheet(pane.sheetName);

    // The same wards under the same names, so the same district.
    expect(pane.district.wards.map((w) => w.name)).toEqual(cli.district.wards.map((w) => w.name));
    expect(pane.district.sentences).toEqual(cli.district.sentences);
    expect(pane.district.findings.length).toBeGreaterThan(0);

    const model = buildDistrictModel(cli.district);
    const byCli = cellsOf((r, c) => seenInExcelJs(written, r, c), model);
    const byPane = cellsOf((r, c) => seenInFake(sheet, r, c), model);
    expect(Object.keys(byCli).length).toBeGreaterThan(500);
    expect(byPane).toEqual(byCli);
    // Formulas and number formats are there, not only constants: a COUNTIF per indicator and per
    // ward, but phường Bồ Đề, ranked on the district's targets rather than the own ones its column shows.
    expect(Object.values(byCli).filter((c) => c.formula?.startsWith('=COUNTIF(')).length).toBe(
      cli.district.indicators.length + cli.district.wards.length - 1,
    );
    expect(Object.values(byCli).filter((c) => c.numberFormat === '#,##0.0').length).toBeGreaterThan(50);

    const merges = (written.model as unknown as { merges: string[] }).merges;
    expect(
      [...sheet.merges].map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).sort(),
    ).toEqual([...merges].sort());

    const cf = (written as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] })
      .conditionalFormattings;
    expect(sheet.conditional.map((c) => c.formula)).toEqual(cf.flatMap((c) => c.rules.map((r) => `=${r.formulae[0]}`)));

    for (let c = 0; c <= model.lastCol; c++)
      expect(sheet.colWidths.get(c), `column ${c + 1}`).toBeCloseTo(columnPoints(written.getColumn(c + 1).width!), 1);
    for (let r = 0; r <= model.lastRow; r++)
      expect(sheet.rowHeights.get(r), `row ${r + 1}`).toBe(written.getRow(r + 1).height);
  });
});
