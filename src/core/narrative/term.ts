/**
 * Sentences over several periods (a term or a run of years), in the seeds' shapes:
 * - average basis: `Thu ngân sách bình quân hàng năm đạt 27,66 tỷ đồng, vượt 17,7% so với chỉ tiêu Nghị
 *   quyết Đại hội đề ra (23,5 tỷ đồng). Cụ thể: năm 2015 thu 25,3 tỷ đồng, đạt 130% kế hoạch; …; năm
 *   2018 thu cao nhất 30,7 tỷ đồng…`; a rate: `… bình quân hàng năm là 90,4%, vượt chỉ tiêu … (88% trở lên).`
 * - total basis: `Trong 5 năm, kết nạp được 71 đảng viên, bằng 129,1% chỉ tiêu … (55 đảng viên).`
 * - cumulative: `Từ năm 2015 đến năm 2019, hồ sơ cấp giấy… đạt 696/333 hồ sơ, bằng 209% kế hoạch.`
 * - no term target: `Chi ngân sách bình quân hàng năm đạt 14,39 tỷ đồng, tổng 5 năm 71 tỷ 952 triệu đồng,
 *   tăng bình quân 4,2%/năm.`; with yearly targets, how the years fared: `hàng năm đều vượt chỉ tiêu (88%)`.
 * - lower is better, and any stock (a level, never summed): `Số hộ nghèo giảm từ 60 hộ (năm 2015) xuống
 *   còn 14 hộ (năm 2019), …`, `Số tổ dân phố văn hóa tăng từ 40 tổ dân phố (năm 2016) lên 45 …`
 */
import type { IndicatorResult, PeriodFigures, TermFigures } from '../indicator';
import { excelRound, formatCount, formatNumber, joinList } from './format';
import {
  ACTION_VERBS,
  asTotal,
  inSentence,
  missedSide,
  namesVerb,
  reached,
  subject,
  targetWords,
  unitWord,
  withUnit,
} from './indicator';
import { isRateLike } from '../figures';
import { foldText } from '../text';
import { DECIMALS, shownActual, type NarrativeSettings } from './style';
import { periodInSentence } from './partial';
import { NO_PERIOD } from '../detect/period';
import { estimatedPeriod } from './estimate';
import { targetInWords } from './quoted';
import { isSpending, planWord } from './budget';
import { inProgressSentence, latestSentence, levelSentence, termInProgress } from './midterm';
import { maxOf, minOf } from '../arrays';

const pct = (v: number) => `${formatNumber(v, DECIMALS.pct)}%`;

/** The periods with a number, each as its source cell shows it (`shownActual`). */
function withActual(periods: PeriodFigures[]): (PeriodFigures & { actual: number })[] {
  return periods.map(shownActual).filter((p): p is PeriodFigures & { actual: number } => typeof p.actual === 'number');
}

