/**
 * Periods as reports mean them (DOMAIN.md §7): future plan columns are not judged and do not
 * stretch the report's period; a title's horizon names the plan, not the period judged; `Cùng kỳ`
 * takes the part of the year of the actual beside it; a month column without a year takes the
 * title's year, and the `Lũy kế` column is the one judged (§7.4).
 */
import { describe, expect, it } from 'vitest';
import { ind, period, reportOf } from './helpers';

describe('future plan columns are the plan ahead, not periods judged', () => {
  it('a three-year plan titled GIAI ĐOẠN 03 NĂM 2026 – 2028 reports 2025', () => {
    const r = reportOf([
      ['KẾ HOẠCH TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC GIAI ĐOẠN 03 NĂM 2026 – 2028', null, null, null, null, null, null],
      ['STT', 'Nội dung', 'Dự toán năm 2025', 'Ước thực hiện năm 2025', 'Dự toán năm 2026', 'Năm 2027', 'Năm 2028'],
      ['1', 'Thu nội địa', 10000, 11000, 11800, 12500, 13000],
      ['2', 'Chi thường xuyên', 8000, 7900, 8200, 8500, 8800],
    ]);
    expect(r.tables[0].period).toBe('2025');
    expect(ind(r, 'Thu nội địa').periods.map((p) => p.period)).toEqual(['2025']);
    expect(period(r, 'Thu nội địa').status).toBe('vuot');
    const text = r.narrative.join('\n');
    expect(text).not.toMatch(/2026|2027|2028/);
    expect(text).toMatch(/^Năm 2025/);
  });

  it('Kế hoạch năm 2026 beside a finished 2025 in a ward report is no period', () => {
    const r = reportOf([
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025 VÀ KẾ HOẠCH NĂM 2026', null, null, null, null, null],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2025', 'Thực hiện năm 2025', 'Kế hoạch năm 2026'],
      ['1', 'Kết nạp đảng viên mới', 'đảng viên', 10, 12, 12],
      ['2', 'Tỷ lệ hộ gia đình văn hóa', '%', 90, 91.5, 92],
    ]);
    for (const name of ['Kết nạp đảng viên mới', 'Tỷ lệ hộ gia đình văn hóa'])
      expect(ind(r, name).periods.map((p) => p.period)).toEqual(['2025']);
    expect(r.counts).toMatchObject({ total: 2, vuot: 2 });
  });

  it('earlier years judged stay periods; only the years after the last one judged are plans', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'KH 2024', 'TH 2024', 'KH 2025', 'ƯTH 2025', 'KH 2026', 'KH 2027'],
      ['Thu ngân sách', 'triệu đồng', 900, 950, 1000, 1020, 1100, 1200],
    ]);
    expect(ind(r, 'Thu ngân sách').periods.map((p) => [p.period, p.target, p.actual])).toEqual([
      ['2024', 900, 950],
      ['2025', 1000, 1020],
    ]);
  });
});

describe('Cùng kỳ takes the part of the year of the actual beside it', () => {
  it('Cùng kỳ năm 2023 beside Ước thực hiện 6 tháng năm 2024: yoy and a relative target', () => {
    const r = reportOf([
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024', null, null, null, null, null],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Cùng kỳ năm 2023', 'Ước thực hiện 6 tháng năm 2024'],
      ['1', 'Thu ngân sách', 'triệu đồng', 1000, 400, 520],
      ['2', 'Số vụ tai nạn giao thông', 'vụ', 'Giảm 10% so với cùng kỳ', 10, 8],
    ]);
    const thu = period(r, 'Thu ngân sách');
    expect(thu.period).toBe('6 tháng 2024');
    expect(thu.previousActual).toBe(400);
    expect(thu.yoyPct).toBeCloseTo(30, 9); // 520/400 − 1
    const tn = period(r, 'Số vụ tai nạn giao thông');
    // Giảm 10% so với 10 vụ: at most 9; 8 beats it.
    expect([tn.target, tn.status]).toEqual([9, 'vuot']);
  });

  it('Thực hiện cùng kỳ 2023 beside Ước TH 9 tháng 2024', () => {
    const r = reportOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH năm 2024', 'Thực hiện cùng kỳ 2023', 'Ước TH 9 tháng 2024'],
      ['1', 'Giải quyết việc làm', 'người', 300, 200, 250],
    ]);
    const p = period(r, 'Giải quyết việc làm');
    expect([p.period, p.previousActual]).toEqual(['9 tháng 2024', 200]);
    expect(p.yoyPct).toBeCloseTo(25, 9);
  });
});

