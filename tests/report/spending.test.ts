/**
 * Spending against its dự toán is followed, not judged: its status is `Không đánh giá` in the
 * engine, the JSON counts and the summary sheet alike — the sheet writes that status as text where
 * a judged row has a live formula, so the sheet recalculated (HyperFormula) still equals the engine;
 * revenue beside it under the same `Dự toán` column is judged as before.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { STATUS_TEXT } from '../../src/core/report/model';
import { expectFormulasEqual } from './evaluate';

const BUDGET = ['STT', 'Chỉ tiêu', 'ĐVT', 'Dự toán năm 2025', 'Thực hiện năm 2025'];

function sheetOf(rows: Grid['values']) {
  const grids: Grid[] = [{ sheet: 'Ngân sách', values: [BUDGET, ...rows] }];
  const run = runReport(grids);
  if (!run.ok) throw new Error(run.message);
  return { grids, report: run.report, model: buildReportModel(run.report, grids, defaultSheetSettings) };
}

/** The summary sheet's cells that show a status word, by row. */
function statusCells(model: ReturnType<typeof sheetOf>['model']) {
  const words = new Set<string>(Object.values(STATUS_TEXT));
  return model.cells.filter((c) => c.style === 'status' && words.has(String(c.expected?.value ?? c.value)));
}

describe('spending against its dự toán', () => {
  it.each([
    ['below its dự toán', 10450, 10062],
    ['above its dự toán', 3000, 3400],
    ['exactly its dự toán', 5000, 5000],
  ])('%s: not judged in the engine, the counts and the sheet', (_, estimate, spent) => {
    const { grids, report, model } = sheetOf([
      [1, 'Thu ngân sách', 'Triệu đồng', 12000, 20400],
      [2, 'Chi thường xuyên', 'Triệu đồng', estimate, spent],
    ]);
    const [revenue, spending] = report.tables[0].indicators;
    expect(revenue.overallStatus).toBe('vuot');
    expect(spending.overallStatus).toBe('khong_danh_gia');
    expect(report.counts).toMatchObject({ total: 2, vuot: 1, chua_dat: 0, khong_danh_gia: 1 });
    const cells = statusCells(model);
    expect(cells.map((c) => c.expected?.value ?? c.value)).toEqual([STATUS_TEXT.vuot, STATUS_TEXT.khong_danh_gia]);
    // Revenue keeps its live formula; spending's status is text, never a formula saying "Chưa đạt".
    expect(cells[0].formula).toMatch(/^=/);
    expect(cells[1].formula).toBeUndefined();
    expect(expectFormulasEqual(grids, model)).toBeGreaterThan(0);
    // The sentence states the share of the dự toán and no judgement.
    expect(report.narrative.join(' ')).toMatch(
      /Chi thường xuyên thực hiện [\d.]+ triệu đồng, (?:bằng [\d,]+% dự toán|hoàn thành 100% chỉ tiêu)\./,
    );
    expect(report.narrative.join(' ')).not.toMatch(/chưa đủ số liệu|chưa đạt: chi/);
  });
  it('years of spending against their dự toán: no year judged, the sheet still equals the engine', () => {
    const top = ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2021', null, 'Năm 2022', null, 'Năm 2023', null];
    const sub = [null, null, null, 'Dự toán', 'TH', 'Dự toán', 'TH', 'Dự toán', 'TH'];
    const grids: Grid[] = [
      {
        sheet: 'S',
        values: [
          top,
          sub,
          [1, 'Thu ngân sách', 'Tỷ đồng', 20, 21, 22, 23, 24, 26],
          [2, 'Chi thường xuyên', 'Tỷ đồng', 20, 19, 22, 23, 24, 23],
        ],
      },
    ];
    const run = runReport(grids);
    if (!run.ok) throw new Error(run.message);
    const spending = run.report.tables[0].indicators[1];
    expect(spending.periods.map((p) => p.status)).toEqual(['khong_danh_gia', 'khong_danh_gia', 'khong_danh_gia']);
    // 65 / 66 = 98,48%: the share over the years is still told.
    expect(spending.term?.cumulativePct).toBeCloseTo((65 / 66) * 100, 6);
    const model = buildReportModel(run.report, grids, defaultSheetSettings);
    expect(expectFormulasEqual(grids, model)).toBeGreaterThan(0);
    const row = model.cells.find((c) => c.value === 'Chi thường xuyên')!.row;
    const spendingStatuses = statusCells(model).filter((c) => c.row === row);
    expect(spendingStatuses.length).toBeGreaterThan(0);
    expect(spendingStatuses.every((c) => c.formula === undefined && c.value === STATUS_TEXT.khong_danh_gia)).toBe(true);
  });
  it('spending against a plan (`Kế hoạch`), not a dự toán, is judged as any target', () => {
    const grids: Grid[] = [
      {
        sheet: 'S',
        values: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2025', 'Thực hiện năm 2025'],
          [1, 'Chi ngân sách', 'Triệu đồng', 10000, 9000],
        ],
      },
    ];
    const run = runReport(grids);
    if (!run.ok) throw new Error(run.message);
    expect(run.report.tables[0].indicators[0].overallStatus).toBe('chua_dat');
  });
});
