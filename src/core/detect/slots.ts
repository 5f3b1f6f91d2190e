/**
 * Pairing a header's target and actual columns into periods (DOMAIN.md §1, §4, §7).
 *
 * - With exactly one target and one actual column they pair whatever their labels say; the period
 *   is the actual's (`Kế hoạch năm 2023` with `Thực hiện 9 tháng năm 2023` → `9 tháng 2023`).
 * - Otherwise columns pair by period; a column with no year takes the table's period, except a
 *   target column, which is a full-year target (§7.1): the table's year.
 * - A partial period (`Thực hiện 9 tháng 2024`) with no target of its own is judged against the
 *   full-year target of its year (`yearTarget`); an estimate (`Ước thực hiện cả năm 2024`) is a
 *   period of its own beside the actual of the same label, and takes that label's target.
 * - `Lũy kế` is the actual from the start of the year to the month of the table's `tháng N` column
 *   (or of its title); that month's own figure, when it has no target of its own, is kept as
 *   `monthActual` and not judged — likewise a quarter's own figure beside a `Lũy kế` to its end.
 * - Quarters (`Thực hiện Quý I | Quý II | Quý III | Quý IV | Cả năm`, a bare period after an actual
 *   column being an actual too) are 3-month parts of their year, a yearless one in the table's
 *   year; each is judged against the year's target like a partial period. `Cả năm` is the year
 *   itself, judged against that target, and runs to the end of Quý IV like a `Lũy kế`: Quý IV's own
 *   figure is kept as `monthActual`. The indicator's status is its latest period filled: `Cả năm`
 *   when it has a value, else the latest quarter (`đang thực hiện` for a flow below the plan).
 * - A column of actuals only, comparable to and earlier than a period that has a target, is that
 *   period's previous actual (cùng kỳ), not a period of its own (§7.2) — except in a term table,
 *   where every year is a period of the term.
 * - Target columns of years after every period judged (`Dự toán năm 2026` beside `Dự toán | Ước
 *   thực hiện năm 2025`) are the plan ahead: not periods, not judged.
 * - A term table has a term-target column or actuals of its own for at least three full years (§7.3).
 * - A target column naming the level above (`Chỉ tiêu quận giao`) is the assigned target when the
 *   same period also has an own target (a column with no year of its own matches any period: in
 *   `Chỉ tiêu quận giao năm 2020 | Chỉ tiêu phường phấn đấu | Thực hiện năm 2020` they pair); alone
 *   it is the target.
 * - A previous-actual column (`Cùng kỳ 9 tháng 2023`) belongs to the comparable period a year
 *   later; one naming only a year (`Cùng kỳ năm 2023`) to a period of the year after; one with no
 *   year to the table's period, or to the only period.
 * - A reported % or year-over-year column belongs to its own period; one without a period to the
 *   only period; in a term table a reported % without a period is the term figure; otherwise it
 *   belongs to the nearest actual column on its left.
 * - A ratio column whose operands are named (`ratios.ts`) is the achievement (or the year-over-year
 *   figure) of the period whose actual and target (or cùng kỳ) they are; other operands make it a
 *   ratio of those two columns, kept with the period of its numerator (else the first period);
 *   one whose operands cannot be pinned down is not checked.
 */
import { maxOf } from '../arrays';
import type { TargetLabels } from '../indicator';
import { foldText, hasPhrase } from '../text';
import type { HeaderColumn } from './header';
import type { Operands } from './ratios';
import { assigningLevel } from './vocabulary';
import {
  fromYearStart,
  inYear,
  isComparable,
  periodOf,
  isPartial,
  isPreviousPeriod,
  NO_PERIOD,
  periodOrder,
  type Period,
} from './period';

export interface PeriodSlot {
  period: Period;
  /** The actual is an estimate (`Ước thực hiện`). */
  estimated: boolean;
  target?: number;
  /** The target is the full year's while the period is part of the year (§7.4). */
  yearTarget?: boolean;
  assignedTarget?: number;
  /** How sentences name the two targets, when the period has an assigned one. */
  labels?: TargetLabels;
  /** The target column is a budget estimate (`Dự toán`, `DT`): sentences say `dự toán`. */
  budget?: boolean;
  actual?: number;
  /** The month's (or quarter's) own figure beside a cumulative actual (§7.4). */
  monthActual?: number;
  /** The period of that month's (or quarter's) own figure. */
  monthPeriod?: Period;
  previousActual?: number;
  reportedPct?: number;
  reportedYoy?: number;
  /** Ratio columns of other operands than this period's actual and target (`ratios.ts`). */
  ratios?: RatioColumn[];
}

