/**
 * Checking what users typed (DOMAIN.md §5). A reported figure is consistent when the computed one
 * rounds to it at the reported precision: |reported − computed| ≤ 0.5 × 10^−d, d = decimals shown.
 *
 * The reported figure is the one the user sees: a number kept with more decimals than its format
 * shows is first rounded to the shown decimals (1.384 in a `0%` cell is 138).
 *
 * Rules chosen where the spec is silent:
 * - A `So cùng kỳ` cell is consistent if it matches either reading officers use: the change
 *   (`tăng 19,6%`, points for rates) or the ratio to last year (`119,6%`). A finding shows the
 *   reading nearer to what was typed.
 * - A typed ratio column is checked only against the two columns it names (its column-number row
 *   `4=3/2` or its own words, see `detect/ratios.ts`): numerator / denominator × 100, read from the
 *   row's cells as typed; a `So cùng kỳ` column of named operands may hold the change instead.
 * - An own target is "easier" than the assigned one when it is lower (higher-is-better) or higher
 *   (lower-is-better); only numeric targets of the same period are compared.
 * - In a table of bodies, a typed `Tỷ lệ` is checked against its row's two counts (part / whole ×
 *   100, detect/bodyShares.ts), whether typed `99.4%`, `99,4` or as a number.
 */
import { bodyShares, type BodyShare } from './detect/bodyShares';
import { cellAddress, type CellRange, type Grid } from './grid';
import type { CellRef, Finding, IndicatorResult, PeriodFigures, RatioCells, TableResult } from './indicator';
import { excelRound, formatNumber, formatPct } from './narrative/format';
import type { ValueCell } from './sourceCell';

interface Reported {
  value: number;
  decimals: number;
}

function readReported(cell: ValueCell): Reported | null {
  const parsed = cell.parsed;
  if (!parsed || parsed.kind !== 'number') return null;
  // What the user sees: 1.384 shown as `0%` reads 138, not 138.4.
  return { value: excelRound(parsed.value, parsed.decimals), decimals: parsed.decimals };
}

/** `true` when `computed` rounds to `reported` at the reported number of decimals. */
export function roundsTo(reported: Reported, computed: number): boolean {
  return Math.abs(reported.value - computed) <= 0.5 * Math.pow(10, -reported.decimals) + 1e-9;
}

function finding(
  ref: CellRef,
  kind: Finding['kind'],
  ind: IndicatorResult,
  reported: number,
  computed: number,
  message: string,
): Finding {
  return {
    sheet: ref.sheet,
    cell: cellAddress(ref.row, ref.col),
    kind,
    reported,
    computed,
    message,
    indicator: ind.name,
  };
}

/**
 * A share of a lower-is-better target reads the other way round (95% of a cap is met, 105% is not):
 * the finding says so, as an officer writes it beside such a row.
 */
const LOWER_SHARE_NOTE = ' (chỉ tiêu giảm: dưới 100% là đạt)';

/** `what` says how the figure was recomputed; it is worded only for a finding. */
function pctFinding(
  ind: IndicatorResult,
  ref: ValueCell | undefined,
  computed: number | null,
  what: () => string,
  ofTarget = false,
): Finding | null {
  if (!ref || computed === null) return null;
  const reported = readReported(ref);
  if (!reported || roundsTo(reported, computed)) return null;
  const note = ofTarget && ind.direction === 'decrease' ? LOWER_SHARE_NOTE : '';
  const message = `${ind.name}: tỷ lệ ghi ${formatPct(reported.value)} nhưng tính lại ${what()} là ${formatPct(computed)}${note}.`;
  return finding(ref, 'reported_pct', ind, reported.value, computed, message);
}

function yoyCandidates(ind: IndicatorResult, p: PeriodFigures): number[] {
  const a = typeof p.actual === 'number' ? p.actual : null;
  const prev = p.previousActual;
  const out: number[] = [];
  if (p.yoyPct !== null) out.push(p.yoyPct);
  if (p.yoyPoints !== null) out.push(p.yoyPoints);
  if (a !== null && prev !== null && prev !== 0) out.push((a / prev) * 100);
  return ind.valueKind === 'rating' || ind.valueKind === 'boolean' ? [] : out;
}

function yoyFinding(ind: IndicatorResult, p: PeriodFigures): Finding | null {
  const ref = p.cells.reportedYoy;
  if (!ref) return null;
  const candidates = yoyCandidates(ind, p);
  const reported = readReported(ref);
  if (!reported || candidates.length === 0 || candidates.some((c) => roundsTo(reported, c))) return null;
  const nearest = candidates.reduce((best, c) =>
    Math.abs(c - reported.value) < Math.abs(best - reported.value) ? c : best,
  );
  const message = `${ind.name}: so cùng kỳ ${yoyWords(p, reported.value, nearest)}.`;
  return finding(ref, 'reported_yoy', ind, reported.value, nearest, message);
}

/**
 * A typed change against cùng kỳ and its recomputed value, each with its unit and direction as the
 * sentences write them: `ghi tăng 3,6% nhưng tính lại (15.060/14.820) là tăng 1,6%`; a rate's change
 * in points (`tính lại (92,1 − 91,3) là tăng 0,8 điểm phần trăm`); a typed ratio (`bằng 101,6%`) as a
 * ratio.
 */
