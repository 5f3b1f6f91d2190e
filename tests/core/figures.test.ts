/** figures.ts — achievement, status, gaps, year-over-year and term formulas (DOMAIN.md §4). */
import { describe, expect, it } from 'vitest';
import type { ParsedValue, ResolvedTarget } from '../../src/core/indicator';
import {
  achievementPct,
  average,
  cagrPct,
  cumulativePct,
  nearlyEqual,
  statusOf,
  targetNumber,
  total,
  worstStatus,
  yoyPct,
  yoyPoints,
  rangeAim,
} from '../../src/core/figures';
import { parseValue } from '../../src/core/values';

const min = (value: number, strict = false): ResolvedTarget => ({
  kind: 'min',
  value,
  strict,
  text: String(value),
  average: false,
});
const max = (value: number, strict = false): ResolvedTarget => ({
  kind: 'max',
  value,
  strict,
  text: String(value),
  average: false,
});
const range = (low: number, high: number): ResolvedTarget => ({
  kind: 'range',
  low,
  high,
  text: `${low}-${high}`,
  average: false,
});
const zero: ResolvedTarget = { kind: 'zero', text: 'Không có' };
const rating = (level: 1 | 2 | 3 | 4): ResolvedTarget => ({ kind: 'rating', level, text: 'x' });
const yes: ResolvedTarget = { kind: 'boolean', text: 'Đạt' };
const n = (value: number): ParsedValue => ({ kind: 'number', value, percent: false, decimals: 0 });
const v = (text: string): ParsedValue => parseValue(text)!;

describe('§4 achievementPct = A / T × 100', () => {
  it('for a min target: 36015 against 10500 is 343 %', () => {
    expect(achievementPct(36015, min(10500))).toBeCloseTo(343, 9);
  });

  it('for a max target it is A / T × 100 too', () => {
    expect(achievementPct(4.9, max(5.5))).toBeCloseTo((4.9 / 5.5) * 100, 9);
  });

  it('for a range it is relative to the low end', () => {
    expect(achievementPct(90, range(85, 95))).toBeCloseTo((90 / 85) * 100, 9);
  });

  it('null for rating, yes/no and zero targets', () => {
    expect(achievementPct(3, rating(3))).toBeNull();
    expect(achievementPct(1, yes)).toBeNull();
    expect(achievementPct(0, zero)).toBeNull();
  });

  it('null when T = 0', () => {
    expect(achievementPct(5, min(0))).toBeNull();
    expect(achievementPct(0, max(0))).toBeNull();
  });

  it('null without an actual or a target', () => {
    expect(achievementPct(null, min(10))).toBeNull();
    expect(achievementPct(10, null)).toBeNull();
  });

  it('the number a target is compared with: its value, the low end of a range, 0 for zero', () => {
    expect(targetNumber(min(7))).toBe(7);
    expect(targetNumber(range(85, 90))).toBe(85);
    expect(targetNumber(zero)).toBe(0);
    expect(targetNumber(yes)).toBeNull();
    expect(targetNumber(null)).toBeNull();
  });
});

describe('§4 status of a higher-is-better (min) target', () => {
  it('A > T is vuot', () => expect(statusOf(n(120), min(100))).toBe('vuot'));
  it('A = T is dat', () => expect(statusOf(n(100), min(100))).toBe('dat'));
  it('A < T is chua_dat', () => expect(statusOf(n(99), min(100))).toBe('chua_dat'));
  it('Trên X is strict: A = X is chua_dat', () => expect(statusOf(n(90), min(90, true))).toBe('chua_dat'));
  it('Trên X: A > X is vuot', () => expect(statusOf(n(90.1), min(90, true))).toBe('vuot'));
  it('Trên X: A < X is chua_dat', () => expect(statusOf(n(89), min(90, true))).toBe('chua_dat'));
  it('T = 0 for a min target is khong_danh_gia', () => expect(statusOf(n(5), min(0))).toBe('khong_danh_gia'));
  it('a ratio actual is compared by its %', () => expect(statusOf(v('42/50'), min(80))).toBe('vuot'));
});

