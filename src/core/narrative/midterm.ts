/**
 * Sentences of a term still in progress (DOMAIN.md §7.5, REPORT.md "Term in progress") and of the
 * `latest` basis, in the shapes of the mid-term reviews (sơ kết giữa nhiệm kỳ):
 * - total basis: `Từ đầu nhiệm kỳ đến nay, kết nạp được 12 đảng viên mới, đạt 60% chỉ tiêu Nghị quyết
 *   (20 đảng viên), có khả năng hoàn thành.`
 * - average basis: `Từ đầu nhiệm kỳ đến nay, tỷ lệ … bình quân đạt 92,33%, thấp hơn chỉ tiêu Nghị quyết
 *   (95%), khó hoàn thành.`
 * - latest basis: `Tỷ lệ hộ nghèo giảm từ 3,9% (năm 2021) xuống còn 2,8% (6 tháng đầu năm 2023), đạt chỉ
 *   tiêu Nghị quyết (dưới 3%).` — the latest actual is judged, with the target's own words.
 * - ratings and zero targets: `Từ đầu nhiệm kỳ đến nay, không để xảy ra vụ cháy, nổ …, đạt chỉ tiêu Nghị quyết.`
 * Only figures the model holds: the total, the average, the first and latest actuals, the term %,
 * the target; the projection is said in words (the outlook), never as a number.
 */
import type { IndicatorResult, Outlook, PeriodFigures, Status, TermFigures } from '../indicator';
import { excelRound, formatNumber } from './format';
import {
  asTotal,
  inSentence,
  missedSide,
  namesVerb,
  noneWords,
  reached,
  subject,
  targetWords,
  withUnit,
} from './indicator';
import { periodInSentence } from './partial';
import { isWholeYear, type Period } from '../detect/period';
import { targetInWords } from './quoted';
import { ratedSubject, ratingsByYear } from './rating';
import { asEstimate, estimatedPeriod } from './estimate';
import { DECIMALS, shownActual, type NarrativeSettings } from './style';

const pct = (v: number) => `${formatNumber(v, DECIMALS.pct)}%`;
const RESOLUTION = 'chỉ tiêu Nghị quyết';
const SINCE_START = 'Từ đầu nhiệm kỳ đến nay';

const OUTLOOK_PHRASE: Record<Outlook, string> = {
  da_dat: 'đã hoàn thành',
  co_kha_nang_dat: 'có khả năng hoàn thành',
  kho_dat: 'khó hoàn thành',
};

/** Whether the term of an indicator is still in progress (§7.5): it has an outlook, or years to come. */
export function termInProgress(term: TermFigures): boolean {
  if (term.outlook !== null) return true;
  return term.elapsedYears !== null && term.termYears !== null && term.elapsedYears < term.termYears;
}

function withNumber(periods: PeriodFigures[]): (PeriodFigures & { actual: number })[] {
  return periods.map(shownActual).filter((p): p is PeriodFigures & { actual: number } => typeof p.actual === 'number');
}

/** The judgement of the basis figure against the term target, in words: `đạt chỉ tiêu Nghị quyết (dưới 3%)`. */
function judged(status: Status | null, outlook: Outlook | null, words: string, ind: IndicatorResult): string {
  const target = `${RESOLUTION} (${words})`;
  // Lower is better never reads "vượt": below the cap is "đạt".
  if (status === 'vuot') return `${ind.direction === 'decrease' ? 'đạt' : 'vượt'} ${target}`;
  if (status === 'dat') return `đạt ${target}`;
  if (status === 'chua_dat') return `chưa đạt ${target}`;
  if (outlook === 'co_kha_nang_dat') return `có khả năng đạt ${target}`;
  if (outlook === 'kho_dat') return `khó đạt ${target}`;
  return `so với ${target}`;
}

/** The latest period with a number, when it is an estimate (`Ước thực hiện 6 tháng 2024`). */
function estimatedLast(ind: IndicatorResult): PeriodFigures | null {
  const last = withNumber(ind.periods).at(-1);
  return last?.estimated ? last : null;
}

