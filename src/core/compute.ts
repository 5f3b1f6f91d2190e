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
 * - The term basis (§4, §7.5) is the latest actual for lower-is-better rate targets (`Dưới 3%`,
 *   `giảm còn`), for targets that say `đến cuối nhiệm kỳ`, `đến năm YYYY`, `cuối kỳ`, and — beyond
 *   the spec — for lower-is-better counts of a stock (`Số hộ nghèo giảm còn 20 hộ`: summing five
 *   years of poor households means nothing); the average for rates and ratios and for targets or
 *   units that say `bình quân`, `BQ`, `hàng năm`, `/năm`; the total otherwise.
 * - `Giữ vững` over a term on a figure: the level of its first year (the year before the term when
 *   the table has it) kept at the end — the latest actual against it, not below (not above where
 *   lower is better).
 * - Term figures exist only in term tables (§7.3). `cagrPct` is over the full years only: a partial
 *   last period is not a year of growth.
 * - The term's elapsed years are the table's: its full-year periods where any indicator has an
 *   actual, plus months/12 of a partial period after them; every indicator of the table shares them.
 * - In a term in progress a lower-is-better total (a cap over the term) is never met before the
 *   end: below the cap it is `dang_thuc_hien`, above it `chua_dat`.
 * - A partial period is judged by §7.4 only against a full-year target; a target of its own
 *   (`KH 6 tháng`) or one derived from the comparable period (`Giảm 10% so với cùng kỳ`) is judged
 *   as in §4.
 */
import { cellAddress } from './grid';
import type { DetectedTable, RawIndicator, RawPeriod } from './detect';
import type {
  ActualSource,
  Direction,
  GrowthTarget,
  IndicatorResult,
  ParsedValue,
  PeriodFigures,
  PlanTarget,
  ResolvedTarget,
  Status,
  TableResult,
  Target,
  TermBasis,
  TermFigures,
  ValueKind,
} from './indicator';
import { directionKey } from './indicator';
import { convertMoney, moneyUnitOf, type MoneyUnit } from './money';
import {
  achievementPct,
  targetNumber,
  average,
  cagrPct,
  cumulativePct,
  elapsedPct,
  followsBudget,
  isMoneyOrCount,
  isRateLike,
  isStock,
  linearProjection,
  meets,
  outlookOf,
  partialStatus,
  progressOf,
  statusOf,
  total,
  worstStatus,
  yoyPct,
  yoyPoints,
} from './figures';
import { isPartial, isPreviousPeriod, periodEnd, periodOrder, termLength, type Period } from './detect/period';
import {
  directionWithSource,
  keepsLevel,
  resolvedKind,
  resolveTarget,
  typedMoneyUnit,
  valueKindWithSource,
  steadyName,
} from './type';
import { foldText } from './text';
import { meaningWords } from './dictionary';
import { withShares } from './shares';
import { withQuarterTotals } from './quarters';

/** A period's captured readings (detection parsed each cell once). */
interface ReadPeriod {
  raw: RawPeriod;
  target: Target | null;
  assigned: Target | null;
  actual: ParsedValue | null;
}

