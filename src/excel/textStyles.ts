/**
 * The italics and Excel's indent of a sheet's name cells (`grid.textStyles`), read only where the
 * text alone leaves the row tree (src/core/detect/rowTree.ts) undecided, so that the add-in nests
 * a table as the CLI and the page do.
 *
 * When: a row's style moves it in the tree only when the row carries no marker of its own (STT
 * cell or name opening: `1`, `II`, `a`, `- `; `isMarkedLine`) and a row with figures is above it.
 * A sheet is asked only when it has such a row — an unnumbered row with figures under another row
 * with figures (a table without an STT column, or parts left unnumbered under numbered items). A
 * table numbered on every row, the usual ward report, pays nothing. This is read from the grid
 * without finding the table: a row's name is its first text cell that is not a marker alone, its
 * STT what lies left of it, its figures the numbers right of it. A sheet wrongly judged ambiguous
 * costs one sync, never a wrong tree.
 *
 * What: `Range.getCellProperties` (ExcelApi 1.9) for the font's italics, the indent level and the
 * horizontal alignment (an indent from the right marks no sub-row: `textStyleOf`), over the box of
 * those rows' name cells only — the name column(s), not the figures — its rows clipped so the
 * response stays far below Excel on the web's 5 MB (`STYLE_CELL_BUDGET` cells in all, ~100 bytes
 * each; with the legacy fonts' read in the same sync, below 4.5 MB together). Rows past the budget
 * keep no style (a table of more than ~15,000 rows in one name column).
 */
/// <reference types="office-js" />
import { isMarkedLine } from '../core/detect/rowTree';
import { textStyleOf, type CellRange, type CellValue, type Grid, type TextStyle } from '../core/grid';
import { refOf } from './address';

/** Cells whose style one sync may ask for (~100 bytes each in the response: ~1.6 MB at most). */
export const STYLE_CELL_BUDGET = 16_000;

/** What the row tree reads of a cell's look. */
export const TEXT_STYLE: Excel.CellPropertiesLoadOptions = {
  format: { font: { italic: true }, indentLevel: true, horizontalAlignment: true },
};

const hasLetter = (v: CellValue): v is string => typeof v === 'string' && /\p{L}/u.test(v);

/** The column of a row's name: its first text cell that is not a marker alone; -1 for none. */
function nameColumn(cells: CellValue[]): number {
  return cells.findIndex((v) => hasLetter(v) && !isMarkedLine(v, ''));
}

/**
 * The box of a sheet's name cells when a row with figures and no marker sits under another row
 * with figures (its tree may then depend on styles); else null.
 */
export function undecidedNameBox(grid: Grid): CellRange | null {
  let box: CellRange | null = null;
  let figuresAbove = false;
  let undecided = false;
  grid.values.forEach((cells, row) => {
    const col = nameColumn(cells);
    if (col < 0) return;
    if (!box) box = { top: row, left: col, bottom: row, right: col };
    else box = { top: box.top, left: Math.min(box.left, col), bottom: row, right: Math.max(box.right, col) };
    if (!cells.slice(col + 1).some((v) => typeof v === 'number')) return;
    const stt = cells
      .slice(0, col)
      .filter((v) => v !== null && v !== '')
      .map(String)
      .join(' ');
    if (figuresAbove && !isMarkedLine(stt, cells[col] as string)) undecided = true;
    figuresAbove = true;
  });
  return undecided ? box : null;
}

/** A queued style read: `withStyles()` after the sync. */
export interface StyleRead {
  /** The grids with the styles of their name cells (`textStyles`). */
  withStyles(grids: Grid[]): Grid[];
}

/**
 * Queues the style read of the sheets whose tree the text leaves undecided (`sheets[i]` is
 * `grids[i]`'s worksheet); null when none is — then no sync is needed.
 */
export function queueTextStyles(sheets: Excel.Worksheet[], grids: Grid[]): StyleRead | null {
  const boxes = grids.map(undecidedNameBox);
  const asked = boxes.filter((b) => b !== null).length;
  if (asked === 0) return null;
  const share = Math.floor(STYLE_CELL_BUDGET / asked);
  const reads = boxes.map((box, i) => {
    if (!box) return null;
    const rows = Math.max(1, Math.floor(share / (box.right - box.left + 1)));
    const clipped = { ...box, bottom: Math.min(box.bottom, box.top + rows - 1) };
    return { box: clipped, result: sheets[i].getRange(refOf(clipped)).getCellProperties(TEXT_STYLE) };
  });
  return {
    withStyles: (read) =>
      read.map((grid, i) => {
        const styles = reads[i] && stylesOf(grid, reads[i].box, reads[i].result.value);
        // As the CLI's readers: no `textStyles` on a sheet whose text is all plain.
        return styles?.some((row) => row.some((s) => s !== null)) ? { ...grid, textStyles: styles } : grid;
      }),
  };
}

/** `textStyles` of a grid: the look of each text cell in the box, null elsewhere and when plain. */
function stylesOf(grid: Grid, box: CellRange, cells: Excel.CellProperties[][]): (TextStyle | null)[][] {
  return grid.values.map((row, r) =>
    row.map((value, c) => {
      const format = cells[r - box.top]?.[c - box.left]?.format;
      if (typeof value !== 'string' || !format) return null;
      return textStyleOf(format.font?.italic ?? undefined, format.indentLevel ?? undefined, format.horizontalAlignment);
    }),
  );
}
