/**
 * The add-in nests a table set apart by italics or Excel's indent as the CLI does: the same
 * workbooks built with ExcelJS give every indicator the same parent and level through the fake
 * host as through the CLI's package reader. The styles cost one sync, and only for a sheet whose
 * text leaves its tree undecided (rows with figures and no STT under rows with figures); a table
 * numbered on every row is read in the syncs it took before.
 */
/// <reference types="office-js" />
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Grid, TextStyle } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { decodeLegacyGrid } from '../../src/core/legacyGrid';
import type { Report } from '../../src/core/indicator';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { readPackageFast } from '../../src/workbookFile/read';
import { createFakeExcel, installOfficeGlobals, type FakeExcel } from '../fake-excel';
import {
  ALL_ITALIC,
  BUDGET_ITALIC_ITEMS,
  ITALIC,
  LABOUR_INDENTED,
  RIGHT_INDENT,
  tableWorkbook,
  WITH_STT,
  type StyledTable,
} from '../xlsx/styledWorkbooks';
import { FIXTURE_NAMES, fixtureGrids } from './helpers';
import { lookedGrid } from './styledGrids';

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

/** ExcelJS's horizontal alignment as Excel names it. */
const H_ALIGN: Record<string, string> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
  fill: 'Fill',
  justify: 'Justify',
  centerContinuous: 'CenterAcrossSelection',
  distributed: 'Distributed',
};

/**
 * The workbook open in Excel: its values from the CLI's reader (without the styles it found), its
 * italics and indents set on the fake's cells from the ExcelJS model of the same file.
 */
async function openInExcel(bytes: Uint8Array, cli: Grid[]): Promise<FakeExcel> {
  const fake = createFakeExcel(cli.map(({ textStyles: _styles, ...g }) => g));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  wb.worksheets.forEach((ws) => {
    const sheet = fake.state.sheet(ws.name);
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const { font, alignment } = cell;
        if (font?.italic) sheet.editFormat(r - 1, c - 1, (f) => (f.italic = true));
        if (alignment?.indent) sheet.editFormat(r - 1, c - 1, (f) => (f.indent = alignment.indent));
        if (alignment?.horizontal) sheet.editFormat(r - 1, c - 1, (f) => (f.hAlign = H_ALIGN[alignment.horizontal!]));
      }),
    );
  });
  return fake;
}

async function cliGrids(bytes: Uint8Array): Promise<Grid[]> {
  const read = await readPackageFast(bytes, 'test.xlsx');
  if (!read?.ok) throw new Error('not read');
  return read.grids;
}

function reportOf(grids: Grid[]): Report {
  const run = runReport(grids);
  if (!run.ok) throw new Error(run.message);
  return run.report;
}

/** Each indicator's name, parent and level, in table order. */
const tree = (r: Report) =>
  r.tables.flatMap((t) => t.indicators).map((i) => ({ name: i.name, parent: i.parent, level: i.level }));

async function bothHosts(table: StyledTable) {
  const bytes = await tableWorkbook(table);
  const cli = await cliGrids(bytes);
  const fake = await openInExcel(bytes, cli);
  const read = await readWorkbook(fake.context);
  if (!read.ok) throw new Error(read.message);
  return { cli: reportOf(cli), addIn: reportOf(read.grids), syncs: read.syncs, fake };
}

