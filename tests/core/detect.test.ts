/** detect/* — finding indicator tables: header words, header rows, periods, data rows (DOMAIN.md §1). */
import { describe, expect, it } from 'vitest';
import { detectTables } from '../../src/core/detect/index';
import { headerAt, isColumnNumberRow } from '../../src/core/detect/header';
import { periodOf, periodOfCell } from '../../src/core/detect/period';
import { classifyHeader, isAssignedHeader } from '../../src/core/detect/vocabulary';
import { GridView, type CellValue } from '../../src/core/grid';
import { NO_TABLE_MESSAGE, runReport } from '../../src/core/index';
import { grid, ind, indicators, names, period, reportOf } from './helpers';

const HEADER: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'];

function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

describe('§1 header vocabulary: every header word names its column role', () => {
  const vocabulary: [string, string][] = [
    ['STT', 'stt'],
    ['TT', 'stt'],
    ['Số TT', 'stt'],
    ['Chỉ tiêu', 'name'],
    ['Tên chỉ tiêu', 'name'],
    ['Nội dung', 'name'],
    ['Nội dung chỉ tiêu', 'name'],
    ['Danh mục', 'name'],
    ['Các chỉ tiêu', 'name'],
    ['ĐVT', 'unit'],
    ['Đơn vị tính', 'unit'],
    ['Đơn vị', 'unit'],
    ['Kế hoạch', 'target'],
    ['KH', 'target'],
    ['Chỉ tiêu giao', 'target'],
    ['Chỉ tiêu quận giao', 'target'],
    ['Chỉ tiêu được giao', 'target'],
    ['Mục tiêu', 'target'],
    ['Dự toán', 'target'],
    ['Quận giao', 'target'],
    ['Thị xã giao', 'target'],
    ['Huyện giao', 'target'],
    ['Thành phố giao', 'target'],
    ['Tỉnh giao', 'target'],
    ['Cấp trên giao', 'target'],
    ['Kế hoạch phường', 'target'],
    ['Chỉ tiêu phường phấn đấu', 'target'],
    ['Thực hiện', 'actual'],
    ['TH', 'actual'],
    ['Ước thực hiện', 'actual'],
    ['Ước TH', 'actual'],
    ['ƯTH', 'actual'],
    ['Kết quả', 'actual'],
    ['Đạt', 'actual'],
    ['Cùng kỳ', 'previousActual'],
    ['TH cùng kỳ', 'previousActual'],
    ['Thực hiện cùng kỳ', 'previousActual'],
    ['Năm trước', 'previousActual'],
    ['Chỉ tiêu nhiệm kỳ', 'termTarget'],
    ['Chỉ tiêu NQ', 'termTarget'],
    ['Chỉ tiêu Nghị quyết', 'termTarget'],
    ['NQ ĐH', 'termTarget'],
    ['Mục tiêu nhiệm kỳ', 'termTarget'],
    ['Tỷ lệ', 'reportedPct'],
    ['Tỷ lệ %', 'reportedPct'],
    ['So sánh', 'reportedPct'],
    ['So sánh TH/KH', 'reportedPct'],
    ['Tỷ lệ đạt', 'reportedPct'],
    ['% KH', 'reportedPct'],
    ['TH/KH', 'reportedPct'],
    ['So cùng kỳ', 'reportedYoy'],
    ['So với cùng kỳ', 'reportedYoy'],
    ['Tăng/giảm', 'reportedYoy'],
    ['Chiều', 'direction'],
    ['Chiều đánh giá', 'direction'],
    ['Xu hướng', 'direction'],
    ['Ghi chú', 'note'],
  ];
  const spellings = (w: string): [string, string][] => [
    ['as written', w],
    ['without diacritics', stripDiacritics(w)],
    ['upper case', w.toLocaleUpperCase('vi')],
    ['with (%)', `${w} (%)`],
    ['with :', `${w}:`],
    ['with *', `${w}*`],
    ['with extra spaces', `  ${w.replace(/ /g, '\u00a0 ')} `],
  ];
  for (const [word, role] of vocabulary) {
    it.each(spellings(word))(`"${word}" is a ${role} column (%s)`, (_how, text) => {
      expect(classifyHeader(text)).toBe(role);
    });
  }

  it('the longest phrase wins', () => {
    expect(classifyHeader('Chỉ tiêu Nghị quyết nhiệm kỳ 2020-2025')).toBe('termTarget');
    expect(classifyHeader('So sánh TH/KH (%)')).toBe('reportedPct');
    expect(classifyHeader('Chỉ tiêu')).toBe('name');
    expect(classifyHeader('Thực hiện cùng kỳ năm 2019')).toBe('previousActual');
    expect(classifyHeader('Mục tiêu nhiệm kỳ 2020-2025')).toBe('termTarget');
    expect(classifyHeader('Tỷ lệ đạt (%)')).toBe('reportedPct');
    expect(classifyHeader('So với cùng kỳ (%)')).toBe('reportedYoy');
    expect(classifyHeader('Chỉ tiêu quận giao năm 2020')).toBe('target');
    expect(classifyHeader('Tỷ lệ TH/KH cả nhiệm kỳ (%)')).toBe('reportedPct');
  });

  it('common spellings beyond the table: TH so KH, So CK, Chỉ tiêu KH', () => {
    expect(classifyHeader('TH so KH (%)')).toBe('reportedPct');
    expect(classifyHeader('So CK (%)')).toBe('reportedYoy');
    expect(classifyHeader('Chỉ tiêu KH')).toBe('target');
  });

  it('a period in the header text does not change the role', () => {
    expect(classifyHeader('KH 2019')).toBe('target');
    expect(classifyHeader('Kế hoạch năm 2020')).toBe('target');
    expect(classifyHeader('Thực hiện năm 2020')).toBe('actual');
    expect(classifyHeader('Ước TH 6 tháng 2023')).toBe('actual');
    expect(classifyHeader('Thực hiện 9 tháng năm 2023')).toBe('actual');
  });

  it('words that are not header words name no column', () => {
    expect(classifyHeader('Họ và tên')).toBeNull();
    expect(classifyHeader('Chức vụ')).toBeNull();
    expect(classifyHeader('')).toBeNull();
    expect(classifyHeader('Khách hàng')).toBeNull();
  });

  it.each([
    'Chỉ tiêu quận giao',
    'Quận giao',
    'Thị xã giao',
    'Huyện giao',
    'Thành phố giao',
    'Tỉnh giao',
    'Cấp trên giao',
    'QUẬN GIAO NĂM 2020',
  ])('"%s" names a target assigned from above', (text) => {
    expect(isAssignedHeader(text)).toBe(true);
  });
  it.each(['Kế hoạch', 'Kế hoạch phường', 'Chỉ tiêu phường phấn đấu', 'Chỉ tiêu giao'])(
    '"%s" is an own target',
    (text) => {
      expect(isAssignedHeader(text)).toBe(false);
    },
  );
});

