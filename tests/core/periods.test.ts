/**
 * DOMAIN.md §7 — periods as reports mean them, one `describe` per subsection, on small grids.
 * (§7.6, legacy text, belongs to a later issue.)
 */
import { describe, expect, it } from 'vitest';
import { isComparable, isPreviousPeriod, periodOf, periodOrder, termLength } from '../../src/core/detect/period';
import { ind, period, reportOf } from './helpers';

const HEAD = ['STT', 'Chỉ tiêu', 'ĐVT'];

describe('§7.1 order and length', () => {
  it('sub-periods are read with their length and the month they end in', () => {
    expect(periodOf('Thực hiện 9 tháng 2024')).toMatchObject({ label: '9 tháng 2024', endMonth: 9, months: 9 });
    expect(periodOf('Quý III/2024')).toMatchObject({ label: 'Quý III 2024', endMonth: 9, months: 3 });
    expect(periodOf('Thực hiện tháng 10 năm 2024')).toMatchObject({ label: 'tháng 10/2024', endMonth: 10, months: 1 });
    expect(periodOf('6 tháng đầu năm 2023')).toMatchObject({ label: '6 tháng 2023', endMonth: 6, months: 6 });
    expect(periodOf('Ước thực hiện cả năm 2024')).toMatchObject({ label: '2024', endMonth: 12, months: 12 });
    expect(periodOf('Lũy kế 9 tháng năm 2024')).toMatchObject({ label: '9 tháng 2024', cumulative: true });
  });

  it('periods sort by year, then by the month they end in, whatever the column order', () => {
    const labels = ['2023', '9 tháng 2024', 'Quý I 2024', '2022', '6 tháng 2024'];
    const sorted = labels.map((l) => periodOf(l)!).sort((a, b) => periodOrder(a) - periodOrder(b));
    expect(sorted.map((p) => p.label)).toEqual(['2022', '2023', 'Quý I 2024', '6 tháng 2024', '9 tháng 2024']);
  });

  it('only periods of the same length and position are comparable', () => {
    expect(isComparable(periodOf('9 tháng 2022')!, periodOf('9 tháng 2023')!)).toBe(true);
    expect(isComparable(periodOf('6 tháng 2023')!, periodOf('2022')!)).toBe(false);
    expect(isComparable(periodOf('Quý III 2023')!, periodOf('9 tháng 2023')!)).toBe(false);
    expect(isPreviousPeriod(periodOf('2022')!, periodOf('2023')!)).toBe(true);
    expect(isPreviousPeriod(periodOf('2021')!, periodOf('2023')!)).toBe(false);
  });

  it('columns in reverse order come out chronological, and yoy pairs each year with the one before', () => {
    const r = reportOf([
      [...HEAD, 'TH 2022', 'TH 2021', 'TH 2020'],
      [1, 'Số vụ phạm pháp hình sự', 'Vụ', 9, 13, 11],
    ]);
    const i = ind(r, 'Số vụ phạm pháp hình sự');
    expect(i.periods.map((p) => p.period)).toEqual(['2020', '2021', '2022']);
    expect(i.periods[2].yoyPct).toBeCloseTo(-30.769, 2);
  });

  it('a 6-month actual is never compared with a full year', () => {
    const r = reportOf([
      [...HEAD, 'Thực hiện 2022', 'Thực hiện 2023', 'Thực hiện 6 tháng 2024'],
      [1, 'Kết nạp đảng viên mới', 'Đảng viên', 12, 14, 6],
    ]);
    const six = period(r, 'Kết nạp đảng viên mới', '6 tháng 2024');
    expect(six.yoyPct).toBeNull();
    expect(period(r, 'Kết nạp đảng viên mới', '2023').yoyPct).toBeCloseTo(16.667, 2);
  });

  it('Ước thực hiện marks an estimate, not another period', () => {
    const r = reportOf([
      [...HEAD, 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024'],
      [1, 'Thu ngân sách', 'Tỷ đồng', 50, 55],
    ]);
    expect(period(r, 'Thu ngân sách')).toMatchObject({ period: '2024', estimated: true, status: 'vuot' });
  });
});

describe('§7.2 previous-year columns', () => {
  const after = [
    [...HEAD, 'KH 2023', 'TH 2023', 'TH 2022'],
    [1, 'Thu ngân sách', 'Triệu đồng', 41200, 45870, 40100],
    [2, 'Số vụ phạm pháp hình sự', 'Vụ', 12, 9, 13],
  ];

  it("last year's actual after this year's pair is cùng kỳ: one period, with yoy", () => {
    const r = reportOf(after);
    const p = period(r, 'Thu ngân sách');
    expect(p).toMatchObject({ period: '2023', previousActual: 40100, status: 'vuot' });
    expect(p.yoyPct).toBeCloseTo(14.389, 2);
    expect(period(r, 'Số vụ phạm pháp hình sự').yoyPct).toBeCloseTo(-30.769, 2);
  });

  it("last year's actual before this year's pair reads the same", () => {
    const r = reportOf([
      [...HEAD, 'Thực hiện 2022', 'Kế hoạch 2023', 'Thực hiện 2023'],
      [1, 'Thu ngân sách', 'Triệu đồng', 40100, 41200, 45870],
    ]);
    expect(period(r, 'Thu ngân sách')).toMatchObject({ period: '2023', previousActual: 40100 });
  });

  it('an annual report with a previous-year column has no term figures', () => {
    const r = reportOf(after);
    expect(r.tables[0].term).toBe(false);
    expect(ind(r, 'Thu ngân sách').term).toBeNull();
  });

  it('a relative target "Tăng 5% so với năm trước" is derived from the previous-year column', () => {
    const r = reportOf([
      [...HEAD, 'KH 2023', 'TH 2023', 'TH 2022'],
      [1, 'Thu ngân sách', 'Triệu đồng', 'Tăng 5% so với năm trước', 45870, 40100],
    ]);
    const p = period(r, 'Thu ngân sách');
    expect(p.target).toBeCloseTo(42105, 6);
    expect(p.status).toBe('vuot');
  });

  it('a typed "so với cùng kỳ" without a year is checked against the previous-year column', () => {
    const r = reportOf([
      [...HEAD, 'KH 2023', 'TH 2023', 'TH 2022', 'Tăng/giảm (%)'],
      [1, 'Thu ngân sách', 'Triệu đồng', 41200, 45870, 40100, 25],
    ]);
    expect(r.checks.map((c) => [c.cell, c.kind])).toEqual([['G2', 'reported_yoy']]);
  });

  it('a two-year comparison with targets each year is not a term table', () => {
    const r = reportOf([
      [...HEAD, 'KH 2022', 'TH 2022', 'KH 2023', 'TH 2023'],
      [1, 'Kết nạp đảng viên mới', 'Đảng viên', 10, 11, 10, 12],
    ]);
    const i = ind(r, 'Kết nạp đảng viên mới');
    expect(r.tables[0].term).toBe(false);
    expect(i.term).toBeNull();
    expect(i.periods[1].yoyPct).toBeCloseTo(9.091, 2);
  });
});

describe('§7.3 term tables', () => {
  it('three full years of actuals make a term table with term figures', () => {
    const r = reportOf([
      [...HEAD, 'TH 2018', 'TH 2019', 'TH 2020'],
      [1, 'Kết nạp đảng viên mới', 'Đảng viên', 9, 9, 11],
    ]);
    expect(r.tables[0].term).toBe(true);
    expect(ind(r, 'Kết nạp đảng viên mới').term).toMatchObject({ total: 29 });
  });

  it('a term-target column makes a term table even with two years', () => {
    const r = reportOf([
      [...HEAD, 'Chỉ tiêu nhiệm kỳ 2020-2025', 'TH 2021', 'TH 2022'],
      [1, 'Kết nạp đảng viên mới', 'Đảng viên', 60, 13, 12],
    ]);
    expect(r.tables[0].term).toBe(true);
  });

  it('a nhiệm kỳ A - B lasts B − A years, a giai đoạn A - B lasts B − A + 1', () => {
    expect(termLength({ from: 2020, to: 2025, word: 'nhiem ky' }, 2021)).toBe(5);
    expect(termLength({ from: 2021, to: 2025, word: 'giai doan' }, 2021)).toBe(5);
    expect(termLength({ from: 2016, to: 2020, word: null }, 2016)).toBe(5);
    expect(termLength({ from: 2015, to: 2020, word: null }, 2016)).toBe(5);
  });
});

describe('§7.4 partial periods and cumulative columns', () => {
  const nineMonths = [
    ['BÁO CÁO KẾT QUẢ 9 THÁNG ĐẦU NĂM 2024'],
    [],
    [...HEAD, 'Kế hoạch năm 2024', 'Thực hiện 9 tháng 2024', 'Cùng kỳ 9 tháng 2023'],
    [1, 'Chi ngân sách', 'Triệu đồng', 11000, 7480, 7000],
    [2, 'Thu ngân sách', 'Triệu đồng', 12500, 10250, 9103],
    [3, 'Số vụ vi phạm trật tự xây dựng', 'Vụ', 'Không quá 6', 7, 5],
    [4, 'Số vụ phạm pháp hình sự', 'Vụ', 'Không quá 15', 9, 11],
    [5, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 93, 92.4, 91.6],
    [6, 'Số hộ nghèo', 'Hộ', 'Giảm còn 20', 18, 25],
    [7, 'Kết nạp đảng viên mới', 'Đảng viên', 12, 12, 8],
  ];

  it('a 9-month amount below the year target is đang thực hiện, with elapsed time and progress', () => {
    const r = reportOf(nineMonths);
    expect(period(r, 'Chi ngân sách')).toMatchObject({
      period: '9 tháng 2024',
      status: 'dang_thuc_hien',
      elapsedPct: 75,
      progress: 'cham_tien_do',
    });
    const revenue = period(r, 'Thu ngân sách');
    expect(revenue).toMatchObject({ status: 'dang_thuc_hien', progress: 'dat_tien_do' });
    expect(revenue.achievementPct).toBeCloseTo(82, 6);
    expect(revenue.yoyPct).toBeCloseTo(12.6, 1);
  });

  it('a lower-is-better count already past its cap is chưa đạt; below it, đang thực hiện', () => {
    const r = reportOf(nineMonths);
    expect(period(r, 'Số vụ vi phạm trật tự xây dựng')).toMatchObject({ status: 'chua_dat', progress: 'cham_tien_do' });
    expect(period(r, 'Số vụ phạm pháp hình sự')).toMatchObject({ status: 'dang_thuc_hien', progress: 'dat_tien_do' });
  });

  it('rates and stocks are levels: judged as in §4 at any point of the year', () => {
    const r = reportOf(nineMonths);
    expect(period(r, 'Tỷ lệ người dân tham gia bảo hiểm y tế')).toMatchObject({ status: 'chua_dat', progress: null });
    expect(period(r, 'Số hộ nghèo')).toMatchObject({ status: 'vuot', progress: null });
  });

  it('a flow that already reached the year target keeps its status', () => {
    expect(period(reportOf(nineMonths), 'Kết nạp đảng viên mới')).toMatchObject({ status: 'dat' });
  });

  it('the counts hold đang thực hiện', () => {
    const c = reportOf(nineMonths).counts;
    expect(c).toMatchObject({ total: 7, dang_thuc_hien: 3, chua_dat: 2, vuot: 1, dat: 1 });
  });

  it('a month with a cumulative column: lũy kế is judged against the year, the month is kept', () => {
    const r = reportOf([
      ['BÁO CÁO THÁNG 10 NĂM 2024'],
      [],
      [...HEAD, 'Kế hoạch năm 2024', 'Thực hiện tháng 10', 'Lũy kế'],
      [1, 'Thu ngân sách', 'Triệu đồng', 12000, 1100, 10400],
    ]);
    expect(period(r, 'Thu ngân sách')).toMatchObject({
      period: '10 tháng 2024',
      actual: 10400,
      monthActual: 1100,
      status: 'dang_thuc_hien',
      progress: 'dat_tien_do',
    });
    expect(period(r, 'Thu ngân sách').elapsedPct).toBeCloseTo(83.333, 2);
  });

  it('an estimated full year is judged as a full year; the overall status is the latest period', () => {
    const r = reportOf([
      [...HEAD, 'Kế hoạch năm 2024', 'Thực hiện 9 tháng 2024', 'Ước thực hiện cả năm 2024'],
      [1, 'Thu ngân sách', 'Tỷ đồng', 52.4, 41.85, 55.1],
    ]);
    const i = ind(r, 'Thu ngân sách');
    expect(i.periods.map((p) => [p.period, p.estimated, p.status])).toEqual([
      ['9 tháng 2024', false, 'dang_thuc_hien'],
      ['2024', true, 'vuot'],
    ]);
    expect(i.overallStatus).toBe('vuot');
    expect(i.periods[1].elapsedPct).toBeNull();
  });

  it('a relative target against the comparable period is that period’s own: judged as in §4', () => {
    const r = reportOf([
      [...HEAD, 'Chỉ tiêu năm 2024', 'Thực hiện 9 tháng 2024', 'Cùng kỳ 9 tháng 2023'],
      [1, 'Số vụ tai nạn giao thông', 'Vụ', 'Giảm 10% so với cùng kỳ', 15, 18],
    ]);
    const p = period(r, 'Số vụ tai nạn giao thông');
    expect(p.status).toBe('vuot');
    expect(p.elapsedPct).toBeNull();
  });
});

describe('§7.5 the term in progress', () => {
  const midTerm = [
    ['BÁO CÁO SƠ KẾT GIỮA NHIỆM KỲ 2020 - 2025'],
    [],
    [...HEAD, 'Chỉ tiêu Nghị quyết nhiệm kỳ 2020-2025', 'TH 2021', 'TH 2022', 'TH 6 tháng 2023'],
    [1, 'Kết nạp đảng viên mới', 'Đảng viên', 20, 5, 5, 2],
    [2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 3%', 3.9, 3.1, 2.8],
    [3, 'Tỷ lệ hộ gia đình văn hóa', '%', '90% trở lên', 88, 89, 89.5],
    [4, 'Tỷ lệ tổ dân phố văn minh', '%', 'Đến cuối nhiệm kỳ đạt 80%', 50, 60, 65],
    [5, 'Số vụ cháy nổ', 'Vụ', 'Không để xảy ra', 0, 1, 0],
    [6, 'Giải quyết việc làm', 'Người', 1000, 300, 320, 150],
  ];

  it('elapsed years count full years and months/12 of a partial last period', () => {
    const t = reportOf(midTerm).tables[0];
    expect(t.termProgress).toEqual({ elapsedYears: 2.5, termYears: 5, span: '2020 - 2025' });
  });

  it('total basis: achievement so far, projection total / elapsed × L, on pace → có khả năng đạt', () => {
    const term = ind(reportOf(midTerm), 'Kết nạp đảng viên mới').term!;
    expect(term).toMatchObject({ basis: 'total', total: 12, termStatus: 'dang_thuc_hien', outlook: 'co_kha_nang_dat' });
    expect(term.termAchievementPct).toBeCloseTo(60, 6);
    expect(term.projection).toBeCloseTo(24, 6);
  });

  it('latest basis for a lower-is-better rate: the latest value already meets "Dưới 3%"', () => {
    const r = reportOf(midTerm);
    const i = ind(r, 'Tỷ lệ hộ nghèo');
    expect(i.term).toMatchObject({ basis: 'latest', latest: 2.8, termStatus: 'vuot', outlook: 'da_dat' });
    expect(i.overallStatus).toBe('vuot');
  });

  it('average basis: the average so far is the projection; below target → khó đạt', () => {
    const term = ind(reportOf(midTerm), 'Tỷ lệ hộ gia đình văn hóa').term!;
    expect(term).toMatchObject({ basis: 'average', termStatus: 'dang_thuc_hien', outlook: 'kho_dat' });
    expect(term.projection).toBeCloseTo(88.833, 2);
  });

  it('a target "đến cuối nhiệm kỳ" is judged on the latest value, projected in a straight line', () => {
    const term = ind(reportOf(midTerm), 'Tỷ lệ tổ dân phố văn minh').term!;
    // 50 at 2022.0 → 65 at 2023.5: 10 points a year, 2.5 years to 2026.0 → 90.
    expect(term).toMatchObject({ basis: 'latest', termStatus: 'dang_thuc_hien', outlook: 'co_kha_nang_dat' });
    expect(term.projection).toBeCloseTo(90, 6);
  });

  it('a broken zero target can no longer be met: chưa đạt, khó đạt', () => {
    const i = ind(reportOf(midTerm), 'Số vụ cháy nổ');
    expect(i.term).toMatchObject({ termStatus: 'chua_dat', outlook: 'kho_dat' });
    expect(i.overallStatus).toBe('chua_dat');
  });

  it('the counts hold the outlook of every indicator with a term target', () => {
    const c = reportOf(midTerm).counts;
    // hộ nghèo met now; đảng viên, tổ dân phố, việc làm (770 → 1.540 by 2025) on course;
    // gia đình văn hóa (average below 90%) and the broken zero target at risk.
    expect(c.outlook).toEqual({ da_dat: 1, co_kha_nang_dat: 3, kho_dat: 2 });
    expect(c.dang_thuc_hien).toBe(4);
  });

  it('a finished term follows §4: no projection, no outlook, the latest basis still judged', () => {
    const r = reportOf([
      [...HEAD, 'Chỉ tiêu nhiệm kỳ 2015-2020', 'TH 2016', 'TH 2017', 'TH 2018', 'TH 2019', 'TH 2020'],
      [1, 'Tỷ lệ hộ nghèo', '%', 'Dưới 3%', 4, 3.6, 3.4, 3.1, 2.8],
      [2, 'Kết nạp đảng viên mới', 'Đảng viên', 50, 10, 9, 10, 10, 9],
    ]);
    expect(r.tables[0].termProgress).toBeNull();
    expect(ind(r, 'Tỷ lệ hộ nghèo').term).toMatchObject({ basis: 'latest', termStatus: 'vuot', outlook: null });
    expect(ind(r, 'Kết nạp đảng viên mới').term).toMatchObject({
      basis: 'total',
      termStatus: 'chua_dat',
      projection: null,
    });
  });
});

describe('§4 own and assigned targets: assignedStatus beside status', () => {
  it('status is judged against the own target and assignedStatus against the assigned one', () => {
    const r = reportOf([
      [...HEAD, 'Chỉ tiêu quận giao năm 2020', 'Chỉ tiêu phường phấn đấu', 'Thực hiện năm 2020'],
      [1, 'Thu ngân sách', 'Triệu đồng', 10000, 11000, 10500],
    ]);
    const i = ind(r, 'Thu ngân sách');
    expect(i.periods[0]).toMatchObject({ status: 'chua_dat', assignedStatus: 'vuot' });
    expect(i.overallAssignedStatus).toBe('vuot');
  });
});

describe('§5 reported columns without a period', () => {
  it('a typed % without a year in a term table is checked against the term figure', () => {
    const r = reportOf([
      [...HEAD, 'Chỉ tiêu nhiệm kỳ 2020-2025', 'TH 2021', 'TH 2022', 'TH 2023', 'Tỷ lệ so với NQ (%)'],
      [1, 'Kết nạp đảng viên mới', 'Đảng viên', 40, 10, 9, 8, 70],
    ]);
    expect(r.checks.map((c) => [c.cell, c.computed])).toEqual([['H2', 67.5]]);
  });

  it('a typed % after a 9-month actual belongs to that period; rate rows are checked too', () => {
    const r = reportOf([
      [...HEAD, 'KH năm 2024', 'TH 9 tháng 2024', 'So KH (%)', 'Ước TH cả năm 2024', 'So KH năm (%)'],
      [1, 'Thu ngân sách', 'Triệu đồng', 12500, 10250, 82, 13600, 100],
      [2, 'Tỷ lệ tham gia BHYT', '%', 93, 92.4, 90, 93.5, 100.5],
    ]);
    expect(r.checks.map((c) => c.cell).sort()).toEqual(['F3', 'H2']);
  });
});

describe('§7.1 dates and cumulative columns in other shapes', () => {
  it('a place and month after a comma is a date line, not a monthly period', () => {
    expect(periodOf('Hà Nội, tháng 12 năm 2020')).toBeNull();
    expect(periodOf('BÁO CÁO THÁNG 10 NĂM 2024')?.label).toBe('tháng 10/2024');
  });

  it('a figure up to a date runs from the start of that year', () => {
    expect(periodOf('TH đến 30/6/2023')).toMatchObject({ label: '6 tháng 2023', endMonth: 6, months: 6 });
    expect(periodOf('Lũy kế đến 30/9/2024')).toMatchObject({ label: '9 tháng 2024', cumulative: true });
  });

  it('quarters beside a cumulative column: the last quarter is the own figure of the lũy kế', () => {
    const r = reportOf([
      [...HEAD, 'Kế hoạch năm 2024', 'TH Quý I 2024', 'TH Quý II 2024', 'TH Quý III 2024', 'Lũy kế 9 tháng 2024'],
      [1, 'Thu ngân sách', 'Triệu đồng', 12000, 2500, 3000, 3500, 9000],
    ]);
    const i = ind(r, 'Thu ngân sách');
    const nine = period(r, 'Thu ngân sách', '9 tháng 2024');
    expect(nine).toMatchObject({ actual: 9000, monthActual: 3500, status: 'dang_thuc_hien', elapsedPct: 75 });
    expect(i.periods.map((p) => p.period)).toEqual(['Quý I 2024', 'Quý II 2024', '9 tháng 2024']);
    expect(i.overallStatus).toBe('dang_thuc_hien');
  });
});