/** A period once its row is typed: its values brought into the row's unit, each cell once. */
interface TypedPeriod extends ReadPeriod {
  inUnit: {
    /** Null when the actual's unit cannot be converted (or there is none). */
    actual: ParsedValue | null;
    previous: number | null;
    month: number | null;
  };
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

function inRowUnit(p: ReadPeriod, rowUnit: MoneyUnit | null): TypedPeriod {
  const previous = p.raw.previousActual?.parsed ?? null;
  const month = p.raw.monthActual?.parsed ?? null;
  return {
    raw: p.raw,
    target: p.target,
    assigned: p.assigned,
    actual: p.actual,
    inUnit: {
      actual: normalizeValue(p.actual, rowUnit),
      previous: numberOf(normalizeValue(previous, rowUnit)),
      month: numberOf(normalizeValue(month, rowUnit)),
    },
  };
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
  name: string;
  kind: ValueKind;
  direction: Direction;
  rowUnit: MoneyUnit | null;
  /** A count or amount of a stock: a level, judged on its latest value and never summed. */
  stock: boolean;
  /** An amount or a count of a flow: it accumulates over the year (`accumulates`). */
  accumulates: boolean;
  /** The name states a level to keep: a range on it is met only inside. */
  steady: boolean;
}

/** The term's length and the years elapsed, for a term table that names its span. */
interface TermClock {
  elapsedYears: number;
  termYears: number | null;
  /** Where the term ends in time (the start of its first year with results + L). */
  end: number | null;
  inProgress: boolean;
}

/**
 * A partial period judged against its year's target (§7.4) — unless its target is its own or
 * derived from the comparable period.
 */
function judgedAgainstYear(p: TypedPeriod, target: ResolvedTarget | null): boolean {
  return p.raw.yearTarget && isPartial(p.raw.period) && target?.derived?.base !== 'previous';
}

function periodStatus(
  actual: ParsedValue | null,
  target: ResolvedTarget | null,
  partial: boolean,
  typed: Typed,
): Status {
  const status = statusOf(actual, target);
  return partial && typed.accumulates ? partialStatus(status, typed.direction) : status;
}

function periodFigures(p: TypedPeriod, prevActual: number | null, typed: Typed): PeriodFigures {
  const assigned = normalizeTarget(resolveTarget(p.assigned, typed.direction, undefined, typed.steady), typed.rowUnit);
  const bases = { assigned: targetNumber(assigned), previous: prevActual, points: isRateLike(typed.kind) };
  const target = normalizeTarget(resolveTarget(p.target, typed.direction, bases, typed.steady), typed.rowUnit);
  const actualValue = p.inUnit.actual;
  const a = numberOf(actualValue);
  const pct = achievementPct(a, target);
  const t = target && (target.kind === 'min' || target.kind === 'max') ? target.value : null;
  const rate = isRateLike(typed.kind);
  const moneyOrCount = isMoneyOrCount(typed.kind);
  const unconvertible = (p.target !== null && target === null) || (p.actual !== null && actualValue === null);
  const partial = judgedAgainstYear(p, target);
  const elapsed = partial ? elapsedPct(p.raw.period.months) : null;
  const followed = followsBudget(typed.name, p.raw.budget);
  const status = unconvertible || followed ? 'khong_danh_gia' : periodStatus(actualValue, target, partial, typed);
  return {
    period: p.raw.period.label,
    at: p.raw.period,
    target: target || !p.target ? targetShown(target) : p.target.text,
    actual: actualValue || !p.actual ? actualShown(actualValue) : String(p.raw.actual!.raw).trim(),
    previousActual: prevActual,
    assignedTarget: assigned || !p.assigned ? targetShown(assigned) : p.assigned.text,
    achievementPct: pct,
    assignedAchievementPct: achievementPct(a, assigned),
    gap: moneyOrCount && a !== null && t !== null ? a - t : null,
    gapPoints: rate && a !== null && t !== null ? a - t : null,
    yoyPct: moneyOrCount ? yoyPct(a, prevActual) : null,
    yoyPoints: rate ? yoyPoints(a, prevActual) : null,
    status,
    assignedStatus: assigned
      ? followed
        ? 'khong_danh_gia'
        : periodStatus(actualValue, assigned, partial, typed)
      : null,
    estimated: p.raw.estimated,
    monthActual: p.inUnit.month,
    elapsedPct: elapsed,
    progress:
      elapsed !== null && typed.accumulates && status !== 'khong_danh_gia'
        ? progressOf(pct, elapsed, typed.direction)
        : null,
    // Spending is not judged against its dự toán: no target spec, so the sheet writes the status as text.
    targetSpec: followed ? null : target,
    targetLabels: p.raw.labels ?? null,
    ...(p.raw.budget ? { budget: true } : {}),
    // The detected period already holds exactly these cells (plus its period): share it.
    cells: p.raw,
    ...actualSource(actualValue, p.actual),
  };
}

/**
 * What the actual's cell shows beyond its number: the decimals of its cell (not once converted to
 * the row's money unit), the counts of a typed share (`42/50`).
 */
function actualSource(v: ParsedValue | null, typed: ParsedValue | null): { source?: ActualSource } {
  if (v?.kind === 'ratio')
    return { source: { shareOf: { numerator: v.numerator, denominator: v.denominator, unit: '' } } };
  if (v?.kind === 'number' && v === typed) return { source: { decimals: v.decimals } };
  return {};
}

function previousActualOf(read: TypedPeriod[], i: number): number | null {
  const own = read[i].inUnit.previous;
  if (own !== null) return own;
  for (let k = i - 1; k >= 0; k--)
    if (isPreviousPeriod(read[k].raw.period, read[i].raw.period)) return numberOf(read[k].inUnit.actual);
  return null;
}

const AVERAGE_UNIT = /\b(?:binh quan|bq|hang nam)\b/;

/** An actual with the point in time its period ends. */
interface Dated {
  value: number;
  at: number;
  period: Period;
}

function termBasis(termTarget: ResolvedTarget, typed: Typed, unit: string, typedAverage: boolean): TermBasis {
  const byEnd = 'byEnd' in termTarget && termTarget.byEnd === true;
  const lowerCap = typed.direction === 'decrease' && termTarget.kind === 'max';
  const unitSaysAverage = AVERAGE_UNIT.test(foldText(unit)) || /\/\s*n[aă]m\b/i.test(unit);
  if (byEnd || (lowerCap && isRateLike(typed.kind))) return 'latest';
  // A stock is a level: its latest value is judged, never a sum of the years (unless `bình quân`).
  if (typed.stock && !typedAverage && !unitSaysAverage) return 'latest';
  return isRateLike(typed.kind) || typedAverage || unitSaysAverage ? 'average' : 'total';
}

function emptyTerm(ind: RawIndicator, clock: TermClock): TermFigures {
  return {
    average: null,
    total: null,
    cagrPct: null,
    termTarget: null,
    basis: null,
    termAchievementPct: null,
    termStatus: null,
    cumulativePct: null,
    elapsedYears: clock.termYears !== null ? clock.elapsedYears : null,
    termYears: clock.termYears,
    latest: null,
    projection: null,
    outlook: null,
    cells: { termTarget: ind.termTarget, reportedPct: ind.termReportedPct },
    targetSpec: null,
  };
}

function termFigures(
  ind: RawIndicator,
  read: TypedPeriod[],
  periods: PeriodFigures[],
  typed: Typed,
  clock: TermClock,
): TermFigures {
  const termTargetTyped = ind.termTarget?.parsed ?? null;
  const dated: Dated[] = [];
  for (const r of read) {
    const v = numberOf(r.inUnit.actual);
    if (v !== null) dated.push({ value: v, at: periodEnd(r.raw.period), period: r.raw.period });
  }
  const actuals = dated.map((d) => d.value);
  const moneyOrCount = isMoneyOrCount(typed.kind);
  const term = emptyTerm(ind, clock);
  term.average = average(actuals);
  term.total = moneyOrCount ? total(actuals) : null;
  term.cagrPct = moneyOrCount ? cagrPct(dated.filter((d) => !isPartial(d.period)).map((d) => d.value)) : null;
  term.latest = dated.length ? dated[dated.length - 1].value : null;
  if (termTargetTyped?.kind === 'growth' && moneyOrCount) {
    judgeGrowthTerm(term, termTargetTyped, clock);
    return term;
  }
  // A rate's growth target (`Tốc độ tăng trưởng bình quân 10%/năm`) is the level its average reaches.
  const growthOfRate =
    termTargetTyped?.kind === 'growth' ? { assigned: null, previous: null, points: true } : undefined;
  // `Giữ vững` over a term: the first year's level (the year before the term when the table has
  // it) kept at the end — judged on the latest value.
  const kept = keepsLevel(termTargetTyped, typed.kind) && dated.length > 0;
  const bases = kept ? { assigned: null, previous: dated[0].value, points: isRateLike(typed.kind) } : growthOfRate;
  const termTarget = normalizeTarget(
    resolveTarget(termTargetTyped, typed.direction, bases, typed.steady),
    typed.rowUnit,
  );
  term.termTarget = termTarget || !termTargetTyped ? targetShown(termTarget) : termTargetTyped.text;
  term.targetSpec = termTarget;
  if (termTarget && (termTarget.kind === 'min' || termTarget.kind === 'max' || termTarget.kind === 'range')) {
    const typedAverage = termTargetTyped !== null && 'average' in termTargetTyped && termTargetTyped.average;
    term.basis = kept ? 'latest' : termBasis(termTarget, typed, ind.unit, typedAverage);
    judgeNumericTerm(term, termTarget, dated, typed, clock);
  } else if (termTarget) {
    const statuses = read.map((r) => statusOf(r.inUnit.actual, termTarget));
    term.termStatus = worstStatus(statuses);
    if (clock.inProgress) term.outlook = outlookOf(term.termStatus, null);
  } else if (termTargetTyped) {
    term.termStatus = 'khong_danh_gia';
  } else if (moneyOrCount) {
    const pairs = periods
      .filter((p) => typeof p.actual === 'number' && typeof p.target === 'number')
      // A period not judged for want of figures is left out; spending, followed without a judgement, is not.
      .filter((p) => p.status !== 'khong_danh_gia' || followsBudget(typed.name, p.budget))
      .map((p) => ({ actual: p.actual as number, target: p.target as number }));
    term.cumulativePct = cumulativePct(pairs);
  }
  return term;
}

const asValue = (value: number): ParsedValue => ({ kind: 'number', value, percent: false, decimals: 0 });

/** Term achievement, status, projection and outlook on a numeric term target (§4, §7.5). */
function judgeNumericTerm(term: TermFigures, target: ResolvedTarget, dated: Dated[], typed: Typed, clock: TermClock) {
  const basis = term.basis!;
  const value = basis === 'latest' ? term.latest : basis === 'average' ? term.average : (term.total ?? term.average);
  if (value === null) {
    term.termStatus = 'khong_danh_gia';
    return;
  }
  term.termAchievementPct = achievementPct(value, target);
  const now = statusOf(asValue(value), target);
  if (!clock.inProgress) {
    term.termStatus = now;
    return;
  }
  const cap = basis === 'total' && typed.direction === 'decrease';
  term.projection = projectionOf(basis, value, dated, clock);
  if (cap) term.termStatus = now === 'chua_dat' ? 'chua_dat' : 'dang_thuc_hien';
  else term.termStatus = meets(now) ? now : 'dang_thuc_hien';
  const projected = term.projection === null ? null : statusOf(asValue(term.projection), target);
  term.outlook = outlookOf(term.termStatus, projected);
}

/**
 * A growth target over the term on an amount or a count (`Thu ngân sách tăng bình quân 8%/năm`): the
 * compound annual growth of the full years' actuals (from the year before the term when the table
 * has it) against the rate. While the term is in progress the pace so far is the projection, and
 * nothing is met yet: the growth of the years to come decides.
 */
function judgeGrowthTerm(term: TermFigures, t: GrowthTarget, clock: TermClock) {
  const spec: ResolvedTarget = { kind: 'min', value: t.rate, strict: false, text: t.text, average: true };
  term.termTarget = t.rate;
  term.targetSpec = spec;
  const growth = term.cagrPct;
  if (growth === null) {
    term.termStatus = 'khong_danh_gia';
    return;
  }
  term.basis = 'growth';
  term.termAchievementPct = achievementPct(growth, spec);
  const now = statusOf(asValue(growth), spec);
  if (!clock.inProgress) {
    term.termStatus = now;
    return;
  }
  term.projection = growth;
  term.termStatus = 'dang_thuc_hien';
  term.outlook = meets(now) ? 'co_kha_nang_dat' : 'kho_dat';
}

function projectionOf(basis: TermBasis, value: number, dated: Dated[], clock: TermClock): number | null {
  if (clock.termYears === null || clock.end === null) return null;
  if (basis === 'total') return clock.elapsedYears > 0 ? (value / clock.elapsedYears) * clock.termYears : null;
  if (basis === 'average') return value;
  if (dated.length < 2) return value;
  return linearProjection(dated[0], dated[dated.length - 1], clock.end);
}

function latestStatus(periods: PeriodFigures[], key: 'status' | 'assignedStatus'): Status | null {
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i];
    const target = key === 'status' ? p.target : p.assignedTarget;
    if (target !== null && p.actual !== null) return p[key];
  }
  return null;
}

