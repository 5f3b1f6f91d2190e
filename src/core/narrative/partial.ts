/**
 * Sentences of a year in progress (DOMAIN.md §7.4, REPORT.md "Partial year"):
 * - `Chín tháng đầu năm 2024, thu ngân sách đạt 10.250 triệu đồng, bằng 82% kế hoạch năm, vượt tiến
 *   độ (75%), tăng 12,6% so với cùng kỳ.` — the period word spelled out from the period detection
 *   read, the share of the year's target, the pace against the time elapsed (amounts and counts that
 *   accumulate); a rate or a stock is a level, judged as usual.
 * - then the estimated full year: `Ước cả năm đạt 13.600 triệu đồng, bằng 108,8% kế hoạch.`
 */
import type { IndicatorResult, PeriodFigures } from '../indicator';
import { isPartial, type Period } from '../detect/period';
import { sentenceCase } from '../text';
import { excelRound, formatNumber } from './format';
import { DECIMALS } from './style';

const MONTH_WORDS = ['', 'Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười một'];

/** `9 tháng` → 9 and `đầu`; `6 tháng cuối năm` → 6 and `cuối`; null for another sub-period. */
function monthsFromStart(sub: string): { n: number; part: 'đầu' | 'cuối' } | null {
  const m = /^(\d{1,2}) tháng( cuối năm)?$/.exec(sub);
  return m ? { n: Number(m[1]), part: m[2] ? 'cuối' : 'đầu' } : null;
}

/**
 * A period as it opens a sentence: `Chín tháng đầu năm 2024`, `Sáu tháng cuối năm 2024`,
 * `Quý III năm 2024`, `Tháng 10 năm 2024`, `Năm 2024`; a span or a period without its year as
 * labelled (`2015-2020`, `Quý I`).
 * @example periodLead({ year: '2024', sub: '9 tháng', label: '9 tháng 2024', endMonth: 9, months: 9 }) // → 'Chín tháng đầu năm 2024'
 */
export function periodLead(p: Period): string {
  if (p.year && !p.span) {
    const months = monthsFromStart(p.sub);
    if (months) return `${MONTH_WORDS[months.n] ?? months.n} tháng ${months.part} năm ${p.year}`;
    if (p.sub) return `${sentenceCase(p.sub)} năm ${p.year}`;
    return `Năm ${p.year}`;
  }
  return p.label ? sentenceCase(p.label) : p.label;
}

/**
 * A period inside a sentence: `năm 2021`, `6 tháng đầu năm 2024`, `quý III năm 2024`,
 * `tháng 10 năm 2024`, `giai đoạn 2015 - 2020`; a period without its year as labelled.
 * @example periodInSentence({ year: '2024', sub: 'Quý III', label: 'Quý III 2024', endMonth: 9, months: 3 }) // → 'quý III năm 2024'
 */
export function periodInSentence(p: Period): string {
  if (p.span) return `giai đoạn ${p.span.from} - ${p.span.to}`;
  if (!p.year) return p.label;
  const months = monthsFromStart(p.sub);
  if (months) return `${months.n} tháng ${months.part} năm ${p.year}`;
  return p.sub ? `${p.sub[0].toLowerCase()}${p.sub.slice(1)} năm ${p.year}` : `năm ${p.year}`;
}

/** Whether a period is part of a year judged against the year's target (it has a time elapsed). */
export function isPartialPeriod(p: PeriodFigures): boolean {
  return p.elapsedPct !== null || (p.at.year !== '' && isPartial(p.at));
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
