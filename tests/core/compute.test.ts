/** compute.ts — typed indicators with their period and term figures, overall status, counts (DOMAIN.md §3–§4). */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import { countStatuses } from '../../src/core/index';
import { grid, ind, period, reportOf } from './helpers';

const HEADER: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'];

function one(name: string, unit: CellValue, target: CellValue, actual: CellValue) {
  return period(reportOf([HEADER, [1, name, unit, target, actual]]), name);
}

describe('§4 one period: achievementPct, status, gap and gapPoints', () => {
  it('an amount above its target is vuot: 36015 against 10500 is 343 %', () => {
    const p = one('Thu ngân sách', 'Triệu đồng', 10500, 36015);
    expect(p).toMatchObject({ target: 10500, actual: 36015, status: 'vuot', gap: 25515, gapPoints: null });
    expect(p.achievementPct).toBeCloseTo(343, 9);
  });

  it('an amount equal to its target is dat at 100 %', () => {
    expect(one('Chi ngân sách', 'Triệu đồng', 18200, 18200)).toMatchObject({
      status: 'dat',
      achievementPct: 100,
      gap: 0,
    });
  });

  it('a count below its target is chua_dat with a negative gap in its unit', () => {
    const p = one('Kết nạp đảng viên', 'Đảng viên', 12, 9);
    expect(p).toMatchObject({ status: 'chua_dat', gap: -3, gapPoints: null, achievementPct: 75 });
  });

  it('a rate kept in % number formats: 91,69 % against 88 % gives 3,69 points', () => {
    const g = grid([HEADER, [1, 'Tỷ lệ hộ gia đình văn hóa', '%', 0.88, 0.9169]], {
      numberFormats: [[], [null, null, null, '0%', '0.00%']],
    });
    const p = period(reportOf(g), 'Tỷ lệ hộ gia đình văn hóa');
    expect(p).toMatchObject({ target: 88, actual: 91.69, status: 'vuot', gap: null });
    expect(p.gapPoints).toBeCloseTo(3.69, 9);
    expect(p.achievementPct).toBeCloseTo((91.69 / 88) * 100, 9);
  });

  it('lower-is-better rate below target is vuot', () => {
    const p = one('Tỷ lệ hộ nghèo', '%', 2, 1.5);
    expect(p).toMatchObject({ status: 'vuot', achievementPct: 75 });
    expect(p.gapPoints).toBeCloseTo(-0.5, 9);
  });

  it('lower-is-better count above target is chua_dat', () => {
    expect(one('Số vụ phạm pháp hình sự', 'Vụ', 28, 29)).toMatchObject({ status: 'chua_dat', gap: 1 });
  });

  it('Dưới 5,5% with 4,9 is vuot and the indicator is lower-is-better', () => {
    const r = reportOf([HEADER, [1, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', '%', 'Dưới 5,5%', 4.9]]);
    const i = ind(r, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng');
    expect(i).toMatchObject({ direction: 'decrease', targetKind: 'max', overallStatus: 'vuot' });
    expect(i.periods[0].target).toBe(5.5);
  });

  it('Trên 90% reached exactly is chua_dat', () => {
    expect(one('Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 'Trên 90%', 90)).toMatchObject({
      status: 'chua_dat',
      achievementPct: 100,
    });
    expect(one('Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 'Trên 90%', 90.1).status).toBe('vuot');
  });

  it('90% trở lên reached exactly is dat', () => {
    expect(one('Tỷ lệ người dân tham gia bảo hiểm y tế', '%', '90% trở lên', 90).status).toBe('dat');
  });

  it('a range target, higher is better: below chua_dat, inside dat, above vuot; achievement against the low end', () => {
    expect(one('Tỷ lệ hộ gia đình văn hóa', '%', '85-90%', 84).status).toBe('chua_dat');
    expect(one('Tỷ lệ hộ gia đình văn hóa', '%', '85 – 90%', 87)).toMatchObject({ status: 'dat', target: '85 – 90%' });
    const above = one('Tỷ lệ hộ gia đình văn hóa', '%', 'Từ 85 đến 90%', 92);
    expect(above.status).toBe('vuot');
    expect(above.achievementPct).toBeCloseTo((92 / 85) * 100, 9);
  });

  it('a range target, lower is better: above chua_dat, inside dat, below vuot (better than the range)', () => {
    expect(one('Tỷ lệ tăng dân số', '%', '0,8-1%', 1.2).status).toBe('chua_dat');
    expect(one('Tỷ lệ hộ nghèo', '%', 'Từ 3 đến 5%', 3).status).toBe('dat');
    expect(one('Tỷ lệ hộ nghèo', '%', 'Từ 3 đến 5%', 5).status).toBe('dat');
    expect(one('Tỷ lệ hộ nghèo', '%', 'Từ 3 đến 5%', 2.5).status).toBe('vuot');
    expect(one('Số vụ tai nạn giao thông', 'Vụ', '3-5', 7).status).toBe('chua_dat');
  });

  it('a range target on a level kept (`Ổn định ở mức`, a name saying ổn định): inside dat, outside chua_dat', () => {
    expect(one('Tỷ lệ sinh', '%', 'Ổn định ở mức 1,5-1,8%', 1.6).status).toBe('dat');
    expect(one('Tỷ lệ sinh', '%', 'Ổn định ở mức 1,5-1,8%', 1.9).status).toBe('chua_dat');
    expect(one('Tỷ lệ sinh', '%', 'Duy trì 1,5-1,8%', 1.4).status).toBe('chua_dat');
    expect(one('Quy mô dân số ổn định', 'Người', '12.000-12.500', 12600).status).toBe('chua_dat');
    expect(one('Quy mô dân số ổn định', 'Người', '12.000-12.500', 11900).status).toBe('chua_dat');
    expect(one('Quy mô dân số ổn định', 'Người', '12.000-12.500', 12500).status).toBe('dat');
  });

  it('a zero target: 0 is dat, shown as target 0, with no achievementPct', () => {
    const p = one('Chi bộ không hoàn thành nhiệm vụ', 'Chi bộ', 'Không có', 0);
    expect(p).toMatchObject({ target: 0, actual: 0, status: 'dat', achievementPct: null });
  });

  it('a zero target with something happening is chua_dat', () => {
    expect(one('Số vụ cháy nổ', 'Vụ', 'Không để xảy ra', 1).status).toBe('chua_dat');
  });

  it('a rating target: above vuot, equal dat, below chua_dat; no achievementPct', () => {
    const r = reportOf([
      HEADER,
      [1, 'Xếp loại Đảng bộ', '', 'HTTNV', 'Hoàn thành xuất sắc nhiệm vụ'],
      [2, 'Xếp loại chính quyền', '', 'Hoàn thành tốt nhiệm vụ', 'HTTNV'],
      [3, 'Xếp loại Mặt trận', '', 'HTTNV', 'HTNV'],
    ]);
    expect(ind(r, 'Xếp loại Đảng bộ')).toMatchObject({
      valueKind: 'rating',
      targetKind: 'rating',
      overallStatus: 'vuot',
    });
    expect(ind(r, 'Xếp loại chính quyền').overallStatus).toBe('dat');
    expect(ind(r, 'Xếp loại Mặt trận').overallStatus).toBe('chua_dat');
    expect(period(r, 'Xếp loại Đảng bộ')).toMatchObject({
      achievementPct: null,
      gap: null,
      gapPoints: null,
      actual: 'Hoàn thành xuất sắc nhiệm vụ',
    });
  });

  it('a yes/no target: yes is dat, no is chua_dat', () => {
    const r = reportOf([
      HEADER,
      [1, 'Phường đạt chuẩn văn minh đô thị', '', 'Đạt', 'Đạt'],
      [2, 'Trường đạt chuẩn quốc gia', '', 'Hoàn thành', 'Chưa hoàn thành'],
    ]);
    expect(ind(r, 'Phường đạt chuẩn văn minh đô thị')).toMatchObject({
      valueKind: 'boolean',
      targetKind: 'boolean',
      overallStatus: 'dat',
    });
    expect(ind(r, 'Trường đạt chuẩn quốc gia').overallStatus).toBe('chua_dat');
  });

  it('T = 0 gives no achievementPct and, for a min target, khong_danh_gia', () => {
    expect(one('Kết nạp đảng viên', 'Đảng viên', 0, 3)).toMatchObject({
      achievementPct: null,
      status: 'khong_danh_gia',
    });
  });

  it('a missing target is khong_danh_gia with no gap', () => {
    expect(one('Chi ngân sách', 'Tỷ đồng', null, 13.1)).toMatchObject({
      target: null,
      status: 'khong_danh_gia',
      gap: null,
      achievementPct: null,
    });
  });

  it.each([null, '-', 'x', '…', '...', { error: '#DIV/0!' }, { error: '#N/A' }] as CellValue[])(
    'an actual of %j is no value (never 0): khong_danh_gia',
    (cell) => {
      const p = one('Thu ngân sách', 'Triệu đồng', 10500, cell);
      expect(p.actual).toBeNull();
      expect(p).toMatchObject({ status: 'khong_danh_gia', achievementPct: null, gap: null });
    },
  );

  it('an error value as target is no target, never 0', () => {
    expect(one('Thu ngân sách', 'Triệu đồng', { error: '#DIV/0!' }, 100)).toMatchObject({
      target: null,
      status: 'khong_danh_gia',
    });
  });
});

describe('§2 values typed as Vietnamese text are read as numbers', () => {
  it('27,6 and 1.282 and 1.117.213.000', () => {
    expect(one('Thu ngân sách', 'Tỷ đồng', '25', '27,6')).toMatchObject({ target: 25, actual: 27.6, status: 'vuot' });
    expect(one('Hồ sơ giải quyết', 'Hồ sơ', '1.200', '1.282')).toMatchObject({ actual: 1282, gap: 82 });
    expect(one('Tổng vốn đầu tư', 'Đồng', '1.000.000.000', '1.117.213.000')).toMatchObject({ actual: 1117213000 });
  });

  it('1,234.5 with both marks reads the last one as the decimal mark', () => {
    expect(one('Thu ngân sách', 'Triệu đồng', '1.000', '1,234.5').actual).toBe(1234.5);
  });

  it('numbers with NBSP and stray spaces', () => {
    expect(one('Thu ngân sách', 'Triệu đồng', '\u00a010\u00a0500 ', ' 36.015\u00a0')).toMatchObject({
      target: 10500,
      actual: 36015,
    });
  });

  it('91,69% typed as text is 91.69 %', () => {
    expect(one('Tỷ lệ hộ gia đình văn hóa', '%', '88%', '91,69%')).toMatchObject({
      target: 88,
      actual: 91.69,
      status: 'vuot',
    });
  });

  it('25,3 tỷ in a Triệu đồng row is converted to 25 300 triệu đồng', () => {
    const p = one('Thu ngân sách', 'Triệu đồng', '25,3 tỷ', 30000);
    expect(p).toMatchObject({ target: 25300, status: 'vuot' });
    expect(p.achievementPct).toBeCloseTo((30000 / 25300) * 100, 9);
  });

  it('an actual typed in đồng in a Triệu đồng row is converted', () => {
    expect(one('Thu ngân sách', 'Triệu đồng', 1000, '1.117.213.000 đồng').actual).toBeCloseTo(1117.213, 9);
  });

  it('Khoảng 25 tỷ đồng in a Tỷ đồng row is 25', () => {
    expect(one('Thu ngân sách', 'Tỷ đồng', 'Khoảng 25 tỷ đồng', 27.6)).toMatchObject({ target: 25, status: 'vuot' });
  });

  it('a target in a unit that cannot be converted (25 hộ in a Triệu đồng row) is khong_danh_gia, shown as typed', () => {
    expect(one('Thu ngân sách', 'Triệu đồng', '25 hộ', 30)).toMatchObject({
      target: '25 hộ',
      status: 'khong_danh_gia',
      achievementPct: null,
    });
    expect(one('Thu ngân sách', 'Triệu đồng', 30, '25 hộ')).toMatchObject({
      actual: '25 hộ',
      status: 'khong_danh_gia',
    });
  });

  it('a row with no unit whose values say tỷ is an amount kept in tỷ đồng', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
      ['Thu ngân sách', '25,3 tỷ', '27,6 tỷ đồng'],
    ]);
    expect(ind(r, 'Thu ngân sách').valueKind).toBe('amount');
    expect(period(r, 'Thu ngân sách')).toMatchObject({ target: 25.3, actual: 27.6, status: 'vuot' });
  });

  it('a row with no unit and values in tỷ and triệu compares them in one unit', () => {
    const p = period(
      reportOf([
        ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
        ['Thu ngân sách', '25,3 tỷ', '27.600 triệu'],
      ]),
      'Thu ngân sách',
    );
    expect(p).toMatchObject({ target: 25300, actual: 27600, status: 'vuot' });
  });
});

describe('§4 year over year: from a Cùng kỳ column or the previous period', () => {
  const header: CellValue[] = [
    'STT',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Chỉ tiêu quận giao năm 2020',
    'Thực hiện năm 2020',
    'Thực hiện cùng kỳ năm 2019',
  ];

  it('an amount gets yoyPct from the Cùng kỳ column', () => {
    const p = period(reportOf([header, [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015, 30120]]), 'Thu ngân sách');
    expect(p.previousActual).toBe(30120);
    expect(p.yoyPct).toBeCloseTo((36015 / 30120 - 1) * 100, 9);
    expect(p.yoyPoints).toBeNull();
  });

  it('a rate gets yoyPoints (percentage points), not yoyPct', () => {
    const p = period(reportOf([header, [1, 'Tỷ lệ bảo hiểm y tế', '%', 90, 92.1, 91.3]]), 'Tỷ lệ bảo hiểm y tế');
    expect(p.yoyPoints).toBeCloseTo(0.8, 9);
    expect(p.yoyPct).toBeNull();
  });

  it('a count gets yoyPct', () => {
    const p = period(reportOf([header, [1, 'Kết nạp đảng viên', 'Đảng viên', 8, 11, 9]]), 'Kết nạp đảng viên');
    expect(p.yoyPct).toBeCloseTo((11 / 9 - 1) * 100, 9);
  });

  it('a Cùng kỳ column with no year belongs to the only period', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Cùng kỳ'],
      ['Thu ngân sách', 'Triệu đồng', 100, 120, 80],
    ]);
    expect(period(r, 'Thu ngân sách').yoyPct).toBeCloseTo(50, 9);
  });

  it('an empty Cùng kỳ cell gives no yoy, never a change against 0', () => {
    const p = period(reportOf([header, [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015, '-']]), 'Thu ngân sách');
    expect(p).toMatchObject({ previousActual: null, yoyPct: null });
  });

  it("in a table of years, the previous year's actual is A_prev", () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'KH 2019', 'TH 2019', 'KH 2020', 'TH 2020'],
      ['Thu ngân sách', 'Triệu đồng', 9800, 30120, 10500, 36015],
      ['Tỷ lệ hộ gia đình văn hóa', '%', 88, 90.8, 88, 91.69],
    ]);
    expect(period(r, 'Thu ngân sách', '2019').yoyPct).toBeNull();
    expect(period(r, 'Thu ngân sách', '2020').previousActual).toBe(30120);
    expect(period(r, 'Thu ngân sách', '2020').yoyPct).toBeCloseTo((36015 / 30120 - 1) * 100, 9);
    expect(period(r, 'Tỷ lệ hộ gia đình văn hóa', '2020').yoyPoints).toBeCloseTo(0.89, 9);
  });

  it('6 tháng 2023 compares with 6 tháng 2022, not with the whole year 2022', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'TH 2022', 'TH 6 tháng 2022', 'TH 6 tháng 2023'],
      ['Thu ngân sách', 'Triệu đồng', 200, 80, 100],
    ]);
    expect(period(r, 'Thu ngân sách', '6 tháng 2023')).toMatchObject({ previousActual: 80, yoyPct: 25 });
    expect(period(r, 'Thu ngân sách', '6 tháng 2022').yoyPct).toBeNull();
  });
});

