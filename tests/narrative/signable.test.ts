/**
 * Sentences an officer signs without editing: an estimate says `ước`, a budget's target is its
 * `dự toán`, and a target not met is said after the change against cùng kỳ, never wedged before a
 * good one. Each verbatim example of the editor's review is rebuilt on a small grid of its shape and
 * read in its fixed form; properties check the rule on random rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import type { IndicatorResult } from '../../src/core/indicator';
import { defaultNarrativeSettings, indicatorSentence } from '../../src/core/narrative';
import { targetInWords } from '../../src/core/narrative/quoted';
import { NAMES, UNITS } from './arbitraries';

function indicators(values: Grid['values']): IndicatorResult[] {
  const run = runReport([{ sheet: 'S', values }]);
  if (!run.ok) throw new Error(run.message);
  return run.report.tables[0].indicators;
}

function said(values: Grid['values'], k = 0): string {
  return indicatorSentence(indicators(values)[k], defaultNarrativeSettings) ?? '';
}

const ESTIMATED = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2025', 'Ước thực hiện 2025', 'Thực hiện 2024'];
const BUDGET = ['STT', 'Chỉ tiêu', 'ĐVT', 'Dự toán năm 2025', 'Ước thực hiện năm 2025'];
const ANNUAL = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Cùng kỳ'];
/** A term in progress: its target, two reported years, and 2023 estimated or reported. */
const termSoFar = (estimated: boolean) => [
  'STT',
  'Chỉ tiêu',
  'ĐVT',
  'Chỉ tiêu nhiệm kỳ 2020-2025',
  'Thực hiện 2021',
  'Thực hiện 2022',
  estimated ? 'Ước thực hiện 2023' : 'Thực hiện 2023',
];

