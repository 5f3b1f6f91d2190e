/**
 * Quarters beside a cumulative figure left empty (DOMAIN.md §7.4): `Kế hoạch năm | Quý I | Quý II |
 * Quý III | Quý IV | Cả năm` (or `| Lũy kế`) where a row's `Cả năm` is still blank. Each row decides
 * from its own values, as an officer reading the row would:
 * - a flow (amounts and counts that accumulate) is added up: Quý I to the latest quarter filled is a
 *   running total from the start of the year (`9 tháng 2024`), judged against the year's target
 *   with the time elapsed, like a `Lũy kế`; the latest quarter's own figure is kept beside it. With
 *   Quý IV filled the total is the whole year, judged as the year.
 * - a stock or a rate is a level: the latest quarter is the level reached. With Quý IV filled its
 *   figure is the year's, judged as the year; before that the latest quarter is judged as today.
 * A total needs every quarter up to the latest filled as a number: a row with a gap (Quý II blank,
 * Quý III filled) or with a quarter of its own target is left as its columns read, and so is Quý I
 * alone (it is its own total). Without a `Cả năm` or `Lũy kế` column each quarter stays a 3-month
 * part of the year, judged at a quarter's pace.
 */
import type { RawPeriod } from './detect';
import { fromYearStart, isPartial, type Period } from './detect/period';
import type { ParsedValue, ValueCell } from './indicator';
import { isTyped } from './sourceCell';
import { maxOf } from './arrays';

/** A period of a row as the engine reads it: its cells and its values in the row's unit. */
export interface RowPeriod {
  raw: RawPeriod;
  actual: ParsedValue | null;
  inUnit: { actual: ParsedValue | null; previous: number | null; month: number | null };
}

interface Quarter<T> {
  /** 1–4. */
  index: number;
  cell: ValueCell;
  value: ParsedValue | null;
  period: Period;
  /** The row's period holding it on its own, or null when it is the cumulative figure's `monthActual`. */
  own: T | null;
}

const isQuarter = (p: Period) => p.months === 3 && p.endMonth % 3 === 0 && /^Quý /.test(p.sub);

/**
 * The row's periods with each blank cumulative figure replaced by what its quarters say (see the
 * module comment); `accumulating`: the indicator is a flow.
 */
export function withQuarterTotals<T extends RowPeriod>(periods: T[], accumulating: boolean): T[] {
  const blanks = periods.filter(
    (p) =>
      !p.raw.estimated &&
      p.raw.period.year !== '' &&
      !p.raw.period.span &&
      (p.raw.period.cumulative || !isPartial(p.raw.period)) &&
      p.raw.actual !== undefined &&
      !isTyped(p.raw.actual),
  );
  return blanks.reduce((row, blank) => fromQuarters(row, blank, accumulating), periods);
}

/** One blank cumulative figure of the row from its quarters, when they say it. */
function fromQuarters<T extends RowPeriod>(periods: T[], blank: T, accumulating: boolean): T[] {
  const quarters = quartersOf(periods, blank);
  const latest = quarters?.filter((q) => q.value?.kind === 'number').at(-1);
  if (!quarters || !latest) return periods;
  const runsToEnd = latest.index * 3 === blank.raw.period.endMonth;
  if (!accumulating) return runsToEnd && !latest.own ? replace(periods, blank, levelOf(blank, latest)) : periods;
  const upTo = quarters.slice(0, latest.index);
  if (upTo.length !== latest.index || upTo.some((q) => q.value?.kind !== 'number')) return periods;
  // Quý I alone is its own total: nothing to add up.
  if (latest.index === 1 && !runsToEnd) return periods;
  const sum = totalOf(upTo.map((q) => q.value as Extract<ParsedValue, { kind: 'number' }>));
  const parts = upTo.map((q) => q.cell);
  if (runsToEnd)
    return replace(periods, blank, {
      ...blank,
      raw: { ...blank.raw, actual: undefined, actualParts: parts },
      actual: sum,
      inUnit: { ...blank.inUnit, actual: sum },
    });
  const kept = periods.filter((p) => p !== latest.own);
  const at = kept.indexOf(blank);
  return [...kept.slice(0, at), runningTotal(blank, latest, parts, sum), ...kept.slice(at)];
}

