/**
 * The typed formulas (DOMAIN.md §4): achievement, status, gaps, year-over-year change, and the
 * term figures. Each is a small pure function of numbers and typed targets.
 */
import type {
  Direction,
  Outlook,
  ParsedValue,
  Progress,
  RangeAim,
  ResolvedTarget,
  Status,
  ValueKind,
} from './indicator';
import { cleanFloat, foldText, hasPhrase } from './text';
import { lookup } from './dictionary';

/** |A − T| ≤ 1e-9 × max(1, |T|). */
export function nearlyEqual(a: number, t: number): boolean {
  return Math.abs(a - t) <= 1e-9 * Math.max(1, Math.abs(t));
}

/** The number a target is compared with: its value, or the low end of a range. */
export function targetNumber(t: ResolvedTarget | null): number | null {
  if (!t) return null;
  if (t.kind === 'min' || t.kind === 'max') return t.value;
  if (t.kind === 'range') return t.low;
  if (t.kind === 'zero') return 0;
  return null;
}

/**
 * A / T × 100 for min/max targets (range: against its low end); null for rating, yes/no, zero
 * targets and when T = 0.
 * @example achievementPct(36015, { kind: 'min', value: 10500, strict: false, text: '', average: false }) // → 343
 */
export function achievementPct(actual: number | null, target: ResolvedTarget | null): number | null {
  if (actual === null || !target) return null;
  if (target.kind !== 'min' && target.kind !== 'max' && target.kind !== 'range') return null;
  const t = targetNumber(target)!;
  return t === 0 ? null : (actual / t) * 100;
}

function compare(a: number, t: number): -1 | 0 | 1 {
  if (nearlyEqual(a, t)) return 0;
  return a > t ? 1 : -1;
}

/**
 * The better side of a range target. DOMAIN.md §4 reads every range as higher-is-better (below
 * chưa đạt, inside đạt, above vượt); a finance officer reads it by the indicator's direction:
 * - higher is better: below → chưa đạt, inside → đạt, above → vượt (the spec's rule);
 * - lower is better (`Tỷ lệ hộ nghèo` 3-5%): above → chưa đạt, inside → đạt, below → vượt, better
 *   than the range — never "vượt" for a figure worse than the range;
 * - a level kept (`Ổn định ở mức 0,8-1%`, `Duy trì 90-95%`, a name saying `ổn định`): inside → đạt,
 *   outside on either side → chưa đạt.
 * @example rangeAim('decrease', false) // → 'lower'
 * @example rangeAim('increase', true) // → 'steady'
 */
export function rangeAim(direction: Direction, steady: boolean): RangeAim | undefined {
  if (steady) return 'steady';
  return direction === 'decrease' ? 'lower' : undefined;
}

/** Where a figure lies against a range: below its low end, inside it (ends included), above its high end. */
export function rangeSide(a: number, t: { low: number; high: number }): 'below' | 'inside' | 'above' {
  if (compare(a, t.low) < 0) return 'below';
  return compare(a, t.high) > 0 ? 'above' : 'inside';
}

function rangeStatus(a: number, t: ResolvedTarget & { kind: 'range' }): Status {
  const side = rangeSide(a, t);
  if (side === 'inside') return 'dat';
  if (t.aim === 'steady') return 'chua_dat';
  return side === (t.aim === 'lower' ? 'below' : 'above') ? 'vuot' : 'chua_dat';
}

function numericStatus(a: number, t: ResolvedTarget & { kind: 'min' | 'max' | 'range' }): Status {
  if (t.kind === 'range') return rangeStatus(a, t);
  const c = compare(a, t.value);
  if (t.kind === 'min') {
    if (t.value === 0) return 'khong_danh_gia';
    if (t.strict) return c > 0 ? 'vuot' : 'chua_dat';
    return c > 0 ? 'vuot' : c === 0 ? 'dat' : 'chua_dat';
  }
  if (t.strict) return c < 0 ? 'vuot' : 'chua_dat';
  return c < 0 ? 'vuot' : c === 0 ? 'dat' : 'chua_dat';
}

/** A value as a number for numeric comparisons (yes/no "Không" counts as none = 0 for zero targets). */
function asNumber(v: ParsedValue | null): number | null {
  if (!v) return null;
  if (v.kind === 'number' || v.kind === 'ratio') return v.value;
  return null;
}

/**
 * Status of an actual against a target (DOMAIN.md §4 "status"). Missing values, T = 0 for a `min`
 * target and values of the wrong kind are `khong_danh_gia`.
 * @example statusOf(parseValue(120), { kind: 'min', value: 100, strict: false, text: '', average: false }) // → 'vuot'
 * @example statusOf(parseValue('4,8%'), { kind: 'max', value: 5, strict: true, text: 'Dưới 5%', average: false }) // → 'vuot'
 * @example statusOf(parseValue(100), { kind: 'min', value: 100, strict: false, text: '', average: false }) // → 'dat'
 * @example statusOf(null, { kind: 'min', value: 100, strict: false, text: '', average: false }) // → 'khong_danh_gia'
 */
