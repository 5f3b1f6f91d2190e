/**
 * A cell of the summary sheet shows in the appendix what Excel shows: the cached result rounded as
 * its ROUND rounds it, in the cell's number format, with Vietnamese separators (`1.234,5`).
 * Checked against the `vi-VN` locale of Intl (`sheetShows`), an implementation chitieu does not use.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelRound, formatNumber } from '../../src/core/narrative/format';
import { shownText, type ModelCell } from '../../src/core/report';
import { sheetShows } from './harness';

const cell = (extra: Partial<ModelCell>): ModelCell => ({ row: 0, col: 0, style: 'number', ...extra });

describe('what a summary sheet cell shows', () => {
  it('groups thousands with "." and writes decimals after ","', () => {
    expect(shownText(cell({ value: 36015, numberFormat: '#,##0' }))).toBe('36.015');
    expect(shownText(cell({ value: 1234.5, numberFormat: '#,##0.0##' }))).toBe('1.234,5');
    expect(shownText(cell({ value: 15.4526, numberFormat: '#,##0.0##' }))).toBe('15,453');
  });

  it('keeps the one decimal #,##0.0## always shows (12,0), drops none #,##0 hides', () => {
    expect(shownText(cell({ value: 12.0001, numberFormat: '#,##0.0##' }))).toBe('12,0');
    expect(shownText(cell({ value: -0.4, numberFormat: '#,##0' }))).toBe('0');
  });

  it('keeps a large whole amount whole: 36.015.000.000 đồng gets no stray ",001"', () => {
    expect(excelRound(500_000_000, 3)).toBe(500_000_000);
    expect(excelRound(36_015_000_000, 2)).toBe(36_015_000_000);
    expect(excelRound(2_500_000_000_000.5, 0)).toBe(2_500_000_000_001);
    expect(formatNumber(36_015_000_000, 2)).toBe('36.015.000.000');
    expect(shownText(cell({ value: 500_000_000.2, numberFormat: '#,##0.0##' }))).toBe('500.000.000,2');
  });

  it('shows a formula as its ROUND result, half away from zero as Excel rounds', () => {
    const f = (value: number, decimals: number) =>
      cell({ formula: '=ROUND(E8/D8*100,1)', expected: { value, decimals }, numberFormat: '#,##0.0##' });
    expect(shownText(f(117.70212, 1))).toBe('117,7');
    expect(shownText(f(1.005 * 100, 1))).toBe('100,5');
    expect(shownText(f(-14.25, 1))).toBe('-14,3');
  });

  it('shows words as written, and an empty cell as nothing', () => {
    expect(
      shownText(cell({ formula: '=IF(E8>=D8,"Đạt","Chưa đạt")', expected: { value: 'Đạt', decimals: null } })),
    ).toBe('Đạt');
    expect(shownText(cell({ value: null }))).toBe('');
    expect(shownText(cell({ formula: '=IFERROR(E8/D8,"")', expected: { value: null, decimals: 1 } }))).toBe('');
  });

  it('agrees with the vi-VN locale on any figure, format and rounding', () => {
    const figure = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e7, max: 1e7, noNaN: true }));
    const format = fc.constantFrom('#,##0', '#,##0.0##');
    fc.assert(
      fc.property(figure, format, fc.constantFrom(null, 0, 1, 2, 3, 6), (value, numberFormat, decimals) => {
        const c =
          decimals === null
            ? cell({ value, numberFormat })
            : cell({ formula: '=ROUND(A1,1)', expected: { value, decimals }, numberFormat });
        expect(shownText(c)).toBe(sheetShows(c));
      }),
      { numRuns: 2000 },
    );
  });

  it('shows a change against cùng kỳ with its sign and measure: +5,3%, -1,25 điểm %, 0 hộ', () => {
    const change = (value: number, decimals: number, after: string) => {
      const n = Number.isInteger(excelRound(value, decimals)) ? '#,##0' : '#,##0.0##';
      const numberFormat = `+${n}"${after}";-${n}"${after}";0"${after}"`;
      return cell({ formula: '=ROUND(B1-A1,2)', expected: { value, decimals }, numberFormat });
    };
    expect(shownText(change(5.3, 1, '%'))).toBe('+5,3%');
    expect(shownText(change(-1.25, 2, ' điểm %'))).toBe('-1,25 điểm %');
    expect(shownText(change(1234.56, 1, '%'))).toBe('+1.234,6%');
    expect(shownText(change(0, 0, ' hộ'))).toBe('0 hộ');
    expect(shownText(change(-2, 0, ' tổ dân phố'))).toBe('-2 tổ dân phố');
    const share = cell({ value: 84, numberFormat: '#,##0 "(42/50)"' });
    expect(shownText(share)).toBe('84 (42/50)');
    expect(sheetShows(share)).toBe('84 (42/50)');
    const measure = fc.constantFrom('%', ' điểm %', ' hộ', ' đảng viên');
    const figure = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e5, max: 1e5, noNaN: true }));
    fc.assert(
      fc.property(figure, fc.constantFrom(0, 1, 2), measure, (value, decimals, after) => {
        const c = change(value, decimals, after);
        expect(shownText(c)).toBe(sheetShows(c));
      }),
      { numRuns: 1000 },
    );
  });
});
