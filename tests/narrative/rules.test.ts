/**
 * Issue 11 "Sentences a ward office can sign", rules 1–4 and 6: each verbatim bad sentence of the
 * issue's "Why", rebuilt on a small grid of the same shape, now reads in its fixed form; the seed
 * sentence each shape follows is quoted beside it.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import type { IndicatorResult } from '../../src/core/indicator';
import { defaultNarrativeSettings, indicatorSentence, type NarrativeSettings } from '../../src/core/narrative';

const ANNUAL = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Cùng kỳ'];
const TERM = ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu nhiệm kỳ', 'Thực hiện 2016', 'Thực hiện 2017', 'Thực hiện 2018'];

function indicators(values: Grid['values']): IndicatorResult[] {
  const run = runReport([{ sheet: 'S', values }]);
  if (!run.ok) throw new Error(run.message);
  return run.report.tables[0].indicators;
}

function said(values: Grid['values'], settings: Partial<NarrativeSettings> = {}): string {
  return indicatorSentence(indicators(values)[0], { ...defaultNarrativeSettings, ...settings }) ?? '';
}

/** Every sentence of a one-sheet workbook, its cells formatted as given. */
function narrative(values: Grid['values'], numberFormats?: Grid['numberFormats']): string[] {
  const run = runReport([{ sheet: 'S', values, numberFormats }]);
  if (!run.ok) throw new Error(run.message);
  return run.report.narrative;
}

/** A term table whose years each have a plan (KH) and a result (TH), with the term target beside. */
function termWithYears(
  row: [string, string, unknown, ...[unknown, unknown][]],
  years = ['2015', '2016', '2017'],
): Grid['values'] {
  const top = ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu nhiệm kỳ', ...years.flatMap((y) => [`Năm ${y}`, null])];
  const sub = [null, null, null, null, ...years.flatMap(() => ['KH', 'TH'])];
  const [name, unit, target, ...pairs] = row;
  return [top, sub, [1, name, unit, target, ...pairs.flat()]] as Grid['values'];
}

