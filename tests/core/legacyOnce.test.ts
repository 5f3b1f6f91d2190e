/**
 * Legacy text is decoded once, by the run, whatever the reader (DOMAIN.md §7.6): the package
 * reader, the ExcelJS reader and the office-js reader hand over the text as stored (with the fonts
 * they know), and one run decodes each worksheet exactly once — the summary sheet, the header and
 * the notices then read the run's decoded grids.
 *
 * The decodings are counted by wrapping `decodeLegacyGrid`, the decoder every module imports.
 */
/// <reference types="office-js" />
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportCommand } from '../../src/cli/main';
import { EXCELJS_FALLBACK, readWorkbook, readWorkbookWithExcelJS } from '../../src/cli/readWorkbook';
import type { Grid } from '../../src/core/grid';
import * as legacyGrid from '../../src/core/legacyGrid';
import { analyzeWorkbook } from '../../src/excel/analyze';
import { readWorkbook as readInExcel } from '../../src/excel/readWorkbook';
import { generateReport } from '../../src/excel/runInExcel';
import { autoDirections } from '../../src/settings/autoDirections';
import { engineSettings, defaultUserSettings } from '../../src/settings';
import { reportWorkbookFile } from '../../src/workbookFile/report';
import { createFakeExcel, installOfficeGlobals } from '../fake-excel';
import { fixture } from '../fixtures/sources';

vi.mock('../../src/core/legacyGrid', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/core/legacyGrid')>();
  return { ...m, decodeLegacyGrid: vi.fn(m.decodeLegacyGrid) };
});

const decoder = vi.mocked(legacyGrid.decodeLegacyGrid);

/** The grids handed to the decoder since the last reset, one entry per call. */
function decoded(): Grid[] {
  return decoder.mock.calls.map(([grid]) => grid);
}

const TCVN3 = fixture('ngoc-thuy-2012-tcvn3');
const NOTICE = 'Đã chuyển mã TCVN3 sang Unicode (24 ô)';
/** The fixture's table header, as its TCVN3 bytes read in Unicode, and decoded. */
const STORED_HEADER = 'ChØ tiªu';
const HEADER = 'Chỉ tiêu';
const out = mkdtempSync(join(tmpdir(), 'chitieu-legacy-once-'));

const texts = (grids: Grid[]) => grids.flatMap((g) => g.values.flat().filter((v) => typeof v === 'string'));

async function read(reader: (path: string) => ReturnType<typeof readWorkbook>, path = TCVN3): Promise<Grid[]> {
  const r = await reader(path);
  if (!r.ok) throw new Error(r.message);
  return r.grids;
}

/** The TCVN3 fixture with an XML comment inside a cell: markup the package reader leaves to ExcelJS. */
function forExcelJS(): string {
  const parts = unzipSync(readFileSync(TCVN3));
  const sheet = Object.keys(parts).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))!;
  const xml = strFromU8(parts[sheet]);
  parts[sheet] = strToU8(xml.replace(/(<c [^>]*[^/]>)(<v>)/, '$1<!-- ghi chú -->$2'));
  const path = join(out, 'ngoc-thuy-exceljs.xlsx');
  writeFileSync(path, zipSync(parts));
  return path;
}

beforeEach(() => {
  decoder.mockClear();
});

describe('every reader hands over the text as stored, and decodes nothing', () => {
  it('the package reader and the ExcelJS reader: TCVN3 bytes in, no decoding', async () => {
    for (const reader of [readWorkbook, readWorkbookWithExcelJS]) {
      decoder.mockClear();
      const grids = await read(reader);
      expect(decoded()).toEqual([]);
      expect(texts(grids)).toContain(STORED_HEADER);
      expect(texts(grids)).not.toContain(HEADER);
      expect(grids.every((g) => g.decodedText === undefined)).toBe(true);
    }
  });
});

