/**
 * A figure against a range target is said in the words of its status, by the range's better side:
 * `vượt chỉ tiêu (từ 90% đến 95%)` on the better side (above it, or below it where lower is better),
 * `đạt chỉ tiêu (…)` inside, `cao hơn` / `thấp hơn chỉ tiêu (…)` on the worse side (either side of a
 * level kept) and then `chưa đạt` — never `bằng 114%` of a range's end, never "vượt" for a figure
 * worse than the range. Golden sentences on several built tables: a year, nine months, an estimate.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';

function sentencesOf(values: Grid['values']): string[] {
  const run = runReport([{ sheet: 'Chỉ tiêu', values }]);
  if (!run.ok) throw new Error(run.message);
  return run.report.narrative;
}

describe('a range target in the sentence', () => {
  it('higher is better, a year with last year beside it', () => {
    const said = sentencesOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024', 'Thực hiện năm 2023'],
      [1, 'Tỷ lệ hộ gia đình văn hóa', '%', 'Từ 90 đến 95', 96.2, 95],
      [2, 'Tỷ lệ tổ dân phố văn hóa', '%', '90-95%', 92, 91],
      [3, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', '90 – 95%', 89.4, 88.1],
    ]);
    expect(said).toContain(
      'Tỷ lệ hộ gia đình văn hóa đạt 96,2%, vượt chỉ tiêu (từ 90% đến 95%), tăng 1,2 điểm phần trăm so với cùng kỳ.',
    );
    expect(said).toContain(
      'Tỷ lệ tổ dân phố văn hóa đạt 92%, đạt chỉ tiêu (từ 90% đến 95%), tăng 1 điểm phần trăm so với cùng kỳ.',
    );
    expect(said).toContain(
      'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 89,4%, thấp hơn chỉ tiêu (từ 90% đến 95%), tăng 1,3 điểm phần trăm so với cùng kỳ nhưng chưa đạt chỉ tiêu.',
    );
  });

  it('lower is better: below the range is better than it, above it is not met', () => {
    const said = sentencesOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu năm 2025', 'Thực hiện năm 2025', 'Cùng kỳ'],
      [1, 'Tỷ lệ hộ nghèo', '%', '3-5%', 2.5, 3.1],
      [2, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', '%', '5-7%', 7.4, 7.9],
      [3, 'Số vụ tai nạn giao thông', 'Vụ', 'Từ 3 đến 5', 7, 5],
      [4, 'Số vụ cháy nổ', 'Vụ', '2-4', 3, 4],
    ]);
    expect(said).toContain(
      'Tỷ lệ hộ nghèo là 2,5%, vượt chỉ tiêu (từ 3% đến 5%), giảm 0,6 điểm phần trăm so với cùng kỳ.',
    );
    expect(said).toContain(
      'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng là 7,4%, cao hơn chỉ tiêu (từ 5% đến 7%), giảm 0,5 điểm phần trăm so với cùng kỳ nhưng chưa đạt chỉ tiêu.',
    );
    expect(said).toContain(
      'Số vụ tai nạn giao thông là 07 vụ, cao hơn chỉ tiêu (từ 03 đến 05 vụ), tăng 02 vụ so với cùng kỳ, chưa đạt chỉ tiêu.',
    );
    expect(said).toContain('Số vụ cháy nổ là 03 vụ, đạt chỉ tiêu (từ 02 đến 04 vụ), giảm 01 vụ so với cùng kỳ.');
    expect(said[0]).toMatch(/kết quả 2\/4 chỉ tiêu đạt và vượt \(01 vượt, 01 đạt\)/);
  });

  it('a level kept: outside on either side is not met, a change towards the range is the favourable one', () => {
    const said = sentencesOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2023', 'Thực hiện năm 2023', 'Thực hiện năm 2022'],
      [1, 'Tỷ lệ sinh', '%', 'Ổn định ở mức 1,5-1,8%', 1.9, 1.7],
      [2, 'Quy mô dân số ổn định', 'Người', '12.000-12.500', 11800, 11000],
      [3, 'Tỷ lệ tăng dân số tự nhiên', '%', 'Giữ ổn định ở mức 0,8-1%', 0.9, 1.1],
    ]);
    expect(said).toContain(
      'Tỷ lệ sinh là 1,9%, cao hơn chỉ tiêu (từ 1,5% đến 1,8%), tăng 0,2 điểm phần trăm so với cùng kỳ, chưa đạt chỉ tiêu.',
    );
    expect(said).toContain(
      'Quy mô dân số ổn định là 11.800 người, thấp hơn chỉ tiêu (từ 12.000 đến 12.500 người), tăng 7,3% so với cùng kỳ nhưng chưa đạt chỉ tiêu.',
    );
    expect(said).toContain(
      'Tỷ lệ tăng dân số tự nhiên là 0,9%, đạt chỉ tiêu (từ 0,8% đến 1%), giảm 0,2 điểm phần trăm so với cùng kỳ.',
    );
  });

  it('never a share of a range end, never "vượt" for a figure worse than its range', () => {
    const said = sentencesOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024'],
      [1, 'Tỷ lệ hộ nghèo', '%', '1-2%', 2.3],
      [2, 'Tỷ lệ lao động qua đào tạo', '%', '70-75%', 80],
      [3, 'Số hộ nghèo', 'Hộ', '10-15', 17],
    ]).join(' ');
    expect(said).not.toMatch(/bằng [\d,]+%/);
    expect(said).toContain('Tỷ lệ hộ nghèo ước là 2,3%, cao hơn chỉ tiêu (từ 1% đến 2%), chưa đạt.');
    expect(said).toContain('Số hộ nghèo ước là 17 hộ, cao hơn chỉ tiêu (từ 10 đến 15 hộ), chưa đạt.');
    expect(said).toMatch(/Tỷ lệ lao động qua đào tạo ước đạt 80%, vượt chỉ tiêu \(từ 70% đến 75%\)\./);
  });
});