describe('rule 1: head and word order', () => {
  it('«Tổ dân phố đạt danh hiệu … đạt 08 tổ dân phố, bằng 100% kế hoạch, tăng 14,3%» → one verb, the change in units', () => {
    expect(said([ANNUAL, [1, 'Tổ dân phố đạt danh hiệu Tổ dân phố văn hóa', 'Tổ dân phố', 8, 8, 7]])).toBe(
      'Có 08 tổ dân phố đạt danh hiệu Tổ dân phố văn hóa, hoàn thành 100% chỉ tiêu, tăng 01 tổ dân phố so với cùng kỳ.',
    );
  });
  it('«Thu ngân sách hàng năm hàng năm bình quân đạt …» → never a doubled word', () => {
    const s = said([TERM, [1, 'Thu ngân sách hàng năm', 'Tỷ đồng', 'Bình quân 30 tỷ đồng/năm', 35.5, 36, 35.48]]);
    expect(s).toMatch(/^Thu ngân sách hàng năm bình quân đạt 35,66 tỷ đồng, /);
    expect(s).not.toMatch(/\b(\p{L}+ \p{L}+) \1\b/u);
  });
  it('«… năm 2018 cao nhất 30,7 tỷ đồng» → a verb before "cao nhất": `năm 2018 thu cao nhất 30,7 tỷ đồng`', () => {
    const s = said(
      termWithYears(
        ['Thu ngân sách', 'Tỷ đồng', 23.5, [19.5, 25.3], [16, 26.9], [30.7, 30.7]],
        ['2016', '2017', '2018'],
      ),
    );
    // Seed: `Cụ thể: năm 2015 thu 25,3 tỷ đồng, đạt 130%; …`
    expect(s).toContain(
      'Cụ thể: năm 2016 thu 25,3 tỷ đồng, đạt 129,7% kế hoạch; năm 2017 thu 26,9 tỷ đồng, đạt 168,1% kế hoạch; năm 2018 thu cao nhất 30,7 tỷ đồng, đạt 100% kế hoạch.',
    );
  });
  it('a name holding "đạt" over a term takes `là`, not a second "đạt" (was «Tỷ lệ hộ đạt danh hiệu … bình quân đạt 90,4%»)', () => {
    const s = said([TERM, [1, 'Tỷ lệ hộ đạt danh hiệu Gia đình văn hóa', '%', '88% trở lên', 90.1, 90.5, 90.6]]);
    expect(s).toMatch(/^Tỷ lệ hộ đạt danh hiệu Gia đình văn hóa bình quân hàng năm là 90,4%, vượt chỉ tiêu/);
  });
  it('an indicator typed in upper case reads in sentence case (was «TỔNG THU NGÂN SÁCH … đạt»)', () => {
    expect(said([ANNUAL, [1, 'TỔNG THU NGÂN SÁCH', 'Triệu đồng', 100, 120, 110]])).toBe(
      'Tổng thu ngân sách đạt 120 triệu đồng, bằng 120% kế hoạch, tăng 9,1% so với cùng kỳ.',
    );
  });
  it('a total over years never keeps the name’s "hàng năm" (was «thu ngân sách hàng năm đạt 142,06 tỷ đồng» for three years)', () => {
    const s = said([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2021', 'TH 2021', 'KH 2022', 'TH 2022', 'KH 2023', 'TH 2023'],
      [1, 'Thu ngân sách hàng năm', 'Tỷ đồng', 40, 42.5, 43, 47.25, 46, 52.31],
    ]);
    expect(s).toMatch(/^Từ năm 2021 đến năm 2023, thu ngân sách đạt 142,06 tỷ đồng, bằng 110,1% tổng kế hoạch\./);
  });
  it('a total over the term with an action name: `Trong 3 năm, kết nạp được 40 đảng viên, …`', () => {
    // Seed: `trong 5 năm Đảng bộ đã kết nạp được 71 đảng viên, đạt 130% chỉ tiêu Đại hội đề ra`.
    const s = said([TERM, [1, 'Kết nạp đảng viên', 'Đảng viên', 36, 12, 14, 14]]);
    expect(s).toMatch(/^Trong 3 năm, kết nạp được 40 đảng viên, bằng 111,1% chỉ tiêu Nghị quyết Đại hội đề ra \(/);
  });
});

describe('rule 2: rates and lower is better', () => {
  it('a rate year by year is never «đạt 89,6%, bằng 101,8% kế hoạch»: the value, and the target when a year fell short', () => {
    const s = said(
      termWithYears(
        ['Tỷ lệ hộ gia đình văn hóa', '%', '88% trở lên', [88, 89.6], [88, 87.5], [88, 91]],
        ['2015', '2016', '2017'],
      ),
    );
    expect(s).not.toMatch(/bằng [\d,]+% (?:kế hoạch|chỉ tiêu)/);
    expect(s).toContain(
      'Cụ thể: năm 2015 đạt 89,6%; năm 2016 đạt 87,5%, chưa đạt chỉ tiêu (88%); năm 2017 đạt cao nhất 91%.',
    );
  });
  it('«Tỷ lệ hộ nghèo hàng năm bình quân đạt 3,26%, bằng 108,6% chỉ tiêu nhiệm kỳ (3%), chưa đạt» → lower is better, in words', () => {
    const s = said([TERM, [1, 'Tỷ lệ hộ nghèo', '%', 'Dưới 3%', 3.5, 3.2, 3.08]]);
    expect(s).toBe(
      'Tỷ lệ hộ nghèo giảm từ 3,5% (năm 2016) xuống còn 3,08% (năm 2018), chưa đạt chỉ tiêu Nghị quyết Đại hội đề ra (dưới 3%).',
    );
  });
  it('a lower-is-better average over the term is `là`, against its cap in words, never "đạt … bằng X%"', () => {
    const s = said([TERM, [1, 'Số vụ tai nạn giao thông', 'Vụ', 'Bình quân không quá 20 vụ/năm', 22, 18, 17]]);
    expect(s).toMatch(
      /^Số vụ tai nạn giao thông bình quân hàng năm là 19 vụ, đạt chỉ tiêu Nghị quyết Đại hội đề ra \(bình quân không quá 20 vụ\/năm\)\./,
    );
  });
  it('«Số hộ nghèo giảm từ 60 hộ (năm 2015) còn 14 hộ (năm 2019)» → `xuống còn`, and how the years fared', () => {
    const s = said([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2017', 'TH 2017', 'KH 2018', 'TH 2018', 'KH 2019', 'TH 2019'],
      [1, 'Số hộ nghèo', 'Hộ', 'Dưới 70', 60, 'Dưới 40', 31, 'Dưới 20', 14],
    ]);
    expect(s).toBe(
      'Số hộ nghèo giảm từ 60 hộ (năm 2017) xuống còn 14 hộ (năm 2019), bình quân giảm 51,7%/năm, hàng năm đều đạt chỉ tiêu.',
    );
  });
  it('a lower-is-better figure without a target is `là`, never "đạt", with its change', () => {
    expect(said([ANNUAL, [1, 'Số vụ phạm pháp hình sự', 'Vụ', null, 22, 27]])).toBe(
      'Số vụ phạm pháp hình sự là 22 vụ, giảm 18,5% so với cùng kỳ.',
    );
  });
  it('«giảm còn 15 vụ, thấp hơn chỉ tiêu (16,2 vụ)» → a relative target stays relative: `giảm 16,7% so với cùng kỳ, vượt chỉ tiêu (giảm 10%)`', () => {
    const accidents = (actual: number, previous: number) =>
      said([ANNUAL, [1, 'Số vụ tai nạn giao thông', 'Vụ', 'Giảm 10% so với cùng kỳ', actual, previous]]);
    expect(accidents(15, 18)).toBe(
      'Số vụ tai nạn giao thông là 15 vụ, giảm 16,7% so với cùng kỳ, vượt chỉ tiêu (giảm 10%).',
    );
    // "vượt" only when the reduction goes beyond the target's: exactly 10% is "đạt".
    expect(accidents(18, 20)).toBe(
      'Số vụ tai nạn giao thông là 18 vụ, giảm 10% so với cùng kỳ, đạt chỉ tiêu (giảm 10%).',
    );
    // 26,99 of 30 is a reduction of 10,03%, written `giảm 10%`: not beyond the target as written.
    expect(said([ANNUAL, [1, 'Số vụ tai nạn giao thông', 'Vụ', 'Giảm 10% so với cùng kỳ', 26.99, 30]])).toMatch(
      /giảm 10% so với cùng kỳ, đạt chỉ tiêu \(giảm 10%\)\.$/,
    );
    expect(accidents(17, 18)).toBe(
      'Số vụ tai nạn giao thông là 17 vụ, giảm 5,6% so với cùng kỳ, chưa đạt chỉ tiêu (giảm 10%).',
    );
    expect(accidents(20, 18)).toBe(
      'Số vụ tai nạn giao thông là 20 vụ, tăng 11,1% so với cùng kỳ, chưa đạt chỉ tiêu (giảm 10%).',
    );
  });
  it('a target of growth over cùng kỳ reads the same way: `tăng 20% so với cùng kỳ, vượt chỉ tiêu (tăng 5%)`', () => {
    expect(said([ANNUAL, [1, 'Thu ngân sách', 'Triệu đồng', 'Tăng 5% so với cùng kỳ', 1200, 1000]])).toBe(
      'Thu ngân sách đạt 1.200 triệu đồng, tăng 20% so với cùng kỳ, vượt chỉ tiêu (tăng 5%).',
    );
  });
  it('the target keeps its own words: `không quá 1,5%`, `50 - 55%`', () => {
    expect(said([ANNUAL, [1, 'Tỷ lệ sinh con thứ 3 trở lên', '%', 'Không quá 1,5%', 1.2, 1.4]])).toBe(
      'Tỷ lệ sinh con thứ 3 trở lên giảm còn 1,2%, đạt chỉ tiêu (không quá 1,5%).',
    );
  });
});

describe('rule 3: small counts and zero', () => {
  it('«Giao quân được 12 người, bằng 100% kế hoạch, giảm 14,3%» → `giảm 02 người so với cùng kỳ`', () => {
    expect(said([ANNUAL, [1, 'Giao quân', 'Người', 12, 12, 14]])).toBe(
      'Giao quân được 12 người, hoàn thành 100% chỉ tiêu, giảm 02 người so với cùng kỳ.',
    );
  });
  it('a count of 20 or more still changes by %', () => {
    expect(said([ANNUAL, [1, 'Kết nạp đảng viên mới', 'Đảng viên', 20, 24, 20]])).toBe(
      'Kết nạp được 24 đảng viên mới, bằng 120% kế hoạch, tăng 20% so với cùng kỳ.',
    );
  });
  it('«Số hộ nghèo đạt 00 hộ» without a target → `Không còn hộ nghèo`', () => {
    expect(said([ANNUAL, [1, 'Số hộ nghèo', 'Hộ', null, 0, 3]])).toBe('Không còn hộ nghèo, giảm 03 hộ so với cùng kỳ.');
  });
  it('a met zero target: `Không để xảy ra cháy nổ, đạt chỉ tiêu`', () => {
    expect(said([ANNUAL, [1, 'Số vụ cháy nổ', 'Vụ', 'Không để xảy ra', 0, null]])).toBe(
      'Không để xảy ra vụ cháy nổ, đạt chỉ tiêu.',
    );
  });
  it('a broken zero target names the year: `Năm 2025 xảy ra 01 vụ cháy nổ, chưa đạt`, never `(0)` or `00`', () => {
    const s = said([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2025', 'Thực hiện năm 2025'],
      [1, 'Số vụ cháy nổ', 'Vụ', 'Không để xảy ra', 1],
    ]);
    expect(s).toBe('Năm 2025 xảy ra 01 vụ cháy nổ, chưa đạt chỉ tiêu (không để xảy ra).');
  });
  it('a yes/no actual is its status (was «Chưa đạt, chưa đạt chỉ tiêu (Đạt)»)', () => {
    expect(said([ANNUAL, [1, 'Phường đạt chuẩn văn minh đô thị', '', 'Đạt', 'Chưa đạt', null]])).toBe(
      'Phường đạt chuẩn văn minh đô thị: chưa đạt chỉ tiêu.',
    );
  });
});

describe('rule 4: numbers and units', () => {
  it('a count over several years is a/b padded alike on both sides: `29/24 đảng viên`, `09/08 đảng viên`', () => {
    const s = said([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2018', 'TH 2018', 'KH 2019', 'TH 2019', 'KH 2020', 'TH 2020'],
      [1, 'Kết nạp đảng viên', 'Đảng viên', 8, 9, 8, 9, 8, 11],
    ]);
    // Seeds: `hoàn thiện 696/333 hồ sơ …; Năm 2015 hoàn thiện 121/100 hồ sơ`, `08/08 chi bộ`.
    expect(s).toBe(
      'Từ năm 2018 đến năm 2020, kết nạp được 29/24 đảng viên, bằng 120,8% kế hoạch. Cụ thể: năm 2018 kết nạp 09/08 đảng viên, đạt 112,5% kế hoạch; năm 2019 kết nạp 09/08 đảng viên, đạt 112,5% kế hoạch; năm 2020 kết nạp cao nhất 11/08 đảng viên, đạt 137,5% kế hoạch.',
    );
  });
  it('a rate is stated with at most two decimals, as the sheet shows it (was «đạt 91,589%»)', () => {
    expect(said([ANNUAL, [1, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 90, 91.589, null]])).toBe(
      'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,59%, vượt 1,59 điểm phần trăm so với chỉ tiêu (90%).',
    );
  });
  it('a share typed as its counts keeps them: `là 84% (42/50 tổ dân phố)`', () => {
    // Seeds: `8/9 tổ dân phố đạt tổ dân phố văn hóa`, `Điều tra khám phá 121/129 vụ … đạt 93,7%`.
    expect(said([ANNUAL, [1, 'Tổ dân phố đạt danh hiệu văn hóa', 'Tổ dân phố', '40/50', '42/50', null]])).toBe(
      'Tổ dân phố đạt danh hiệu văn hóa là 84% (42/50 tổ dân phố), vượt 4 điểm phần trăm so với chỉ tiêu (40/50 tổ dân phố).',
    );
  });
  it('a rate computed from two counts of its table keeps them: `đạt 93,8% (121/129 vụ)`', () => {
    const lines = narrative([
      ANNUAL,
      [1, 'Số vụ phạm pháp hình sự xảy ra', 'Vụ', null, 129, 120],
      [2, 'Số vụ phạm pháp hình sự được điều tra khám phá', 'Vụ', null, 121, 100],
      [3, 'Tỷ lệ điều tra khám phá các vụ phạm pháp hình sự', '%', 75, 93.8, 83.3],
    ]);
    expect(lines).toContain(
      'Tỷ lệ điều tra khám phá các vụ phạm pháp hình sự đạt 93,8% (121/129 vụ), vượt 18,8 điểm phần trăm so với chỉ tiêu (75%), tăng 10,5 điểm phần trăm so với cùng kỳ.',
    );
  });
  it('never a pair the table does not give: counts of other things, or a quotient that is not the rate', () => {
    const lines = narrative([
      ANNUAL,
      [1, 'Số hộ gia đình', 'Hộ', null, 1200, null],
      [2, 'Số hộ gia đình đạt danh hiệu Gia đình văn hóa', 'Hộ', null, 1100, null],
      [3, 'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa', '%', 88, 91.69, null],
      [4, 'Số vụ cháy', 'Vụ', null, 5, null],
      [5, 'Số vụ tai nạn', 'Vụ', null, 10, null],
      [6, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 40, 50, null],
    ]);
    expect(lines.join(' ')).not.toMatch(/\(\d+\/\d+/);
  });
  it('a figure copied from a cell has at most the decimals its number format shows: `25,3 tỷ đồng` for 25,34 in `0.0`', () => {
    const formats = [[], [null, null, null, '0.0', '0.0', '0.0']];
    expect(narrative([ANNUAL, [1, 'Thu ngân sách', 'Tỷ đồng', 20, 25.34, 22]], formats)).toContain(
      'Thu ngân sách đạt 25,3 tỷ đồng, bằng 126,7% kế hoạch, tăng 15,2% so với cùng kỳ.',
    );
    // A rate the sheet keeps with two decimals keeps two: `0.00%`.
    const rate = [[], [null, null, null, '0%', '0.00%', '0.00%']];
    expect(narrative([ANNUAL, [1, 'Tỷ lệ hộ gia đình văn hóa', '%', 0.88, 0.91694, 0.908]], rate)).toContain(
      'Tỷ lệ hộ gia đình văn hóa đạt 91,69%, vượt 3,69 điểm phần trăm so với chỉ tiêu (88%), tăng 0,89 điểm phần trăm so với cùng kỳ.',
    );
  });
  it('no leading zero on a year or a duration', () => {
    const s = said([TERM, [1, 'Chi ngân sách', 'Tỷ đồng', null, 20.5, 25.452, 26]]);
    expect(s).toContain('tổng 3 năm 71 tỷ 952 triệu đồng');
    expect(s).not.toMatch(/\b0\d (?:năm|tháng)\b|năm 0\d/);
  });
});

describe('rule 6: the seeds’ shapes', () => {
  const revenue: Grid['values'] = [
    TERM,
    [1, 'Thu ngân sách', 'Tỷ đồng', 'Bình quân 23,5 tỷ đồng/năm', 25.3, 26.9, 30.7],
  ];
  it('`vượt 17,6% so với chỉ tiêu Nghị quyết Đại hội đề ra` (the excess), or the share by the setting', () => {
    expect(said(revenue)).toMatch(
      /^Thu ngân sách bình quân hàng năm đạt 27,63 tỷ đồng, vượt 17,6% so với chỉ tiêu Nghị quyết Đại hội đề ra \(23,5 tỷ đồng\)\./,
    );
    expect(said(revenue, { termExcess: 'share', termGoal: 'nhiem_ky' })).toMatch(
      /^Thu ngân sách bình quân hàng năm đạt 27,63 tỷ đồng, bằng 117,6% chỉ tiêu nhiệm kỳ \(23,5 tỷ đồng\)\./,
    );
  });
  it('`đạt trung bình 90,42%` by the setting', () => {
    const s = said([TERM, [1, 'Tỷ lệ hộ gia đình văn hóa', '%', '88% trở lên', 90.1, 90.5, 90.66]], {
      averageWord: 'trung_binh',
    });
    expect(s).toMatch(/^Tỷ lệ hộ gia đình văn hóa đạt trung bình 90,42%, vượt chỉ tiêu/);
  });
  it('`(chỉ tiêu được giao 88%)` by the setting', () => {
    const row = [1, 'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa', '%', 88, 91.69, 90.8];
    expect(said([ANNUAL, row], { rateTarget: 'given' })).toBe(
      'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa là 91,69% (chỉ tiêu được giao 88%), vượt chỉ tiêu, tăng 0,89 điểm phần trăm so với cùng kỳ.',
    );
  });
  it('`hàng năm đều vượt chỉ tiêu (88%)`, or `hàng năm trên 88%` by the setting, for years without a term target', () => {
    const years: Grid['values'] = [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2018', 'TH 2018', 'KH 2019', 'TH 2019', 'KH 2020', 'TH 2020'],
      [1, 'Tỷ lệ hộ gia đình văn hóa', '%', 88, 89.5, 88, 90.8, 88, 91.69],
    ];
    expect(said(years)).toMatch(
      /^Tỷ lệ hộ gia đình văn hóa bình quân hàng năm đạt 90,66%, hàng năm đều vượt chỉ tiêu \(88%\)\./,
    );
    expect(said(years, { everyYear: 'above' })).toMatch(/, hàng năm trên 88%\./);
  });
  it('`tăng gấp 3,4 lần` and `hoàn thành 100% chỉ tiêu`', () => {
    expect(said([ANNUAL, [1, 'Thu phí', 'Triệu đồng', 100, 340, 100]])).toContain('tăng gấp 3,4 lần so với cùng kỳ');
    expect(said([ANNUAL, [1, 'Chi ngân sách', 'Triệu đồng', 18200, 18200, null]])).toBe(
      'Chi ngân sách đạt 18.200 triệu đồng, hoàn thành 100% chỉ tiêu.',
    );
  });
  it('`đến cuối năm 2022 là 3,07%`: one level of a term reads by its end', () => {
    const s = said([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu nhiệm kỳ 2020 - 2025', 'Thực hiện 2021', 'Thực hiện 2022'],
      [1, 'Tỷ lệ hộ nghèo', '%', 'Dưới 3%', null, 3.07],
    ]);
    expect(s).toMatch(/^Tỷ lệ hộ nghèo đến cuối năm 2022 là 3,07%, /);
  });
});
