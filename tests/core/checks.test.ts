/** checks.ts — typed percentages and year-over-year figures vs the data; own vs assigned targets (DOMAIN.md §5). */
import { describe, expect, it } from 'vitest';
import { roundsTo } from '../../src/core/checks';
import type { CellValue } from '../../src/core/grid';
import { grid, reportOf } from './helpers';

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const HEADER: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ TH/KH (%)'];

describe('§5 consistent when |reported − computed| ≤ 0.5 × 10^−d, d = decimals shown', () => {
  it('137 vs 137.5 is consistent (the boundary)', () => {
    expect(roundsTo({ value: 137, decimals: 0 }, 137.5)).toBe(true);
    expect(roundsTo({ value: 138, decimals: 0 }, 137.5)).toBe(true);
  });
  it('137 vs 137.51 is not', () => {
    expect(roundsTo({ value: 137, decimals: 0 }, 137.51)).toBe(false);
    expect(roundsTo({ value: 137, decimals: 0 }, 136.49)).toBe(false);
  });
  it('one decimal shown: 103,2 vs 103.25 is consistent, vs 103.26 is not', () => {
    expect(roundsTo({ value: 103.2, decimals: 1 }, 103.25)).toBe(true);
    expect(roundsTo({ value: 103.2, decimals: 1 }, 103.26)).toBe(false);
  });
  it('two decimals shown', () => {
    expect(roundsTo({ value: 104.19, decimals: 2 }, 104.1931)).toBe(true);
    expect(roundsTo({ value: 104.18, decimals: 2 }, 104.1931)).toBe(false);
  });
});

describe("§5 a period's reported % is compared with its achievementPct", () => {
  it('a typed % that rounds to the computed one is no finding', () => {
    const r = reportOf([
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015, 343],
      [2, 'Kết nạp đảng viên mới', 'Đảng viên', 8, 11, 137],
      [3, 'Tỷ lệ hộ gia đình văn hóa', '%', 88, 91.69, 104.19],
      [4, 'Tỷ lệ bảo hiểm y tế', '%', 90, 92.1, '102,3%'],
    ]);
    expect(r.checks).toEqual([]);
  });

  it('a wrong typed % is a finding: sheet, cell, reported, computed and a Vietnamese explanation', () => {
    const r = reportOf(
      grid([HEADER, [1, 'Kết nạp đảng viên mới', 'Đảng viên', 8, 11, 130]], { sheet: 'Chỉ tiêu 2020' }),
    );
    expect(r.checks).toHaveLength(1);
    const f = r.checks[0];
    expect(f).toMatchObject({
      sheet: 'Chỉ tiêu 2020',
      cell: 'F2',
      kind: 'reported_pct',
      reported: 130,
      indicator: 'Kết nạp đảng viên mới',
    });
    expect(f.computed).toBeCloseTo(137.5, 9);
    expect(f.message).toMatch(VIETNAMESE);
    expect(f.message).toContain('137,5%');
    expect(f.message.split('\n')).toHaveLength(1);
  });

  it('a reported % kept in a % number format is read as shown', () => {
    const g = grid(
      [HEADER, [1, 'Tỷ lệ bảo hiểm y tế', '%', 90, 92.1, 1.023], [2, 'Thu ngân sách', 'Triệu đồng', 100, 120, 1.3]],
      {
        numberFormats: [[], [null, null, null, null, null, '0.0%'], [null, null, null, null, null, '0%']],
      },
    );
    const r = reportOf(g);
    expect(r.checks.map((c) => [c.cell, c.reported])).toEqual([['F3', 130]]);
  });

  it('the reported % is what the cell shows: 1.384 in a 0% cell reads 138, consistent with 137.8', () => {
    const g = grid([HEADER, [1, 'Thu ngân sách', 'Triệu đồng', 100, 137.8, 1.384]], {
      numberFormats: [[], [null, null, null, null, null, '0%']],
    });
    expect(reportOf(g).checks).toEqual([]);
    const wrong = grid([HEADER, [1, 'Thu ngân sách', 'Triệu đồng', 100, 137.8, 1.404]], {
      numberFormats: [[], [null, null, null, null, null, '0%']],
    });
    expect(reportOf(wrong).checks.map((c) => c.reported)).toEqual([140]);
  });

  it('more decimals shown make the check stricter', () => {
    const r = reportOf([HEADER, [1, 'Tỷ lệ hộ gia đình văn hóa', '%', 88, 91.69, 104.18]]);
    expect(r.checks.map((c) => c.cell)).toEqual(['F2']);
  });

  it("each period's column is compared with that period", () => {
    const g = grid(
      [
        ['Chỉ tiêu', 'ĐVT', 'Năm 2019', null, null, 'Năm 2020', null, null],
        [null, null, 'KH', 'TH', 'TH/KH (%)', 'KH', 'TH', 'TH/KH (%)'],
        ['Thu ngân sách', 'Triệu đồng', 100, 120, 120, 200, 150, 80],
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 1, right: 1 },
          { top: 0, left: 2, bottom: 0, right: 4 },
          { top: 0, left: 5, bottom: 0, right: 7 },
        ],
      },
    );
    const r = reportOf(g);
    expect(r.checks.map((c) => [c.cell, c.reported, c.computed])).toEqual([['H3', 80, 75]]);
  });

  it('nothing is checked where the figure cannot be computed', () => {
    const r = reportOf([
      HEADER,
      [1, 'Chi đầu tư', 'Triệu đồng', null, 500, 100],
      [2, 'Kết nạp đảng viên', 'Đảng viên', 0, 3, 100],
      [3, 'Xếp loại Đảng bộ', '', 'HTTNV', 'HTXSNV', 100],
      [4, 'Chi bộ không hoàn thành nhiệm vụ', 'Chi bộ', 'Không có', 0, 100],
      [5, 'Thu ngân sách', 'Triệu đồng', 10500, '-', 100],
      [6, 'Chi ngân sách', 'Triệu đồng', 100, 100, '-'],
      [7, 'Thu phí', 'Triệu đồng', 100, 100, 'Đạt'],
    ]);
    expect(r.checks).toEqual([]);
  });
});

