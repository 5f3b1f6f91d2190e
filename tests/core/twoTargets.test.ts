/**
 * Two targets in one period (DOMAIN.md §4): the one from above (Thủ tướng / TTg / Trung ương /
 * tỉnh / thành phố / huyện / quận giao) is the assigned target, the council's or the unit's own is
 * the target; `status` is judged against the own one, `assignedStatus` against the assigned one,
 * and an own target easier than the assigned one is a finding. Neither is dropped.
 */
import { describe, expect, it } from 'vitest';
import { period, reportOf } from './helpers';

describe('two targets in one period: both kept', () => {
  it('Dự toán TTg giao | Dự toán HĐND tỉnh quyết định', () => {
    const r = reportOf([
      ['BIỂU SỐ 02: THU NGÂN SÁCH NHÀ NƯỚC NĂM 2025', null, null, null, null],
      [null, null, null, null, 'Đơn vị: Triệu đồng.'],
      ['STT', 'Nội dung', 'Dự toán TTg giao', 'Dự toán HĐND tỉnh quyết định', 'Ước thực hiện năm 2025'],
      ['1', 'Thu nội địa', 10000000, 9500000, 9800000],
      ['2', 'Thu từ xổ số kiến thiết', 1000, 1200, 1100],
    ]);
    const thu = period(r, 'Thu nội địa');
    // Own 9.500.000 (exceeded), assigned 10.000.000 (not reached): hand-computed.
    expect([thu.target, thu.assignedTarget, thu.status, thu.assignedStatus]).toEqual([
      9500000,
      10000000,
      'vuot',
      'chua_dat',
    ]);
    expect(thu.targetLabels?.assigned).toContain('Thủ tướng');
    const xs = period(r, 'Thu từ xổ số kiến thiết');
    expect([xs.target, xs.assignedTarget, xs.status, xs.assignedStatus]).toEqual([1200, 1000, 'chua_dat', 'vuot']);
    // Only the own target below the assigned one is a finding.
    expect(r.checks.filter((c) => c.kind === 'target_below_assigned').map((c) => c.indicator)).toEqual(['Thu nội địa']);
  });

  it('both name a level (TTg giao | HĐND tỉnh giao): the higher level is the assigned one, whatever the order', () => {
    const r = reportOf([
      [
        'TT',
        'Chỉ tiêu',
        'Dự toán HĐND tỉnh giao năm 2025',
        'Dự toán Thủ tướng Chính phủ giao năm 2025',
        'Ước TH năm 2025',
      ],
      ['1', 'Thu nội địa', 5200, 5000, 5100],
    ]);
    const p = period(r, 'Thu nội địa');
    expect([p.target, p.assignedTarget, p.status, p.assignedStatus]).toEqual([5200, 5000, 'chua_dat', 'vuot']);
    expect(r.checks.filter((c) => c.kind === 'target_below_assigned')).toEqual([]);
  });

  it('Chỉ tiêu Trung ương giao | Kế hoạch tỉnh in a group year', () => {
    const r = reportOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2024', null, null],
      [null, null, null, 'Chỉ tiêu Trung ương giao', 'Kế hoạch tỉnh', 'Thực hiện'],
      ['1', 'Tạo việc làm mới', 'người', 30000, 32000, 31500],
    ]);
    const p = period(r, 'Tạo việc làm mới', '2024');
    expect([p.target, p.assignedTarget, p.status, p.assignedStatus]).toEqual([32000, 30000, 'chua_dat', 'vuot']);
  });

  it('Chỉ tiêu huyện giao | Chỉ tiêu xã phấn đấu, lower is better', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Chỉ tiêu huyện giao 2023', 'Chỉ tiêu xã phấn đấu 2023', 'Thực hiện 2023'],
      ['Tỷ lệ hộ nghèo', '%', 3, 3.5, 3.2],
    ]);
    const p = period(r, 'Tỷ lệ hộ nghèo');
    expect([p.target, p.assignedTarget, p.status, p.assignedStatus]).toEqual([3.5, 3, 'vuot', 'chua_dat']);
    // A higher cap than the assigned one is easier for a lower-is-better rate.
    expect(r.checks.some((c) => c.kind === 'target_below_assigned')).toBe(true);
  });

  it('a second own target that names no level above is not used, and a notice says so once', () => {
    const r = reportOf([
      ['STT', 'Nội dung', 'Kế hoạch năm 2025', 'Dự toán HĐND quyết định năm 2025', 'Ước thực hiện năm 2025'],
      ['1', 'Thu nội địa', 10000, 9500, 9800],
      ['2', 'Thu phí, lệ phí', 300, 320, 310],
    ]);
    expect(period(r, 'Thu nội địa').target).toBe(10000);
    expect(r.notices?.filter((n) => n.includes('cột D'))).toHaveLength(1);
  });

  it('two targets of different periods raise no notice', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'KH 2024', 'TH 2024', 'KH 2025', 'TH 2025'],
      ['Thu ngân sách', 100, 110, 120, 125],
    ]);
    expect(r.notices ?? []).toEqual([]);
  });
});
