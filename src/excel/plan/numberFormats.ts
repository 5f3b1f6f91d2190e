/** The number formats of formula and number cells, as runs or 2-D arrays (see `SheetPlan`). */
import type { CellRange } from '../../core/grid';
import type { ModelCell } from '../../core/report';
import { runs } from './rectangles';
import { ACTION_BYTES, PATH_BYTES, utf8Length } from './requestBytes';
import type { NumberFormatRun, SheetPlan } from './types';
import { pushAll } from '../../core/arrays';

const numberFormatRunBytes = (format: string) => 2 * PATH_BYTES + ACTION_BYTES + utf8Length(format) + 40;

/**
 * See `SheetPlan.numberFormats`. Per column of the rectangle around the formatted cells, whichever
 * is cheaper: its most common format once and the others on runs of rows, or the column's formats
 * as part of a 2-D array (where formats change every row or two, as units do between indicators).
 */
export function numberFormatOps(cells: ModelCell[]): SheetPlan['numberFormats'] {
  const byCell = new Map<string, string>();
  let around: CellRange | null = null;
  for (const c of cells) {
    if (!c.formula && !c.numberFormat && typeof c.value !== 'number') continue;
    byCell.set(`${c.row},${c.col}`, c.numberFormat ?? 'General');
    around = grow(around, c.row, c.col);
  }
  if (!around) return { runs: [], arrays: [] };
  const { top, bottom } = around;
  const formatAt = (row: number, col: number) => byCell.get(`${row},${col}`);
  const runs: NumberFormatRun[] = [];
  const arrayCols: number[] = [];
  for (let col = around.left; col <= around.right; col++) {
    const column: { row: number; format: string }[] = [];
    for (let row = top; row <= bottom; row++) {
      const format = formatAt(row, col);
      if (format !== undefined) column.push({ row, format });
    }
    if (column.length === 0) continue;
    const asRuns = columnRuns(column, col, top, bottom);
    const runsBytes = asRuns.reduce((n, r) => n + numberFormatRunBytes(r.format), 0);
    let arrayBytes = 0;
    for (let row = top; row <= bottom; row++) arrayBytes += utf8Length(formatAt(row, col) ?? 'General') + 3;
    if (arrayBytes < runsBytes) arrayCols.push(col);
    else pushAll(runs, asRuns);
  }
  const arrays = runsOf(arrayCols).map(({ from, to }) => ({
    range: { top, left: from, bottom, right: to },
    formats: Array.from({ length: bottom - top + 1 }, (_, i) =>
      Array.from({ length: to - from + 1 }, (_, j) => formatAt(top + i, from + j) ?? 'General'),
    ),
  }));
  return { runs, arrays };
}

/** One column's formats: the most common on all its rows, then each other one on runs of rows. */
function columnRuns(column: { row: number; format: string }[], col: number, top: number, bottom: number) {
  const counts = new Map<string, number>();
  for (const x of column) counts.set(x.format, (counts.get(x.format) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const out: NumberFormatRun[] = [{ range: { top, left: col, bottom, right: col }, format: common }];
  for (const x of column) {
    if (x.format === common) continue;
    const last = out[out.length - 1];
    if (last.format === x.format && last.range.bottom === x.row - 1 && last !== out[0]) last.range.bottom = x.row;
    else out.push({ range: { top: x.row, left: col, bottom: x.row, right: col }, format: x.format });
  }
  return out;
}

/** Consecutive integers (sorted) as `{ from, to }` runs. */
function runsOf(sorted: number[]): { from: number; to: number }[] {
  return runs(
    sorted.map((n) => ({ n })),
    (x) => x.n,
  );
}

function grow(r: CellRange | null, row: number, col: number): CellRange {
  if (!r) return { top: row, left: col, bottom: row, right: col };
  return {
    top: Math.min(r.top, row),
    left: Math.min(r.left, col),
    bottom: Math.max(r.bottom, row),
    right: Math.max(r.right, col),
  };
}
