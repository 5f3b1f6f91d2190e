import { GridView, type CellRange, type CellValue, type Grid } from '../grid';
import { RowCells, type ValueCell } from '../sourceCell';
import { cleanSpaces, foldText } from '../text';
import { headerAt, isColumnNumberRow, nameHeaderCol } from './header';
import { classifyHeader } from './vocabulary';

/**
 * Published shares in tables of bodies (./bodies) that are not indicator tables (no target or
 * actual column): one row per body, two count columns and a typed `Tỷ lệ` over them —
 * `Số hồ sơ đã giải quyết | Tổng số hồ sơ | Tỷ lệ (%)`. Rules chosen where the spec is silent:
 * - the share column is a `Tỷ lệ…` column (a typed %); its two operands are the two nearest
 *   columns left of it, after the name column, that hold numbers;
 * - the denominator is the column headed `Tổng…` (`Tổng số hồ sơ`, `Tổng số TTHC`) or, when neither
 *   or both are, the one whose count is at least the other on every row (a share is a part of a
 *   whole); rows where neither holds are left unchecked;
 * - rows run until two blank rows or the next header; a row with a name and three numbers is checked.
 */
export interface BodyShare {
  /** The body's name, as typed. */
  name: string;
  numerator: ValueCell;
  denominator: ValueCell;
  reported: ValueCell;
}

/** How far left of a share column its operands are looked for. */
const OPERAND_REACH = 4;

function numberOf(cell: ValueCell): number | null {
  const p = cell.parsed;
  return p && p.kind === 'number' && !p.percent ? p.value : null;
}

/** The data rows of a table of bodies headed at `row` (name column `nameCol`). */
function bodyRows(view: GridView, row: number, nameCol: number, inTable: (row: number) => boolean): RowCells[] {
  const rows: RowCells[] = [];
  let start = row + 1;
  if (start < view.rowCount && isColumnNumberRow(view, start)) start++;
  let blanks = 0;
  for (let r = start; r < view.rowCount && !inTable(r); r++) {
    const values = view.grid.values[r] ?? [];
    if (values.every((v) => v === null || v === undefined || (typeof v === 'string' && !v.trim()))) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (nameHeaderCol(view, r, values) >= 0) break;
    if (typeof values[nameCol] === 'string' && values[nameCol].trim())
      rows.push(new RowCells(view.grid.sheet, r, values, (c) => view.numberFormat(r, c)));
  }
  return rows;
}

/** Which of two operand columns is the whole: its header says `Tổng`, else its counts are never smaller. */
function wholeOf(view: GridView, row: number, a: number, b: number, rows: RowCells[]): number | null {
  const whole = (col: number) => /^tong\b/.test(foldText(String(view.value(row, col) ?? '')));
  if (whole(a) !== whole(b)) return whole(a) ? a : b;
  const pairs = rows
    .map((r) => [numberOf(r.value(a)), numberOf(r.value(b))])
    .filter((p): p is [number, number] => p[0] !== null && p[1] !== null);
  if (pairs.length === 0) return null;
  if (pairs.every(([x, y]) => x >= y)) return a;
  if (pairs.every(([x, y]) => y >= x)) return b;
  return null;
}

/** The published shares of the tables of bodies of a sheet (see `BodyShare`). */
export function bodyShares(grid: Grid, taken: readonly CellRange[] = []): BodyShare[] {
  const view = new GridView(grid);
  const out: BodyShare[] = [];
  const inTable = (row: number) => taken.some((t) => row >= t.top && row <= t.bottom);
  for (let row = 0; row < view.rowCount; row++) {
    // An indicator table's rows are its own: detection read them once, nothing reads them again.
    if (inTable(row)) continue;
    const values = grid.values[row] ?? [];
    const nameCol = nameHeaderCol(view, row, values);
    if (nameCol < 0 || !values.some(isShareHeader) || headerAt(view, row, nameCol)) continue;
    const rows = bodyRows(view, row, nameCol, inTable);
    for (let col = nameCol + 1; col < values.length; col++) {
      if (!isShareHeader(values[col])) continue;
      const operands = operandCols(view, row, nameCol, col, rows);
      if (!operands) continue;
      const whole = wholeOf(view, row, operands[0], operands[1], rows);
      if (whole === null) continue;
      const part = whole === operands[0] ? operands[1] : operands[0];
      for (const r of rows)
        out.push({
          name: cleanSpaces(String(r.raw(nameCol))),
          numerator: r.value(part),
          denominator: r.value(whole),
          reported: r.value(col),
        });
    }
  }
  return out;
}

/** A `Tỷ lệ…` header cell: a typed %. */
function isShareHeader(v: CellValue | undefined): boolean {
  return typeof v === 'string' && v.length <= 120 && classifyHeader(v) === 'reportedPct';
}

/** The two nearest columns left of a share column, after the name column, that hold numbers. */
function operandCols(
  view: GridView,
  row: number,
  nameCol: number,
  col: number,
  rows: RowCells[],
): [number, number] | null {
  const found: number[] = [];
  for (let c = col - 1; c > nameCol && c >= col - OPERAND_REACH && found.length < 2; c--) {
    if (typeof view.value(row, c) !== 'string') continue;
    if (rows.some((r) => numberOf(r.value(c)) !== null)) found.push(c);
  }
  return found.length === 2 ? [found[1], found[0]] : null;
}
