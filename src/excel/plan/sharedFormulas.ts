/** Formulas that read the same in R1C1 down a column, written once per rectangle (see `SheetPlan`). */
import type { CellRange } from '../../core/grid';
import type { ModelCell } from '../../core/report';
import { toR1C1 } from '../r1c1';
import { rectangles } from './rectangles';
import { ACTION_BYTES, jsonBytes, PATH_BYTES, utf8Length } from './requestBytes';
import type { SheetPlan } from './types';

/** Shorter runs are cheaper written inline than as one more request action. */
const MIN_SHARED_ROWS = 3;
const MIN_SHARED_SAVING_BYTES = 600;

interface FormulaCell {
  row: number;
  r1c1: string | null;
  /** Bytes of the A1 formula in the cell array. */
  bytes: number;
}

interface SharedRun {
  col: number;
  cells: FormulaCell[];
  /** Empty rows inside the run (only when runs step over gaps). */
  gaps: number[];
}

/**
 * Finds the runs of `sharedFormulas` (see `SheetPlan`) and blanks their cells in `formulas`: per
 * column, rows whose formulas read the same in R1C1, consecutive or — when the request comes out
 * smaller — separated only by empty cells; then adjacent columns with the same rows and formula
 * are joined.
 */
export function shareFormulas(
  cells: ModelCell[],
  formulas: (string | number)[][],
): { shared: SheetPlan['sharedFormulas']; blanks: CellRange[] } {
  const byCol = new Map<number, FormulaCell[]>();
  for (const c of cells) {
    if (!c.formula) continue;
    const list = byCol.get(c.col) ?? [];
    list.push({ row: c.row, r1c1: toR1C1(c.formula, c.row, c.col), bytes: jsonBytes(c.formula) + 1 });
    byCol.set(c.col, list);
  }
  for (const list of byCol.values()) list.sort((a, b) => a.row - b.row);
  const tight = sharedRuns(byCol, formulas, false);
  const bridged = sharedRuns(byCol, formulas, true);
  const chosen = runsCost(bridged, formulas) < runsCost(tight, formulas) ? bridged : tight;
  for (const run of chosen) for (const x of run.cells) formulas[x.row][run.col] = '';
  return {
    shared: joinColumns(chosen.map((run) => ({ range: runRange(run), r1c1: run.cells[0].r1c1! }))),
    blanks: rectangles(gapCells(chosen, formulas)),
  };
}

/**
 * The cells the runs stepped over, plus the cells between two of them on a row that stay empty
 * anyway, so a row's gaps are emptied by one write.
 */
function gapCells(chosen: SharedRun[], formulas: (string | number)[][]): { row: number; col: number }[] {
  const covered = new Set<string>();
  const gapCols = new Map<number, number[]>();
  for (const run of chosen) {
    const { top, bottom } = runRange(run);
    for (let r = top; r <= bottom; r++) covered.add(`${r},${run.col}`);
    for (const row of run.gaps) gapCols.set(row, [...(gapCols.get(row) ?? []), run.col]);
  }
  const out: { row: number; col: number }[] = [];
  for (const [row, cols] of gapCols) {
    cols.sort((a, b) => a - b);
    cols.forEach((col, i) => {
      out.push({ row, col });
      const next = cols[i + 1];
      if (next === undefined) return;
      const between = Array.from({ length: next - col - 1 }, (_, k) => col + 1 + k);
      if (between.every((c) => formulas[row][c] === '' && !covered.has(`${row},${c}`)))
        for (const c of between) out.push({ row, col: c });
    });
  }
  return out;
}

function runRange(run: SharedRun): CellRange {
  return { top: run.cells[0].row, left: run.col, bottom: run.cells[run.cells.length - 1].row, right: run.col };
}

/** The runs worth sharing per column; `overGaps`: a run goes on across empty cells of its column. */
function sharedRuns(
  byCol: Map<number, FormulaCell[]>,
  formulas: (string | number)[][],
  overGaps: boolean,
): SharedRun[] {
  const out: SharedRun[] = [];
  for (const [col, list] of byCol) {
    let run: SharedRun | null = null;
    const finish = () => {
      if (!run) return;
      const saving = run.cells.reduce((n, x) => n + x.bytes, 0) - sharedBytes(run.cells[0].r1c1!);
      const rows = run.cells.length + run.gaps.length;
      if (rows >= MIN_SHARED_ROWS && saving >= MIN_SHARED_SAVING_BYTES) out.push(run);
      run = null;
    };
    for (const x of list) {
      const last: FormulaCell | undefined = run?.cells[run.cells.length - 1];
      const between = last ? x.row - last.row - 1 : 0;
      const joins =
        run !== null &&
        x.r1c1 !== null &&
        x.r1c1 === run.cells[0].r1c1 &&
        (between === 0 || (overGaps && emptyBetween(formulas, col, last!.row, x.row)));
      if (joins) {
        for (let r = last!.row + 1; r < x.row; r++) run!.gaps.push(r);
        run!.cells.push(x);
        continue;
      }
      finish();
      if (x.r1c1 !== null) run = { col, cells: [x], gaps: [] };
    }
    finish();
  }
  return out;
}

function emptyBetween(formulas: (string | number)[][], col: number, from: number, to: number): boolean {
  for (let r = from + 1; r < to; r++) if (formulas[r][col] !== '') return false;
  return true;
}

/** Request bytes of writing `runs` shared (their cells inline otherwise is what they save). */
function runsCost(runs: SharedRun[], formulas: (string | number)[][]): number {
  let bytes = 0;
  for (const run of runs) bytes += sharedBytes(run.cells[0].r1c1!) - run.cells.reduce((n, x) => n + x.bytes, 0);
  return bytes + rectangles(gapCells(runs, formulas)).length * BLANK_BYTES;
}

const sharedBytes = (r1c1: string) => 2 * PATH_BYTES + ACTION_BYTES + utf8Length(r1c1) + 40;
const BLANK_BYTES = 2 * PATH_BYTES + ACTION_BYTES + 40;

/** Rectangles of the same formula on the same rows in adjacent columns become one. */
function joinColumns(vertical: SheetPlan['sharedFormulas']): SheetPlan['sharedFormulas'] {
  vertical.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
  const joined: SheetPlan['sharedFormulas'] = [];
  for (const v of vertical) {
    const last = joined[joined.length - 1];
    const r = v.range;
    if (
      last &&
      last.r1c1 === v.r1c1 &&
      last.range.top === r.top &&
      last.range.bottom === r.bottom &&
      last.range.right === r.left - 1
    ) {
      last.range.right = r.right;
    } else joined.push({ range: { ...r }, r1c1: v.r1c1 });
  }
  return joined;
}