describe('§1 a header needs a name column and at least one target or actual column', () => {
  it('Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện is a table', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      ['Thu ngân sách', 'Triệu đồng', 100, 120],
    ]);
    expect(names(r)).toEqual(['Thu ngân sách']);
  });

  it('a name column with only an actual column is a table', () => {
    const r = reportOf([
      ['Nội dung', 'Kết quả'],
      ['Kết nạp đảng viên', 12],
    ]);
    expect(period(r, 'Kết nạp đảng viên').actual).toBe(12);
  });

  it('a name column with only a target column is a table', () => {
    const r = reportOf([
      ['Danh mục', 'Dự toán'],
      ['Chi thường xuyên', 500],
    ]);
    expect(period(r, 'Chi thường xuyên').target).toBe(500);
  });

  it('no name column is no table', () => {
    const r = runReport([
      grid([
        ['STT', 'Kế hoạch', 'Thực hiện'],
        [1, 100, 120],
      ]),
    ]);
    expect(r).toEqual({ ok: false, code: 'no-table', message: NO_TABLE_MESSAGE });
  });

  it('a name column without target or actual is no table', () => {
    const r = runReport([
      grid([
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Ghi chú'],
        [1, 'Thu ngân sách', 'Triệu đồng', 'tốt'],
      ]),
    ]);
    expect(r.ok).toBe(false);
  });

  it('a header spelled without diacritics and in upper case is found', () => {
    const r = reportOf([
      ['STT', 'CHI TIEU', 'DON VI TINH', 'KE HOACH', 'THUC HIEN'],
      [1, 'Thu ngân sách', 'Triệu đồng', 100, 120],
    ]);
    expect(period(r, 'Thu ngân sách')).toMatchObject({ target: 100, actual: 120 });
    expect(ind(r, 'Thu ngân sách').unit).toBe('Triệu đồng');
  });

  it('a header typed in composed Unicode ("Unicode tổ hợp", NFD) is found like precomposed text', () => {
    for (const name of ['Chỉ tiêu', 'Nội dung', 'Tên chỉ tiêu', 'Các chỉ tiêu', 'Danh mục']) {
      const header = [name, 'Đơn vị tính', 'Kế hoạch', 'Thực hiện'].map((w) => w.normalize('NFD'));
      const r = reportOf([header, ['Thu ngân sách'.normalize('NFD'), 'Triệu đồng'.normalize('NFD'), 100, 120]]);
      expect(
        indicators(r).map((i) => i.periods[0].status),
        name,
      ).toEqual(['vuot']);
      expect(indicators(r)[0].valueKind).toBe('amount');
    }
  });

  it('values and targets typed in composed Unicode are read like precomposed text', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const r = reportOf([
      HEADER.map((w) => (typeof w === 'string' ? nfd(w) : w)),
      [1, nfd('Thu ngân sách'), nfd('Triệu đồng'), nfd('25,3 tỷ'), 30000],
      [2, nfd('Tỷ lệ trẻ em suy dinh dưỡng'), '%', nfd('Dưới 5,5%'), nfd('4,9%')],
      [3, nfd('Xếp loại Đảng bộ'), '', nfd('Hoàn thành tốt nhiệm vụ'), nfd('Hoàn thành xuất sắc nhiệm vụ')],
      [4, nfd('Số vụ cháy nổ'), 'Vụ', nfd('Không để xảy ra'), 0],
    ]);
    expect(indicators(r).map((i) => [i.targetKind, i.overallStatus])).toEqual([
      ['min', 'vuot'],
      ['max', 'vuot'],
      ['rating', 'vuot'],
      ['zero', 'dat'],
    ]);
    expect(indicators(r)[0].periods[0].target).toBe(25300);
  });

  it('header words with (%), : and * still name their columns', () => {
    const r = reportOf([
      ['TT:', 'Tên chỉ tiêu*', 'ĐVT:', 'KH (*)', 'TH (%)', 'TH/KH (%)'],
      [1, 'Tỷ lệ hộ gia đình văn hóa', '%', 88, 91.69, 104.2],
    ]);
    expect(period(r, 'Tỷ lệ hộ gia đình văn hóa')).toMatchObject({ target: 88, actual: 91.69 });
    expect(r.checks).toEqual([]);
  });

  it('the columns may come in any order', () => {
    const r = reportOf([
      ['Thực hiện', 'Kế hoạch', 'ĐVT', 'Chỉ tiêu'],
      [120, 100, 'Triệu đồng', 'Thu ngân sách'],
    ]);
    expect(period(r, 'Thu ngân sách')).toMatchObject({ target: 100, actual: 120, status: 'vuot' });
  });
});

