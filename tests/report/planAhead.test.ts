/**
 * The plan ahead (`Kế hoạch năm 2026` beside a finished 2025) is not a period judged, yet an office
 * reports it: the sheet shows it in its own columns after `Đánh giá` — the source targets, as live
 * formulas where the source cell is a number — and nothing judges it; the draft báo cáo states those
 * targets under III. Phương hướng, nhiệm vụ, and only figures the sheet shows. The references are
 * independent of the plan code: the same workbook without its plan columns gives the same judged
 * figures, HyperFormula evaluates every formula to the engine's figure, the texts are hand-written.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { toReportJson } from '../../src/core/json';
import { buildReportModel, defaultSheetSettings, shownText, type ReportSheetModel } from '../../src/core/report';
import { makeDraftOfGrids } from '../docx/baoCaoHarness';
import { sheetNumbers, shows } from '../narrative/sheetNumbers';
import { expectFormulasEqual } from './evaluate';

interface Case {
  title: string;
  grid: Grid;
  /** The plan columns: 0-based source column → the sheet's header. */
  plans: Record<number, string>;
  /** Per plan header, what each indicator's cell shows (hand-read from the grid). */
  shows: Record<string, Record<string, string>>;
  /** The lines under III after the shortfalls' lines to complete. */
  tasks: string[];
}

const CASES: Case[] = [
  {
    title: 'an annual table with next year’s plan, sections and a target in words',
    grid: {
      sheet: 'Chỉ tiêu 2020',
      values: [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2020', 'Thực hiện 2020', 'Kế hoạch 2021'],
        ['I', 'KINH TẾ - NGÂN SÁCH', null, null, null, null],
        [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015, 40000],
        ['II', 'CÔNG TÁC XÂY DỰNG ĐẢNG', null, null, null, null],
        [2, 'Kết nạp đảng viên mới', 'Đảng viên', 10, 8, 12],
      ],
    },
    plans: { 5: 'Kế hoạch năm 2021' },
    shows: { 'Kế hoạch năm 2021': { 'Thu ngân sách': '40.000', 'Kết nạp đảng viên mới': '12' } },
    tasks: ['Các chỉ tiêu năm 2021:', '- Thu ngân sách: 40.000 triệu đồng.', '- Kết nạp đảng viên mới: 12 đảng viên.'],
  },
  {
    title: 'a budget table: the next year’s dự toán under a unit caption',
    grid: {
      sheet: 'Thu chi',
      values: [
        ['BÁO CÁO THU CHI NGÂN SÁCH NĂM 2025'],
        ['Đơn vị: triệu đồng'],
        ['TT', 'Nội dung', 'Dự toán năm 2025', 'Ước thực hiện năm 2025', 'Dự toán năm 2026'],
        [1, 'Thu ngân sách nhà nước', 92000, 98500.5, 101000],
        [2, 'Thu tiền sử dụng đất', 15000, 16250, 18000],
      ],
    },
    plans: { 4: 'Dự toán năm 2026' },
    shows: { 'Dự toán năm 2026': { 'Thu ngân sách nhà nước': '101.000', 'Thu tiền sử dụng đất': '18.000' } },
    tasks: [
      'Các chỉ tiêu năm 2026:',
      '- Thu ngân sách nhà nước: 101.000 triệu đồng.',
      '- Thu tiền sử dụng đất: 18.000 triệu đồng.',
    ],
  },
  {
    title: 'two years judged, two plan years, a blank plan cell',
    grid: {
      sheet: 'KT-XH',
      values: [
        [
          'STT',
          'Chỉ tiêu',
          'ĐVT',
          'Kế hoạch 2024',
          'Thực hiện 2024',
          'Kế hoạch 2025',
          'Ước thực hiện 2025',
          'Kế hoạch 2026',
          'Kế hoạch 2027',
        ],
        [1, 'Giá trị sản xuất', 'Tỷ đồng', 1200, 1250, 1300, 1320, 1400, 1500],
        [2, 'Số lao động được giải quyết việc làm', 'Người', 900, 950, 1000, 1010, 1050, null],
      ],
    },
    plans: { 7: 'Kế hoạch năm 2026', 8: 'Kế hoạch năm 2027' },
    shows: {
      'Kế hoạch năm 2026': { 'Giá trị sản xuất': '1.400', 'Số lao động được giải quyết việc làm': '1.050' },
      'Kế hoạch năm 2027': { 'Giá trị sản xuất': '1.500', 'Số lao động được giải quyết việc làm': '' },
    },
    tasks: [
      'Các chỉ tiêu năm 2026:',
      '- Giá trị sản xuất: 1.400 tỷ đồng.',
      '- Số lao động được giải quyết việc làm: 1.050 người.',
      'Các chỉ tiêu năm 2027:',
      '- Giá trị sản xuất: 1.500 tỷ đồng.',
    ],
  },
  {
    title: 'a term table of three years with the next year’s plan',
    grid: {
      sheet: 'Nhiệm kỳ',
      values: [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2021', 'TH 2021', 'KH 2022', 'TH 2022', 'KH 2023', 'TH 2023', 'Kế hoạch 2024'],
        [1, 'Thu ngân sách', 'Triệu đồng', 10000, 10400, 11000, 11500, 12000, 12600, 13000],
        [2, 'Số hộ nghèo', 'Hộ', 'Dưới 40', 38, 'Dưới 35', 33, 'Dưới 30', 31, 'Dưới 25'],
      ],
    },
    plans: { 9: 'Kế hoạch năm 2024' },
    shows: { 'Kế hoạch năm 2024': { 'Thu ngân sách': '13.000', 'Số hộ nghèo': '25' } },
    tasks: ['Các chỉ tiêu năm 2024:', '- Thu ngân sách: 13.000 triệu đồng.', '- Số hộ nghèo: dưới 25 hộ.'],
  },
];

