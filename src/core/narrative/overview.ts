/**
 * The overview sentences of a report: `Năm 2020 phường Phúc Đồng được giao 12 chỉ tiêu, kết quả
 * 12/12 chỉ tiêu đạt và vượt, trong đó có chỉ tiêu đạt cao như thu ngân sách đạt 343%.` and, when
 * needed, `Còn 02 chỉ tiêu chưa đạt: A và B.` Counts are of top-level indicators only.
 */
import type { IndicatorResult, Report, TableResult } from '../indicator';
import { formatCount, formatNumber, joinList } from './format';
import { inSentence } from './indicator';
import { periodLead } from './partial';
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
  return periodLead(label);
}

/** Whether the indicator's overall status is that of an estimated period (`Ước thực hiện cả năm`). */
function judgedOnEstimate(ind: IndicatorResult): boolean {
  if (ind.term) return false;
  for (let i = ind.periods.length - 1; i >= 0; i--) {
    const p = ind.periods[i];
    if (p.target !== null && p.actual !== null) return p.estimated;
  }
  return false;
}

/**
 * The overview of a term in progress (§7.5): `Sau 2,5 năm thực hiện Nghị quyết, có 03/08 chỉ tiêu
 * đã đạt và vượt, 04 chỉ tiêu có khả năng đạt, 01 chỉ tiêu khó đạt.` — top-level indicators with an
 * outlook, the years elapsed with the Vietnamese decimal comma.
 */
export function inProgressOverview(t: TableResult, s: NarrativeSettings): string | null {
  if (!t.termProgress) return null;
  const top = t.indicators.filter((i) => i.parent === null && i.term?.outlook);
  if (top.length === 0) return null;
  const n = (k: number) => formatCount(k, s.leadingZero);
  const count = (o: string) => top.filter((i) => i.term?.outlook === o).length;
  const parts = [`có ${n(count('da_dat'))}/${n(top.length)} chỉ tiêu đã đạt và vượt`];
  if (count('co_kha_nang_dat')) parts.push(`${n(count('co_kha_nang_dat'))} chỉ tiêu có khả năng đạt`);
  if (count('kho_dat')) parts.push(`${n(count('kho_dat'))} chỉ tiêu khó đạt`);
  return `Sau ${formatNumber(t.termProgress.elapsedYears, 2)} năm thực hiện Nghị quyết, ${parts.join(', ')}.`;
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
  const inProgress = report.tables.map((t) => inProgressOverview(t, s)).filter((x): x is string => x !== null);
  const sentences: string[] = [];
  if (inProgress.length < report.tables.length) {
    const estimate = top.some(judgedOnEstimate) ? 'ước cả năm' : 'kết quả';
    const going = c.dang_thuc_hien ? `, ${n(c.dang_thuc_hien)} chỉ tiêu đang thực hiện` : '';
    sentences.push(
      `${reportPeriod(report)} ${unit} được giao ${n(c.total)} chỉ tiêu, ${estimate} ${met}/${c.total} chỉ tiêu đạt và vượt${going}${highlights(top)}.`,
    );
  }
  sentences.push(...inProgress);
  const notMet = top.filter((i) => i.overallStatus === 'chua_dat').map((i) => inSentence(i.name));
  if (notMet.length) sentences.push(`Còn ${n(notMet.length)} chỉ tiêu chưa đạt: ${joinList(notMet)}.`);
  const unjudged = top.filter((i) => i.overallStatus === 'khong_danh_gia').map((i) => inSentence(i.name));
  if (unjudged.length)
    sentences.push(`Có ${n(unjudged.length)} chỉ tiêu chưa đủ số liệu để đánh giá: ${joinList(unjudged)}.`);
  return sentences;
}