function overallStatus(periods: PeriodFigures[], term: TermFigures | null, hasTermTarget: boolean): Status {
  if (hasTermTarget) return term?.termStatus ?? 'khong_danh_gia';
  return latestStatus(periods, 'status') ?? 'khong_danh_gia';
}

function readIndicator(ind: RawIndicator): ReadPeriod[] {
  return ind.periods.map((raw) => ({
    raw,
    target: raw.target?.parsed ?? null,
    assigned: raw.assignedTarget?.parsed ?? null,
    actual: raw.actual?.parsed ?? null,
  }));
}

function computeIndicator(
  ind: RawIndicator,
  read: ReadPeriod[],
  overrides: ReadonlyMap<string, Direction>,
  byName: ReadonlyMap<string, Direction>,
  clock: TermClock | null,
): IndicatorResult {
  const termTarget = ind.termTarget?.parsed ?? null;
  const targets: (Target | null)[] = [];
  const values: (ParsedValue | Target | null)[] = [];
  for (const r of read) targets.push(r.target);
  for (const r of read) targets.push(r.assigned);
  targets.push(termTarget);
  for (const r of read) values.push(r.actual);
  for (const t of targets) values.push(t);
  const { kind, source: kindSource } = valueKindWithSource(ind.unit, ind.name, values);
  const cellDirection = ind.directionCell?.parsed ?? null;
  const override = overrideOf(ind, overrides, byName);
  const { direction, source: directionSource } = override
    ? { direction: override, source: 'override' as const }
    : directionWithSource(ind.name, cellDirection, targets);
  const rowUnit = kind === 'amount' ? (moneyUnitOf(ind.unit) ?? typedMoneyUnit(values)) : null;
  const stock = isMoneyOrCount(kind) && isStock(ind.name);
  // `accumulates(kind, name)`, from the stock just read.
  const flows = isMoneyOrCount(kind) && !stock;
  const typed: Typed = {
    name: ind.name,
    kind,
    direction,
    rowUnit,
    stock,
    accumulates: flows,
    steady: steadyName(ind.name),
  };
  const inUnit = withQuarterTotals(
    read.map((r) => inRowUnit(r, rowUnit)),
    flows,
  );
  const periods = inUnit.map((r, i) => periodFigures(r, previousActualOf(inUnit, i), typed));
  const term = clock ? termFigures(ind, inUnit, periods, typed, clock) : null;
  const firstTarget = targets.find((t) => t !== null) ?? null;
  return {
    name: ind.name,
    unit: ind.unit,
    row: ind.row + 1,
    section: ind.section,
    parent: ind.parent,
    level: ind.level,
    valueKind: kind,
    direction,
    directionSource,
    kindSource,
    ...(typed.stock ? { stock: true } : {}),
    targetKind: resolvedKind(firstTarget, direction, kind),
    periods,
    term,
    overallStatus: overallStatus(periods, term, termTarget !== null),
    overallAssignedStatus: latestStatus(periods, 'assignedStatus'),
    cells: { name: ind.nameCell, unit: ind.unitCell },
    ...plansOf(ind, typed),
  };
}