describe('§1 target assigned from above vs own target', () => {
  it('Chỉ tiêu quận giao alone is the target', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Chỉ tiêu quận giao năm 2020', 'Thực hiện năm 2020'],
      ['Thu ngân sách', 'Triệu đồng', 10500, 36015],
    ]);
    const p = period(r, 'Thu ngân sách');
    expect(p).toMatchObject({ period: '2020', target: 10500, assignedTarget: null, status: 'vuot' });
  });

  it('Chỉ tiêu quận giao beside Kế hoạch phường is the assigned target', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Chỉ tiêu quận giao', 'Kế hoạch phường', 'Thực hiện'],
      ['Thu ngân sách', 'Triệu đồng', 10000, 10500, 12000],
    ]);
    expect(period(r, 'Thu ngân sách')).toMatchObject({ target: 10500, assignedTarget: 10000, actual: 12000 });
    expect(period(r, 'Thu ngân sách').assignedAchievementPct).toBeCloseTo(120, 9);
  });

  it('Chỉ tiêu phường phấn đấu is the own target beside Chỉ tiêu quận giao, whatever their order', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Chỉ tiêu phường phấn đấu', 'Chỉ tiêu quận giao', 'Thực hiện'],
      ['Thu ngân sách', 'Triệu đồng', 11000, 10500, 12000],
    ]);
    expect(period(r, 'Thu ngân sách')).toMatchObject({ target: 11000, assignedTarget: 10500 });
  });

  it('Thành phố giao and Tỉnh giao (since 7/2025) are assigned targets beside an own target', () => {
    for (const word of ['Thành phố giao', 'Tỉnh giao', 'Huyện giao', 'Thị xã giao', 'Cấp trên giao', 'Quận giao']) {
      const r = reportOf([
        ['Chỉ tiêu', 'ĐVT', word, 'Kế hoạch', 'Thực hiện'],
        ['Thu ngân sách', 'Triệu đồng', 100, 110, 120],
      ]);
      expect(period(r, 'Thu ngân sách'), word).toMatchObject({ target: 110, assignedTarget: 100, actual: 120 });
    }
  });

  it('Tỉnh giao alone is the target', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Tỉnh giao', 'Thực hiện'],
      ['Thu ngân sách', 'Triệu đồng', 100, 120],
    ]);
    expect(period(r, 'Thu ngân sách')).toMatchObject({ target: 100, assignedTarget: null });
  });

  it('the assigned target pairs with the own target even when only one of them names the year', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Chỉ tiêu quận giao năm 2020', 'Chỉ tiêu phường phấn đấu', 'Thực hiện năm 2020'],
      ['Thu ngân sách', 'Triệu đồng', 100, 110, 120],
    ]);
    const i = ind(r, 'Thu ngân sách');
    expect(i.periods).toHaveLength(1);
    expect(i.periods[0]).toMatchObject({ period: '2020', target: 110, assignedTarget: 100, actual: 120 });
  });
});

