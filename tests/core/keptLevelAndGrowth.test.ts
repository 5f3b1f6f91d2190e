/**
 * Two target forms seen the same way everywhere:
 * - `Giữ vững` on a figure is the level of the year before, kept: its kind is numeric (`min`, or
 *   `max` where lower is better), never yes/no; over a term, the first year's level kept at the
 *   end; on a title (`Đạt chuẩn văn minh đô thị`) it is yes/no.
 * - A growth target over a term (`Tăng bình quân 8%/năm`) is judged on the compound annual growth
 *   against the rate; the district headline reports that growth and rate, not the latest value.
 * Growths are worked by hand: (last / first)^(1 / years) − 1.
 */
import { describe, expect, it } from 'vitest';
import { consolidate, headlineOf } from '../../src/core/consolidate';
import { runReport, type CellValue, type Grid } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { expectFormulasEqual } from '../report/evaluate';
import { grid, ind, reportOf } from './helpers';

/** The summary sheet's formulas, evaluated by HyperFormula, give the engine's figures and statuses. */
function expectSheetAgrees(rows: CellValue[][]): void {
  const grids = [grid(rows)];
  const model = buildReportModel(reportOf(grids), grids, defaultSheetSettings);
  expect(expectFormulasEqual(grids, model)).toBeGreaterThan(0);
}

const YEARS = ['TH 2020', 'TH 2021', 'TH 2022', 'TH 2023', 'TH 2024', 'TH 2025'];
const KEEP_HEADER: CellValue[] = ['Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024', 'Thực hiện 2023'];

const TERM_KEEP: CellValue[][] = [
  ['CHỈ TIÊU NHIỆM KỲ 2020 - 2025'],
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu Nghị quyết nhiệm kỳ 2020-2025', ...YEARS],
  [1, 'Tỷ lệ hộ gia đình văn hóa', '%', 'Giữ vững', 90, 91, 91, 92, 92, 93],
  [2, 'Số tổ dân phố văn hóa', 'Tổ', 'Giữ vững', 12, 12, 11, 12, 12, 11],
  [3, 'Tỷ lệ hộ nghèo', '%', 'Giữ vững', 2, 1.9, 1.8, 1.8, 1.7, 1.6],
];

describe('Giữ vững on a figure is the level kept', () => {
  it.each([
    ['Tỷ lệ hộ gia đình văn hóa', '%', 91, 90, 'vuot'],
    ['Số tổ dân phố văn hóa', 'Tổ', 11, 12, 'chua_dat'],
    ['Thu ngân sách', 'Triệu đồng', 12000, 12000, 'dat'],
  ] as const)('%s: a level not below last year’s is kept (min)', (name, unit, now, before, status) => {
    const r = reportOf([KEEP_HEADER, [name, unit, 'Giữ vững', now, before]]);
    expect(ind(r, name)).toMatchObject({ targetKind: 'min', overallStatus: status });
    expect(ind(r, name).periods[0].target).toBe(before);
  });

  it('lower is better: kept means not above last year’s level (max)', () => {
    const r = reportOf([
      KEEP_HEADER,
      ['Tỷ lệ hộ nghèo', '%', 'Giữ vững', 1.8, 2],
      ['Số vụ tai nạn giao thông', 'Vụ', 'Duy trì', 5, 4],
    ]);
    expect(ind(r, 'Tỷ lệ hộ nghèo')).toMatchObject({ direction: 'decrease', targetKind: 'max' });
    expect(ind(r, 'Tỷ lệ hộ nghèo').overallStatus).not.toBe('chua_dat');
    expect(ind(r, 'Số vụ tai nạn giao thông')).toMatchObject({ targetKind: 'max', overallStatus: 'chua_dat' });
  });

  it('without last year’s figure the level is still the kind, left unjudged', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024'],
      ['Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 'Giữ vững', 93],
    ]);
    expect(ind(r, 'Tỷ lệ người dân tham gia bảo hiểm y tế')).toMatchObject({
      targetKind: 'min',
      overallStatus: 'khong_danh_gia',
    });
  });

  it('over a term: the first year’s level kept at the end, judged on the latest value', () => {
    const r = reportOf(TERM_KEEP);
    expect(ind(r, 'Tỷ lệ hộ gia đình văn hóa')).toMatchObject({ targetKind: 'min', overallStatus: 'vuot' });
    expect(ind(r, 'Tỷ lệ hộ gia đình văn hóa').term).toMatchObject({ basis: 'latest', termTarget: 90, latest: 93 });
    expect(ind(r, 'Số tổ dân phố văn hóa')).toMatchObject({ targetKind: 'min', overallStatus: 'chua_dat' });
    expect(ind(r, 'Tỷ lệ hộ nghèo')).toMatchObject({ targetKind: 'max', overallStatus: 'vuot' });
    expect(r.narrative.join(' ')).toContain(
      'Số tổ dân phố văn hóa giảm từ 12 tổ (năm 2020) xuống còn 11 tổ (năm 2025), chưa đạt chỉ tiêu',
    );
    expectSheetAgrees(TERM_KEEP);
  });

  it('the summary sheet agrees with a year kept', () => {
    expectSheetAgrees([
      KEEP_HEADER,
      ['Tỷ lệ hộ gia đình văn hóa', '%', 'Giữ vững', 91, 90],
      ['Số tổ dân phố văn hóa', 'Tổ', 'Giữ vững', 11, 12],
      ['Tỷ lệ hộ nghèo', '%', 'Giữ vững', 1.8, 2],
    ]);
  });

  it('a title kept stays yes/no', () => {
    const r = reportOf([KEEP_HEADER, ['Phường đạt chuẩn văn minh đô thị', '', 'Giữ vững', 'Giữ vững', 'Đạt']]);
    expect(ind(r, 'Phường đạt chuẩn văn minh đô thị')).toMatchObject({
      valueKind: 'boolean',
      targetKind: 'boolean',
      overallStatus: 'dat',
    });
  });
});

