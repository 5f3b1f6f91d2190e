/**
 * office-js adapter, writing side: renders the summary sheet model (`src/core/report`) into the open
 * workbook, the way the CLI's ExcelJS renderer writes it into the .xlsx.
 *
 * Rules (the CLI's, see `src/cli/writeResults.ts`):
 * - The sheet of an earlier run — the one the workbook name `chitieu.BaoCao` points at — is
 *   deleted and the name with it; a user's sheet is never touched, whatever its name. The new sheet
 *   takes the first free name (`Báo cáo chỉ tiêu`, `Báo cáo chỉ tiêu (2)`…, compared without case)
 *   and is marked right after it is added, so even a half-written sheet is recognised as ours.
 * - Cells go as 2-D `range.formulas` arrays over bands of rows, each band over the columns it uses
 *   (a sentence row is column A only; empty rows are not sent): formulas as they are, numbers as
 *   numbers, every text constant prefixed with an apostrophe. Formulas that read the same in R1C1
 *   down a column (`=IFERROR(ROUND(RC[-1]/RC[-2]*100,1),"")`, `='Nguồn'!R[-5]C`) are left "" in the
 *   arrays and written once per rectangle as a single `range.formulasR1C1` value; a rectangle may
 *   step over empty cells (a section row, a rate's missing total) when emptying them again costs
 *   less than breaking it — whichever of the two ways makes the smaller request. The prefix is
 *   how Excel is told "this is text" for typed input: without it Excel would turn `=HYPERLINK(…)`,
 *   `+1`, `-x`, `@x` into formulas and `01`, `1/2`, `15%`, `TRUE` into numbers, dates or booleans. It
 *   is not part of the value (the cell reads `=HYPERLINK(…)`), and unlike a `@` number format it
 *   leaves the cell's format General, so a user typing a formula there later gets a formula.
 * - Number formats go on every formula and number cell (`General` where the model has none), after
 *   the formulas: Excel gives a General cell receiving a formula the format of the cell it
 *   references (a source `0.0%` would turn a `*100` figure into 9169%), and ours must win. Per
 *   column, whichever is smaller: one format on the whole column and the exceptions on runs, or the
 *   column as part of a 2-D `numberFormat` array (formats that change with every indicator's unit).
 * - Formats are applied per attribute on rectangles, not per cell: for each attribute (font size,
 *   bold, alignment, borders, fill…) the most common value is set once on each band of rows holding
 *   cells (over the columns they use: sentence rows are column A), then each other value on the
 *   fewest rectangles covering its cells. Merges of single rows with the same
 *   columns on consecutive rows become one `merge(true)` (merge across).
 * - Column widths (characters in the model) become points as Excel converts them for its default
 *   font (7 px per character plus padding, 0.75 pt per px); row heights are points already.
 * - Status colours are conditional formats (custom expression rules), so a change in the source
 *   recolours the sheet. Print: A4 landscape, fit to one page wide, repeated table header rows,
 *   the CLI's margins. Freeze panes below the table header. Notes (source of a constant) on cells
 *   when the host has ExcelApi 1.18.
 *
 * Syncs: one. Screen updating and API calculation are suspended for that batch
 * (`suspendScreenUpdatingUntilNextSync`, `suspendApiCalculationUntilNextSync`): Excel then
 * calculates the new formulas once, when the sync ends, instead of after every write; both resume
 * by themselves at the sync, so a failing batch cannot leave Excel in manual calculation — which is
 * why they are used rather than setting `application.calculationMode` to manual and back.
 * Without the workbook state from `readWorkbook`, one more sync first looks it up.
 * Recalculation: once API calculation resumes, a workbook in automatic calculation calculates
 * what was written by itself; one in **manual** calculation does not (Microsoft: after the
 * suspension "it is the developer's responsibility to re-calc"), and the report would show empty
 * or old figures until the user pressed F9. So in manual mode only, one more sync calculates the
 * written sheet (`worksheet.calculate(true)`, what Shift+F9 does on it) — not the whole
 * application, whose other sheets the user chose to leave uncalculated. Automatic workbooks keep
 * their single write sync (no extra round trip on Excel on the web); real Excel's checklist
 * (src/excel/README.md) confirms that they show calculated figures.
 * Chunking: Excel on the web refuses a request above 5 MB. Each part of the write (rows of the
 * cell arrays, each shared formula, each format rectangle…) has its JSON size estimated on the
 * safe side; the parts are packed in order into batches of at most `maxRequestBytes` (4.5 MB) and
 * only when there is more than one batch does a second sync follow — the one place where syncs
 * follow one another. A 5,000-indicator annual report (10,000 rows with its sentences) is 2.5 MB,
 * a 1,000-indicator 5-year term report 1.0 MB: one sync each. The sentences are most of it.
 */
