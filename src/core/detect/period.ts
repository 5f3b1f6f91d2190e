/**
 * Periods of target/actual columns (DOMAIN.md §1, §7.1): a year `19xx/20xx` with an optional
 * sub-period (`6 tháng`, `9 tháng đầu năm`, `Quý I`, `tháng 10`), read from the column's own
 * header text or the merged cell above it. A span of two years (`2015 - 2020`) is a term.
 *
 * Periods are ordered chronologically (by year, then by the month the sub-period ends; a full year
 * ends in month 12), whatever the column order. Two periods are comparable when they have the same
 * length and position in their years (2022 and 2023; `9 tháng 2022` and `9 tháng 2023`).
 *
 * Rules chosen where the spec is silent:
 * - A text with a date after `ngày` (`Long Biên, ngày 15 tháng 12 năm 2020`, `ngày 10/12/2020`) or
 *   a month after a comma (`Hà Nội, tháng 12 năm 2020`) is a date line, not a period; a figure up to
 *   a date (`TH đến 30/6/2023`, `Lũy kế đến 30/9/2024`) is from the start of that year to the
 *   date's month (a day before the 15th ends the month before).
 * - `tháng N` (one month) is labelled `tháng N/YYYY`; `N tháng cuối năm` ends in month 12.
 * - `Lũy kế` / `LK` mark a cumulative actual from the start of the year; without its own `N tháng`
 *   its length comes from the table (see `slots.ts`).
 * - Two periods ending in the same month sort the shorter first (`Quý IV 2023` before `2023`).
 */
import { foldText, plainLower } from '../text';

export interface Period {
  /** The year the period ends in (`2020`), `""` when unknown. */
  year: string;
  /** `6 tháng`, `Quý I`, `tháng 10`, or `""` for a whole year. */
  sub: string;
  /** What the report shows: `2020`, `6 tháng 2023`, `2015-2020`. */
  label: string;
  /** Month (1–12) the period ends in; 12 for a full year. */
  endMonth: number;
  /** Its length in months: 12 for a year, 3 for a quarter, N for `N tháng`, 1 for `tháng N`. */
  months: number;
  /** For a span (`2015-2020`): its first year and the word that named it. */
  span?: TermSpan;
  /** `Lũy kế`: a cumulative actual from the start of the year (its months may still be unknown). */
  cumulative?: boolean;
}

/** A term or period of several years as a header or title names it. */
export interface TermSpan {
  from: number;
  to: number;
  /** `nhiệm kỳ A - B` lasts B − A years, `giai đoạn A - B` B − A + 1; a bare span says neither. */
  word: 'nhiem ky' | 'giai doan' | null;
}

const YEAR = /\b(?:19|20)\d{2}\b/g;
/** `ngày 15 tháng 12`, `ngày 15/12/2020` (folding turns the marks into spaces). */
const DATE_LINE = /\bngay\s+\d{1,2}\s+(?:thang\s+)?\d{1,2}\b/;
/** `Hà Nội, tháng 12 năm 2020`: a place and a month, the date line of a signature block. */
const MONTH_DATE_LINE = /,\s*thang\s+\d{1,2}\s+(?:nam\s+)?(?:19|20)\d{2}\s*$/;
/** `đến 30/6/2023`, `đến hết ngày 30/9` (folded): the day and month a figure runs to. */
const UP_TO_DATE = /\b(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?(\d{1,2})\s+(\d{1,2})\b/;
const QUARTERS = ['I', 'II', 'III', 'IV'];
const CUMULATIVE = /\b(?:luy ke|lk)\b/;

interface Sub {
  sub: string;
  endMonth: number;
  months: number;
}

const FULL_YEAR: Sub = { sub: '', endMonth: 12, months: 12 };

function subPeriod(folded: string): Sub {
  const upTo = UP_TO_DATE.exec(folded);
  if (upTo) {
    const day = Number(upTo[1]);
    const month = Number(upTo[2]);
    const end = day < 15 ? month - 1 : month;
    if (month >= 1 && month <= 12 && end >= 1 && end < 12) return { sub: `${end} tháng`, endMonth: end, months: end };
  }
  const months = /\b(\d{1,2}) thang( cuoi nam)?\b/.exec(folded);
  if (months) {
    const n = Number(months[1]);
    if (n >= 1 && n < 12) {
      if (months[2]) return { sub: `${n} tháng cuối năm`, endMonth: 12, months: n };
      return { sub: `${n} tháng`, endMonth: n, months: n };
    }
    if (n === 12) return FULL_YEAR;
  }
  const month = /\bthang (\d{1,2})\b/.exec(folded);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
    const n = Number(month[1]);
    return { sub: `tháng ${n}`, endMonth: n, months: 1 };
  }
  const quarter = /\bquy (iv|iii|ii|i|[1-4])\b/.exec(folded);
  if (quarter) {
    const q = quarter[1];
    const index = /\d/.test(q) ? Number(q) - 1 : QUARTERS.indexOf(q.toUpperCase());
    return { sub: `Quý ${QUARTERS[index]}`, endMonth: (index + 1) * 3, months: 3 };
  }
  const half = /\b(?:6 thang dau nam|nua dau nam)\b/.exec(folded);
  if (half) return { sub: '6 tháng', endMonth: 6, months: 6 };
  return FULL_YEAR;
}