describe('a month column without a year takes the title year; Lũy kế is judged', () => {
  it('THÁNG 12 VÀ LŨY KẾ 12 THÁNG NĂM 2024 with TH tháng 12 | Lũy kế', () => {
    const r = reportOf([
      ['BÁO CÁO THÁNG 12 VÀ LŨY KẾ 12 THÁNG NĂM 2024', null, null, null, null, null],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'TH tháng 12', 'Lũy kế'],
      ['1', 'Thu ngân sách', 'triệu đồng', 1000, 100, 1050],
      ['2', 'Cấp giấy chứng nhận', 'hồ sơ', 200, 15, 180],
    ]);
    const thu = period(r, 'Thu ngân sách');
    expect([thu.period, thu.actual, thu.monthActual, thu.status]).toEqual(['2024', 1050, 100, 'vuot']);
    expect(period(r, 'Cấp giấy chứng nhận').status).toBe('chua_dat');
  });

  it('9 THÁNG NĂM 2024 with Thực hiện tháng 9 | Lũy kế 9 tháng', () => {
    const r = reportOf([
      ['BÁO CÁO KẾT QUẢ 9 THÁNG NĂM 2024', null, null, null, null, null],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện tháng 9', 'Lũy kế 9 tháng'],
      ['1', 'Thu ngân sách', 'triệu đồng', 1000, 100, 800],
    ]);
    const p = period(r, 'Thu ngân sách');
    expect([p.period, p.actual, p.monthActual, p.status]).toEqual(['9 tháng 2024', 800, 100, 'dang_thuc_hien']);
  });

  it('Thực hiện tháng 11 | Lũy kế 11 tháng under a month title', () => {
    const r = reportOf([
      ['BÁO CÁO TÌNH HÌNH THỰC HIỆN THÁNG 11 NĂM 2023', null, null, null, null],
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2023', 'Thực hiện tháng 11', 'Lũy kế 11 tháng'],
      ['Cấp căn cước công dân', 'hồ sơ', 1200, 90, 1250],
    ]);
    const p = period(r, 'Cấp căn cước công dân');
    expect([p.period, p.actual, p.monthActual, p.status]).toEqual(['11 tháng 2023', 1250, 90, 'vuot']);
  });
});