function yoyWords(p: PeriodFigures, reported: number, nearest: number): string {
  const a = formatNumber(p.actual as number);
  const prev = p.previousActual === null ? '' : formatNumber(p.previousActual);
  // The typed figure as typed (up to two decimals), the recomputed one as the sheet shows it (one).
  const change = (v: number, unit: string, decimals = 1) =>
    v === 0 ? 'bằng cùng kỳ' : `${v > 0 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(v), decimals)}${unit}`;
  if (nearest === p.yoyPoints)
    return `ghi ${change(reported, ' điểm phần trăm', 2)} nhưng tính lại (${a} − ${prev}) là ${change(nearest, ' điểm phần trăm')}`;
  if (nearest === p.yoyPct)
    return `ghi ${change(reported, '%', 2)} nhưng tính lại (${a}/${prev}) là ${change(nearest, '%')}`;
  return `ghi bằng ${formatNumber(reported, 2)}% nhưng tính lại (${a}/${prev}) là bằng ${formatNumber(nearest, 1)}%`;
}

function assignedFinding(ind: IndicatorResult, p: PeriodFigures): Finding | null {
  const own = p.target;
  const assigned = p.assignedTarget;
  const ref = p.cells.target;
  if (typeof own !== 'number' || typeof assigned !== 'number' || !ref) return null;
  const easier = ind.direction === 'increase' ? own < assigned : own > assigned;
  if (!easier) return null;
  const word = ind.direction === 'increase' ? 'thấp hơn' : 'cao hơn';
  const message = `${ind.name}: chỉ tiêu tự đề ra (${formatNumber(own)}) ${word} chỉ tiêu cấp trên giao (${formatNumber(assigned)}).`;
  return finding(ref, 'target_below_assigned', ind, own, assigned, message);
}

/** A plain number typed without a unit of its own (a unit would need converting first). */
function plainNumber(cell: ValueCell): number | null {
  const v = cell.parsed;
  return v && v.kind === 'number' && !v.unit ? v.value : null;
}

/**
 * A typed ratio column of two other columns of the row: numerator / denominator × 100; a
 * `So cùng kỳ` column may hold the change instead (ratio − 100).
 */
function ratioFinding(ind: IndicatorResult, r: RatioCells): Finding | null {
  const num = plainNumber(r.numerator);
  const den = plainNumber(r.denominator);
  if (num === null || den === null || den === 0) return null;
  const computed = (num / den) * 100;
  const reported = readReported(r.reported);
  if (!reported || (r.yoy && roundsTo(reported, computed - 100))) return null;
  return pctFinding(ind, r.reported, computed, () => `(${formatNumber(num)}/${formatNumber(den)})`);
}

/** An indicator's findings, added to `out`. */
function indicatorFindings(ind: IndicatorResult, out: Finding[]): void {
  const keep = (f: Finding | null) => {
    if (f) out.push(f);
  };
  for (const p of ind.periods) {
    const what = () => `(${formatNumber(p.actual as number)}/${formatNumber(Number(p.target))})`;
    keep(pctFinding(ind, p.cells.reportedPct, p.achievementPct, what, true));
    if (p.cells.ratios) for (const r of p.cells.ratios) keep(ratioFinding(ind, r));
    keep(yoyFinding(ind, p));
    keep(assignedFinding(ind, p));
  }
  const term = ind.term;
  if (term?.cells.reportedPct) {
    const computed = term.termAchievementPct ?? term.cumulativePct;
    const what = term.termAchievementPct !== null ? 'so với chỉ tiêu nhiệm kỳ' : 'theo tổng thực hiện/tổng kế hoạch';
    keep(pctFinding(ind, term.cells.reportedPct, computed, () => what, term.termAchievementPct !== null));
  }
}

/**
 * All check findings of a report: typed percentages and year-over-year figures that do not match
 * the data, and own targets easier than the assigned ones. The figures typed are the source cells
 * detection read.
 */
export function checkReport(tables: TableResult[]): Finding[] {
  const out: Finding[] = [];
  for (const t of tables) for (const ind of t.indicators) indicatorFindings(ind, out);
  return out;
}

/** A typed share against its row's two counts: null when a figure is missing, else its finding or none. */
export function checkShare(share: BodyShare): { finding: Finding | null } | null {
  const part = share.numerator.parsed;
  const whole = share.denominator.parsed;
  const reported = readReported(share.reported);
  if (part?.kind !== 'number' || whole?.kind !== 'number' || whole.value <= 0 || !reported) return null;
  const computed = (part.value / whole.value) * 100;
  if (roundsTo(reported, computed)) return { finding: null };
  const what = `${formatNumber(part.value)}/${formatNumber(whole.value)}`;
  const message = `${share.name}: tỷ lệ ghi ${formatPct(reported.value)} nhưng tính lại (${what}) là ${formatPct(computed)}.`;
  const finding: Finding = {
    sheet: share.reported.sheet,
    cell: cellAddress(share.reported.row, share.reported.col),
    kind: 'reported_pct',
    reported: reported.value,
    computed,
    message,
    indicator: share.name,
  };
  return { finding };
}

/** The typed shares of the tables of bodies of the sheets that do not match their two counts. */
export function bodyShareFindings(
  grids: Grid[],
  taken: readonly { sheet: string; range: CellRange }[] = [],
): Finding[] {
  return grids
    .flatMap((g) =>
      bodyShares(
        g,
        taken.filter((t) => t.sheet === g.sheet).map((t) => t.range),
      ).map((share) => checkShare(share)?.finding ?? null),
    )
    .filter((f): f is Finding => f !== null);
}
