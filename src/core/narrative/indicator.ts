/**
 * One sentence per indicator, in the shapes of the seed reports (REPORT.md "Narrative sentences"):
 * - amount/count: `Thu ngân sách đạt 36.015 triệu đồng, bằng 343% kế hoạch, tăng 19,6% so với cùng kỳ.`
 * - rate: `… đạt 91,69%, vượt 3,69 điểm phần trăm so với chỉ tiêu (88%).`
 * - lower is better: `Số hộ nghèo giảm còn 14 hộ, thấp hơn chỉ tiêu (20 hộ).` — never "vượt".
 * - zero: `Không có chi bộ không hoàn thành nhiệm vụ, đạt chỉ tiêu.`
 * - rating / yes-no / range / ratio / no target, and the term shapes (average, total, cumulative).
 * Every number is one the summary sheet shows, rounded the same way (style.ts `DECIMALS`).
 */
import type { DerivedFrom, IndicatorResult, PeriodFigures, ResolvedTarget, Status } from '../indicator';
import { excelRound, formatCount, formatNumber, formatValue, valueDecimals } from './format';
import { DECIMALS, shownActual, smallCountChange, type NarrativeSettings } from './style';
import { MONEY_UNIT_WORDS, moneyUnitOf } from '../money';
import { foldText, nameCase, nameInSentence, sentenceCase } from '../text';
import { memoByText } from '../memo';
import { isStock, rangeSide } from '../figures';
import { periodLead, progressClause } from './partial';
import { asEstimate } from './estimate';
import { isSpending, planWord } from './budget';
import { countsAsWritten, targetInWords } from './quoted';
import { actionDone, ratedSubject, ratingInSentence } from './rating';
import { forPeople } from './names';
import { assignedJudgement, bothShares, missedTargetName, ownTargetName } from './twoTargets';

const pct = (v: number) => `${formatNumber(v, DECIMALS.pct)}%`;
const points = (v: number) => formatNumber(Math.abs(v), DECIMALS.points);

/** Name as the subject of a sentence: first letter upper case. */
export function subject(name: string): string {
  return sentenceCase(nameCase(name));
}

/** Name inside a sentence (text.ts `nameInSentence`): `thu ngân sách`, `bội chi NSĐP`, `An Giang`. */
export const inSentence = nameInSentence;

/** Unit as written after a number: `triệu đồng`, `hộ`, `%`. */
export const unitWord: (unit: string) => string = memoByText(unitWordOf);

function unitWordOf(unit: string): string {
  const u = unit.trim();
  if (!u || u === '%' || u === '‰') return u;
  const money = moneyUnitOf(u);
  if (money && foldText(u).split(' ').length <= 2) return MONEY_UNIT_WORDS[money];
  return inSentence(u);
}

/** A value with its unit: `36.015 triệu đồng`, `91,69%`, `08 hộ`. */
export function withUnit(value: number, ind: IndicatorResult, s: NarrativeSettings): string {
  const u = unitWord(ind.unit);
  // `‰` stays `‰`, a rate is otherwise a percentage.
  const rated = formatNumber(value, Math.min(valueDecimals(value), DECIMALS.rate));
  if (u === '‰') return `${rated}‰`;
  if (ind.valueKind === 'rate' || ind.valueKind === 'ratio' || u === '%') return `${rated}%`;
  const money = moneyUnitOf(ind.unit);
  if (money === 'tydong' && foldText(ind.unit).split(' ').length <= 2) {
    const billions = billionsAndMillions(value);
    if (billions) return billions;
  }
  const n = ind.valueKind === 'count' ? formatCount(value, s.leadingZero) : formatValue(value);
  return u ? `${n} ${u}` : n;
}

const BARE_NUMBER = /^[\d.,\s]+%?$/;
/** Target words that already say "at most" (lower is better): `dưới 3%`, `không quá 15`, `giảm còn 3%`. */
const CAP_WORDS = /^(?:duoi|khong qua|toi da|giam con|giam xuong|thap hon|<|≤)/;

/**
 * A target in its own words: `dưới 0,15%`, `không quá 15 vụ`, `85% trở lên`, `giảm còn 3%`; a bare
 * number with its unit (`20 hộ`, `88%`).
 * @example
 * const r = runReport([{ sheet: 'S', values: [['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'], ['Số vụ cháy', 'Vụ', 'Không quá 15', 12]] }]);
 * const ind = r.ok ? r.report.tables[0].indicators[0] : null;
 * const spec = { kind: 'max', value: 15, strict: false, text: 'Không quá 15', average: false } as const;
 * targetWords(spec, 15, ind!, defaultNarrativeSettings) // → 'không quá 15 vụ'
 */