/** A three-year table with a term % column: Năm 2018..2020 (KH | TH), then the term %. */
function termTable(rows: CellValue[][], withTermTarget: boolean) {
  const head = withTermTarget ? ['Chỉ tiêu NQ nhiệm kỳ'] : [];
  return grid(
    [
      ['Chỉ tiêu', 'ĐVT', ...head, 'Năm 2018', null, 'Năm 2019', null, 'Năm 2020', null, 'Tỷ lệ TH/KH cả nhiệm kỳ (%)'],
      [null, null, ...head.map(() => null), 'KH', 'TH', 'KH', 'TH', 'KH', 'TH', null],
      ...rows,
    ],
    {
      merges: [
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 1, right: 1 },
        ...(withTermTarget ? [{ top: 0, left: 2, bottom: 1, right: 2 }] : []),
        ...[0, 2, 4].map((k) => ({ top: 0, left: 2 + head.length + k, bottom: 0, right: 3 + head.length + k })),
        { top: 0, left: 8 + head.length, bottom: 1, right: 8 + head.length },
      ],
    },
  );
}

describe('§5 a reported % without a period, in a table of periods, is compared with the term figure', () => {
  it('with a term target: termAchievementPct', () => {
    const ok = reportOf(termTable([['Kết nạp đảng viên', 'Đảng viên', 40, 11, 12, 11, 15, 11, 14, 102.5]], true));
    expect(ok.checks).toEqual([]);
    const wrong = reportOf(termTable([['Kết nạp đảng viên', 'Đảng viên', 40, 11, 12, 11, 15, 11, 14, 130]], true));
    expect(wrong.checks.map((c) => [c.cell, c.kind, c.reported])).toEqual([['J3', 'reported_pct', 130]]);
    expect(wrong.checks[0].computed).toBeCloseTo(102.5, 9);
    expect(wrong.checks[0].message).toMatch(VIETNAMESE);
  });

  it('without a term target: cumulativePct (Σ actual / Σ target)', () => {
    const wrong = reportOf(termTable([['Hồ sơ cấp giấy chứng nhận', 'Hồ sơ', 100, 121, 47, 125, 26, 157, 478]], false));
    expect(wrong.checks).toHaveLength(1);
    expect(wrong.checks[0]).toMatchObject({ cell: 'I3', reported: 478 });
    expect(wrong.checks[0].computed).toBeCloseTo((403 / 173) * 100, 9);
    const ok = reportOf(termTable([['Hồ sơ cấp giấy chứng nhận', 'Hồ sơ', 100, 121, 47, 125, 26, 157, 233]], false));
    expect(ok.checks).toEqual([]);
  });

  it('a rate without a term target has no term figure, so nothing is checked', () => {
    const r = reportOf(termTable([['Tỷ lệ tổ dân phố văn hóa', '%', 70, 78.9, 70, 84.2, 70, 84.2, 478]], false));
    expect(r.checks).toEqual([]);
  });
});