describe('the file pipeline decodes each worksheet once, whatever the reader', () => {
  it('chitieu report -o --json (package reader): one decoding per sheet, the notice and the sheet in Unicode', async () => {
    const sheets = (await read(readWorkbook)).length;
    decoder.mockClear();
    const r = await reportCommand({ input: TCVN3, output: join(out, 'ngoc-thuy.xlsx'), json: '-' });
    if (!r.ok) throw new Error(r.message);
    expect(decoded()).toHaveLength(sheets);
    expect(new Set(decoded().map((g) => g.sheet)).size).toBe(sheets);
    expect(JSON.parse(r.json!).notices).toEqual([NOTICE]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'ngoc-thuy.xlsx'));
    const summary: string[] = [];
    wb.getWorksheet('Báo cáo chỉ tiêu')!.eachRow((row) =>
      row.eachCell((c) => (typeof c.value === 'string' ? summary.push(c.value) : null)),
    );
    expect(summary).toContain('Thu ngân sách');
  });

  it('a workbook only ExcelJS reads: read by it, decoded once a sheet by the run, the same notice', async () => {
    const path = forExcelJS();
    const bytes = readFileSync(path);
    let exceljsReads = 0;
    const readGrids: typeof EXCELJS_FALLBACK.readGrids = (b, name) => {
      exceljsReads++;
      return EXCELJS_FALLBACK.readGrids(b, name);
    };
    const r = await reportWorkbookFile(bytes, 'ngoc-thuy-exceljs.xlsx', { fallback: { readGrids }, today: null });
    if (!r.ok) throw new Error(r.message);
    expect(exceljsReads).toBe(1);
    expect(decoded()).toHaveLength(r.grids.length);
    expect(r.notices).toEqual([NOTICE]);
    expect(texts(r.grids)).toContain(HEADER);
  });

  it("the page's run (report, then the directions found, with a choice made): still once a sheet", async () => {
    const settings = { ...defaultUserSettings, directionByName: { 'Thu ngân sách': 'decrease' as const } };
    const r = await reportWorkbookFile(readFileSync(TCVN3), 'ngoc-thuy.xlsx', { settings, copy: false, today: null });
    if (!r.ok) throw new Error(r.message);
    const auto = autoDirections(r.grids, engineSettings(settings), r.report);
    expect(Object.keys(auto).length).toBe(7);
    expect(decoded()).toHaveLength(r.grids.length);
  });
});

describe("the add-in's runs decode each worksheet once (fake Excel host, office-js reader)", () => {
  let restore: () => void;
  beforeEach(() => (restore = installOfficeGlobals().restore));
  afterEach(() => restore());

  /** The fixture as Excel holds it: the stored TCVN3 bytes and the cells' fonts. */
  const stored = () => read(readWorkbook);

  it('the office-js reader decodes nothing: the TCVN3 bytes and their fonts go to the run', async () => {
    const fake = createFakeExcel(await stored());
    decoder.mockClear();
    const r = await readInExcel(fake.context);
    if (!r.ok) throw new Error(r.message);
    expect(decoded()).toEqual([]);
    expect(texts(r.grids)).toContain(STORED_HEADER);
    expect(r.grids.some((g) => g.legacyFonts !== undefined)).toBe(true);
  });

  it('Sinh báo cáo: one decoding per sheet, the notice among the warnings', async () => {
    const grids = await stored();
    const fake = createFakeExcel(grids);
    decoder.mockClear();
    const result = await generateReport(fake.newContext(), {}, undefined, { today: null });
    if (!result.ok) throw new Error(result.message);
    expect(decoded()).toHaveLength(grids.length);
    expect(result.warnings).toEqual([NOTICE]);
    expect(result.draft?.model.cells.some((c) => c.value === 'Thu ngân sách')).toBe(true);
  });

  it('the pane’s analysis with a direction chosen (two runs, the second on the decoded grids): once a sheet', async () => {
    const grids = await stored();
    const fake = createFakeExcel(grids);
    decoder.mockClear();
    const settings = { directionByName: { 'Thu ngân sách': 'decrease' as const } };
    const result = await analyzeWorkbook(fake.newContext(), settings);
    if (!result.ok) throw new Error(result.message);
    expect(decoded()).toHaveLength(grids.length);
    expect(result.warnings).toEqual([NOTICE]);
    expect(result.tables.flatMap((t) => t.indicators.map((i) => i.name))).toContain('Thu ngân sách');
  });
});