/** The direction set by the user for this row (its cell, else its name), if any. */
function overrideOf(
  ind: RawIndicator,
  overrides: ReadonlyMap<string, Direction>,
  byName: ReadonlyMap<string, Direction>,
): Direction | null {
  const byCell = overrides.size > 0 ? overrides.get(directionKey(ind.nameCell.sheet, ind.row + 1)) : undefined;
  if (byCell) return byCell;
  return byName.size > 0 ? (byName.get(meaningWords(ind.name)) ?? null) : null;
}

/** The plan ahead's targets, read as a period's target is (never judged); no field when there are none. */
function plansOf(ind: RawIndicator, typed: Typed): { plans?: PlanTarget[] } {
  const plans: PlanTarget[] = [];
  for (const raw of ind.plans ?? []) {
    const typedTarget = raw.target?.parsed ?? null;
    if (!raw.target || !typedTarget) continue;
    const target = normalizeTarget(resolveTarget(typedTarget, typed.direction, undefined, typed.steady), typed.rowUnit);
    const shown = target ? targetShown(target) : typedTarget.text;
    if (shown === null) continue;
    const budget = raw.budget ? { budget: true } : {};
    plans.push({
      period: raw.period.label,
      at: raw.period,
      target: shown,
      targetSpec: target,
      ...budget,
      cells: { target: raw.target },
    });
  }
  return plans.length > 0 ? { plans } : {};
}

