/**
 * The cases users met, as they met them, with the statuses and sentences a finance officer writes:
 * lower-is-better indicators whose names say so only to someone who knows them, a zero target met,
 * and the target forms of real resolutions (growth, Giữ vững, Đạt chuẩn, Không dưới, Trên, Giảm còn
 * dưới, Đạt 100%, Trong sạch vững mạnh, no target, a count to reach by the term's end).
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import { ind, reportOf } from './helpers';

const TITLE: CellValue[] = ['BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024'];
const HEADER: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'];

const sentenceOf = (narrative: string[], start: string) => narrative.find((s) => s.startsWith(start));

describe('lower is better where only the indicator’s meaning says so', () => {
  const r = reportOf([
    TITLE,
    HEADER,
    [1, 'Số đơn thư tồn đọng', 'Đơn', 10, 4],
    [2, 'Số hộ tái nghèo', 'Hộ', 3, 1],
    [3, 'Tỷ lệ sinh con thứ 3 trở lên', '%', 8, 6.5],
    [4, 'Tỷ lệ rác thải chưa được thu gom', '%', 5, 3],
    [5, 'Tỷ lệ tăng dân số tự nhiên', '%', 1.1, 0.9],
    [6, 'Bội chi ngân sách địa phương', 'Tỷ đồng', 500, 250.5],
    [7, 'Tổng dư nợ cuối năm', 'Tỷ đồng', 800, 700],
    [8, 'Bội chi ngân sách', 'Tỷ đồng', 100, 175.6],
    [9, 'Mức giảm tỷ lệ hộ nghèo', '%', 1, 1.2],
  ]);

  it.each([
    ['Số đơn thư tồn đọng', 'vuot', 'Số đơn thư tồn đọng là 04 đơn, thấp hơn chỉ tiêu (10 đơn).'],
    ['Số hộ tái nghèo', 'vuot', 'Số hộ tái nghèo là 01 hộ, thấp hơn chỉ tiêu (03 hộ).'],
    ['Tỷ lệ sinh con thứ 3 trở lên', 'vuot', 'Tỷ lệ sinh con thứ 3 trở lên là 6,5%, thấp hơn chỉ tiêu (8%).'],
    ['Tỷ lệ rác thải chưa được thu gom', 'vuot', 'Tỷ lệ rác thải chưa được thu gom là 3%, thấp hơn chỉ tiêu (5%).'],
    ['Tỷ lệ tăng dân số tự nhiên', 'vuot', 'Tỷ lệ tăng dân số tự nhiên là 0,9%, thấp hơn chỉ tiêu (1,1%).'],
    [
      'Bội chi ngân sách địa phương',
      'vuot',
      'Bội chi ngân sách địa phương là 250,5 tỷ đồng, thấp hơn chỉ tiêu (500 tỷ đồng).',
    ],
    ['Tổng dư nợ cuối năm', 'vuot', 'Tổng dư nợ cuối năm là 700 tỷ đồng, thấp hơn chỉ tiêu (800 tỷ đồng).'],
  ])('%s below its target is met (%s), never “bằng 40% kế hoạch, chưa đạt”', (name, status, sentence) => {
    expect(ind(r, name)).toMatchObject({ direction: 'decrease', overallStatus: status });
    expect(sentenceOf(r.narrative, name)).toBe(sentence);
  });

  it('bội chi at 175,6% of the plan is not a strong result: chưa đạt', () => {
    expect(ind(r, 'Bội chi ngân sách')).toMatchObject({ direction: 'decrease', overallStatus: 'chua_dat' });
    const s = sentenceOf(r.narrative, 'Bội chi ngân sách là')!;
    expect(s).toContain('chưa đạt');
    expect(s).not.toMatch(/vượt|đạt 175/);
  });

  it('Mức giảm tỷ lệ hộ nghèo is a reduction achieved: higher is better', () => {
    expect(ind(r, 'Mức giảm tỷ lệ hộ nghèo')).toMatchObject({ direction: 'increase', overallStatus: 'vuot' });
  });
});

describe('a zero target met', () => {
  it('Số vụ ngộ độc thực phẩm 0 against 0 is đạt, said as none, never “Có 00 vụ”', () => {
    const r = reportOf([TITLE, HEADER, [1, 'Số vụ ngộ độc thực phẩm', 'Vụ', 0, 0], [2, 'Số vụ cháy nổ', 'Vụ', 0, 1]]);
    expect(ind(r, 'Số vụ ngộ độc thực phẩm')).toMatchObject({ targetKind: 'zero', overallStatus: 'dat' });
    expect(r.narrative).toContain('Không có vụ ngộ độc thực phẩm, đạt chỉ tiêu.');
    expect(r.narrative.join(' ')).not.toContain('00 vụ');
    expect(ind(r, 'Số vụ cháy nổ').overallStatus).toBe('chua_dat');
  });

  it('a target of 0 on a count no dictionary knows is a cap too: 0 is đạt, 1 chưa đạt', () => {
    const r = reportOf([
      TITLE,
      HEADER,
      [1, 'Số vụ việc phức tạp kéo dài', 'Vụ', 0, 0],
      [2, 'Số điểm nóng mới', 'Điểm', 0, 1],
    ]);
    expect(ind(r, 'Số vụ việc phức tạp kéo dài')).toMatchObject({ directionSource: 'target', overallStatus: 'dat' });
    expect(ind(r, 'Số điểm nóng mới')).toMatchObject({ directionSource: 'target', overallStatus: 'chua_dat' });
    expect(r.inferred).toBeUndefined();
  });
});

describe('target forms of real resolutions', () => {
  const r = reportOf([
    TITLE,
    HEADER,
    [1, 'Tỷ lệ hộ phân loại rác tại nguồn', '%', 'Không dưới 90%', 92],
    [2, 'Tỷ lệ hộ sử dụng nước sạch', '%', 'Tối thiểu 95%', 94],
    [3, 'Số mô hình điểm', 'Mô hình', '> 50', 50],
    [4, 'Số câu lạc bộ', 'CLB', 'Trên 5', 6],
    [5, 'Tỷ lệ hộ nghèo', '%', 'Giảm còn dưới 2%', 2],
    [6, 'Tỷ lệ hộ cận nghèo', '%', 'Giảm còn dưới 2%', 1.5],
    [7, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 'Đạt 100%', 100],
    [8, 'Xếp loại Đảng bộ', '', 'Trong sạch vững mạnh', 'Trong sạch vững mạnh'],
    [9, 'Số cuộc kiểm tra giám sát', 'Cuộc', 'x', 5],
    [10, 'Số lượt tiếp công dân', 'Lượt', '-', 40],
    [11, 'Số tin bài tuyên truyền', 'Tin', '…', 12],
    [12, 'Trạm y tế đạt chuẩn quốc gia', '', 'Đạt chuẩn', 'Đạt'],
    [13, 'Phường đạt chuẩn văn minh đô thị', '', 'Giữ vững', 'Giữ vững'],
  ]);

  it.each([
    ['Tỷ lệ hộ phân loại rác tại nguồn', 'min', 'vuot'],
    ['Tỷ lệ hộ sử dụng nước sạch', 'min', 'chua_dat'],
    // `> 50` and `Trên 5` are strict: 50 is not above 50.
    ['Số mô hình điểm', 'min', 'chua_dat'],
    ['Số câu lạc bộ', 'min', 'vuot'],
    // `Giảm còn dưới 2%` is a strict cap: 2% is not below 2%.
    ['Tỷ lệ hộ nghèo', 'max', 'chua_dat'],
    ['Tỷ lệ hộ cận nghèo', 'max', 'vuot'],
    ['Tỷ lệ người dân tham gia bảo hiểm y tế', 'min', 'dat'],
    ['Xếp loại Đảng bộ', 'rating', 'dat'],
    ['Trạm y tế đạt chuẩn quốc gia', 'boolean', 'dat'],
    ['Phường đạt chuẩn văn minh đô thị', 'boolean', 'dat'],
  ])('%s: a %s target, %s', (name, kind, status) => {
    expect(ind(r, name)).toMatchObject({ targetKind: kind, overallStatus: status });
  });

  it('x, - and … in a target cell set no target: not “được giao”, not “chưa đủ số liệu”', () => {
    for (const name of ['Số cuộc kiểm tra giám sát', 'Số lượt tiếp công dân', 'Số tin bài tuyên truyền']) {
      expect(ind(r, name)).toMatchObject({ targetKind: null, overallStatus: 'khong_danh_gia' });
    }
    const text = r.narrative.join(' ');
    expect(text).toContain('có 10 chỉ tiêu được giao');
    expect(text).not.toContain('chưa đủ số liệu');
    expect(text).toContain('(không giao chỉ tiêu, chỉ theo dõi kết quả thực hiện)');
  });
});

describe('Giữ vững: a title or a level kept', () => {
  it('a level is kept when it is not below last year’s; a title when the actual says so', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024', 'Thực hiện 2023'],
      ['Tỷ lệ hộ gia đình văn hóa', '%', 'Giữ vững', 91, 90],
      ['Số tổ dân phố văn hóa', 'Tổ', 'Giữ vững', 11, 12],
      ['Tỷ lệ trường đạt chuẩn quốc gia', '%', 'Giữ vững 100%', 100, 100],
      ['Phường đạt chuẩn văn minh đô thị', '', 'Giữ vững', 'Giữ vững', 'Đạt'],
    ]);
    expect(ind(r, 'Tỷ lệ hộ gia đình văn hóa')).toMatchObject({ valueKind: 'rate', overallStatus: 'vuot' });
    expect(ind(r, 'Số tổ dân phố văn hóa').overallStatus).toBe('chua_dat');
    expect(ind(r, 'Tỷ lệ trường đạt chuẩn quốc gia')).toMatchObject({ targetKind: 'min', overallStatus: 'dat' });
    expect(ind(r, 'Phường đạt chuẩn văn minh đô thị')).toMatchObject({ valueKind: 'boolean', overallStatus: 'dat' });
  });
});

describe('growth targets', () => {
  it('a year: Thu ngân sách tăng 8%/năm is the change against last year', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024', 'Thực hiện 2023'],
      ['Thu ngân sách', 'Triệu đồng', 'Tăng 8%/năm', 1100, 1000],
      ['Chi ngân sách', 'Triệu đồng', 'Tăng bình quân 8%/năm', 1050, 1000],
    ]);
    // 1100 against 1000 × 1,08 = 1080; 1050 against 1080.
    expect(ind(r, 'Thu ngân sách')).toMatchObject({ targetKind: 'min', overallStatus: 'vuot' });
    expect(ind(r, 'Thu ngân sách').periods[0].target).toBeCloseTo(1080, 9);
    expect(ind(r, 'Chi ngân sách').overallStatus).toBe('chua_dat');
  });

  const TERM_HEADER: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu Nghị quyết nhiệm kỳ 2020-2025'];
  const years = (n: number) => Array.from({ length: n }, (_, i) => `TH ${2020 + i}`);

  it('a term: the compound growth from the year before the term, against the rate', () => {
    const r = reportOf([
      ['CHỈ TIÊU NHIỆM KỲ 2020 - 2025'],
      [...TERM_HEADER, ...years(6)],
      [1, 'Thu ngân sách', 'Triệu đồng', 'Tăng bình quân 8%/năm', 1000, 1090, 1180, 1270, 1370, 1480],
      [2, 'Chi ngân sách', 'Triệu đồng', 'Tăng bình quân 10%/năm', 1000, 1090, 1180, 1270, 1370, 1480],
      [3, 'Tốc độ tăng trưởng kinh tế', '%', 'Tốc độ tăng trưởng bình quân 10%/năm', 9, 10, 11, 10.5, 10, 10],
    ]);
    // (1480 / 1000)^(1/5) − 1 = 8,1564…%, by hand.
    const thu = ind(r, 'Thu ngân sách');
    expect(thu.term).toMatchObject({ basis: 'growth', termTarget: 8, termStatus: 'vuot' });
    expect(thu.term!.cagrPct!).toBeCloseTo((Math.pow(1.48, 1 / 5) - 1) * 100, 9);
    expect(ind(r, 'Chi ngân sách').term).toMatchObject({ basis: 'growth', termStatus: 'chua_dat' });
    // A rate that is itself a growth: its yearly average, 10,08% ≥ 10%.
    expect(ind(r, 'Tốc độ tăng trưởng kinh tế').term).toMatchObject({ basis: 'average', termStatus: 'vuot' });
    expect(r.narrative).toContain(
      'Từ năm 2020 đến năm 2025, thu ngân sách tăng bình quân 8,2%/năm, vượt chỉ tiêu Nghị quyết Đại hội đề ra (tăng bình quân 8%/năm).',
    );
  });

  it('a term in progress: the pace so far is the outlook, nothing is met before the end', () => {
    const r = reportOf([
      ['CHỈ TIÊU NHIỆM KỲ 2020 - 2025'],
      [...TERM_HEADER, ...years(3)],
      [1, 'Thu ngân sách', 'Triệu đồng', 'Tăng bình quân 8%/năm', 1000, 1090, 1180],
      [2, 'Chi ngân sách', 'Triệu đồng', 'Tăng bình quân 10%/năm', 1000, 1050, 1100],
    ]);
    expect(ind(r, 'Thu ngân sách').term).toMatchObject({ termStatus: 'dang_thuc_hien', outlook: 'co_kha_nang_dat' });
    expect(ind(r, 'Chi ngân sách').term).toMatchObject({ termStatus: 'dang_thuc_hien', outlook: 'kho_dat' });
  });
});

describe('stocks: a level judged on its latest value, told from–to, never summed', () => {
  const header: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu Nghị quyết nhiệm kỳ 2020-2025'];
  const ths = ['TH 2021', 'TH 2022', 'TH 2023', 'TH 2024', 'TH 2025'];

  it('Đến cuối nhiệm kỳ có 12 tổ dân phố đạt chuẩn: the latest count, not the sum', () => {
    const r = reportOf([
      ['CHỈ TIÊU NHIỆM KỲ 2020 - 2025'],
      [...header, ...ths],
      [1, 'Số tổ dân phố đạt chuẩn văn hóa', 'Tổ', 'Đến cuối nhiệm kỳ có 12 tổ dân phố đạt chuẩn', 8, 9, 10, 11, 12],
      [2, 'Số tổ dân phố văn hóa', 'Tổ', '', 8, 9, 10, 11, 12],
    ]);
    expect(ind(r, 'Số tổ dân phố đạt chuẩn văn hóa')).toMatchObject({ stock: true, overallStatus: 'dat' });
    expect(ind(r, 'Số tổ dân phố đạt chuẩn văn hóa').term).toMatchObject({ basis: 'latest', latest: 12 });
    const text = r.narrative.join(' ');
    expect(text).not.toMatch(/tổng 5 năm/);
    expect(text).toContain('Số tổ dân phố văn hóa tăng từ 08 tổ (năm 2021) lên 12 tổ (năm 2025)');
  });

  it('a stock is a level at nine months too: judged as the year, not “đang thực hiện”', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'],
      ['Số tổ dân phố văn hóa', 'Tổ', 12, 12],
      ['Kết nạp đảng viên mới', 'Đảng viên', 12, 9],
    ]);
    expect(ind(r, 'Số tổ dân phố văn hóa').overallStatus).toBe('dat');
    expect(ind(r, 'Kết nạp đảng viên mới').overallStatus).toBe('dang_thuc_hien');
  });
});
