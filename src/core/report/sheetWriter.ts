/**
 * Writes the summary sheet's cells row by row and remembers merges, row heights and the last column.
 * Every text is cut to Excel's cell limit here, so no renderer meets a cell Excel would refuse.
 */
import { columnLetters, type CellRange } from '../grid';
import type { CellStyle, ModelCell } from './model';

/** Excel's limits: characters in one cell, points of one row's height. */
const MAX_CELL_TEXT = 32_767;
export const MAX_ROW_HEIGHT = 409;

/** `value` cut to Excel's cell limit, ending in `…` when cut. */
function fitCellText(value: string): string {
  if (value.length <= MAX_CELL_TEXT) return value;
  let end = MAX_CELL_TEXT - 1;
  if (/[\uD800-\uDBFF]/.test(value[end - 1])) end--; // never split a surrogate pair
  return `${value.slice(0, end)}…`;
}

/** Writes cells row by row and remembers merges. */
export class SheetWriter {
  cells: ModelCell[] = [];
  merges: CellRange[] = [];
  heights: Record<number, number> = {};
  row = 0;
  lastCol = 0;

  /** Column letters by column, built once: a sheet names the same few columns on every row. */
  private letters: string[] = [];

  /**
   * Places `cell` at `col` of `row`. Every model cell has the same fields in the same order (an
   * absent one undefined), so the hundreds of thousands of a large table share one object shape.
   */
  put(col: number, cell: Omit<ModelCell, 'row' | 'col'>, row = this.row): ModelCell {
    const value = cell.value;
    const c: ModelCell = {
      row,
      col,
      value: typeof value === 'string' ? fitCellText(value) : value,
      formula: cell.formula,
      expected: cell.expected,
      numberFormat: cell.numberFormat,
      style: cell.style,
      note: cell.note,
    };
    this.cells.push(c);
    if (col > this.lastCol) this.lastCol = col;
    return c;
  }

  text(col: number, value: string, style: CellStyle, row = this.row): ModelCell {
    return this.put(col, { value, style }, row);
  }

  /**
   * Empty cells wherever rows `top..bottom` have none up to `right`, so a figure the engine could
   * not compute still sits in the table's ruled grid; each takes its column's most common style.
   */
  fillBlanks(top: number, bottom: number, right: number, firstCell: number) {
    const width = right + 1;
    const taken = new Uint8Array((bottom - top + 1) * width);
    const styles = Array.from({ length: width }, () => new Map<CellStyle, number>());
    for (let i = firstCell; i < this.cells.length; i++) {
      const c = this.cells[i];
      if (c.row < top || c.row > bottom || c.col > right) continue;
      taken[(c.row - top) * width + c.col] = 1;
      const counts = styles[c.col];
      counts.set(c.style, (counts.get(c.style) ?? 0) + 1);
    }
    const columnStyle = styles.map((m) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'text');
    for (let row = top; row <= bottom; row++)
      for (let col = 0; col <= right; col++)
        if (!taken[(row - top) * width + col]) this.put(col, { value: null, style: columnStyle[col] }, row);
  }

  merge(top: number, left: number, bottom: number, right: number) {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  addr(col: number, row = this.row): string {
    return `${(this.letters[col] ??= columnLetters(col))}${row + 1}`;
  }
}
