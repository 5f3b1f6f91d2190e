/**
 * Text from the user's sheets that looks like a formula (`=HYPERLINK(…)`, `+1`, `-x`, `@x`) is
 * written to the summary sheet as text, never as a formula — in the model and in the .xlsx the
 * injector (src/xlsx) writes: inline strings, never `<f>`.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { injectReportSheet } from '../../src/xlsx/inject';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';

// Names starting with `+`/`-` are sub-indicators (DOMAIN.md §1), so those marks are tried as units.
const NAMES = ['=HYPERLINK("http://x","bấm")', '@x Kết nạp', '=1+1', 'Thu ngân sách'];
const UNITS = ['+1', '-x', 'Hộ', '=SUM(A1:A9)'];
const TEXTS = [...NAMES, ...UNITS.filter((u) => u !== 'Hộ')];

describe('formula-like text is written as text', () => {
  const grid: Grid = {
    sheet: 'Nguồn',
    values: [['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'], ...NAMES.map((n, i) => [i + 1, n, UNITS[i], 10, 12])],
  };
  it('the model holds names and units as text values, not formulas', () => {
    const run = runReport([grid]);
    if (!run.ok) throw new Error(run.message);
    const model = buildReportModel(run.report, [grid], defaultSheetSettings);
    for (const text of TEXTS) {
      const cells = model.cells.filter((c) => c.value === text);
      expect(cells.length, text).toBeGreaterThan(0);
      for (const c of cells) expect(c.formula).toBeUndefined();
    }
    for (const c of model.cells.filter((x) => x.formula)) expect(c.formula).not.toMatch(/HYPERLINK|SUM\(A1/);
  });

  it('the written .xlsx stores them as strings', async () => {
    const run = runReport([grid]);
    if (!run.ok) throw new Error(run.message);
    const wb = new ExcelJS.Workbook();
    const src = wb.addWorksheet('Nguồn');
    grid.values.forEach((row) => src.addRow(row));
    const input = await wb.xlsx.writeBuffer();
    const injected = await injectReportSheet(
      new Uint8Array(input),
      buildReportModel(run.report, [grid], defaultSheetSettings),
    );
    const name = injected.sheetName;
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(injected.bytes as unknown as ArrayBuffer);
    const ws = back.getWorksheet(name)!;
    // In the part itself: each text is an inline string, and no formula holds it.
    const zip = await JSZip.loadAsync(injected.bytes);
    const sheetPart = Object.keys(zip.files).find(
      (p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p) && p !== 'xl/worksheets/sheet1.xml',
    )!;
    const xml = await zip.file(sheetPart)!.async('string');
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const text of TEXTS) expect(xml, text).toContain(`t="inlineStr"><is><t>${escape(text)}</t></is>`);
    for (const f of xml.match(/<f>[^<]*<\/f>/g) ?? []) expect(f).not.toMatch(/HYPERLINK|SUM\(A1|@x|\+1/);
    const found: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && TEXTS.includes(cell.value)) {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          found.push(cell.value);
        }
        if (cell.formula) expect(cell.formula).not.toMatch(/HYPERLINK|SUM\(A1/);
      }),
    );
    expect(new Set(found)).toEqual(new Set(TEXTS));
  });
});
