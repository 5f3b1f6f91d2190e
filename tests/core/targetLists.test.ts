/**
 * Lists of targets: a table whose only value columns are targets — `Kết quả` under a `Danh mục các
 * chỉ tiêu` title, or `Kế hoạch 2026 … 2030` — holds targets and no actuals: nothing is judged and
 * no sentence says a target was reached.
 */
import { describe, expect, it } from 'vitest';
import { ind, reportOf } from './helpers';

/** A sentence that reports a figure reached (`đạt 100%`, `Có 500 doanh nghiệp`, `vượt`). */
const CLAIM = /đạt \d|vượt|bằng \d|^Có \d+ (?!chỉ tiêu)/m;

describe('lists of targets', () => {
  it('Kết quả under "Danh mục các chỉ tiêu cụ thể … giai đoạn 2025-2027" is a target', () => {
    const r = reportOf([
      ['Phụ lục I', null, null, null, null],
      ['DANH MỤC CÁC CHỈ TIÊU CỤ THỂ CỦA CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2025-2027', null, null, null, null],
      ['TT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả', 'Cơ quan chủ trì'],
      ['1', 'Tỷ lệ hồ sơ giải quyết đúng hạn', '%', '100', 'Sở Nội vụ'],
      ['2', 'Số doanh nghiệp thành lập mới', 'doanh nghiệp', 500, 'Sở Tài chính'],
      ['3', 'Tỷ lệ dịch vụ công trực tuyến toàn trình', '%', '≥ 80', 'Văn phòng UBND tỉnh'],
    ]);
    const dn = ind(r, 'Số doanh nghiệp thành lập mới');
    expect(dn.periods.map((p) => [p.target, p.actual, p.status])).toEqual([[500, null, 'khong_danh_gia']]);
    expect(ind(r, 'Tỷ lệ hồ sơ giải quyết đúng hạn').periods[0].target).toBe(100);
    expect(r.counts).toMatchObject({ total: 3, vuot: 0, dat: 0, chua_dat: 0, khong_danh_gia: 3 });
    expect(r.narrative.join('\n')).not.toMatch(CLAIM);
  });

  it('Kết quả năm 2030 under "Hệ thống chỉ tiêu … đến năm 2030" is the 2030 target', () => {
    const r = reportOf([
      ['HỆ THỐNG CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI ĐẾN NĂM 2030', null, null, null],
      ['STT', 'Tên chỉ tiêu', 'ĐVT', 'Kết quả năm 2030'],
      ['1', 'Thu nhập bình quân đầu người', 'triệu đồng', 120],
      ['2', 'Tỷ lệ hộ nghèo', '%', 'Dưới 1'],
    ]);
    const thu = ind(r, 'Thu nhập bình quân đầu người');
    expect(thu.periods.map((p) => [p.period, p.target, p.actual])).toEqual([['2030', 120, null]]);
    expect(r.narrative.join('\n')).not.toMatch(CLAIM);
  });

  it('Kế hoạch 2026 … 2030 columns are targets, none judged', () => {
    const r = reportOf([
      ['KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM GIAI ĐOẠN 2026-2030', null, null, null, null, null],
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2026', 'Kế hoạch 2027', 'Kế hoạch 2030'],
      ['1', 'Tỷ lệ hộ nghèo', '%', 2, 1.5, 1],
      ['2', 'Thu ngân sách', 'tỷ đồng', 100, 110, 150],
    ]);
    expect(ind(r, 'Thu ngân sách').periods.every((p) => p.actual === null && p.status === 'khong_danh_gia')).toBe(true);
    expect(r.counts.khong_danh_gia).toBe(2);
    expect(r.narrative.join('\n')).not.toMatch(CLAIM);
  });

  it('a results report with a Kết quả column keeps its actuals', () => {
    const r = reportOf([
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024', null, null, null],
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
      ['1', 'Kết nạp đảng viên', 'đảng viên', 12],
    ]);
    expect(ind(r, 'Kết nạp đảng viên').periods[0].actual).toBe(12);
  });

  it('under a list title, a Kết quả thực hiện column is still an actual', () => {
    const r = reportOf([
      ['DANH MỤC CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024', null, null, null],
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Kết quả thực hiện'],
      ['1', 'Kết nạp đảng viên', 'đảng viên', 12],
    ]);
    expect(ind(r, 'Kết nạp đảng viên').periods[0].actual).toBe(12);
  });
});