describe('§4 status of a lower-is-better (max) target', () => {
  it('lower-is-better rate below target is vuot', () => expect(statusOf(n(4.9), max(5.5))).toBe('vuot'));
  it('lower-is-better count equal to target is dat', () => expect(statusOf(n(10), max(10))).toBe('dat'));
  it('lower-is-better count above target is chua_dat', () => expect(statusOf(n(12), max(10))).toBe('chua_dat'));
  it('dưới X is strict: A = X is chua_dat', () => expect(statusOf(n(5), max(5, true))).toBe('chua_dat'));
  it('a max target of 0 met exactly is dat', () => expect(statusOf(n(0), max(0))).toBe('dat'));
  it('a max target of 0 exceeded is chua_dat', () => expect(statusOf(n(2), max(0))).toBe('chua_dat'));
});

describe('§4 status of a range target', () => {
  it('below the range is chua_dat', () => expect(statusOf(n(84), range(85, 90))).toBe('chua_dat'));
  it('inside the range is dat', () => expect(statusOf(n(87), range(85, 90))).toBe('dat'));
  it('at the low end is dat', () => expect(statusOf(n(85), range(85, 90))).toBe('dat'));
  it('at the high end is dat', () => expect(statusOf(n(90), range(85, 90))).toBe('dat'));
  it('above the range is vuot', () => expect(statusOf(n(91), range(85, 90))).toBe('vuot'));
});

describe('status of a range target by its better side', () => {
  const lower: ResolvedTarget = { kind: 'range', low: 3, high: 5, text: '3-5%', average: false, aim: 'lower' };
  const steady: ResolvedTarget = { kind: 'range', low: 0.8, high: 1, text: '0,8-1%', average: false, aim: 'steady' };
  it('lower is better: above the range chua_dat, inside dat, below vuot', () => {
    expect([6, 5, 4, 3, 2.9].map((a) => statusOf(n(a), lower))).toEqual(['chua_dat', 'dat', 'dat', 'dat', 'vuot']);
  });
  it('a level kept: inside dat, outside on either side chua_dat', () => {
    expect([1.1, 1, 0.9, 0.8, 0.7].map((a) => statusOf(n(a), steady))).toEqual([
      'chua_dat',
      'dat',
      'dat',
      'dat',
      'chua_dat',
    ]);
  });
  it('the aim follows the direction, a level kept whatever the direction', () => {
    expect(rangeAim('increase', false)).toBeUndefined();
    expect(rangeAim('decrease', false)).toBe('lower');
    expect(rangeAim('decrease', true)).toBe('steady');
    expect(rangeAim('increase', true)).toBe('steady');
  });
});

describe('§4 status of zero, rating and yes/no targets', () => {
  it('zero target: A = 0 is dat', () => expect(statusOf(n(0), zero)).toBe('dat'));
  it('zero target: A > 0 is chua_dat', () => expect(statusOf(n(1), zero)).toBe('chua_dat'));
  it('zero target: "Không" (none happened) is dat', () => expect(statusOf(v('Không'), zero)).toBe('dat'));
  it('zero target: "Có" (it happened) is chua_dat', () => expect(statusOf(v('Có'), zero)).toBe('chua_dat'));
  it('rating above the target level is vuot', () => expect(statusOf(v('HTXSNV'), rating(3))).toBe('vuot'));
  it('rating equal to the target level is dat', () =>
    expect(statusOf(v('Hoàn thành tốt nhiệm vụ'), rating(3))).toBe('dat'));
  it('rating below the target level is chua_dat', () => expect(statusOf(v('HTNV'), rating(3))).toBe('chua_dat'));
  it('a number against a rating target is khong_danh_gia', () =>
    expect(statusOf(n(3), rating(3))).toBe('khong_danh_gia'));
  it('yes/no target: yes is dat', () => expect(statusOf(v('Đạt'), yes)).toBe('dat'));
  it('yes/no target: no is chua_dat', () => expect(statusOf(v('Chưa đạt'), yes)).toBe('chua_dat'));
  it('yes/no target: a number is khong_danh_gia', () => expect(statusOf(n(1), yes)).toBe('khong_danh_gia'));
});