/** Quý I to `latest` added up: a cumulative period from January, judged against the year's target. */
function runningTotal<T extends RowPeriod>(blank: T, latest: Quarter<T>, parts: ValueCell[], sum: ParsedValue): T {
  const { target, assignedTarget, labels, budget } = blank.raw;
  return {
    ...blank,
    raw: {
      period: fromYearStart(blank.raw.period.year, latest.index * 3, true),
      estimated: false,
      yearTarget: true,
      ...(target ? { target } : {}),
      ...(assignedTarget ? { assignedTarget } : {}),
      ...(labels ? { labels } : {}),
      ...(budget ? { budget } : {}),
      actualParts: parts,
      monthActual: latest.cell,
      monthPeriod: latest.period,
    },
    actual: sum,
    inUnit: { actual: sum, previous: null, month: latest.value?.kind === 'number' ? latest.value.value : null },
  };
}

/**
 * Quý I … the quarter the blank figure runs to, each once: its own period in the row or the blank
 * figure's `monthActual`; null when the row has none, or a quarter with a target of its own.
 */
function quartersOf<T extends RowPeriod>(periods: T[], blank: T): Quarter<T>[] | null {
  const year = blank.raw.period.year;
  const quarters: Quarter<T>[] = [];
  for (const p of periods) {
    if (p === blank || p.raw.period.year !== year || !isQuarter(p.raw.period) || p.raw.estimated) continue;
    if (!p.raw.actual) continue;
    if (p.raw.target && !p.raw.yearTarget) return null;
    quarters.push({
      index: p.raw.period.endMonth / 3,
      cell: p.raw.actual,
      value: p.inUnit.actual,
      period: p.raw.period,
      own: p,
    });
  }
  const month = blank.raw.monthPeriod;
  if (month && blank.raw.monthActual && isQuarter(month)) {
    const typed = blank.raw.monthActual.parsed;
    const inUnit = blank.inUnit.month;
    const value =
      inUnit === null ? null : typed?.kind === 'number' ? { ...typed, value: inUnit, unit: undefined } : number(inUnit);
    quarters.push({ index: month.endMonth / 3, cell: blank.raw.monthActual, value, period: month, own: null });
  }
  if (quarters.length === 0) return null;
  return quarters.filter((q) => q.index * 3 <= blank.raw.period.endMonth).sort((a, b) => a.index - b.index);
}

/** The latest quarter's level as the cumulative figure's own (a stock or a rate at the period's end). */
function levelOf<T extends RowPeriod>(blank: T, latest: Quarter<T>): T {
  const { monthActual: _m, monthPeriod: _p, ...raw } = blank.raw;
  const value = latest.value;
  const actual = blank.raw.monthActual?.parsed ?? value;
  return {
    ...blank,
    raw: { ...raw, actual: latest.cell },
    actual,
    inUnit: { ...blank.inUnit, actual: value, month: null },
  };
}

function replace<T>(periods: T[], old: T, by: T): T[] {
  return periods.map((p) => (p === old ? by : p));
}

function number(value: number): ParsedValue {
  return { kind: 'number', value, percent: false, decimals: 0 };
}

/** The sum of the quarters, shown with the most decimals any of them shows. */
function totalOf(values: Extract<ParsedValue, { kind: 'number' }>[]): ParsedValue {
  // Rounded off the binary noise of the sum (200,1 + 250,2), never off a decimal the cells show.
  const value = Number(values.reduce((a, v) => a + v.value, 0).toFixed(9));
  return { kind: 'number', value, percent: values[0].percent, decimals: maxOf(values.map((v) => v.decimals)) };
}