/** The label of a period: `2020`, `6 tháng 2023`, `Quý I 2023`, `tháng 10/2024`. */
function labelOf(sub: string, year: string): string {
  if (!sub) return year;
  if (sub.startsWith('tháng ')) return year ? `${sub}/${year}` : sub;
  return year ? `${sub} ${year}` : sub;
}

function spanWord(folded: string): TermSpan['word'] {
  if (/\bnhiem ky\b/.test(folded)) return 'nhiem ky';
  if (/\bgiai doan\b/.test(folded)) return 'giai doan';
  return null;
}

/**
 * The period a text names, or null when it names no year (and is no cumulative column).
 * @example periodOf('Ước TH 6 tháng 2023') // → { year: '2023', sub: '6 tháng', label: '6 tháng 2023', endMonth: 6, months: 6 }
 * @example periodOf('NHIỆM KỲ 2015 - 2020')?.label // → '2015-2020'
 * @example periodOf('Thực hiện tháng 10 năm 2024')?.label // → 'tháng 10/2024'
 */
export function periodOf(text: string): Period | null {
  const folded = foldText(text);
  if (DATE_LINE.test(folded) || MONTH_DATE_LINE.test(plainLower(text).trim())) return null;
  const cumulative = CUMULATIVE.test(folded);
  const years = folded.match(YEAR);
  if (!years) return cumulative ? cumulativePeriod(folded, '') : null;
  const distinct = [...new Set(years)];
  if (distinct.length >= 2) {
    const first = distinct[0];
    const last = distinct[distinct.length - 1];
    const span: TermSpan = { from: Number(first), to: Number(last), word: spanWord(folded) };
    if (span.to > span.from) return { ...yearSpan(span.from, span.to), span };
  }
  const year = distinct[distinct.length - 1];
  if (cumulative) return cumulativePeriod(folded, year);
  const s = subPeriod(folded);
  return { year, sub: s.sub, label: labelOf(s.sub, year), endMonth: s.endMonth, months: s.months };
}

/** `Lũy kế 9 tháng` is `9 tháng`; `Lũy kế` alone is from the start of the year to a month still unknown. */
function cumulativePeriod(folded: string, year: string): Period {
  const s = subPeriod(folded);
  if (s.months < 12 && s.endMonth === s.months) {
    return { year, sub: s.sub, label: labelOf(s.sub, year), endMonth: s.endMonth, months: s.months, cumulative: true };
  }
  // `Lũy kế tháng 10`, `Lũy kế đến hết quý III`: from January to that month.
  if (s.months < 12) return fromYearStart(year, s.endMonth, true);
  return { year, sub: '', label: year, endMonth: 12, months: 12, cumulative: true };
}

/** The period from January to `endMonth` of `year` (`9 tháng 2024`). * @example fromYearStart('2024', 9).label // → '9 tháng 2024'
 */