/**
 * A term so far whose latest figure is an estimate names where it ends and says the estimate at its
 * verb: `Từ đầu nhiệm kỳ đến hết 6 tháng đầu năm 2024, ước kết nạp được 45 đảng viên mới, …`.
 */
function estimatedSoFar(ind: IndicatorResult, sentence: string | null): string | null {
  const last = estimatedLast(ind);
  if (!sentence || !last || !sentence.startsWith(`${SINCE_START}, `)) return sentence;
  const body = asEstimate(sentence.slice(SINCE_START.length + 2), inSentence(ind.name));
  return `Từ đầu nhiệm kỳ đến hết ${periodInSentence(last.at)}, ${body[0].toLowerCase()}${body.slice(1)}`;
}

/** `đến cuối năm 2022` for a year, `đến hết 6 tháng đầu năm 2024` for part of one. */
function byEnd(p: Period): string {
  return `${isWholeYear(p) ? 'đến cuối' : 'đến hết'} ${periodInSentence(p)}`;
}

/**
 * The `latest` basis: where the indicator started and where it is now, then the judgement:
 * `giảm từ 1,45% (năm 2021) xuống còn 0,82% (6 tháng đầu năm 2024), đạt chỉ tiêu Nghị quyết (dưới 1%)`.
 */
export function latestSentence(
  ind: IndicatorResult,
  term: TermFigures,
  s: NarrativeSettings,
  goal = RESOLUTION,
): string | null {
  const periods = withNumber(ind.periods);
  if (periods.length === 0) return null;
  const first = periods[0];
  const last = periods[periods.length - 1];
  const words = targetWords(term.targetSpec, term.termTarget, ind, s);
  const at = (p: PeriodFigures & { actual: number }) =>
    `${withUnit(p.actual, ind, s)} (${estimatedPeriod(periodInSentence(p.at), p.estimated)})`;
  let move: string;
  // One level only, as the seeds write it: `đến cuối năm 2022 là 3,07%`.
  if (periods.length === 1 || last.actual === first.actual)
    move = `${byEnd(last.at)} ${last.estimated ? 'ước ' : ''}là ${withUnit(last.actual, ind, s)}`;
  else if (last.actual < first.actual) move = `giảm từ ${at(first)} xuống còn ${at(last)}`;
  else move = `tăng từ ${at(first)} lên ${at(last)}`;
  const outlook = term.outlook ?? null;
  return `${subject(ind.name)} ${move}, ${judged(term.termStatus, outlook, words, ind).replace(RESOLUTION, goal)}.`;
}

/**
 * A rating or a zero target over the term (so far): `Từ đầu nhiệm kỳ đến nay, không để xảy ra …, đạt
 * chỉ tiêu Nghị quyết.`; a broken zero target names the years (`năm 2023 xảy ra 01 vụ, chưa đạt`),
 * never `(0)`. `lead` may be empty (a finished term).
 */
export function levelSentence(
  ind: IndicatorResult,
  term: TermFigures,
  lead: string,
  s: NarrativeSettings,
  goal = RESOLUTION,
): string | null {
  const words = targetInWords(typeof term.termTarget === 'string' ? term.termTarget : (term.targetSpec?.text ?? ''));
  const open = (text: string) => (lead ? `${lead}, ${inSentence(text)}` : subject(text));
  if (ind.targetKind === 'zero') {
    if (term.termStatus === 'dat') return `${open(noneWords(ind, words))}, đạt ${goal}.`;
    const broken = withNumber(ind.periods)
      .filter((p) => p.actual > 0)
      .map((p) => `${periodInSentence(p.at)} xảy ra ${withUnit(p.actual, ind, s)}`);
    if (broken.length === 0) return null;
    return `${subject(ind.name)}: ${broken.join('; ')}, chưa đạt ${goal} (${inSentence(words)}).`;
  }
  if (!words) return null;
  // `xếp loại Đảng bộ phường đạt chỉ tiêu Nghị quyết (hoàn thành tốt nhiệm vụ trở lên)`: no colon
  // before the judgement, the target's words inside the sentence.
  const judgement = judged(term.termStatus, term.outlook, inSentence(words), ind).replace(RESOLUTION, goal);
  // A rating over the term states the ratings it judged, year by year as the seeds list them.
  const rated = ind.targetKind === 'rating' ? ratedSubject(ind.name) : null;
  const years = ind.periods
    .filter((p) => typeof p.actual === 'string' && p.actual.trim())
    .map((p) => ({ phrase: periodInSentence(p.at), rating: String(p.actual) }));
  if (rated && years.length) return `${open(rated)} ${ratingsByYear(years)}, ${judgement}.`;
  return `${open(ind.name)} ${judgement}.`;
}

