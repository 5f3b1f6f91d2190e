/**
 * How sentences are put together: a rating is never an abbreviation and a `Xếp loại …` row says who
 * was rated; a yes/no action is its own sentence; a name that is a verb phrase is said as a report
 * says it; a part of the row above follows it with `Trong đó,` and no second time phrase; a total is
 * never called an average; a range target reads `từ 5% đến 7%`. Each verbatim example of the review
 * is rebuilt on a small grid of its shape; properties check the rules on random rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { narrate } from '../../src/core/narrative';
import { ratingsInWords } from '../../src/core/narrative/rating';

function sentences(values: CellValue[][]): string[] {
  const run = runReport([{ sheet: 'S', values }]);
  if (!run.ok) throw new Error(run.message);
  return narrate(run.report, { unitName: 'phường' });
}

const YEAR = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024'];
const NINE = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng 2024'];
/** A term in progress: its target and three reported years. */
const TERM_SO_FAR = [
  'STT',
  'Chỉ tiêu',
  'ĐVT',
  'Chỉ tiêu nhiệm kỳ 2020-2025',
  ...[2021, 2022, 2023].map((y) => `Thực hiện ${y}`),
];

describe('ratings in words', () => {
  it('«Xếp loại Đảng bộ phường: HTTNV, chưa đạt chỉ tiêu (HTXSNV).» → who was rated, the ratings in words', () => {
    expect(sentences([YEAR, [1, 'Xếp loại Đảng bộ phường', null, 'HTXSNV', 'HTTNV']])).toContain(
      'Đảng bộ phường được xếp loại hoàn thành tốt nhiệm vụ, chưa đạt chỉ tiêu (hoàn thành xuất sắc nhiệm vụ).',
    );
  });
  it('every abbreviation, old and new, in a name, a target or a rating', () => {
    expect(ratingsInWords('HTXSNV, HTTNV, HTNV, KHTNV, TSVM, TSVMTB, HTT NV')).toBe(
      'Hoàn thành xuất sắc nhiệm vụ, hoàn thành tốt nhiệm vụ, hoàn thành nhiệm vụ, không hoàn thành nhiệm vụ, trong sạch vững mạnh, trong sạch vững mạnh tiêu biểu, hoàn thành tốt nhiệm vụ',
    );
    const n = sentences([NINE, [1, 'Tỷ lệ đảng viên HTTNV trở lên', '%', '85% trở lên', 90]]);
    expect(n.join(' ')).toContain('tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 90%');
  });
  it('a rating over a term states the ratings, the years of one rating together, as the seeds list them', () => {
    const header = TERM_SO_FAR;
    const n = sentences([header, [1, 'Xếp loại Đảng bộ phường', null, 'HTTNV trở lên', 'HTTNV', 'HTXSNV', 'HTXSNV']]);
    expect(n).toContain(
      'Từ đầu nhiệm kỳ đến nay, Đảng bộ phường được xếp loại năm 2021 hoàn thành tốt nhiệm vụ, từ năm 2022 đến năm 2023 hoàn thành xuất sắc nhiệm vụ, đạt chỉ tiêu Nghị quyết (hoàn thành tốt nhiệm vụ trở lên).',
    );
  });
  it('property: no rating abbreviation and no comparison sign anywhere in the prose', () => {
    const rating = fc.constantFrom('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'TSVM', 'Hoàn thành tốt nhiệm vụ');
    const target = fc.oneof(
      rating,
      rating.map((r) => `${r} trở lên`),
      fc.integer({ min: 1, max: 99 }).map((n) => `≥ ${n}%`),
      fc.integer({ min: 1, max: 99 }).map((n) => `< ${n}%`),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Xếp loại chi bộ',
          'Xếp loại Đảng bộ phường',
          'Tỷ lệ chi bộ HTTNV trở lên',
          'Kết quả xếp loại đảng viên',
        ),
        target,
        fc.oneof(rating, fc.integer({ min: 0, max: 100 })),
        (name, t, a) => {
          const unit = typeof a === 'number' ? '%' : null;
          for (const s of sentences([YEAR, [1, name, unit, t, a]])) {
            expect(s).not.toMatch(/\b(?:HTXSNV|HTTNV|HTNV|KHTNV|TSVM)\b/);
            expect(s).not.toMatch(/[≤≥<>]/);
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('names said as reports say them', () => {
  it('«Hoàn thành chỉ tiêu tuyển quân: đạt chỉ tiêu.» → the action is the sentence', () => {
    expect(sentences([YEAR, [1, 'Hoàn thành chỉ tiêu tuyển quân', null, 'Đạt', 'Đạt']])).toContain(
      'Hoàn thành chỉ tiêu tuyển quân.',
    );
    expect(sentences([YEAR, [1, 'Hoàn thành chỉ tiêu tuyển quân', null, 'Đạt', 'Chưa đạt']])).toContain(
      'Chưa hoàn thành chỉ tiêu tuyển quân.',
    );
  });
  it('«Giải quyết việc làm cho người lao động được 2.635 người» → `giải quyết việc làm cho 2.635 lao động`', () => {
    // 2.635/2.500 = 105,4%.
    expect(sentences([YEAR, [1, 'Giải quyết việc làm cho người lao động', 'Người', 2500, 2635]])).toContain(
      'Giải quyết việc làm cho 2.635 lao động, bằng 105,4% kế hoạch.',
    );
  });
  it('«Giảm tỷ lệ sinh con thứ 3 …» → the measure is the subject, the verb of its target dropped', () => {
    expect(sentences([YEAR, [1, 'Giảm tỷ lệ sinh con thứ 3 trở lên', '%', 'Dưới 5%', 4.2]])).toContain(
      'Tỷ lệ sinh con thứ 3 trở lên là 4,2%, đạt chỉ tiêu (dưới 5%).',
    );
  });
  it('«… bình quân hàng năm bình quân đạt …»: a name that says bình quân does not get it twice, and a total is no average', () => {
    const header = TERM_SO_FAR;
    const n = sentences([header, [1, 'Thu ngân sách bình quân hàng năm', 'Tỷ đồng', 20, 19, 21, 22]]);
    for (const s of n) {
      expect(s).not.toMatch(/bình quân(?: hàng năm)? bình quân/);
      // 19 + 21 + 22 = 62 is a total: never "bình quân đạt 62".
      expect(s).not.toMatch(/bình quân[^,]* 62 tỷ/);
    }
  });
  it('«Chín tháng đầu năm 2024, trong đó: Thu thuế …» → `Trong đó, thu thuế …`', () => {
    const n = sentences([
      NINE,
      [1, 'Thu ngân sách', 'Triệu đồng', 10000, 8000],
      [null, 'Trong đó: Thu thuế ngoài quốc doanh', 'Triệu đồng', 5000, 3000],
    ]);
    for (const s of n) expect(s).not.toMatch(/^[^,]*(?:tháng|năm \d{4})[^,]*, trong đó/);
    // 3.000/5.000 = 60% of the year's plan, behind the 75% elapsed.
    expect(n).toContain(
      'Trong đó, thu thuế ngoài quốc doanh đạt 3.000 triệu đồng, bằng 60% kế hoạch năm, chậm so với tiến độ (75%).',
    );
  });
});

describe('a range target', () => {
  it('«cao hơn khoảng chỉ tiêu (Từ 90 đến 95)» → `vượt chỉ tiêu (từ 90% đến 95%)`, never a share of its low end', () => {
    const n = sentences([YEAR, [1, 'Tỷ lệ hồ sơ giải quyết đúng hạn', '%', 'Từ 90 đến 95', 97]]);
    expect(n).toContain('Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97%, vượt chỉ tiêu (từ 90% đến 95%).');
    expect(n.join(' ')).not.toMatch(/bằng \d+(?:,\d+)?%/);
  });
  it('`5-7%` inside and below, each end with its unit', () => {
    expect(sentences([YEAR, [1, 'Tỷ lệ lao động qua đào tạo', '%', '5-7%', 6]])).toContain(
      'Tỷ lệ lao động qua đào tạo đạt 6%, đạt chỉ tiêu (từ 5% đến 7%).',
    );
    expect(sentences([YEAR, [1, 'Tỷ lệ lao động qua đào tạo', '%', 'Từ 5 đến 7%', 4]])).toContain(
      'Tỷ lệ lao động qua đào tạo đạt 4%, thấp hơn chỉ tiêu (từ 5% đến 7%), chưa đạt.',
    );
  });
  it('a count range: its unit once, `từ 90 đến 95 hộ`', () => {
    const n = sentences([YEAR, [1, 'Số hộ kinh doanh đăng ký mới', 'Hộ', 'Từ 90 đến 95', 93]]);
    expect(n.join(' ')).toMatch(/đạt chỉ tiêu \(từ 90 đến 95 hộ\)/);
  });
});
