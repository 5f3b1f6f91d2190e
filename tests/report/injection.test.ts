/**
 * Text from the user's sheets that looks like a formula (`=HYPERLINK(…)`, `+1`, `-x`, `@x`) is
 * written to the summary sheet as text, never as a formula — in the model and in the .xlsx.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderReportSheet } from '../../src/cli/renderSheet';
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
    values: [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      ...NAMES.map((n, i) => [i + 1, n, UNITS[i], 10, 12]),
    ],
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
    const name = renderReportSheet(wb, buildReportModel(run.report, [grid], defaultSheetSettings)).name;
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const ws = back.getWorksheet(name)!;
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
