/** text.ts — diacritic-free matching and the Vietnamese way of writing numbers (DOMAIN.md §1, §2). */
import { describe, expect, it } from 'vitest';
import {
  cleanFloat,
  cleanSpaces,
  foldText,
  formatDecimals,
  hasPhrase,
  isRomanNumeral,
  isUpperCaseText,
  parseVietnameseNumber,
  plainLower,
  sentenceCase,
  shownDecimals,
} from '../../src/core/text';

describe('§1 header cells match case-, diacritic- and whitespace-insensitively, punctuation removed', () => {
  it('Chỉ tiêu = Chi tieu = CHỈ TIÊU', () => {
    expect(foldText('Chỉ tiêu')).toBe('chi tieu');
    expect(foldText('Chi tieu')).toBe('chi tieu');
    expect(foldText('CHỈ TIÊU')).toBe('chi tieu');
  });

  it('đ and Đ fold to d', () => {
    expect(foldText('Đơn vị tính')).toBe('don vi tinh');
    expect(foldText('ĐVT')).toBe('dvt');
  });

  it('punctuation such as (%), :, * is removed but % stays a word', () => {
    expect(foldText('Tỷ lệ TH/KH (%)')).toBe('ty le th kh %');
    expect(foldText('Thực hiện:')).toBe('thuc hien');
    expect(foldText('Chỉ tiêu*')).toBe('chi tieu');
    expect(foldText('% KH')).toBe('% kh');
  });

  it('non-breaking and repeated spaces, tabs and line breaks are one space', () => {
    expect(foldText('  Kế\u00a0\u00a0hoạch\n năm\t2020 ')).toBe('ke hoach nam 2020');
  });

  it('text in decomposed Unicode (NFD) folds like precomposed text', () => {
    expect(foldText('Chỉ tiêu'.normalize('NFD'))).toBe(foldText('Chỉ tiêu'.normalize('NFC')));
  });

  it('a phrase matches only as whole words', () => {
    expect(hasPhrase('thuc hien nam 2020', 'thuc hien')).toBe(true);
    expect(hasPhrase('kh', 'kh')).toBe(true);
    expect(hasPhrase('khach hang', 'kh')).toBe(false);
    expect(hasPhrase('so ho ngheo', 'ho ngheo')).toBe(true);
    expect(hasPhrase('so ho ngheonan', 'ho ngheo')).toBe(false);
  });

  it('plainLower removes diacritics and keeps punctuation for prefix tests', () => {
    expect(plainLower('Trong đó: Thu thuế')).toBe('trong do: thu thue');
    expect(plainLower('ĐẢNG ỦY')).toBe('dang uy');
  });

  it('cleanSpaces turns pasted spaces into single plain spaces', () => {
    expect(cleanSpaces('\u00a027,6\u202f ')).toBe('27,6');
    expect(cleanSpaces('a\u200b\u200bb')).toBe('a b');
    expect(cleanSpaces('Kế   hoạch')).toBe('Kế hoạch');
  });
});

describe('§2 text numbers: "," is the decimal mark and "." groups thousands', () => {
  const cases: [string, number, number][] = [
    ['27,6', 27.6, 1],
    ['1.282', 1282, 0],
    ['1.117.213.000', 1117213000, 0],
    ['36.015', 36015, 0],
    ['91,69', 91.69, 2],
    ['0,5', 0.5, 1],
    ['130', 130, 0],
    ['-5,5', -5.5, 1],
    ['+12', 12, 0],
  ];
  it.each(cases)('%s reads as %d', (text, value, decimals) => {
    expect(parseVietnameseNumber(text)).toEqual({ value, decimals });
  });

  it('when both marks appear the last one is the decimal mark: 1,234.5 → 1234.5', () => {
    expect(parseVietnameseNumber('1,234.5')).toEqual({ value: 1234.5, decimals: 1 });
    expect(parseVietnameseNumber('1.234,5')).toEqual({ value: 1234.5, decimals: 1 });
    expect(parseVietnameseNumber('1.117.213,75')).toEqual({ value: 1117213.75, decimals: 2 });
  });

  it('spaces and non-breaking spaces inside a number are ignored', () => {
    expect(parseVietnameseNumber('1 282')?.value).toBe(1282);
    expect(parseVietnameseNumber('36\u00a0015')?.value).toBe(36015);
    expect(parseVietnameseNumber('1\u202f117\u00a0213 000')?.value).toBe(1117213000);
  });

  it('only dots without 3-digit groups is a decimal point typed the English way', () => {
    expect(parseVietnameseNumber('5.5')).toEqual({ value: 5.5, decimals: 1 });
    expect(parseVietnameseNumber('27.65')).toEqual({ value: 27.65, decimals: 2 });
  });

  it('a single comma is always decimal, several commas with 3-digit groups group thousands', () => {
    expect(parseVietnameseNumber('1,282')).toEqual({ value: 1.282, decimals: 3 });
    expect(parseVietnameseNumber('1,117,213')).toEqual({ value: 1117213, decimals: 0 });
  });

  it.each(['', ' ', 'abc', '12a', '1,2,3', '1..2', '1.2.3,4,5', '--5', '%', '1,', ',5', '1 2 3 x'])(
    '%j is not a number',
    (text) => {
      expect(parseVietnameseNumber(text)).toBeNull();
    },
  );
});

describe('§2 decimals shown, for checking reported percentages', () => {
  it('number formats tell the decimals shown', () => {
    expect(formatDecimals('0.0%')).toBe(1);
    expect(formatDecimals('0.00%')).toBe(2);
    expect(formatDecimals('#,##0')).toBe(0);
    expect(formatDecimals('#,##0.000')).toBe(3);
    expect(formatDecimals('#,##0.0;[Red]-#,##0.0')).toBe(1);
    expect(formatDecimals('0%')).toBe(0);
  });

  it('General or no format shows what the number needs', () => {
    expect(formatDecimals('General')).toBeNull();
    expect(formatDecimals(null)).toBeNull();
    expect(shownDecimals(103.2)).toBe(1);
    expect(shownDecimals(137)).toBe(0);
    expect(shownDecimals(0.9169 * 100)).toBe(2);
  });

  it('binary noise after scaling is removed (0.9169 × 100 = 91.69)', () => {
    expect(cleanFloat(0.9169 * 100)).toBe(91.69);
    expect(cleanFloat(0.1 + 0.2)).toBe(0.3);
    expect(cleanFloat(0)).toBe(0);
  });
});

describe('§1 section markers and upper-case names', () => {
  it.each(['I', 'II', 'III', 'IV', 'V', 'IX', 'XII', 'XX'])('%s is a Roman numeral', (t) => {
    expect(isRomanNumeral(t)).toBe(true);
  });
  it.each(['', 'A', 'IIII', 'iv', 'IC', 'VV', 'Y'])('%j is not a Roman numeral', (t) => {
    expect(isRomanNumeral(t)).toBe(false);
  });

  it('an upper-case name has letters and none lower case', () => {
    expect(isUpperCaseText('KINH TẾ - NGÂN SÁCH')).toBe(true);
    expect(isUpperCaseText('VĂN HÓA - XÃ HỘI')).toBe(true);
    expect(isUpperCaseText('Kinh tế')).toBe(false);
    expect(isUpperCaseText('123')).toBe(false);
    expect(isUpperCaseText('')).toBe(false);
  });

  it('sentenceCase capitalises the first letter only', () => {
    expect(sentenceCase('số hộ nghèo')).toBe('Số hộ nghèo');
    expect(sentenceCase('')).toBe('');
  });
});
