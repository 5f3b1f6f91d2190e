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
import { cellAddress, isCellError, type CellRange, type Grid } from '../grid';
import type { CellRef, IndicatorResult, PeriodFigures, Report, ResolvedTarget, TableResult } from '../indicator';
import { DECIMALS } from '../narrative/style';
import { excelRound } from '../narrative/format';
import { periodOrder } from '../detect/period';
import { periodOf } from '../detect/period';
import { differenceFormula, pctFormula, sheetRef, statusFormula, yoyPctFormula } from './formulas';
import { STATUS_TEXT, type CellStyle, type ModelCell, type ReportSheetModel } from './model';
import { headerBlock, type SheetSettings } from './header';
import { isRateLike, isMoneyOrCount } from '../figures';
import { isAnnual } from '../layout';

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
 * constant with a note naming its source (see the module comment).
 */
function sourceValue(
  grids: Map<string, Grid>,
  ref: CellRef | undefined,
  engine: number | string | null,
  style: CellStyle,
  spec?: ResolvedTarget | null,
): Omit<ModelCell, 'row' | 'col'> {
  if (!ref || engine === null) return { value: null, style };
  const grid = grids.get(ref.sheet);
  const raw = grid?.values[ref.row]?.[ref.col];
  const fmt = grid?.numberFormats?.[ref.row]?.[ref.col] ?? '';
  if (typeof raw === 'number' && typeof engine === 'number' && !shownAsText(spec)) {
    const scale = fmt.replace(/"[^"]*"/g, '').includes('%') ? '*100' : fmt.includes('‰') ? '*1000' : '';
    const formula = `=${sheetRef(ref.sheet, ref.row, ref.col)}${scale}`;
    return { formula, expected: { value: engine, decimals: null }, style, numberFormat: figureFormat(engine) };
  }
  const shown = typeof raw === 'string' ? raw.trim() : isCellError(raw) ? raw.error : String(raw ?? '');
  const note = `Đọc từ ${sheetRef(ref.sheet, ref.row, ref.col)}: "${shown}"`;
  if (shownAsText(spec) || typeof engine !== 'number') return { value: shown, style: 'text', note };
  return { value: engine, style, note, numberFormat: figureFormat(engine) };
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

interface Ctx {
  w: SheetWriter;
  grids: Map<string, Grid>;
  statusCells: CellRange[];
}

function statusCell(
  ctx: Ctx,
  col: number,
  spec: ResolvedTarget | null,
  a: string,
  t: string,
  actualNumeric: boolean,
  status: keyof typeof STATUS_TEXT,
) {
  const f = spec && actualNumeric ? statusFormula(spec, a, t) : null;
  ctx.statusCells.push({ top: ctx.w.row, left: col, bottom: ctx.w.row, right: col });
  if (f) ctx.w.put(col, { formula: f, expected: { value: STATUS_TEXT[status], decimals: null }, style: 'status' });
  else ctx.w.text(col, STATUS_TEXT[status], 'status');
}

function labelCells(ctx: Ctx, ind: IndicatorResult, stt: string) {
  const w = ctx.w;
  w.text(0, stt, 'text');
  w.text(1, ind.parent ? `- ${ind.name}` : ind.name, ind.parent ? 'subName' : 'name');
  w.text(2, ind.unit, 'text');
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

/** Columns of the annual layout; the assigned-target pair only when the table has assigned targets. */
interface AnnualColumns {
  header: string[];
  widths: number[];
  assigned: number | null;
  assignedPct: number | null;
  kh: number;
  th: number;
  pct: number;
  gap: number;
  prev: number;
  yoy: number;
  status: number;
}

function annualColumns(withAssigned: boolean): AnnualColumns {
  const header = ['STT', 'Chỉ tiêu', 'ĐVT'];
  const widths = [6, 44, 12];
  const add = (label: string, width: number) => (header.push(label), widths.push(width), header.length - 1);
  const assigned = withAssigned ? add('Chỉ tiêu cấp trên giao', 12) : null;
  const kh = add(withAssigned ? 'Chỉ tiêu đơn vị đề ra' : 'Kế hoạch', 12);
  const th = add('Thực hiện', 12);
  const assignedPct = withAssigned ? add('Tỷ lệ TH/chỉ tiêu giao (%)', 11) : null;
  const pct = add(withAssigned ? 'Tỷ lệ TH/chỉ tiêu đề ra (%)' : 'Tỷ lệ TH/KH (%)', 11);
  const gap = add('Chênh lệch TH - KH', 11);
  const prev = add('Cùng kỳ', 12);
  const yoy = add('So cùng kỳ (%; điểm % với tỷ lệ)', 12);
  const status = add('Đánh giá', 14);
  return { header, widths, assigned, assignedPct, kh, th, pct, gap, prev, yoy, status };
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

function annualRow(ctx: Ctx, ind: IndicatorResult, stt: string, A: AnnualColumns) {
  const w = ctx.w;
  const p = ind.periods[ind.periods.length - 1];
  labelCells(ctx, ind, stt);
  let assignedAddr: string | null = null;
  if (A.assigned !== null && p.cells.assignedTarget) {
    w.put(A.assigned, sourceValue(ctx.grids, p.cells.assignedTarget, p.assignedTarget, 'number'));
    assignedAddr = w.addr(A.assigned);
  }
  const prevRef = p.cells.previousActual;
  const prevAddr = p.previousActual !== null && prevRef ? w.addr(A.prev) : null;
  const target = w.put(A.kh, targetCell(ctx, p, { assigned: assignedAddr, previous: prevAddr }));
  const actual = w.put(A.th, sourceValue(ctx.grids, p.cells.actual, p.actual, 'number'));
  const kh = w.addr(A.kh);
  const th = w.addr(A.th);
  const numericTarget = typeof target.value === 'number' || !!target.formula;
  const numericActual = typeof actual.value === 'number' || !!actual.formula;
  const spec = p.targetSpec;
  const range = spec?.kind === 'range' ? spec : null;
  if (p.achievementPct !== null && numericActual && (range || numericTarget)) {
    w.put(
      A.pct,
      figure(pctFormula(th, range ? String(range.low) : kh, DECIMALS.pct), p.achievementPct, DECIMALS.pct, 'pct'),
    );
  }
  if (A.assignedPct !== null && assignedAddr && p.assignedAchievementPct !== null && numericActual) {
    w.put(
      A.assignedPct,
      figure(pctFormula(th, assignedAddr, DECIMALS.pct), p.assignedAchievementPct, DECIMALS.pct, 'pct'),
    );
  }
  if (numericTarget && numericActual && (p.gap !== null || p.gapPoints !== null)) {
    const decimals = p.gapPoints !== null ? DECIMALS.points : VALUE_DECIMALS;
    w.put(A.gap, figure(differenceFormula(th, kh, decimals), p.gapPoints ?? p.gap, decimals, 'number'));
  }
  if (prevAddr && prevRef) {
    w.put(A.prev, sourceValue(ctx.grids, prevRef, p.previousActual, 'number'));
    yoyCell(ctx, A.yoy, th, prevAddr, ind, p);
  }
  const judged = numericActual && (numericTarget || range !== null || spec?.kind === 'zero');
  statusCell(ctx, A.status, spec, th, kh, judged, p.status);
  w.row++;
}

function yoyCell(ctx: Ctx, col: number, a: string, prev: string, ind: IndicatorResult, p: PeriodFigures) {
  if (isMoneyOrCount(ind.valueKind) && p.yoyPct !== null) {
    ctx.w.put(col, figure(yoyPctFormula(a, prev, DECIMALS.pct), p.yoyPct, DECIMALS.pct, 'pct'));
  } else if (isRateLike(ind.valueKind) && p.yoyPoints !== null) {
    ctx.w.put(col, figure(differenceFormula(a, prev, DECIMALS.points), p.yoyPoints, DECIMALS.points, 'number'));
  }
}

function annualBlock(ctx: Ctx, t: TableResult) {
  const A = annualColumns(t.indicators.some((i) => i.periods.some((p) => p.cells.assignedTarget)));
  headerRow(ctx, A.header);
  const first = ctx.w.row;
  const number = numbering();
  for (const ind of t.indicators) {
    const stt = number(ind, (label, name) => sectionRow(ctx, label, name, A.status));
    annualRow(ctx, ind, stt, A);
  }
  return { first, widths: A.widths };
}

// ---------- term layout ----------

function termPeriods(t: TableResult): string[] {
  const labels: string[] = [];
  for (const ind of t.indicators) for (const p of ind.periods) if (!labels.includes(p.period)) labels.push(p.period);
  const order = (l: string) => {
    const p = periodOf(l);
    return p ? periodOrder(p) : 0;
  };
  return labels.sort((a, b) => order(a) - order(b));
}

function termHeader(ctx: Ctx, periods: string[]) {
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
    w.text(c, label ? (/^\d{4}$/.test(label) ? `Năm ${label}` : label) : 'Kỳ báo cáo', 'header', top);
    w.text(c + 1, '', 'header', top);
    w.text(c + 2, '', 'header', top);
    w.merge(top, c, top, c + 2);
    ['KH', 'TH', '%'].forEach((l, i) => w.text(c + i, l, 'header', top + 1));
  });
  const tail = [
    'Bình quân',
    'Tổng TH',
    'Tổng KH',
    'Tăng BQ/năm (%)',
    'Chỉ tiêu nhiệm kỳ',
    'Tỷ lệ nhiệm kỳ / lũy kế (%)',
    'Đánh giá',
  ];
  const start = 3 + periods.length * 3;
  tail.forEach((l, i) => {
    w.text(start + i, l, 'header', top);
    w.text(start + i, '', 'header', top + 1);
    w.merge(top, start + i, top + 1, start + i);
  });
  w.heights[top] = 30;
  w.heights[top + 1] = 20;
  w.row += 2;
  return start;
}

function termRow(ctx: Ctx, ind: IndicatorResult, stt: string, periods: string[], tail: number) {
  const w = ctx.w;
  labelCells(ctx, ind, stt);
  const th: string[] = [];
  const pairs: { kh: string; th: string }[] = [];
  let latestWithBoth: { p: PeriodFigures; kh: string; th: string } | null = null;
  periods.forEach((label, k) => {
    const p = ind.periods.find((x) => x.period === label);
    if (!p) return;
    const c = 3 + k * 3;
    const target = w.put(c, sourceValue(ctx.grids, p.cells.target, p.target, 'number', p.targetSpec));
    const actual = w.put(c + 1, sourceValue(ctx.grids, p.cells.actual, p.actual, 'number'));
    const kh = w.addr(c);
    const a = w.addr(c + 1);
    const numT = typeof target.value === 'number' || !!target.formula;
    const numA = typeof actual.value === 'number' || !!actual.formula;
    if (numA) th.push(a);
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
  termTail(ctx, ind, tail, th, pairs, latestWithBoth);
  w.row++;
}

function termTail(
  ctx: Ctx,
  ind: IndicatorResult,
  tail: number,
  th: string[],
  pairs: { kh: string; th: string }[],
  latest: { p: PeriodFigures; kh: string; th: string } | null,
) {
  const w = ctx.w;
  const term = ind.term;
  const list = th.join(',');
  const col = {
    avg: tail,
    total: tail + 1,
    totalKh: tail + 2,
    cagr: tail + 3,
    nk: tail + 4,
    nkPct: tail + 5,
    status: tail + 6,
  };
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
    const first = th[0];
    const last = th[th.length - 1];
    w.put(
      col.cagr,
      figure(
        `=IFERROR(ROUND(((${last}/${first})^(1/(COUNT(${list})-1))-1)*100,${DECIMALS.pct}),"")`,
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
    const basis = term.basis === 'average' ? `AVERAGE(${list})` : `SUM(${list})`;
    const range = term.targetSpec?.kind === 'range' ? term.targetSpec : null;
    const numeric = typeof target.value === 'number' || !!target.formula || range !== null;
    if (term.termAchievementPct !== null && numeric && th.length) {
      const t = range ? String(range.low) : nkAddr;
      w.put(col.nkPct, figure(pctFormula(`(${basis})`, t, DECIMALS.pct), term.termAchievementPct, DECIMALS.pct, 'pct'));
    }
    const numericBasis = numeric && th.length > 0 && term.basis !== null;
    statusCell(ctx, col.status, numericBasis ? term.targetSpec : null, basis, nkAddr, numericBasis, ind.overallStatus);
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

function sumOf(ind: IndicatorResult, key: 'target' | 'actual'): number {
  return ind.periods
    .filter((p) => typeof p.actual === 'number' && typeof p.target === 'number' && p.status !== 'khong_danh_gia')
    .reduce((s, p) => s + (p[key] as number), 0);
}

function termBlock(ctx: Ctx, t: TableResult) {
  const periods = termPeriods(t);
  const tail = termHeader(ctx, periods);
  const first = ctx.w.row;
  const number = numbering();
  for (const ind of t.indicators) {
    const stt = number(ind, (label, name) => sectionRow(ctx, label, name, tail + 6));
    termRow(ctx, ind, stt, periods, tail);
  }
  const widths = [5, 36, 10, ...periods.flatMap(() => [9, 9, 8]), 10, 10, 10, 9, 10, 11, 13];
  return { first, widths };
}

// ---------- the whole sheet ----------

function totalsLine(report: Report): string {
  const c = report.counts;
  return `Tổng số: ${c.total} chỉ tiêu — Vượt: ${c.vuot} — Đạt: ${c.dat} — Chưa đạt: ${c.chua_dat} — Không đánh giá: ${c.khong_danh_gia} (đạt và vượt: ${c.vuot + c.dat}/${c.total})`;
}

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
  if (!isAnnual(t)) return 3 + termPeriods(t).length * 3 + 6;
  return annualColumns(t.indicators.some((i) => i.periods.some((p) => p.cells.assignedTarget))).status;
}

/**
 * The summary sheet model of a report.
 * @example buildReportModel(report, grids, { ...defaultSheetSettings, issuingBody: 'Đảng ủy phường Phúc Đồng' })
 */
export function buildReportModel(report: Report, grids: Grid[], settings: SheetSettings): ReportSheetModel {
  const w = new SheetWriter();
  const ctx: Ctx = { w, grids: new Map(grids.map((g) => [g.sheet, g])), statusCells: [] };
  const widths: number[] = [];
  let titleRows: { top: number; bottom: number } | null = null;
  let freezeRow: number | null = null;
  const lastColGuess = Math.max(...report.tables.map(lastColumnOf));
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
  w.text(0, totalsLine(report), 'totals');
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
    conditional: statusColumns(ctx.statusCells).map((range) => ({ range, rules: statusRules(range) })),
    print: { orientation: 'landscape', titleRows, fitToWidth: true },
    freezeRow,
    lastRow: w.row - 1,
    lastCol,
  };
}

/** Status cells grouped into one range per column and run of rows. */
function statusColumns(cells: CellRange[]): CellRange[] {
  const ranges: CellRange[] = [];
  for (const c of cells) {
    const last = ranges.find((r) => r.left === c.left && r.bottom >= c.top - 3);
    if (last) last.bottom = Math.max(last.bottom, c.bottom);
    else ranges.push({ ...c });
  }
  return ranges;
}

function statusRules(range: CellRange) {
  const cell = cellAddress(range.top, range.left);
  return [
    { formula: `${cell}="${STATUS_TEXT.chua_dat}"`, tone: 'bad' as const },
    { formula: `OR(${cell}="${STATUS_TEXT.vuot}",${cell}="${STATUS_TEXT.dat}")`, tone: 'good' as const },
    { formula: `${cell}="${STATUS_TEXT.khong_danh_gia}"`, tone: 'neutral' as const },
  ];
}
