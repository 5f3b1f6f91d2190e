/**
 * What an overview counts and the period it names, and the sentences of a row with two targets:
 * an overview that says "được … giao" counts the statuses against what the superior assigned, then
 * tallies the unit's own targets; every judgement of a row with two targets names the target it is
 * against; the lead is the period of the statuses counted, `ước cả năm` only for an estimated full
 * year; a part of a year that has reached the year's target says so without a pace, and a cap still
 * being used up is a share of the year's maximum. Each case is a small grid of the reviewed shape,
 * read against hand-computed figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { narrate } from '../../src/core/narrative';
import { elapsedWords } from '../../src/core/narrative/overview';

function sentences(values: CellValue[][], unitName = 'phường'): string[] {
  const run = runReport([{ sheet: 'S', values }]);
  if (!run.ok) throw new Error(run.message);
  return narrate(run.report, { unitName });
}

/** Own targets stricter than the city's: against the city all eight are met, against the ward four. */
const TWO_TARGETS = [
  'STT',
  'Chỉ tiêu',
  'ĐVT',
  'Chỉ tiêu thành phố giao 2025',
  'Chỉ tiêu phường đề ra 2025',
  'Ước thực hiện 2025',
];
const EIGHT: CellValue[][] = [
  [1, 'Thu ngân sách', 'Triệu đồng', 80000, 90000, 85000],
  [2, 'Kết nạp đảng viên mới', 'Đảng viên', 10, 12, 11],
  [3, 'Tỷ lệ hộ gia đình văn hóa', '%', 90, 93, 91.5],
  [4, 'Tỷ lệ hộ nghèo', '%', 'Dưới 1%', 'Dưới 0,8%', 0.9],
  [5, 'Giao quân', 'Người', 10, 10, 10],
  [6, 'Số hộ kinh doanh đăng ký mới', 'Hộ', 100, 120, 130],
  [7, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 90, 92, 93],
  [8, 'Số mô hình dân vận khéo', 'Mô hình', 4, 5, 6],
];

