/**
 * Builds the summary sheet model from the engine's results (REPORT.md "Summary sheet").
 *
 * Layout: the header block (party or state style), the title and period, then one block per
 * detected table — annual (`STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ TH/KH (%) |
 * Chênh lệch | Cùng kỳ | So cùng kỳ | Đánh giá`) when its indicators have one period, term
 * otherwise (`KH | TH | %` per period, then `Bình quân | Tổng TH | Tổng KH | Tăng BQ/năm (%) |
 * Chỉ tiêu NK | Tỷ lệ NK (%) | Đánh giá`) — then the totals line, `Nhận xét` and the findings.
 *
 * Rules:
 * - A number read from a numeric source cell is a formula pointing at it (`='Chỉ tiêu 2020'!E8`,
 *   `*100` when the cell is formatted as %); a number the engine read from text (`27,6`,
 *   `Dưới 5,5%`) cannot be referenced by a formula, so it is written as a constant with a note
 *   naming its source cell.
 * - Every computed figure is a formula over the sheet's own cells, rounded with ROUND to the
 *   decimals the sentences use (`DECIMALS`), and carries the engine's value as its cached result.
 * - `Đánh giá` is a formula for numeric targets and the engine's text for ratings, yes/no and
 *   non-numeric values; conditional formatting colours it, so a change in the source recolours it.
 * - Names, units and sentences are text constants, never formulas, whatever they start with.
 * - A text longer than Excel's cell limit (32,767 characters: a sentence quoting a name that already
 *   fills its source cell) is cut to the limit, ending in `…`; no row is taller than Excel's 409 points.
 */
import { inferredNote } from '../dictionary/notice';
import { cellAddress, isCellError, type CellRange, type Grid } from '../grid';
import { decodedCellOf } from '../legacyGrid';
import type { SourceCell } from '../sourceCell';
import type {
  CellRef,
  IndicatorResult,
  PeriodFigures,
  Report,
  ResolvedTarget,
  TableResult,
  TermFigures,
} from '../indicator';
import { DECIMALS, smallCountChange } from '../narrative/style';
import { excelRound } from '../narrative/format';
import { isPartial, isPreviousPeriod, periodEnd, periodOf, periodOrder } from '../detect/period';
import {
  differenceFormula,
  elapsedFormula,
  linearProjection,
  outlookFormula,
  partialWords,
  pctFormula,
  progressFormula,
  sheetRef,
  statusFormula,
  termInProgressWords,
  yoyPctFormula,
  type StatusWords,
} from './formulas';
import {
  OUTLOOK_TEXT,
  PROGRESS_TEXT,
  STATUS_TEXT,
  type CellStyle,
  type ConditionalRule,
  type ModelCell,
  type ReportSheetModel,
} from './model';
import { headerBlock, type SheetSettings } from './header';
import { accumulates, isRateLike, isMoneyOrCount } from '../figures';
import { countsLine } from './counts';
import { isAnnual } from '../layout';
import { maxOf, minOf } from '../arrays';

export { defaultSheetSettings, type SheetSettings } from './header';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const VALUE_DECIMALS = 3;
const MAX_MERGED_REMARKS = 300;
/** Excel's limits: characters in one cell, points of one row's height. */
const MAX_CELL_TEXT = 32_767;
const MAX_ROW_HEIGHT = 409;

/** `value` cut to Excel's cell limit, ending in `…` when cut. */
function fitCellText(value: string): string {
  if (value.length <= MAX_CELL_TEXT) return value;
  let end = MAX_CELL_TEXT - 1;
  if (/[\uD800-\uDBFF]/.test(value[end - 1])) end--; // never split a surrogate pair
  return `${value.slice(0, end)}…`;
}

/** Writes cells row by row and remembers merges. */
class SheetWriter {
  cells: ModelCell[] = [];
  merges: CellRange[] = [];
  heights: Record<number, number> = {};
  row = 0;
  lastCol = 0;