export function statusOf(actual: ParsedValue | null, target: ResolvedTarget | null): Status {
  if (!actual || !target) return 'khong_danh_gia';
  switch (target.kind) {
    case 'min':
    case 'max':
    case 'range': {
      const a = asNumber(actual);
      return a === null ? 'khong_danh_gia' : numericStatus(a, target);
    }
    case 'zero': {
      if (actual.kind === 'boolean') return actual.yes ? 'chua_dat' : 'dat';
      const a = asNumber(actual);
      if (a === null) return 'khong_danh_gia';
      return nearlyEqual(a, 0) ? 'dat' : 'chua_dat';
    }
    case 'rating': {
      if (actual.kind !== 'rating') return 'khong_danh_gia';
      return actual.level > target.level ? 'vuot' : actual.level === target.level ? 'dat' : 'chua_dat';
    }
    case 'boolean':
      if (actual.kind === 'boolean') return actual.yes ? 'dat' : 'chua_dat';
      if (actual.kind === 'rating') return actual.level >= 2 ? 'dat' : 'chua_dat';
      return 'khong_danh_gia';
  }
}

const SEVERITY: Record<Status, number> = { vuot: 0, dat: 1, dang_thuc_hien: 2, chua_dat: 3, khong_danh_gia: 4 };

/**
 * The worst of several statuses (chưa đạt beats đang thực hiện beats đạt beats vượt);
 * `khong_danh_gia` only when all are.
 * @example worstStatus(['vuot', 'chua_dat', 'khong_danh_gia']) // → 'chua_dat'
 * @example worstStatus(['khong_danh_gia']) // → 'khong_danh_gia'
 */
export function worstStatus(statuses: Status[]): Status {
  const judged = statuses.filter((s) => s !== 'khong_danh_gia');
  if (judged.length === 0) return 'khong_danh_gia';
  return judged.reduce((w, s) => (SEVERITY[s] > SEVERITY[w] ? s : w));
}

export function isMoneyOrCount(kind: ValueKind): boolean {
  return kind === 'amount' || kind === 'count';
}

export function isRateLike(kind: ValueKind): boolean {
  return kind === 'rate' || kind === 'ratio';
}

/** (A / A_prev − 1) × 100; null when A_prev is 0 or missing. * @example yoyPct(36015, 30012) // ≈ 20.00
 * @example yoyPct(12, 0) // → null
 */
export function yoyPct(actual: number | null, previous: number | null): number | null {
  if (actual === null || previous === null || previous === 0) return null;
  return (actual / previous - 1) * 100;
}

/** A − A_prev, in percentage points (rates). * @example yoyPoints(91.7, 90.2) // ≈ 1.5
 */
export function yoyPoints(actual: number | null, previous: number | null): number | null {
  if (actual === null || previous === null) return null;
  return actual - previous;
}

/** Arithmetic mean ("bình quân hàng năm"). * @example average([25.3, 26.9, 29.8]) // → 27.333333333333332
 */
export function average(values: number[]): number | null {
  if (values.length === 0) return null;
  return cleanFloat(values.reduce((s, v) => s + v, 0) / values.length);
}

/**
 * Sum of the periods ("tổng cộng"), without float noise.
 * @example total([0.1, 0.2]) // → 0.3
 */
export function total(values: number[]): number | null {
  if (values.length === 0) return null;
  return cleanFloat(values.reduce((s, v) => s + v, 0));
}

/**
 * Compound annual growth over n periods: (last / first)^(1/(n−1)) − 1, ×100 ("tăng bình quân mỗi năm").
 * @example cagrPct([25.3, 26.9, 29.8, 30.7, 25.6]) // ≈ 0.295
 */
export function cagrPct(values: number[]): number | null {
  const n = values.length;
  if (n < 2) return null;
  const first = values[0];
  const last = values[n - 1];
  if (!(first > 0) || !(last > 0)) return null;
  return (Math.pow(last / first, 1 / (n - 1)) - 1) * 100;
}

/** Σ actual / Σ target × 100 over periods with both. */
export function cumulativePct(pairs: { actual: number; target: number }[]): number | null {
  if (pairs.length === 0) return null;
  const a = pairs.reduce((s, p) => s + p.actual, 0);
  const t = pairs.reduce((s, p) => s + p.target, 0);
  return t === 0 ? null : (a / t) * 100;
}

/**
 * Spending against its dự toán is followed, not judged: below the dự toán is a saving or a payment
 * still to come, above it no achievement, so its status is `khong_danh_gia` and the sheet writes that
 * status as text (the period has no target it was judged against). A spending row is one whose name
 * opens on `Chi` (`Chi thường xuyên`, `Chi đầu tư phát triển`) under a `Dự toán` column.
 * @example followsBudget('Chi thường xuyên', true) // → true
 * @example followsBudget('Thu ngân sách', true) // → false
 */
export function followsBudget(name: string, budget: boolean | undefined): boolean {
  return !!budget && /^chi\b/.test(foldText(name));
}