export function fromYearStart(year: string, endMonth: number, cumulative = false): Period {
  if (endMonth >= 12)
    return { year, sub: '', label: year, endMonth: 12, months: 12, ...(cumulative ? { cumulative } : {}) };
  const sub = `${endMonth} tháng`;
  return { year, sub, label: labelOf(sub, year), endMonth, months: endMonth, ...(cumulative ? { cumulative } : {}) };
}

/** The years `from` to `to` as one period, labelled `2015-2020` (a span no word names). */
export function yearSpan(from: number, to: number): Period {
  return { year: String(to), label: `${from}-${to}`, ...FULL_YEAR, span: { from, to, word: null } };
}

/** A period named without its year (`Lũy kế 9 tháng`) placed in `year`: `9 tháng 2024`. */
export function inYear(p: Period, year: string): Period {
  return { ...p, year, label: labelOf(p.sub, year) };
}

/** A period from a year typed as a number (the year column of a long table). * @example periodOfCell(2021)?.label // → '2021'
 * @example periodOfCell(3.5) // → null
 */
export function periodOfCell(value: unknown): Period | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2100) {
    const year = String(value);
    return { year, label: year, ...FULL_YEAR };
  }
  return typeof value === 'string' ? periodOf(value) : null;
}

/** A period with no year of its own (`""`): the table names none. */
export const NO_PERIOD: Period = { year: '', label: '', ...FULL_YEAR };

/** Sort key: by year, then the month the period ends; the shorter first when both end alike. */
export function periodOrder(p: Period): number {
  const year = Number(p.year) || 0;
  return year * 10_000 + p.endMonth * 100 + p.months;
}

/** Whether the period covers less than its whole year (`9 tháng`, `Quý II`, `tháng 10`). * @example isPartial(periodOf('Quý II/2023')!) // → true
 * @example isPartial(periodOf('Năm 2023')!) // → false
 */
export function isPartial(p: Period): boolean {
  return p.months < 12 && !p.span;
}

/** A calendar year with its year named (`2020`), not a part of it nor a span. */
export function isWholeYear(p: Period): boolean {
  return p.year !== '' && p.sub === '' && !p.span;
}

/** Same length and the same position in the year (2022 and 2023; `9 tháng 2022` and `9 tháng 2023`). */
export function isComparable(a: Period, b: Period): boolean {
  return a.months === b.months && a.endMonth === b.endMonth && !a.span && !b.span;
}

/** The comparable period one year before another (2019 before 2020, 6 tháng 2022 before 6 tháng 2023). * @example isPreviousPeriod(periodOf('6 tháng 2022')!, periodOf('6 tháng 2023')!) // → true
 * @example isPreviousPeriod(periodOf('Năm 2022')!, periodOf('6 tháng 2023')!) // → false
 */
export function isPreviousPeriod(prev: Period, p: Period): boolean {
  return isComparable(prev, p) && prev.year !== '' && Number(prev.year) === Number(p.year) - 1;
}

/** The point in time a period ends, in years (2021 → 2022.0, `6 tháng 2024` → 2024.5). * @example periodEnd(periodOf('6 tháng 2024')!) // → 2024.5
 */
export function periodEnd(p: Period): number {
  return Number(p.year) + p.endMonth / 12;
}

/**
 * The number of years a term lasts: `nhiệm kỳ A - B` B − A, `giai đoạn A - B` B − A + 1; a bare
 * span counts B − A when its results start the year after A (the congress year), else B − A + 1.
 * @example termLength({ from: 2020, to: 2025, word: 'nhiem ky' }, 2021) // → 5
 * @example termLength({ from: 2021, to: 2025, word: 'giai doan' }, 2021) // → 5
 */
export function termLength(span: TermSpan, firstYear: number | null): number {
  if (span.word === 'nhiem ky') return span.to - span.from;
  if (span.word === 'giai doan') return span.to - span.from + 1;
  return firstYear !== null && firstYear > span.from ? span.to - span.from : span.to - span.from + 1;
}