const TERM_HEADER: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu Nghị quyết nhiệm kỳ 2020-2025'];

function termWard(title: string, unit: string, actuals: number[], target = 'Tăng bình quân 8%/năm'): Grid {
  return {
    sheet: 'Nhiệm kỳ',
    values: [
      [title],
      ['CHỈ TIÊU NHIỆM KỲ 2020 - 2025'],
      [...TERM_HEADER, ...YEARS],
      [1, 'Thu ngân sách', unit, target, ...actuals],
    ],
  };
}

const run = (g: Grid) => {
  const r = runReport([g]);
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('the district headline of a growth target is the growth against the rate', () => {
  it('a ward: compound growth 8,16% against 8% — not the 1.480 of the last year', () => {
    const r = run(termWard('ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG', 'Triệu đồng', [1000, 1090, 1180, 1270, 1370, 1480]));
    const h = headlineOf(r.report.tables[0].indicators[0]);
    const cagr = (Math.pow(1480 / 1000, 1 / 5) - 1) * 100;
    expect(h.actual).toBeCloseTo(cagr, 9);
    expect(h).toMatchObject({ target: 8, growth: true, status: 'vuot', period: '2020-2025' });
    expect(h.pct).toBeCloseTo((cagr / 8) * 100, 9);
  });

  it('wards in Triệu đồng and Tỷ đồng: their growths are compared as they are, never converted', () => {
    const a = run(termWard('ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG', 'Triệu đồng', [1000, 1090, 1180, 1270, 1370, 1480]));
    const b = run(termWard('ĐẢNG ỦY PHƯỜNG GIANG BIÊN', 'Tỷ đồng', [10, 10.5, 11, 11.5, 12, 12.5]));
    const c = run(termWard('ĐẢNG ỦY PHƯỜNG THƯỢNG THANH', 'Triệu đồng', [2000, 2100, 2200, 2300, 2400, 2500]));
    const d = consolidate([
      { ward: 'phường Phúc Đồng', result: a },
      { ward: 'phường Giang Biên', result: b },
      { ward: 'phường Thượng Thanh', result: c },
    ]);
    const row = d.indicators.find((i) => i.name === 'Thu ngân sách')!;
    // (12,5 / 10)^(1/5) − 1 = 4,564…%; (2500 / 2000)^(1/5) − 1 = 4,564…% as well.
    const slow = (Math.pow(1.25, 1 / 5) - 1) * 100;
    expect(row.cells.map((cell) => cell?.actual)).toEqual([
      expect.closeTo((Math.pow(1.48, 1 / 5) - 1) * 100, 9),
      expect.closeTo(slow, 9),
      expect.closeTo(slow, 9),
    ]);
    expect(row.cells.map((cell) => cell?.converted)).toEqual([false, false, false]);
    expect(row.cells.map((cell) => cell?.status)).toEqual(['vuot', 'chua_dat', 'chua_dat']);
    expect(d.findings.filter((f) => f.kind === 'unit_differs')).toEqual([]);
  });

  it('a total target keeps its total as the headline figure (the growth rule only for growth)', () => {
    const r = run(termWard('ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG', 'Triệu đồng', [1000, 1090, 1180, 1270, 1370, 1480], '7000'));
    const h = headlineOf(r.report.tables[0].indicators[0]);
    expect(h.growth).toBeUndefined();
    expect(r.report.tables[0].indicators[0].term?.basis).not.toBe('growth');
  });
});
