/**
 * An indicator given no target is followed, not judged, and its own sentence says so at the end of
 * its first sentence — `(không giao chỉ tiêu, chỉ theo dõi kết quả thực hiện)`, in a term table
 * `(Nghị quyết không đề ra mức cụ thể, …)` — rather than in a separate note after the overview; only
 * a row with no figure to tell keeps the note in the overview. Never "chưa đủ số liệu" for it; a
 * sub-row, whose row above holds the target, takes no note.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';

function narrativeOf(values: Grid['values'], sheet = 'Chỉ tiêu'): string[] {
  const run = runReport([{ sheet, values }]);
  if (!run.ok) throw new Error(run.message);
  return run.report.narrative;
}

const FOLLOWED = '(không giao chỉ tiêu, chỉ theo dõi kết quả thực hiện)';

describe('a note on an indicator without a target, folded into its sentence', () => {
  it('a year with last year beside it', () => {
    const n = narrativeOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024', 'Thực hiện năm 2023'],
      [1, 'Thu ngân sách', 'Triệu đồng', 12000, 13100, 12400],
      [2, 'Số lượt khách du lịch', 'Lượt', null, 15200, 14100],
      [3, 'Kết nạp đảng viên mới', 'Đảng viên', 10, 11, 9],
    ]);
    expect(n).toContain(`Có 15.200 lượt khách du lịch, tăng 7,8% so với cùng kỳ ${FOLLOWED}.`);
    expect(n.join(' ')).not.toMatch(/không có kế hoạch giao|chưa đủ số liệu/);
    expect(n[0]).toMatch(/02 chỉ tiêu/);
  });

  it('nine months: the note after the period-led sentence', () => {
    const n = narrativeOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'],
      [1, 'Thu ngân sách', 'Triệu đồng', 12000, 9800],
      [2, 'Số hộ được vay vốn', 'Hộ', '', 45],
    ]);
    expect(n).toContain(`Chín tháng đầu năm 2024, có 45 hộ được vay vốn ${FOLLOWED}.`);
  });

  it('a term table: the Nghị quyết set no level; the note before `Cụ thể`', () => {
    const n = narrativeOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu NQ Đại hội', 'Năm 2018', null, 'Năm 2019', null, 'Năm 2020', null],
      [null, null, null, null, 'KH', 'TH', 'KH', 'TH', 'KH', 'TH'],
      [1, 'Thu ngân sách', 'Tỷ đồng', 20, 19, 21, 20, 22, 21, 23],
      [2, 'Chi ngân sách', 'Tỷ đồng', null, null, 13.1, null, 13.9, null, 14.3],
    ]);
    const chi = n.find((x) => x.startsWith('Chi ngân sách'))!;
    expect(chi).toMatch(
      /^Chi ngân sách bình quân hàng năm [^.]*\(Nghị quyết không đề ra mức cụ thể, chỉ theo dõi kết quả thực hiện\)\. Cụ thể: năm 2018 /,
    );
    expect(n.join(' ')).not.toMatch(/Nghị quyết không đề ra mức cụ thể cho/);
  });

  it('a sub-row takes no note: the row above it is what was given a target', () => {
    const n = narrativeOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2023', 'Thực hiện năm 2023'],
      [1, 'Thu ngân sách', 'Triệu đồng', 12000, 13100],
      ['-', 'Trong đó: thu thuế ngoài quốc doanh', 'Triệu đồng', null, 4200],
    ]);
    expect(n).toContain('Thu thuế ngoài quốc doanh đạt 4.200 triệu đồng.');
    expect(n.join(' ')).not.toContain(FOLLOWED);
  });
});
