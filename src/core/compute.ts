/**
 * From a detected table to typed indicators with their figures (DOMAIN.md §3–§4).
 *
 * Rules chosen where the spec is silent:
 * - A target typed with its own money unit (`25,3 tỷ`) is converted to the row's unit (a row with
 *   no unit takes the first money unit typed in it); a value in a unit that cannot be converted to
 *   the row's (`25 hộ` in a `Triệu đồng` row) makes that period `khong_danh_gia`, and is shown as
 *   typed.
 * - The previous period for year-over-year is the same kind of period one year earlier
 *   (`6 tháng 2022` before `6 tháng 2023`), unless a `Cùng kỳ` column gives it.
 * - `cagrPct` and `total` are for amounts and counts; a rate's term figure is its average.
 * - A ratio (`42/50`, a %) is read like a rate: `gapPoints` and `yoyPoints`, not `gap`/`yoyPct`.
 * - `gap`/`gapPoints` need a `min`/`max` target: a range, zero, rating or yes/no target has none.
 * - The term basis is the average for rates and ratios and for targets or units that say
 *   `bình quân`, `BQ`, `hàng năm`, `/năm`; the total otherwise — also for a `giảm còn X` count,
 *   as the spec says.
 */
import type { CellValue, GridView } from './grid';
import { cellAddress } from './grid';
import type { DetectedTable, RawIndicator, RawPeriod } from './detect';
import type {
  CellRef,
  Direction,
  IndicatorResult,
  ParsedValue,
  PeriodFigures,
  ResolvedTarget,
  Status,
  TableResult,
  Target,
  TermFigures,
  ValueKind,
} from './indicator';
import { convertMoney, moneyUnitOf, type MoneyUnit } from './money';
import {
  achievementPct,
  targetNumber,
  average,
  cagrPct,
  cumulativePct,
  isMoneyOrCount,
  isRateLike,
  statusOf,
  total,
  worstStatus,
  yoyPct,
  yoyPoints,
} from './figures';
import { isPreviousPeriod } from './detect/period';
import { directionFromCell, directionOf, resolvedKind, resolveTarget, typedMoneyUnit, valueKindOf } from './type';
import { foldText } from './text';
import { parseTarget, parseValue } from './values';

interface ReadPeriod {
  raw: RawPeriod;
  target: Target | null;
  assigned: Target | null;
  actual: ParsedValue | null;
  /** The actual cell as typed, shown when its unit cannot be converted. */
  actualCell: CellValue;
  previous: ParsedValue | null;
}

function readValue(view: GridView, ref: CellRef | undefined): ParsedValue | null {
  return ref ? parseValue(view.value(ref.row, ref.col), view.numberFormat(ref.row, ref.col)) : null;
}

function readTarget(view: GridView, ref: CellRef | undefined): Target | null {
  return ref ? parseTarget(view.value(ref.row, ref.col), view.numberFormat(ref.row, ref.col)) : null;
}

/** Brings a value typed with its own money unit into the row's unit; null when it cannot be. */
function toRowUnit<T extends { unit?: string }>(value: number, typed: T, rowUnit: MoneyUnit | null): number | null {
  if (!typed.unit) return value;
  const from = moneyUnitOf(typed.unit);
  if (!from && !rowUnit) return value;
  if (!from || !rowUnit) return null;
  return convertMoney(value, from, rowUnit);
}

function normalizeTarget(t: ResolvedTarget | null, rowUnit: MoneyUnit | null): ResolvedTarget | null {
  if (!t || !('unit' in t) || !t.unit) return t;
  if (t.kind === 'range') {
    const low = toRowUnit(t.low, t, rowUnit);
    const high = toRowUnit(t.high, t, rowUnit);
    return low === null || high === null ? null : { ...t, low, high, unit: undefined };
  }
  if (t.kind === 'min' || t.kind === 'max') {
    const value = toRowUnit(t.value, t, rowUnit);
    return value === null ? null : { ...t, value, unit: undefined };
  }
  return t;
}

function normalizeValue(v: ParsedValue | null, rowUnit: MoneyUnit | null): ParsedValue | null {
  if (!v || v.kind !== 'number' || !v.unit) return v;
  const value = toRowUnit(v.value, v, rowUnit);
  return value === null ? null : { ...v, value, unit: undefined };
}