function averageValue(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string {
  return withUnit(excelRound(term.average!, DECIMALS.average), ind, s);
}

function statusTail(status: string | null): string {
  return status === 'chua_dat' ? ', chưa đạt' : '';
}

/** What a term target is called: as the seeds write it, `chỉ tiêu Nghị quyết Đại hội đề ra`. */
export function termGoal(s: NarrativeSettings): string {
  if (s.plan) return 'chỉ tiêu kế hoạch đề ra';
  return s.termGoal === 'nhiem_ky' ? 'chỉ tiêu nhiệm kỳ' : 'chỉ tiêu Nghị quyết Đại hội đề ra';
}

/**
 * An average over the years with its one verb: `Chi ngân sách bình quân hàng
 * năm đạt 14,39 tỷ đồng`, `Tỷ lệ hộ đạt danh hiệu … bình quân hàng năm là 90,4%` (the name holds
 * "đạt"), `… đạt trung bình 90,42%` (setting); lower is better reads `là`, never "đạt".
 */
function averageHead(ind: IndicatorResult, value: string, s: NarrativeSettings): string {
  const plain = namesVerb(ind.name) || ind.direction === 'decrease';
  // Never a doubled word: a name that already says `hàng năm` or `bình quân` does not get it twice.
  const folded = foldText(ind.name);
  const yearly = folded.includes('hang nam') ? '' : ' hàng năm';
  if (s.averageWord === 'trung_binh')
    return `${subject(ind.name)} ${plain ? `trung bình${yearly} là` : 'đạt trung bình'} ${value}`;
  const average = /\bbinh quan\b/.test(folded) ? '' : ` bình quân${yearly}`;
  return `${subject(ind.name)}${average} ${plain ? 'là' : 'đạt'} ${value}`;
}

const MONEY_VERBS = ['thu', 'chi'];

/** The verb said again before each year's figure: `thu`, `chi`, `kết nạp` from the name, else `đạt`. */
function yearVerb(ind: IndicatorResult): string {
  const name = inSentence(ind.name);
  const folded = foldText(name);
  const verbs = ind.valueKind === 'amount' ? MONEY_VERBS : ind.valueKind === 'count' ? ACTION_VERBS : [];
  const verb = verbs.find((v) => folded.startsWith(`${v} `));
  return verb ? name.slice(0, verb.length) : 'đạt';
}

/** A year's figure: a count against its target as the seeds write it (`121/100 hồ sơ`), else the value. */
function yearFigure(ind: IndicatorResult, p: PeriodFigures & { actual: number }, s: NarrativeSettings): string {
  if (ind.valueKind === 'count' && typeof p.target === 'number' && p.achievementPct !== null)
    return countPair(p.actual, p.target, ind, s);
  return withUnit(p.actual, ind, s);
}

/**
 * A year's judgement: the share of its plan for amounts and counts (`đạt 130% kế hoạch`, never a
 * second "đạt" after the verb `đạt`); a rate is never a share of its target — a
 * rate that met its target needs no words, one that did not says so with the target.
 */
function yearJudgement(ind: IndicatorResult, p: PeriodFigures, verb: string, s: NarrativeSettings): string {
  if (isRateLike(ind.valueKind)) {
    if (p.status !== 'chua_dat' || p.target === null) return '';
    return `, chưa đạt chỉ tiêu (${targetWords(p.targetSpec, p.target, ind, s)})`;
  }
  if (p.achievementPct === null) return '';
  // A dự toán is a share, never "đạt" (budget.ts): `năm 2021 chi 20 tỷ đồng, bằng 95% dự toán`.
  if (p.budget) return `, bằng ${pct(p.achievementPct)} ${planWord(p)}`;
  return `, ${verb === 'đạt' ? 'bằng' : 'đạt'} ${pct(p.achievementPct)} kế hoạch`;
}

/** `Cụ thể: năm 2015 thu 25,3 tỷ đồng, đạt 130% kế hoạch; …; năm 2018 thu cao nhất 30,7 tỷ đồng, …` */
function yearByYear(ind: IndicatorResult, s: NarrativeSettings): string {
  const periods = withActual(ind.periods);
  if (periods.length < 2) return '';
  const values = periods.map((p) => p.actual);
  const best = ind.direction === 'increase' ? maxOf(values) : minOf(values);
  const bestWord = ind.direction === 'increase' ? 'cao nhất' : 'thấp nhất';
  const verb = yearVerb(ind);
  const bestOnce = values.filter((v) => v === best).length === 1;
  let marked = false;
  const parts = periods.map((p) => {
    const isBest = !marked && p.actual === best && bestOnce;
    if (isBest) marked = true;
    // A verb before "cao nhất / thấp nhất": `năm 2018 thu cao nhất 30,7 tỷ đồng`.
    const said = isBest ? `${verb} ${bestWord}` : verb;
    // An estimated year says so (`năm 2025 ước thu …`).
    const estimate = p.estimated ? 'ước ' : '';
    return `${periodInSentence(p.at)} ${estimate}${said} ${yearFigure(ind, p, s)}${yearJudgement(ind, p, verb, s)}`;
  });
  return ` Cụ thể: ${parts.join('; ')}.`;
}

/**
 * How the years fared against their own targets, for a table without a term target:
 * `hàng năm đều vượt chỉ tiêu (88%)`, `hàng năm trên 88%` (setting), `năm 2019 chưa đạt chỉ tiêu`.
 */
function everyYear(ind: IndicatorResult, s: NarrativeSettings): string | null {
  const judged = withActual(ind.periods).filter(
    (p) => p.target !== null && (p.status === 'vuot' || p.status === 'dat' || p.status === 'chua_dat'),
  );
  if (judged.length < 2) return null;
  const missed = judged.filter((p) => p.status === 'chua_dat');
  if (missed.length === judged.length) return 'các năm đều chưa đạt chỉ tiêu';
  if (missed.length === 1 && missed[0].target !== null) {
    const [m] = missed;
    const words = `chỉ tiêu (${targetWords(m.targetSpec, m.target, ind, s)})`;
    const side = atTarget(m.actual, m.target, DECIMALS.rate)
      ? 'chưa đạt'
      : missedSide(typeof m.actual === 'number' ? m.actual : null, m.targetSpec, ind.direction);
    const where = `${m.estimated ? 'ước ' : ''}${ind.direction === 'decrease' ? 'là' : 'đạt'} ${withUnit(m.actual, ind, s)}, ${side}`;
    // The one year that fell short, then how the others fared (`; năm 2016 là 56 hộ, cao hơn …,
    // các năm còn lại đều đạt chỉ tiêu`), after a semicolon: a clause of its own.
    const others = judged.filter((p) => p !== m);
    const rest =
      others.length > 1 ? 'các năm còn lại đều đạt chỉ tiêu' : `${periodInSentence(others[0].at)} đạt chỉ tiêu`;
    return `; ${periodInSentence(m.at)} ${where} ${words}, ${rest}`;
  }
  if (missed.length) return `${joinList(missed.map((p) => periodInSentence(p.at)))} chưa đạt chỉ tiêu`;
  const allAbove = judged.every((p) => p.status === 'vuot');
  const first = judged[0];
  const same = judged.every((p) => p.target === first.target) ? first : null;
  const rising = ind.direction === 'increase' && isRateLike(ind.valueKind);
  if (same && typeof same.target === 'number' && allAbove && rising && s.everyYear === 'above')
    return `hàng năm trên ${withUnit(same.target, ind, s)}`;
  const verb = ind.direction === 'decrease' ? 'đạt' : allAbove ? 'vượt' : 'đạt và vượt';
  const words = same ? ` (${targetWords(same.targetSpec, same.target, ind, s)})` : '';
  return `hàng năm đều ${verb} chỉ tiêu${words}`;
}

function spanPhrase(ind: IndicatorResult): string {
  const periods = withActual(ind.periods);
  const first = periods[0]?.at ?? NO_PERIOD;
  const last = periods[periods.length - 1]?.at ?? NO_PERIOD;
  return `Từ ${periodInSentence(first)} đến ${periodInSentence(last)}`;
}

/**
 * An amount or a count against its term target: the excess as the seeds write it (`vượt 17,7% so
 * với chỉ tiêu Nghị quyết Đại hội đề ra (23,5 tỷ đồng)`) or, by the setting or when not exceeded,
 * the share (`bằng 95% chỉ tiêu … (23,5 tỷ đồng), chưa đạt`).
 */
function againstTermTarget(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings, share = false): string {
  const target = typeof term.termTarget === 'number' ? ` (${withUnit(term.termTarget, ind, s)})` : '';
  const achieved = excelRound(term.termAchievementPct!, DECIMALS.pct);
  if (!share && s.termExcess === 'excess' && term.termStatus === 'vuot' && achieved > 100)
    return `vượt ${pct(achieved - 100)} so với ${termGoal(s)}${target}`;
  return `bằng ${pct(achieved)} ${termGoal(s)}${target}${statusTail(term.termStatus)}`;
}

function withTermTarget(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string {
  if (ind.targetKind === 'zero' || ind.targetKind === 'rating' || ind.targetKind === 'boolean') {
    const level = levelSentence(ind, term, '', s, termGoal(s));
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
    return `${subject(ind.name)}: ${status} ${termGoal(s)} (${targetInWords(String(term.termTarget))}).`;
  }
  if (term.basis === 'average') {
    const head = averageHead(ind, averageValue(ind, term, s), s);
    const rateLike = ind.valueKind === 'rate' || ind.valueKind === 'ratio';
    const compare =
      rateLike || againstLevel(ind, term) ? rateAgainstTerm(ind, term, s) : againstTermTarget(ind, term, s);
    return `${head}, ${compare}.${yearByYear(ind, s)}`;
  }
  // A total over the term, as the seeds write it: `trong 5 năm … kết nạp được 71 đảng viên, đạt 130% chỉ tiêu`.
  const years = withActual(ind.periods).length;
  const total = reached(asTotal(ind), term.total ?? term.average, { ...s, leadingZero: false });
  const compare = againstLevel(ind, term) ? rateAgainstTerm(ind, term, s) : againstTermTarget(ind, term, s, true);
  return `Trong ${years} năm, ${total}, ${compare}.${yearByYear(ind, s)}`;
}

/** A lower-is-better figure or a range target is said against its level in words, never as a share. */
function againstLevel(ind: IndicatorResult, term: TermFigures): boolean {
  return ind.direction === 'decrease' || term.targetSpec?.kind === 'range';
}

/**
 * A rate (or a lower-is-better figure) over a term against its target, in words — never as a
 * share of the target, never "vượt" for lower is better.
 */
function rateAgainstTerm(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string {
  const words = `${termGoal(s)} (${targetWords(term.targetSpec, term.termTarget, ind, s)})`;
  const range = term.targetSpec?.kind === 'range';
  if (term.termStatus === 'vuot') return `${ind.direction === 'decrease' && !range ? 'đạt' : 'vượt'} ${words}`;
  if (term.termStatus === 'dat') return `đạt ${words}`;
  // A strict target (`Trên 92%`) met exactly is neither above nor below it: only not met.
  const basis = term.basis === 'total' ? term.total : term.average;
  if (atTarget(basis, term.termTarget, DECIMALS.average)) return `chưa đạt ${words}`;
  return `${missedSide(basis, term.targetSpec, ind.direction)} ${words}, chưa đạt`;
}

/** Whether a figure, as the sentence rounds it, equals its target. */
function atTarget(value: number | null, target: number | string | null, decimals: number): boolean {
  return typeof value === 'number' && typeof target === 'number' && excelRound(value, decimals) === target;
}

/** `29/24 đảng viên`, `09/08 hồ sơ`: a count against its target, both sides padded alike. */
function countPair(a: number, t: number, ind: IndicatorResult, s: NarrativeSettings): string {
  const u = unitWord(ind.unit);
  const pair = `${formatCount(a, s.leadingZero)}/${formatCount(t, s.leadingZero)}`;
  return u ? `${pair} ${u}` : pair;
}

function cumulative(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string {
  const pairs = ind.periods.filter((p) => typeof p.actual === 'number' && typeof p.target === 'number');
  const sumA = pairs.reduce((x, p) => x + (p.actual as number), 0);
  const sumT = pairs.reduce((x, p) => x + (p.target as number), 0);
  if (ind.direction === 'decrease') return decreasing(ind, term, s);
  // A plan for only some of the years: no total plan to compare with, each year is judged alone.
  if (pairs.length < withActual(ind.periods).length) return noTarget(ind, term, s);
  // Money is never a/b: the total and its share of the total plan; counts keep a/b.
  const total = asTotal(ind);
  const budget = pairs.every((p) => p.budget);
  const plan = budget ? 'dự toán' : 'kế hoạch';
  // Spending is carried out against its dự toán, never "đạt" (budget.ts).
  const verb = pairs.every((p) => isSpending(ind, p)) ? 'thực hiện' : 'đạt';
  if (ind.valueKind !== 'count')
    return `${spanPhrase(ind)}, ${inSentence(total.name)} ${verb} ${withUnit(sumA, ind, s)}, bằng ${pct(term.cumulativePct!)} tổng ${plan}.${yearByYear(ind, s)}`;
  const head = reached(total, sumA, s, countPair(sumA, sumT, { ...ind, unit: '' }, s));
  return `${spanPhrase(ind)}, ${head}, bằng ${pct(term.cumulativePct!)} kế hoạch.${yearByYear(ind, s)}`;
}

/**
 * A lower-is-better run of years: `Số hộ nghèo giảm từ 60 hộ (năm 2015) xuống còn
 * 14 hộ (năm 2019), bình quân giảm 30,5%/năm`, then how the years fared against their targets.
 */
function decreasing(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string {
  const periods = withActual(ind.periods);
  const first = periods[0];
  const last = periods[periods.length - 1];
  const at = (p: PeriodFigures & { actual: number }) =>
    `${withUnit(p.actual, ind, s)} (${estimatedPeriod(periodInSentence(p.at), p.estimated)})`;
  const growth =
    term.cagrPct !== null && excelRound(term.cagrPct, DECIMALS.pct) !== 0
      ? `bình quân ${term.cagrPct < 0 ? 'giảm' : 'tăng'} ${pct(Math.abs(term.cagrPct))}/năm`
      : null;
  let move: string;
  if (last.actual < first.actual) move = `giảm từ ${at(first)} xuống còn ${at(last)}`;
  else if (last.actual > first.actual) move = `tăng từ ${at(first)} lên ${at(last)}`;
  else if (last.estimated)
    // The same figure, the last one estimated: `năm 2021 là 5%, năm 2023 ước vẫn là 5%`.
    move = `${periodInSentence(first.at)} là ${withUnit(first.actual, ind, s)}, ${periodInSentence(last.at)} ước vẫn là ${withUnit(last.actual, ind, s)}`;
  else move = `${periodInSentence(first.at)} và ${periodInSentence(last.at)} đều là ${withUnit(last.actual, ind, s)}`;
  const parts = [`${subject(ind.name)} ${move}`, growth];
  return `${clauses(
    parts.filter((x): x is string => !!x),
    everyYear(ind, s),
  )}.`;
}

function noTarget(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string {
  const n = withActual(ind.periods).length;
  const parts = [averageHead(ind, averageValue(ind, term, s), s)];
  if (term.total !== null && !ind.stock)
    // No leading zero on a duration: `tổng 5 năm`.
    parts.push(`tổng ${n} năm ${withUnit(term.total, ind, { ...s, leadingZero: false })}`);
  if (term.cagrPct !== null)
    parts.push(`${term.cagrPct < 0 ? 'giảm' : 'tăng'} bình quân ${pct(Math.abs(term.cagrPct))}/năm`);
  return `${clauses(parts, everyYear(ind, s))}.${yearByYear(ind, s)}`;
}

/** Clauses joined by commas, how the years fared last (`everyYear`: a `; …` clause keeps its semicolon). */
function clauses(parts: string[], years: string | null): string {
  const text = parts.join(', ');
  if (!years) return text;
  return years.startsWith('; ') ? `${text}${years}` : `${text}, ${years}`;
}

const GROWTH_JUDGED: Partial<Record<string, string>> = {
  vuot: 'vượt',
  dat: 'đạt',
  chua_dat: 'chưa đạt',
  co_kha_nang_dat: 'có khả năng đạt',
  kho_dat: 'khó đạt',
};

/**
 * A growth target over the term: `Từ năm 2020 đến năm 2024, thu ngân sách tăng bình quân 9,2%/năm,
 * vượt chỉ tiêu Nghị quyết Đại hội đề ra (tăng bình quân 8%/năm).` — the compound growth of the
 * years, never a sum or an average of amounts.
 */
function growthSentence(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string {
  const g = term.cagrPct!;
  const last = withActual(ind.periods).at(-1);
  const move = `${last?.estimated ? 'ước ' : ''}${g < 0 ? 'giảm' : 'tăng'} bình quân ${pct(Math.abs(g))}/năm`;
  const key = term.termStatus === 'dang_thuc_hien' ? (term.outlook ?? '') : (term.termStatus ?? '');
  const verdict = GROWTH_JUDGED[key] ?? 'so với';
  const words = inSentence(targetInWords(term.targetSpec?.text ?? ''));
  return `${spanPhrase(ind)}, ${inSentence(ind.name)} ${move}, ${verdict} ${termGoal(s)} (${words}).`;
}

/**
 * The sentence over all periods of an indicator; null when it has fewer than two periods with an
 * actual value and no term target.
 */
export function termSentence(ind: IndicatorResult, s: NarrativeSettings): string | null {
  const term = ind.term;
  if (term?.basis === 'growth' && term.cagrPct !== null) return growthSentence(ind, term, s);
  if (term && termInProgress(term) && term.termTarget !== null) {
    const inProgress = inProgressSentence(ind, term, s);
    if (inProgress) return inProgress;
  }
  if (term?.basis === 'latest' && term.termTarget !== null) {
    const latest = latestSentence(ind, term, s, termGoal(s));
    if (latest) return latest;
  }
  if (!term || term.average === null) return term?.termTarget != null ? withTermTarget(ind, term, s) : null;
  if (term.termTarget !== null) return withTermTarget(ind, term, s);
  // A stock is never summed (`tổng 5 năm 45 tổ dân phố`): told from where it was to where it is.
  if (term.cumulativePct !== null && !ind.stock) return cumulative(ind, term, s);
  if ((ind.direction === 'decrease' || ind.stock) && withActual(ind.periods).length >= 2)
    return decreasing(ind, term, s);
  return noTarget(ind, term, s);
}