/** A typed ratio column checked against the two columns it divides. */
export interface RatioColumn {
  col: number;
  numerator: number;
  denominator: number;
  /** A `So cùng kỳ` column: its figure may be typed as the change as well as the ratio. */
  yoy: boolean;
}

export interface Slots {
  slots: PeriodSlot[];
  termTarget?: number;
  termReportedPct?: number;
  /** A term table (§7.3): term figures exist only there. */
  term: boolean;
  /** Target columns of a period that already has its target, neither naming a level above: unused. */
  unpaired: number[];
  /** Target-only slots of periods after every judged one: the plan ahead, shown and never judged. */
  plans: PeriodSlot[];
}

/** The table's period as a Period (from its title's label). */
export function tablePeriodOf(title: Period | null): Period {
  return title && title.year ? title : NO_PERIOD;
}

function fullYearOf(p: Period): Period {
  if (!p.year) return NO_PERIOD;
  return p.span ? p : fromYearStart(p.year, 12);
}

function ofRole(columns: HeaderColumn[], role: string): HeaderColumn[] {
  return columns.filter((c) => c.role === role);
}

/** Same period, or one of the two names no year of its own (it takes the table's, i.e. the other's). */
function samePeriod(a: HeaderColumn, b: HeaderColumn, periodOf: (c: HeaderColumn) => Period): boolean {
  return !a.period || !b.period || periodOf(a).label === periodOf(b).label;
}

/**
 * Splits target columns into own targets and targets assigned from above. Two targets of one
 * period that both name a level (`Dự toán TTg giao` | `Dự toán HĐND tỉnh giao`): the higher
 * level's is assigned, the other the own one.
 */
function splitAssigned(targets: HeaderColumn[], periodOf: (c: HeaderColumn) => Period) {
  const below = (c: HeaderColumn) =>
    targets.some(
      (o) => o !== c && o.assigned && samePeriod(o, c, periodOf) && assigningLevel(o.text) > assigningLevel(c.text),
    );
  const own = targets.filter((c) => !c.assigned || below(c));
  const assigned: HeaderColumn[] = [];
  for (const c of targets.filter((t) => t.assigned && !own.includes(t))) {
    if (own.some((o) => samePeriod(o, c, periodOf))) assigned.push(c);
    else own.push(c);
  }
  own.sort((a, b) => a.col - b.col);
  return { own, assigned };
}

/** The period of a column: its own (a yearless `Lũy kế` completed with the table's year), else the table's. */
function columnPeriodWith(tablePeriod: Period) {
  return (c: HeaderColumn): Period => {
    const own = c.period;
    if (own && !own.year && own.cumulative) {
      if (!tablePeriod.year) return own;
      return isPartial(tablePeriod)
        ? fromYearStart(tablePeriod.year, tablePeriod.endMonth, true)
        : inYear(own, tablePeriod.year);
    }
    if (own) return own;
    const part = yearPartOf(c, tablePeriod);
    if (part) return part;
    // A target column without a period is the year's target (§7.1).
    return c.role === 'target' ? fullYearOf(tablePeriod) : tablePeriod;
  };
}

/**
 * A part of the year named without its year (`TH tháng 12`, `Thực hiện 6 tháng`) in the table's
 * year: the title's (`THÁNG 12 VÀ LŨY KẾ 12 THÁNG NĂM 2024`), not the title's whole period.
 */
function yearPartOf(c: HeaderColumn, tablePeriod: Period): Period | null {
  if (!tablePeriod.year || tablePeriod.span) return null;
  const p = periodOf(`${c.text} ${tablePeriod.year}`);
  return p && p.year === tablePeriod.year && !p.span && p.sub !== '' && !p.cumulative ? p : null;
}