/**
 * The term's clock (§7.5): elapsed years from the periods where any indicator has an actual; the
 * length from the span the term-target header or the title names.
 */
function termClock(table: DetectedTable, reads: ReadPeriod[][]): TermClock {
  const withActual = new Map<string, Period>();
  for (const read of reads) for (const r of read) if (r.actual) withActual.set(r.raw.period.label, r.raw.period);
  const periods = [...withActual.values()].filter((p) => p.year).sort((a, b) => periodOrder(a) - periodOrder(b));
  const fullYears = periods.filter((p) => !isPartial(p));
  const last = periods[periods.length - 1];
  const lastFull = fullYears[fullYears.length - 1];
  const partialTail = last && isPartial(last) && (!lastFull || Number(last.year) > Number(lastFull.year));
  const elapsedYears = new Set(fullYears.map((p) => p.year)).size + (partialTail ? last.months / 12 : 0);
  const firstYear = periods.length ? Number(periods[0].year) : null;
  const termYears = table.termSpan ? termLength(table.termSpan, firstYear) : null;
  // The term ends L years after the start of its first year with results (2021… in 5 years: 2026.0).
  const end = termYears !== null && firstYear !== null ? firstYear + termYears : null;
  return { elapsedYears, termYears, end, inProgress: termYears !== null && elapsedYears < termYears - 1e-9 };
}