describe('§5 a reported year-over-year figure is recomputed', () => {
  const header: CellValue[] = [
    'Chỉ tiêu',
    'ĐVT',
    'Kế hoạch năm 2020',
    'Thực hiện năm 2020',
    'Thực hiện cùng kỳ năm 2019',
    'So cùng kỳ (%)',
  ];

  it('the change (19,6) and the ratio to last year (119,6) are both consistent', () => {
    const r = reportOf([
      header,
      ['Thu ngân sách', 'Triệu đồng', 10500, 36015, 30120, 19.6],
      ['Chi ngân sách', 'Triệu đồng', 10500, 36015, 30120, 119.6],
    ]);
    expect(r.checks).toEqual([]);
  });

  it("a rate's change in points is consistent", () => {
    const r = reportOf([header, ['Tỷ lệ bảo hiểm y tế', '%', 90, 92.1, 91.3, 0.8]]);
    expect(r.checks).toEqual([]);
  });

  it('a wrong figure is a reported_yoy finding with the nearer reading', () => {
    const r = reportOf([header, ['Thu ngân sách', 'Triệu đồng', 10500, 36015, 30120, 150]]);
    expect(r.checks).toHaveLength(1);
    expect(r.checks[0]).toMatchObject({ cell: 'F2', kind: 'reported_yoy', reported: 150 });
    expect(r.checks[0].computed).toBeCloseTo((36015 / 30120) * 100, 9);
    expect(r.checks[0].message).toMatch(VIETNAMESE);
  });

  it('«ghi 3,6 … là 1,6» → the direction and unit of each figure: `ghi tăng 3,6% nhưng tính lại (15.060/14.820) là tăng 1,6%`', () => {
    // 15.060 / 14.820 − 1 = 1,62%.
    const r = reportOf([header, ['Thu ngân sách', 'Triệu đồng', 15200, 15060, 14820, 3.6]]);
    expect(r.checks.map((c) => c.message)).toEqual([
      'Thu ngân sách: so cùng kỳ ghi tăng 3,6% nhưng tính lại (15.060/14.820) là tăng 1,6%.',
    ]);
    // A rate: 92,1 − 91,3 = 0,8 points, typed 1,8.
    const rate = reportOf([header, ['Tỷ lệ bảo hiểm y tế', '%', 90, 92.1, 91.3, 1.8]]);
    expect(rate.checks.map((c) => c.message)).toEqual([
      'Tỷ lệ bảo hiểm y tế: so cùng kỳ ghi tăng 1,8 điểm phần trăm nhưng tính lại (92,1 − 91,3) là tăng 0,8 điểm phần trăm.',
    ]);
    // A fall typed as a rise: 14.000 / 14.820 − 1 = −5,53%.
    const fall = reportOf([header, ['Thu ngân sách', 'Triệu đồng', 15200, 14000, 14820, 5.5]]);
    expect(fall.checks[0]?.message).toBe(
      'Thu ngân sách: so cùng kỳ ghi tăng 5,5% nhưng tính lại (14.000/14.820) là giảm 5,5%.',
    );
  });

  it("nothing is checked without last year's figure", () => {
    const r = reportOf([header, ['Thu ngân sách', 'Triệu đồng', 10500, 36015, null, 150]]);
    expect(r.checks).toEqual([]);
  });
});