/**
 * A target column over a span of years (`Kế hoạch giai đoạn 2021 - 2025`, `Mục tiêu giai đoạn …`)
 * beside actuals of two or more years inside that span is the term's target, as `Chỉ tiêu nhiệm kỳ`
 * is: the plan's target for the whole span, judged on the years' figures (§7.3).
 */
function spanTargetsAsTerm(columns: HeaderColumn[]): HeaderColumn[] {
  if (columns.some((c) => c.role === 'termTarget')) return columns;
  const years = (c: HeaderColumn) => (c.period && !c.period.span && c.period.year ? Number(c.period.year) : NaN);
  const spanTarget = columns.find((c) => {
    const span = c.role === 'target' ? c.period?.span : undefined;
    if (!span || span.to - span.from < 2) return false;
    const inside = columns.filter((a) => a.role === 'actual' && years(a) >= span.from && years(a) <= span.to);
    return inside.length >= 2;
  });
  if (!spanTarget) return columns;
  return columns.map((c) => (c === spanTarget ? { ...c, role: 'termTarget' } : c));
}

/** Builds the period slots of a header. */
export function buildSlots(header: HeaderColumn[], title: Period | null, long: boolean): Slots {
  const columns = spanTargetsAsTerm(header);
  const tablePeriod = tablePeriodOf(title);
  const periodOf = columnPeriodWith(tablePeriod);
  const { own: targets, assigned } = splitAssigned(ofRole(columns, 'target'), periodOf);
  const actuals = ofRole(columns, 'actual');
  const termTarget = ofRole(columns, 'termTarget')[0]?.col;
  let slots: PeriodSlot[];
  const unpaired: number[] = [];
  let plans: PeriodSlot[] = [];
  if (long || (targets.length <= 1 && actuals.length <= 1)) {
    slots = [singleSlot(targets[0], actuals[0], assigned[0], periodOf, long)];
  } else {
    slots = pairByPeriod(targets, actuals, periodOf, unpaired);
    for (const c of assigned) {
      const own = targets.find((o) => samePeriod(o, c, periodOf));
      for (const s of slots)
        if (own && s.target === own.col && s.assignedTarget === undefined) s.assignedTarget = c.col;
    }
    slots = foldCumulative(slots, tablePeriod);
    lendYearTargets(slots);
    slots = slots.filter((s) => s.actual !== undefined || !lentAway(s, slots));
    const kept = withoutPlans(slots);
    plans = slots.filter((s) => !kept.includes(s) && s.target !== undefined).sort(bySlotOrder);
    slots = kept;
  }
  const term = termTarget !== undefined || fullYearsWithActuals(slots) >= 3;
  if (!term && !long) slots = extractPrevious(slots);
  slots.sort(bySlotOrder);
  attachLabels([...slots, ...plans], columns);
  const result: Slots = { slots, termTarget, term, unpaired, plans };
  attachPrevious(slots, ofRole(columns, 'previousActual'), periodOf, tablePeriod);
  attachReported(result, ofRole(columns, 'reportedPct'), 'reportedPct', periodOf);
  attachReported(result, ofRole(columns, 'reportedYoy'), 'reportedYoy', periodOf);
  return result;
}

function singleSlot(
  target: HeaderColumn | undefined,
  actual: HeaderColumn | undefined,
  assigned: HeaderColumn | undefined,
  periodOf: (c: HeaderColumn) => Period,
  long: boolean,
): PeriodSlot {
  const period = long ? NO_PERIOD : periodOf((actual ?? target)!);
  const s: PeriodSlot = { period, estimated: !!actual?.estimated, target: target?.col, actual: actual?.col };
  if (assigned) s.assignedTarget = assigned.col;
  // `Kế hoạch năm 2023 | Thực hiện 9 tháng 2023`: the year's target against part of the year.
  if (!long && target && actual && isPartial(period) && !isPartial(periodOf(target))) s.yearTarget = true;
  return s;
}

