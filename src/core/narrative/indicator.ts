/**
 * One sentence per indicator, in the shapes of the seed reports (REPORT.md "Narrative sentences"):
 * - amount/count: `Thu ngân sách đạt 36.015 triệu đồng, bằng 343% kế hoạch, tăng 19,6% so với cùng kỳ.`
 * - rate: `… đạt 91,69%, vượt 3,69 điểm phần trăm so với chỉ tiêu (88%).`
 * - lower is better: `Số hộ nghèo giảm còn 14 hộ, thấp hơn chỉ tiêu (20 hộ).` — never "vượt".
 * - zero: `Không có chi bộ không hoàn thành nhiệm vụ, đạt chỉ tiêu.`
 * - rating / yes-no / range / ratio / no target, and the term shapes (average, total, cumulative).
 * Every number is one the summary sheet shows, rounded the same way (style.ts `DECIMALS`).
 */
import type { IndicatorResult, PeriodFigures, Status } from '../indicator';
import { excelRound, formatCount, formatNumber, formatValue } from './format';
import { DECIMALS, type NarrativeSettings } from './style';
import { MONEY_UNIT_WORDS, moneyUnitOf } from '../money';
import { foldText } from '../text';

const pct = (v: number) => `${formatNumber(v, DECIMALS.pct)}%`;
const points = (v: number) => formatNumber(Math.abs(v), DECIMALS.points);

/** Name as the subject of a sentence: first letter upper case. */
export function subject(name: string): string {
  return name ? name[0].toUpperCase() + name.slice(1) : name;
}

/** Name inside a sentence: first letter lower case unless it is an acronym (`UBND`, `HĐND`). */
export function inSentence(name: string): string {
  if (name.length > 1 && name[1] === name[1].toUpperCase() && /\p{L}/u.test(name[1])) return name;
  return name ? name[0].toLowerCase() + name.slice(1) : name;
}

/** Unit as written after a number: `triệu đồng`, `hộ`, `%`. */
export function unitWord(unit: string): string {
  const u = unit.trim();
  if (!u || u === '%' || u === '‰') return u;
  const money = moneyUnitOf(u);
  if (money && foldText(u).split(' ').length <= 2) return MONEY_UNIT_WORDS[money];
  return inSentence(u);
}

/** A value with its unit: `36.015 triệu đồng`, `91,69%`, `08 hộ`. */
export function withUnit(value: number, ind: IndicatorResult, s: NarrativeSettings): string {
  const u = unitWord(ind.unit);
  if (ind.valueKind === 'rate' || ind.valueKind === 'ratio' || u === '%') return `${formatValue(value)}%`;
  if (u === '‰') return `${formatValue(value)}‰`;
  const n = ind.valueKind === 'count' ? formatCount(value, s.leadingZero) : formatValue(value);
  return u ? `${n} ${u}` : n;
}

