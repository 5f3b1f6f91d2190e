/**
 * Issue 4: own targets against assigned targets, and targets stated relative to another figure —
 * typed, computed, checked, worded, and written to the sheet as formulas over their base cell.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import type { Report } from '../../src/core/indicator';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { evaluate } from '../report/evaluate';

const H = ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu quận giao', 'Chỉ tiêu phường phấn đấu', 'Thực hiện', 'Cùng kỳ'];
const grid: Grid = {
  sheet: 'Chỉ tiêu 2025',
  values: [
    H,
    [1, 'Thu ngân sách', 'Triệu đồng', 10000, 'Vượt 20% so với chỉ tiêu quận giao', 12500, 11000],
    [2, 'Thu phí', 'Triệu đồng', 100, 'Vượt 3-5% so với chỉ tiêu quận giao', 104, 90],
    [3, 'Số vụ tai nạn giao thông', 'Vụ', 30, 'Giảm 10% so với cùng kỳ', 26, 30],
    [4, 'Tỷ lệ hộ nghèo', '%', 2, 'Giảm 0,3% so với năm trước', 1.6, 2.0],
    [5, 'Kết nạp đảng viên', 'Đảng viên', 10, 8, 9, 8],
    [6, 'Số hộ tham gia bảo hiểm', 'Hộ', 500, 'Tăng 5% so với năm trước', 520, 480],
  ],
};

function report(): Report {
  const run = runReport([grid], { unitName: 'phường Phúc Đồng' });
  if (!run.ok) throw new Error(run.message);
  return run.report;
}

const ind = (r: Report, name: string) => r.tables[0].indicators.find((i) => i.name === name)!;

describe('relative targets are derived from their base', () => {
  it('"Vượt 20% so với chỉ tiêu quận giao" is a min of assigned × 1.2', () => {
    const p = ind(report(), 'Thu ngân sách').periods[0];
    expect(p.target).toBe(12000);
    expect(p.achievementPct).toBeCloseTo(104.1667, 3);
    expect(p.status).toBe('vuot');
  });
  it('"Vượt 3-5% so với chỉ tiêu quận giao" is a range of assigned × 1.03 to × 1.05', () => {
    const i = ind(report(), 'Thu phí');
    expect(i.targetKind).toBe('range');
    expect(i.periods[0].targetSpec).toMatchObject({ kind: 'range', low: 103, high: 105 });
    expect(i.periods[0].status).toBe('dat');
  });
  it('"Giảm 10% so với cùng kỳ" is a max of last year × 0.9 and makes the indicator lower-is-better', () => {
    const i = ind(report(), 'Số vụ tai nạn giao thông');
    expect(i.direction).toBe('decrease');
    expect(i.periods[0].target).toBe(27);
    expect(i.periods[0].status).toBe('vuot');
  });
  it('a rate changes by percentage points: "Giảm 0,3% so với năm trước" from 2% is 1,7%', () => {
    const p = ind(report(), 'Tỷ lệ hộ nghèo').periods[0];
    expect(p.target).toBeCloseTo(1.7, 10);
    expect(p.status).toBe('vuot');
  });
  it('"Tăng 5% so với năm trước" is a min of last year × 1.05', () => {
    const p = ind(report(), 'Số hộ tham gia bảo hiểm').periods[0];
    expect(p.target).toBe(504);
    expect(p.status).toBe('vuot');
  });
  it('without its base the target is not judged (không đánh giá), and shows its words', () => {
    const g: Grid = {
      sheet: 'S',
      values: [
        ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
        ['Số vụ cháy', 'Vụ', 'Giảm 10% so với cùng kỳ', 3],
      ],
    };
    const run = runReport([g]);
    if (!run.ok) throw new Error(run.message);
    const p = run.report.tables[0].indicators[0].periods[0];
    expect(p.status).toBe('khong_danh_gia');
    expect(p.target).toBe('Giảm 10% so với cùng kỳ');
  });
});

describe('own targets against assigned targets', () => {
  it('figures against both, and a finding for an own target easier than the assigned one', () => {
    const r = report();
    const p = ind(r, 'Kết nạp đảng viên').periods[0];
    expect(p.assignedTarget).toBe(10);
    expect(p.achievementPct).toBeCloseTo(112.5, 6);
    expect(p.assignedAchievementPct).toBeCloseTo(90, 6);
    const f = r.checks.filter((c) => c.kind === 'target_below_assigned');
    expect(f.map((c) => [c.cell, c.reported, c.computed])).toEqual([['E6', 8, 10]]);
  });
  it('sentences name both targets as the header does, and the one missed', () => {
    const r = report();
    expect(r.narrative).toContain(
      'Kết nạp được 09 đảng viên, bằng 90% chỉ tiêu quận giao và 112,5% chỉ tiêu phường đề ra, tăng 01 đảng viên so với cùng kỳ nhưng chưa đạt chỉ tiêu quận giao.',
    );
    expect(r.narrative).toContain(
      'Thu ngân sách đạt 12.500 triệu đồng, bằng 125% chỉ tiêu quận giao và 104,2% chỉ tiêu phường đề ra, tăng 13,6% so với cùng kỳ.',
    );
  });
  it('the sheet shows the assigned target and derives relative targets with formulas over their base cell', () => {
    const r = report();
    const model = buildReportModel(r, [grid], defaultSheetSettings);
    const cell = evaluate([grid], model);
    const header = model.cells.filter((c) => c.style === 'header').map((c) => c.value);
    expect(header).toEqual(expect.arrayContaining(['Chỉ tiêu cấp trên giao', 'Tỷ lệ TH/chỉ tiêu giao (%)']));
    const derived = model.cells.filter((c) => c.formula?.startsWith('=ROUND(') && c.expected?.decimals === 6);
    expect(derived.length).toBe(4);
    for (const c of model.cells.filter((x) => x.formula && x.expected)) {
      const got = cell(c.row, c.col);
      const want = c.expected!.value;
      if (typeof want === 'number')
        expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(0.5 * 10 ** -(c.expected!.decimals ?? 9) + 1e-9);
      else expect(got).toBe(want);
    }
  });
});