function numberOf(v: ParsedValue | null): number | null {
  return v && (v.kind === 'number' || v.kind === 'ratio') ? v.value : null;
}

/** The target as the JSON shows it: a number for numeric targets, the typed text otherwise. */
function targetShown(t: ResolvedTarget | null): number | string | null {
  if (!t) return null;
  if (t.kind === 'min' || t.kind === 'max') return t.value;
  if (t.kind === 'zero') return 0;
  return t.text;
}

function actualShown(v: ParsedValue | null): number | string | null {
  if (!v) return null;
  if (v.kind === 'number' || v.kind === 'ratio') return v.value;
  return v.text;
}

interface Typed {
  kind: ValueKind;
  direction: Direction;
  rowUnit: MoneyUnit | null;
}

function periodFigures(p: ReadPeriod, prevActual: number | null, typed: Typed): PeriodFigures {
  const assigned = normalizeTarget(resolveTarget(p.assigned, typed.direction), typed.rowUnit);
  const bases = { assigned: targetNumber(assigned), previous: prevActual, points: isRateLike(typed.kind) };
  const target = normalizeTarget(resolveTarget(p.target, typed.direction, bases), typed.rowUnit);
  const actualValue = normalizeValue(p.actual, typed.rowUnit);
  const a = numberOf(actualValue);
  const pct = achievementPct(a, target);
  const t = target && (target.kind === 'min' || target.kind === 'max') ? target.value : null;
  const rate = isRateLike(typed.kind);
  const moneyOrCount = isMoneyOrCount(typed.kind);
  const unconvertible = (p.target !== null && target === null) || (p.actual !== null && actualValue === null);
  return {
    period: p.raw.period.label,
    target: target || !p.target ? targetShown(target) : p.target.text,
    actual: actualValue || !p.actual ? actualShown(actualValue) : String(p.actualCell).trim(),
    previousActual: prevActual,
    assignedTarget: assigned || !p.assigned ? targetShown(assigned) : p.assigned.text,
    achievementPct: pct,
    assignedAchievementPct: achievementPct(a, assigned),
    gap: moneyOrCount && a !== null && t !== null ? a - t : null,
    gapPoints: rate && a !== null && t !== null ? a - t : null,
    yoyPct: moneyOrCount ? yoyPct(a, prevActual) : null,
    yoyPoints: rate ? yoyPoints(a, prevActual) : null,
    status: unconvertible ? 'khong_danh_gia' : statusOf(actualValue, target),
    targetSpec: target,
    targetLabels: p.raw.labels ?? null,
    // The detected period already holds exactly these cells (plus its period): share it.
    cells: p.raw,
  };
}

function previousActualOf(read: ReadPeriod[], i: number, rowUnit: MoneyUnit | null): number | null {
  const own = numberOf(normalizeValue(read[i].previous, rowUnit));
  if (own !== null) return own;
  const prev = read
    .slice(0, i)
    .reverse()
    .find((r) => isPreviousPeriod(r.raw.period, read[i].raw.period));
  return prev ? numberOf(normalizeValue(prev.actual, rowUnit)) : null;
}

const AVERAGE_UNIT = /\b(?:binh quan|bq|hang nam)\b/;