/** Year-over-year clause: `tăng 19,6% so với cùng kỳ`, `tăng gấp 3,4 lần …`, `giảm 0,3 điểm phần trăm …`. */
export function yoyClause(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string | null {
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
  void ind;
  return null;
}

/**
 * `bằng 343% kế hoạch`; with an assigned target, both figures as the users say them:
 * `bằng 104% chỉ tiêu quận giao, 99% chỉ tiêu phường đề ra`.
 */
function achievementClause(p: PeriodFigures): string {
  const own = `${pct(p.achievementPct!)} ${p.targetLabels?.own ?? 'kế hoạch'}`;
  if (p.targetLabels && p.assignedAchievementPct !== null) {
    return `bằng ${pct(p.assignedAchievementPct)} ${p.targetLabels.assigned}, ${own}`;
  }
  return `bằng ${own}`;
}

function sentence(parts: (string | null)[]): string {
  const text = parts.filter((x): x is string => !!x).join(', ');
  return `${text}.`;
}

function amountOrCount(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string {
  const a = p.actual as number;
  const head = `${subject(ind.name)} đạt ${withUnit(a, ind, s)}`;
  const yoy = yoyClause(ind, p, s);
  if (p.achievementPct === null || typeof p.target !== 'number') return sentence([head, yoy]);
  if (ind.direction === 'decrease') return lowerIsBetter(ind, p, s);
  const tail = p.status === 'chua_dat' ? 'chưa đạt' : null;
  return sentence([head, achievementClause(p), yoy, tail]);
}

function lowerIsBetter(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string {
  const a = p.actual as number;
  const t = p.target as number;
  const fell = (p.yoyPct !== null && p.yoyPct < 0) || (p.yoyPoints !== null && p.yoyPoints < 0);
  const head = `${subject(ind.name)} ${fell ? 'giảm còn' : 'là'} ${withUnit(a, ind, s)}`;
  const compare =
    p.status === 'vuot'
      ? `thấp hơn chỉ tiêu (${withUnit(t, ind, s)})`
      : p.status === 'dat'
        ? `bằng chỉ tiêu (${withUnit(t, ind, s)})`
        : `cao hơn chỉ tiêu (${withUnit(t, ind, s)}), chưa đạt`;
  return sentence([head, compare, fell ? null : yoyClause(ind, p, s)]);
}

function rate(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings, annual: boolean): string {
  const a = p.actual as number;
  const head = `${subject(ind.name)} đạt ${withUnit(a, ind, s)}`;
  const yoy = yoyClause(ind, p, s);
  if (typeof p.target !== 'number' || p.gapPoints === null) return sentence([head, yoy]);
  if (ind.direction === 'decrease') return lowerIsBetter(ind, p, s);
  // The term layout shows no gap column: state the achievement instead.
  if (!annual) return amountOrCount(ind, p, s);
  const unit = s.rateGap === 'points' ? ' điểm phần trăm' : '%';
  const target = `chỉ tiêu (${withUnit(p.target, ind, s)})`;
  const gap = excelRound(p.gapPoints, DECIMALS.points);
  const compare =
    p.status === 'dat' || gap === 0
      ? `bằng ${target}`
      : p.status === 'vuot'
        ? `vượt ${points(p.gapPoints)}${unit} so với ${target}`
        : `thấp hơn ${target} ${points(p.gapPoints)}${unit}, chưa đạt`;
  return sentence([head, compare, yoy]);
}

const STATUS_PHRASE: Record<Status, string> = {
  vuot: 'vượt chỉ tiêu',
  dat: 'đạt chỉ tiêu',
  chua_dat: 'chưa đạt chỉ tiêu',
  khong_danh_gia: '',
  dang_thuc_hien: 'đang thực hiện',
};

function zeroTarget(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string {
  if (p.status === 'dat') return `Không có ${inSentence(ind.name)}, đạt chỉ tiêu.`;
  const a = typeof p.actual === 'number' ? withUnit(p.actual, ind, s) : String(p.actual);
  return `${subject(ind.name)}: ${a}, chưa đạt chỉ tiêu (không có).`;
}

function textual(ind: IndicatorResult, p: PeriodFigures): string {
  const target = p.target !== null ? ` (${String(p.target)})` : '';
  const status = STATUS_PHRASE[p.status];
  return sentence([`${subject(ind.name)}: ${String(p.actual)}`, status ? `${status}${target}` : null]);
}

function range(ind: IndicatorResult, p: PeriodFigures, s: NarrativeSettings): string {
  const a = p.actual as number;
  const phrase = {
    vuot: 'cao hơn khoảng chỉ tiêu',
    dat: 'trong khoảng chỉ tiêu',
    chua_dat: 'thấp hơn khoảng chỉ tiêu',
    khong_danh_gia: 'so với chỉ tiêu',
    dang_thuc_hien: 'so với chỉ tiêu',
  }[p.status];
  return sentence([
    `${subject(ind.name)} đạt ${withUnit(a, ind, s)}`,
    `${phrase} (${String(p.target)})`,
    yoyClause(ind, p, s),
  ]);
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
): string | null {
  if (period.actual === null) return null;
  const p = annual ? period : { ...period, yoyPct: null, yoyPoints: null };
  if (ind.targetKind === 'zero') return zeroTarget(ind, p, s);
  if (typeof p.actual !== 'number') return textual(ind, p);
  if (ind.targetKind === 'range' && typeof p.target === 'string') return range(ind, p, s);
  if (ind.valueKind === 'rate' || ind.valueKind === 'ratio') return rate(ind, p, s, annual);
  return amountOrCount(ind, p, s);
}
