/**
 * Sentences over several periods (a term or a run of years), in the seeds' shapes:
 * - average basis: `Thu ngân sách hàng năm bình quân đạt 27,66 tỷ đồng, bằng 117,7% chỉ tiêu nhiệm kỳ
 *   (23,5 tỷ đồng). Cụ thể: năm 2015 đạt 25,3 tỷ đồng, bằng 130% kế hoạch; …; năm 2018 cao nhất 30,7 tỷ đồng…`
 * - total basis: `Kết nạp đảng viên cả giai đoạn đạt 71 đảng viên, bằng 129,1% chỉ tiêu nhiệm kỳ (55 đảng viên).`
 * - cumulative: `Từ năm 2015 đến năm 2019, hồ sơ cấp giấy… đạt 696/333 hồ sơ, bằng 209% kế hoạch.`
 * - no target: `Chi ngân sách bình quân hàng năm đạt 14,39 tỷ đồng; tổng 05 năm 71,952 tỷ đồng, tăng bình quân 4,2%/năm.`
 */
import type { IndicatorResult, PeriodFigures, TermFigures } from '../indicator';
import { excelRound, formatNumber } from './format';
import { inSentence, subject, targetWords, withUnit } from './indicator';
import { foldText } from '../text';
import { DECIMALS, type NarrativeSettings } from './style';
import { periodInSentence } from './partial';
import { inProgressSentence, latestSentence, levelSentence, termInProgress } from './midterm';

const pct = (v: number) => `${formatNumber(v, DECIMALS.pct)}%`;

/** `2015` → `năm 2015`; `6 tháng 2023` → `6 tháng đầu năm 2023`; `tháng 10/2024` → `tháng 10 năm 2024`. */
export function periodPhrase(label: string): string {
  let phrase = PHRASES.get(label);
  if (phrase === undefined) {
    phrase = periodInSentence(label);
    if (PHRASES.size < 1000) PHRASES.set(label, phrase);
  }
  return phrase;
}

/** A report has a handful of period labels, each phrased thousands of times. */
const PHRASES = new Map<string, string>();

function withActual(periods: PeriodFigures[]): (PeriodFigures & { actual: number })[] {
  return periods.filter((p): p is PeriodFigures & { actual: number } => typeof p.actual === 'number');
}

