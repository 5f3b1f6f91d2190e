/**
 * The summary sheet's formulas, evaluated by HyperFormula over the source sheets, equal the
 * engine's figures (after ROUND to the shown decimals), and its status cells agree with the engine.
 * HyperFormula's ROUND differs from Excel at binary half-cases, so numbers are compared within half
 * a unit of the shown digit.
 */
import { HyperFormula } from 'hyperformula';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import type { Grid } from '../../src/core/grid';
import { isCellError } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings, type ReportSheetModel } from '../../src/core/report';

const fixtures = resolve(__dirname, '../../../shared/fixtures');
const names = ['phuc-dong-2020', 'duc-giang-2015-2020', 'so-lieu-dai-2018-2020'];

function sheetData(grid: Grid): (string | number | boolean | null)[][] {
  return grid.values.map((row) => (row ?? []).map((v) => (isCellError(v) ? v.error : v ?? null)));
}

function modelData(model: ReportSheetModel): (string | number | null)[][] {
  const rows: (string | number | null)[][] = Array.from({ length: model.lastRow + 1 }, () => []);
  for (const c of model.cells) rows[c.row][c.col] = c.formula ?? (typeof c.value === 'string' ? `'${c.value}` : c.value ?? null);
  return rows;
}

/** Evaluates the report model next to its source sheets; returns a reader of the report's cells. */
export function evaluate(grids: Grid[], model: ReportSheetModel) {
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const g of grids) sheets[g.sheet] = sheetData(g);
  sheets[model.name] = modelData(model);
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  const id = hf.getSheetId(model.name)!;
  return (row: number, col: number) => hf.getCellValue({ sheet: id, row, col });
}

describe('summary sheet formulas evaluate to the engine figures (HyperFormula)', () => {
  for (const name of names) {
    it(`${name}: every figure cell equals the engine's, within half a unit of its shown digit`, async () => {
      const read = await readWorkbook(resolve(fixtures, `${name}.xlsx`));
      if (!read.ok) throw new Error(read.message);
      const run = runReport(read.grids);
      if (!run.ok) throw new Error(run.message);
      const model = buildReportModel(run.report, read.grids, defaultSheetSettings);
      const cell = evaluate(read.grids, model);
      const checked = model.cells.filter((c) => c.formula && c.expected);
      expect(checked.length).toBeGreaterThan(10);
      for (const c of checked) {
        const got = cell(c.row, c.col);
        const want = c.expected!.value;
        const where = `${model.name}!R${c.row + 1}C${c.col + 1} ${c.formula}`;
        if (typeof want === 'number') {
          expect(typeof got, where).toBe('number');
          const tolerance = c.expected!.decimals === null ? 1e-9 * Math.max(1, Math.abs(want)) : 0.5 * 10 ** -c.expected!.decimals + 1e-9;
          expect(Math.abs((got as number) - want), `${where}: ${got} vs ${want}`).toBeLessThanOrEqual(tolerance);
        } else {
          expect(got, where).toBe(want);
        }
      }
    });
  }
});