function pairByPeriod(
  targets: HeaderColumn[],
  actuals: HeaderColumn[],
  periodOf: (c: HeaderColumn) => Period,
  unpaired: number[],
): PeriodSlot[] {
  const slots: PeriodSlot[] = [];
  const slotFor = (period: Period, estimated: boolean) => {
    let s = slots.find((x) => x.period.label === period.label && x.estimated === estimated);
    if (!s) {
      s = { period, estimated };
      slots.push(s);
    }
    return s;
  };
  for (const c of targets) {
    const s = slotFor(periodOf(c), false);
    if (s.target === undefined) s.target = c.col;
    else unpaired.push(c.col);
  }
  for (const c of [...actuals].sort((a, b) => a.col - b.col)) {
    const s = slotFor(periodOf(c), c.estimated);
    if (s.actual === undefined) {
      s.actual = c.col;
      if (c.period?.cumulative) s.period = { ...s.period, cumulative: true };
    }
  }
  // An estimate of a period whose target stands alone (`KH 2024 | … | Ước TH 2024`) takes that target.
  for (const s of slots) {
    if (!s.estimated || s.target !== undefined) continue;
    const plan = slots.find((x) => !x.estimated && x.period.label === s.period.label && x.target !== undefined);
    if (plan) s.target = plan.target;
  }
  // The plan's own slot, now without a use of its own, is dropped by `lentAway` in `buildSlots`.
  return slots;
}

/**
 * `Lũy kế` takes its months from a `tháng N` / quarter column of its year (or keeps those of its
 * title); that column's own figure becomes `monthActual` when it has no target of its own.
 */
function foldCumulative(slots: PeriodSlot[], tablePeriod: Period): PeriodSlot[] {
  const removed = new Set<PeriodSlot>();
  for (const cum of slots) {
    if (!cum.period.cumulative || cum.actual === undefined) continue;
    const parts = slots
      .filter(
        (s) =>
          s !== cum &&
          !s.period.cumulative &&
          s.period.year === cum.period.year &&
          s.period.months < 12 &&
          s.actual !== undefined &&
          s.target === undefined,
      )
      .sort((a, b) => b.period.endMonth - a.period.endMonth);
    // The month (or quarter) the cumulative figure runs to: its own, else the latest one of its year.
    const part = cum.period.months < 12 ? parts.find((s) => s.period.endMonth === cum.period.endMonth) : parts[0];
    const endMonth = part?.period.endMonth ?? (cum.period.months < 12 ? cum.period.endMonth : null);
    const fallback = isPartial(tablePeriod) && tablePeriod.year === cum.period.year ? tablePeriod.endMonth : null;
    const month = endMonth ?? fallback;
    if (month !== null && cum.period.months === 12) cum.period = fromYearStart(cum.period.year, month, true);
    if (part && part.period.endMonth === cum.period.endMonth) {
      cum.monthActual = part.actual;
      cum.monthPeriod = part.period;
      removed.add(part);
    }
  }
  for (const year of slots) foldLastQuarter(year, slots, removed);
  return slots.filter((s) => !removed.has(s));
}

/**
 * A year's actual (`Cả năm`) beside its quarters runs to the end of Quý IV, as a `Lũy kế` does:
 * Quý IV's own figure is kept beside it and not judged; the earlier quarters stay parts of the year.
 */
function foldLastQuarter(year: PeriodSlot, slots: PeriodSlot[], removed: Set<PeriodSlot>) {
  if (isPartial(year.period) || year.period.span || !year.period.year || year.actual === undefined) return;
  if (year.estimated || year.monthActual !== undefined) return;
  const q4 = slots.find(
    (s) =>
      !removed.has(s) &&
      !s.estimated &&
      s.period.year === year.period.year &&
      s.period.sub === 'Quý IV' &&
      s.actual !== undefined &&
      s.target === undefined,
  );
  if (!q4) return;
  year.monthActual = q4.actual;
  year.monthPeriod = q4.period;
  removed.add(q4);
}

/** A partial period with no target of its own is judged against its year's target. */
function lendYearTargets(slots: PeriodSlot[]) {
  for (const s of slots) {
    if (s.target !== undefined || s.actual === undefined || !isPartial(s.period)) continue;
    const year = slots.find((x) => x.target !== undefined && !isPartial(x.period) && x.period.year === s.period.year);
    if (!year) continue;
    s.target = year.target;
    s.yearTarget = true;
    if (year.assignedTarget !== undefined) s.assignedTarget = year.assignedTarget;
  }
}

