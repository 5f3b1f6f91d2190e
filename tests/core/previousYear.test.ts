/**
 * Cùng kỳ from last year's report: a fixture's own cùng kỳ column is taken out of its table and put
 * in a last-year file of its own (rows shuffled, a name written as a dictionary synonym); with that
 * file given, the report must give back the fixture's figures and sentences. Where the table keeps
 * its column and last year's file says otherwise, a finding names both cells. The summary sheet
 * writes the supplied figures as values with a note, and its formulas still give the engine's figures.
 */
import { describe, expect, test } from 'vitest';
import { fixtureGrids } from '../excel/helpers';
import { runReport } from '../../src/core/index';
import type { CellValue, Grid } from '../../src/core/grid';
import type { Report } from '../../src/core/indicator';
import { figuresOf } from '../term/split';
import { reportWorkbookFile } from '../../src/workbookFile/report';
import { gridWorkbook } from '../../src/xlsx/gridWorkbook';
import { expectFormulasEqual } from '../report/evaluate';

function reportOf(grids: Grid[], previous?: { name: string; grids: Grid[] }): Report {
  const r = runReport(grids, {}, { previousYear: previous });
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

/** The grid without column `col` (cells and formats), as if the office never had it. */
function withoutColumn(g: Grid, col: number): Grid {
  const drop = <T>(row: T[] | undefined) => (row ? row.filter((_, c) => c !== col) : []);
  return { ...g, values: g.values.map(drop), numberFormats: g.numberFormats?.map((r) => drop(r ?? [])) };
}

/** Last year's table: the removed column as its actuals, a header of its own, rows in another order. */
function lastYearGrid(
  g: Grid,
  o: { headerRow: number; col: number; header: string; rename: Record<string, string> },
): Grid {
  const rows: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = g.values.length - 1; r > o.headerRow; r--) {
    const row = g.values[r] ?? [];
    if (typeof row[0] !== 'number') continue;
    const name = String(row[1]);
    rows.push([rows.length + 1, o.rename[name] ?? name, row[2], row[o.col]]);
    formats.push([null, null, null, g.numberFormats?.[r]?.[o.col] ?? null]);
  }
  return {
    sheet: 'Năm trước',
    values: [['UBND PHƯỜNG'], [], ['STT', 'Chỉ tiêu', 'ĐVT', o.header], ...rows],
    numberFormats: [[], [], [], ...formats],
  };
}

const CASES = [
  {
    fixture: 'phuc-dong-2020',
    headerRow: 5,
    col: 5,
    header: 'Thực hiện năm 2019',
    rename: { 'Thu ngân sách': 'Thu ngân sách nhà nước trên địa bàn', 'Kết nạp đảng viên mới': 'Kết nạp đảng viên' },
  },
  {
    fixture: 'thuong-thanh-9-thang-2024-uoc-ca-nam',
    headerRow: 6,
    col: 5,
    header: 'Thực hiện 9 tháng năm 2023',
    rename: { 'Thu ngân sách nhà nước trên địa bàn': 'Thu NSNN' },
  },
] as const;

describe('cùng kỳ supplied from last year’s file', () => {
  for (const c of CASES)
    test(`${c.fixture}: without its cùng kỳ column, last year's file gives back the same figures and sentences`, async () => {
      const [grid] = await fixtureGrids(c.fixture);
      const original = reportOf([grid]);
      const stripped = withoutColumn(grid, c.col);
      const bare = reportOf([stripped]);
      expect(bare.narrative).not.toEqual(original.narrative);
      const lastYear = { name: 'nam-truoc.xlsx', grids: [lastYearGrid(grid, { ...c, rename: { ...c.rename } })] };
      const back = reportOf([stripped], lastYear);
      expect(figuresOf(back)).toEqual(figuresOf(original));
      expect(back.narrative).toEqual(original.narrative);
      // The same findings (one column to the left once the cùng kỳ column is out).
      const what = (r: Report) => r.checks.map((f) => [f.kind, f.reported, f.computed, f.indicator]);
      expect(what(back)).toEqual(what(original));
      expect(back.notices?.some((n) => n.includes('lấy từ báo cáo năm trước (tệp nam-truoc.xlsx)'))).toBe(true);
    });

  test('a cùng kỳ typed this year that differs from last year’s file is a finding naming both cells', async () => {
    const [grid] = await fixtureGrids('phuc-dong-2020');
    const last = lastYearGrid(grid, { headerRow: 5, col: 5, header: 'Thực hiện năm 2019', rename: {} });
    // Last year's file says 31.000 where this year's table typed 30.120 for Thu ngân sách.
    const row = last.values.findIndex((r) => r[1] === 'Thu ngân sách');
    last.values[row] = [...last.values[row].slice(0, 3), 31000];
    const r = reportOf([grid], { name: '2019.xlsx', grids: [last] });
    const found = r.checks.filter((f) => f.message.includes('báo cáo năm trước'));
    expect(found).toEqual([
      {
        sheet: 'Chỉ tiêu 2020',
        cell: 'F8',
        kind: 'other',
        reported: 30120,
        computed: 31000,
        message: `Thu ngân sách: số cùng kỳ ghi 30.120 nhưng báo cáo năm trước (tệp 2019.xlsx, trang Năm trước, ô D${row + 1}) ghi 31.000.`,
        indicator: 'Thu ngân sách',
      },
    ]);
    // The table's own column is kept: the figures are the fixture's.
    expect(figuresOf(r)).toEqual(figuresOf(reportOf([grid])));
  });

  test('money kept in Tỷ đồng last year is converted to this year’s Triệu đồng', () => {
    const now: Grid = {
      sheet: 'Năm 2024',
      values: [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'],
        [1, 'Thu ngân sách', 'Triệu đồng', 50000, 55000],
      ],
    };
    const before: Grid = {
      sheet: 'Năm 2023',
      values: [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2023'],
        [1, 'Thu ngân sách', 'Tỷ đồng', 44],
      ],
    };
    const p = reportOf([now], { name: '2023.xlsx', grids: [before] }).tables[0].indicators[0].periods[0];
    expect(p.previousActual).toBe(44000);
    // 55,000 over 44,000, by hand: 25% more.
    expect(p.yoyPct).toBeCloseTo(25, 9);
  });

  test('through the file pipeline: the summary sheet shows the supplied figures as values with a note, its formulas hold', async () => {
    const [grid] = await fixtureGrids('phuc-dong-2020');
    const stripped = withoutColumn(grid, 5);
    const last = lastYearGrid(grid, { headerRow: 5, col: 5, header: 'Thực hiện năm 2019', rename: {} });
    const r = await reportWorkbookFile(gridWorkbook([stripped]), 'phuc-dong-2020.xlsx', {
      today: null,
      previousYear: { bytes: gridWorkbook([last]), name: '2019.xlsx' },
    });
    if (!r.ok) throw new Error(r.message);
    const noted = r.model.cells.filter((c) => c.note?.startsWith('Lấy từ báo cáo năm trước: tệp 2019.xlsx'));
    expect(noted.map((c) => c.value)).toEqual(expect.arrayContaining([30120, 17350, 7, 6, 14, 9]));
    expect(r.model.cells.some((c) => c.formula?.includes('›'))).toBe(false);
    expect(expectFormulasEqual(r.grids, r.model)).toBeGreaterThan(10);
  });
});
