/** Test helper: evaluates a summary sheet model with HyperFormula next to its source sheets. */
import { HyperFormula } from 'hyperformula';
import type { Grid } from '../../src/core/grid';
import { isCellError } from '../../src/core/grid';
import type { ReportSheetModel } from '../../src/core/report';

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