describe('§1 periods of target/actual columns', () => {
  const periods: [string, string | null][] = [
    ['Năm 2015', '2015'],
    ['KH 2019', '2019'],
    ['Thực hiện năm 2020', '2020'],
    ['Ước TH 6 tháng 2023', '6 tháng 2023'],
    ['Thực hiện 9 tháng năm 2023', '9 tháng 2023'],
    ['Quý I năm 2023', 'Quý I 2023'],
    ['Quý 3/2023', 'Quý III 2023'],
    ['NHIỆM KỲ 2015 - 2020', '2015-2020'],
    ['Thực hiện', null],
    ['Ngày 15 tháng 12 năm 2020', null],
    ['Kèm theo báo cáo ngày 10/12/2020', null],
    // Up to 30 June: the first six months (§7.1).
    ['TH đến 30/6/2023', '6 tháng 2023'],
  ];
  it.each(periods)('"%s" names the period %j', (text, label) => {
    expect(periodOf(text)?.label ?? null).toBe(label);
  });

  it('a year typed as a number is a period', () => {
    expect(periodOfCell(2019)?.label).toBe('2019');
    expect(periodOfCell('Năm 2019')?.label).toBe('2019');
    expect(periodOfCell(12)).toBeNull();
  });

  it('KH 2019 | TH 2019 | KH 2020 | TH 2020 pair by period', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'KH 2019', 'TH 2019', 'KH 2020', 'TH 2020'],
      ['Thu ngân sách', 'Triệu đồng', 9800, 30120, 10500, 36015],
    ]);
    const i = ind(r, 'Thu ngân sách');
    expect(i.periods.map((p) => [p.period, p.target, p.actual])).toEqual([
      ['2019', 9800, 30120],
      ['2020', 10500, 36015],
    ]);
  });

  it('Năm 2015 merged over KH | TH gives both columns its period', () => {
    const g = grid(
      [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2015', null, 'Năm 2016', null],
        [null, null, null, 'KH', 'TH', 'KH', 'TH'],
        [1, 'Thu ngân sách', 'Tỷ đồng', 19.46, 25.3, 16.01, 26.9],
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 1, right: 1 },
          { top: 0, left: 2, bottom: 1, right: 2 },
          { top: 0, left: 3, bottom: 0, right: 4 },
          { top: 0, left: 5, bottom: 0, right: 6 },
        ],
      },
    );
    const i = ind(reportOf(g), 'Thu ngân sách');
    expect(i.periods.map((p) => [p.period, p.target, p.actual])).toEqual([
      ['2015', 19.46, 25.3],
      ['2016', 16.01, 26.9],
    ]);
  });

  it('a year typed as a number above KH | TH is the period too', () => {
    const g = grid(
      [
        ['Chỉ tiêu', 'ĐVT', 2019, null, 2020, null],
        [null, null, 'KH', 'TH', 'KH', 'TH'],
        ['Kết nạp đảng viên', 'Đảng viên', 8, 9, 8, 11],
      ],
      {
        merges: [
          { top: 0, left: 2, bottom: 0, right: 3 },
          { top: 0, left: 4, bottom: 0, right: 5 },
        ],
      },
    );
    expect(ind(reportOf(g), 'Kết nạp đảng viên').periods.map((p) => p.period)).toEqual(['2019', '2020']);
  });

  it("one target and one actual pair whatever their labels say; the period is the actual's", () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2023', 'Thực hiện 9 tháng năm 2023'],
      ['Thu ngân sách', 'Triệu đồng', 12000, 9500],
    ]);
    // Nine months against the year's plan is in progress, not "chưa đạt" (§7.4).
    expect(period(r, 'Thu ngân sách')).toMatchObject({
      period: '9 tháng 2023',
      target: 12000,
      actual: 9500,
      status: 'dang_thuc_hien',
      elapsedPct: 75,
      progress: 'dat_tien_do',
    });
  });

  it('Ước TH 6 tháng 2023 pairs with the plan of the year', () => {
    const r = reportOf([
      ['Nội dung', 'ĐVT', 'KH 2023', 'Ước TH 6 tháng 2023'],
      ['Thu ngân sách', 'Triệu đồng', 100, 60],
    ]);
    expect(period(r, 'Thu ngân sách')).toMatchObject({ period: '6 tháng 2023', achievementPct: 60 });
  });

  it("a column with no year takes the table's period from the title", () => {
    const r = reportOf([
      ['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG'],
      ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2020'],
      [],
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
    ]);
    expect(period(r, 'Thu ngân sách').period).toBe('2020');
    expect(r.tables[0].period).toBe('2020');
  });

  it('a date line in the title block is not the period', () => {
    const r = reportOf([
      ['Phúc Đồng, ngày 15 tháng 12 năm 2019'],
      ['BÁO CÁO KẾT QUẢ NĂM 2020'],
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
    ]);
    expect(period(r, 'Thu ngân sách').period).toBe('2020');
  });

  it('a column with no year and no title period has the period ""', () => {
    const r = reportOf([HEADER, [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015]]);
    expect(period(r, 'Thu ngân sách').period).toBe('');
    expect(r.tables[0].period).toBe('');
  });

  it('the table period is its only period when the title names none', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'KH 2021', 'TH 2021'],
      ['Kết nạp đảng viên', 8, 9],
    ]);
    expect(r.tables[0].period).toBe('2021');
  });
});

describe('§1 header rows: 1 to 3 rows, possibly merged, title rows above, a column-number row under', () => {
  it('a one-row header', () => {
    const view = new GridView(grid([HEADER, [1, 'Thu', 'Triệu đồng', 1, 2]]));
    const h = headerAt(view, 0)!;
    expect(h).toMatchObject({ top: 0, bottom: 0, dataStart: 1, long: false });
    expect(h.columns.map((c) => c.role)).toEqual(['stt', 'name', 'unit', 'target', 'actual']);
  });

  it('a two-row header with merged cells', () => {
    const g = grid(
      [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2020', null, 'Ghi chú'],
        [null, null, null, 'Kế hoạch', 'Thực hiện', null],
        [1, 'Thu ngân sách', 'Triệu đồng', 100, 120, null],
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 1, right: 1 },
          { top: 0, left: 2, bottom: 1, right: 2 },
          { top: 0, left: 3, bottom: 0, right: 4 },
          { top: 0, left: 5, bottom: 1, right: 5 },
        ],
      },
    );
    const h = headerAt(new GridView(g), 0)!;
    expect(h).toMatchObject({ top: 0, bottom: 1, dataStart: 2 });
    const r = reportOf(g);
    expect(period(r, 'Thu ngân sách')).toMatchObject({ period: '2020', target: 100, actual: 120 });
  });

  it('a three-row header: term over years over KH | TH', () => {
    const g = grid(
      [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Nhiệm kỳ 2020-2025', null, null, null],
        [null, null, null, 'Năm 2021', null, 'Năm 2022', null],
        [null, null, null, 'KH', 'TH', 'KH', 'TH'],
        [1, 'Thu ngân sách', 'Triệu đồng', 100, 120, 130, 125],
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 2, right: 0 },
          { top: 0, left: 1, bottom: 2, right: 1 },
          { top: 0, left: 2, bottom: 2, right: 2 },
          { top: 0, left: 3, bottom: 0, right: 6 },
          { top: 1, left: 3, bottom: 1, right: 4 },
          { top: 1, left: 5, bottom: 1, right: 6 },
        ],
      },
    );
    expect(headerAt(new GridView(g), 0)).toMatchObject({ top: 0, bottom: 2, dataStart: 3 });
    const i = ind(reportOf(g), 'Thu ngân sách');
    expect(i.periods.map((p) => [p.period, p.target, p.actual, p.status])).toEqual([
      ['2021', 100, 120, 'vuot'],
      ['2022', 130, 125, 'chua_dat'],
    ]);
  });

  it('a two-row header without merges (the name cell empty under Chỉ tiêu)', () => {
    const r = reportOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2019', null, 'Năm 2020', null],
      [null, null, null, 'KH', 'TH', 'KH', 'TH'],
      [1, 'Kết nạp đảng viên', 'Đảng viên', 8, 9, 8, 11],
    ]);
    // Merged or not, "Năm 2019" followed by a blank cell over KH | TH spans both (issue 12).
    expect(ind(r, 'Kết nạp đảng viên').periods.map((p) => [p.period, p.target, p.actual])).toEqual([
      ['2019', 8, 9],
      ['2020', 8, 11],
    ]);
  });

  it('title rows above the header are not data', () => {
    const r = reportOf([
      ['ĐẢNG BỘ QUẬN LONG BIÊN', null, null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
      ['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG', null, null, null, 'Long Biên, ngày 15 tháng 12 năm 2020'],
      [],
      ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2020'],
      [],
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
    ]);
    expect(names(r)).toEqual(['Thu ngân sách']);
    expect(r.tables[0].range).toBe('A6:E7');
  });

  it('a title starting with "Các chỉ tiêu" right above the header is not the header', () => {
    const r = reportOf([
      ['CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2020'],
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
    ]);
    expect(names(r)).toEqual(['Thu ngân sách']);
    expect(period(r, 'Thu ngân sách').period).toBe('2020');
  });

  it('a column-number row 1 | 2 | 3 under the header is skipped', () => {
    const r = reportOf([HEADER, [1, 2, 3, 4, 5], [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015]]);
    expect(names(r)).toEqual(['Thu ngân sách']);
    expect(headerAt(new GridView(grid([HEADER, [1, 2, 3, 4, 5]])), 0)?.dataStart).toBe(2);
  });

  it('a column-number row written (1) | (2) | 4=3/2 or A | B | 1 is skipped', () => {
    const view = new GridView(
      grid([
        ['(1)', '(2)', '(3)', '(4)', '5=4/3'],
        ['A', 'B', '1', '2', '3'],
      ]),
    );
    expect(isColumnNumberRow(view, 0)).toBe(true);
    expect(isColumnNumberRow(view, 1)).toBe(true);
    const r = reportOf([HEADER, ['A', 'B', 'C', 1, 2], [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015]]);
    expect(names(r)).toEqual(['Thu ngân sách']);
  });

  it('a data row is not a column-number row', () => {
    const view = new GridView(grid([[1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015]]));
    expect(isColumnNumberRow(view, 0)).toBe(false);
  });
});