/** A three-year term table with a term-target column: Chỉ tiêu NQ | Năm 2018..2020 (KH | TH). */
function termTable(rows: CellValue[][]) {
  return grid(
    [
      ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2018 - 2020'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu NQ Đại hội', 'Năm 2018', null, 'Năm 2019', null, 'Năm 2020', null],
      [null, null, null, null, 'KH', 'TH', 'KH', 'TH', 'KH', 'TH'],
      ...rows,
    ],
    {
      merges: [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 2, right: 3 },
        { top: 1, left: 4, bottom: 1, right: 5 },
        { top: 1, left: 6, bottom: 1, right: 7 },
        { top: 1, left: 8, bottom: 1, right: 9 },
      ],
    },
  );
}

describe('§4 term figures: average, total, cagrPct', () => {
  it('a term of amounts has average, total and cagrPct over the periods with an actual', () => {
    const r = reportOf(termTable([[1, 'Chi ngân sách', 'Tỷ đồng', null, null, 13.1, null, 13.9, null, 14.3]]));
    const t = ind(r, 'Chi ngân sách').term!;
    expect(t.average).toBeCloseTo(13.766666666666667, 9);
    expect(t.total).toBeCloseTo(41.3, 9);
    expect(t.cagrPct).toBeCloseTo((Math.pow(14.3 / 13.1, 1 / 2) - 1) * 100, 9);
    expect(t).toMatchObject({ termTarget: null, basis: null, termStatus: null });
  });

  it('a period without an actual is left out of the term figures', () => {
    const r = reportOf(termTable([[1, 'Chi ngân sách', 'Tỷ đồng', null, null, 10, null, '-', null, 20]]));
    expect(ind(r, 'Chi ngân sách').term).toMatchObject({ average: 15, total: 30 });
  });

  it('rates have an average but no total or cagrPct', () => {
    const r = reportOf(
      termTable([[1, 'Tỷ lệ hộ đạt danh hiệu gia đình văn hóa', '%', null, 88, 89.6, 88, 90.1, 88, 90.5]]),
    );
    const t = ind(r, 'Tỷ lệ hộ đạt danh hiệu gia đình văn hóa').term!;
    expect(t.average).toBeCloseTo(90.06666666666666, 9);
    expect(t).toMatchObject({ total: null, cagrPct: null, cumulativePct: null });
  });

  it('a single period without a term target has no term figures', () => {
    const r = reportOf([HEADER, [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015]]);
    expect(ind(r, 'Thu ngân sách').term).toBeNull();
  });
});

