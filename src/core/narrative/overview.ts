/**
 * The overview sentences of a report: `Năm 2020 phường Phúc Đồng được giao 12 chỉ tiêu, kết quả
 * 12/12 chỉ tiêu đạt và vượt, trong đó có chỉ tiêu đạt cao như thu ngân sách đạt 343%.` and, when
 * needed, `Còn 02 chỉ tiêu chưa đạt: A và B.` Counts are of top-level indicators only.
 */
import type { IndicatorResult, Report } from '../indicator';
import { formatCount, formatNumber, joinList } from './format';
import { inSentence } from './indicator';
import { periodPhrase } from './term';
import { DECIMALS, type NarrativeSettings } from './style';
import { foldText } from '../text';

/** Achievement that makes an indicator stand out in the overview ("đạt cao"). */
const HIGH_ACHIEVEMENT = 120;

/** The headline figure of an indicator: its term %, else its latest period's %. */
export function headlinePct(ind: IndicatorResult): number | null {
  const t = ind.term;
  if (t && (t.termAchievementPct !== null || t.cumulativePct !== null)) return t.termAchievementPct ?? t.cumulativePct;
  for (let i = ind.periods.length - 1; i >= 0; i--) {
    const p = ind.periods[i];
    if (p.achievementPct !== null && p.target !== null && p.actual !== null) return p.achievementPct;
  }
  return null;
}

function reportPeriod(report: Report): string {
  const labels = [...new Set(report.tables.map((t) => t.period).filter((p) => p))];
  if (labels.length !== 1) return 'Trong kỳ báo cáo';
  const label = labels[0];
  if (/^\d{4}-\d{4}$/.test(label)) return `Giai đoạn ${label.replace('-', ' - ')}`;
  const phrase = periodPhrase(label);
  return phrase[0].toUpperCase() + phrase.slice(1);
}

function highlights(top: IndicatorResult[]): string {
  const high = top
    .filter((i) => i.overallStatus === 'vuot' && i.direction === 'increase')
    .map((i) => ({ i, pct: headlinePct(i) }))
    .filter((x): x is { i: IndicatorResult; pct: number } => x.pct !== null && x.pct >= HIGH_ACHIEVEMENT)
    .sort((a, b) => b.pct - a.pct)
    // The same indicator in two tables (a year sheet and a term sheet) is named once, at its best.
    .filter((x, k, all) => all.findIndex((y) => foldText(y.i.name) === foldText(x.i.name)) === k)
    .slice(0, 2);
  if (high.length === 0) return '';
  const items = high.map((x) => `${inSentence(x.i.name)} đạt ${formatNumber(x.pct, DECIMALS.pct)}%`);
  return `, trong đó có chỉ tiêu đạt cao như ${joinList(items)}`;
}

/** Overview sentences of a report. */
export function overviewSentences(report: Report, s: NarrativeSettings): string[] {
  const top = report.tables.flatMap((t) => t.indicators).filter((i) => i.parent === null);
  const c = report.counts;
  if (c.total === 0) return [];
  const unit = s.unitName || 'đơn vị';
  const met = c.vuot + c.dat;
  const n = (k: number) => formatCount(k, s.leadingZero);
  const sentences = [
    `${reportPeriod(report)} ${unit} được giao ${n(c.total)} chỉ tiêu, kết quả ${met}/${c.total} chỉ tiêu đạt và vượt${highlights(top)}.`,
  ];
  const notMet = top.filter((i) => i.overallStatus === 'chua_dat').map((i) => inSentence(i.name));
  if (notMet.length) sentences.push(`Còn ${n(notMet.length)} chỉ tiêu chưa đạt: ${joinList(notMet)}.`);
  const unjudged = top.filter((i) => i.overallStatus === 'khong_danh_gia').map((i) => inSentence(i.name));
  if (unjudged.length)
    sentences.push(`Có ${n(unjudged.length)} chỉ tiêu chưa đủ số liệu để đánh giá: ${joinList(unjudged)}.`);
  return sentences;
}
