/**
 * Issue 11 rules 1–4 (sentences a ward office can sign): each verbatim bad sentence of the issue,
 * on a small grid of the same figures, now reads in its fixed form.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { indicatorSentence } from '../../src/core/narrative';

const H = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Cùng kỳ'];

function sentence(row: Grid['values'][number], header = H): string | null {
  const run = runReport([{ sheet: 'S', values: [header, row] }]);
  if (!run.ok) throw new Error(run.message);
  return indicatorSentence(run.report.tables[0].indicators[0]);
}

describe('rule 1: head and word order', () => {
  it('a name that holds the verb takes no second "đạt" (was «Tổ dân phố đạt danh hiệu … đạt 08 tổ dân phố»)', () => {
    expect(sentence([1, 'Tổ dân phố đạt danh hiệu Tổ dân phố văn hóa', 'Tổ dân phố', 8, 8, 7])).toBe(
      'Có 08 tổ dân phố đạt danh hiệu Tổ dân phố văn hóa, hoàn thành 100% chỉ tiêu, tăng 01 tổ dân phố so với cùng kỳ.',
    );
    expect(sentence([1, 'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa', '%', 88, 91.69, null])).toBe(
      'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa là 91,69%, vượt 3,69 điểm phần trăm so với chỉ tiêu (88%).',
    );
  });
  it('an action name takes its verb: "Kết nạp được 11 đảng viên mới"', () => {
    expect(sentence([1, 'Kết nạp đảng viên mới', 'Đảng viên', 8, 11, 9])).toBe(
      'Kết nạp được 11 đảng viên mới, bằng 137,5% kế hoạch, tăng 02 đảng viên so với cùng kỳ.',
    );
  });
  it('a target not met is said after a good change, never wedged before it', () => {
    expect(sentence([1, 'Thu ngân sách', 'Triệu đồng', 100, 90, 80])).toBe(
      'Thu ngân sách đạt 90 triệu đồng, bằng 90% kế hoạch, tăng 12,5% so với cùng kỳ nhưng chưa đạt kế hoạch.',
    );
  });
  it('a name typed in upper case reads in sentence case (was «TỔNG THU NGÂN SÁCH … đạt»)', () => {
    expect(sentence([1, 'TỔNG THU NGÂN SÁCH', 'Triệu đồng', 100, 120, null])).toBe(
      'Tổng thu ngân sách đạt 120 triệu đồng, bằng 120% kế hoạch.',
    );
  });
});

describe('rule 2: rates, lower is better, the target in its own words', () => {
  it('a relative target stays relative (was «giảm còn 15 vụ, thấp hơn chỉ tiêu (16,2 vụ)»)', () => {
    expect(sentence([1, 'Số vụ tai nạn giao thông', 'Vụ', 'Giảm 10% so với cùng kỳ', 15, 18])).toBe(
      // Issue 11 rule 2's own form: the change, then the status against the relative target.
      'Số vụ tai nạn giao thông là 15 vụ, giảm 16,7% so với cùng kỳ, vượt chỉ tiêu (giảm 10%).',
    );
  });
  it('a lower-is-better target keeps its words: "đạt chỉ tiêu (dưới 5,5%)"', () => {
    expect(sentence([1, 'Tỷ lệ trẻ em suy dinh dưỡng', '%', 'Dưới 5,5%', 4.9, 5.2])).toBe(
      'Tỷ lệ trẻ em suy dinh dưỡng giảm còn 4,9%, đạt chỉ tiêu (dưới 5,5%).',
    );
  });
  it('a rate over a term is never "bằng X% chỉ tiêu": it is above or below the target', () => {
    const run = runReport([
      {
        sheet: 'S',
        values: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu nhiệm kỳ', 'Thực hiện 2016', 'Thực hiện 2017', 'Thực hiện 2018'],
          [1, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', '90% trở lên', 88, 91, 93],
        ],
      },
    ]);
    if (!run.ok) throw new Error(run.message);
    const s = indicatorSentence(run.report.tables[0].indicators[0])!;
    expect(s).toMatch(
      /^Tỷ lệ người dân tham gia bảo hiểm y tế bình quân hàng năm đạt 90,67%, vượt chỉ tiêu Nghị quyết Đại hội đề ra \(90% trở lên\)\./,
    );
    expect(s).not.toMatch(/bằng [\d,]+% chỉ tiêu/);
  });
});

describe('rule 3: zero reads as reports do', () => {
  it('none left (was «Số hộ nghèo đạt 00 hộ»): "Không còn hộ nghèo, đạt chỉ tiêu"', () => {
    expect(sentence([1, 'Số hộ nghèo', 'Hộ', 5, 0, 3])).toBe('Không còn hộ nghèo, đạt chỉ tiêu.');
  });
  it('a zero target over a term reads its words, never "(0)" (was «…: đạt chỉ tiêu nhiệm kỳ (0)»)', () => {
    const run = runReport([
      {
        sheet: 'S',
        values: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu nhiệm kỳ', 'Thực hiện 2016', 'Thực hiện 2017', 'Thực hiện 2018'],
          [1, 'Số vụ cháy nổ', 'Vụ', 'Không để xảy ra', 0, 0, 0],
          [2, 'Số vụ cháy rừng', 'Vụ', 'Không để xảy ra', 0, 1, 0],
        ],
      },
    ]);
    if (!run.ok) throw new Error(run.message);
    const [a, b] = run.report.tables[0].indicators.map((i) => indicatorSentence(i));
    expect(a).toBe('Không để xảy ra vụ cháy nổ, đạt chỉ tiêu Nghị quyết Đại hội đề ra.');
    expect(b).toBe(
      'Số vụ cháy rừng: năm 2017 xảy ra 01 vụ, chưa đạt chỉ tiêu Nghị quyết Đại hội đề ra (không để xảy ra).',
    );
  });
});

describe('rule 4: numbers and units', () => {
  it('money in tỷ with a remainder of triệu (was «71,952 tỷ đồng»), no leading zero on a duration', () => {
    const run = runReport([
      {
        sheet: 'S',
        values: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 2016', 'Thực hiện 2017', 'Thực hiện 2018'],
          [1, 'Chi ngân sách', 'Tỷ đồng', 20.5, 25.452, 26],
        ],
      },
    ]);
    if (!run.ok) throw new Error(run.message);
    const s = indicatorSentence(run.report.tables[0].indicators[0])!;
    expect(s).toContain('tổng 3 năm 71 tỷ 952 triệu đồng');
    expect(s).toContain('năm 2017 chi 25 tỷ 452 triệu đồng');
  });
  it('money over several years is never a/b (was «78.635/29.300 triệu đồng»)', () => {
    const run = runReport([
      {
        sheet: 'S',
        values: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2018', 'TH 2018', 'KH 2019', 'TH 2019', 'KH 2020', 'TH 2020'],
          [1, 'Thu ngân sách', 'Triệu đồng', 9000, 12500, 9800, 30120, 10500, 36015],
        ],
      },
    ]);
    if (!run.ok) throw new Error(run.message);
    expect(indicatorSentence(run.report.tables[0].indicators[0])).toMatch(
      /^Từ năm 2018 đến năm 2020, thu ngân sách đạt 78\.635 triệu đồng, bằng 268,4% tổng kế hoạch\./,
    );
  });
  it('‰ stays ‰ (was written as %)', () => {
    const s = sentence([1, 'Tỷ suất sinh thô', '‰', 15, 12.5, null])!;
    expect(s).toContain('12,5‰');
    expect(s).not.toContain('%');
  });
});