/**
 * A count of a stock rather than a flow (§7.4): at any point of the year it is a level, judged as
 * in §4 — 14 poor households at 9 months is a level, 14 new party members is a sum. The name says so
 * (`Số hộ nghèo`, `Tổng số`, `hiện có`, `còn lại`) or the dictionary does (`Số tổ dân phố văn hóa`,
 * `Số trường đạt chuẩn quốc gia`, `Đơn thư tồn đọng`, `Tổng dư nợ`).
 * @example isStock('Số hộ nghèo') // → true
 * @example isStock('Kết nạp đảng viên mới') // → false
 */
export function isStock(name: string): boolean {
  const f = foldText(name);
  if (/^(?:so ho ngheo|so ho can ngheo|tong so)\b/.test(f) || hasPhrase(f, 'hien co') || hasPhrase(f, 'con lai'))
    return true;
  const entry = lookup(name)?.entry;
  return entry !== undefined && entry.measure === 'stock' && (entry.kind === 'count' || entry.kind === 'amount');
}

/** Whether a value accumulates over the year (amounts and counts of a flow), §7.4. */
export function accumulates(kind: ValueKind, name: string): boolean {
  return isMoneyOrCount(kind) && !isStock(name);
}

/**
 * Status of a partial period's accumulating actual against its full-year target (§7.4): what is
 * already decided stays (`vuot`/`dat` once reached, `chua_dat` once a cap is passed), the rest is
 * `dang_thuc_hien`.
 * @example partialStatus('chua_dat', 'increase') // → 'dang_thuc_hien'
 * @example partialStatus('chua_dat', 'decrease') // → 'chua_dat'
 */
export function partialStatus(yearStatus: Status, direction: Direction): Status {
  if (yearStatus === 'khong_danh_gia') return yearStatus;
  if (direction === 'increase') return yearStatus === 'chua_dat' ? 'dang_thuc_hien' : yearStatus;
  return yearStatus === 'chua_dat' ? 'chua_dat' : 'dang_thuc_hien';
}

/** Share of the year elapsed by a partial period: months / 12 × 100. * @example elapsedPct(9) // → 75
 */
export function elapsedPct(months: number): number {
  return (months / 12) * 100;
}

/**
 * Keeping pace (§7.4): the share done at least the time elapsed (higher is better) or at most it
 * (lower is better).
 * @example progressOf(82, 75, 'increase') // → 'dat_tien_do'
 */
export function progressOf(achievement: number | null, elapsed: number, direction: Direction): Progress | null {
  if (achievement === null) return null;
  const onPace = direction === 'increase' ? achievement >= elapsed - 1e-9 : achievement <= elapsed + 1e-9;
  return onPace ? 'dat_tien_do' : 'cham_tien_do';
}

/**
 * The latest actual moved on to the term's end at the pace from the first actual, in a straight
 * line (§7.5); points in time are in years (a period sits where it ends).
 *
 * Kept after comparing it with the progress method of official SDG reporting (Eurostat, Statistics
 * Canada: the observed compound annual growth over the growth required to reach the target on time;
 * ≥ 95% on track, 60–95% needs acceleration, below 0 moving away). They agree whenever the pace so
 * far clearly meets or clearly misses; they disagree in three cases, tested in
 * tests/core/outlook.test.ts:
 * - a level rising by a steady % (a stock growing 10% a year): compound growth reaches a target the
 *   straight line misses — the SDG method says on track, chitieu `kho_dat`;
 * - a level falling towards a low cap (a rate halving): the straight line reaches a cap compound
 *   decline does not — chitieu `co_kha_nang_dat`, the SDG method "needs acceleration";
 * - a pace at 95–100% of the one required: the SDG method's tolerance calls it on track, chitieu
 *   `kho_dat` (at this pace the target is not reached).
 * A reviewer signs the straight line: it is the rule of DOMAIN.md §7.5, the summary sheet recomputes
 * it with a formula an officer can follow (`số mới nhất + (mới nhất − đầu kỳ) / số năm × số năm còn
 * lại`), and "có khả năng đạt" is said only when the pace so far reaches the target, with no
 * tolerance. The SDG method's compound model is adopted where the target itself is compound: a
 * growth target (`tăng bình quân 8%/năm`) is judged on the compound annual growth (`cagrPct`).
 * @example linearProjection({ value: 1.45, at: 2022 }, { value: 0.82, at: 2024.5 }, 2026) // ≈ 0.442
 */
export function linearProjection(
  first: { value: number; at: number },
  latest: { value: number; at: number },
  end: number,
): number {
  if (latest.at <= first.at) return latest.value;
  return cleanFloat(latest.value + ((latest.value - first.value) / (latest.at - first.at)) * (end - latest.at));
}

/** Whether a projected basis figure meets the target (the status it would have). */
export function meets(status: Status): boolean {
  return status === 'vuot' || status === 'dat';
}

/** Met now, on course, or at risk (§7.5). */
export function outlookOf(statusNow: Status, projectedStatus: Status | null): Outlook | null {
  if (meets(statusNow)) return 'da_dat';
  if (statusNow === 'khong_danh_gia') return null;
  if (statusNow === 'chua_dat') return 'kho_dat';
  return projectedStatus !== null && meets(projectedStatus) ? 'co_kha_nang_dat' : 'kho_dat';
}