describe('§1 data rows: sections (groups) are not indicators', () => {
  const rows = (first: CellValue[]): CellValue[][] => [HEADER, first, [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015]];

  it.each([
    [['I', 'KINH TẾ - NGÂN SÁCH'], 'KINH TẾ - NGÂN SÁCH'],
    [[null, 'I. Kinh tế - Ngân sách'], 'Kinh tế - Ngân sách'],
    [[null, 'II. VĂN HÓA - XÃ HỘI'], 'VĂN HÓA - XÃ HỘI'],
    [[null, 'IV - Xây dựng Đảng'], 'Xây dựng Đảng'],
    [[null, 'III) Quốc phòng'], 'Quốc phòng'],
    [[null, 'A. Khối Đảng'], 'Khối Đảng'],
    [[null, 'B- Khối chính quyền'], 'Khối chính quyền'],
    [[null, 'KINH TẾ - NGÂN SÁCH'], 'KINH TẾ - NGÂN SÁCH'],
    [['II', 'Văn hóa - xã hội'], 'Văn hóa - xã hội'],
    [['A', 'Khối Đảng'], 'Khối Đảng'],
    [['I. KINH TẾ'], 'KINH TẾ'],
  ] as [CellValue[], string][])('%j is a section named %j', (first, section) => {
    const r = reportOf(rows(first));
    expect(names(r)).toEqual(['Thu ngân sách']);
    expect(ind(r, 'Thu ngân sách').section).toBe(section);
  });

  it('a Roman-numbered name with values is a subtotal: an indicator over the rows it numbers', () => {
    const r = reportOf([
      HEADER,
      [null, 'I. THU NGÂN SÁCH', 'Triệu đồng', 10500, 36015],
      [1, 'Thu thuế', 'Triệu đồng', 100, 120],
    ]);
    expect(names(r)).toEqual(['THU NGÂN SÁCH', 'Thu thuế']);
    expect(ind(r, 'Thu thuế').parent).toBe('THU NGÂN SÁCH');
    expect(r.counts.total).toBe(1);
  });

  it('an upper-case name with values is an indicator', () => {
    const r = reportOf([HEADER, [1, 'THU NGÂN SÁCH', 'Triệu đồng', 10500, 36015]]);
    expect(names(r)).toEqual(['THU NGÂN SÁCH']);
  });

  it('a name opening with a one-letter word (Y tế) is an indicator, not a lettered section', () => {
    const r = reportOf([HEADER, [1, 'Y tế cơ sở đạt chuẩn quốc gia', 'Trạm', 1, 1]]);
    expect(names(r)).toEqual(['Y tế cơ sở đạt chuẩn quốc gia']);
  });

  it('each indicator belongs to the section above it; a new section replaces it', () => {
    const r = reportOf([
      HEADER,
      ['I', 'KINH TẾ'],
      [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
      ['II', 'VĂN HÓA - XÃ HỘI'],
      [2, 'Tỷ lệ hộ gia đình văn hóa', '%', 88, 91.69],
    ]);
    expect(ind(r, 'Thu ngân sách').section).toBe('KINH TẾ');
    expect(ind(r, 'Tỷ lệ hộ gia đình văn hóa').section).toBe('VĂN HÓA - XÃ HỘI');
    expect(r.counts.total).toBe(2);
  });

  it('indicators before any section have no section', () => {
    const r = reportOf([HEADER, [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015]]);
    expect(ind(r, 'Thu ngân sách').section).toBeNull();
  });

  it('leading numbering is removed from names', () => {
    const r = reportOf([
      HEADER,
      [null, '1. Thu ngân sách', 'Triệu đồng', 1, 2],
      [null, '2) Chi ngân sách', 'Triệu đồng', 1, 2],
    ]);
    expect(names(r)).toEqual(['Thu ngân sách', 'Chi ngân sách']);
  });
});

describe('§1 sub-indicators (Trong đó, -, +) are kept, marked with their parent (a + under the - above it)', () => {
  const g = grid([
    HEADER,
    [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
    [null, 'Trong đó: thu thuế ngoài quốc doanh', 'Triệu đồng', 5000, 4000],
    [null, '- Thu phí, lệ phí', 'Triệu đồng', 300, 350],
    [null, '+ Lệ phí trước bạ', 'Triệu đồng', 100, 120],
    [2, 'Chi ngân sách', 'Triệu đồng', 18200, 18200],
    [null, '- Chi thường xuyên', 'Triệu đồng', 15000, 14000],
  ]);

  it('rows opening with Trong đó, - or + name the indicator above as parent', () => {
    const r = reportOf(g);
    const subs = indicators(r).filter((i) => i.parent !== null);
    expect(subs.map((i) => i.parent)).toEqual(['Thu ngân sách', 'Thu ngân sách', 'Thu phí, lệ phí', 'Chi ngân sách']);
    expect(ind(r, 'Thu phí, lệ phí').parent).toBe('Thu ngân sách');
    expect(ind(r, 'Lệ phí trước bạ').parent).toBe('Thu phí, lệ phí');
    expect(ind(r, 'Lệ phí trước bạ').level).toBe(2);
    expect(ind(r, 'Chi thường xuyên').parent).toBe('Chi ngân sách');
    expect(ind(r, 'Thu ngân sách').parent).toBeNull();
  });

  it('the bullet is removed from the name', () => {
    expect(names(reportOf(g))).toContain('Thu phí, lệ phí');
  });

  it('sub-indicators have their own figures', () => {
    expect(period(reportOf(g), 'Thu phí, lệ phí')).toMatchObject({ target: 300, actual: 350, status: 'vuot' });
  });

  it('sub-indicators are excluded from the counts', () => {
    const r = reportOf(g);
    expect(r.counts).toEqual({ total: 2, vuot: 1, dat: 1, chua_dat: 0, khong_danh_gia: 0 });
  });

  it('Trong đó without diacritics or in upper case is a sub-indicator too', () => {
    const r = reportOf([
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 1, 2],
      [null, 'TRONG ĐÓ thu thuế', 'Triệu đồng', 1, 2],
      [null, 'Trong do: thu phi', 'Triệu đồng', 1, 2],
    ]);
    expect(indicators(r).filter((i) => i.parent === 'Thu ngân sách')).toHaveLength(2);
  });
});

describe('§1 captions and signature lines are not indicators', () => {
  it('a row with a name but no unit and no value is a caption', () => {
    const r = reportOf([HEADER, [null, 'Chỉ tiêu về kinh tế'], [1, 'Thu ngân sách', 'Triệu đồng', 1, 2]]);
    expect(names(r)).toEqual(['Thu ngân sách']);
  });

  it('a row with a name and a unit but no value in any target or actual column is not an indicator', () => {
    const r = reportOf([
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 1, 2],
      [2, 'Chi ngân sách', 'Triệu đồng', null, '-'],
    ]);
    expect(names(r)).toEqual(['Thu ngân sách']);
  });

  it('Người lập biểu, TM. ĐẢNG ỦY, Nơi nhận: and names below the table are not indicators', () => {
    const r = reportOf([
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
      [],
      [null, 'Người lập biểu', null, 'TM. ĐẢNG ỦY'],
      [null, null, null, 'BÍ THƯ'],
      [null, 'Nguyễn Văn A', null, 'Trần Văn B'],
      [null, 'Nơi nhận:'],
      [null, '- Quận ủy (để b/c);'],
      [null, '- Lưu VP.'],
    ]);
    expect(names(r)).toEqual(['Thu ngân sách']);
    expect(r.counts.total).toBe(1);
  });

  it('a signature line right under the data, in the name column, is not an indicator', () => {
    const r = reportOf([
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 1, 2],
      [null, 'TM. ĐẢNG ỦY'],
      [null, 'Người lập biểu', null, null, 'Nguyễn Văn A'],
    ]);
    expect(names(r)).toEqual(['Thu ngân sách']);
  });

  it('a note written in the actual column is not a value', () => {
    const r = reportOf([HEADER, [1, 'Thu ngân sách', 'Triệu đồng', 10500, 'Chưa có số liệu']]);
    expect(period(r, 'Thu ngân sách')).toMatchObject({ target: 10500, actual: null, status: 'khong_danh_gia' });
  });
});

