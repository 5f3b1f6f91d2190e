/**
 * Sentences of a year in progress (DOMAIN.md §7.4, REPORT.md "Partial year"):
 * - `Chín tháng đầu năm 2024, thu ngân sách đạt 10.250 triệu đồng, bằng 82% kế hoạch năm, vượt tiến
 *   độ (75%), tăng 12,6% so với cùng kỳ.` — the period word spelled out from the period's label, the
 *   share of the year's target, the pace against the time elapsed (amounts and counts that accumulate);
 *   a rate or a stock is a level, judged as usual.
 * - then the estimated full year: `Ước cả năm đạt 13.600 triệu đồng, bằng 108,8% kế hoạch.`
 */
import type { IndicatorResult, PeriodFigures } from '../indicator';
import { excelRound, formatNumber } from './format';
import { DECIMALS } from './style';

const MONTH_WORDS = ['', 'Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười một'];

const MONTHS = /^(\d{1,2}) tháng( cuối năm)? ((?:19|20)\d{2})$/;
const MONTH = /^tháng (\d{1,2})\/((?:19|20)\d{2})$/;
const QUARTER = /^Quý (I|II|III|IV) ((?:19|20)\d{2})$/;
const YEAR = /^(?:19|20)\d{2}$/;

/**
 * A period as it opens a sentence: `Chín tháng đầu năm 2024`, `Sáu tháng cuối năm 2024`,
 * `Quý III năm 2024`, `Tháng 10 năm 2024`, `Năm 2024`.
 * @example periodLead('9 tháng 2024') // → 'Chín tháng đầu năm 2024'
 */
export function periodLead(label: string): string {
  const months = MONTHS.exec(label);
  if (months) {
    const word = MONTH_WORDS[Number(months[1])] ?? months[1];
    return `${word} tháng ${months[2] ? 'cuối' : 'đầu'} năm ${months[3]}`;
  }
  const month = MONTH.exec(label);
  if (month) return `Tháng ${month[1]} năm ${month[2]}`;
  const quarter = QUARTER.exec(label);
  if (quarter) return `Quý ${quarter[1]} năm ${quarter[2]}`;
  if (YEAR.test(label)) return `Năm ${label}`;
  return label ? label[0].toUpperCase() + label.slice(1) : label;
}

/**
 * A period inside a sentence: `năm 2021`, `6 tháng đầu năm 2024`, `quý III năm 2024`,
 * `tháng 10 năm 2024`.
 * @example periodInSentence('6 tháng 2024') // → '6 tháng đầu năm 2024'
 */
export function periodInSentence(label: string): string {
  const months = MONTHS.exec(label);
  if (months) return `${months[1]} tháng ${months[2] ? 'cuối' : 'đầu'} năm ${months[3]}`;
  const month = MONTH.exec(label);
  if (month) return `tháng ${month[1]} năm ${month[2]}`;
  const quarter = QUARTER.exec(label);
  if (quarter) return `quý ${quarter[1]} năm ${quarter[2]}`;
  const m = /^(.*?)\s*((?:19|20)\d{2})$/.exec(label);
  if (!m) return label;
  return m[1] ? `${m[1]} năm ${m[2]}` : `năm ${m[2]}`;
}

/** Whether a period is part of a year judged against the year's target (it has a time elapsed). */
export function isPartialPeriod(p: PeriodFigures): boolean {
  return p.elapsedPct !== null || MONTHS.test(p.period) || MONTH.test(p.period) || QUARTER.test(p.period);
}

/**
 * The pace of a partial period against the time elapsed: `vượt tiến độ (75%)`, `đạt tiến độ (75%)`,
 * `chậm so với tiến độ (75%)`. A period that has already reached the year's target has no pace left
 * to keep (`hoàn ththem 100% chỉ tiêu năm`, nothing after it); a cap used up over the year (lower is
 * better) is told as a share of its maximum instead (indicator.ts), never as a pace.
 */
export function progressClause(ind: IndicatorResult, p: PeriodFigures): string | null {
  if (p.progress === null || p.elapsedPct === null || p.achievementPct === null) return null;
  if (ind.direction === 'decrease') return null;
  const shown = excelRound(p.achievementPct, DECIMALS.pct);
  if (shown >= 100) return null;
  const elapsed = `(${formatNumber(p.elapsedPct, DECIMALS.pct)}%)`;
  if (p.progress === 'cham_tien_do') return `chậm so với tiến độ ${elapsed}`;
  const ahead = shown > excelRound(p.elapsedPct, DECIMALS.pct);
  return `${ahead ? 'vượt' : 'đạt'} tiến độ ${elapsed}`;
}

/** The estimated full year that follows a partial period (`Ước thực hiện cả năm`), if any. */
export function estimateAfter(ind: IndicatorResult, partial: PeriodFigures): PeriodFigures | null {
  const k = ind.periods.indexOf(partial);
  for (let i = ind.periods.length - 1; i > k; i--) {
    const p = ind.periods[i];
    if (p.estimated && p.actual !== null && !isPartialPeriod(p)) return p;
  }
  return null;
}