/**
 * Plan columns of later years (`Dự toán năm 2026`, `Kế hoạch 2027` beside a finished 2025): a
 * target with no actual, after every period that has both, is the plan ahead, not a period judged.
 */
function withoutPlans(slots: PeriodSlot[]): PeriodSlot[] {
  const judged = slots.filter((s) => s.target !== undefined && s.actual !== undefined);
  if (judged.length === 0) return slots;
  const last = maxOf(judged.map((s) => periodOrder(s.period)));
  return slots.filter((s) => s.actual !== undefined || !s.period.year || periodOrder(s.period) <= last);
}

/** A target-only slot whose target another period now uses (an estimate, a partial period of its year). */
function lentAway(s: PeriodSlot, slots: PeriodSlot[]): boolean {
  return s.target !== undefined && slots.some((x) => x !== s && x.target === s.target && x.actual !== undefined);
}

function fullYearsWithActuals(slots: PeriodSlot[]): number {
  const years = new Set(slots.filter((s) => s.actual !== undefined && !isPartial(s.period)).map((s) => s.period.year));
  years.delete('');
  return years.size;
}

/** §7.2: an actuals-only column earlier than a comparable period with a target is its cùng kỳ. */
function extractPrevious(slots: PeriodSlot[]): PeriodSlot[] {
  const removed = new Set<PeriodSlot>();
  const judged = slots.filter((s) => s.target !== undefined && s.actual !== undefined);
  for (const s of slots) {
    if (s.target !== undefined || s.assignedTarget !== undefined || s.actual === undefined || !s.period.year) continue;
    const later = judged
      .filter((t) => isComparable(s.period, t.period) && Number(s.period.year) < Number(t.period.year))
      .filter((t) => t.previousActual === undefined)
      .sort((a, b) => Number(a.period.year) - Number(b.period.year))[0];
    if (!later) continue;
    later.previousActual = s.actual;
    removed.add(s);
  }
  return slots.filter((s) => !removed.has(s));
}

function bySlotOrder(a: PeriodSlot, b: PeriodSlot): number {
  return periodOrder(a.period) - periodOrder(b.period) || Number(a.estimated) - Number(b.estimated);
}

const LEVELS: [string, string][] = [
  ['ttg', 'Thủ tướng'],
  ['thu tuong', 'Thủ tướng'],
  ['chinh phu', 'Chính phủ'],
  ['trung uong', 'Trung ương'],
  ['tw', 'Trung ương'],
  ['quan', 'quận'],
  ['huyen', 'huyện'],
  ['thi xa', 'thị xã'],
  ['thanh pho', 'thành phố'],
  ['tp', 'thành phố'],
  ['tinh', 'tỉnh'],
];
const UNITS: [string, string][] = [
  ['phuong', 'phường'],
  ['xa', 'xã'],
  ['thi tran', 'thị trấn'],
  ['tinh', 'tỉnh'],
  ['thanh pho', 'thành phố'],
  ['huyen', 'huyện'],
  ['quan', 'quận'],
];

/** A target header that names a budget estimate: `Dự toán`, `Dự toán năm 2025`, `DT quận giao`. */
const BUDGET_HEADER = /(?:^|\s)(?:du toan|dt)(?:\s|$)/;

/**
 * `Chỉ tiêu quận giao` → `chỉ tiêu quận giao`; `Chỉ tiêu phường phấn đấu` → `chỉ tiêu phường đề ra`;
 * a budget's own word (`Dự toán quận giao` → `dự toán quận giao`); a level or unit the header does
 * not name reads `cấp trên` / `đơn vị`.
 */
export function targetLabels(ownHeader: string, assignedHeader: string): TargetLabels {
  const a = foldText(assignedHeader);
  const o = foldText(ownHeader);
  const level = LEVELS.find(([w]) => hasPhrase(a, w))?.[1] ?? 'cấp trên';
  const unit = UNITS.find(([w]) => hasPhrase(o, w))?.[1] ?? 'đơn vị';
  const noun = (folded: string) => (BUDGET_HEADER.test(folded) ? 'dự toán' : 'chỉ tiêu');
  return { assigned: `${noun(a)} ${level} giao`, own: `${noun(o)} ${unit} đề ra` };
}

