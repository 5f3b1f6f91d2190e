/** Test helper: evaluates a summary sheet model with HyperFormula next to its source sheets. */
import { HyperFormula } from 'hyperformula';
import type { Grid } from '../../src/core/grid';
import { isCellError } from '../../src/core/grid';
import { expect } from 'vitest';
import type { ReportSheetModel } from '../../src/core/report';
import type { ExpectedFigure } from '../../src/core/report/model';

function sheetData(grid: Grid): (string | number | boolean | null)[][] {
  return grid.values.map((row) => (row ?? []).map((v) => (isCellError(v) ? v.error : (v ?? null))));
}

function modelData(model: ReportSheetModel): (string | number | null)[][] {
  const rows: (string | number | null)[][] = Array.from({ length: model.lastRow + 1 }, () => []);
  for (const c of model.cells)
    rows[c.row][c.col] = c.formula ?? (typeof c.value === 'string' ? `'${c.value}` : (c.value ?? null));
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

/**
 * Every formula cell of the model that carries an engine figure, evaluated by HyperFormula next to
 * `grids`, equals `want(cell)` (the engine's figure by default): numbers within half a unit of the
 * shown digit (HyperFormula's ROUND differs from Excel at binary half-cases), texts equal. Returns
 * how many cells were checked.
 */
export function expectFormulasEqual(
  grids: Grid[],
  model: ReportSheetModel,
  want: (c: ReportSheetModel['cells'][number]) => ExpectedFigure | undefined = (c) => c.expected,
): number {
  const cell = evaluate(grids, model);
  let checked = 0;
  for (const c of model.cells) {
    const expected = c.formula ? want(c) : undefined;
    if (!expected) continue;
    checked++;
    const got = cell(c.row, c.col);
    const where = `${model.name}!R${c.row + 1}C${c.col + 1} ${c.formula}`;
    if (typeof expected.value === 'number') {
      expect(typeof got, where).toBe('number');
      const tolerance =
        expected.decimals === null
          ? 1e-9 * Math.max(1, Math.abs(expected.value))
          : 0.5 * 10 ** -expected.decimals + 1e-9;
      expect(
        Math.abs((got as number) - expected.value),
        `${where}: ${String(got)} vs ${expected.value}`,
      ).toBeLessThanOrEqual(tolerance);
    } else {
      expect(got, where).toBe(expected.value);
    }
  }
  return checked;
}