describe('quarters beside a year target are parts of the year; Cả năm is the year', () => {
  const title = ['BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024', null, null, null, null, null, null, null, null];
  const yearless = [
    'STT',
    'Chỉ tiêu',
    'ĐVT',
    'Kế hoạch năm 2024',
    'Thực hiện Quý I',
    'Quý II',
    'Quý III',
    'Quý IV',
    'Cả năm',
  ];
  const withYear = [
    'STT',
    'Chỉ tiêu',
    'ĐVT',
    'KH năm 2024',
    'TH Quý I/2024',
    'Quý II/2024',
    'Quý III/2024',
    'Quý IV/2024',
    'Cả năm 2024',
  ];
  const figures = (r: ReturnType<typeof reportOf>, name: string) =>
    ind(r, name).periods.map((p) => [p.period, p.target, p.actual, p.monthActual, p.status]);

  const bare = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm'];
  for (const [how, header] of [
    ['without a year in the headers (the title gives it)', yearless],
    ['with the year in each header', withYear],
    ['with bare quarters right after the year target', bare],
  ] as const) {
    it(`Cả năm filled is the year judged against its target, ${how}`, () => {
      const r = reportOf([
        title,
        [...header],
        ['1', 'Thu ngân sách', 'triệu đồng', 1000, 200, 250, 300, 350, 1100],
        ['2', 'Giải quyết việc làm', 'người', 400, 60, 80, 90, 100, 330],
      ]);
      // Quý I is 200 of a 1 000 plan: a part of the year, never "chưa đạt"; Cả năm 1 100 ≥ 1 000.
      expect(figures(r, 'Thu ngân sách')).toEqual([
        ['Quý I 2024', 1000, 200, null, 'dang_thuc_hien'],
        ['Quý II 2024', 1000, 250, null, 'dang_thuc_hien'],
        ['Quý III 2024', 1000, 300, null, 'dang_thuc_hien'],
        ['2024', 1000, 1100, 350, 'vuot'],
      ]);
      expect(ind(r, 'Thu ngân sách').overallStatus).toBe('vuot');
      // 330 of 400 for the whole year falls short.
      expect(ind(r, 'Giải quyết việc làm').overallStatus).toBe('chua_dat');
    });

    it(`only some quarters filled: their running total is a part of the year in progress, ${how}`, () => {
      const r = reportOf([
        title,
        [...header],
        ['1', 'Thu ngân sách', 'triệu đồng', 1000, 200, 250, null, null, null],
        ['2', 'Giải quyết việc làm', 'người', 400, 60, null, null, null, null],
      ]);
      const thu = ind(r, 'Thu ngân sách');
      expect(thu.overallStatus).toBe('dang_thuc_hien');
      // Quý I + Quý II = 450: the first six months, with Quý II's own 250 kept beside them.
      expect(figures(r, 'Thu ngân sách').filter(([, , actual]) => actual !== null)).toEqual([
        ['Quý I 2024', 1000, 200, null, 'dang_thuc_hien'],
        ['6 tháng 2024', 1000, 450, 250, 'dang_thuc_hien'],
      ]);
      expect(ind(r, 'Giải quyết việc làm').overallStatus).toBe('dang_thuc_hien');
      expect(r.counts).toMatchObject({ total: 2, chua_dat: 0 });
    });
  }

  it('Thực hiện over Quý I … Cả năm on a second header row reads the same', () => {
    const r = reportOf([
      title,
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện', null, null, null, null],
      [null, null, null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm'],
      ['1', 'Thu ngân sách', 'triệu đồng', 1000, 200, 250, 300, 150, 900],
    ]);
    // 900 of 1 000 for the year: short of the plan, though every quarter alone is "in progress".
    expect(figures(r, 'Thu ngân sách')).toEqual([
      ['Quý I 2024', 1000, 200, null, 'dang_thuc_hien'],
      ['Quý II 2024', 1000, 250, null, 'dang_thuc_hien'],
      ['Quý III 2024', 1000, 300, null, 'dang_thuc_hien'],
      ['2024', 1000, 900, 150, 'chua_dat'],
    ]);
  });

  it('the quarters so far are told as a running total against the year, at its pace', () => {
    const r = reportOf([title, [...yearless], ['1', 'Thu ngân sách', 'triệu đồng', 1000, 200, 250, null, null, null]]);
    // Quý I + Quý II: 450 of 1 000 = 45%, half the year gone = 50% pace.
    expect(r.narrative).toContain(
      'Sáu tháng đầu năm 2024, thu ngân sách đạt 450 triệu đồng, bằng 45% kế hoạch năm, chậm so với tiến độ (50%).',
    );
  });

  it("without a Cả năm column a quarter is told against the year at a quarter's pace", () => {
    const r = reportOf([
      title,
      yearless.slice(0, -1),
      ['1', 'Thu ngân sách', 'triệu đồng', 1000, 200, 250, null, null],
    ]);
    // Quý II: 250 of 1 000 = 25%, one quarter of the year = 25% pace.
    expect(r.narrative).toContain(
      'Quý II năm 2024, thu ngân sách đạt 250 triệu đồng, bằng 25% kế hoạch năm, đạt tiến độ (25%).',
    );
  });

  it('a quarter beside a Lũy kế to its end is kept and the Lũy kế judged', () => {
    const r = reportOf([
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN QUÝ III NĂM 2024', null, null, null, null, null],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện Quý III', 'Lũy kế'],
      ['1', 'Thu ngân sách', 'triệu đồng', 1000, 300, 800],
    ]);
    const p = period(r, 'Thu ngân sách');
    expect([p.period, p.actual, p.monthActual, p.status]).toEqual(['9 tháng 2024', 800, 300, 'dang_thuc_hien']);
  });

  it('all four quarters and a Lũy kế cả năm: the year is judged, Quý IV kept beside it', () => {
    const r = reportOf([
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2023', null, null, null, null, null, null, null, null],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2023', 'Thực hiện Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Lũy kế'],
      ['1', 'Cấp giấy chứng nhận', 'hồ sơ', 200, 40, 50, 45, 55, 190],
    ]);
    const i = ind(r, 'Cấp giấy chứng nhận');
    const year = i.periods[i.periods.length - 1];
    // 190 of 200 for the whole year: short of the plan.
    expect([year.period, year.actual, year.monthActual, year.status]).toEqual(['2023', 190, 55, 'chua_dat']);
    expect(i.periods.map((p) => p.period)).toEqual(['Quý I 2023', 'Quý II 2023', 'Quý III 2023', '2023']);
  });
});
