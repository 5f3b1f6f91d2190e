/**
 * The typed formulas (DOMAIN.md §4): achievement, status, gaps, year-over-year change, and the
 * term figures. Each is a small pure function of numbers and typed targets.
 */
import type { ParsedValue, ResolvedTarget, Status, ValueKind } from './indicator';
import { cleanFloat } from './text';

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
 * @example achievementPct(36015, { kind: 'min', value: 10500, strict: false, text: '', average: false }) // 343
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

function numericStatus(a: number, t: ResolvedTarget & { kind: 'min' | 'max' | 'range' }): Status {
  if (t.kind === 'range') {
    if (compare(a, t.low) < 0) return 'chua_dat';
    return compare(a, t.high) > 0 ? 'vuot' : 'dat';
  }
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

const SEVERITY: Record<Status, number> = { vuot: 0, dat: 1, chua_dat: 2, khong_danh_gia: 3 };

/** The worst of several statuses (chưa đạt beats đạt beats vượt); `khong_danh_gia` only when all are. */
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

/** (A / A_prev − 1) × 100; null when A_prev is 0 or missing. */
export function yoyPct(actual: number | null, previous: number | null): number | null {
  if (actual === null || previous === null || previous === 0) return null;
  return (actual / previous - 1) * 100;
}

/** A − A_prev, in percentage points (rates). */
export function yoyPoints(actual: number | null, previous: number | null): number | null {
  if (actual === null || previous === null) return null;
  return actual - previous;
}

/** Arithmetic mean ("bình quân hàng năm"). */
export function average(values: number[]): number | null {
  if (values.length === 0) return null;
  return cleanFloat(values.reduce((s, v) => s + v, 0) / values.length);
}

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