/// <reference types="office-js" />
import { cellAddress, type CellRange } from '../core/grid';
import type { CellStyle, ModelCell, ReportSheetModel } from '../core/report';
import { freeSheetName } from '../core/sheetName';
import { refOf } from './address';
import { fingerprintComment, modelFingerprint } from './fingerprint';
import { toR1C1 } from './r1c1';
import { excelApiSupported, NOTES_API } from './host';
import {
  DISTRICT_SHEET_MARK,
  OWN_SHEET_MARK,
  queueWorkbookState,
  sameSheetName,
  workbookStateOf,
  type WorkbookState,
} from './readWorkbook';
import { EXCEL_DEFAULT_LOOK, FONT_NAME, LOOKS, TONES, type CellLook } from './styles';

/** Excel on the web's request limit is 5 MB; the estimate keeps 10% for its own error. */
export const MAX_REQUEST_BYTES = 4_500_000;

export interface WriteOptions {
  /** The workbook as `readWorkbook` found it; without it one more sync looks it up. */
  workbook?: WorkbookState;
  /** Split the write over several syncs above this estimated request size. */
  maxRequestBytes?: number;
  /**
   * Which of chitieu's sheets this is: the report (`chitieu.BaoCao`, default) or the district
   * consolidation (`chitieu.TongHop`). Only the earlier sheet of the same kind is replaced.
   */
  kind?: 'report' | 'district';
  /** Told before each sync of a write cut in several (`done` of `total` parts, from 1). */
  onBatch?: (done: number, total: number) => void;
}

export interface WriteResult {
  sheetName: string;
  syncs: number;
  /** The written sheet was calculated by the writer (a workbook in manual calculation). */
  recalculated: boolean;
  /** Estimated request bytes of each batch (one per sync, the lookup excluded). */
  estimatedBytes: number[];
}

// ---------------------------------------------------------------- plan (pure)

/** A format applied to one rectangle. */
export interface FormatOp {
  range: CellRange;
  look: Partial<CellLook>;
}