/**
 * Direction overrides by name, keyed by the name's meaning words (`Số hộ tái nghèo`, `so ho tai
 * ngheo` and `3. SỐ HỘ TÁI NGHÈO` are one key), for `typeAndCompute`.
 */
export function directionsByName(byName: Record<string, Direction>): ReadonlyMap<string, Direction> {
  return new Map(Object.entries(byName).map(([name, d]) => [meaningWords(name), d]));
}

/**
 * Types every indicator of a detected table and computes its figures.
 */
export function typeAndCompute(
  table: DetectedTable,
  overrides: Record<string, Direction> = {},
  byName: ReadonlyMap<string, Direction> = new Map(),
  onIndicator: () => void = () => undefined,
): TableResult {
  const reads = table.indicators.map(readIndicator);
  const clock = table.term ? termClock(table, reads) : null;
  // Own properties only, as the task pane's record holds them.
  const byCell = new Map(Object.entries(overrides));
  return {
    sheet: table.sheet,
    range: `${cellAddress(table.range.top, table.range.left)}:${cellAddress(table.range.bottom, table.range.right)}`,
    period: table.period,
    at: table.at,
    long: table.long,
    term: table.term,
    ...(table.plan ? { plan: true as const } : {}),
    termProgress:
      clock && clock.inProgress && clock.termYears !== null && table.termSpan
        ? {
            elapsedYears: clock.elapsedYears,
            termYears: clock.termYears,
            span: `${table.termSpan.from} - ${table.termSpan.to}`,
          }
        : null,
    indicators: withShares(
      table.indicators.map((ind, i) => {
        const computed = computeIndicator(ind, reads[i], byCell, byName, clock);
        onIndicator();
        return computed;
      }),
    ),
  };
}
