/**
 * The cells both table layouts share: how a source value reaches the sheet (a formula pointing at a
 * numeric source cell, else a constant with a note naming its source), computed figures (a formula
 * with the engine's value cached), status cells, the label columns, numbering and section rows.
 */
import { inferredNote } from '../dictionary/notice';
import { isCellError, type CellRange, type Grid } from '../grid';
import { decodedCellOf } from '../legacyGrid';
import type { SourceCell } from '../sourceCell';
import type { CellRef, IndicatorResult, PeriodFigures, ResolvedTarget } from '../indicator';
import { DECIMALS } from '../narrative/style';
import { excelRound } from '../narrative/format';
import { actualOfParts } from './actualParts';
import { sheetRef, statusFormula, type StatusWords } from './formulas';
import { STATUS_TEXT, type CellStyle, type ModelCell } from './model';
import { isRateLike } from '../figures';
import type { SheetWriter } from './sheetWriter';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
/** Decimals of a value the sheet computes from values (sums, differences). */
export const VALUE_DECIMALS = 3;

/** Number format of a figure: grouped thousands, decimals only when it has some. */
/** The format of a rate as read: `#,##0.0#`, the `DECIMALS.rate` decimals its sentence shows. */
const RATE_FORMAT = `#,##0.${'0'.padEnd(DECIMALS.rate, '#')}`;

export function figureFormat(value: number | string | null): string | undefined {
  if (typeof value !== 'number') return undefined;
  return Number.isInteger(value) ? '#,##0' : '#,##0.0##';
}

/** Targets shown as their words rather than a number: `Không có`, `3-5%`, `HTTNV`, `Đạt`. */
function shownAsText(spec: ResolvedTarget | null | undefined): boolean {
  return !!spec && (spec.kind === 'zero' || spec.kind === 'range' || spec.kind === 'rating' || spec.kind === 'boolean');
}

/**
 * How a source value reaches the sheet: a formula when the source cell is numeric, else a
 * constant with a note naming its source (see the module comment). The cell is the one detection
 * read; only the reader's decoding record comes from the grid.
 */
export function sourceValue(
  grids: Map<string, Grid>,
  ref: SourceCell<unknown> | undefined,
  engine: number | string | null,
  style: CellStyle,
  spec?: ResolvedTarget | null,
): Omit<ModelCell, 'row' | 'col'> {
  if (!ref || engine === null) return { value: null, style };
  const raw = ref.raw;
  const fmt = ref.format ?? '';
  if (typeof raw === 'number' && typeof engine === 'number' && !shownAsText(spec)) {
    const scale = scaleOf(fmt);
    const formula = `=${sheetRef(ref.sheet, ref.row, ref.col)}${scale}`;
    return { formula, expected: { value: engine, decimals: null }, style, numberFormat: figureFormat(engine) };
  }
  const shown = typeof raw === 'string' ? raw.trim() : isCellError(raw) ? raw.error : String(raw ?? '');
  const decoded = decodedCellOf(grids.get(ref.sheet), ref.row, ref.col);
  const converted = decoded ? ` (chuyển mã ${decoded.encoding} sang Unicode)` : '';
  const note = `Đọc từ ${sheetRef(ref.sheet, ref.row, ref.col)}: "${shown}"${converted}`;
  if (shownAsText(spec) || typeof engine !== 'number') return { value: shown, style: 'text', note };
  return { value: engine, style, note, numberFormat: figureFormat(engine) };
}

/** What a source cell's number format multiplies its value by on screen: `%` by 100, `‰` by 1000. */
function scaleOf(fmt: string): string {
  let scale = SCALES.get(fmt);
  if (scale === undefined) {
    scale = fmt.replace(/"[^"]*"/g, '').includes('%') ? '*100' : fmt.includes('‰') ? '*1000' : '';
    SCALES.set(fmt, scale);
  }
  return scale;
}
/** The scales of the number formats met so far: a workbook uses a few formats on many cells. */
const SCALES = new Map<string, string>();

/**
 * A period's actual as its source shows it: never more decimals than its cell's
 * number format — at most two for a rate, as the sentences write it — and a share typed `42/50`
 * with its counts beside it (`84 (42/50)`), not only in the note.
 */
export function actualCell(ctx: Ctx, ind: IndicatorResult, p: PeriodFigures): Omit<ModelCell, 'row' | 'col'> {
  const cell = actualOfParts(p) ?? sourceValue(ctx.grids, p.cells.actual, p.actual, 'number');
  const value = cell.expected?.value ?? cell.value;
  if (typeof value !== 'number' || !cell.numberFormat) return cell;
  const most = Math.min(
    p.source?.decimals ?? MAX_COPIED_DECIMALS,
    isRateLike(ind.valueKind) ? DECIMALS.rate : MAX_COPIED_DECIMALS,
  );
  const shown = excelRound(value, most);
  const format = shown === value ? cell.numberFormat : copiedFormat(shown, most);
  const share = p.source?.shareOf;
  const typedShare = share && !share.unit ? ` "(${share.numerator}/${share.denominator})"` : '';
  // The cell is this call's own (fresh from the source or the parts): set its format in place.
  cell.numberFormat = `${format}${typedShare}`;
  return cell;
}