describe('§1 a sheet may hold several tables; a sheet without a header holds none', () => {
  it('two tables separated by a title: the second takes its period from its own title', () => {
    const r = reportOf([
      ['BIỂU 1: KẾT QUẢ NĂM 2020'],
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
      [],
      ['BIỂU 2: CHỈ TIÊU NĂM 2021'],
      HEADER,
      [1, 'Chi ngân sách', 'Triệu đồng', 18200, 18000],
    ]);
    expect(r.tables).toHaveLength(2);
    expect(r.tables.map((t) => t.period)).toEqual(['2020', '2021']);
    expect(period(r, 'Thu ngân sách').period).toBe('2020');
    expect(period(r, 'Chi ngân sách').period).toBe('2021');
    expect(r.tables[0].range).toBe('A2:E3');
    expect(r.tables[1].range).toBe('A6:E7');
  });

  it('two tables separated by a title with no blank row', () => {
    const r = reportOf([
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
      [null, 'KẾT QUẢ NĂM 2021'],
      HEADER,
      [1, 'Chi ngân sách', 'Triệu đồng', 18200, 18000],
    ]);
    expect(r.tables).toHaveLength(2);
    expect(period(r, 'Chi ngân sách').period).toBe('2021');
    expect(period(r, 'Thu ngân sách').period).toBe('');
  });

  it('two tables separated by blank rows only', () => {
    const r = reportOf([
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 1, 2],
      [],
      [],
      [],
      HEADER,
      [1, 'Chi ngân sách', 'Triệu đồng', 1, 2],
    ]);
    expect(r.tables.map((t) => t.indicators.map((i) => i.name))).toEqual([['Thu ngân sách'], ['Chi ngân sách']]);
  });

  it('a data row named "Nội dung…" whose values are Đạt is data, not a new header', () => {
    const r = reportOf([
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 1, 2],
      [2, 'Nội dung sinh hoạt chi bộ đổi mới', '', 'Đạt', 'Đạt'],
      [3, 'Chi ngân sách', 'Triệu đồng', 1, 2],
    ]);
    expect(r.tables).toHaveLength(1);
    expect(names(r)).toEqual(['Thu ngân sách', 'Nội dung sinh hoạt chi bộ đổi mới', 'Chi ngân sách']);
  });

  it('a new header ends the table above it', () => {
    const r = reportOf([
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 1, 2],
      ['TT', 'Nội dung', 'Đơn vị', 'KH', 'TH'],
      [1, 'Chi ngân sách', 'Triệu đồng', 1, 2],
    ]);
    expect(r.tables).toHaveLength(2);
  });

  it('a list of names is not a table', () => {
    const list = grid([
      ['DANH SÁCH ĐẢNG VIÊN'],
      ['STT', 'Họ và tên', 'Chức vụ', 'Chi bộ'],
      [1, 'Nguyễn Văn A', 'Bí thư', 'Chi bộ 1'],
      [2, 'Trần Thị B', 'Đảng viên', 'Chi bộ 2'],
    ]);
    expect(detectTables(list)).toEqual([]);
    expect(runReport([list])).toEqual({ ok: false, code: 'no-table', message: NO_TABLE_MESSAGE });
  });

  it('a workbook with a list sheet and a table sheet reports the table only', () => {
    const list = grid(
      [
        ['STT', 'Họ và tên'],
        [1, 'Nguyễn Văn A'],
      ],
      { sheet: 'Danh sách' },
    );
    const table = grid([HEADER, [1, 'Thu ngân sách', 'Triệu đồng', 1, 2]], { sheet: 'Chỉ tiêu' });
    const r = reportOf([list, table]);
    expect(r.tables.map((t) => t.sheet)).toEqual(['Chỉ tiêu']);
  });

  it('an empty workbook holds no table and the engine says so in Vietnamese', () => {
    const r = runReport([grid([])]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Không tìm thấy bảng chỉ tiêu/);
    expect(runReport([]).ok).toBe(false);
  });

  it('a header with no indicator under it is no table', () => {
    expect(runReport([grid([HEADER, [null, 'Người lập biểu']])]).ok).toBe(false);
  });
});

