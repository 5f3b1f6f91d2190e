/**
 * Vietnamese narrative of a report: the overview, then one sentence per indicator (its term
 * sentence when it has several periods, else its latest period's). Generated from the computed
 * figures only; every number is one the summary sheet shows.
 */
import type { IndicatorResult, Report } from '../indicator';
import { latestPeriod, periodSentence } from './indicator';
import { overviewSentences } from './overview';
import { defaultNarrativeSettings, type NarrativeSettings } from './style';
import { termSentence } from './term';
import { isAnnual } from '../layout';

export { defaultNarrativeSettings, DECIMALS, type NarrativeSettings } from './style';
export { formatNumber, formatPct, excelRound, formatValue, formatCount, joinList } from './format';

/** The sentence for one indicator, or null when it has nothing to say (no actual value). */
export function indicatorSentence(
  ind: IndicatorResult,
  s: NarrativeSettings = defaultNarrativeSettings,
  annual = true,
): string | null {
  const withActual = ind.periods.filter((p) => p.actual !== null).length;
  if (withActual >= 2 || (ind.term && ind.term.termTarget !== null)) {
    const t = termSentence(ind, s);
    if (t) return t;
  }
  const p = latestPeriod(ind);
  return p ? periodSentence(ind, p, s, annual) : null;
}

/**
 * All sentences of a report.
 * @example narrate(report, { unitName: 'phường Phúc Đồng', leadingZero: true, rateGap: 'points' })[0]
 * // 'Năm 2020 phường Phúc Đồng được giao 12 chỉ tiêu, kết quả 12/12 chỉ tiêu đạt và vượt, …'
 */
export function narrate(report: Report, settings: Partial<NarrativeSettings> = {}): string[] {
  const s = { ...defaultNarrativeSettings, ...settings };
  const sentences = overviewSentences(report, s);
  for (const t of report.tables) {
    const annual = isAnnual(t);
    for (const ind of t.indicators) {
      const line = indicatorSentence(ind, s, annual);
      if (line) sentences.push(line);
    }
  }
  return sentences;
}
