/**
 * The engine rules the hardening cases needed, checked without the CLI: an Excel error in a figure
 * cell keeps the row an indicator (không đánh giá), and the summary sheet model never holds a text
 * longer than Excel's cell limit nor a row taller than Excel allows.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import { NO_TABLE_MESSAGE, runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';

const HEADER: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'];

describe('detect: an Excel error in a figure cell is a figure that failed, not an empty cell', () => {
  it('a row whose figures are all errors is an indicator, không đánh giá', () => {
    const run = runReport([
      {
        sheet: 'S',
        values: [
          HEADER,
          [1, 'Thu ngân sách', 'Triệu đồng', { error: '#DIV/0!' }, { error: '#N/A' }],
          [2, 'Giao quân', 'Người', 12, { error: '#VALUE!' }],
          [3, 'Số hộ thoát nghèo', 'Hộ', 10, 12],
        ],
      },
    ]);
    if (!run.ok) throw new Error(run.message);
    expect(run.report.tables[0].indicators.map((i) => [i.name, i.overallStatus])).toEqual([
      ['Thu ngân sách', 'khong_danh_gia'],
      ['Giao quân', 'khong_danh_gia'],
      ['Số hộ thoát nghèo', 'vuot'],
    ]);
    expect(run.report.narrative.join(' ')).toContain('chưa đủ số liệu để đánh giá');
  });

  it('a row with empty figure cells is still no indicator (a caption)', () => {
    const run = runReport([{ sheet: 'S', values: [HEADER, [null, 'Người lập biểu', null, null, null]] }]);
    expect(run).toEqual({ ok: false, code: 'no-table', message: NO_TABLE_MESSAGE });
  });
});

describe('report model: within Excel limits whatever the input', () => {
  it('a sentence quoting a 32,767-character name is cut to 32,767 characters ending in …; rows stay ≤ 409 pt', () => {
    const name = 'Tỷ lệ hộ gia đình văn hóa '.repeat(1300).slice(0, 32_767);
    const grids = [{ sheet: 'S', values: [HEADER, [1, name, 'Hộ', 100, 120]] }];
    const run = runReport(grids);
    if (!run.ok) throw new Error(run.message);
    expect(run.report.narrative.some((line) => line.length > 32_767)).toBe(true);
    const model = buildReportModel(run.report, grids, defaultSheetSettings);
    const texts = model.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');
    expect(Math.max(...texts.map((t) => t.length))).toBe(32_767);
    expect(texts.filter((t) => t.length === 32_767 && t.endsWith('…')).length).toBeGreaterThan(0);
    expect(texts).toContain(name); // the name itself fits and is kept whole
    expect(Math.max(...Object.values(model.heights))).toBeLessThanOrEqual(409);
  });
});
