/**
 * Figures of the summary sheet that come from another file (cùng kỳ from last year's report,
 * `../previousYear`): a formula cannot point into a file the workbook does not hold, so each
 * reference to such a cell is replaced by the cell's value — a cell that only showed it becomes a
 * constant with a note naming the file, sheet and cell; a formula that computes with it (a year-over-
 * year %) keeps computing, the figure written in it.
 */
import { cellAddress } from '../grid';
import type { Report, ValueCell } from '../indicator';
import { OTHER_FILE_MARK } from '../previousYear';
import type { ModelCell, ReportSheetModel } from './model';
import { sheetRef } from './formulas';

/** The summary sheet with every reference into another file replaced by its value. */
export function valuesFromOtherFiles(model: ReportSheetModel, report: Report): ReportSheetModel {
  const outside = otherFileCells(report);
  if (outside.size === 0) return model;
  return { ...model, cells: model.cells.map((c) => withValues(c, outside)) };
}

/** The cells of other files the report's figures use, by the reference a formula writes. */
function otherFileCells(report: Report): Map<string, ValueCell> {
  const out = new Map<string, ValueCell>();
  for (const t of report.tables)
    for (const i of t.indicators)
      for (const p of i.periods) {
        const cell = p.cells.previousActual;
        if (cell && cell.sheet.includes(OTHER_FILE_MARK)) out.set(sheetRef(cell.sheet, cell.row, cell.col), cell);
      }
  return out;
}

function withValues(c: ModelCell, outside: Map<string, ValueCell>): ModelCell {
  if (!c.formula) return c;
  let formula = c.formula;
  let used: ValueCell | null = null;
  for (const [ref, cell] of outside)
    if (formula.includes(ref) && typeof cell.raw === 'number') {
      formula = formula.split(ref).join(String(cell.raw));
      used = cell;
    }
  if (!used) return c;
  if (formula === `=${String(used.raw)}` || /^=[\d.eE+-]+(?:\*1000?)?$/.test(formula)) {
    const { formula: _f, expected, ...rest } = c;
    return { ...rest, value: expected?.value ?? null, note: noteOf(used) };
  }
  return { ...c, formula };
}

/** `Lấy từ báo cáo năm trước: tệp 2023.xlsx, trang Chỉ tiêu 2023, ô E7.` */
function noteOf(cell: ValueCell): string {
  const at = cell.sheet.indexOf(OTHER_FILE_MARK);
  const file = cell.sheet.slice(0, at);
  const sheet = cell.sheet.slice(at + OTHER_FILE_MARK.length);
  return `Lấy từ báo cáo năm trước: tệp ${file}, trang ${sheet}, ô ${cellAddress(cell.row, cell.col)}.`;
}
