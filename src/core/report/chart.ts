/**
 * The achievement chart as data, one definition for every output (the sheet's native chart, the
 * page's SVG, the Word draft): one bar per top-level indicator that has an achievement %, against a
 * line at 100% (the target), coloured by its status as the summary sheet colours it.
 *
 * - A year or a finished term: the % of the latest period with a reported (not estimated) actual, or
 *   the term's % (its cumulative % when it has no term target); coloured by that status (vượt / đạt green, chưa đạt red, đang thực hiện amber,
 *   không đánh giá grey).
 * - Part of a year (§7.4): the same %, with a second line at the time elapsed (`Tiến độ thời gian
 *   75%`): a bar short of it is behind pace.
 * - A term in progress (§7.5): the term % so far against the line of the term elapsed (3,5 of 5 years:
 *   70%), coloured by the outlook (đã đạt green, có khả năng đạt amber, khó đạt red).
 * Values are rounded as the sheet's ROUND rounds them (`DECIMALS.pct`), so a bar's label is the figure
 * the sheet shows. Indicators without a % (ratings, yes/no, no target) are left out and counted.
 */
import type { IndicatorResult, PeriodFigures, Report, TableResult } from '../indicator';
import { excelRound, formatNumber } from '../narrative/format';
import { DECIMALS } from '../narrative/style';
import type { Tone } from './appendix';
import { OUTLOOK_TEXT, STATUS_TEXT } from './model';

export interface ChartBar {
  name: string;
  /** The achievement %, as the sheet shows it. */
  value: number;
  /** `343`, `79,9` — the value in Vietnamese notation. */
  label: string;
  /** The status or outlook word the sheet writes (`Vượt`, `Khó đạt`). */
  status: string;
  tone: Tone;
}

export interface ChartLine {
  value: number;
  label: string;
}

export interface ChartDefinition {
  title: string;
  /** `achievement`: the % of the period; `termProgress`: a term in progress against the time elapsed. */
  kind: 'achievement' | 'termProgress';
  bars: ChartBar[];
  /** The target line (100%) and, for part of a year or a term in progress, the time elapsed. */
  lines: ChartLine[];
  /** Indicators without an achievement % (not drawn). */
  leftOut: number;
}

const STATUS_TONE: Record<IndicatorResult['overallStatus'], Tone> = {
  vuot: 'good',
  dat: 'good',
  chua_dat: 'bad',
  khong_danh_gia: 'neutral',
  dang_thuc_hien: 'amber',
};

const OUTLOOK_TONE = { da_dat: 'good', co_kha_nang_dat: 'amber', kho_dat: 'bad' } as const;

const pct = (v: number) => excelRound(v, DECIMALS.pct);
const pctLabel = (v: number) => formatNumber(v, DECIMALS.pct);

/** The latest period with a reported actual (an estimate is not a result yet). */
function reportedPeriod(ind: IndicatorResult): PeriodFigures | null {
  for (let i = ind.periods.length - 1; i >= 0; i--) {
    const p = ind.periods[i];
    if (p.actual !== null && !p.estimated) return p;
  }
  return null;
}

function barOf(ind: IndicatorResult, t: TableResult): ChartBar | null {
  const term = ind.term;
  if (t.termProgress && term?.termAchievementPct != null && term.outlook) {
    const value = pct(term.termAchievementPct);
    const status = OUTLOOK_TEXT[term.outlook];
    return { name: ind.name, value, label: pctLabel(value), status, tone: OUTLOOK_TONE[term.outlook] };
  }
  if (term?.termAchievementPct != null && term.termStatus) {
    const value = pct(term.termAchievementPct);
    const status = STATUS_TEXT[term.termStatus];
    return { name: ind.name, value, label: pctLabel(value), status, tone: STATUS_TONE[term.termStatus] };
  }
  // A term without a term target: the cumulative % (Σ actual / Σ target), judged overall.
  if (term?.cumulativePct != null) {
    const value = pct(term.cumulativePct);
    const s = ind.overallStatus;
    return { name: ind.name, value, label: pctLabel(value), status: STATUS_TEXT[s], tone: STATUS_TONE[s] };
  }
  const p = reportedPeriod(ind);
  if (!p || p.achievementPct === null) return null;
  const value = pct(p.achievementPct);
  return { name: ind.name, value, label: pctLabel(value), status: STATUS_TEXT[p.status], tone: STATUS_TONE[p.status] };
}

/** The time elapsed the tables share (a partial year's or a term's), or null when none or they differ. */
function elapsedLine(report: Report): ChartLine | null {
  const terms = new Set(
    report.tables.flatMap((t) =>
      t.termProgress ? [pct((t.termProgress.elapsedYears / t.termProgress.termYears) * 100)] : [],
    ),
  );
  if (terms.size === 1) {
    const value = [...terms][0];
    return { value, label: `Thời gian nhiệm kỳ đã qua (${pctLabel(value)}%)` };
  }
  const elapsed = new Set<number>();
  for (const t of report.tables)
    for (const ind of t.indicators) {
      const p = reportedPeriod(ind);
      if (p?.elapsedPct != null) elapsed.add(pct(p.elapsedPct));
    }
  if (elapsed.size !== 1) return null;
  const value = [...elapsed][0];
  return { value, label: `Tiến độ thời gian (${pctLabel(value)}%)` };
}

/** The chart of a report: its bars in the tables' order, the target line and the time elapsed. */
export function chartOf(report: Report): ChartDefinition {
  const bars: ChartBar[] = [];
  let leftOut = 0;
  for (const t of report.tables)
    for (const ind of t.indicators) {
      if (ind.parent !== null) continue;
      const bar = barOf(ind, t);
      if (bar) bars.push(bar);
      else leftOut++;
    }
  const lines: ChartLine[] = [{ value: 100, label: 'Kế hoạch (100%)' }];
  const elapsed = elapsedLine(report);
  if (elapsed) lines.push(elapsed);
  const termProgress = report.tables.some((t) => t.termProgress);
  return {
    title: termProgress
      ? 'Tiến độ thực hiện các chỉ tiêu nhiệm kỳ so với thời gian đã qua (%)'
      : 'Tỷ lệ thực hiện so với kế hoạch (%)',
    kind: termProgress ? 'termProgress' : 'achievement',
    bars,
    lines,
    leftOut,
  };
}
