/**
 * A typed ratio column is read by what it divides (DOMAIN.md §5): the column-number row (`4=3/2`,
 * `5=4/3*100`) or the header's own operands (`So sánh năm 2026 với ƯTH năm 2025`, `DT 2026 với UTH
 * 2025 (%)`, `ƯTH 2025/TH 2024`) decide the two columns; a column whose operands cannot be pinned
 * down is not checked (one notice), never checked against the wrong pair. Expected figures are
 * computed by hand (or by plain division in the property), not by the engine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import { comparedSides, isComparisonHeader } from '../../src/core/detect/ratios';
import { reportOf } from './helpers';

/** A budget annex like the province's: 2025 estimate and 2026 budget, compared in column 4. */
function budgetAnnex(typed: [number, number], compare = 'So sánh năm 2026 với ƯTH năm 2025'): CellValue[][] {
  return [
    ['Biểu số 01', null, null, null, null, null],
    ['CÂN ĐỐI NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2026', null, null, null, null, null],
    [null, null, null, null, null, 'Đơn vị: Triệu đồng.'],
    ['STT', 'Nội dung', 'Dự toán năm 2025', 'Ước thực hiện năm 2025', 'Dự toán năm 2026', compare],
    ['A', 'B', '1', '2', '3', '4=3/2'],
    ['1', 'Thu nội địa', 10000, 11000, 11800, typed[0]],
    ['2', 'Thu từ hoạt động xuất nhập khẩu', 900, 850, 910, typed[1]],
  ];
}