describe('§1 data rows run until two blank rows, a new header or the end', () => {
  it('data end at two blank rows', () => {
    const r = reportOf([
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 1, 2],
      [],
      [],
      [2, 'Chi ngân sách', 'Triệu đồng', 1, 2],
    ]);
    expect(names(r)).toEqual(['Thu ngân sách']);
  });

  it('one blank row does not end the data', () => {
    const r = reportOf([
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 1, 2],
      [],
      [2, 'Chi ngân sách', 'Triệu đồng', 1, 2],
    ]);
    expect(names(r)).toEqual(['Thu ngân sách', 'Chi ngân sách']);
  });

  it('a row of empty strings and nulls is blank', () => {
    const r = reportOf([
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 1, 2],
      ['', '  ', null],
      [null, null],
      [2, 'Chi ngân sách', 'Triệu đồng', 1, 2],
    ]);
    expect(names(r)).toEqual(['Thu ngân sách']);
  });

  it('data run to the end of the used range', () => {
    const r = reportOf([HEADER, [1, 'Thu ngân sách', 'Triệu đồng', 1, 2], [2, 'Chi ngân sách', 'Triệu đồng', 1, 2]]);
    expect(r.tables[0].range).toBe('A1:E3');
  });

  it('rows are 1-based in the results', () => {
    const r = reportOf([['Tiêu đề'], HEADER, [1, 'Thu ngân sách', 'Triệu đồng', 1, 2]]);
    expect(ind(r, 'Thu ngân sách').row).toBe(3);
  });
});

