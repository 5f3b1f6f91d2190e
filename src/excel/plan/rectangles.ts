/** Cells as rectangles and positions as runs: how few writes cover a set of cells. */
import type { CellRange } from '../../core/grid';

/**
 * The cells as few rectangles as a row-then-column sweep finds: runs of adjacent columns in each
 * row, stacked while consecutive rows have the same run.
 * @example rectangles([{row:0,col:0},{row:0,col:1},{row:1,col:0},{row:1,col:1}]) // [{top:0,left:0,bottom:1,right:1}]
 */
export function rectangles(cells: { row: number; col: number }[]): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const list = byRow.get(row) ?? [];
    list.push(col);
    byRow.set(row, list);
  }
  const out: CellRange[] = [];
  let open = new Map<string, CellRange>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, CellRange>();
    for (const { from, to } of runs(
      [...new Set(byRow.get(row))].sort((a, b) => a - b).map((c) => ({ c })),
      (x) => x.c,
    )) {
      const key = `${from}:${to}`;
      const prev = open.get(key);
      if (prev && prev.bottom === row - 1) {
        prev.bottom = row;
        next.set(key, prev);
      } else {
        const r = { top: row, left: from, bottom: row, right: to };
        out.push(r);
        next.set(key, r);
      }
    }
    open = next;
  }
  return out;
}

/**
 * Runs of equal consecutive values (`widths`) or of consecutive integers (`by` given: sorted
 * positions) as `{ from, to, value }`.
 */
export function runs<T>(items: T[], by?: (item: T) => number): { from: number; to: number; value: T }[] {
  const out: { from: number; to: number; value: T }[] = [];
  items.forEach((item, i) => {
    const last = out[out.length - 1];
    if (by) {
      const pos = by(item);
      if (last && pos === last.to + 1) last.to = pos;
      else out.push({ from: pos, to: pos, value: item });
    } else if (last && last.value === item && last.to === i - 1) last.to = i;
    else out.push({ from: i, to: i, value: item });
  });
  return out;
}