describe('an estimate is never stated as fact', () => {
  it('«Thu ngân sách đạt 92.450 triệu đồng, bằng 107,1% kế hoạch.» under `Ước thực hiện` → `ước đạt`', () => {
    // 92.450 / 86.300 = 107,13%: hand-computed.
    expect(said([ESTIMATED, [1, 'Thu ngân sách', 'Triệu đồng', 86300, 92450, null]])).toBe(
      'Thu ngân sách ước đạt 92.450 triệu đồng, bằng 107,1% kế hoạch.',
    );
  });
  it('each estimate header marks it: `Ước TH`, `ƯTH`, `Ước cả năm`', () => {
    for (const header of ['Ước TH 2025', 'ƯTH 2025', 'Ước cả năm 2025']) {
      const s = said([
        ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2025', header],
        [1, 'Thu ngân sách', 'Triệu đồng', 86300, 92450],
      ]);
      expect(s, header).toBe('Thu ngân sách ước đạt 92.450 triệu đồng, bằng 107,1% kế hoạch.');
    }
  });
  it('an action, a count named by its unit and a lower-is-better figure each take `ước` before their verb', () => {
    expect(said([ESTIMATED, [1, 'Kết nạp đảng viên mới', 'Đảng viên', 10, 12, null]])).toMatch(
      /^Ước kết nạp được 12 đảng viên mới, bằng 120% kế hoạch/,
    );
    expect(said([ESTIMATED, [1, 'Giải quyết việc làm cho người lao động', 'Người', 2500, 2635, null]])).toMatch(
      /^Ước giải quyết việc làm cho 2\.635 lao động, /,
    );
    expect(said([ESTIMATED, [1, 'Số hộ nghèo', 'Hộ', 'Dưới 20', 14, 16]])).toBe(
      'Số hộ nghèo ước giảm còn 14 hộ, đạt chỉ tiêu (dưới 20 hộ).',
    );
  });
  it('a from–to phrase reads `(ước năm 2025)`; a `Cụ thể` list `năm 2025 ước …`', () => {
    const header = [
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Thực hiện 2022',
      'Thực hiện 2023',
      'Thực hiện 2024',
      'Ước thực hiện 2025',
    ];
    const poor = said([header, [1, 'Số hộ nghèo', 'Hộ', 40, 31, 22, 14]]);
    expect(poor).toMatch(/^Số hộ nghèo giảm từ 40 hộ \(năm 2022\) xuống còn 14 hộ \(ước năm 2025\)/);
    const plans = ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu nhiệm kỳ', 'Năm 2023', null, 'Năm 2024', null, 'Năm 2025', null];
    const sub = [null, null, null, null, 'KH', 'TH', 'KH', 'TH', 'KH', 'Ước TH'];
    const term = said([plans, sub, [1, 'Thu ngân sách', 'Tỷ đồng', 20, 19, 21, 20, 22, 21, 25]]);
    expect(term).toContain('; năm 2025 ước thu cao nhất 25 tỷ đồng, đạt 119% kế hoạch.');
    expect(term).not.toMatch(/năm 2023 ước|năm 2024 ước/);
  });
  it('a term so far whose last year is an estimate: `Từ đầu nhiệm kỳ đến hết năm 2023, ước kết nạp được …`, `ước tăng bình quân`', () => {
    const header = termSoFar(true);
    const rows = indicators([
      header,
      [1, 'Thu ngân sách', 'Tỷ đồng', 'Tăng bình quân 8%/năm', 20, 22, 24],
      [2, 'Kết nạp đảng viên', 'Đảng viên', 60, 12, 11, 10],
      [3, 'Tỷ lệ hộ nghèo', '%', 'Dưới 2%', 2.5, 2.1, 1.8],
    ]);
    const [growth, members, poor] = rows.map((i) => indicatorSentence(i, defaultNarrativeSettings) ?? '');
    // (24/20)^(1/2) − 1 = 9,54%.
    expect(growth).toMatch(/^Từ năm 2021 đến năm 2023, thu ngân sách ước tăng bình quân 9,5%\/năm, /);
    expect(members).toMatch(/^Từ đầu nhiệm kỳ đến hết năm 2023, ước kết nạp được 33 đảng viên, đạt 55% /);
    expect(poor).toMatch(/xuống còn 1,8% \(ước năm 2023\)/);
  });
  it('an estimated part of a year is led by its period; the estimated year after it never repeats its lead', () => {
    const partEstimated = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2025', 'Ước thực hiện 6 tháng 2025'];
    expect(said([partEstimated, [1, 'Số vụ cháy nổ', 'Vụ', 'Không để xảy ra', 1]])).toBe(
      'Sáu tháng đầu năm 2025 ước xảy ra 01 vụ cháy nổ, chưa đạt chỉ tiêu (không để xảy ra).',
    );
    expect(said([partEstimated, [1, 'Thu ngân sách', 'Triệu đồng', 10000, 5200]])).toBe(
      'Sáu tháng đầu năm 2025, thu ngân sách ước đạt 5.200 triệu đồng, bằng 52% kế hoạch năm, vượt tiến độ (50%).',
    );
    const withYear = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2025', 'Thực hiện 6 tháng 2025', 'Ước thực hiện 2025'];
    expect(said([withYear, [1, 'Số vụ cháy nổ', 'Vụ', 'Không để xảy ra', 0, 1]])).toBe(
      'Sáu tháng đầu năm 2025, không để xảy ra vụ cháy nổ. Ước cả năm xảy ra 01 vụ cháy nổ, chưa đạt chỉ tiêu (không để xảy ra).',
    );
  });
  it('property: `ước` in every sentence whose figure is an estimate, never in one whose figure is not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.constantFrom(...UNITS),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
        fc.boolean(),
        (name, unit, target, actual, previous, estimated) => {
          const header = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', estimated ? 'Ước thực hiện' : 'Thực hiện', 'Cùng kỳ'];
          const s = said([header, [1, name, unit, target, actual, previous]]);
          expect(/(?:^|[\s(])ước\s/iu.test(s), s).toBe(estimated);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('an estimate over years', () => {
  it('property: a run of years ending on an estimate says `ước`; one ending on a reported year does not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Thu ngân sách', 'Số hộ nghèo', 'Kết nạp đảng viên', 'Tỷ lệ hộ nghèo', 'Số tổ dân phố văn hóa'),
        fc.constantFrom('Tỷ đồng', 'Hộ', 'Đảng viên', '%', 'Tổ dân phố'),
        fc.constantFrom(null, 60, 'Dưới 2%', 'Tăng bình quân 8%/năm'),
        fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 3, maxLength: 3 }),
        fc.boolean(),
        (name, unit, target, values, estimated) => {
          const header = termSoFar(estimated);
          const s = said([header, [1, name, unit, target, ...values]]);
          expect(/(?:^|[\s(])ước\s/iu.test(s), s).toBe(estimated);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('budget words: a `Dự toán` column is the dự toán', () => {
  it('«bằng 110,8% kế hoạch» against `Dự toán` → `bằng 110,8% dự toán`', () => {
    // 13.296 / 12.000 = 110,8%.
    expect(said([BUDGET, [1, 'Thu ngân sách', 'Triệu đồng', 12000, 13296]])).toBe(
      'Thu ngân sách ước đạt 13.296 triệu đồng, bằng 110,8% dự toán.',
    );
    const plain = ['STT', 'Chỉ tiêu', 'ĐVT', 'Dự toán', 'Thực hiện'];
    expect(said([plain, [1, 'Thu ngân sách', 'Triệu đồng', 12000, 13296]])).toBe(
      'Thu ngân sách đạt 13.296 triệu đồng, bằng 110,8% dự toán.',
    );
  });
  it('spending is told against its dự toán, never "chưa đạt": `Chi thường xuyên ước thực hiện 10.062 triệu đồng, bằng 96,3% dự toán`', () => {
    // 10.062 / 10.450 = 96,29%.
    expect(said([BUDGET, [1, 'Chi thường xuyên', 'Triệu đồng', 10450, 10062]])).toBe(
      'Chi thường xuyên ước thực hiện 10.062 triệu đồng, bằng 96,3% dự toán.',
    );
  });
  it('revenue below its dự toán still says it was not met', () => {
    expect(said([BUDGET, [1, 'Thu ngân sách', 'Triệu đồng', 12000, 11000]])).toBe(
      'Thu ngân sách ước đạt 11.000 triệu đồng, bằng 91,7% dự toán, chưa đạt.',
    );
  });
  it('two dự toán, one sentence: `bằng 104,2% dự toán quận giao và 86,9% dự toán phường đề ra`', () => {
    const header = ['STT', 'Chỉ tiêu', 'ĐVT', 'Dự toán quận giao', 'Dự toán phường', 'Thực hiện'];
    expect(said([header, [1, 'Thu ngân sách', 'Triệu đồng', 10000, 12000, 10424]])).toMatch(
      /^Thu ngân sách đạt 10\.424 triệu đồng, bằng 104,2% dự toán quận giao và 86,9% dự toán phường đề ra, chưa đạt dự toán phường đề ra\.$/,
    );
  });
  it('the overview counts no spending among targets met or missed, and says so; a high revenue is "% dự toán"', () => {
    const run = runReport([
      {
        sheet: 'S',
        values: [
          BUDGET,
          [1, 'Thu ngân sách', 'Triệu đồng', 12000, 20400],
          [2, 'Chi thường xuyên', 'Triệu đồng', 10450, 10062],
          [3, 'Chi đầu tư phát triển', 'Triệu đồng', 3000, 2100],
        ],
      },
    ]);
    if (!run.ok) throw new Error(run.message);
    const [overview, spending] = run.report.narrative;
    // 20.400 / 12.000 = 170%.
    expect(overview).toBe(
      'Năm 2025 có 01 chỉ tiêu được giao, ước cả năm hoàn thành vượt mức 01 chỉ tiêu, trong đó có chỉ tiêu đạt cao như thu ngân sách đạt 170% dự toán.',
    );
    expect(spending).toBe(
      'Chi thường xuyên và chi đầu tư phát triển được so sánh với dự toán, không tính vào số chỉ tiêu đạt hay chưa đạt.',
    );
    expect(run.report.narrative.join(' ')).not.toContain('chưa đạt: chi');
  });
  it('years against their dự toán: `bằng 106,1% tổng dự toán`, each year `bằng 105% dự toán`; spending `thực hiện`', () => {
    const top = ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2021', null, 'Năm 2022', null, 'Năm 2023', null];
    const sub = [null, null, null, 'Dự toán', 'TH', 'Dự toán', 'TH', 'Dự toán', 'Ước TH'];
    const grid = [
      top,
      sub,
      [1, 'Thu ngân sách', 'Tỷ đồng', 20, 21, 22, 23, 24, 26],
      [2, 'Chi thường xuyên', 'Tỷ đồng', 20, 19, 22, 21, 24, 23],
    ];
    // 70 / 66 = 106,06%; 63 / 66 = 95,45%.
    expect(said(grid)).toBe(
      'Từ năm 2021 đến năm 2023, thu ngân sách đạt 70 tỷ đồng, bằng 106,1% tổng dự toán. Cụ thể: năm 2021 thu 21 tỷ đồng, bằng 105% dự toán; năm 2022 thu 23 tỷ đồng, bằng 104,5% dự toán; năm 2023 ước thu cao nhất 26 tỷ đồng, bằng 108,3% dự toán.',
    );
    expect(said(grid, 1)).toMatch(
      /^Từ năm 2021 đến năm 2023, chi thường xuyên thực hiện 63 tỷ đồng, bằng 95,5% tổng dự toán\. Cụ thể: năm 2021 chi 19 tỷ đồng, bằng 95% dự toán;/,
    );
  });
  it('property: `dự toán` wherever the target column says so, never where it does not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Thu ngân sách', 'Chi ngân sách', 'Chi đầu tư phát triển', 'Thu thuế ngoài quốc doanh'),
        fc.constantFrom('Dự toán', 'Dự toán năm 2025', 'Kế hoạch', 'KH 2025'),
        fc.integer({ min: 1, max: 90000 }),
        fc.integer({ min: 1, max: 90000 }),
        (name, header, target, actual) => {
          const s = said([
            ['STT', 'Chỉ tiêu', 'ĐVT', header, 'Thực hiện'],
            [1, name, 'Triệu đồng', target, actual],
          ]);
          const budget = header.startsWith('Dự toán');
          expect(s.includes('dự toán'), s).toBe(budget);
          if (budget) expect(s).not.toMatch(/kế hoạch|hoàn thành 100% chỉ tiêu/);
          if (budget && name.startsWith('Chi')) expect(s).not.toContain('chưa đạt');
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('"chưa đạt" is never wedged before a good change', () => {
  it('«…, bằng 99,1% kế hoạch, chưa đạt, tăng 1,6% so với cùng kỳ.» → `… tăng 1,6% so với cùng kỳ nhưng chưa đạt kế hoạch.`', () => {
    // 15.060 / 15.200 = 99,08%; 15.060 / 14.820 = +1,62%.
    expect(said([ANNUAL, [1, 'Thu ngân sách', 'Triệu đồng', 15200, 15060, 14820]])).toBe(
      'Thu ngân sách đạt 15.060 triệu đồng, bằng 99,1% kế hoạch, tăng 1,6% so với cùng kỳ nhưng chưa đạt kế hoạch.',
    );
  });
  it('a bad change keeps the status last: `…, giảm 3,3% so với cùng kỳ, chưa đạt kế hoạch.`', () => {
    expect(said([ANNUAL, [1, 'Thu ngân sách', 'Triệu đồng', 15200, 14500, 15000]])).toBe(
      'Thu ngân sách đạt 14.500 triệu đồng, bằng 95,4% kế hoạch, giảm 3,3% so với cùng kỳ, chưa đạt kế hoạch.',
    );
  });
  it('a rate below its target that rose: `…, tăng 0,8 điểm phần trăm so với cùng kỳ nhưng chưa đạt chỉ tiêu.`', () => {
    expect(said([ANNUAL, [1, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 93, 92.4, 91.6]])).toBe(
      'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,4%, thấp hơn 0,6 điểm phần trăm so với chỉ tiêu (93%), tăng 0,8 điểm phần trăm so với cùng kỳ nhưng chưa đạt chỉ tiêu.',
    );
  });
  it('a cap broken and a rise: `…, cao hơn chỉ tiêu (không quá 06 vụ), tăng 02 vụ so với cùng kỳ, chưa đạt chỉ tiêu.`', () => {
    expect(said([ANNUAL, [1, 'Số vụ vi phạm trật tự xây dựng', 'Vụ', 'Không quá 6', 7, 5]])).toMatch(
      /^Số vụ vi phạm trật tự xây dựng là 07 vụ, cao hơn chỉ tiêu \(không quá 06 vụ\), tăng 02 vụ so với cùng kỳ, chưa đạt chỉ tiêu\.$/,
    );
  });
  it('«đạt 92%, bằng chỉ tiêu (trên 92%)» → a strict target met exactly is chưa đạt, and says so', () => {
    const [ind] = indicators([ANNUAL, [1, 'Tỷ lệ hộ gia đình văn hóa', '%', 'Trên 92%', 92, null]]);
    expect(ind.periods[0].status).toBe('chua_dat');
    expect(said([ANNUAL, [1, 'Tỷ lệ hộ gia đình văn hóa', '%', 'Trên 92%', 92, null]])).toBe(
      'Tỷ lệ hộ gia đình văn hóa đạt 92%, chưa đạt chỉ tiêu (trên 92%).',
    );
  });
  it('a strict cap reached exactly: `Tỷ lệ hộ nghèo là 5%, chưa đạt chỉ tiêu (dưới 5%).`, never "cao hơn"', () => {
    const s = said([ANNUAL, [1, 'Tỷ lệ hộ nghèo', '%', 'Dưới 5%', 5, null]]);
    expect(s).toBe('Tỷ lệ hộ nghèo là 5%, chưa đạt chỉ tiêu (dưới 5%).');
  });
  it('over a term too: an average exactly at `Trên 92%` is chưa đạt, never "thấp hơn"', () => {
    const H = ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu nhiệm kỳ', 'Thực hiện 2021', 'Thực hiện 2022', 'Thực hiện 2023'];
    // (91 + 92 + 93) / 3 = 92.
    expect(said([H, [1, 'Tỷ lệ hộ gia đình văn hóa', '%', 'Trên 92%', 91, 92, 93]])).toMatch(
      /^Tỷ lệ hộ gia đình văn hóa bình quân hàng năm đạt 92%, chưa đạt chỉ tiêu Nghị quyết Đại hội đề ra \(trên 92%\)\./,
    );
    const top = ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2021', null, 'Năm 2022', null, 'Năm 2023', null];
    const sub = [null, null, null, 'KH', 'TH', 'KH', 'TH', 'KH', 'TH'];
    const row = [1, 'Tỷ lệ hộ gia đình văn hóa', '%', 'Trên 92%', 93, 'Trên 92%', 92, 'Trên 92%', 94];
    expect(said([top, sub, row])).toContain('; năm 2022 đạt 92%, chưa đạt chỉ tiêu (trên 92%), các năm còn lại');
  });
  it('property: never `chưa đạt` directly before a favourable change', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.constantFrom(...UNITS),
        fc.oneof(
          fc.integer({ min: 1, max: 2000 }),
          fc.integer({ min: 1, max: 99 }).map((n) => `Trên ${n}%`),
          fc.integer({ min: 1, max: 50 }).map((n) => `Không quá ${n}`),
        ),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        (name, unit, target, actual, previous) => {
          const s = said([ANNUAL, [1, name, unit, target, actual, previous]]);
          expect(s).not.toMatch(/chưa đạt[^,.]*, (?:tăng|giảm|vượt|bằng cùng kỳ)/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a quoted target reads in words', () => {
  it('«(không quá 5 vụ)» → `(không quá 05 vụ)`: counts as the sentence writes them', () => {
    expect(said([ANNUAL, [1, 'Số vụ cháy nổ', 'Vụ', 'Không quá 5', 4, 6]])).toBe(
      'Số vụ cháy nổ giảm còn 04 vụ, đạt chỉ tiêu (không quá 05 vụ).',
    );
  });
  it('«(≤ 3,5%)» → `(không quá 3,5%)`; «(≥ 92%)» → `(92% trở lên)`', () => {
    expect(said([ANNUAL, [1, 'Tỷ lệ hộ nghèo', '%', '≤ 3,5%', 3.2, 3.9]])).toBe(
      'Tỷ lệ hộ nghèo giảm còn 3,2%, đạt chỉ tiêu (không quá 3,5%).',
    );
    expect(said([ANNUAL, [1, 'Tỷ lệ hộ gia đình văn hóa', '%', '≥ 92%', 93.5, 92.8]])).toBe(
      'Tỷ lệ hộ gia đình văn hóa đạt 93,5%, vượt 1,5 điểm phần trăm so với chỉ tiêu (92% trở lên), tăng 0,7 điểm phần trăm so với cùng kỳ.',
    );
  });
  it('each sign has its words: `< 5%` → `dưới 5%`, `> 92%` → `trên 92%`, `>= 88%` → `88% trở lên`', () => {
    expect(targetInWords('< 5%')).toBe('dưới 5%');
    expect(targetInWords('>92%')).toBe('trên 92%');
    expect(targetInWords('>= 88%')).toBe('88% trở lên');
    expect(targetInWords('<= 3 vụ')).toBe('không quá 3 vụ');
    expect(targetInWords('Từ 90 đến 95')).toBe('Từ 90 đến 95');
  });
  it('property: no `≤ ≥ < >` in prose, whatever sign the target is typed with', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.constantFrom(...UNITS),
        fc.constantFrom('≤', '≥', '<', '>', '<=', '>='),
        fc.constantFrom('', ' '),
        fc.oneof(
          fc.integer({ min: 1, max: 99 }).map(String),
          fc.integer({ min: 1, max: 999 }).map((n) => `${n / 10}`.replace('.', ',')),
        ),
        fc.constantFrom('', '%'),
        fc.integer({ min: 0, max: 200 }),
        fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
        (name, unit, sign, space, figure, percent, actual, previous) => {
          const s = said([ANNUAL, [1, name, unit, `${sign}${space}${figure}${percent}`, actual, previous]]);
          expect(s).not.toMatch(/[≤≥<>]/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('an estimated last year equal to the first', () => {
  it('a lower-is-better rate the same in the first year and the estimated last: `ước vẫn là`', () => {
    const header = termSoFar(true);
    expect(said([header, [1, 'Tỷ lệ hộ nghèo', '%', null, 5, 1, 5]])).toBe(
      'Tỷ lệ hộ nghèo năm 2021 là 5%, năm 2023 ước vẫn là 5%.',
    );
  });
});