describe('§4 missing values and equality', () => {
  it('missing A is khong_danh_gia', () => expect(statusOf(null, min(10))).toBe('khong_danh_gia'));
  it('missing T is khong_danh_gia', () => expect(statusOf(n(10), null)).toBe('khong_danh_gia'));
  it('a rating against a number target is khong_danh_gia', () =>
    expect(statusOf(v('HTTNV'), min(10))).toBe('khong_danh_gia'));

  it('equality is |A − T| ≤ 1e-9 × max(1, |T|)', () => {
    expect(nearlyEqual(100 + 1e-8, 100)).toBe(true);
    expect(nearlyEqual(100 + 1e-6, 100)).toBe(false);
    expect(nearlyEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(nearlyEqual(5e-10, 0)).toBe(true);
    expect(nearlyEqual(2e-9, 0)).toBe(false);
  });

  it('an actual equal to the target up to float noise is dat, not vuot', () => {
    expect(statusOf(n(0.1 + 0.2), min(0.3))).toBe('dat');
    expect(statusOf(n(30.7 * (1 + 1e-12)), min(30.7))).toBe('dat');
    expect(statusOf(n(30.7 * (1 + 1e-6)), min(30.7))).toBe('vuot');
  });
});

describe('§4 year over year', () => {
  it('yoyPct = (A / A_prev − 1) × 100', () => {
    expect(yoyPct(36015, 30120)).toBeCloseTo((36015 / 30120 - 1) * 100, 9);
    expect(yoyPct(25.6, 30.7)).toBeCloseTo(-16.61237785016286, 9);
  });
  it('yoyPct is null without a previous actual or when it is 0', () => {
    expect(yoyPct(10, null)).toBeNull();
    expect(yoyPct(10, 0)).toBeNull();
    expect(yoyPct(null, 10)).toBeNull();
  });
  it('yoyPoints = A − A_prev in percentage points', () => {
    expect(yoyPoints(91.69, 90.8)).toBeCloseTo(0.89, 9);
    expect(yoyPoints(91.69, null)).toBeNull();
  });
});

describe('§4 term figures', () => {
  it('average is the arithmetic mean of the actuals', () => {
    expect(average([25.3, 26.9, 29.8, 30.7, 25.6])).toBeCloseTo(27.66, 9);
    expect(average([])).toBeNull();
  });

  it('total is the sum', () => {
    expect(total([12, 15, 14, 16, 14])).toBe(71);
    expect(total([])).toBeNull();
  });

  it('cagrPct = (last / first)^(1/(n−1)) − 1, × 100', () => {
    expect(cagrPct([100, 121])).toBeCloseTo(21, 9);
    expect(cagrPct([100, 110, 121])).toBeCloseTo(10, 9);
    expect(cagrPct([25.3, 26.9, 29.8, 30.7, 25.6])).toBeCloseTo(0.29513355786960904, 9);
  });

  it('cagrPct needs n ≥ 2 and both ends > 0', () => {
    expect(cagrPct([100])).toBeNull();
    expect(cagrPct([0, 10])).toBeNull();
    expect(cagrPct([10, 0])).toBeNull();
    expect(cagrPct([-5, 10])).toBeNull();
  });

  it('cumulativePct = Σ actual / Σ target × 100', () => {
    expect(
      cumulativePct([
        { actual: 121, target: 100 },
        { actual: 125, target: 47 },
      ]),
    ).toBeCloseTo((246 / 147) * 100, 9);
    expect(cumulativePct([])).toBeNull();
    expect(cumulativePct([{ actual: 5, target: 0 }])).toBeNull();
  });

  it('the worst status wins: chua_dat over dat over vuot; khong_danh_gia only when nothing is judged', () => {
    expect(worstStatus(['vuot', 'dat', 'vuot'])).toBe('dat');
    expect(worstStatus(['vuot', 'chua_dat', 'dat'])).toBe('chua_dat');
    expect(worstStatus(['vuot', 'khong_danh_gia'])).toBe('vuot');
    expect(worstStatus(['khong_danh_gia'])).toBe('khong_danh_gia');
    expect(worstStatus([])).toBe('khong_danh_gia');
  });
});