export interface SheetPlan {
  /**
   * Where the model has cells (bands of rows over the columns they use): the font and each
   * attribute's most common value go there, not on the whole block — sentence rows are one column.
   */
  styled: CellRange[];
  /**
   * The cells as bands of rows, each over its own columns (a sentence row needs column A only):
   * row-major formulas, numbers, `'text`, or "" for an empty cell. Rows with nothing are left out.
   */
  cellBlocks: CellBlock[];
  /**
   * Formulas that are the same in R1C1 down a run of rows (and across adjacent columns): written
   * once per rectangle with `formulasR1C1`; their cells are "" in `cellBlocks`. A run may step over
   * empty cells (a section row, a rate's missing total) when that is cheaper: those are `blanks`.
   */
  sharedFormulas: { range: CellRange; r1c1: string }[];
  /** Empty cells inside shared-formula rectangles, emptied again right after them. */
  blanks: CellRange[];
  /**
   * Number formats of every formula and number cell (`General` where the model has none, so a
   * formula never keeps the format Excel copies from the cell it references): single formats on
   * rectangles (`runs`, in order — a later one overrides an earlier) and 2-D `arrays`.
   */
  numberFormats: { runs: NumberFormatRun[]; arrays: { range: CellRange; formats: string[][] }[] };
  formats: FormatOp[];
  merges: { range: CellRange; across: boolean }[];
  widths: { range: CellRange; points: number }[];
  heights: { range: CellRange; points: number }[];
  conditional: { range: CellRange; formula: string; tone: keyof typeof TONES }[];
  notes: { row: number; col: number; text: string }[];
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const jsonBytes = (v: unknown) => utf8Length(JSON.stringify(v));

/**
 * What office.js sends per queued action and per object path (ids, types, names, argument
 * wrappers), measured on its request format and rounded up.
 */
const ACTION_BYTES = 120;
const PATH_BYTES = 140;
export interface NumberFormatRun {
  range: CellRange;
  format: string;
}

const numberFormatRunBytes = (format: string) => 2 * PATH_BYTES + ACTION_BYTES + utf8Length(format) + 40;

/** A rectangle of cells written as one 2-D `formulas` array. */
export interface CellBlock {
  range: CellRange;
  formulas: (string | number)[][];
}

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
function shareFormulas(
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

/**
 * See `SheetPlan.numberFormats`. Per column of the rectangle around the formatted cells, whichever
 * is cheaper: its most common format once and the others on runs of rows, or the column's formats
 * as part of a 2-D array (where formats change every row or two, as units do between indicators).
 */
function numberFormatOps(cells: ModelCell[]): SheetPlan['numberFormats'] {
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
    else runs.push(...asRuns);
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

const ATTRIBUTES = Object.keys(EXCEL_DEFAULT_LOOK) as (keyof CellLook)[];

/**
 * Per attribute: its most common value on the bands where the model has cells (when it differs
 * from a new cell's), then every other value on rectangles. Borders and fills only go where cells
 * ask for them.
 */
function formatOps(cells: ModelCell[], bands: CellRange[]): FormatOp[] {
  const byRange = new Map<string, FormatOp>();
  const add = (range: CellRange, attr: keyof CellLook, value: CellLook[keyof CellLook]) => {
    const k = refOf(range);
    const op = byRange.get(k) ?? { range, look: {} };
    (op.look as Record<string, unknown>)[attr] = value;
    byRange.set(k, op);
  };
  for (const attr of ATTRIBUTES) {
    const groups = new Map<CellLook[keyof CellLook], { row: number; col: number }[]>();
    for (const c of cells) {
      const v = LOOKS[c.style as CellStyle][attr];
      const list = groups.get(v) ?? [];
      list.push({ row: c.row, col: c.col });
      groups.set(v, list);
    }
    const onBands = attr !== 'border' && attr !== 'fill';
    let baseline = EXCEL_DEFAULT_LOOK[attr];
    if (onBands) {
      let most = -1;
      for (const [v, list] of groups) if (list.length > most) [baseline, most] = [v, list.length];
      if (baseline !== EXCEL_DEFAULT_LOOK[attr]) for (const band of bands) add(band, attr, baseline);
    }
    for (const [v, list] of groups) {
      if (v === baseline) continue;
      for (const r of rectangles(list)) add(r, attr, v);
    }
  }
  return [...byRange.values()];
}

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
function runs<T>(items: T[], by?: (item: T) => number): { from: number; to: number; value: T }[] {
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

/** The first free name, Excel's rules (src/core/sheetName.ts). */
export { freeSheetName };

// ---------------------------------------------------------------- batches

/** Every later batch re-sends the suspensions and the paths to the workbook, sheet and application. */
const BATCH_BYTES = 3 * ACTION_BYTES + 6 * PATH_BYTES;

/** Part of the write: what it queues on the sheet and the request bytes it costs. */
interface Step {
  bytes: number;
  queue: (sheet: Excel.Worksheet) => void;
}

const step = (paths: number, actions: number, argBytes: number, queue: Step['queue']): Step => ({
  bytes: paths * PATH_BYTES + actions * ACTION_BYTES + argBytes,
  queue,
});

/** Rows `from..to` of a cell block (indexes into its `formulas`), as one `range.formulas` write. */
const cellRowsStep = (b: CellBlock, from: number, to: number, bytes: number): Step =>
  step(4, 1, bytes, (sheet) => writeCellRows(sheet, b, from, to));

/** Formats, merges, colours, sizes, notes and page setup, in the order they are applied. */
function layoutSteps(model: ReportSheetModel, plan: SheetPlan): Step[] {
  const steps: Step[] = plan.styled.map((band) =>
    step(3, 1, 40, (sheet) => (sheet.getRange(refOf(band)).format.font.name = FONT_NAME)),
  );
  for (const op of plan.formats) {
    const l = op.look;
    const fontAttrs = (['size', 'bold', 'italic', 'underline'] as const).filter((k) => l[k] !== undefined).length;
    const edges = l.border
      ? 4 + (op.range.bottom > op.range.top ? 1 : 0) + (op.range.right > op.range.left ? 1 : 0)
      : 0;
    const paths = 2 + (fontAttrs ? 1 : 0) + (l.fill ? 1 : 0) + (edges ? 1 + edges : 0);
    const actions = Object.keys(l).length + edges * 3;
    steps.push(step(paths, actions, 40 + edges * 30, (sheet) => applyLook(sheet.getRange(refOf(op.range)).format, op)));
  }
  for (const m of plan.merges) steps.push(step(1, 1, 30, (sheet) => sheet.getRange(refOf(m.range)).merge(m.across)));
  for (const cf of plan.conditional) {
    steps.push(
      step(9, 4, utf8Length(cf.formula) + 60, (sheet) => {
        const rule = sheet.getRange(refOf(cf.range)).conditionalFormats.add('Custom');
        rule.custom.rule.formula = cf.formula;
        rule.custom.format.font.color = TONES[cf.tone].font;
        rule.custom.format.fill.color = TONES[cf.tone].fill;
      }),
    );
  }
  for (const w of plan.widths)
    steps.push(step(2, 1, 30, (sheet) => (sheet.getRange(refOf(w.range)).format.columnWidth = w.points)));
  for (const h of plan.heights)
    steps.push(step(2, 1, 30, (sheet) => (sheet.getRange(refOf(h.range)).format.rowHeight = h.points)));
  if (excelApiSupported(NOTES_API)) {
    for (const n of plan.notes)
      steps.push(step(2, 1, utf8Length(n.text) + 30, (sheet) => sheet.notes.add(cellAddress(n.row, n.col), n.text)));
  }
  steps.push(step(3, 12, 200, (sheet) => pageSetup(sheet, model)));
  return steps;
}

/**
 * The write as batches of at most `limit` estimated bytes, in order: the cell rows (as few
 * `formulas` writes as fit), then formats and layout. One batch unless the report is too big.
 */
function packBatches(model: ReportSheetModel, plan: SheetPlan, structureBytes: number, limit: number): Step[][] {
  const batches: Step[][] = [[]];
  let used = structureBytes;
  const push = (s: Step) => {
    if (used + s.bytes > limit && batches[batches.length - 1].length > 0) {
      batches.push([]);
      used = BATCH_BYTES;
    }
    batches[batches.length - 1].push(s);
    used += s.bytes;
  };
  // Rows of a 2-D array, as few writes as fit the batch being filled.
  const rowsOf = (
    count: number,
    bytesOf: (r: number) => number,
    make: (from: number, to: number, bytes: number) => Step,
  ) => {
    const overhead = make(0, 0, 0).bytes;
    let from = 0;
    let bytes = 0;
    for (let r = 0; r < count; r++) {
      const b = bytesOf(r);
      if (used + overhead + bytes + b > limit) {
        // Row r does not fit: close the rows so far (they do) and go on in a new batch.
        if (r > from) {
          push(make(from, r - 1, bytes));
          from = r;
          bytes = 0;
        }
        if (batches[batches.length - 1].length > 0) {
          batches.push([]);
          used = BATCH_BYTES;
        }
      }
      bytes += b;
    }
    if (count > from) push(make(from, count - 1, bytes));
  };
  // Formulas before number formats: see the module comment.
  for (const b of plan.cellBlocks)
    rowsOf(
      b.formulas.length,
      (r) => jsonBytes(b.formulas[r]) + 1,
      (from, to, bytes) => cellRowsStep(b, from, to, bytes),
    );
  for (const f of plan.sharedFormulas) push(step(2, 1, utf8Length(f.r1c1) + 40, (sheet) => writeShared(sheet, f)));
  for (const range of plan.blanks) push(step(2, 1, 40, (sheet) => writeBlank(sheet, range)));
  for (const a of plan.numberFormats.arrays)
    rowsOf(
      a.formats.length,
      (r) => jsonBytes(a.formats[r]) + 1,
      (from, to, bytes) => step(4, 1, bytes, (sheet) => writeNumberFormatRows(sheet, a, from, to)),
    );
  for (const nf of plan.numberFormats.runs)
    push(step(2, 1, utf8Length(nf.format) + 40, (sheet) => writeNumberFormat(sheet, nf.range, nf.format)));
  for (const s of layoutSteps(model, plan)) push(s);
  return batches;
}

// ---------------------------------------------------------------- writing

/** Renders `model` as chitieu's sheet (see the module comment); returns the name it got. */
export async function writeReport(
  context: Excel.RequestContext,
  model: ReportSheetModel,
  options: WriteOptions = {},
): Promise<WriteResult> {
  let syncs = 0;
  let workbook = options.workbook;
  if (!workbook) {
    const stateLoad = queueWorkbookState(context);
    await context.sync();
    syncs++;
    workbook = workbookStateOf(stateLoad).state;
  }
  const known = workbook;
  const district = options.kind === 'district';
  const own = district
    ? (known.district ?? { sheet: null, markExists: false })
    : { sheet: known.ownSheet, markExists: known.markExists };
  const mark = district ? DISTRICT_SHEET_MARK : OWN_SHEET_MARK;
  const plan = planSheet(model);
  const taken = known.sheetNames.filter((n) => own.sheet === null || !sameSheetName(n, own.sheet));
  const sheetName = freeSheetName(taken, model.name);
  const structureBytes = 12 * (PATH_BYTES + ACTION_BYTES) + 4 * utf8Length(sheetName);
  const batches = packBatches(model, plan, structureBytes, options.maxRequestBytes ?? MAX_REQUEST_BYTES);
  const app = context.workbook.application;
  const estimatedBytes = batches.map((b, i) => b.reduce((n, s) => n + s.bytes, i === 0 ? structureBytes : BATCH_BYTES));

  // Batch 1: replace the sheet and mark it at once (so even a half-written sheet is ours), then write.
  app.suspendScreenUpdatingUntilNextSync();
  app.suspendApiCalculationUntilNextSync();
  if (own.markExists) context.workbook.names.getItem(mark).delete();
  if (own.sheet) context.workbook.worksheets.getItem(own.sheet).delete();
  const sheet = context.workbook.worksheets.add(sheetName);
  // The report's mark carries the fingerprint of what is written (see `./fingerprint`).
  if (district) context.workbook.names.add(mark, sheet.getRange('A1'));
  else context.workbook.names.add(mark, sheet.getRange('A1'), fingerprintComment(modelFingerprint(model)));
  for (const s of batches[0]) s.queue(sheet);
  if (batches.length === 1) sheet.activate();
  if (batches.length > 1) options.onBatch?.(1, batches.length);
  await context.sync();
  syncs++;

  // Only above the request limit (see "Chunking"): the remaining batches, one sync each.
  for (const [i, batch] of batches.slice(1).entries()) {
    app.suspendScreenUpdatingUntilNextSync();
    app.suspendApiCalculationUntilNextSync();
    for (const s of batch) s.queue(sheet);
    if (i === batches.length - 2) sheet.activate();
    options.onBatch?.(i + 2, batches.length);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each batch is queued whole; split only to stay under 5 MB
    await context.sync();
    syncs++;
  }

  // A workbook in manual calculation: calculate what was written (see "Recalculation").
  const recalculated = known.calculationMode === 'Manual';
  if (recalculated) {
    sheet.calculate(true);
    await context.sync();
    syncs++;
  }
  return { sheetName, syncs, estimatedBytes, recalculated };
}

function writeCellRows(sheet: Excel.Worksheet, b: CellBlock, from: number, to: number): void {
  const { top, left, right } = b.range;
  sheet.getRange(refOf({ top: top + from, left, bottom: top + to, right })).formulas = b.formulas.slice(from, to + 1);
}

/** Cells a shared formula stepped over, emptied again (their contents only; formats follow later). */
function writeBlank(sheet: Excel.Worksheet, range: CellRange): void {
  sheet.getRange(refOf(range)).clear('Contents');
}

function writeNumberFormatRows(
  sheet: Excel.Worksheet,
  a: SheetPlan['numberFormats']['arrays'][number],
  from: number,
  to: number,
): void {
  const { top, left, right } = a.range;
  sheet.getRange(refOf({ top: top + from, left, bottom: top + to, right })).numberFormat = a.formats.slice(
    from,
    to + 1,
  );
}

function writeNumberFormat(sheet: Excel.Worksheet, range: CellRange, format: string): void {
  (sheet.getRange(refOf(range)) as unknown as { numberFormat: string }).numberFormat = format;
}

/**
 * One R1C1 formula for a whole rectangle: office-js applies a single value to every cell of the
 * range ("update all cells in a range"); its typings only declare the 2-D form, hence the cast.
 */
function writeShared(sheet: Excel.Worksheet, f: SheetPlan['sharedFormulas'][number]): void {
  (sheet.getRange(refOf(f.range)) as unknown as { formulasR1C1: string }).formulasR1C1 = f.r1c1;
}

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

function applyLook(format: Excel.RangeFormat, op: FormatOp): void {
  const l = op.look;
  if (l.size !== undefined) format.font.size = l.size;
  if (l.bold !== undefined) format.font.bold = l.bold;
  if (l.italic !== undefined) format.font.italic = l.italic;
  if (l.underline !== undefined) format.font.underline = l.underline ? 'Single' : 'None';
  if (l.h !== undefined) format.horizontalAlignment = l.h;
  if (l.v !== undefined) format.verticalAlignment = l.v;
  if (l.wrap !== undefined) format.wrapText = l.wrap;
  if (l.indent !== undefined) format.indentLevel = l.indent;
  if (l.fill) format.fill.color = l.fill;
  if (l.border) {
    const edges: string[] = [...BORDER_EDGES];
    if (op.range.bottom > op.range.top) edges.push('InsideHorizontal');
    if (op.range.right > op.range.left) edges.push('InsideVertical');
    for (const edge of edges) {
      const b = format.borders.getItem(edge as Excel.BorderIndex);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#000000';
    }
  }
}

function pageSetup(sheet: Excel.Worksheet, model: ReportSheetModel): void {
  const page = sheet.pageLayout;
  page.orientation = model.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.paperSize = 'A4';
  if (model.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  // The CLI's margins (inches) in points.
  page.leftMargin = 36;
  page.rightMargin = 28.8;
  page.topMargin = 43.2;
  page.bottomMargin = 43.2;
  page.headerMargin = 21.6;
  page.footerMargin = 21.6;
  if (model.print.titleRows)
    page.setPrintTitleRows(`$${model.print.titleRows.top + 1}:$${model.print.titleRows.bottom + 1}`);
  if (model.freezeRow !== null && model.freezeRow > 0) sheet.freezePanes.freezeRows(model.freezeRow);
}