function termFigures(
  ind: RawIndicator,
  view: GridView,
  read: ReadPeriod[],
  periods: PeriodFigures[],
  typed: Typed,
): TermFigures | null {
  const termTargetTyped = readTarget(view, ind.termTarget);
  if (periods.length < 2 && !termTargetTyped) return null;
  const actuals = read
    .map((r) => numberOf(normalizeValue(r.actual, typed.rowUnit)))
    .filter((v): v is number => v !== null);
  const moneyOrCount = isMoneyOrCount(typed.kind);
  const avg = average(actuals);
  const sum = moneyOrCount ? total(actuals) : null;
  const termTarget = normalizeTarget(resolveTarget(termTargetTyped, typed.direction), typed.rowUnit);
  const unitSaysAverage = AVERAGE_UNIT.test(foldText(ind.unit)) || /\/\s*n[aă]m\b/i.test(ind.unit);
  const averageBasis =
    isRateLike(typed.kind) ||
    (termTargetTyped !== null && 'average' in termTargetTyped && termTargetTyped.average) ||
    unitSaysAverage;
  const term: TermFigures = {
    average: avg,
    total: sum,
    cagrPct: moneyOrCount ? cagrPct(actuals) : null,
    termTarget: termTarget || !termTargetTyped ? targetShown(termTarget) : termTargetTyped.text,
    basis: null,
    termAchievementPct: null,
    termStatus: null,
    cumulativePct: null,
    cells: { termTarget: ind.termTarget, reportedPct: ind.termReportedPct },
    targetSpec: termTarget,
  };
  if (termTarget && (termTarget.kind === 'min' || termTarget.kind === 'max' || termTarget.kind === 'range')) {
    term.basis = averageBasis ? 'average' : 'total';
    const basisValue = averageBasis ? avg : (sum ?? avg);
    if (basisValue !== null) {
      term.termAchievementPct = achievementPct(basisValue, termTarget);
      term.termStatus = statusOf({ kind: 'number', value: basisValue, percent: false, decimals: 0 }, termTarget);
    } else {
      term.termStatus = 'khong_danh_gia';
    }
  } else if (termTarget) {
    term.termStatus = worstStatus(read.map((r) => statusOf(normalizeValue(r.actual, typed.rowUnit), termTarget)));
  } else if (termTargetTyped) {
    term.termStatus = 'khong_danh_gia';
  } else if (moneyOrCount) {
    const pairs = periods
      .filter((p) => typeof p.actual === 'number' && typeof p.target === 'number' && p.status !== 'khong_danh_gia')
      .map((p) => ({ actual: p.actual as number, target: p.target as number }));
    term.cumulativePct = cumulativePct(pairs);
  }
  return term;
}

function overallStatus(periods: PeriodFigures[], term: TermFigures | null, hasTermTarget: boolean): Status {
  if (hasTermTarget) return term?.termStatus ?? 'khong_danh_gia';
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i];
    if (p.target !== null && p.actual !== null) return p.status;
  }
  return 'khong_danh_gia';
}

function computeIndicator(ind: RawIndicator, view: GridView, overrides: Record<string, Direction>): IndicatorResult {
  const read: ReadPeriod[] = ind.periods.map((raw) => ({
    raw,
    target: readTarget(view, raw.target),
    assigned: readTarget(view, raw.assignedTarget),
    actual: readValue(view, raw.actual),
    actualCell: raw.actual ? view.value(raw.actual.row, raw.actual.col) : null,
    previous: readValue(view, raw.previousActual),
  }));
  const termTarget = readTarget(view, ind.termTarget);
  const targets = [...read.map((r) => r.target), ...read.map((r) => r.assigned), termTarget];
  const kind = valueKindOf(ind.unit, ind.name, [...read.map((r) => r.actual), ...targets]);
  const cellDirection = ind.directionCell
    ? directionFromCell(view.value(ind.directionCell.row, ind.directionCell.col))
    : null;
  const override = overrides[`${ind.nameCell.sheet}!${ind.row + 1}`] ?? null;
  const direction = override ?? directionOf(ind.name, cellDirection, targets);
  const rowUnit =
    kind === 'amount' ? (moneyUnitOf(ind.unit) ?? typedMoneyUnit([...read.map((r) => r.actual), ...targets])) : null;
  const typed: Typed = { kind, direction, rowUnit };
  const periods = read.map((r, i) => periodFigures(r, previousActualOf(read, i, typed.rowUnit), typed));
  const term = termFigures(ind, view, read, periods, typed);
  const firstTarget = targets.find((t) => t !== null) ?? null;
  return {
    name: ind.name,
    unit: ind.unit,
    row: ind.row + 1,
    section: ind.section,
    parent: ind.parent,
    valueKind: kind,
    direction,
    targetKind: resolvedKind(firstTarget, direction),
    periods,
    term,
    overallStatus: overallStatus(periods, term, termTarget !== null),
    cells: { name: ind.nameCell, unit: ind.unitCell },
  };
}

/**
 * Types every indicator of a detected table and computes its figures.
 */
export function typeAndCompute(table: DetectedTable, overrides: Record<string, Direction> = {}): TableResult {
  return {
    sheet: table.sheet,
    range: `${cellAddress(table.range.top, table.range.left)}:${cellAddress(table.range.bottom, table.range.right)}`,
    period: table.period,
    long: table.long,
    indicators: table.indicators.map((ind) => computeIndicator(ind, table.view, overrides)),
  };
}