describe('§1 a long table (Năm | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện) is pivoted, one period per year', () => {
  const long = grid([
    ['Năm', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
    [2018, 'Thu ngân sách', 'Triệu đồng', 9000, 12500],
    [2018, 'Tỷ lệ hộ gia đình văn hóa', '%', 88, 89.5],
    [2019, 'Thu ngân sách', 'Triệu đồng', 9800, 30120],
    [2019, 'Tỷ lệ hộ gia đình văn hóa', '%', 88, 90.8],
    [2020, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
    [2020, 'Tỷ lệ hộ gia đình văn hóa', '%', 88, 91.69],
  ]);

  it('each indicator gets one period per year', () => {
    const r = reportOf(long);
    expect(r.tables[0].long).toBe(true);
    expect(names(r)).toEqual(['Thu ngân sách', 'Tỷ lệ hộ gia đình văn hóa']);
    expect(ind(r, 'Thu ngân sách').periods.map((p) => [p.period, p.target, p.actual])).toEqual([
      ['2018', 9000, 12500],
      ['2019', 9800, 30120],
      ['2020', 10500, 36015],
    ]);
  });

  it('year over year comes from the previous year', () => {
    const r = reportOf(long);
    expect(period(r, 'Thu ngân sách', '2019').yoyPct).toBeCloseTo((30120 / 12500 - 1) * 100, 9);
    expect(period(r, 'Tỷ lệ hộ gia đình văn hóa', '2020').yoyPoints).toBeCloseTo(91.69 - 90.8, 9);
    expect(period(r, 'Thu ngân sách', '2018').yoyPct).toBeNull();
  });

  it('the indicator is counted once', () => {
    expect(reportOf(long).counts.total).toBe(2);
  });

  it('years written as text and rows in any order are sorted by year', () => {
    const r = reportOf([
      ['Năm', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      ['Năm 2020', 'Kết nạp đảng viên', 'Đảng viên', 8, 11],
      ['Năm 2018', 'Kết nạp đảng viên', 'Đảng viên', 8, 9],
      ['Năm 2019', 'Kết nạp đảng viên', 'Đảng viên', 8, 9],
    ]);
    expect(ind(r, 'Kết nạp đảng viên').periods.map((p) => p.period)).toEqual(['2018', '2019', '2020']);
    expect(ind(r, 'Kết nạp đảng viên').term).toMatchObject({ total: 29, cumulativePct: (29 / 24) * 100 });
  });

  it('a year merged down over its rows applies to each of them', () => {
    const g = grid(
      [
        ['Năm', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
        [2019, 'Thu ngân sách', 'Triệu đồng', 9800, 30120],
        [null, 'Kết nạp đảng viên', 'Đảng viên', 8, 9],
        [2020, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
        [null, 'Kết nạp đảng viên', 'Đảng viên', 8, 11],
      ],
      {
        merges: [
          { top: 1, left: 0, bottom: 2, right: 0 },
          { top: 3, left: 0, bottom: 4, right: 0 },
        ],
      },
    );
    expect(ind(reportOf(g), 'Kết nạp đảng viên').periods.map((p) => [p.period, p.actual])).toEqual([
      ['2019', 9],
      ['2020', 11],
    ]);
  });

  it('a year written once with the cells below left empty applies to the rows below it', () => {
    const r = reportOf([
      ['Năm', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      ['Năm 2019', null, null, null, null],
      [null, 'Thu ngân sách', 'Triệu đồng', 9800, 30120],
      [null, 'Kết nạp đảng viên', 'Đảng viên', 8, 9],
      ['Năm 2020', 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
      [null, 'Kết nạp đảng viên', 'Đảng viên', 8, 11],
    ]);
    expect(ind(r, 'Thu ngân sách').periods.map((p) => p.period)).toEqual(['2019', '2020']);
    expect(ind(r, 'Kết nạp đảng viên').periods.map((p) => [p.period, p.actual])).toEqual([
      ['2019', 9],
      ['2020', 11],
    ]);
  });

  it('a long table under a title is still long', () => {
    const r = reportOf([
      ['SỐ LIỆU 2018 - 2020'],
      [],
      ['Năm', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      [2018, 'Thu', 'Triệu đồng', 1, 2],
      [2019, 'Thu', 'Triệu đồng', 1, 3],
    ]);
    expect(r.tables[0].long).toBe(true);
    expect(ind(r, 'Thu').periods).toHaveLength(2);
  });

  it('a wide table is not long', () => {
    expect(reportOf([HEADER, [1, 'Thu', 'Triệu đồng', 1, 2]]).tables[0].long).toBe(false);
  });
});

describe('§2 a formula cell is read by its cached value', () => {
  it('formulas beside the values change nothing', () => {
    const values: CellValue[][] = [
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
      [2, 'Tổng', 'Triệu đồng', 10500, { error: '#DIV/0!' }],
    ];
    const plain = reportOf(grid(values));
    const withFormulas = reportOf(
      grid(values, { formulas: [[], [null, null, null, null, '=E10+E11'], [null, null, null, null, '=1/0']] }),
    );
    expect(withFormulas).toEqual(plain);
  });
});

describe('§1 periods from group headers above the row that names the columns', () => {
  it('Năm 2019 | Năm 2020 on the row above STT | Chỉ tiêu | KH | TH give the periods', () => {
    const g = grid(
      [
        ['BÁO CÁO KẾT QUẢ 2019 - 2020'],
        [null, null, null, 'Năm 2019', null, 'Năm 2020', null],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'KH', 'TH', 'KH', 'TH'],
        [1, 'Kết nạp đảng viên', 'Đảng viên', 8, 9, 8, 11],
      ],
      {
        merges: [
          { top: 1, left: 3, bottom: 1, right: 4 },
          { top: 1, left: 5, bottom: 1, right: 6 },
        ],
      },
    );
    const r = reportOf(g);
    expect(ind(r, 'Kết nạp đảng viên').periods.map((p) => [p.period, p.target, p.actual])).toEqual([
      ['2019', 8, 9],
      ['2020', 8, 11],
    ]);
    expect(r.tables[0].range).toBe('A2:G4');
  });

  it('a title merged across the sheet above the header is not a group header', () => {
    const g = grid([['KẾT QUẢ NĂM 2020'], HEADER, [1, 'Thu ngân sách', 'Triệu đồng', 1, 2]], {
      merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
    });
    const r = reportOf(g);
    expect(r.tables[0].range).toBe('A2:E3');
    expect(period(r, 'Thu ngân sách').period).toBe('2020');
  });
});
