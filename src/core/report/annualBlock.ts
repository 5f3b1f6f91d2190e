/**
 * The annual layout of a table whose indicators have one period, or comparable periods side by
 * side: `STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ TH/KH (%) | Chênh lệch | Cùng kỳ |
 * Tăng (+), giảm (-) so với cùng kỳ | Đánh giá` per period. A column appears only when some indicator has its figure, so
 * an officer never reads a column of blanks.
 */
import type { CellRef, IndicatorResult, PeriodFigures, TableResult } from '../indicator';
import { DECIMALS, smallCountChange } from '../narrative/style';
import { unitWord } from '../narrative/indicator';
import { maxOf } from '../arrays';
import { isPreviousPeriod, isWholeYear, NO_PERIOD } from '../detect/period';
import { periodWords, tablePeriods } from './periods';
import {
  differenceFormula,
  elapsedFormula,
  partialWords,
  pctFormula,
  progressFormula,
  yoyPctFormula,
} from './formulas';
import { PROGRESS_TEXT, type CellStyle, type ModelCell } from './model';
import { accumulates, isRateLike, isMoneyOrCount } from '../figures';
import {
  actualCell,
  figure,
  figureFormat,
  headerRow,
  here,
  labelCells,
  numbering,
  rateDecimals,
  sectionRow,
  sourceValue,
  statusCell,
  VALUE_DECIMALS,
  type Ctx,
} from './sheetCells';
import { planCells, planColumns, type PlanColumn } from './planColumns';

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
  plans: PlanColumn[];
  /** The first plan column (after `Đánh giá`). */
  firstPlan: number;
  last: number;
}

function sameCell(a: CellRef | undefined, b: CellRef | undefined): boolean {
  return !!a && !!b && a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}

/** The earlier period of the same indicator whose target is the same source cell. */
function sharedTargetPeriod(ind: IndicatorResult, p: PeriodFigures): PeriodFigures | null {
  const i = ind.periods.indexOf(p);
  return ind.periods.slice(0, i).find((q) => sameCell(q.cells.target, p.cells.target)) ?? null;
}

export function annualLayout(t: TableResult): AnnualLayout {
  const periods = tablePeriods(t);
  const single = periods.length <= 1;
  const header: { col: number; label: string }[] = [
    { col: 0, label: 'STT' },
    { col: 1, label: 'Chỉ tiêu' },
    { col: 2, label: 'ĐVT' },
  ];
  const widths = [6, 44, 12];
  const spans: AnnualLayout['spans'] = [];
  const groups = (periods.length ? periods : [{ label: '', at: NO_PERIOD }]).map(({ label, at }) => {
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
      yoy: withPrev ? add(YOY_HEADER, yoyWidth(ps)) : null,
      elapsed: partial ? add('Tiến độ thời gian (%)', 10) : null,
      progress: ps.some(({ p }) => p.progress !== null) ? add('Tiến độ', 12) : null,
      status: add('Đánh giá', 14),
    };
    const words = !label ? 'kỳ báo cáo' : estimated && isWholeYear(at) ? `cả năm ${at.year}` : periodWords(at);
    spans.push({ label: `${estimated ? 'Ước thực hiện' : 'Thực hiện'} ${words}`, left, right: widths.length - 1 });
    return g;
  });
  const status = widths.length - 1;
  const plans = planColumns(t);
  for (const plan of plans) {
    header.push({ col: widths.length, label: plan.label });
    widths.push(12);
  }
  const last = widths.length - 1;
  return { groups, header, spans: single ? [] : spans, widths, status, plans, firstPlan: status + 1, last };
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
  const earlier = placed.find((q) => isPreviousPeriod(q.p.at, p.at) && q.p.actual === p.previousActual);
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
  const months = p.at.months;
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
  planCells(ctx, ind, L.plans, L.firstPlan);
  rateDecimals(ctx, ind);
  ctx.w.row++;
}

/**
 * The change against cùng kỳ is told three ways, as its sentence tells it: in % for money and large
 * counts (`+5,3%`), in percentage points for a rate (`-1,25 điểm %`), in units for a small count
 * (`+1 tổ dân phố`). One column holds the three, so each value carries its own measure and sign in
 * its number format — the header cannot say which — and stays a number a formula recalculates.
 */
const YOY_HEADER = 'Tăng (+), giảm (-) so với cùng kỳ';

function yoyCell(ctx: Ctx, col: number, a: string, prev: string, ind: IndicatorResult, p: PeriodFigures) {
  const units = smallCountChange(ind, p);
  if (units !== null) {
    ctx.w.put(col, change(figure(differenceFormula(a, prev, 0), units, 0, 'number'), unitWord(ind.unit)));
  } else if (isMoneyOrCount(ind.valueKind) && p.yoyPct !== null) {
    ctx.w.put(col, change(figure(yoyPctFormula(a, prev, DECIMALS.pct), p.yoyPct, DECIMALS.pct, 'pct'), '%'));
  } else if (isRateLike(ind.valueKind) && p.yoyPoints !== null) {
    const points = figure(differenceFormula(a, prev, DECIMALS.points), p.yoyPoints, DECIMALS.points, 'number');
    ctx.w.put(col, change(points, ' điểm %'));
  }
}

/**
 * The change column's width: wide enough for `-1.234,56 điểm %` and for the longest unit a small
 * count's change is told in (`+1 tổ dân phố`), since Excel shows `####` for a number that does not fit.
 */
function yoyWidth(ps: { i: IndicatorResult; p: PeriodFigures }[]): number {
  const units = ps.filter(({ i, p }) => smallCountChange(i, p) !== null).map(({ i }) => unitWord(i.unit).length + 6);
  return maxOf([16, ...units]);
}

/** A change's cell: signed, with its measure after the number (`+5,3%`, `-2 hộ`, `0%`). */
function change(cell: Omit<ModelCell, 'row' | 'col'>, measure: string): Omit<ModelCell, 'row' | 'col'> {
  if (!cell.numberFormat) return cell;
  const word = measure.replace(/["\\]/g, '');
  // A unit that is no word (`-`, `x`) says nothing: the number alone.
  const after = /\p{L}{2,}|%/u.test(word) ? `"${word === '%' || word.startsWith(' ') ? word : ` ${word}`}"` : '';
  const n = cell.numberFormat;
  return { ...cell, numberFormat: `+${n}${after};-${n}${after};0${after}` };
}

export function annualBlock(ctx: Ctx, t: TableResult) {
  const L = annualLayout(t);
  annualHeader(ctx, L);
  const first = ctx.w.row;
  const number = numbering();
  for (const ind of t.indicators) {
    const stt = number(ind, (label, name) => sectionRow(ctx, label, name, L.last));
    annualRow(ctx, ind, stt, L);
  }
  return { first, widths: L.widths };
}