function attachLabels(slots: PeriodSlot[], columns: HeaderColumn[]) {
  const text = (col: number | undefined) => columns.find((c) => c.col === col)?.text ?? '';
  for (const s of slots) {
    if (s.assignedTarget !== undefined) s.labels = targetLabels(text(s.target), text(s.assignedTarget));
    if (s.target !== undefined && BUDGET_HEADER.test(foldText(text(s.target)))) s.budget = true;
  }
}

/** The slot of the actual column nearest on the left of `col` (or the first one on its right). */
function nearestActual(slots: PeriodSlot[], col: number): PeriodSlot | undefined {
  const withActual = slots.filter((s) => s.actual !== undefined);
  const left = withActual.filter((s) => s.actual! < col).sort((a, b) => b.actual! - a.actual!)[0];
  return left ?? withActual.sort((a, b) => a.actual! - b.actual!)[0];
}

function attachPrevious(
  slots: PeriodSlot[],
  columns: HeaderColumn[],
  periodOf: (c: HeaderColumn) => Period,
  tablePeriod: Period,
) {
  const open = (s: PeriodSlot) => s.previousActual === undefined;
  for (const c of columns) {
    const p = periodOf(c);
    let s: PeriodSlot | undefined;
    if (c.period) {
      // The actual judged, else an estimate (`Ước thực hiện 6 tháng năm 2024`) when it stands alone.
      const year = (x: PeriodSlot) => isPreviousPeriod(p, x.period);
      s = slots.find((x) => open(x) && !x.estimated && year(x)) ?? slots.find((x) => open(x) && year(x));
      // `Cùng kỳ năm 2023` in a 6- or 9-month report of 2024: the same part of the year before.
      const after = (x: PeriodSlot) => !isPartial(p) && Number(x.period.year) === Number(p.year) + 1;
      s ??= slots.find((x) => open(x) && !x.estimated && after(x)) ?? slots.find((x) => open(x) && after(x));
    } else {
      s =
        slots.find((x) => open(x) && x.period.label === tablePeriod.label && !x.estimated) ??
        (slots.length === 1 ? slots[0] : undefined) ??
        (slots.filter((x) => !x.estimated).length === 1 ? slots.find((x) => !x.estimated) : undefined) ??
        nearestActual(slots, c.col);
    }
    if (s && open(s)) s.previousActual = c.col;
  }
}

function attachReported(
  result: Slots,
  columns: HeaderColumn[],
  key: 'reportedPct' | 'reportedYoy',
  periodOf: (c: HeaderColumn) => Period,
) {
  const slots = result.slots;
  for (const c of columns) {
    if (c.operands === null) continue;
    if (c.operands) {
      attachRatio(slots, c.col, c.operands, key);
      continue;
    }
    let s: PeriodSlot | undefined;
    if (c.period) {
      const label = periodOf(c).label;
      s =
        slots.find((x) => x.period.label === label && x.estimated === c.estimated) ??
        slots.find((x) => x.period.label === label);
    } else if (slots.length === 1) {
      s = slots[0];
    } else if (result.term) {
      if (key === 'reportedPct' && result.termReportedPct === undefined) result.termReportedPct = c.col;
      continue;
    } else {
      s = nearestActual(slots, c.col);
    }
    if (s && s[key] === undefined) s[key] = c.col;
  }
}

/** A ratio column with named operands: its period's achievement / yoy figure, or a ratio of its own. */
function attachRatio(slots: PeriodSlot[], col: number, o: Operands, key: 'reportedPct' | 'reportedYoy') {
  const base = (s: PeriodSlot) => (key === 'reportedPct' ? s.target : s.previousActual);
  const own = slots.find((s) => s.actual === o.numerator && base(s) === o.denominator && s[key] === undefined);
  if (own) {
    own[key] = col;
    return;
  }
  const home =
    slots.find((s) => s.actual === o.numerator || s.target === o.numerator || s.previousActual === o.numerator) ??
    slots[0];
  if (!home) return;
  (home.ratios ??= []).push({ col, ...o, yoy: key === 'reportedYoy' });
}