describe('the column-number row names the operands', () => {
  it('4=3/2 checks the 2026 budget over the 2025 estimate, not actual/target 2025', () => {
    // 11.800/11.000 = 107,27 → 107,3; 910/850 = 107,06 → 107,1 (hand-computed).
    const right = reportOf(budgetAnnex([107.3, 107.1]));
    expect(right.checks).toEqual([]);
    const slip = reportOf(budgetAnnex([107.1, 107.1]));
    expect(slip.checks.map((c) => [c.cell, c.reported, Math.round((c.computed ?? 0) * 10) / 10])).toEqual([
      ['F6', 107.1, 107.3],
    ]);
    expect(slip.checks[0].message).toContain('11.800/11.000');
  });

  it('the same column headed only `So sánh (%)` is read by its formula', () => {
    const r = reportOf(budgetAnnex([107.3, 107.5], 'So sánh (%)'));
    expect(r.checks.map((c) => c.cell)).toEqual(['F7']);
  });

  it('5=4/3*100 with a ratio of the year actual to its target checks the achievement', () => {
    const r = reportOf([
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024', 'Tỷ lệ (%)'],
      ['A', 'B', 'C', '3', '4', '5=4/3*100'],
      ['1', 'Số doanh nghiệp thành lập mới', 'DN', 40, 46, 115],
      ['2', 'Số lao động được giải quyết việc làm', 'người', 500, 520, 105],
    ]);
    // 46/40 = 115% (right); 520/500 = 104% (typed 105).
    expect(r.checks.map((c) => [c.cell, c.computed])).toEqual([['F4', 104]]);
  });

  it('(3)=(2)/(1) over columns without a role of their own still names them', () => {
    const r = reportOf([
      ['STT', 'Chỉ tiêu', 'Thực hiện năm 2023', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024', 'Tỷ lệ so cùng kỳ'],
      ['(A)', '(B)', '(1)', '(2)', '(3)', '(4)=(3)/(1)'],
      ['1', 'Giá trị sản xuất công nghiệp', 5000, 5400, 5600, 112],
    ]);
    // 5.600/5.000 = 112% (right): nothing to say whichever way the yoy column is read.
    expect(r.checks).toEqual([]);
    const wrong = reportOf([
      ['STT', 'Chỉ tiêu', 'Thực hiện năm 2023', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024', 'Tỷ lệ so cùng kỳ'],
      ['(A)', '(B)', '(1)', '(2)', '(3)', '(4)=(3)/(1)'],
      ['1', 'Giá trị sản xuất công nghiệp', 5000, 5400, 5600, 103.7],
    ]);
    // 103,7 is 5.600/5.400 — the wrong pair: flagged against 112.
    expect(wrong.checks).toHaveLength(1);
    expect(wrong.checks[0].computed).toBeCloseTo(112, 9);
  });

  it('a formula that is no quotient (4=3-2) names no pair: not checked, one notice', () => {
    const r = reportOf(budgetAnnex([5, 5]).map((row, i) => (i === 4 ? ['A', 'B', '1', '2', '3', '4=3-2'] : row)));
    expect(r.checks).toEqual([]);
    expect(r.notices?.filter((n) => n.includes('cột F'))).toHaveLength(1);
  });
});

describe("the header's own words name the operands", () => {
  it.each([
    ['DT 2026 với UTH 2025 (%)'],
    ['So sánh năm 2026 với ƯTH năm 2025'],
    ['Dự toán 2026 so với ước thực hiện 2025 (%)'],
    ['DT 2026/ƯTH 2025'],
  ])('%j divides the 2026 budget by the 2025 estimate', (header) => {
    const values = budgetAnnex([107.1, 107.1], header).filter((_, i) => i !== 4);
    const r = reportOf(values);
    expect(r.checks.map((c) => [c.cell, Math.round((c.computed ?? 0) * 10) / 10])).toEqual([['F5', 107.3]]);
  });

  it('ƯTH 2025/TH 2024 is the estimate over last year, beside the achievement column ƯTH/KH', () => {
    const r = reportOf([
      ['STT', 'Chỉ tiêu', 'TH 2024', 'KH 2025', 'ƯTH 2025', 'ƯTH 2025/TH 2024', 'So sánh ƯTH/KH'],
      ['1', 'Tổng thu ngân sách', 800, 1000, 1100, 137.5, 110],
      ['2', 'Chi đầu tư phát triển', 400, 500, 450, 112.9, 90],
    ]);
    // 1100/800 = 137,5 ✓, 1100/1000 = 110 ✓; 450/400 = 112,5 (typed 112,9), 450/500 = 90 ✓.
    expect(r.checks.map((c) => [c.cell, c.computed])).toEqual([['F3', 112.5]]);
  });

  it('a side that matches two columns (two 2025 actuals) is not pinned down: not checked, one notice', () => {
    const r = reportOf([
      [
        'STT',
        'Chỉ tiêu',
        'Thực hiện 6 tháng 2025',
        'Thực hiện năm 2025',
        'Kế hoạch năm 2026',
        'So sánh KH 2026/TH 2025',
      ],
      ['1', 'Thu ngân sách', 400, 900, 1000, 50],
      ['2', 'Chi ngân sách', 300, 700, 800, 50],
    ]);
    expect(r.checks.filter((c) => c.cell.startsWith('F'))).toEqual([]);
    expect(r.notices?.filter((n) => n.includes('cột F'))).toHaveLength(1);
  });

  it('comparison headers are told from figure and group headers', () => {
    expect(isComparisonHeader('DT 2026 với UTH 2025 (%)')).toBe(true);
    expect(isComparisonHeader('ƯTH 2025/TH 2024')).toBe(true);
    expect(isComparisonHeader('Kế hoạch năm 2025')).toBe(false);
    expect(isComparisonHeader('Tăng/giảm')).toBe(false);
    expect(isComparisonHeader('Thực hiện đến 30/6/2025')).toBe(false);
    expect(comparedSides('So sánh ƯTH/KH')?.map((s) => s.role)).toEqual(['actual', 'target']);
  });
});

describe('property: a typed ratio column is only ever checked against the operands it names', () => {
  const YEARS = ['2024', '2025', '2026'];
  const WORDS = { target: 'Kế hoạch năm', actual: 'Thực hiện năm' } as const;
  const column = fc.record({ role: fc.constantFrom('target', 'actual'), year: fc.constantFrom(...YEARS) });

  it('findings name exactly the rows whose typed figure differs from numerator/denominator × 100', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(column, { minLength: 2, maxLength: 5, selector: (c) => `${c.role}${c.year}` }),
        fc.nat(),
        fc.nat(),
        fc.array(
          fc.record({
            values: fc.array(fc.integer({ min: 1, max: 100000 }), { minLength: 5, maxLength: 5 }),
            off: fc.constantFrom(0, 0, 0.3, -2, 15),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.boolean(),
        (cols, a, b, rows, byFormula) => {
          const n = a % cols.length;
          let d = b % cols.length;
          if (d === n) d = (d + 1) % cols.length;
          const header = ['STT', 'Chỉ tiêu', ...cols.map((c) => `${WORDS[c.role]} ${c.year}`)];
          const named = `${WORDS[cols[n].role]} ${cols[n].year} so với ${WORDS[cols[d].role]} ${cols[d].year} (%)`;
          header.push(byFormula ? 'So sánh (%)' : named);
          const grid: CellValue[][] = [header];
          if (byFormula)
            grid.push(['A', 'B', ...cols.map((_, i) => String(i + 1)), `${cols.length + 1}=${n + 1}/${d + 1}`]);
          const expected: string[] = [];
          rows.forEach((r, i) => {
            const vals = cols.map((_, j) => r.values[j]);
            const ratio = (vals[n] / vals[d]) * 100;
            const typed = Math.round((ratio + r.off) * 10) / 10;
            grid.push([String(i + 1), `Chỉ tiêu số ${i + 1}`, ...vals, typed]);
            // A whole number typed shows no decimals: it stands for anything that rounds to it.
            const tolerance = Number.isInteger(typed) ? 0.5 : 0.05;
            if (Math.abs(typed - ratio) > tolerance + 1e-9) expected.push(`Chỉ tiêu số ${i + 1}`);
          });
          const report = reportOf(grid);
          const ratioCol = String.fromCharCode(65 + 2 + cols.length);
          const found = report.checks.filter((c) => c.cell.startsWith(ratioCol));
          expect(found.map((c) => c.indicator)).toEqual(expected);
          for (const f of found) {
            const row = rows[Number(f.indicator.split(' ').pop()) - 1];
            expect(f.computed).toBeCloseTo((row.values[n] / row.values[d]) * 100, 9);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a ratio naming a side that matches several columns is never checked, and says so once', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Kế hoạch', 'Thực hiện'),
        fc.array(fc.integer({ min: 1, max: 100000 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 1, max: 500 }),
        (word, values, typed) => {
          // Two 2025 columns of the same word (6 months and the year): `… 2025` names neither alone.
          const header = [
            'Chỉ tiêu',
            `${word} 6 tháng 2025`,
            `${word} năm 2025`,
            'Kế hoạch năm 2026',
            'Thực hiện năm 2024',
          ];
          header.push(`So sánh ${word} 2025 với Thực hiện 2024`);
          const r = reportOf([header, ['Thu ngân sách', ...values, typed]]);
          expect(r.checks.filter((c) => c.cell.startsWith('F'))).toEqual([]);
          expect(r.notices?.filter((n) => n.includes('cột F'))).toHaveLength(1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