/** The outlook after a judgement, unless the judgement already says the target is met. */
function outlookTail(term: TermFigures): string {
  if (term.outlook === null || term.termStatus === 'vuot' || term.termStatus === 'dat') {
    return term.outlook === 'da_dat' ? `, ${OUTLOOK_PHRASE.da_dat}` : '';
  }
  return `, ${OUTLOOK_PHRASE[term.outlook]}`;
}

/**
 * The sentence of an indicator whose term is in progress; null when the term gives nothing to say
 * (no term target, or no basis figure).
 */
export function inProgressSentence(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string | null {
  const said = termSoFar(ind, term, s);
  return said && s.plan ? ofPlan(said) : said;
}

/** A plan's term in progress: its targets the plan's, its start the period's (`Từ đầu giai đoạn đến nay`). */
function ofPlan(sentence: string): string {
  return sentence.replaceAll(RESOLUTION, 'chỉ tiêu kế hoạch').replace(/^Từ đầu nhiệm kỳ/u, 'Từ đầu giai đoạn');
}

function termSoFar(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string | null {
  return estimatedSoFar(ind, soFarSentence(ind, term, s));
}

function soFarSentence(ind: IndicatorResult, term: TermFigures, s: NarrativeSettings): string | null {
  if (term.termTarget === null) return null;
  if (ind.targetKind === 'rating' || ind.targetKind === 'boolean' || ind.targetKind === 'zero')
    return levelSentence(ind, term, SINCE_START, s);
  if (term.basis === 'latest') return latestSentence(ind, term, s);
  const words = targetWords(term.targetSpec, term.termTarget, ind, s);
  if (term.basis === 'total' && term.total !== null && term.termAchievementPct !== null) {
    const head = `${SINCE_START}, ${reached(asTotal(ind), term.total, { ...s, leadingZero: false })}`;
    return `${head}, đạt ${pct(term.termAchievementPct)} ${RESOLUTION} (${words})${outlookTail(term)}.`;
  }
  if (term.basis === 'average' && term.average !== null) {
    const avg = withUnit(excelRound(term.average, DECIMALS.average), ind, s);
    const rateLike = ind.valueKind === 'rate' || ind.valueKind === 'ratio';
    // A range is said against its ends, never as a share of its low end.
    const inWords = rateLike || term.termAchievementPct === null || term.targetSpec?.kind === 'range';
    const compare = inWords
      ? term.termStatus === 'vuot' || term.termStatus === 'dat'
        ? judged(term.termStatus, null, words, ind)
        : `${missedSide(term.average, term.targetSpec, ind.direction)} ${RESOLUTION} (${words})`
      : `bằng ${pct(term.termAchievementPct!)} ${RESOLUTION} (${words})`;
    const met = term.termStatus === 'vuot' || term.termStatus === 'dat';
    // One verb: a name holding `đạt` / `hoàn thành` takes `là`.
    const verb = namesVerb(ind.name) || ind.direction === 'decrease' ? 'là' : 'đạt';
    return `${SINCE_START}, ${inSentence(ind.name)} bình quân ${verb} ${avg}, ${compare}${met ? '' : outlookTail(term)}.`;
  }
  return null;
}
