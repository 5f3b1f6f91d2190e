/**
 * Periods of target/actual columns (DOMAIN.md §1): a year `19xx/20xx` with an optional sub-period
 * (`6 tháng`, `9 tháng`, `Quý I`), read from the column's own header text or the merged cell above
 * it. A span of two years (`2015 - 2020`) is a term.
 *
 * Rule chosen where the spec is silent: a text with a date after `ngày` (`Long Biên, ngày 15 tháng 12
 * năm 2020`, `ngày 10/12/2020`) is a date line, not a period; a bare date (`TH đến 30/6/2023`) gives
 * its year.
 */
import { foldText } from '../text';

export interface Period {
  /** The year the period ends in (`2020`), `""` when unknown. */
  year: string;
  /** `6 tháng`, `Quý I`, or `""` for a whole year. */
  sub: string;
  /** What the report shows: `2020`, `6 tháng 2023`, `2015-2020`. */
  label: string;
}

const YEAR = /\b(?:19|20)\d{2}\b/g;
/** `ngày 15 tháng 12`, `ngày 15/12/2020` (folding turns the marks into spaces). */
const DATE_LINE = /\bngay\s+\d{1,2}\s+(?:thang\s+)?\d{1,2}\b/;
const QUARTERS = ['I', 'II', 'III', 'IV'];

function subPeriod(folded: string): string {
  const months = /\b(\d{1,2}) thang\b/.exec(folded);
  if (months && Number(months[1]) < 12) return `${Number(months[1])} tháng`;
  const quarter = /\bquy (iv|iii|ii|i|[1-4])\b/.exec(folded);
  if (quarter) {
    const q = quarter[1];
    return `Quý ${/\d/.test(q) ? QUARTERS[Number(q) - 1] : q.toUpperCase()}`;
  }
  return '';
}

/**
 * The period a text names, or null when it names no year.
 * @example periodOf('Ước TH 6 tháng 2023') // { year: '2023', sub: '6 tháng', label: '6 tháng 2023' }
 * @example periodOf('NHIỆM KỲ 2015 - 2020') // { year: '2020', sub: '', label: '2015-2020' }
 */
export function periodOf(text: string): Period | null {
  const folded = foldText(text);
  if (DATE_LINE.test(folded)) return null;
  const years = folded.match(YEAR);
  if (!years) return null;
  const distinct = [...new Set(years)];
  if (distinct.length >= 2) {
    const first = distinct[0];
    const last = distinct[distinct.length - 1];
    return { year: last, sub: '', label: `${first}-${last}` };
  }
  const sub = subPeriod(folded);
  const year = distinct[0];
  return { year, sub, label: sub ? `${sub} ${year}` : year };
}

/** A period from a year typed as a number (the year column of a long table). */
export function periodOfCell(value: unknown): Period | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2100) {
    const year = String(value);
    return { year, sub: '', label: year };
  }
  return typeof value === 'string' ? periodOf(value) : null;
}

/** Sort key: by year, then sub-period (a quarter or months before the whole year). */
export function periodOrder(p: Period): number {
  const year = Number(p.year) || 0;
  let part = 13;
  const m = /^(\d+) tháng$/.exec(p.sub);
  if (m) part = Number(m[1]);
  const q = /^Quý (I|II|III|IV)$/.exec(p.sub);
  if (q) part = (QUARTERS.indexOf(q[1]) + 1) * 3 - 0.5;
  return year * 100 + part;
}

/** The period right before another of the same kind (2019 before 2020, 6 tháng 2022 before 6 tháng 2023). */
export function isPreviousPeriod(prev: Period, p: Period): boolean {
  return (
    prev.sub === p.sub &&
    Number(prev.year) === Number(p.year) - 1 &&
    !prev.label.includes('-') &&
    !p.label.includes('-')
  );
}