describe('the add-in reads italics and indents where the row tree needs them, as the CLI', () => {
  const cases: [string, StyledTable][] = [
    ['a budget table without STT: italic items under each upright total', BUDGET_ITALIC_ITEMS],
    ['a numbered table whose unnumbered parts are indented by Excel, two levels deep', LABOUR_INDENTED],
    ['a table set all in italics', ALL_ITALIC],
    ['an indent from the right (right-aligned text)', RIGHT_INDENT],
  ];
  for (const [title, table] of cases)
    it(`${title}: the same parent and level of every indicator, one sync more`, async () => {
      const { cli, addIn, syncs, fake } = await bothHosts(table);
      expect(tree(addIn)).toEqual(tree(cli));
      expect(addIn.counts).toEqual(cli.counts);
      expect(syncs).toBe(3);
      expect(fake.syncCount).toBe(syncs);
    });

  it('the styles matter: without them the budget table would be flat (4 items at the top, not 2)', async () => {
    const { addIn } = await bothHosts(BUDGET_ITALIC_ITEMS);
    expect(addIn.counts.total).toBe(2);
    expect(tree(addIn).map((i) => i.level)).toEqual([0, 1, 1, 0, 1]);
    const { cli } = await bothHosts(LABOUR_INDENTED);
    expect(tree(cli).map((i) => i.level)).toEqual([0, 1, 2, 1, 0]);
  });

  it('a table numbered on every row, some rows in italics: no sync for styles, the same tree', async () => {
    const numbered: StyledTable = {
      header: WITH_STT,
      lines: [
        { cells: [1, 'Thu ngân sách', 'Triệu đồng', 100, 120] },
        { cells: ['-', 'Thu thuế', 'Triệu đồng', 60, 70], look: ITALIC },
        { cells: ['-', 'Thu phí, lệ phí', 'Triệu đồng', 40, 50], look: ITALIC },
        { cells: [2, 'Chi ngân sách', 'Triệu đồng', 90, 85] },
      ],
      nameCol: 1,
    };
    const { cli, addIn, syncs } = await bothHosts(numbered);
    expect(tree(addIn)).toEqual(tree(cli));
    expect(tree(addIn).find((i) => i.name === 'Thu thuế')?.parent).toBe('Thu ngân sách');
    expect(syncs).toBe(2);
  });
});

describe('an ordinary workbook pays no sync for styles', () => {
  for (const name of FIXTURE_NAMES)
    it(`${name}: read in 2 syncs, as before`, async () => {
      const fake = createFakeExcel(await fixtureGrids(name));
      const read = await readWorkbook(fake.context);
      expect(read.syncs).toBe(2);
      expect(fake.syncCount).toBe(2);
    });
});

const LOOK = fc.constantFrom<TextStyle | null>(
  null,
  null,
  { italic: true },
  { indent: 1 },
  { indent: 2 },
  {
    italic: true,
    indent: 1,
  },
);

describe('properties: the add-in and the grid it was seeded from give one tree', () => {
  it('any mix of upright, italic and indented rows: the same parent and level of each indicator', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(LOOK, { minLength: 2, maxLength: 9 }), async (looks) => {
        const grid = lookedGrid(looks);
        const read = await readWorkbook(createFakeExcel([grid]).context);
        if (!read.ok) throw new Error(read.message);
        expect(tree(reportOf(read.grids))).toEqual(tree(reportOf([grid])));
      }),
      { numRuns: 40, seed: 2121 },
    );
  });
});

describe('legacy fonts and styles share one sync', () => {
  it('a TCVN3 sheet beside a table of italic sub-rows: both read in the third sync, text decoded by the run, tree nested', async () => {
    const legacy: Grid = { sheet: 'Cũ', values: [['ChØ tiªu', 'Thùc hiÖn']], legacyFonts: [['.VnTime', '.VnTime']] };
    const styled = lookedGrid([null, { italic: true }, { italic: true }]);
    const read = await readWorkbook(createFakeExcel([legacy, styled]).context);
    if (!read.ok) throw new Error(read.message);
    expect(read.syncs).toBe(3);
    // The reader hands the text on as stored, with its fonts; the run decodes it by them.
    expect(read.grids[0].legacyFonts?.[0][0]).toBe('.VnTime');
    expect(decodeLegacyGrid(read.grids[0]).values[0][0]).toBe('Chỉ tiêu');
    expect(tree(reportOf([read.grids[1]])).map((i) => i.level)).toEqual([0, 1, 1]);
  });
});