describe('§4 term target: basis, termAchievementPct and termStatus', () => {
  it('a count is compared by its total: 41 admitted against 40 is vuot', () => {
    const r = reportOf(termTable([[1, 'Kết nạp đảng viên', 'Đảng viên', 40, 11, 12, 11, 15, 11, 14]]));
    const i = ind(r, 'Kết nạp đảng viên');
    expect(i.term).toMatchObject({ termTarget: 40, basis: 'total', total: 41, termStatus: 'vuot' });
    expect(i.term!.termAchievementPct).toBeCloseTo(102.5, 9);
    expect(i.overallStatus).toBe('vuot');
  });

  it('a rate is compared by its average', () => {
    const r = reportOf(
      termTable([[1, 'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên', '%', 80, 80, 83.5, 80, 84.2, 80, 84]]),
    );
    const t = ind(r, 'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên').term!;
    expect(t).toMatchObject({ basis: 'average', termStatus: 'vuot' });
    expect(t.termAchievementPct).toBeCloseTo((83.9 / 80) * 100, 9);
  });

  it('a rate target "88% trở lên" is met on average', () => {
    const r = reportOf(termTable([[1, 'Tỷ lệ hộ gia đình văn hóa', '%', '88% trở lên', 88, 86, 88, 88, 88, 90]]));
    expect(ind(r, 'Tỷ lệ hộ gia đình văn hóa').term).toMatchObject({
      basis: 'average',
      average: 88,
      termStatus: 'dat',
    });
  });

  it('"Bình quân 23,5" compares the average of an amount', () => {
    const r = reportOf(
      termTable([[1, 'Thu ngân sách', 'Tỷ đồng', 'Bình quân 23,5', 19.46, 25.3, 16.01, 26.9, 21.75, 29.8]]),
    );
    const t = ind(r, 'Thu ngân sách').term!;
    expect(t).toMatchObject({ basis: 'average', termTarget: 23.5, termStatus: 'vuot' });
    expect(t.termAchievementPct).toBeCloseTo((t.average! / 23.5) * 100, 9);
  });

  it.each(['BQ 300', 'Hàng năm 300', '300/năm', 'Bình quân hàng năm 300'])(
    'target %j compares the average',
    (target) => {
      const r = reportOf(termTable([[1, 'Giải quyết việc làm', 'Người', target, null, 320, null, 280, null, 310]]));
      const t = ind(r, 'Giải quyết việc làm').term!;
      expect(t.basis).toBe('average');
      expect(t.termAchievementPct).toBeCloseTo((t.average! / 300) * 100, 9);
    },
  );

  it('a unit saying /năm compares the average', () => {
    const r = reportOf(termTable([[1, 'Giải quyết việc làm', 'Người/năm', 300, null, 320, null, 280, null, 310]]));
    expect(ind(r, 'Giải quyết việc làm').term).toMatchObject({ basis: 'average', termStatus: 'vuot' });
  });

  it('without those words an amount is compared by its total', () => {
    const r = reportOf(termTable([[1, 'Giải quyết việc làm', 'Người', 1000, null, 320, null, 280, null, 310]]));
    expect(ind(r, 'Giải quyết việc làm').term).toMatchObject({
      basis: 'total',
      total: 910,
      termStatus: 'chua_dat',
      termAchievementPct: 91,
    });
  });

  it('a rating term target: the worst period status', () => {
    const r = reportOf(
      termTable([
        [1, 'Xếp loại Đảng bộ', '', 'HTTNV', null, 'HTXSNV', null, 'HTTNV', null, 'HTNV'],
        [2, 'Xếp loại chính quyền', '', 'HTTNV', null, 'HTXSNV', null, 'HTTNV', null, 'HTXSNV'],
        [3, 'Xếp loại Mặt trận', '', 'HTTNV', null, 'HTXSNV', null, 'HTXSNV', null, 'HTXSNV'],
      ]),
    );
    expect(ind(r, 'Xếp loại Đảng bộ').term).toMatchObject({ termStatus: 'chua_dat', termAchievementPct: null });
    expect(ind(r, 'Xếp loại Đảng bộ').overallStatus).toBe('chua_dat');
    expect(ind(r, 'Xếp loại chính quyền').overallStatus).toBe('dat');
    expect(ind(r, 'Xếp loại Mặt trận').overallStatus).toBe('vuot');
  });

  it('a yes/no term target: the worst period status', () => {
    const r = reportOf(
      termTable([
        [1, 'Phường đạt chuẩn văn minh đô thị', '', 'Đạt', null, 'Đạt', null, 'Đạt', null, 'Đạt'],
        [2, 'Trường đạt chuẩn quốc gia', '', 'Đạt', null, 'Đạt', null, 'Chưa đạt', null, 'Đạt'],
      ]),
    );
    expect(ind(r, 'Phường đạt chuẩn văn minh đô thị').term?.termStatus).toBe('dat');
    expect(ind(r, 'Trường đạt chuẩn quốc gia').term?.termStatus).toBe('chua_dat');
  });

  it('a zero term target: the worst period status', () => {
    const r = reportOf(
      termTable([
        [1, 'Số vụ cháy nổ', 'Vụ', 'Không để xảy ra', null, 0, null, 0, null, 0],
        [2, 'Chi bộ không hoàn thành nhiệm vụ', 'Chi bộ', 'Không có', null, 0, null, 1, null, 0],
      ]),
    );
    expect(ind(r, 'Số vụ cháy nổ')).toMatchObject({ direction: 'decrease', overallStatus: 'dat' });
    expect(ind(r, 'Số vụ cháy nổ').term).toMatchObject({ termStatus: 'dat', termTarget: 0, termAchievementPct: null });
    expect(ind(r, 'Chi bộ không hoàn thành nhiệm vụ').overallStatus).toBe('chua_dat');
  });

  it('a term target with no actual at all is khong_danh_gia', () => {
    const r = reportOf(termTable([[1, 'Kết nạp đảng viên', 'Đảng viên', 40, 11, null, 11, null, 11, null]]));
    expect(ind(r, 'Kết nạp đảng viên').overallStatus).toBe('khong_danh_gia');
  });

  it('a term target in a one-period table still gives term figures', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Chỉ tiêu nhiệm kỳ', 'KH 2020', 'TH 2020'],
      ['Kết nạp đảng viên', 'Đảng viên', 10, 8, 11],
    ]);
    expect(ind(r, 'Kết nạp đảng viên').term).toMatchObject({ termTarget: 10, basis: 'total', termStatus: 'vuot' });
  });
});