export function targetWords(
  spec: ResolvedTarget | null,
  value: number | string | null,
  ind: IndicatorResult,
  s: NarrativeSettings,
): string {
  const typed = spec && 'text' in spec ? spec.text.trim() : '';
  const text = typed && countsAsWritten(targetInWords(typed), ind, s);
  // A relative target stays relative: `giảm 10%`, not the 16,2 vụ it works out at.
  if (spec?.derived && text) return inSentence(text.replace(/\s+so với\s+(?:cùng kỳ|năm trước).*$/i, ''));
  if (!text || BARE_NUMBER.test(text)) {
    if (typeof value === 'number') return withUnit(value, ind, s);
    return text || String(value ?? '');
  }
  const words = inSentence(text);
  const u = unitWord(ind.unit);
  return /\d$/.test(words) && u && u !== '%' && u !== '‰' ? `${words} ${u}` : words;
}

/** The assigned target in its own words (`dưới 1%`), a bare number with its unit (`90%`). */
function assignedTargetWords(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string {
  const typed = p.cells.assignedTarget?.parsed ?? null;
  const spec = typed && typed.kind !== 'plain' && typed.kind !== 'relative' && typed.kind !== 'growth' ? typed : null;
  return targetWords(spec, p.assignedTarget, ind, s);
}

/** Whether the target's words already say "at most" (`dưới 3%`), so meeting it reads "đạt chỉ tiêu (dưới 3%)". */
export function saysCap(words: string): boolean {
  return CAP_WORDS.test(foldText(words));
}

/**
 * Money in tỷ with a remainder of triệu, as reports write it: `71 tỷ 952 triệu đồng` for 71,952 tỷ;
 * null when the value is below one tỷ, has fewer than three decimals, or is finer than a triệu.
 */
function billionsAndMillions(value: number): string | null {
  // `25,3 tỷ đồng` and `27,66 tỷ đồng` read well as they are; `71,952 tỷ` is `71 tỷ 952 triệu`.
  if (value < 1 || valueDecimals(value) < 3) return null;
  const millions = excelRound(value * 1000, 6);
  if (!Number.isInteger(millions)) return null;
  const whole = Math.floor(millions / 1000);
  return `${formatNumber(whole, 0)} tỷ ${formatNumber(millions - whole * 1000, 0)} triệu đồng`;
}

/**
 * Year-over-year clause: `tăng 19,6% so với cùng kỳ`, `tăng gấp 3,4 lần …`, `giảm 0,3 điểm phần trăm …`;
 * a small count by its units: `tăng 01 tổ dân phố so với cùng kỳ`, not `tăng 14,3%`.
 */
export function yoyClause(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string | null {
  const units = smallCountChange(ind, p);
  if (units !== null) {
    if (units === 0) return 'bằng cùng kỳ';
    const u = unitWord(ind.unit);
    return `${units > 0 ? 'tăng' : 'giảm'} ${formatCount(Math.abs(units), s.leadingZero)}${u ? ` ${u}` : ''} so với cùng kỳ`;
  }
  if (p.yoyPct !== null) {
    const v = excelRound(p.yoyPct, DECIMALS.pct);
    if (v === 0) return 'bằng cùng kỳ';
    if (v >= 200) return `tăng gấp ${formatNumber(1 + p.yoyPct / 100, DECIMALS.times)} lần so với cùng kỳ`;
    return `${v > 0 ? 'tăng' : 'giảm'} ${pct(Math.abs(p.yoyPct))} so với cùng kỳ`;
  }
  if (p.yoyPoints !== null) {
    const v = excelRound(p.yoyPoints, DECIMALS.points);
    if (v === 0) return 'bằng cùng kỳ';
    return `${v > 0 ? 'tăng' : 'giảm'} ${points(p.yoyPoints)} ${s.rateGap === 'points' ? 'điểm phần trăm' : '%'} so với cùng kỳ`;
  }
  return null;
}

/**
 * `bằng 343% kế hoạch`; with an assigned target, both figures as the users say them:
 * `bằng 104% chỉ tiêu quận giao và 99% chỉ tiêu phường đề ra` (twoTargets.ts).
 */
function achievementClause(p: PeriodFigures): string {
  const year = p.elapsedPct !== null ? ' năm' : '';
  // Exactly the plan, as the seeds write it: `hoàn thành 100% chỉ tiêu`; part of a year that has
  // reached the year's target: `hoàn thành 100% chỉ tiêu năm`.
  if (
    !p.targetLabels &&
    !p.budget &&
    (p.status === 'dat' || year) &&
    excelRound(p.achievementPct!, DECIMALS.pct) === 100
  )
    return `hoàn thành 100% chỉ tiêu${year}`;
  return bothShares(p, year) ?? `bằng ${pct(p.achievementPct!)} ${planWord(p)}${year}`;
}

/** The sign of the change against cùng kỳ as the sentence states it: 1, −1, or 0 (none said). */
function changeSign(ind: IndicatorResult, p: PeriodFigures): number {
  const units = smallCountChange(ind, p);
  const v =
    units ??
    (p.yoyPct !== null
      ? excelRound(p.yoyPct, DECIMALS.pct)
      : p.yoyPoints !== null
        ? excelRound(p.yoyPoints, DECIMALS.points)
        : 0);
  return Math.sign(v);
}

/**
 * A target not met, said after the change against cùng kỳ — never `chưa đạt` wedged before a good
 * change: `…, tăng 1,6% so với cùng kỳ nhưng chưa đạt kế hoạch`; after a bad one `…, tăng 02 vụ so
 * với cùng kỳ, chưa đạt chỉ tiêu`; without a change the bare `…, chưa đạt`.
 */
function notMetAfter(
  ind: IndicatorResult,
  p: PeriodFigures,
  yoy: string | null,
  what: string,
  alone = 'chưa đạt',
): (string | null)[] {
  if (!yoy) return [alone];
  const favourable = changeSign(ind, p) * (ind.direction === 'decrease' ? -1 : 1) > 0;
  return favourable ? [`${yoy} nhưng chưa đạt ${what}`] : [yoy, `chưa đạt ${what}`];
}

function sentence(parts: (string | null)[]): string {
  const text = parts.filter((x): x is string => !!x).join(', ');
  return `${text}.`;
}

function amountOrCount(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string {
  const a = p.actual as number;
  const yoy = yoyClause(ind, p, s);
  if (ind.direction === 'decrease' && (p.achievementPct === null || typeof p.target !== 'number')) {
    // None left, without a target too: `Không còn hộ nghèo`, never `đạt 00 hộ`.
    if (a === 0 && ind.valueKind === 'count') return sentence([noneWords(ind, ''), yoy]);
    // Without a target the change is the only judgement: it is said, not folded into "giảm còn".
    return sentence([`${subject(ind.name)} là ${withUnit(a, ind, s)}`, yoy]);
  }
  const spending = isSpending(ind, p);
  const head = spending ? `${subject(ind.name)} thực hiện ${withUnit(a, ind, s)}` : subject(reached(ind, a, s));
  if (p.achievementPct === null || typeof p.target !== 'number') return sentence([head, yoy]);
  if (ind.direction === 'decrease') return lowerIsBetter(ind, p, s);
  const againstPrevious = relativeToPrevious(ind, p, s);
  if (againstPrevious) return againstPrevious;
  const opening = [head, achievementClause(p), progressClause(ind, p)];
  const missed = missedTargetName(p, planWord(p));
  if (!missed || spending) return sentence([...opening, yoy]);
  const what = `${missed}${p.elapsedPct !== null ? ' năm' : ''}`;
  // Beside two targets a bare `chưa đạt` would not say which one.
  return sentence([...opening, ...notMetAfter(ind, p, yoy, what, p.targetLabels ? `chưa đạt ${what}` : 'chưa đạt')]);
}

/** Whether a figure fell against cùng kỳ. */
function fell(p: PeriodFigures): boolean {
  return (p.yoyPct !== null && p.yoyPct < 0) || (p.yoyPoints !== null && p.yoyPoints < 0);
}

/** Lower is better never "đạt": `Số vụ phạm pháp hình sự giảm còn 22 vụ`, `… là 29 vụ`. */
function lowerHead(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string {
  const value = `${withUnit(p.actual as number, ind, s)}${shareText(ind, p, s)}`;
  return `${subject(ind.name)} ${fell(p) ? 'giảm còn' : 'là'} ${value}`;
}

/**
 * The counts a share was computed of, after it: ` (42/50 vụ)`, both sides padded
 * alike; empty when the table does not give both.
 */
function shareText(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string {
  const share = p.source?.shareOf;
  if (!share) return '';
  const u = unitWord(share.unit || ind.unit);
  const pair = `${formatCount(share.numerator, s.leadingZero)}/${formatCount(share.denominator, s.leadingZero)}`;
  return ` (${u && u !== '%' && u !== '‰' ? `${pair} ${u}` : pair})`;
}

function lowerIsBetter(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string {
  const a = p.actual as number;
  const t = p.target as number;
  const fell = (p.yoyPct !== null && p.yoyPct < 0) || (p.yoyPoints !== null && p.yoyPoints < 0);
  const head = lowerHead(ind, p, s);
  const words = targetWords(p.targetSpec, t, ind, s);
  const year = p.elapsedPct !== null ? ' năm' : '';
  // None left reads as reports write it: `Không còn hộ nghèo, đạt chỉ tiêu`, never `00 hộ`.
  if (a === 0 && ind.valueKind === 'count' && (p.status === 'vuot' || p.status === 'dat'))
    return `${noneWords(ind, '')}, đạt chỉ tiêu${year}.`;
  if (p.status === 'dang_thuc_hien') return capInUse(ind, p, s);
  const againstPrevious = relativeToPrevious(ind, p, s);
  if (againstPrevious) return againstPrevious;
  // A relative target (`Giảm 10% so với chỉ tiêu quận giao`) is met by its base: both are said.
  const relative = !!p.targetSpec?.derived;
  const yoy = fell && !relative ? null : yoyClause(ind, p, s);
  const own = `${ownTargetName(p)}${year}`;
  const assigned = assignedJudgement(ind, p, assignedTargetWords(ind, p, s));
  if (p.status !== 'vuot' && p.status !== 'dat') {
    const target = `${own} (${words})`;
    // A strict cap (`Dưới 5%`) reached exactly is not met, and the figure is not above it.
    if (excelRound(a, DECIMALS.rate) === t)
      return sentence([head, assigned, ...notMetAfter(ind, p, yoy, target, `chưa đạt ${target}`)]);
    return sentence([
      head,
      assigned,
      `cao hơn ${target}`,
      ...notMetAfter(ind, p, yoy, own, p.targetLabels ? '' : 'chưa đạt'),
    ]);
  }
  const compare =
    saysCap(words) || relative
      ? `đạt ${own} (${words})`
      : `${p.status === 'vuot' ? 'thấp hơn' : 'bằng'} ${own} (${words})`;
  return sentence([head, assigned, compare, yoy]);
}

/**
 * A cap still being used up over the year (§7.4), as reports write it: what happened, its change
 * against cùng kỳ, and the share of the year's maximum — `xảy ra 08 vụ tai nạn giao thông, giảm 01 vụ
 * so với cùng kỳ, bằng 66,7% mức tối đa cả năm (12 vụ)`; never a "mức tiến độ".
 */
function capInUse(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string {
  const a = p.actual as number;
  const events = ind.valueKind === 'count' && /^vu\b/.test(foldText(unitWord(ind.unit)));
  const head = events
    ? brokenZero(ind, a, '', s)
    : `${subject(ind.name)} là ${withUnit(a, ind, s)}${shareText(ind, p, s)}`;
  const max = typeof p.target === 'number' ? ` (${withUnit(p.target, ind, s)})` : '';
  const used = p.achievementPct !== null ? `bằng ${pct(p.achievementPct)} mức tối đa cả năm${max}` : null;
  return sentence([head, yoyClause(ind, p, s), used]);
}

/**
 * A target relative to cùng kỳ stays relative: the change against cùng kỳ, then
 * the status with the target's words — `Số vụ tai nạn giao thông là 15 vụ, giảm 16,7% so với cùng
 * kỳ, vượt chỉ tiêu (giảm 10%)`. Null when the target is not relative to cùng kỳ or no change is known.
 */
function relativeToPrevious(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string | null {
  const derived = p.targetSpec?.derived;
  const yoy = derived?.base === 'previous' ? yoyClause(ind, p, s) : null;
  if (!derived || !yoy || typeof p.actual !== 'number') return null;
  const words = `chỉ tiêu (${targetWords(p.targetSpec, p.target, ind, s)})`;
  const head =
    ind.direction === 'decrease'
      ? `${subject(ind.name)} là ${withUnit(p.actual, ind, s)}`
      : subject(reached(ind, p.actual, s));
  const judgement =
    p.status === 'vuot' && exceedsRelative(p, derived)
      ? `vượt ${words}`
      : p.status === 'vuot' || p.status === 'dat'
        ? `đạt ${words}`
        : p.status === 'chua_dat'
          ? `chưa đạt ${words}`
          : null;
  return sentence([head, yoy, judgement]);
}

/**
 * Whether the change against cùng kỳ, as the sentence states it, goes beyond the relative target's
 * (`giảm 16,7%` beyond `giảm 10%`): a change the sentence rounds to the target's is only "đạt".
 */
function exceedsRelative(p: PeriodFigures, derived: DerivedFrom): boolean {
  const change = derived.points ? p.yoyPoints : p.yoyPct;
  if (change === null) return false;
  const shown = excelRound(change, derived.points ? DECIMALS.points : DECIMALS.pct);
  const { low, high } = derived;
  return low < 0 ? shown < Math.min(low, high) : shown > Math.max(low, high);
}

function rate(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings, annual: boolean): string {
  const a = p.actual as number;
  const value = `${withUnit(a, ind, s)}${shareText(ind, p, s)}`;
  const head = `${subject(ind.name)} ${namesVerb(ind.name) ? 'là' : 'đạt'} ${value}`;
  const yoy = yoyClause(ind, p, s);
  if (typeof p.target !== 'number' || p.gapPoints === null)
    return sentence([ind.direction === 'decrease' ? `${subject(ind.name)} là ${value}` : head, yoy]);
  if (ind.direction === 'decrease') return lowerIsBetter(ind, p, s);
  const againstPrevious = annual ? relativeToPrevious(ind, p, s) : null;
  if (againstPrevious) return againstPrevious;
  // The term layout shows no gap column: the status in words, never a rate as a share of its target.
  if (!annual) {
    const words = `chỉ tiêu (${targetWords(p.targetSpec, p.target, ind, s)})`;
    const exactly = excelRound(p.gapPoints, DECIMALS.points) >= 0;
    const status =
      p.status === 'vuot'
        ? `vượt ${words}`
        : p.status === 'dat'
          ? `đạt ${words}`
          : exactly
            ? `chưa đạt ${words}`
            : `thấp hơn ${words}, chưa đạt`;
    return sentence([head, status]);
  }
  const given = `${head} (chỉ tiêu được giao ${targetWords(p.targetSpec, p.target, ind, s)})`;
  if (s.rateTarget === 'given')
    return p.status === 'chua_dat'
      ? sentence([given, ...notMetAfter(ind, p, yoy, 'chỉ tiêu', STATUS_PHRASE.chua_dat)])
      : sentence([given, STATUS_PHRASE[p.status] || null, yoy]);
  const unit = s.rateGap === 'points' ? ' điểm phần trăm' : '%';
  const own = ownTargetName(p);
  const target = `${own} (${targetWords(p.targetSpec, p.target, ind, s)})`;
  const assigned = assignedJudgement(ind, p, assignedTargetWords(ind, p, s));
  const gap = excelRound(p.gapPoints, DECIMALS.points);
  // A strict target met exactly (`Trên 92%` at 92%) is not met: said so, never "bằng chỉ tiêu".
  if (p.status === 'chua_dat' && gap >= 0)
    return sentence([head, assigned, ...notMetAfter(ind, p, yoy, target, `chưa đạt ${target}`)]);
  if (p.status === 'chua_dat')
    return sentence([
      head,
      assigned,
      `thấp hơn ${points(p.gapPoints)}${unit} so với ${target}`,
      // Beside two targets the comparison has named the one missed.
      ...notMetAfter(ind, p, yoy, own, p.targetLabels ? '' : 'chưa đạt'),
    ]);
  const compare =
    p.status === 'dat' || gap === 0 ? `bằng ${target}` : `vượt ${points(p.gapPoints)}${unit} so với ${target}`;
  return sentence([head, assigned, compare, yoy]);
}

const STATUS_PHRASE: Record<Status, string> = {
  vuot: 'vượt chỉ tiêu',
  dat: 'đạt chỉ tiêu',
  chua_dat: 'chưa đạt chỉ tiêu',
  khong_danh_gia: '',
  dang_thuc_hien: 'đang thực hiện',
};

/** Verbs a name may start with: the name is then an action (`Kết nạp đảng viên mới`). */
export const ACTION_VERBS = [
  'ket nap',
  'giai quyet',
  'tuyen',
  'giao',
  'trong',
  'xay dung',
  'dao tao',
  'hoan thien',
  'cap',
];

/**
 * The name with its figure and one verb: an action takes "được" before its
 * figure (`kết nạp được 45 đảng viên mới`), a count named by its unit takes "có" (`có 08 tổ dân
 * phố đạt danh hiệu …`), anything else "đạt" (`thu ngân sách đạt 36.015 triệu đồng`). Lower case:
 * the caller puts it in its sentence.
 */
/**
 * The indicator as a total over several years names it: `Thu ngân sách hàng năm` summed over three
 * years is `thu ngân sách`, never "thu ngân sách hàng năm đạt 142 tỷ đồng".
 */
export function asTotal(ind: IndicatorResult): IndicatorResult {
  // A total is no average either: `Thu ngân sách bình quân hàng năm` summed is `thu ngân sách`.
  const name = ind.name.replace(/\s+(?:bình quân\s+)?(?:hàng|hằng|mỗi) năm(?=\s|$)|\s+bình quân(?=\s|$)/iu, '');
  return name === ind.name || !name.trim() ? ind : { ...ind, name };
}

/** Whether a name already holds its verb (`Tỷ lệ hộ gia đình đạt danh hiệu …`, `… hoàn thành …`): no second "đạt". */
export function namesVerb(name: string): boolean {
  return /\b(?:dat|hoan thanh)\b/.test(foldText(name));
}

export function reached(ind: IndicatorResult, value: number, s: NarrativeSettings, pair?: string): string {
  const name = inSentence(ind.name);
  const folded = foldText(name);
  const u = unitWord(ind.unit);
  const fu = foldText(u);
  const n = pair ?? (ind.valueKind === 'count' ? formatCount(value, s.leadingZero) : formatValue(value));
  const whole = pair ? (u ? `${pair} ${u}` : pair) : withUnit(value, ind, s);
  if (ind.valueKind === 'count' && fu) {
    const noun = /^so /.test(folded) ? name.slice(3) : name;
    if (foldText(noun).startsWith(`${fu} `) || foldText(noun) === fu) return `có ${n} ${inSentence(noun)}`;
    const verb = ACTION_VERBS.find(
      (v) => folded.startsWith(`${v} `) && foldText(name.slice(v.length + 1)).startsWith(fu),
    );
    if (verb) return `${name.slice(0, verb.length)} được ${n} ${name.slice(verb.length + 1)}`;
    if (ACTION_VERBS.some((v) => folded.startsWith(`${v} `))) return forPeople(name, u, n) ?? `${name} được ${whole}`;
  }
  return `${name} ${namesVerb(name) ? 'là' : 'đạt'} ${whole}`;
}

/**
 * What a met zero target says, as reports write it: `Không để xảy ra vụ cháy, nổ …` (the target's
 * words), `Không còn hộ nghèo` (a stock), `Không có chi bộ không hoàn thành nhiệm vụ`.
 */
export function noneWords(ind: IndicatorResult, targetText: string): string {
  const name = inSentence(ind.name);
  const object = /^số /i.test(name) ? name.slice(3) : name;
  const t = foldText(targetText);
  if (/^khong de xay ra\b/.test(t)) return `Không để xảy ra ${object}`;
  if (isStock(ind.name) || /\bngheo\b/.test(foldText(ind.name))) return `Không còn ${object}`;
  return `Không có ${object}`;
}

function zeroTarget(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string {
  const words = p.targetSpec && 'text' in p.targetSpec ? p.targetSpec.text : String(p.target ?? '');
  if (p.status === 'dat') return `${noneWords(ind, words)}, đạt chỉ tiêu.`;
  // Part of the year, none so far (§7.4): still to be judged at the year's end.
  if (p.status === 'dang_thuc_hien' && p.actual === 0) return `${noneWords(ind, words)}.`;
  if (typeof p.actual !== 'number') return `${subject(ind.name)}: ${String(p.actual)}, chưa đạt chỉ tiêu.`;
  // A broken zero target names its period: `Năm 2025 xảy ra 01 vụ cháy nổ, chưa đạt chỉ tiêu`.
  const lead = p.period ? periodLead(p.at) : 'Trong kỳ';
  return `${lead} ${p.estimated ? 'ước ' : ''}${brokenZero(ind, p.actual, words, s)}, chưa đạt chỉ tiêu (${inSentence(words.trim() || 'không có')}).`;
}

/** What broke a zero target: `xảy ra 01 vụ cháy nổ`, `có 02 chi bộ không hoàn thành nhiệm vụ`. */
export function brokenZero(ind: IndicatorResult, value: number, targetText: string, s: NarrativeSettings): string {
  const name = inSentence(ind.name);
  const noun = /^số /i.test(name) ? name.slice(3) : name;
  const u = unitWord(ind.unit);
  const event = /^khong de xay ra\b/.test(foldText(targetText)) || /^vu\b/.test(foldText(u || noun));
  const n = ind.valueKind === 'count' ? formatCount(value, s.leadingZero) : formatValue(value);
  const counted = !u || foldText(noun).startsWith(foldText(u)) ? `${n} ${noun}` : `${n} ${u} ${noun}`;
  return `${event ? 'xảy ra' : 'có'} ${counted}`;
}

/** Actuals that are themselves a judgement (`Đạt`, `Chưa đạt`): the status alone says them. */
const STATUS_WORDS = /^(?:dat|chua dat|khong dat|co|khong|hoan thanh|chua hoan thanh)$/;

function textual(ind: IndicatorResult, p: PeriodFigures): string {
  const status = STATUS_PHRASE[p.status];
  const yesNo = ind.targetKind === 'boolean' && status && STATUS_WORDS.test(foldText(String(p.actual)));
  if (yesNo && (p.status === 'dat' || p.status === 'vuot' || p.status === 'chua_dat')) {
    const done = actionDone(ind.name, p.status !== 'chua_dat');
    if (done) return done;
  }
  // Never `Chưa đạt, chưa đạt chỉ tiêu (Đạt)`: a yes/no actual is its status.
  if (yesNo) return `${subject(ind.name)}: ${status}.`;
  const target = p.target !== null ? ` (${ratingInSentence(targetInWords(String(p.target)))})` : '';
  const rated = ind.targetKind === 'rating' || ind.valueKind === 'rating' ? ratedSubject(ind.name) : null;
  const head = rated ? `${rated} ${ratingInSentence(String(p.actual))}` : `${subject(ind.name)}: ${String(p.actual)}`;
  return sentence([head, status ? `${status}${target}` : null]);
}

/**
 * A range target in words as the sentence writes figures: `Từ 90 đến 95` on a rate → `từ 90% đến
 * 95%`, `5-7%` → `từ 5% đến 7%`, a count `từ 90 đến 95 hộ`; the typed text (in words) when the
 * target is not a range.
 */
export function rangeWords(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string {
  const spec = p.targetSpec;
  if (spec?.kind !== 'range') return inSentence(targetInWords(String(p.target ?? '')));
  const high = withUnit(spec.high, ind, s);
  // `%` goes with each end (`từ 5% đến 7%`); a unit word once, after the high end (`từ 90 đến 95 hộ`).
  const low = /[%‰]$/.test(high)
    ? withUnit(spec.low, ind, s)
    : ind.valueKind === 'count'
      ? formatCount(spec.low, s.leadingZero)
      : formatValue(spec.low);
  return `từ ${low} đến ${high}`;
}

/**
 * A figure against a range, in the words of its status (`figures.rangeStatus`): `vượt chỉ tiêu (từ
 * 90% đến 95%)` on its better side (above it, or below it where lower is better), `đạt chỉ tiêu (…)`
 * inside, `thấp hơn chỉ tiêu (…)` / `cao hơn chỉ tiêu (…)` on its worse side (either side of a level
 * kept), then `chưa đạt` — never a share of the range's low end.
 */
function range(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string {
  const a = p.actual as number;
  const target = `chỉ tiêu (${rangeWords(ind, p, s)})`;
  const yoy = yoyClause(ind, p, s);
  const spec = p.targetSpec?.kind === 'range' ? p.targetSpec : null;
  const plain = namesVerb(ind.name) || ind.direction === 'decrease' || spec?.aim === 'steady';
  const head = `${subject(ind.name)} ${plain ? 'là' : 'đạt'} ${withUnit(a, ind, s)}`;
  if (p.status === 'chua_dat') {
    const side = missedSide(a, spec, ind.direction);
    // Outside a range, a change towards it is the favourable one, whatever the direction.
    const towards = { ...ind, direction: side === 'cao hơn' ? 'decrease' : 'increase' } as const;
    return sentence([head, `${side} ${target}`, ...notMetAfter(towards, p, yoy, 'chỉ tiêu')]);
  }
  const judged = p.status === 'vuot' ? `vượt ${target}` : p.status === 'dat' ? `đạt ${target}` : `so với ${target}`;
  return sentence([head, judged, yoy]);
}

/**
 * The side of a target a figure missed it on: `cao hơn` above, `thấp hơn` below — a range says
 * which (a level kept is missed on either side), any other target by the direction.
 */
export function missedSide(
  value: number | null,
  spec: ResolvedTarget | null,
  direction: IndicatorResult['direction'],
): 'cao hơn' | 'thấp hơn' {
  if (spec?.kind === 'range' && value !== null) return rangeSide(value, spec) === 'above' ? 'cao hơn' : 'thấp hơn';
  return direction === 'decrease' ? 'cao hơn' : 'thấp hơn';
}

/** The latest period that has an actual value. */
export function latestPeriod(ind: IndicatorResult): PeriodFigures | null {
  for (let i = ind.periods.length - 1; i >= 0; i--) if (ind.periods[i].actual !== null) return ind.periods[i];
  return null;
}

/**
 * The sentence for one period of an indicator (its latest, for an annual report); null when it
 * has no actual value. `annual` says whether the sheet shows this table's gap and yoy columns.
 */
export function periodSentence(
  ind: IndicatorResult,
  period: PeriodFigures,
  s: NarrativeSettings,
  annual = true,
  lead = '',
): string | null {
  if (period.actual === null) return null;
  const p = annual ? period : { ...period, yoyPct: null, yoyPoints: null };
  const text = bareSentence(ind, p, s, annual);
  return withLead(ind, p.estimated ? asEstimate(text, subject(ind.name)) : text, lead);
}

function bareSentence(ind: IndicatorResult, period: PeriodFigures, s: NarrativeSettings, annual: boolean): string {
  const p = shownActual(period);
  if (ind.targetKind === 'zero') return zeroTarget(ind, p, s);
  if (typeof p.actual !== 'number') return textual(ind, p);
  if (p.targetSpec?.kind === 'range' || (ind.targetKind === 'range' && typeof p.target === 'string'))
    return range(ind, p, s);
  if (ind.valueKind === 'rate' || ind.valueKind === 'ratio') return rate(ind, p, s, annual);
  return amountOrCount(ind, p, s);
}

/** `Chín tháng đầu năm 2024, thu ngân sách đạt …`: a lead before the sentence, the name in sentence case. */
function withLead(ind: IndicatorResult, text: string, lead: string): string {
  // A part of the row above (`Trong đó: Thu thuế …`) follows its sentence: `Trong đó, thu thuế …`,
  // never after a second time phrase.
  const part = /^trong đó\s*[:,-]?\s*/iu.exec(text);
  if (part) return `Trong đó, ${inSentence(text.slice(part[0].length))}`;
  // A sentence that opens on its own period already (`Sáu tháng đầu năm 2025 xảy ra …`) is not led twice.
  if (!lead || text.toLowerCase().startsWith(`${lead.toLowerCase()} `)) return text;
  const head = subject(ind.name);
  const rest = text.startsWith(head) ? `${inSentence(ind.name)}${text.slice(head.length)}` : inSentence(text);
  return `${lead}, ${rest}`;
}

/**
 * A partial period's sentence led by its period (`Chín tháng đầu năm 2024, …`), followed by the
 * estimated full year when the table has one (`Ước cả năm đạt …`).
 */
export function partialSentence(
  ind: IndicatorResult,
  partial: PeriodFigures,
  estimate: PeriodFigures | null,
  s: NarrativeSettings,
  lead = periodLead(partial.at),
): string | null {
  const first = periodSentence(ind, partial, s, true, lead);
  if (!first || !estimate) return first;
  return `${first} ${estimateSentence(ind, estimate, s)}`;
}

/** `Ước cả năm đạt 13.600 triệu đồng, bằng 108,8% kế hoạch.` — the estimate judged as a full year. */
function estimateSentence(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string {
  // `Ước cả năm` says the estimate and the period: the sentence's own period lead is not repeated.
  const own = `${periodLead(p.at)} `;
  const bare = bareSentence(ind, { ...p, estimated: false }, s, true);
  const text = bare.startsWith(own) ? bare.slice(own.length) : bare;
  const head = subject(ind.name);
  if (text.startsWith(head)) return `Ước cả năm${text.slice(head.length)}`;
  return `Ước cả năm ${inSentence(text)}`;
}