describe('§5 own targets below assigned targets are findings', () => {
  const header: CellValue[] = ['Chỉ tiêu', 'ĐVT', 'Chỉ tiêu quận giao', 'Kế hoạch phường', 'Thực hiện'];

  it('a higher-is-better own target below the assigned one is a finding at the own target cell', () => {
    const r = reportOf([header, ['Thu ngân sách', 'Triệu đồng', 10500, 10000, 12000]]);
    expect(r.checks).toHaveLength(1);
    expect(r.checks[0]).toMatchObject({
      cell: 'D2',
      kind: 'target_below_assigned',
      reported: 10000,
      computed: 10500,
      indicator: 'Thu ngân sách',
    });
    expect(r.checks[0].message).toMatch(VIETNAMESE);
  });

  it('an own target at or above the assigned one is no finding', () => {
    const r = reportOf([
      header,
      ['Thu ngân sách', 'Triệu đồng', 10500, 10500, 12000],
      ['Chi ngân sách', 'Triệu đồng', 10500, 11000, 12000],
    ]);
    expect(r.checks).toEqual([]);
  });

  it('for a lower-is-better indicator, an own target above the assigned one is easier: a finding', () => {
    const r = reportOf([header, ['Số hộ nghèo', 'Hộ', 10, 12, 9], ['Số vụ tai nạn giao thông', 'Vụ', 10, 8, 9]]);
    expect(r.checks.map((c) => [c.indicator, c.kind])).toEqual([['Số hộ nghèo', 'target_below_assigned']]);
  });

  it('Thành phố giao beside Chỉ tiêu phường phấn đấu is compared the same way', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Thành phố giao', 'Chỉ tiêu phường phấn đấu', 'Thực hiện'],
      ['Thu ngân sách', 'Triệu đồng', 100, 90, 95],
    ]);
    expect(r.checks.map((c) => c.kind)).toEqual(['target_below_assigned']);
  });
});

describe('a typed share of a lower-is-better target says how it reads', () => {
  const header: CellValue[] = ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ TH/KH (%)'];

  it('a cap (`Dưới 3%`, a count of cases) adds "(chỉ tiêu giảm: dưới 100% là đạt)"', () => {
    // 2,8 / 3 = 93,3%; 9 / 12 = 75%.
    const r = reportOf([
      header,
      ['Tỷ lệ hộ nghèo', '%', 'Dưới 3%', 2.8, 95],
      ['Số vụ tai nạn giao thông', 'Vụ', 12, 9, 133.3],
    ]);
    expect(r.checks.map((c) => c.message)).toEqual([
      'Tỷ lệ hộ nghèo: tỷ lệ ghi 95% nhưng tính lại (2,8/3) là 93,3% (chỉ tiêu giảm: dưới 100% là đạt).',
      'Số vụ tai nạn giao thông: tỷ lệ ghi 133,3% nhưng tính lại (9/12) là 75% (chỉ tiêu giảm: dưới 100% là đạt).',
    ]);
  });

  it('higher is better takes no such note', () => {
    const r = reportOf([header, ['Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 90, 92.1, 103.2]]);
    expect(r.checks.map((c) => c.message)).toEqual([
      'Tỷ lệ người dân tham gia bảo hiểm y tế: tỷ lệ ghi 103,2% nhưng tính lại (92,1/90) là 102,3%.',
    ]);
  });

  it('a term table: the share of a lower-is-better term target says it too', () => {
    // 20 + 18 + 16 = 54 cases over the term against a cap of 60: 90%.
    const rows: CellValue[][] = [['Số vụ phạm pháp hình sự', 'Vụ', 'Không quá 60 vụ', 22, 20, 20, 18, 18, 16, 110]];
    const r = reportOf(termTable(rows, true));
    expect(r.checks.map((c) => c.message)).toEqual([
      'Số vụ phạm pháp hình sự: tỷ lệ ghi 110% nhưng tính lại so với chỉ tiêu nhiệm kỳ là 90% (chỉ tiêu giảm: dưới 100% là đạt).',
    ]);
  });
});