describe('an overview that says "được … giao" counts what the superior assigned', () => {
  it('«phường được thành phố giao 08 chỉ tiêu, ước cả năm 4/8» → 8/8 against the city, then the ward’s own 4/8', () => {
    const n = sentences([TWO_TARGETS, ...EIGHT]);
    // Against the city: 85.000 ≥ 80.000, 11 ≥ 10, 91,5 ≥ 90, 0,9 < 1, 10 = 10, 130 ≥ 100, 93 ≥ 90, 6 ≥ 4:
    // seven above and one equal. Against the ward: 130 ≥ 120, 93 ≥ 92, 6 ≥ 5 above, 10 = 10 equal; four missed.
    expect(n[0]).toBe(
      'Năm 2025 phường được thành phố giao 08 chỉ tiêu, ước cả năm 8/8 chỉ tiêu đều đạt và vượt (07 vượt, 01 đạt).',
    );
    expect(n[1]).toBe(
      'So với chỉ tiêu phường đề ra, ước cả năm 4/8 chỉ tiêu đạt và vượt (03 vượt, 01 đạt); 04 chỉ tiêu chưa đạt: thu ngân sách, kết nạp đảng viên mới, tỷ lệ hộ gia đình văn hóa và tỷ lệ hộ nghèo.',
    );
    expect(n.join(' ')).not.toMatch(/^Còn \d+ chỉ tiêu chưa đạt/m);
  });
  it('an amount names both shares with "và" and the target it misses', () => {
    const [, , revenue, , , , exact] = sentences([TWO_TARGETS, ...EIGHT]);
    // 85.000/80.000 = 106,25%; 85.000/90.000 = 94,44%.
    expect(revenue).toBe(
      'Thu ngân sách ước đạt 85.000 triệu đồng, bằng 106,3% chỉ tiêu thành phố giao và 94,4% chỉ tiêu phường đề ra, chưa đạt chỉ tiêu phường đề ra.',
    );
    // «bằng 100% chỉ tiêu quận giao, 100% chỉ tiêu phường đề ra» → both met exactly.
    expect(exact).toBe('Ước giao quân được 10 người, đạt chỉ tiêu thành phố giao và chỉ tiêu phường đề ra.');
  });
  it('a rate and a lower-is-better figure name which target each comparison is against', () => {
    const n = sentences([TWO_TARGETS, ...EIGHT]);
    expect(n).toContain(
      'Tỷ lệ hộ gia đình văn hóa ước đạt 91,5%, vượt chỉ tiêu thành phố giao (90%), thấp hơn 1,5 điểm phần trăm so với chỉ tiêu phường đề ra (93%).',
    );
    expect(n).toContain(
      'Tỷ lệ hộ nghèo ước là 0,9%, đạt chỉ tiêu thành phố giao (dưới 1%), cao hơn chỉ tiêu phường đề ra (dưới 0,8%).',
    );
    // Not one bare "chỉ tiêu (…)" or bare "chưa đạt." where two targets could be meant.
    for (const s of n.slice(2)) {
      expect(s).not.toMatch(/chỉ tiêu \(/);
      expect(s).not.toMatch(/chưa đạt\.$/);
    }
  });
  it('the superior comes from the assigned column when no title block names it (quận, huyện)', () => {
    for (const level of ['quận', 'huyện']) {
      const header = [
        'STT',
        'Chỉ tiêu',
        'ĐVT',
        `Chỉ tiêu ${level} giao 2024`,
        'Chỉ tiêu xã đề ra 2024',
        'Thực hiện năm 2024',
      ];
      const n = sentences([header, [1, 'Thu ngân sách', 'Triệu đồng', 100, 120, 110]], 'xã');
      expect(n[0]).toBe(`Năm 2024 xã được ${level} giao 01 chỉ tiêu, kết quả hoàn thành vượt mức 01 chỉ tiêu.`);
      expect(n[1]).toBe(
        'So với chỉ tiêu xã đề ra, kết quả chưa có chỉ tiêu nào đạt; 01 chỉ tiêu chưa đạt: thu ngân sách.',
      );
    }
  });
});

describe('the overview names the period of the statuses it counts', () => {
  it('«Từ năm 2022 đến năm 2023» over 2023’s statuses → `Năm 2023`', () => {
    const header = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2022', 'Thực hiện 2022', 'Kế hoạch 2023', 'Thực hiện 2023'];
    const n = sentences([
      header,
      [1, 'Thu ngân sách', 'Triệu đồng', 10000, 9000, 11000, 12000],
      [2, 'Kết nạp đảng viên', 'Đảng viên', 10, 12, 10, 9],
    ]);
    expect(n[0]).toBe('Năm 2023 phường được giao 02 chỉ tiêu, kết quả 1/2 chỉ tiêu đạt và vượt.');
    expect(n[1]).toBe('Còn 01 chỉ tiêu chưa đạt: kết nạp đảng viên.');
  });
  it('«Tháng 10» over ten months’ running totals → `Mười tháng đầu năm 2024`', () => {
    const n = sentences([
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU THÁNG 10 NĂM 2024'],
      [],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện tháng 10', 'Lũy kế 10 tháng'],
      [1, 'Thu ngân sách', 'Triệu đồng', 10000, 900, 8800],
      [2, 'Kết nạp đảng viên', 'Đảng viên', 10, 1, 9],
    ]);
    expect(n[0]).toBe('Mười tháng đầu năm 2024, phường thực hiện 02 chỉ tiêu được giao, 02 chỉ tiêu đang thực hiện.');
  });
  it('an estimated six months says `ước`, never `ước cả năm`; an estimated year says `ước cả năm`', () => {
    const rows: CellValue[][] = [
      [1, 'Thu ngân sách', 'Triệu đồng', 10000, 5200],
      [2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 1%', 0.8],
      [3, 'Số vụ cháy nổ', 'Vụ', 'Không quá 5', 1],
    ];
    const half = sentences([['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2025', 'Ước thực hiện 6 tháng 2025'], ...rows]);
    expect(half[0]).toBe(
      'Sáu tháng đầu năm 2025, phường thực hiện 03 chỉ tiêu được giao, ước 1/3 chỉ tiêu đạt và vượt, 02 chỉ tiêu đang thực hiện.',
    );
    expect(half.join(' ')).not.toMatch(/cả năm \d/);
    const year = sentences([['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2025', 'Ước thực hiện 2025'], ...rows]);
    // 5.200 of 10.000 is not met; 0,8% under 1% and 01 of at most 05 are.
    expect(year[0]).toBe('Năm 2025 phường được giao 03 chỉ tiêu, ước cả năm 2/3 chỉ tiêu đạt và vượt.');
  });
  it('a term: `Nhiệm kỳ 2020 - 2025`, and only rows with a Nghị quyết target are "chỉ tiêu Nghị quyết"', () => {
    const header = [
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Chỉ tiêu nhiệm kỳ 2020-2025',
      ...[2020, 2021, 2022, 2023, 2024, 2025].map((y) => `Thực hiện ${y}`),
    ];
    const n = sentences([
      header,
      [1, 'Kết nạp đảng viên', 'Đảng viên', 60, 12, 11, 10, 12, 11, 13],
      [2, 'Thu ngân sách', 'Tỷ đồng', 'Tăng bình quân 5%/năm', 20, 21, 22, 23, 24, 26],
      [3, 'Số hộ kinh doanh', 'Hộ', null, 100, 110, 120, 125, 130, 140],
    ]);
    expect(n[0]).toMatch(/^Nhiệm kỳ 2020 - 2025, phường thực hiện 02 chỉ tiêu Nghị quyết Đại hội đề ra, /);
    expect(n.find((x) => /số hộ kinh doanh/i.test(x))).toMatch(/\(Nghị quyết không đề ra mức cụ thể, /);
    expect(n.join(' ')).not.toMatch(/chưa đủ số liệu/);
  });
  it('the time a term has run: whole and half years as they are, else `gần`/`hơn` — never `2,75 năm`', () => {
    expect(elapsedWords(3)).toBe('3 năm');
    expect(elapsedWords(3.5)).toBe('3,5 năm');
    expect(elapsedWords(2.75)).toBe('gần 3 năm');
    expect(elapsedWords(2.25)).toBe('hơn 2 năm');
    expect(elapsedWords(0.75)).toBe('9 tháng');
    const done = ['2021', '2022', '9 tháng 2023'].map((y) => `Thực hiện ${y}`);
    const header = ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu nhiệm kỳ 2020-2025', ...done];
    const n = sentences([header, [1, 'Kết nạp đảng viên', 'Đảng viên', 60, 12, 11, 10]]);
    expect(n[0]).toMatch(/^Sau gần 3 năm thực hiện Nghị quyết, /);
  });
  it('property: the tally counts exactly the statuses of the year the lead names', () => {
    const cell = fc.option(fc.integer({ min: 1, max: 200 }), { nil: null, freq: 4 });
    const row = fc.tuple(cell, cell, cell, cell);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        const header = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2022', 'Thực hiện 2022', 'Kế hoạch 2023', 'Thực hiện 2023'];
        const values: CellValue[][] = [header, ...rows.map((r, k) => [k + 1, `Số hồ sơ loại ${k + 1}`, 'Hồ sơ', ...r])];
        const run = runReport([{ sheet: 'S', values }]);
        if (!run.ok) return;
        const first = narrate(run.report, { unitName: 'phường' })[0] ?? '';
        const lead =
          /^Năm (\d{4}) phường được giao (\d+) chỉ tiêu, kết quả (?:(\d+)\/\d+|hoàn thành vượt mức (\d+))/.exec(first);
        if (!lead) return;
        const year = lead[1];
        // By hand: the year each row is judged on is its latest with a target and an actual.
        const judged = rows.map(([t22, a22, t23, a23]) =>
          t23 !== null && a23 !== null
            ? { y: '2023', met: a23 >= t23 }
            : t22 !== null && a22 !== null
              ? { y: '2022', met: a22 >= t22 }
              : null,
        );
        const inYear = judged.filter((j) => j && j.y === year);
        // A row with a target but no actual yet is given but has no status to count.
        const unjudged = rows.filter(([t22, , t23], k) => !judged[k] && (t22 !== null || t23 !== null)).length;
        expect(Number(lead[2])).toBe(inYear.length + unjudged);
        expect(Number(lead[3] ?? lead[4])).toBe(inYear.filter((j) => j!.met).length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('part of a year', () => {
  const NINE = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2025', 'Thực hiện 9 tháng 2025', 'Cùng kỳ'];
  it('«Giao quân được 12 người, bằng 100% kế hoạch năm, vượt tiến độ (50%)» → `hoàn thành 100% chỉ tiêu năm`', () => {
    const half = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2025', 'Thực hiện 6 tháng 2025'];
    const n = sentences([half, [1, 'Giao quân', 'Người', 12, 12]]);
    expect(n).toContain('Sáu tháng đầu năm 2025, giao quân được 12 người, hoàn thành 100% chỉ tiêu năm.');
  });
  it('«bằng 66,7% chỉ tiêu năm (12 vụ), trong mức tiến độ (75%)» → `xảy ra 08 vụ, giảm 01 vụ so với cùng kỳ, bằng 66,7% mức tối đa cả năm (12 vụ)`', () => {
    const n = sentences([NINE, [1, 'Số vụ tai nạn giao thông', 'Vụ', 'Không quá 12', 8, 9]]);
    // 8/12 = 66,67%; 8 − 9 = −1.
    expect(n).toContain(
      'Chín tháng đầu năm 2025, xảy ra 08 vụ tai nạn giao thông, giảm 01 vụ so với cùng kỳ, bằng 66,7% mức tối đa cả năm (12 vụ).',
    );
    expect(n.join(' ')).not.toMatch(/mức tiến độ/);
  });
  it('a count that is not an event keeps its name; a rise against cùng kỳ is said too', () => {
    const n = sentences([NINE, [1, 'Số hộ vi phạm vệ sinh môi trường', 'Hộ', 'Không quá 40', 20, 15]]);
    // 20/40 = 50%; 20/15 − 1 = +33,3%.
    expect(n).toContain(
      'Chín tháng đầu năm 2025, số hộ vi phạm vệ sinh môi trường là 20 hộ, tăng 33,3% so với cùng kỳ, bằng 50% mức tối đa cả năm (40 hộ).',
    );
  });
});
