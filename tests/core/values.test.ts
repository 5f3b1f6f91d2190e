/** values.ts — reading one cell as a value or as a target (DOMAIN.md §2 and §3 "Target kind"). */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import { isBlankCell, numericValue, parseRating, parseTarget, parseValue, parseYesNo } from '../../src/core/values';

describe('§2 a numeric cell is its number; a % format multiplies by 100, ‰ by 1000', () => {
  it('a plain number is itself', () => {
    expect(parseValue(36015)).toEqual({ kind: 'number', value: 36015, percent: false, decimals: 0 });
    expect(parseValue(27.6, 'General')).toMatchObject({ value: 27.6, percent: false, decimals: 1 });
  });

  it('0.9169 shown as 91,69% is 91.69 in unit %', () => {
    expect(parseValue(0.9169, '0.00%')).toEqual({ kind: 'number', value: 91.69, percent: true, decimals: 2 });
    expect(parseValue(0.88, '0%')).toEqual({ kind: 'number', value: 88, percent: true, decimals: 0 });
    expect(parseValue(1.032, '0.0%')).toMatchObject({ value: 103.2, decimals: 1 });
  });

  it('a ‰ format multiplies by 1000', () => {
    expect(parseValue(0.0125, '0.0‰')).toMatchObject({ value: 12.5, percent: true });
  });

  it('nothing else is guessed: a thousands format or a % inside quotes does not scale', () => {
    expect(parseValue(36015, '#,##0')).toMatchObject({ value: 36015, percent: false });
    expect(parseValue(91.69, '0.00" %"')).toMatchObject({ value: 91.69, percent: false });
    expect(parseValue(0.9169)).toMatchObject({ value: 0.9169, percent: false });
  });

  it('a number that is not finite is no value', () => {
    expect(parseValue(Number.NaN)).toBeNull();
    expect(parseValue(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('§2 text is parsed the Vietnamese way', () => {
  const numbers: [string, number][] = [
    ['27,6', 27.6],
    ['1.282', 1282],
    ['1.117.213.000', 1117213000],
    ['1,234.5', 1234.5],
    ['1\u00a0282', 1282],
    [' 27,6 ', 27.6],
    ['\u00a036.015\u00a0', 36015],
    ['27 ,6'.replace(' ', ''), 27.6],
  ];
  it.each(numbers)('%j reads as %d', (text, value) => {
    expect(parseValue(text)).toMatchObject({ kind: 'number', value, percent: false });
  });

  it('a trailing % marks a rate: 91,69% → 91.69', () => {
    expect(parseValue('91,69%')).toEqual({ kind: 'number', value: 91.69, percent: true, decimals: 2 });
    expect(parseValue('117,6 %')).toMatchObject({ value: 117.6, percent: true, decimals: 1 });
    expect(parseValue('100%')).toMatchObject({ value: 100, percent: true, decimals: 0 });
  });

  it('a trailing ‰ marks a rate too', () => {
    expect(parseValue('12,5‰')).toMatchObject({ value: 12.5, percent: true });
  });

  it('a trailing unit word is the unit: 25,3 tỷ', () => {
    expect(parseValue('25,3 tỷ')).toEqual({ kind: 'number', value: 25.3, percent: false, decimals: 1, unit: 'tỷ' });
    expect(parseValue('36.015 triệu đồng')).toMatchObject({ value: 36015, unit: 'triệu đồng' });
    expect(parseValue('12 hộ')).toMatchObject({ value: 12, unit: 'hộ' });
  });

  it('text that is not a number, ratio, rating or yes/no is no value', () => {
    expect(parseValue('Không còn hộ nghèo')).toBeNull();
    expect(parseValue('Người lập biểu')).toBeNull();
    expect(parseValue('TM. ĐẢNG ỦY')).toBeNull();
  });
});

describe('§2 a/b is a ratio: value = a/b × 100, with a and b kept', () => {
  it('42/50 is 84 %', () => {
    expect(parseValue('42/50')).toEqual({ kind: 'ratio', numerator: 42, denominator: 50, value: 84 });
  });

  it('121/129 and 8/9 keep their parts', () => {
    const r = parseValue('121/129');
    expect(r).toMatchObject({ kind: 'ratio', numerator: 121, denominator: 129 });
    expect(numericValue(r)).toBeCloseTo((121 / 129) * 100, 9);
    expect(parseValue('8 / 9')).toMatchObject({ kind: 'ratio', numerator: 8, denominator: 9 });
  });

  it('a ratio over zero is no value', () => {
    expect(parseValue('5/0')).toBeNull();
  });
});

describe('§2 ratings, ordered HTXSNV > HTTNV > HTNV > KHTNV', () => {
  const ratings: [string, number][] = [
    ['Hoàn thành xuất sắc nhiệm vụ', 4],
    ['HTXSNV', 4],
    ['Hoàn thành tốt nhiệm vụ', 3],
    ['HTTNV', 3],
    ['Hoàn thành nhiệm vụ', 2],
    ['HTNV', 2],
    ['Không hoàn thành nhiệm vụ', 1],
    ['KHTNV', 1],
    ['HOÀN THÀNH TỐT NHIỆM VỤ', 3],
    ['hoan thanh xuat sac nhiem vu', 4],
    ['htnv', 2],
  ];
  it.each(ratings)('%s is level %d', (text, level) => {
    expect(parseRating(text)).toBe(level);
    expect(parseValue(text)).toMatchObject({ kind: 'rating', level });
  });

  it('the levels are ordered', () => {
    const levels = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'].map((t) => parseRating(t)!);
    expect([...levels].sort((a, b) => b - a)).toEqual(levels);
    expect(new Set(levels).size).toBe(4);
  });
});

describe('§2 yes/no: Đạt, Có, Hoàn thành / Không đạt, Chưa đạt, Không, Chưa hoàn thành', () => {
  it.each(['Đạt', 'Có', 'Hoàn thành', 'ĐẠT', 'dat', 'Đạt.'])('%s is yes', (text) => {
    expect(parseYesNo(text)).toBe(true);
    expect(parseValue(text)).toMatchObject({ kind: 'boolean', yes: true });
  });
  it.each(['Không đạt', 'Chưa đạt', 'Không', 'Chưa hoàn thành', 'KHÔNG ĐẠT'])('%s is no', (text) => {
    expect(parseYesNo(text)).toBe(false);
    expect(parseValue(text)).toMatchObject({ kind: 'boolean', yes: false });
  });
  it('a boolean cell is yes/no', () => {
    expect(parseValue(true)).toMatchObject({ kind: 'boolean', yes: true });
    expect(parseValue(false)).toMatchObject({ kind: 'boolean', yes: false });
  });
  it('other words are not yes/no', () => {
    expect(parseYesNo('Đạt chuẩn quốc gia năm 2020')).toBeNull();
  });
});

describe('§2 empty, "-", "x", "…" and error values are no value — never a zero', () => {
  const blanks: CellValue[] = [
    null,
    '',
    '   ',
    '\u00a0',
    '-',
    '--',
    '–',
    '—',
    'x',
    'X',
    '…',
    '...',
    { error: '#DIV/0!' },
    { error: '#N/A' },
    { error: '#REF!' },
    { error: '#VALUE!' },
  ];
  it.each(blanks)('%j is no value', (cell) => {
    expect(isBlankCell(cell)).toBe(true);
    expect(parseValue(cell)).toBeNull();
    expect(parseTarget(cell)).toBeNull();
    expect(numericValue(parseValue(cell))).toBeNull();
  });

  it('zero itself is a value', () => {
    expect(parseValue(0)).toMatchObject({ kind: 'number', value: 0 });
    expect(parseValue('0')).toMatchObject({ kind: 'number', value: 0 });
    expect(isBlankCell(0)).toBe(false);
  });
});

describe('§3 target kind from the target cell', () => {
  it('a plain number is left plain (min or max once the direction is known)', () => {
    expect(parseTarget(100)).toMatchObject({ kind: 'plain', value: 100, average: false });
    expect(parseTarget('1.282')).toMatchObject({ kind: 'plain', value: 1282 });
    expect(parseTarget(0.88, '0%')).toMatchObject({ kind: 'plain', value: 88 });
  });

  it('Khoảng X is a plain X', () => {
    expect(parseTarget('Khoảng 25 tỷ đồng')).toMatchObject({ kind: 'plain', value: 25 });
    expect(parseTarget('khoảng 90%')).toMatchObject({ kind: 'plain', value: 90 });
  });

  it('Trên X is min, strictly above', () => {
    expect(parseTarget('Trên 90%')).toMatchObject({ kind: 'min', value: 90, strict: true });
    expect(parseTarget('TRÊN 50')).toMatchObject({ kind: 'min', value: 50, strict: true });
  });

  const mins: [string, number][] = [
    ['88% trở lên', 88],
    ['Từ 88% trở lên', 88],
    ['≥ 90%', 90],
    ['>= 90', 90],
    ['≥90%', 90],
    ['Tối thiểu 50', 50],
    ['tối thiểu 27,6 tỷ đồng', 27.6],
    ['Ít nhất 12', 12],
  ];
  it.each(mins)('%s is min %d (at least)', (text, value) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'min', value, strict: false });
  });

  const maxes: [string, number][] = [
    ['Dưới 5,5%', 5.5],
    ['dưới 5', 5],
    ['Không quá 10', 10],
    ['Tối đa 2%', 2],
    ['≤ 3', 3],
    ['<= 3', 3],
    ['Giảm còn 1,5%', 1.5],
    ['giảm còn 20 hộ', 20],
  ];
  it.each(maxes)('%s is max %d', (text, value) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'max', value });
  });

  it('Không quá, tối đa, ≤ and giảm còn allow equality; dưới is strict like trên', () => {
    expect(parseTarget('Không quá 10')).toMatchObject({ strict: false });
    expect(parseTarget('Tối đa 10')).toMatchObject({ strict: false });
    expect(parseTarget('≤ 10')).toMatchObject({ strict: false });
    expect(parseTarget('Giảm còn 10')).toMatchObject({ strict: false });
    expect(parseTarget('Dưới 10')).toMatchObject({ strict: true });
  });

  const ranges: [string, number, number][] = [
    ['85-90%', 85, 90],
    ['85 – 90', 85, 90],
    ['85% - 90%', 85, 90],
    ['Từ 85 đến 90%', 85, 90],
    ['từ 1.000 đến 1.200', 1000, 1200],
    ['27,5 - 30,5', 27.5, 30.5],
  ];
  it.each(ranges)('%s is a range %d…%d', (text, low, high) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'range', low, high });
  });

  it('a range written high to low is not a target', () => {
    expect(parseTarget('90-85')).toBeNull();
  });

  it.each(['Không có', 'Không để xảy ra', 'KHÔNG CÓ', 'Không để xảy ra cháy nổ', 'Khong co'])(
    '%s is a zero target',
    (text) => {
      expect(parseTarget(text)).toMatchObject({ kind: 'zero' });
    },
  );

  it('a rating target is at least that level, also written "HTTNV trở lên"', () => {
    expect(parseTarget('HTTNV trở lên')).toMatchObject({ kind: 'rating', level: 3 });
    expect(parseTarget('Hoàn thành tốt nhiệm vụ trở lên')).toMatchObject({ kind: 'rating', level: 3 });
    expect(parseTarget('Đạt HTXSNV')).toMatchObject({ kind: 'rating', level: 4 });
    expect(parseTarget('HTTNV')).toMatchObject({ kind: 'rating', level: 3 });
    expect(parseTarget('Hoàn thành xuất sắc nhiệm vụ')).toMatchObject({ kind: 'rating', level: 4 });
    expect(parseTarget('Hoàn thành tốt nhiệm vụ')).toMatchObject({ kind: 'rating', level: 3 });
  });

  it('Đạt / Hoàn thành is a yes/no target', () => {
    expect(parseTarget('Đạt')).toMatchObject({ kind: 'boolean' });
    expect(parseTarget('Hoàn thành')).toMatchObject({ kind: 'boolean' });
    expect(parseTarget(true)).toMatchObject({ kind: 'boolean' });
  });

  it('Bình quân, BQ, hàng năm, /năm mark a yearly-average target', () => {
    expect(parseTarget('Bình quân 23,5')).toMatchObject({ kind: 'plain', value: 23.5, average: true });
    expect(parseTarget('BQ 10%')).toMatchObject({ kind: 'plain', value: 10, average: true });
    expect(parseTarget('Hàng năm 10')).toMatchObject({ kind: 'plain', value: 10, average: true });
    expect(parseTarget('10/năm')).toMatchObject({ kind: 'plain', value: 10, average: true });
    expect(parseTarget('Bình quân trên 8%')).toMatchObject({ kind: 'min', value: 8, strict: true, average: true });
    expect(parseTarget('23,5')).toMatchObject({ average: false });
  });

  it('a unit typed with the target is kept for conversion: 25,3 tỷ', () => {
    expect(parseTarget('25,3 tỷ')).toMatchObject({ kind: 'plain', value: 25.3, unit: 'ty' });
  });

  it('a ratio target is its %', () => {
    expect(parseTarget('45/50')).toMatchObject({ kind: 'plain', value: 90 });
  });

  it('free text is not a target', () => {
    expect(parseTarget('Phấn đấu hoàn thành tốt')).toBeNull();
  });

  it('relative targets name their change, span and base (assigned target or last year)', () => {
    expect(parseTarget('Tăng 10% so với cùng kỳ')).toMatchObject({
      kind: 'relative',
      change: 'increase',
      low: 10,
      high: 10,
      base: 'previous',
    });
    expect(parseTarget('Vượt 3-5% so với chỉ tiêu quận giao')).toMatchObject({
      kind: 'relative',
      change: 'increase',
      low: 3,
      high: 5,
      base: 'assigned',
    });
    expect(parseTarget('Vượt 20% so với chỉ tiêu quận giao')).toMatchObject({
      kind: 'relative',
      low: 20,
      base: 'assigned',
    });
    expect(parseTarget('Giảm 10% so với cùng kỳ')).toMatchObject({
      kind: 'relative',
      change: 'decrease',
      low: 10,
      base: 'previous',
    });
    expect(parseTarget('Giảm 0,3% so với năm trước')).toMatchObject({
      kind: 'relative',
      change: 'decrease',
      low: 0.3,
      base: 'previous',
    });
    expect(parseTarget('Tăng 5% so với năm 2019')).toMatchObject({ kind: 'relative', base: 'previous' });
    expect(parseTarget('Tăng 5% so với bình quân cả nước')).toBeNull();
  });
});
