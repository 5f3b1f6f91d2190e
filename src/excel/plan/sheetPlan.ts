/**
 * The summary sheet's write as data, from the core model alone (no office-js): which ranges get
 * which formulas and values, number formats, formats, merges, sizes, colours and notes. The
 * writer (`../writeReport.ts`) only queues what this says; the batches (`./batches.ts`) cut it
 * under Excel on the web's request limit.
 */
import { cellAddress, type CellRange } from '../../core/grid';
import type { ModelCell, ReportSheetModel } from '../../core/report';
import { formatOps } from './formats';
import { numberFormatOps } from './numberFormats';
import { runs } from './rectangles';
import { ACTION_BYTES, PATH_BYTES } from './requestBytes';
import { shareFormulas } from './sharedFormulas';
import type { CellBlock, SheetPlan } from './types';

export type { CellBlock, FormatOp, NumberFormatRun, SheetPlan } from './types';

/** What a model cell becomes in the `formulas` array (see the module comment on text). */
export function cellInput(c: ModelCell): string | number {
  if (c.formula) return c.formula;
  if (typeof c.value === 'number') return c.value;
  if (typeof c.value === 'string' && c.value !== '') return `'${c.value}`;
  return '';
}

/** Excel's width in points of a column `chars` characters wide (default font, 7 px per digit). */
export function columnPoints(chars: number): number {
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

export function planSheet(model: ReportSheetModel): SheetPlan {
  const rows = model.lastRow + 1;
  const cols = model.lastCol + 1;
  const formulas: (string | number)[][] = Array.from({ length: rows }, () => new Array<string | number>(cols).fill(''));
  const notes: SheetPlan['notes'] = [];
  for (const c of model.cells) {
    if (c.row > model.lastRow || c.col > model.lastCol)
      throw new Error(`model cell ${cellAddress(c.row, c.col)} outside lastRow/lastCol`);
    formulas[c.row][c.col] = cellInput(c);
    if (c.note) notes.push({ row: c.row, col: c.col, text: c.note });
  }
  const { shared, blanks } = shareFormulas(model.cells, formulas);
  const styled = styledBands(model);
  return {
    cellBlocks: cellBlocks(formulas),
    sharedFormulas: shared,
    blanks,
    numberFormats: numberFormatOps(model.cells),
    styled,
    formats: formatOps(model.cells, styled),
    merges: mergeOps(model.merges),
    widths: runs(model.widths.map((w) => columnPoints(w))).map(({ from, to, value }) => ({
      range: { top: 0, left: from, bottom: 0, right: to },
      points: value,
    })),
    heights: heightOps(model.heights),
    conditional: model.conditional.flatMap((cf) =>
      cf.rules.map((r) => ({ range: cf.range, formula: `=${r.formula}`, tone: r.tone })),
    ),
    notes,
  };
}

/** The cells of `formulas` that are sent, as bands over the columns they use (see `rowBands`). */
function cellBlocks(formulas: (string | number)[][]): CellBlock[] {
  const spans = formulas.map((row) => {
    let left = -1;
    let right = -1;
    row.forEach((v, c) => {
      if (v === '') return;
      if (left < 0) left = c;
      right = c;
    });
    return left < 0 ? null : { left, right };
  });
  return rowBands(spans).map((range) => ({
    range,
    formulas: formulas.slice(range.top, range.bottom + 1).map((row) => row.slice(range.left, range.right + 1)),
  }));
}

/** Where the model has cells at all (styled empty ones too), as bands: where the sheet's formats go. */
function styledBands(model: ReportSheetModel): CellRange[] {
  const spans: ({ left: number; right: number } | null)[] = new Array(model.lastRow + 1).fill(null);
  for (const c of model.cells) {
    const span = spans[c.row];
    if (!span) spans[c.row] = { left: c.col, right: c.col };
    else {
      span.left = Math.min(span.left, c.col);
      span.right = Math.max(span.right, c.col);
    }
  }
  return rowBands(spans);
}

/**
 * Bands of consecutive rows, each over the columns its rows use (`spans[row]`, null: none). A band
 * grows while the empty cells it would add cost less than one more write; rows with nothing end it.
 */
function rowBands(spans: ({ left: number; right: number } | null)[]): CellRange[] {
  const out: CellRange[] = [];
  let open: { top: number; left: number; right: number } | null = null;
  const close = (bottom: number) => {
    if (open) out.push({ ...open, bottom });
    open = null;
  };
  spans.forEach((span, r) => {
    if (!span) return close(r - 1);
    const { left, right } = span;
    if (open) {
      const rowsSoFar = r - open.top;
      const wider = Math.max(0, open.left - left) + Math.max(0, right - open.right);
      const narrower = Math.max(0, left - open.left) + Math.max(0, open.right - right);
      if ((wider * rowsSoFar + narrower) * EMPTY_CELL_BYTES > BLOCK_WRITE_BYTES) close(r - 1);
      else {
        open.left = Math.min(open.left, left);
        open.right = Math.max(open.right, right);
      }
    }
    open ??= { top: r, left, right };
  });
  close(spans.length - 1);
  return out;
}

/** `"",` in the JSON of a cell array; one more `range.formulas` write (paths, action, wrapper). */
const EMPTY_CELL_BYTES = 3;
const BLOCK_WRITE_BYTES = 4 * PATH_BYTES + ACTION_BYTES;

function mergeOps(merges: CellRange[]): SheetPlan['merges'] {
  const out: SheetPlan['merges'] = [];
  const singleRows = merges
    .filter((m) => m.top === m.bottom)
    .sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  for (const m of singleRows) {
    const last = out[out.length - 1];
    if (
      last &&
      last.across &&
      last.range.left === m.left &&
      last.range.right === m.right &&
      last.range.bottom === m.top - 1
    )
      last.range.bottom = m.top;
    else out.push({ range: { ...m }, across: true });
  }
  for (const m of merges) if (m.top !== m.bottom) out.push({ range: { ...m }, across: false });
  return out;
}

function heightOps(heights: Record<number, number>): SheetPlan['heights'] {
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  const out: SheetPlan['heights'] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && last.range.bottom === row - 1 && last.points === heights[row]) last.range.bottom = row;
    else out.push({ range: { top: row, left: 0, bottom: row, right: 0 }, points: heights[row] });
  }
  return out;
}