describe('§4 cumulativePct without a term target (amounts and counts only)', () => {
  it('Σ actual / Σ target × 100 over the periods that have both', () => {
    const r = reportOf(termTable([[1, 'Hồ sơ cấp giấy chứng nhận', 'Hồ sơ', null, 100, 121, 47, 125, null, 157]]));
    const t = ind(r, 'Hồ sơ cấp giấy chứng nhận').term!;
    expect(t.cumulativePct).toBeCloseTo((246 / 147) * 100, 9);
    expect(t.total).toBe(403);
  });

  it('rates get no cumulativePct', () => {
    const r = reportOf(termTable([[1, 'Tỷ lệ tổ dân phố văn hóa', '%', null, 70, 78.9, 70, 84.2, 70, 84.2]]));
    expect(ind(r, 'Tỷ lệ tổ dân phố văn hóa').term?.cumulativePct).toBeNull();
  });

  it('with a term target there is no cumulativePct', () => {
    const r = reportOf(termTable([[1, 'Kết nạp đảng viên', 'Đảng viên', 40, 11, 12, 11, 15, 11, 14]]));
    expect(ind(r, 'Kết nạp đảng viên').term?.cumulativePct).toBeNull();
  });
});

describe('§4 overall status and counts', () => {
  it('the overall status is the term status when a term target exists', () => {
    // Every year below plan, yet the term total beats the term target.
    const r = reportOf(termTable([[1, 'Kết nạp đảng viên', 'Đảng viên', 30, 12, 11, 12, 11, 12, 11]]));
    const i = ind(r, 'Kết nạp đảng viên');
    expect(i.periods.map((p) => p.status)).toEqual(['chua_dat', 'chua_dat', 'chua_dat']);
    expect(i.overallStatus).toBe('vuot');
  });

  it('otherwise it is the status of the latest period that has both target and actual', () => {
    const r = reportOf(termTable([[1, 'Thu ngân sách', 'Tỷ đồng', null, 20, 25, 20, 19, 20, null]]));
    expect(ind(r, 'Thu ngân sách').overallStatus).toBe('chua_dat');
  });

  it('khong_danh_gia when no period has both', () => {
    const r = reportOf(termTable([[1, 'Chi ngân sách', 'Tỷ đồng', null, null, 13.1, null, 13.9, null, 14.3]]));
    expect(ind(r, 'Chi ngân sách').overallStatus).toBe('khong_danh_gia');
  });

  it('counts cover top-level indicators only: "hoàn thành vượt mức 2/5 chỉ tiêu"', () => {
    const r = reportOf([
      HEADER,
      ['I', 'KINH TẾ'],
      [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
      [null, '- Thu thuế', 'Triệu đồng', 5000, 4000],
      [2, 'Chi ngân sách', 'Triệu đồng', 18200, 18200],
      [3, 'Kết nạp đảng viên', 'Đảng viên', 8, 11],
      [4, 'Số vụ phạm pháp hình sự', 'Vụ', 25, 29],
      [5, 'Chi đầu tư', 'Triệu đồng', null, 500],
    ]);
    expect(r.counts).toEqual({ total: 5, vuot: 2, dat: 1, chua_dat: 1, khong_danh_gia: 1 });
    expect(countStatuses(r.tables[0].indicators)).toEqual(r.counts);
  });

  it('counts add up over several tables and sheets', () => {
    const a = grid([HEADER, [1, 'Thu ngân sách', 'Triệu đồng', 1, 2]], { sheet: 'A' });
    const b = grid([HEADER, [1, 'Chi ngân sách', 'Triệu đồng', 2, 1]], { sheet: 'B' });
    expect(reportOf([a, b]).counts).toEqual({ total: 2, vuot: 1, dat: 0, chua_dat: 1, khong_danh_gia: 0 });
  });
});