function averageValue(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string {
  return withUnit(excelRound(term.average!, DECIMALS.average), ind, s);
}

function statusTail(status: string | null): string {
  return status === 'chua_dat' ? ', chưa đạt' : '';
}

/** `Cụ thể: năm 2015 đạt 25,3 tỷ đồng, bằng 130% kế hoạch; …` with the best year marked. */
function yearByYear(ind: IndicatorResult, s: NarrativeSettings): string {
  const periods = withActual(ind.periods);
  if (periods.length < 2) return '';
  const values = periods.map((p) => p.actual);
  const best = ind.direction === 'increase' ? Math.max(...values) : Math.min(...values);
  const bestWord = ind.direction === 'increase' ? 'cao nhất' : 'thấp nhất';
  let marked = false;
  const parts = periods.map((p) => {
    const isBest = !marked && p.actual === best && values.filter((v) => v === best).length === 1;
    if (isBest) marked = true;
    // A verb before "cao nhất / thấp nhất" (issue 11 rule 1): `năm 2018 đạt cao nhất 30,7 tỷ đồng`.
    const verb = isBest ? `đạt ${bestWord}` : 'đạt';
    const of = p.achievementPct !== null ? `, bằng ${pct(p.achievementPct)} kế hoạch` : '';
    return `${periodPhrase(p.period)} ${verb} ${withUnit(p.actual, ind, s)}${of}`;
  });
  return ` Cụ thể: ${parts.join('; ')}.`;
}

function spanPhrase(ind: IndicatorResult): string {
  const periods = withActual(ind.periods);
  const first = periods[0]?.period ?? '';
  const last = periods[periods.length - 1]?.period ?? '';
  return `Từ ${periodPhrase(first)} đến ${periodPhrase(last)}`;
}

function withTermTarget(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string {
  const target = typeof term.termTarget === 'number' ? ` (${withUnit(term.termTarget, ind, s)})` : '';
  if (ind.targetKind === 'zero' || ind.targetKind === 'rating' || ind.targetKind === 'boolean') {
    const level = levelSentence(ind, term, '', s, 'chỉ tiêu nhiệm kỳ');
    if (level) return level;
  }
  if (term.termAchievementPct === null || term.average === null) {
    const status = {
      vuot: 'vượt',
      dat: 'đạt',
      chua_dat: 'chưa đạt',
      khong_danh_gia: 'chưa đánh giá được',
      dang_thuc_hien: 'đang thực hiện',
    }[term.termStatus ?? 'khong_danh_gia'];
    return `${subject(ind.name)}: ${status} chỉ tiêu nhiệm kỳ (${String(term.termTarget)}).`;
  }
  const of = `bằng ${pct(term.termAchievementPct)} chỉ tiêu nhiệm kỳ${target}${statusTail(term.termStatus)}`;
  if (term.basis === 'average') {
    // Never a doubled word: a name that already says `hàng năm` does not get it twice.
    const yearly = foldText(ind.name).includes('hang nam') ? '' : ' hàng năm';
    const head = `${subject(ind.name)}${yearly} bình quân đạt ${averageValue(ind, term, s)}`;
    if (ind.valueKind === 'rate' || ind.valueKind === 'ratio')
      return `${head}, ${rateAgainstTerm(ind, term, s)}.${yearByYear(ind, s)}`;
    return `${head}, ${of}.${yearByYear(ind, s)}`;
  }
  const head = `${subject(ind.name)} cả giai đoạn đạt ${withUnit(term.total ?? term.average, ind, s)}`;
  return `${head}, ${of}.${yearByYear(ind, s)}`;
}

/** A rate over a term against its target, in words — never as a share of the target (issue 11 rule 2). */
function rateAgainstTerm(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string {
  const words = `chỉ tiêu nhiệm kỳ (${targetWords(term.targetSpec, term.termTarget, ind, s)})`;
  if (term.termStatus === 'vuot') return `${ind.direction === 'decrease' ? 'đạt' : 'vượt'} ${words}`;
  if (term.termStatus === 'dat') return `đạt ${words}`;
  return `${ind.direction === 'decrease' ? 'cao hơn' : 'thấp hơn'} ${words}, chưa đạt`;
}

function cumulative(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string {
  const pairs = ind.periods.filter((p) => typeof p.actual === 'number' && typeof p.target === 'number');
  const sumA = pairs.reduce((x, p) => x + (p.actual as number), 0);
  const sumT = pairs.reduce((x, p) => x + (p.target as number), 0);
  if (ind.direction === 'decrease') return decreasing(ind, term, s);
  // Money is never a/b (issue 11 rule 4): the total and its share of the total plan; counts keep a/b.
  if (ind.valueKind !== 'count')
    return `${spanPhrase(ind)}, ${inSentence(ind.name)} đạt ${withUnit(sumA, ind, s)}, bằng ${pct(term.cumulativePct!)} tổng kế hoạch.${yearByYear(ind, s)}`;
  const ratio = `${formatNumber(sumA, 3)}/${withUnit(sumT, ind, { ...s, leadingZero: false })}`;
  return `${spanPhrase(ind)}, ${inSentence(ind.name)} đạt ${ratio}, bằng ${pct(term.cumulativePct!)} kế hoạch.${yearByYear(ind, s)}`;
}

function decreasing(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string {
  const periods = withActual(ind.periods);
  const first = periods[0];
  const last = periods[periods.length - 1];
  const growth =
    term.cagrPct !== null ? `, bình quân ${term.cagrPct < 0 ? 'giảm' : 'tăng'} ${pct(Math.abs(term.cagrPct))}/năm` : '';
  const verb = last.actual < first.actual ? 'giảm từ' : 'từ';
  const to = last.actual < first.actual ? 'còn' : 'lên';
  return `${subject(ind.name)} ${verb} ${withUnit(first.actual, ind, s)} (${periodPhrase(first.period)}) ${to} ${withUnit(last.actual, ind, s)} (${periodPhrase(last.period)})${growth}.`;
}

function noTarget(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string {
  const n = withActual(ind.periods).length;
  const parts = [`${subject(ind.name)} bình quân hàng năm đạt ${averageValue(ind, term, s)}`];
  if (term.total !== null)
    // No leading zero on a duration (issue 11 rule 4): `tổng 5 năm`.
    parts.push(`tổng ${n} năm ${withUnit(term.total, ind, { ...s, leadingZero: false })}`);
  if (term.cagrPct !== null)
    parts.push(`${term.cagrPct < 0 ? 'giảm' : 'tăng'} bình quân ${pct(Math.abs(term.cagrPct))}/năm`);
  return `${parts.join(', ')}.${yearByYear(ind, s)}`;
}

/**
 * The sentence over all periods of an indicator; null when it has fewer than two periods with an
 * actual value and no term target.
 */
export function termSentence(ind: IndicatorResult, s: NarrativeSettings): string | null {
  const term = ind.term;
  if (term && termInProgress(term) && term.termTarget !== null) {
    const inProgress = inProgressSentence(ind, term, s);
    if (inProgress) return inProgress;
  }
  if (term?.basis === 'latest' && term.termTarget !== null) {
    const latest = latestSentence(ind, term, s);
    if (latest) return latest;
  }
  if (!term || term.average === null) return term?.termTarget != null ? withTermTarget(ind, term, s) : null;
  if (term.termTarget !== null) return withTermTarget(ind, term, s);
  if (term.cumulativePct !== null) return cumulative(ind, term, s);
  if (ind.direction === 'decrease' && withActual(ind.periods).length >= 2) return decreasing(ind, term, s);
  return noTarget(ind, term, s);
}