/** Decimals the sheet's number formats show at most (`#,##0.0##`). */
const MAX_COPIED_DECIMALS = 3;

/** `#,##0` for a whole number, else one decimal always and up to `decimals`: `#,##0.0#`. */
function copiedFormat(value: number, decimals: number): string {
  return Number.isInteger(value) || decimals === 0 ? '#,##0' : `#,##0.0${'#'.repeat(decimals - 1)}`;
}

function expectedNumber(v: number | null, decimals: number | null) {
  return { value: v, decimals };
}

/** A computed figure: its formula, the engine's value and a matching number format. */
export function figure(
  formula: string,
  value: number | null,
  decimals: number,
  style: CellStyle,
): Omit<ModelCell, 'row' | 'col'> {
  const shown = value === null ? null : excelRound(value, decimals);
  return { formula, expected: expectedNumber(value, decimals), style, numberFormat: figureFormat(shown) };
}

/** Which words a coloured cell holds: a status, a pace, an outlook. */
export type TonedKind = 'status' | 'progress' | 'outlook';

export interface Ctx {
  w: SheetWriter;
  grids: Map<string, Grid>;
  toned: { kind: TonedKind; cell: CellRange }[];
}

/** The one-cell range at `col` of the current row. */
export function here(w: SheetWriter, col: number): CellRange {
  return { top: w.row, left: col, bottom: w.row, right: col };
}

export function statusCell(
  ctx: Ctx,
  col: number,
  spec: ResolvedTarget | null,
  a: string,
  t: string,
  actualNumeric: boolean,
  status: keyof typeof STATUS_TEXT,
  words: Partial<StatusWords> = {},
) {
  const f = spec && actualNumeric ? statusFormula(spec, a, t, words) : null;
  ctx.toned.push({ kind: 'status', cell: here(ctx.w, col) });
  if (f) ctx.w.put(col, { formula: f, expected: { value: STATUS_TEXT[status], decimals: null }, style: 'status' });
  else ctx.w.text(col, STATUS_TEXT[status], 'status');
}

export function labelCells(ctx: Ctx, ind: IndicatorResult, stt: string) {
  const w = ctx.w;
  w.text(0, stt, 'text');
  const name = w.text(1, ind.parent ? `- ${ind.name}` : ind.name, ind.parent ? 'subName' : 'name');
  const unit = w.text(2, ind.unit, 'text');
  noteDecoded(ctx, name, ind.cells.name);
  noteDecoded(ctx, unit, ind.cells.unit);
  const guessed = inferredNote(ind);
  if (guessed) name.note = name.note ? `${name.note}\n${guessed}` : guessed;
}

/**
 * A text the run decoded from TCVN3 / VNI is written decoded (never a formula showing the old
 * bytes), with a note naming its source cell.
 */
function noteDecoded(ctx: Ctx, cell: ModelCell, ref: CellRef | undefined) {
  const decoded = ref && decodedCellOf(ctx.grids.get(ref.sheet), ref.row, ref.col);
  if (decoded) cell.note = `Chuyển mã ${decoded.encoding} sang Unicode từ ${sheetRef(ref.sheet, ref.row, ref.col)}`;
}

export function numbering() {
  let n = 0;
  let section: string | null = null;
  let s = 0;
  return (ind: IndicatorResult, emitSection: (label: string, name: string) => void) => {
    if (ind.section !== null && ind.section !== section) {
      section = ind.section;
      emitSection(ROMAN[s] ?? String(s + 1), ind.section);
      s++;
    }
    if (ind.parent) return '-';
    n++;
    return String(n);
  };
}

export function sectionRow(ctx: Ctx, label: string, name: string, lastCol: number) {
  const w = ctx.w;
  w.text(0, label, 'section');
  w.text(1, name, 'section');
  for (let c = 2; c <= lastCol; c++) w.put(c, { value: null, style: 'section' });
  w.row++;
}

export function headerRow(ctx: Ctx, labels: string[], height = 45) {
  labels.forEach((l, i) => ctx.w.text(i, l, 'header'));
  ctx.w.heights[ctx.w.row] = height;
  ctx.w.row++;
}

/** A rate as read shows at most `DECIMALS.rate` decimals, as its sentence writes it. */
export function rateDecimals(ctx: Ctx, ind: IndicatorResult) {
  if (!isRateLike(ind.valueKind)) return;
  const read = figureFormat(0.5);
  for (let i = ctx.w.cells.length - 1; i >= 0 && ctx.w.cells[i].row === ctx.w.row; i--) {
    const c = ctx.w.cells[i];
    if (c.numberFormat === read && (c.expected?.decimals ?? null) === null) c.numberFormat = RATE_FORMAT;
  }
}