  put(col: number, cell: Omit<ModelCell, 'row' | 'col'>, row = this.row): ModelCell {
    const c: ModelCell = { row, col, ...cell };
    if (typeof c.value === 'string') c.value = fitCellText(c.value);
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
    return cellAddress(row, col);
  }
}

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
function sourceValue(
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
    const scale = fmt.replace(/"[^"]*"/g, '').includes('%') ? '*100' : fmt.includes('‰') ? '*1000' : '';
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

/**
 * A period's actual as its source shows it (issue 11 rule 4): never more decimals than its cell's
 * number format — at most two for a rate, as the sentences write it — and a share typed `42/50`
 * with its counts beside it (`84 (42/50)`), not only in the note.
 */
function actualCell(ctx: Ctx, ind: IndicatorResult, p: PeriodFigures): Omit<ModelCell, 'row' | 'col'> {
  const cell = sourceValue(ctx.grids, p.cells.actual, p.actual, 'number');
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
  return { ...cell, numberFormat: `${format}${typedShare}` };
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
function figure(
  formula: string,
  value: number | null,
  decimals: number,
  style: CellStyle,
): Omit<ModelCell, 'row' | 'col'> {
  const shown = value === null ? null : excelRound(value, decimals);
  return { formula, expected: expectedNumber(value, decimals), style, numberFormat: figureFormat(shown) };
}

/** Which words a coloured cell holds: a status, a pace, an outlook. */
type TonedKind = 'status' | 'progress' | 'outlook';

interface Ctx {
  w: SheetWriter;
  grids: Map<string, Grid>;
  toned: { kind: TonedKind; cell: CellRange }[];
}

/** The one-cell range at `col` of the current row. */
function here(w: SheetWriter, col: number): CellRange {
  return { top: w.row, left: col, bottom: w.row, right: col };
}

function statusCell(
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

function labelCells(ctx: Ctx, ind: IndicatorResult, stt: string) {
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
 * A text the reader decoded from TCVN3 / VNI is written decoded (never a formula showing the old
 * bytes), with a note naming its source cell.
 */
function noteDecoded(ctx: Ctx, cell: ModelCell, ref: CellRef | undefined) {
  const decoded = ref && decodedCellOf(ctx.grids.get(ref.sheet), ref.row, ref.col);
  if (decoded) cell.note = `Chuyển mã ${decoded.encoding} sang Unicode từ ${sheetRef(ref.sheet, ref.row, ref.col)}`;
}

function numbering() {
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

function sectionRow(ctx: Ctx, label: string, name: string, lastCol: number) {
  const w = ctx.w;
  w.text(0, label, 'section');
  w.text(1, name, 'section');
  for (let c = 2; c <= lastCol; c++) w.put(c, { value: null, style: 'section' });
  w.row++;
}

function headerRow(ctx: Ctx, labels: string[], height = 45) {
  labels.forEach((l, i) => ctx.w.text(i, l, 'header'));
  ctx.w.heights[ctx.w.row] = height;
  ctx.w.row++;
}

// ---------- annual layout ----------

/**
 * One period's columns of the annual layout; null where no indicator has the figure (the assigned
 * pair without assigned targets, `Kế hoạch` when every row shares an earlier period's target cell,
 * `Cùng kỳ` without previous actuals, the pace pair outside partial periods). A table with one
 * period keeps every column but the pace pair.
 */
interface AnnualGroup {
  label: string;
  assigned: number | null;
  kh: number | null;
  th: number;
  assignedPct: number | null;
  pct: number;
  gap: number;
  prev: number | null;
  yoy: number | null;
  elapsed: number | null;
  progress: number | null;
  status: number;
}

interface AnnualLayout {
  groups: AnnualGroup[];
  /** One header row (one period) or two (the periods over their columns). */
  header: { col: number; label: string }[];
  spans: { label: string; left: number; right: number }[];
  widths: number[];
  status: number;
}

function sameCell(a: CellRef | undefined, b: CellRef | undefined): boolean {
  return !!a && !!b && a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}

/** The earlier period of the same indicator whose target is the same source cell. */
function sharedTargetPeriod(ind: IndicatorResult, p: PeriodFigures): PeriodFigures | null {
  const i = ind.periods.indexOf(p);
  return ind.periods.slice(0, i).find((q) => sameCell(q.cells.target, p.cells.target)) ?? null;
}

/** `năm 2024`, `9 tháng 2024` — as a header names a period. */
function periodWords(label: string): string {
  return /^\d{4}$/.test(label) ? `năm ${label}` : label;
}

function annualLayout(t: TableResult): AnnualLayout {
  const labels = periodLabels(t);
  const single = labels.length <= 1;
  const header: { col: number; label: string }[] = [
    { col: 0, label: 'STT' },
    { col: 1, label: 'Chỉ tiêu' },
    { col: 2, label: 'ĐVT' },
  ];
  const widths = [6, 44, 12];
  const spans: AnnualLayout['spans'] = [];
  const groups = (labels.length ? labels : ['']).map((label) => {
    const ps = t.indicators.flatMap((i) => i.periods.filter((p) => p.period === label).map((p) => ({ i, p })));
    const estimated = ps.length > 0 && ps.every(({ p }) => p.estimated);
    const withAssigned = ps.some(({ p }) => p.cells.assignedTarget);
    const shared = !single && ps.every(({ i, p }) => !p.cells.target || sharedTargetPeriod(i, p));
    const withPrev = single || ps.some(({ p }) => p.previousActual !== null);
    const partial = ps.some(({ p }) => p.elapsedPct !== null);
    const left = widths.length;
    const add = (text: string, width: number) => {
      header.push({ col: widths.length, label: text });
      widths.push(width);
      return widths.length - 1;
    };
    const g: AnnualGroup = {
      label,
      assigned: withAssigned ? add('Chỉ tiêu cấp trên giao', 12) : null,
      kh: shared ? null : add(withAssigned ? 'Chỉ tiêu đơn vị đề ra' : 'Kế hoạch', 12),
      th: add(estimated ? 'Ước thực hiện' : 'Thực hiện', 12),
      assignedPct: withAssigned ? add('Tỷ lệ TH/chỉ tiêu giao (%)', 11) : null,
      pct: add(withAssigned ? 'Tỷ lệ TH/chỉ tiêu đề ra (%)' : 'Tỷ lệ TH/KH (%)', 11),
      gap: add('Chênh lệch TH - KH', 11),
      prev: withPrev ? add('Cùng kỳ', 12) : null,
      yoy: withPrev ? add('So cùng kỳ (%; điểm % với tỷ lệ; đơn vị với số đếm nhỏ)', 12) : null,
      elapsed: partial ? add('Tiến độ thời gian (%)', 10) : null,
      progress: ps.some(({ p }) => p.progress !== null) ? add('Tiến độ', 12) : null,
      status: add('Đánh giá', 14),
    };
    const words = !label ? 'kỳ báo cáo' : estimated && /^\d{4}$/.test(label) ? `cả năm ${label}` : periodWords(label);
    spans.push({ label: `${estimated ? 'Ước thực hiện' : 'Thực hiện'} ${words}`, left, right: widths.length - 1 });
    return g;
  });
  return { groups, header, spans: single ? [] : spans, widths, status: widths.length - 1 };
}

function annualHeader(ctx: Ctx, L: AnnualLayout) {
  const w = ctx.w;
  if (L.spans.length === 0) {
    headerRow(
      ctx,
      L.header.map((h) => h.label),
    );
    return;
  }
  const top = w.row;
  const grouped = new Set<number>();
  for (const s of L.spans) {
    for (let c = s.left; c <= s.right; c++) {
      w.text(c, c === s.left ? s.label : '', 'header', top);
      grouped.add(c);
    }
    w.merge(top, s.left, top, s.right);
  }
  for (const h of L.header) {
    if (grouped.has(h.col)) {
      w.text(h.col, h.label, 'header', top + 1);
    } else {
      w.text(h.col, h.label, 'header', top);
      w.text(h.col, '', 'header', top + 1);
      w.merge(top, h.col, top + 1, h.col);
    }
  }
  w.heights[top] = 24;
  w.heights[top + 1] = 45;
  w.row += 2;
}

/**
 * The target cell of a period: its source value, or — for a target stated against another figure
 * (`Vượt 20% so với chỉ tiêu quận giao`) — a formula deriving it from that figure's cell.
 */
function targetCell(ctx: Ctx, p: PeriodFigures, baseCells: { assigned: string | null; previous: string | null }) {
  const spec = p.targetSpec;
  const derived = spec?.derived;
  const base = derived ? baseCells[derived.base] : null;
  if (derived && base && spec && (spec.kind === 'min' || spec.kind === 'max')) {
    const change = derived.low;
    const formula = derived.points ? `=ROUND(${base}+(${change}),6)` : `=ROUND(${base}*(1+(${change})/100),6)`;
    return {
      formula,
      expected: { value: spec.value, decimals: 6 },
      style: 'number' as CellStyle,
      numberFormat: figureFormat(spec.value),
      note: p.target === null ? undefined : `Chỉ tiêu: ${spec.text}`,
    };
  }
  return sourceValue(ctx.grids, p.cells.target, p.target, 'number', spec);
}

/** Where a row's period figures went on the sheet (for the later periods that refer to them). */
interface PlacedPeriod {
  p: PeriodFigures;
  kh: string | null;
  khNumeric: boolean;
  th: string;
}

/**
 * The `Cùng kỳ` of a period: its own previous-year column, else the actual of the comparable
 * earlier period already on the row (two comparable years).
 */
function previousCell(ctx: Ctx, p: PeriodFigures, placed: PlacedPeriod[]): Omit<ModelCell, 'row' | 'col'> | null {
  if (p.previousActual === null) return null;
  if (p.cells.previousActual) return sourceValue(ctx.grids, p.cells.previousActual, p.previousActual, 'number');
  const here = periodOf(p.period);
  const earlier = placed.find((q) => {
    const at = periodOf(q.p.period);
    return here && at && isPreviousPeriod(at, here) && q.p.actual === p.previousActual;
  });
  if (!earlier) return null;
  return {
    formula: `=${earlier.th}`,
    expected: { value: p.previousActual, decimals: null },
    style: 'number',
    numberFormat: figureFormat(p.previousActual),
  };
}

function annualPeriodCells(ctx: Ctx, ind: IndicatorResult, p: PeriodFigures, G: AnnualGroup, placed: PlacedPeriod[]) {
  const w = ctx.w;
  let assignedAddr: string | null = null;
  if (G.assigned !== null && p.cells.assignedTarget) {
    w.put(G.assigned, sourceValue(ctx.grids, p.cells.assignedTarget, p.assignedTarget, 'number'));
    assignedAddr = w.addr(G.assigned);
  }
  const prev = G.prev !== null ? previousCell(ctx, p, placed) : null;
  const prevAddr = prev && G.prev !== null ? w.addr(G.prev) : null;
  let kh: string | null = null;
  let numericTarget = false;
  if (G.kh !== null) {
    const target = w.put(G.kh, targetCell(ctx, p, { assigned: assignedAddr, previous: prevAddr }));
    kh = w.addr(G.kh);
    numericTarget = typeof target.value === 'number' || !!target.formula;
  } else {
    const q = sharedTargetPeriod(ind, p);
    const from = placed.find((x) => x.p === q);
    kh = from?.kh ?? null;
    numericTarget = !!from?.khNumeric;
  }
  const actual = w.put(G.th, actualCell(ctx, ind, p));
  const th = w.addr(G.th);
  placed.push({ p, kh, khNumeric: numericTarget, th });
  const numericActual = typeof actual.value === 'number' || !!actual.formula;
  const spec = p.targetSpec;
  const range = spec?.kind === 'range' ? spec : null;
  const denominator = range ? String(range.low) : kh;
  if (p.achievementPct !== null && numericActual && denominator && (range || numericTarget)) {
    w.put(G.pct, figure(pctFormula(th, denominator, DECIMALS.pct), p.achievementPct, DECIMALS.pct, 'pct'));
  }
  if (G.assignedPct !== null && assignedAddr && p.assignedAchievementPct !== null && numericActual) {
    w.put(
      G.assignedPct,
      figure(pctFormula(th, assignedAddr, DECIMALS.pct), p.assignedAchievementPct, DECIMALS.pct, 'pct'),
    );
  }
  if (kh && numericTarget && numericActual && (p.gap !== null || p.gapPoints !== null)) {
    const decimals = p.gapPoints !== null ? DECIMALS.points : VALUE_DECIMALS;
    w.put(G.gap, figure(differenceFormula(th, kh, decimals), p.gapPoints ?? p.gap, decimals, 'number'));
  }
  if (prev && prevAddr && G.prev !== null && G.yoy !== null) {
    w.put(G.prev, prev);
    yoyCell(ctx, G.yoy, th, prevAddr, ind, p);
  }
  const months = periodOf(p.period)?.months ?? 12;
  if (G.elapsed !== null && p.elapsedPct !== null) {
    w.put(G.elapsed, figure(elapsedFormula(months, DECIMALS.pct), p.elapsedPct, DECIMALS.pct, 'pct'));
  }
  if (G.progress !== null && p.progress !== null && numericActual && denominator && (range || numericTarget)) {
    const formula = progressFormula(th, denominator, months, ind.direction);
    ctx.toned.push({ kind: 'progress', cell: here(w, G.progress) });
    w.put(G.progress, { formula, expected: { value: PROGRESS_TEXT[p.progress], decimals: null }, style: 'status' });
  }
  const judged = numericActual && (numericTarget || range !== null || spec?.kind === 'zero');
  const partial = p.elapsedPct !== null && accumulates(ind.valueKind, ind.name);
  const words = partial ? partialWords(ind.direction) : {};
  statusCell(ctx, G.status, spec, th, kh ?? '""', judged, p.status, words);
}

function annualRow(ctx: Ctx, ind: IndicatorResult, stt: string, L: AnnualLayout) {
  labelCells(ctx, ind, stt);
  const placed: PlacedPeriod[] = [];
  for (const G of L.groups) {
    const p = ind.periods.find((x) => x.period === G.label) ?? (L.groups.length === 1 ? ind.periods.at(-1) : null);
    if (p) annualPeriodCells(ctx, ind, p, G, placed);
  }
  rateDecimals(ctx, ind);
  ctx.w.row++;
}

/** A rate as read shows at most `DECIMALS.rate` decimals, as its sentence writes it (issue 11 rule 4). */
function rateDecimals(ctx: Ctx, ind: IndicatorResult) {
  if (!isRateLike(ind.valueKind)) return;
  const read = figureFormat(0.5);
  for (let i = ctx.w.cells.length - 1; i >= 0 && ctx.w.cells[i].row === ctx.w.row; i--) {
    const c = ctx.w.cells[i];
    if (c.numberFormat === read && (c.expected?.decimals ?? null) === null) c.numberFormat = RATE_FORMAT;
  }
}

function yoyCell(ctx: Ctx, col: number, a: string, prev: string, ind: IndicatorResult, p: PeriodFigures) {
  // A small count changes by units, as its sentence says (`tăng 01 tổ dân phố`), not by %.
  const units = smallCountChange(ind, p);
  if (units !== null) {
    ctx.w.put(col, figure(differenceFormula(a, prev, 0), units, 0, 'number'));
  } else if (isMoneyOrCount(ind.valueKind) && p.yoyPct !== null) {
    ctx.w.put(col, figure(yoyPctFormula(a, prev, DECIMALS.pct), p.yoyPct, DECIMALS.pct, 'pct'));
  } else if (isRateLike(ind.valueKind) && p.yoyPoints !== null) {
    ctx.w.put(col, figure(differenceFormula(a, prev, DECIMALS.points), p.yoyPoints, DECIMALS.points, 'number'));
  }
}

function annualBlock(ctx: Ctx, t: TableResult) {
  const L = annualLayout(t);
  annualHeader(ctx, L);
  const first = ctx.w.row;
  const number = numbering();
  for (const ind of t.indicators) {
    const stt = number(ind, (label, name) => sectionRow(ctx, label, name, L.status));
    annualRow(ctx, ind, stt, L);
  }
  return { first, widths: L.widths };
}

// ---------- term layout ----------

/** The period labels of a table's indicators, in chronological order (§7.1). */
function periodLabels(t: TableResult): string[] {
  const labels: string[] = [];
  for (const ind of t.indicators) for (const p of ind.periods) if (!labels.includes(p.period)) labels.push(p.period);
  const order = (l: string) => {
    const p = periodOf(l);
    return p ? periodOrder(p) : 0;
  };
  return labels.sort((a, b) => order(a) - order(b));
}

/** The term columns after the periods; the outlook pair only while the term is in progress (§7.5). */
interface TermColumns {
  avg: number;
  total: number;
  totalKh: number;
  cagr: number;
  nk: number;
  nkPct: number;
  projection: number | null;
  status: number;
  outlook: number | null;
  labels: string[];
}

function termColumns(tail: number, inProgress: boolean): TermColumns {
  const labels: string[] = [];
  const add = (label: string) => (labels.push(label), tail + labels.length - 1);
  const avg = add('Bình quân');
  const total = add('Tổng TH');
  const totalKh = add('Tổng KH');
  const cagr = add('Tăng BQ/năm (%)');
  const nk = add('Chỉ tiêu nhiệm kỳ');
  const nkPct = add('Tỷ lệ nhiệm kỳ / lũy kế (%)');
  const projection = inProgress ? add('Dự báo cuối nhiệm kỳ') : null;
  const status = add('Đánh giá');
  const outlook = inProgress ? add('Khả năng hoàn thành') : null;
  return { avg, total, totalKh, cagr, nk, nkPct, projection, status, outlook, labels };
}

/** `Năm 2021`, `Ước thực hiện 6 tháng 2024` — a term table's period over its KH/TH/% columns. */
function termPeriodHeader(t: TableResult, label: string): string {
  if (!label) return 'Kỳ báo cáo';
  const ps = t.indicators.flatMap((i) => i.periods.filter((p) => p.period === label));
  const shown = /^\d{4}$/.test(label) ? `Năm ${label}` : label;
  return ps.length > 0 && ps.every((p) => p.estimated) ? `Ước thực hiện ${periodWords(label)}` : shown;
}

function termHeader(ctx: Ctx, t: TableResult, periods: string[], T: TermColumns) {
  const w = ctx.w;
  const top = w.row;
  const fixed = ['STT', 'Chỉ tiêu', 'ĐVT'];
  fixed.forEach((l, i) => {
    w.text(i, l, 'header', top);
    w.text(i, '', 'header', top + 1);
    w.merge(top, i, top + 1, i);
  });
  periods.forEach((label, k) => {
    const c = 3 + k * 3;
    w.text(c, termPeriodHeader(t, label), 'header', top);
    w.text(c + 1, '', 'header', top);
    w.text(c + 2, '', 'header', top);
    w.merge(top, c, top, c + 2);
    ['KH', 'TH', '%'].forEach((l, i) => w.text(c + i, l, 'header', top + 1));
  });
  const start = 3 + periods.length * 3;
  T.labels.forEach((l, i) => {
    w.text(start + i, l, 'header', top);
    w.text(start + i, '', 'header', top + 1);
    w.merge(top, start + i, top + 1, start + i);
  });
  w.heights[top] = 30;
  w.heights[top + 1] = 20;
  w.row += 2;
}

/** An actual of a term row: its cell on the sheet and where its period ends in time (§7.5). */
interface DatedCell {
  cell: string;
  at: number;
  partial: boolean;
}

/** The term's clock as the sheet's formulas need it: years elapsed, length, where it ends. */
interface TermClockCells {
  elapsedYears: number;
  termYears: number;
  end: number;
}

function termRow(
  ctx: Ctx,
  ind: IndicatorResult,
  stt: string,
  periods: string[],
  T: TermColumns,
  clock: TermClockCells | null,
) {
  const w = ctx.w;
  labelCells(ctx, ind, stt);
  const th: DatedCell[] = [];
  const pairs: { kh: string; th: string }[] = [];
  let latestWithBoth: { p: PeriodFigures; kh: string; th: string } | null = null;
  periods.forEach((label, k) => {
    const p = ind.periods.find((x) => x.period === label);
    if (!p) return;
    const c = 3 + k * 3;
    const target = w.put(c, sourceValue(ctx.grids, p.cells.target, p.target, 'number', p.targetSpec));
    const actual = w.put(c + 1, actualCell(ctx, ind, p));
    const kh = w.addr(c);
    const a = w.addr(c + 1);
    const numT = typeof target.value === 'number' || !!target.formula;
    const numA = typeof actual.value === 'number' || !!actual.formula;
    const period = periodOf(label);
    if (numA) th.push({ cell: a, at: period ? periodEnd(period) : 0, partial: !!period && isPartial(period) });
    const range = p.targetSpec?.kind === 'range' ? p.targetSpec : null;
    if (numA && (numT || range) && p.achievementPct !== null) {
      w.put(
        c + 2,
        figure(pctFormula(a, range ? String(range.low) : kh, DECIMALS.pct), p.achievementPct, DECIMALS.pct, 'pct'),
      );
    }
    if (numA && numT && p.status !== 'khong_danh_gia') pairs.push({ kh, th: a });
    if (p.target !== null && p.actual !== null) latestWithBoth = { p, kh, th: a };
  });
  termTail(ctx, ind, T, th, pairs, latestWithBoth, clock);
  rateDecimals(ctx, ind);
  w.row++;
}

/** The basis figure of a term target as a formula expression (§4, §7.5): average, total or latest. */
function basisExpression(basis: TermFigures['basis'], th: DatedCell[]): string {
  if (basis === 'latest') return th[th.length - 1].cell;
  if (basis === 'growth') {
    // Compound annual growth over the full years, as the engine's cagrPct.
    const years = th.filter((d) => !d.partial);
    return `((${years[years.length - 1].cell}/${years[0].cell})^(1/${years.length - 1})-1)*100`;
  }
  const list = th.map((d) => d.cell).join(',');
  return basis === 'average' ? `AVERAGE(${list})` : `SUM(${list})`;
}

/** `Dự báo cuối nhiệm kỳ` (§7.5) as an expression over the row's actuals, unrounded. */
function projectionExpression(basis: TermFigures['basis'], th: DatedCell[], clock: TermClockCells): string | null {
  if (basis === 'latest') return linearProjection(th[0], th[th.length - 1], clock.end);
  if (basis === 'average' || basis === 'growth') return basisExpression(basis, th);
  if (basis === 'total') return `${basisExpression(basis, th)}/${clock.elapsedYears}*${clock.termYears}`;
  return null;
}

function termTail(
  ctx: Ctx,
  ind: IndicatorResult,
  col: TermColumns,
  th: DatedCell[],
  pairs: { kh: string; th: string }[],
  latest: { p: PeriodFigures; kh: string; th: string } | null,
  clock: TermClockCells | null,
) {
  const w = ctx.w;
  const term = ind.term;
  const list = th.map((d) => d.cell).join(',');
  if (term && th.length && term.average !== null) {
    w.put(
      col.avg,
      figure(`=IFERROR(ROUND(AVERAGE(${list}),${DECIMALS.average}),"")`, term.average, DECIMALS.average, 'number'),
    );
  }
  if (term?.total != null && th.length) {
    w.put(
      col.total,
      figure(`=IF(COUNT(${list})=0,"",ROUND(SUM(${list}),${VALUE_DECIMALS}))`, term.total, VALUE_DECIMALS, 'number'),
    );
  }
  const sumPairs = (key: 'kh' | 'th') => pairs.map((p) => p[key]).join('+');
  if (term?.cumulativePct != null && pairs.length) {
    w.put(
      col.totalKh,
      figure(
        `=ROUND(${sumPairs('kh')},${VALUE_DECIMALS})`,
        pairs.length ? sumOf(ind, 'target') : null,
        VALUE_DECIMALS,
        'number',
      ),
    );
    w.put(
      col.nkPct,
      figure(
        `=IFERROR(ROUND((${sumPairs('th')})/(${sumPairs('kh')})*100,${DECIMALS.pct}),"")`,
        term.cumulativePct,
        DECIMALS.pct,
        'pct',
      ),
    );
  }
  if (term?.cagrPct != null && th.length >= 2) {
    // Growth is over the full years only: a partial last period is not a year of growth.
    const years = th.filter((d) => !d.partial);
    const first = years[0].cell;
    const last = years[years.length - 1].cell;
    const yearList = years.map((d) => d.cell).join(',');
    w.put(
      col.cagr,
      figure(
        `=IFERROR(ROUND(((${last}/${first})^(1/(COUNT(${yearList})-1))-1)*100,${DECIMALS.pct}),"")`,
        term.cagrPct,
        DECIMALS.pct,
        'pct',
      ),
    );
  }
  const nk = term?.cells.termTarget;
  if (term && nk && term.termTarget !== null) {
    const target = w.put(col.nk, sourceValue(ctx.grids, nk, term.termTarget, 'number', term.targetSpec));
    const nkAddr = w.addr(col.nk);
    const range = term.targetSpec?.kind === 'range' ? term.targetSpec : null;
    const numeric = typeof target.value === 'number' || !!target.formula || range !== null;
    const numericBasis = numeric && th.length > 0 && term.basis !== null;
    const basis = numericBasis ? basisExpression(term.basis, th) : '';
    if (term.termAchievementPct !== null && numericBasis) {
      const t = range ? String(range.low) : nkAddr;
      w.put(col.nkPct, figure(pctFormula(`(${basis})`, t, DECIMALS.pct), term.termAchievementPct, DECIMALS.pct, 'pct'));
    }
    // The outlook judges the projection unrounded, as the engine does, not the rounded cell.
    const projection =
      clock && numericBasis && term.projection !== null ? projectionExpression(term.basis, th, clock) : null;
    if (projection && col.projection !== null) {
      const formula = `=IFERROR(ROUND(${projection},${DECIMALS.average}),"")`;
      w.put(col.projection, figure(formula, term.projection, DECIMALS.average, 'number'));
    }
    const cap = term.basis === 'total' && ind.direction === 'decrease';
    const words = clock ? termInProgressWords(cap) : {};
    statusCell(
      ctx,
      col.status,
      numericBasis ? term.targetSpec : null,
      basis,
      nkAddr,
      numericBasis,
      ind.overallStatus,
      words,
    );
    outlookCell(
      ctx,
      col,
      term,
      projection && term.targetSpec ? { spec: term.targetSpec, a: `(${projection})`, t: nkAddr } : null,
    );
    return;
  }
  if (latest) {
    const l = latest as { p: PeriodFigures; kh: string; th: string };
    const numeric =
      typeof l.p.actual === 'number' && (typeof l.p.target === 'number' || l.p.targetSpec?.kind === 'zero');
    statusCell(ctx, col.status, l.p.targetSpec, l.th, l.kh, numeric, ind.overallStatus);
  } else {
    statusCell(ctx, col.status, null, '', '', false, ind.overallStatus);
  }
}

/** `Khả năng hoàn thành` (§7.5): a formula over the row's status and projection cells. */
function outlookCell(
  ctx: Ctx,
  col: TermColumns,
  term: TermFigures,
  projected: { spec: ResolvedTarget; a: string; t: string } | null,
) {
  if (col.outlook === null || term.outlook === null) return;
  const w = ctx.w;
  ctx.toned.push({ kind: 'outlook', cell: here(w, col.outlook) });
  w.put(col.outlook, {
    formula: outlookFormula(w.addr(col.status), projected),
    expected: { value: OUTLOOK_TEXT[term.outlook], decimals: null },
    style: 'status',
  });
}

function sumOf(ind: IndicatorResult, key: 'target' | 'actual'): number {
  return ind.periods
    .filter((p) => typeof p.actual === 'number' && typeof p.target === 'number' && p.status !== 'khong_danh_gia')
    .reduce((s, p) => s + (p[key] as number), 0);
}

/** The term's clock for the formulas, while the term is in progress: it ends L years after the start of its first year with results. */
function termClockCells(t: TableResult): TermClockCells | null {
  if (!t.termProgress) return null;
  const years = t.indicators.flatMap((i) =>
    i.periods.filter((p) => p.actual !== null).map((p) => Number(periodOf(p.period)?.year) || Infinity),
  );
  const first = minOf(years);
  if (!Number.isFinite(first)) return null;
  const { elapsedYears, termYears } = t.termProgress;
  return { elapsedYears, termYears, end: first + termYears };
}

function termBlock(ctx: Ctx, t: TableResult) {
  const periods = periodLabels(t);
  const tail = 3 + periods.length * 3;
  const T = termColumns(tail, t.termProgress !== null);
  termHeader(ctx, t, periods, T);
  const clock = termClockCells(t);
  const first = ctx.w.row;
  const number = numbering();
  const last = tail + T.labels.length - 1;
  for (const ind of t.indicators) {
    const stt = number(ind, (label, name) => sectionRow(ctx, label, name, last));
    termRow(ctx, ind, stt, periods, T, clock);
  }
  const widths = [5, 36, 10, ...periods.flatMap(() => [9, 9, 8]), 10, 10, 10, 9, 10, 11];
  if (T.projection !== null) widths.push(11);
  widths.push(13);
  if (T.outlook !== null) widths.push(13);
  return { first, widths };
}

// ---------- the whole sheet ----------

function textBlock(ctx: Ctx, title: string, lines: string[], lastCol: number) {
  const w = ctx.w;
  w.row++;
  w.text(0, title, 'remarkTitle');
  w.merge(w.row, 0, w.row, lastCol);
  w.row++;
  // Each sentence is merged across the table so it wraps within the page; past a few hundred
  // sentences (a generated or district-size workbook) merges would dominate the write time, so the
  // text is left to overflow instead.
  const merge = lines.length <= MAX_MERGED_REMARKS;
  for (const line of lines) {
    w.text(0, line, 'remark');
    if (merge) {
      w.merge(w.row, 0, w.row, lastCol);
      w.heights[w.row] = Math.min(MAX_ROW_HEIGHT, Math.max(18, Math.ceil(line.length / 150) * 16));
    }
    w.row++;
  }
}

function findingsBlock(ctx: Ctx, report: Report, lastCol: number) {
  if (report.checks.length === 0) return;
  const w = ctx.w;
  w.row++;
  w.text(0, `Số liệu cần kiểm tra (${report.checks.length})`, 'remarkTitle');
  w.merge(w.row, 0, w.row, lastCol);
  w.row++;
  ['Ô', 'Chỉ tiêu', 'Ghi', 'Tính lại', 'Giải thích'].forEach((h, i) => w.text(i, h, 'findingHeader'));
  w.merge(w.row, 4, w.row, lastCol);
  w.row++;
  for (const f of report.checks) {
    w.text(0, `${f.sheet}!${f.cell}`, 'finding');
    w.text(1, f.indicator, 'finding');
    w.put(2, { value: typeof f.reported === 'number' ? f.reported : (f.reported ?? ''), style: 'finding' });
    w.put(3, { value: f.computed === null ? '' : Math.round(f.computed * 10) / 10, style: 'finding' });
    w.text(4, f.message, 'finding');
    w.merge(w.row, 4, w.row, lastCol);
    w.row++;
  }
}

/** The last column a table's block uses (the header block and remarks span to it). */
function lastColumnOf(t: TableResult): number {
  if (!isAnnual(t)) return 3 + periodLabels(t).length * 3 + termColumns(0, t.termProgress !== null).labels.length - 1;
  return annualLayout(t).status;
}

/**
 * The summary sheet model of a report.
 * @example
 * const grids = [{ sheet: 'S', values: [['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'], ['Thu ngân sách', 'Triệu đồng', 10500, 36015]] }];
 * const r = runReport(grids);
 * r.ok && buildReportModel(r.report, grids, { ...defaultSheetSettings, issuingBody: 'Đảng ủy phường Phúc Đồng' }).name // → 'Báo cáo chỉ tiêu'
 */
export function buildReportModel(report: Report, grids: Grid[], settings: SheetSettings): ReportSheetModel {
  const w = new SheetWriter();
  const ctx: Ctx = { w, grids: new Map(grids.map((g) => [g.sheet, g])), toned: [] };
  const widths: number[] = [];
  let titleRows: { top: number; bottom: number } | null = null;
  let freezeRow: number | null = null;
  const lastColGuess = maxOf(report.tables.map(lastColumnOf));
  headerBlock(w, settings, report, lastColGuess);
  for (const t of report.tables) {
    if (report.tables.length > 1) {
      w.row++;
      w.text(0, `Bảng ${t.sheet}${t.period ? ` — ${t.period}` : ''} (${t.range})`, 'tableCaption');
      w.merge(w.row, 0, w.row, 3);
      w.row++;
    }
    const headerTop = w.row;
    const firstCell = w.cells.length;
    const block = isAnnual(t) ? annualBlock(ctx, t) : termBlock(ctx, t);
    w.fillBlanks(block.first, w.row - 1, block.widths.length - 1, firstCell);
    titleRows ??= { top: headerTop, bottom: block.first - 1 };
    freezeRow ??= block.first;
    block.widths.forEach((x, i) => (widths[i] = Math.max(widths[i] ?? 0, x)));
  }
  const lastCol = Math.max(w.lastCol, lastColGuess);
  w.row++;
  w.text(0, countsLine(report.counts, { metShare: true }), 'totals');
  w.merge(w.row, 0, w.row, lastCol);
  w.row++;
  textBlock(ctx, 'Nhận xét', report.narrative, lastCol);
  findingsBlock(ctx, report, lastCol);
  return {
    name: settings.sheetName,
    cells: w.cells,
    merges: w.merges,
    widths,
    heights: w.heights,
    conditional: tonedColumns(ctx.toned).map(({ kind, range }) => ({ range, rules: toneRules(kind, range) })),
    print: { orientation: 'landscape', titleRows, fitToWidth: true },
    freezeRow,
    lastRow: w.row - 1,
    lastCol,
  };
}

/** Coloured cells grouped into one range per kind, column and run of rows. */
function tonedColumns(cells: Ctx['toned']): { kind: TonedKind; range: CellRange }[] {
  const ranges: { kind: TonedKind; range: CellRange }[] = [];
  for (const { kind, cell: c } of cells) {
    const last = ranges.find((r) => r.kind === kind && r.range.left === c.left && r.range.bottom >= c.top - 3);
    if (last) last.range.bottom = Math.max(last.range.bottom, c.bottom);
    else ranges.push({ kind, range: { ...c } });
  }
  return ranges;
}

/**
 * The colours of a range's words: statuses (Chưa đạt red, Vượt/Đạt green, Đang thực hiện amber,
 * Không đánh giá grey), pace (Đạt tiến độ green, Chậm tiến độ red), outlook (Đã đạt green, Có khả
 * năng đạt amber, Khó đạt red).
 */
function toneRules(kind: TonedKind, range: CellRange): ConditionalRule[] {
  const cell = cellAddress(range.top, range.left);
  const is = (...words: string[]) =>
    words.length === 1 ? `${cell}="${words[0]}"` : `OR(${words.map((x) => `${cell}="${x}"`).join(',')})`;
  if (kind === 'progress') {
    return [
      { formula: is(PROGRESS_TEXT.cham_tien_do), tone: 'bad' },
      { formula: is(PROGRESS_TEXT.dat_tien_do), tone: 'good' },
    ];
  }
  if (kind === 'outlook') {
    return [
      { formula: is(OUTLOOK_TEXT.kho_dat), tone: 'bad' },
      { formula: is(OUTLOOK_TEXT.da_dat), tone: 'good' },
      { formula: is(OUTLOOK_TEXT.co_kha_nang_dat), tone: 'amber' },
    ];
  }
  return [
    { formula: is(STATUS_TEXT.chua_dat), tone: 'bad' },
    { formula: is(STATUS_TEXT.vuot, STATUS_TEXT.dat), tone: 'good' },
    { formula: is(STATUS_TEXT.khong_danh_gia), tone: 'neutral' },
    { formula: is(STATUS_TEXT.dang_thuc_hien), tone: 'amber' },
  ];
}