function reportOf(grid: Grid) {
  const run = runReport([grid]);
  if (!run.ok) throw new Error(run.message);
  return run.report;
}

/** The grid without its plan columns: what the engine judges must not change with them. */
function withoutPlans(grid: Grid, plans: number[]): Grid {
  return { ...grid, values: grid.values.map((r) => (r ?? []).filter((_, c) => !plans.includes(c))) };
}

/** A plan column's cells by indicator name, as the sheet shows them. */
function planColumn(model: ReportSheetModel, header: string): { col: number; byName: Map<string, string> } {
  const heads = model.cells.filter((c) => c.style === 'header' && c.value === header);
  expect(heads, header).toHaveLength(1);
  const col = heads[0].col;
  const byName = new Map<string, string>();
  for (const name of model.cells.filter((c) => c.style === 'name'))
    byName.set(String(name.value), shownText(model.cells.find((c) => c.row === name.row && c.col === col)!));
  return { col, byName };
}

const columnLetter = (col: number) => String.fromCharCode(65 + col);

describe('the plan ahead on the sheet: shown, never judged', () => {
  for (const c of CASES) {
    it(c.title, () => {
      const report = reportOf(c.grid);
      const model = buildReportModel(report, [c.grid], defaultSheetSettings);
      // Judged figures, statuses, counts and sentences are those of the table without its plan columns.
      const bare = reportOf(withoutPlans(c.grid, Object.keys(c.plans).map(Number)));
      const judged = (r: typeof report) => {
        const json = toReportJson(r);
        return { ...json, tables: (json.tables as { range: string }[]).map((t) => ({ ...t, range: '' })) };
      };
      expect(judged(report)).toEqual(judged(bare));
      const status = model.cells.filter((x) => x.style === 'header' && x.value === 'Đánh giá').map((x) => x.col);
      for (const [source, header] of Object.entries(c.plans)) {
        const { col, byName } = planColumn(model, header);
        expect(col).toBeGreaterThan(Math.max(...status));
        expect(Object.fromEntries(byName)).toEqual(c.shows[header]);
        // Its numbers point at the source column; no formula of the sheet reads them.
        const cells = model.cells.filter((x) => x.col === col && x.formula);
        expect(cells.length).toBeGreaterThan(0);
        for (const x of cells)
          expect(x.formula).toMatch(new RegExp(`^='?[^!]+'?!${columnLetter(Number(source))}\\d+$`));
        const letter = columnLetter(col);
        for (const x of model.cells)
          if (x.formula && x.col !== col) expect(x.formula).not.toMatch(new RegExp(`(^|[^A-Z'!])${letter}\\d`));
      }
      expect(expectFormulasEqual([c.grid], model)).toBeGreaterThan(0);
    });
  }

  it('a table without a later plan column has no plan column', () => {
    const grid = withoutPlans(CASES[0].grid, [5]);
    const model = buildReportModel(reportOf(grid), [grid], defaultSheetSettings);
    expect(model.cells.some((x) => x.style === 'header' && /^(Kế hoạch|Dự toán) năm/.test(String(x.value)))).toBe(
      false,
    );
  });
});

describe('the draft báo cáo states the plan ahead under III, only figures the sheet shows', () => {
  for (const c of CASES) {
    it(
      c.title,
      async () => {
        const m = await makeDraftOfGrids([c.grid]);
        const body = m.flow.filter((l) => l.section === 0);
        const from = body.findIndex((l) => l.text === 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ');
        const to = body.findIndex((l, i) => i > from && l.text === 'Nơi nhận:');
        expect(from >= 0 && to > from).toBe(true);
        const three = body
          .slice(from + 1, to)
          .filter((l) => l.table === null && l.text !== '')
          .map((l) => l.text);
        expect(three.filter((l) => !l.startsWith('- Tập trung'))).toEqual(c.tasks);
        const shown = sheetNumbers(m.model, m.report.narrative);
        for (const line of c.tasks.filter((l) => l.startsWith('- ')))
          for (const n of line.match(/\d[\d.]*(,\d+)?/g) ?? [])
            expect(shows(shown, Number(n.replace(/\./g, '').replace(',', '.'))), `${n} in ${line}`).toBe(true);
      },
      60_000,
    );
  }
});
