/**
 * The term layout of a table whose indicators have several periods of a term: `KH | TH | %` per
 * period, then `Bình quân | Tổng TH | Tổng KH | Tăng BQ/năm (%) | Chỉ tiêu nhiệm kỳ | Tỷ lệ
 * nhiệm kỳ / lũy kế (%) | Đánh giá`, with the projection and the outlook while the term is in
 * progress (§7.5). The term figures are formulas over the row's own period cells.
 */
import type { IndicatorResult, PeriodFigures, ResolvedTarget, TableResult, TermFigures } from '../indicator';
import { DECIMALS } from '../narrative/style';
import { isPartial, isWholeYear, periodEnd } from '../detect/period';
import { periodWords, tablePeriods, type TablePeriod } from './periods';
import { linearProjection, outlookFormula, pctFormula, termInProgressWords } from './formulas';
import { OUTLOOK_TEXT } from './model';
import { minOf } from '../arrays';
import {
  actualCell,
  figure,
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
  /** The plan ahead's columns, after all the others (`planColumns.ts`). */
  plans: PlanColumn[];
  firstPlan: number;
  labels: string[];
}

export function termColumns(tail: number, inProgress: boolean, plans: PlanColumn[] = []): TermColumns {
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
  const firstPlan = tail + labels.length;
  for (const plan of plans) add(plan.label);
  return { avg, total, totalKh, cagr, nk, nkPct, projection, status, outlook, plans, firstPlan, labels };
}

/** `Năm 2021`, `Ước thực hiện 6 tháng 2024` — a term table's period over its KH/TH/% columns. */
function termPeriodHeader(t: TableResult, { label, at }: TablePeriod): string {
  if (!label) return 'Kỳ báo cáo';
  const shown = isWholeYear(at) ? `Năm ${at.year}` : label;
  let estimated = false;
  for (const i of t.indicators)
    for (const p of i.periods)
      if (p.period === label) {
        if (!p.estimated) return shown;
        estimated = true;
      }
  return estimated ? `Ước thực hiện ${periodWords(at)}` : shown;
}

function termHeader(ctx: Ctx, t: TableResult, periods: TablePeriod[], T: TermColumns) {
  const w = ctx.w;
  const top = w.row;
  const fixed = ['STT', 'Chỉ tiêu', 'ĐVT'];
  fixed.forEach((l, i) => {
    w.text(i, l, 'header', top);
    w.text(i, '', 'header', top + 1);
    w.merge(top, i, top + 1, i);
  });
  periods.forEach((period, k) => {
    const c = 3 + k * 3;
    w.text(c, termPeriodHeader(t, period), 'header', top);
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
  periods: TablePeriod[],
  T: TermColumns,
  clock: TermClockCells | null,
) {
  const w = ctx.w;
  labelCells(ctx, ind, stt);
  const th: DatedCell[] = [];
  const pairs: { kh: string; th: string }[] = [];
  let latestWithBoth: { p: PeriodFigures; kh: string; th: string } | null = null;
  periods.forEach(({ label }, k) => {
    const p = ind.periods.find((x) => x.period === label);
    if (!p) return;
    const c = 3 + k * 3;
    const target = w.put(c, sourceValue(ctx.grids, p.cells.target, p.target, 'number', p.targetSpec));
    const actual = w.put(c + 1, actualCell(ctx, ind, p));
    const kh = w.addr(c);
    const a = w.addr(c + 1);
    const numT = typeof target.value === 'number' || !!target.formula;
    const numA = typeof actual.value === 'number' || !!actual.formula;
    if (numA) th.push({ cell: a, at: p.at.year ? periodEnd(p.at) : 0, partial: isPartial(p.at) });
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
  planCells(ctx, ind, T.plans, T.firstPlan);
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
  const list = cellList(th, ',');
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
  const list = cellList(th, ',');
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
  if (term?.cumulativePct != null && pairs.length) {
    const khSum = pairSum(pairs, 'kh');
    w.put(
      col.totalKh,
      figure(
        `=ROUND(${khSum},${VALUE_DECIMALS})`,
        pairs.length ? sumOf(ind, 'target') : null,
        VALUE_DECIMALS,
        'number',
      ),
    );
    w.put(
      col.nkPct,
      figure(
        `=IFERROR(ROUND((${pairSum(pairs, 'th')})/(${khSum})*100,${DECIMALS.pct}),"")`,
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
    const yearList = cellList(years, ',');
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

/** The cells of `dated` joined by `by`: `E16,H16,K16`. */
function cellList(dated: DatedCell[], by: string): string {
  let out = dated.length ? dated[0].cell : '';
  for (let i = 1; i < dated.length; i++) out += by + dated[i].cell;
  return out;
}

/** The plans' or the actuals' cells of the judged periods added up: `D16+G16+J16`. */
function pairSum(pairs: { kh: string; th: string }[], key: 'kh' | 'th'): string {
  let out = pairs.length ? pairs[0][key] : '';
  for (let i = 1; i < pairs.length; i++) out += '+' + pairs[i][key];
  return out;
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
    i.periods.filter((p) => p.actual !== null).map((p) => Number(p.at.year) || Infinity),
  );
  const first = minOf(years);
  if (!Number.isFinite(first)) return null;
  const { elapsedYears, termYears } = t.termProgress;
  return { elapsedYears, termYears, end: first + termYears };
}

export function termBlock(ctx: Ctx, t: TableResult) {
  const periods = tablePeriods(t);
  const tail = 3 + periods.length * 3;
  const T = termColumns(tail, t.termProgress !== null, planColumns(t));
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
  for (let k = 0; k < T.plans.length; k++) widths.push(11);
  return { first, widths };
}
