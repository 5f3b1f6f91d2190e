/**
 * Quarters beside an empty `Cả năm` (or `Lũy kế`): each row's values decide.
 * - A flow (amounts, counts that accumulate) is added up from Quý I to the latest quarter filled:
 *   that running total is judged against the year's target with the time elapsed, like a `Lũy kế`;
 *   with Quý IV filled it is the whole year, judged as the year.
 * - A stock or a rate is a level: with Quý IV filled, Quý IV is the year's figure; before that the
 *   latest quarter is judged as it is.
 * The references are hand-computed figures and the same row typed the way an officer would have
 * typed the total himself (a `Cả năm` or a `Lũy kế N tháng` column holding the sum).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import type { IndicatorResult, Report } from '../../src/core/indicator';
import { buildReportModel, defaultSheetSettings, type ReportSheetModel } from '../../src/core/report';
import { actualOfParts } from '../../src/core/report/actualParts';
import { expectFormulasEqual } from '../report/evaluate';
import { grid, ind, reportOf } from './helpers';

const TITLE = ['BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024', null, null, null, null, null, null, null, null];

/** Header forms of the same table: `Cả năm` or `Lũy kế` after the quarters, years written or not. */
const HEADERS: [string, CellValue[][]][] = [
  [
    'Thực hiện Quý I … Cả năm, the year from the title',
    [['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm']],
  ],
  [
    'the year in each header',
    [
      [
        'STT',
        'Chỉ tiêu',
        'ĐVT',
        'KH năm 2024',
        'TH Quý I/2024',
        'Quý II/2024',
        'Quý III/2024',
        'Quý IV/2024',
        'Cả năm 2024',
      ],
    ],
  ],
  [
    'bare quarters after the year target',
    [['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm']],
  ],
  [
    'Thực hiện over the quarters on a second header row',
    [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện', null, null, null, null],
      [null, null, null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm'],
    ],
  ],
  [
    'a Lũy kế after the quarters',
    [['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Lũy kế']],
  ],
];

type Quarters = [number | null, number | null, number | null, number | null];

function table(header: CellValue[][], rows: [string, string, CellValue, Quarters, CellValue][]): Report {
  return reportOf([
    TITLE,
    ...header.map((h) => [...h]),
    ...rows.map(([name, unit, plan, q, year], i) => [String(i + 1), name, unit, plan, ...q, year]),
  ]);
}

/** The period an indicator is judged on (its latest with a target and an actual). */
function judged(i: IndicatorResult) {
  const p = [...i.periods].reverse().find((x) => x.target !== null && x.actual !== null)!;
  return {
    period: p.period,
    actual: p.actual,
    monthActual: p.monthActual,
    // Rounded off the binary noise of a division (57,49999…).
    pct: p.achievementPct === null ? null : Number(p.achievementPct.toFixed(9)),
    elapsed: p.elapsedPct,
    status: p.status,
    overall: i.overallStatus,
  };
}

describe('flows: the quarters filled so far add up to a running total judged against the year', () => {
  for (const [how, header] of HEADERS) {
    it(`Quý I–III filled, the year empty: nine months against the year, ${how}`, () => {
      const r = table(header, [
        ['Thu ngân sách', 'triệu đồng', 1000, [200, 250, 300, null], null],
        ['Giải quyết việc làm', 'người', 400, [60, 80, 90, null], null],
        ['Cấp giấy chứng nhận quyền sử dụng đất', 'hồ sơ', 200, [60, 70, 40, null], null],
      ]);
      // 200 + 250 + 300 = 750 of 1 000: 75%, three quarters of the year gone (75%).
      expect(judged(ind(r, 'Thu ngân sách'))).toEqual({
        period: '9 tháng 2024',
        actual: 750,
        monthActual: 300,
        pct: 75,
        elapsed: 75,
        status: 'dang_thuc_hien',
        overall: 'dang_thuc_hien',
      });
      // 60 + 80 + 90 = 230 of 400: 57,5%, behind the 75% pace.
      const jobs = ind(r, 'Giải quyết việc làm');
      expect(judged(jobs)).toMatchObject({ period: '9 tháng 2024', actual: 230, pct: 57.5, status: 'dang_thuc_hien' });
      expect(jobs.periods.find((p) => p.period === '9 tháng 2024')!.progress).toBe('cham_tien_do');
      // 60 + 70 + 40 = 170 of 200 before the year ends.
      expect(judged(ind(r, 'Cấp giấy chứng nhận quyền sử dụng đất'))).toMatchObject({ actual: 170, pct: 85 });
    });

    it(`all four quarters filled, the year empty: the year is their sum, ${how}`, () => {
      const r = table(header, [
        ['Thu ngân sách', 'triệu đồng', 1000, [200, 250, 300, 350], null],
        ['Giải quyết việc làm', 'người', 400, [60, 80, 90, 100], null],
      ]);
      // 200 + 250 + 300 + 350 = 1 100 ≥ 1 000: the year is exceeded, not "in progress".
      expect(judged(ind(r, 'Thu ngân sách'))).toEqual({
        period: '2024',
        actual: 1100,
        monthActual: 350,
        pct: 110,
        elapsed: null,
        status: 'vuot',
        overall: 'vuot',
      });
      // 60 + 80 + 90 + 100 = 330 of 400: the year falls short (not judged on Quý III).
      expect(judged(ind(r, 'Giải quyết việc làm'))).toMatchObject({ period: '2024', actual: 330, status: 'chua_dat' });
    });
  }

  it('a lower-is-better flow: the four quarters add up against the cap', () => {
    const r = table(HEADERS[0][1], [
      ['Số vụ tai nạn giao thông', 'vụ', 'Không quá 20 vụ', [5, 6, 4, 7], null],
      ['Số vụ cháy nổ', 'vụ', 'Không quá 10 vụ', [2, 1, 3, 2], null],
    ]);
    // 5 + 6 + 4 + 7 = 22 > 20: the cap is broken; 2 + 1 + 3 + 2 = 8 ≤ 10.
    expect(judged(ind(r, 'Số vụ tai nạn giao thông'))).toMatchObject({
      period: '2024',
      actual: 22,
      status: 'chua_dat',
    });
    expect(judged(ind(r, 'Số vụ cháy nổ'))).toMatchObject({ period: '2024', actual: 8 });
    expect(['dat', 'vuot']).toContain(judged(ind(r, 'Số vụ cháy nổ')).status);
  });

  it('a filled Cả năm is the year, whatever the quarters add up to', () => {
    const r = table(HEADERS[0][1], [['Thu ngân sách', 'triệu đồng', 1000, [200, 250, 300, 350], 900]]);
    expect(judged(ind(r, 'Thu ngân sách'))).toMatchObject({ period: '2024', actual: 900, status: 'chua_dat' });
  });

  it('a gap in the quarters is not added up: the latest quarter is judged as it is', () => {
    const r = table(HEADERS[0][1], [['Thu ngân sách', 'triệu đồng', 1000, [null, 250, 300, null], null]]);
    expect(judged(ind(r, 'Thu ngân sách'))).toMatchObject({ period: 'Quý III 2024', actual: 300, elapsed: 25 });
  });

  it('the sentence tells the running total and the pace', () => {
    const r = table(HEADERS[0][1], [['Thu ngân sách', 'triệu đồng', 1000, [200, 250, 300, null], null]]);
    expect(r.narrative).toContain(
      'Chín tháng đầu năm 2024, thu ngân sách đạt 750 triệu đồng, bằng 75% kế hoạch năm, đạt tiến độ (75%).',
    );
  });

  it('a decimal total keeps the decimals its quarters show, without binary noise', () => {
    const r = table(HEADERS[0][1], [['Thu ngân sách', 'tỷ đồng', 10, [2.1, 2.2, 2.4, null], null]]);
    expect(judged(ind(r, 'Thu ngân sách')).actual).toBe(6.7);
  });
});

describe('stocks and rates: the latest quarter is the level reached', () => {
  for (const [how, header] of HEADERS) {
    it(`Quý IV filled, the year empty: Quý IV is the year's level, ${how}`, () => {
      const r = table(header, [
        ['Tỷ lệ hộ nghèo', '%', 1.5, [1.9, 1.7, 1.6, 1.4], null],
        ['Tỷ lệ tham gia bảo hiểm y tế', '%', 92, [88, 89.5, 90.2, 91], null],
        ['Số hộ nghèo', 'hộ', 20, [25, 24, 22, 19], null],
      ]);
      // 1,4% below the 1,5% ceiling: met for the year (not the sum of four rates, not Quý III's 1,6%).
      expect(judged(ind(r, 'Tỷ lệ hộ nghèo'))).toMatchObject({ period: '2024', actual: 1.4, elapsed: null });
      expect(['dat', 'vuot']).toContain(judged(ind(r, 'Tỷ lệ hộ nghèo')).status);
      // 91% of a 92% target: short for the year.
      expect(judged(ind(r, 'Tỷ lệ tham gia bảo hiểm y tế'))).toMatchObject({
        period: '2024',
        actual: 91,
        status: 'chua_dat',
      });
      // 19 poor households at the year's end, not 25 + 24 + 22 + 19.
      expect(judged(ind(r, 'Số hộ nghèo'))).toMatchObject({ period: '2024', actual: 19 });
      expect(['dat', 'vuot']).toContain(judged(ind(r, 'Số hộ nghèo')).status);
    });

    it(`Quý I–III filled: the latest quarter's level is judged, never a sum, ${how}`, () => {
      const r = table(header, [
        ['Tỷ lệ tham gia bảo hiểm y tế', '%', 92, [88, 89.5, 93, null], null],
        ['Số hộ nghèo', 'hộ', 20, [25, 24, 22, null], null],
      ]);
      expect(judged(ind(r, 'Tỷ lệ tham gia bảo hiểm y tế'))).toMatchObject({ period: 'Quý III 2024', actual: 93 });
      expect(judged(ind(r, 'Số hộ nghèo'))).toMatchObject({ period: 'Quý III 2024', actual: 22 });
    });
  }
});

/** A flow's quarters, and how many of them are filled. */
const quarterRow = fc.record({
  plan: fc.integer({ min: 1, max: 5000 }),
  quarters: fc.tuple(...Array.from({ length: 4 }, () => fc.integer({ min: 0, max: 2000 }))),
  filled: fc.integer({ min: 2, max: 4 }),
});

describe('property: a running total reads as the same total typed by hand', () => {
  it('Quý I … Quý k added up = the same sum typed in a `Lũy kế` (k < 4) or `Cả năm` (k = 4) column', () => {
    fc.assert(
      fc.property(quarterRow, ({ plan, quarters, filled }) => {
        const q = quarters.map((v, i) => (i < filled ? v : null)) as Quarters;
        const sum = quarters.slice(0, filled).reduce((a, b) => a + b, 0);
        const added = judged(
          ind(table(HEADERS[0][1], [['Thu ngân sách', 'triệu đồng', plan, q, null]]), 'Thu ngân sách'),
        );
        const typed = filled === 4 ? byYear(plan, sum) : byCumulative(plan, sum, filled * 3);
        expect(added).toMatchObject({
          period: typed.period,
          actual: typed.actual,
          pct: typed.pct,
          elapsed: typed.elapsed,
          status: typed.status,
        });
      }),
      { numRuns: 60 },
    );
  });
});

/** The year's total typed by hand in a `Thực hiện năm 2024` column. */
function byYear(plan: number, sum: number) {
  const r = reportOf([
    TITLE,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'],
    ['1', 'Thu ngân sách', 'triệu đồng', plan, sum],
  ]);
  return judged(ind(r, 'Thu ngân sách'));
}

/** The total from January to `months` typed by hand in a `Lũy kế N tháng` column. */
function byCumulative(plan: number, sum: number, months: number) {
  const r = reportOf([
    TITLE,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', `Lũy kế ${months} tháng năm 2024`],
    ['1', 'Thu ngân sách', 'triệu đồng', plan, sum],
  ]);
  return judged(ind(r, 'Thu ngân sách'));
}

describe('the summary sheet of quarters beside an empty year', () => {
  it('every formula the sheet writes gives the engine’s figure', () => {
    const values = [
      TITLE,
      [...HEADERS[0][1][0]],
      ['1', 'Thu ngân sách', 'triệu đồng', 1000, 200, 250, 300, null, null],
      ['2', 'Giải quyết việc làm', 'người', 400, 60, 80, 90, 100, null],
      ['3', 'Tỷ lệ hộ nghèo', '%', 1.5, 1.9, 1.7, 1.6, 1.4, null],
    ];
    const grids = [grid(values)];
    const model = buildReportModel(reportOf(grids), grids, defaultSheetSettings);
    expect(expectFormulasEqual(grids, model)).toBeGreaterThan(5);
  });
});

describe('the sheet writes a running total as the sum of its quarters’ cells', () => {
  /** Quarters beside an empty `Cả năm`: three filled for the budget, four for the jobs. */
  const RUNNING = [
    TITLE,
    [...HEADERS[0][1][0]],
    ['1', 'Thu ngân sách', 'triệu đồng', 1000, 200.5, 250.25, 300, null, null],
    ['2', 'Giải quyết việc làm', 'người', 400, 60, 80, 90, 100, null],
  ];

  it('the formula, evaluated next to the workbook, gives the engine’s total', () => {
    const grids = [grid(RUNNING)];
    const report = reportOf(grids);
    const totals = report.tables[0].indicators.map((i) => i.periods.find((p) => p.cells.actualParts)!);
    const cells = totals.map((p, row) => ({ row, col: 0, ...actualOfParts(p)! }));
    expect(cells.map((c) => c.formula)).toEqual(["=SUM('S'!E3,'S'!F3,'S'!G3)", "=SUM('S'!E4,'S'!F4,'S'!G4,'S'!H4)"]);
    const model = { name: 'Báo cáo', cells, lastRow: cells.length - 1 } as unknown as ReportSheetModel;
    // 200,5 + 250,25 + 300 = 750,75; 60 + 80 + 90 + 100 = 330.
    expect(totals.map((p) => p.actual)).toEqual([750.75, 330]);
    expect(expectFormulasEqual(grids, model)).toBe(2);
  });

  it('the summary sheet itself writes the running total as that sum, never a blank', () => {
    const grids = [grid(RUNNING)];
    const model = buildReportModel(reportOf(grids), grids, defaultSheetSettings);
    const sums = model.cells.filter((c) => c.formula?.startsWith('=SUM('));
    expect(sums.map((c) => c.formula)).toEqual(["=SUM('S'!E3,'S'!F3,'S'!G3)", "=SUM('S'!E4,'S'!F4,'S'!G4,'S'!H4)"]);
    // Every formula of the sheet, the % and the status read from these sums included, evaluates
    // next to the workbook to the engine's figure.
    expect(expectFormulasEqual(grids, model)).toBeGreaterThan(4);
  });

  it('a quarter typed with its own money unit is written as the figure, with a note', () => {
    const values = [
      TITLE,
      [...HEADERS[0][1][0]],
      ['1', 'Thu ngân sách', 'triệu đồng', 1000, '0,2 tỷ', 250, 300, null, null],
    ];
    const p = reportOf([grid(values)]).tables[0].indicators[0].periods.find((x) => x.cells.actualParts)!;
    // 0,2 tỷ = 200 triệu: 200 + 250 + 300.
    expect(actualOfParts(p)).toMatchObject({ value: 750, note: "Tổng của 'S'!E3, 'S'!F3, 'S'!G3" });
  });
});

describe('a table of two years', () => {
  it('the year before, empty, does not keep the quarters of the year after from adding up', () => {
    const r = reportOf([
      [
        'Chỉ tiêu',
        'ĐVT',
        'KH 2023',
        'TH 2023',
        'KH 2024',
        'TH Quý I/2024',
        'Quý II/2024',
        'Quý III/2024',
        'Quý IV/2024',
        'Cả năm 2024',
      ],
      ['Thu ngân sách', 'triệu đồng', 900, null, 1000, 200, 250, 300, null, null],
    ]);
    // 2023 has no figure; 2024's quarters so far: 200 + 250 + 300 = 750 of 1 000.
    expect(judged(ind(r, 'Thu ngân sách'))).toMatchObject({ period: '9 tháng 2024', actual: 750, pct: 75 });
  });
});
