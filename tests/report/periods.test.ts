/**
 * The summary sheet of reports with partial periods and of a term in progress (DOMAIN.md §7.4–7.5),
 * checked against HyperFormula: every formula cell evaluates to the engine's figure, and — since
 * the cells are live formulas over the source — after a source figure changes, the same sheet
 * evaluates to what the engine computes for the changed source.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { countsLine as cliCountsLine } from '../../src/cli/format';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import type { Report } from '../../src/core/indicator';
import { buildReportModel, defaultSheetSettings, type ModelCell, type ReportSheetModel } from '../../src/core/report';
import { evaluate, expectFormulasEqual } from './evaluate';

const FIXTURES = resolve(__dirname, '../fixtures');
const NINE_MONTHS = 'thuong-thanh-9-thang-2024-uoc-ca-nam';
const MID_TERM = 'giang-bien-giua-nhiem-ky-2020-2025';

async function fixture(name: string): Promise<Grid[]> {
  const read = await readWorkbook(resolve(FIXTURES, `${name}.xlsx`));
  if (!read.ok) throw new Error(read.message);
  return read.grids;
}

function reportOf(grids: Grid[]): { report: Report; model: ReportSheetModel } {
  const run = runReport(grids);
  if (!run.ok) throw new Error(run.message);
  return { report: run.report, model: buildReportModel(run.report, grids, defaultSheetSettings) };
}

/** The model's cell at a position. */
function at(model: ReportSheetModel, row: number, col: number): ModelCell | undefined {
  return model.cells.find((c) => c.row === row && c.col === col);
}

/** Columns whose header cell (either header row) says `label`. */
function columnsOf(model: ReportSheetModel, label: string): number[] {
  return model.cells.filter((c) => c.style === 'header' && c.value === label).map((c) => c.col);
}

/** The row of an indicator on the sheet. */
function rowOf(model: ReportSheetModel, name: string): number {
  const cell = model.cells.find((c) => (c.style === 'name' || c.style === 'subName') && c.value === name);
  if (!cell) throw new Error(`no row for ${name}`);
  return cell.row;
}

/** A copy of the grids with some source cells changed (0-based row, col). */
function changed(grids: Grid[], sheet: string, edits: [number, number, number][]): Grid[] {
  return grids.map((g) => {
    if (g.sheet !== sheet) return g;
    const values = g.values.map((r) => [...(r ?? [])]);
    for (const [row, col, v] of edits) values[row][col] = v;
    return { ...g, values };
  });
}

/**
 * The sheet built for `grids`, evaluated over `edited`, shows at every formula cell what the
 * engine computes for `edited` (same layout: only figures changed).
 */
function expectLive(grids: Grid[], edited: Grid[]) {
  const before = reportOf(grids).model;
  const after = reportOf(edited).model;
  const now = new Map(after.cells.map((c) => [`${c.row},${c.col}`, c]));
  const differing = before.cells.filter((c) => {
    const n = now.get(`${c.row},${c.col}`);
    return c.formula && n && n.formula === c.formula && JSON.stringify(n.expected) !== JSON.stringify(c.expected);
  });
  expect(differing.length, 'the edit changes some figures').toBeGreaterThan(0);
  expectFormulasEqual(edited, before, (c) => {
    const n = now.get(`${c.row},${c.col}`);
    return n && n.formula === c.formula ? n.expected : undefined;
  });
  return differing;
}

describe('9-month report with the estimated full year (§7.4)', () => {
  it('every formula cell evaluates to the engine figure (HyperFormula)', async () => {
    const grids = await fixture(NINE_MONTHS);
    expect(expectFormulasEqual(grids, reportOf(grids).model)).toBeGreaterThan(60);
  });

  it('shows the 9 months (with cùng kỳ, time elapsed, pace) and the estimated year side by side', async () => {
    const grids = await fixture(NINE_MONTHS);
    const { report, model } = reportOf(grids);
    expect(at(model, 5, 0)?.value).toBe('9 THÁNG ĐẦU NĂM 2024');
    const spans = model.cells.filter(
      (c) => c.style === 'header' && typeof c.value === 'string' && /^(Ước )?[Tt]hực hiện /.test(c.value),
    );
    expect(spans.map((c) => c.value)).toEqual(['Thực hiện 9 tháng 2024', 'Ước thực hiện cả năm 2024']);
    const [statusNine, statusYear] = columnsOf(model, 'Đánh giá');
    const [elapsed] = columnsOf(model, 'Tiến độ thời gian (%)');
    const [pace] = columnsOf(model, 'Tiến độ');
    const [prev] = columnsOf(model, 'Cùng kỳ');
    expect(prev).toBeLessThan(statusNine);
    expect(columnsOf(model, 'Ước thực hiện')).toHaveLength(1);
    const cell = evaluate(grids, model);
    for (const ind of report.tables[0].indicators) {
      const row = rowOf(model, ind.name);
      const [nine, year] = ind.periods;
      expect(nine.elapsedPct).toBe(75);
      expect(at(model, row, elapsed)?.formula).toBe('=ROUND(9/12*100,1)');
      expect(cell(row, elapsed)).toBe(75);
      expect(cell(row, statusNine)).toBe(
        { vuot: 'Vượt', dat: 'Đạt', chua_dat: 'Chưa đạt', dang_thuc_hien: 'Đang thực hiện', khong_danh_gia: '' }[
          nine.status
        ],
      );
      expect(cell(row, pace) ?? null).toBe(
        nine.progress === null ? null : nine.progress === 'dat_tien_do' ? 'Đạt tiến độ' : 'Chậm tiến độ',
      );
      expect(year.estimated).toBe(true);
      expect(typeof cell(row, statusYear)).toBe('string');
      expect(cell(row, prev)).toBe(nine.previousActual);
    }
    // The statuses of the fixture in the domain's words: a budget below the year's target at 9
    // months is in progress, a lower-is-better count past its cap is not met, a rate is a level.
    const status = (name: string) => cell(rowOf(model, name), statusNine);
    expect(status('Thu ngân sách nhà nước trên địa bàn')).toBe('Đang thực hiện');
    expect(status('Số vụ vi phạm trật tự xây dựng')).toBe('Chưa đạt');
    expect(status('Số vụ phạm pháp hình sự')).toBe('Đang thực hiện');
    expect(status('Tỷ lệ người dân tham gia bảo hiểm y tế')).toBe('Chưa đạt');
    expect(cell(rowOf(model, 'Chi ngân sách phường'), pace)).toBe('Chậm tiến độ');
    // Đang thực hiện is coloured amber, Chậm tiến độ red.
    const rules = model.conditional.find((c) => c.range.left === statusNine)!.rules;
    expect(rules.find((r) => r.formula.endsWith('="Đang thực hiện"'))?.tone).toBe('amber');
    const paceRules = model.conditional.find((c) => c.range.left === pace)!.rules;
    expect(paceRules.find((r) => r.formula.endsWith('="Chậm tiến độ"'))?.tone).toBe('bad');
  });

  it('live: a 9-month actual raised past the target turns Đang thực hiện into Vượt and Chậm into Đạt tiến độ', async () => {
    const grids = await fixture(NINE_MONTHS);
    const { report, model } = reportOf(grids);
    const ind = report.tables[0].indicators.find((i) => i.name === 'Chi ngân sách phường')!;
    const a = ind.periods[0].cells.actual!;
    const cap = report.tables[0].indicators.find((i) => i.name === 'Số vụ phạm pháp hình sự')!;
    const c = cap.periods[0].cells.actual!;
    const edited = changed(grids, a.sheet, [
      [a.row, a.col, 30],
      [c.row, c.col, 16],
    ]);
    expectLive(grids, edited);
    const cell = evaluate(edited, model);
    const [statusNine] = columnsOf(model, 'Đánh giá');
    const [pace] = columnsOf(model, 'Tiến độ');
    expect(cell(rowOf(model, ind.name), statusNine)).toBe('Vượt');
    expect(cell(rowOf(model, ind.name), pace)).toBe('Đạt tiến độ');
    // 16 cases at 9 months against "at most 15" a year: past the cap already.
    expect(cell(rowOf(model, cap.name), statusNine)).toBe('Chưa đạt');
  });

  it('the counts line of the sheet and of the command line are one rule', async () => {
    const { report, model } = reportOf(await fixture(NINE_MONTHS));
    const totals = model.cells.find((c) => c.style === 'totals')!.value;
    expect(totals).toBe('Tổng số: 9 chỉ tiêu — Vượt: 6 — Đạt: 1 — Chưa đạt: 2 — Không đánh giá: 0 (đạt và vượt: 7/9)');
    expect(cliCountsLine(report.counts)).toBe(
      'Tổng số: 9 chỉ tiêu — Vượt: 6 — Đạt: 1 — Chưa đạt: 2 — Không đánh giá: 0',
    );
  });
});

describe('small grids: a partial period against the year target (§7.4)', () => {
  const grid: Grid = {
    sheet: 'Quý III',
    values: [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng 2024', 'Cùng kỳ 9 tháng 2023'],
      [1, 'Thu ngân sách', 'Triệu đồng', 1000, 700, 650],
      [2, 'Kết nạp đảng viên mới', 'Đảng viên', 10, 11, 8],
      [3, 'Số vụ tai nạn giao thông', 'Vụ', 'Không quá 10', 12, 9],
      [4, 'Số vụ cháy nổ', 'Vụ', 'Không quá 8', 5, 7],
      [5, 'Tỷ lệ hộ nghèo', '%', 'Dưới 2', 1.5, 1.8],
    ],
  };

  it('higher is better: reached → normal status, else Đang thực hiện; lower is better: past the cap → Chưa đạt, else Đang thực hiện; a rate is judged as a level', () => {
    const { model } = reportOf([grid]);
    expect(expectFormulasEqual([grid], model)).toBeGreaterThan(15);
    const cell = evaluate([grid], model);
    const [status] = columnsOf(model, 'Đánh giá');
    const [pace] = columnsOf(model, 'Tiến độ');
    const of = (name: string, col: number) => cell(rowOf(model, name), col);
    expect(of('Thu ngân sách', status)).toBe('Đang thực hiện');
    expect(of('Thu ngân sách', pace)).toBe('Chậm tiến độ'); // 70% done, 75% of the year gone
    expect(of('Kết nạp đảng viên mới', status)).toBe('Vượt');
    expect(of('Số vụ tai nạn giao thông', status)).toBe('Chưa đạt');
    expect(of('Số vụ cháy nổ', status)).toBe('Đang thực hiện');
    expect(of('Số vụ cháy nổ', pace)).toBe('Đạt tiến độ'); // 62,5% of the cap used, 75% of the year gone
    expect(of('Tỷ lệ hộ nghèo', status)).toBe('Vượt');
    expect(of('Tỷ lệ hộ nghèo', pace)).toBeNull();
    expect(model.cells.some((c) => c.value === 'Bình quân')).toBe(false);
  });

  it('live: each figure follows its source cells as the engine would', () => {
    expectLive(
      [grid],
      changed([grid], grid.sheet, [
        [1, 4, 1200],
        [2, 4, 4],
        [3, 4, 7],
        [4, 4, 9],
        [5, 4, 2.5],
      ]),
    );
  });
});

describe('small grids: two comparable years, a previous-year column (§7.2–7.3)', () => {
  it('two comparable years: the later year’s Cùng kỳ is the earlier year’s actual cell; no term figures', () => {
    const grid: Grid = {
      sheet: 'Hai năm',
      values: [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2022', 'Thực hiện 2022', 'Kế hoạch 2023', 'Thực hiện 2023'],
        [1, 'Thu ngân sách', 'Triệu đồng', 1000, 1100, 1200, 1320],
        [2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 2', 1.8, 'Dưới 1,5', 1.2],
      ],
    };
    const { report, model } = reportOf([grid]);
    expect(report.tables[0].term).toBe(false);
    expect(expectFormulasEqual([grid], model)).toBeGreaterThan(8);
    const [prev] = columnsOf(model, 'Cùng kỳ');
    const [, th2023] = columnsOf(model, 'Thực hiện');
    const [th2022] = columnsOf(model, 'Thực hiện');
    expect(prev).toBeGreaterThan(th2023);
    const row = rowOf(model, 'Thu ngân sách');
    expect(at(model, row, prev)?.formula).toBe(`=${String.fromCharCode(65 + th2022)}${row + 1}`);
    const cell = evaluate([grid], model);
    expect(cell(row, prev + 1)).toBe(20); // So cùng kỳ: 1320 / 1100 − 1
    for (const label of ['Bình quân', 'Tổng TH', 'Tăng BQ/năm (%)', 'Chỉ tiêu nhiệm kỳ'])
      expect(columnsOf(model, label)).toEqual([]);
  });

  it('an annual report with a previous-year column gets one period, cùng kỳ from that column, no term figures', () => {
    const grid: Grid = {
      sheet: 'Năm 2023',
      values: [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 2022', 'Kế hoạch 2023', 'Thực hiện 2023'],
        [1, 'Thu ngân sách', 'Triệu đồng', 900, 1000, 1100],
        [2, 'Kết nạp đảng viên mới', 'Đảng viên', 9, 10, 12],
        [3, 'Số hộ kinh doanh mới', 'Hộ', 100, 110, 120],
      ],
    };
    const { model } = reportOf([grid]);
    expect(expectFormulasEqual([grid], model)).toBeGreaterThan(8);
    const [prev] = columnsOf(model, 'Cùng kỳ');
    expect(at(model, rowOf(model, 'Thu ngân sách'), prev)?.formula).toBe("='Năm 2023'!D2");
    expect(columnsOf(model, 'Bình quân')).toEqual([]);
    expect(columnsOf(model, 'Đánh giá')).toHaveLength(1);
  });
});

describe('mid-term review: the term in progress (§7.5)', () => {
  it('every formula cell evaluates to the engine figure (HyperFormula)', async () => {
    const grids = await fixture(MID_TERM);
    expect(expectFormulasEqual(grids, reportOf(grids).model)).toBeGreaterThan(60);
  });

  it('Dự báo cuối nhiệm kỳ and Khả năng hoàn thành are the engine’s projection and outlook, coloured green/amber/red', async () => {
    const grids = await fixture(MID_TERM);
    const { report, model } = reportOf(grids);
    expect(at(model, 5, 0)?.value).toBe('SƠ KẾT GIỮA NHIỆM KỲ 2020 - 2025');
    const [projection] = columnsOf(model, 'Dự báo cuối nhiệm kỳ');
    const [outlook] = columnsOf(model, 'Khả năng hoàn thành');
    const [status] = columnsOf(model, 'Đánh giá');
    const cell = evaluate(grids, model);
    const words = { da_dat: 'Đã đạt', co_kha_nang_dat: 'Có khả năng đạt', kho_dat: 'Khó đạt' };
    let projected = 0;
    for (const ind of report.tables[0].indicators) {
      const row = rowOf(model, ind.name);
      const term = ind.term!;
      if (term.projection !== null) {
        projected++;
        expect(at(model, row, projection)?.formula, ind.name).toMatch(/^=/);
        expect(Math.abs((cell(row, projection) as number) - term.projection), ind.name).toBeLessThanOrEqual(
          0.005 + 1e-9,
        );
      }
      expect(cell(row, outlook), ind.name).toBe(term.outlook === null ? null : words[term.outlook]);
    }
    expect(projected).toBe(9);
    // The three bases, by hand (§7.5): total 45 in 3,5 of 5 years → 64,29; the average so far;
    // the latest basis 0,82 at 2024,5 from 1,45 at 2022 → 0,442 at 2026.
    expect(cell(rowOf(model, 'Kết nạp đảng viên mới'), projection)).toBeCloseTo(64.29, 2);
    expect(cell(rowOf(model, 'Tỷ lệ người dân tham gia bảo hiểm y tế'), projection)).toBeCloseTo(92.33, 1);
    expect(cell(rowOf(model, 'Tỷ lệ hộ nghèo'), projection)).toBeCloseTo(0.44, 2);
    // The latest basis judges the latest actual (0,82 under 1%), not the average (1,105).
    expect(cell(rowOf(model, 'Tỷ lệ hộ nghèo'), status)).toBe('Vượt');
    const tones = Object.fromEntries(
      model.conditional.find((c) => c.range.left === outlook)!.rules.map((r) => [r.formula.split('=')[1], r.tone]),
    );
    expect(tones).toEqual({ '"Đã đạt"': 'good', '"Có khả năng đạt"': 'amber', '"Khó đạt"': 'bad' });
    const statusTones = model.conditional.find((c) => c.range.left === status)!.rules;
    expect(statusTones.find((r) => r.formula.endsWith('="Đang thực hiện"'))?.tone).toBe('amber');
  });

  it('live: a better 6-month estimate turns Khó đạt into Có khả năng đạt, as the engine says', async () => {
    const grids = await fixture(MID_TERM);
    const { report, model } = reportOf(grids);
    const ind = report.tables[0].indicators.find((i) => i.name.startsWith('Số mô hình'))!;
    const poor = report.tables[0].indicators.find((i) => i.name === 'Tỷ lệ hộ nghèo')!;
    const six = ind.periods[ind.periods.length - 1].cells.actual!;
    const poorLatest = poor.periods[poor.periods.length - 1].cells.actual!;
    const edited = changed(grids, six.sheet, [
      [six.row, six.col, 13],
      [poorLatest.row, poorLatest.col, 1.2],
    ]);
    expectLive(grids, edited);
    const after = reportOf(edited).report.tables[0].indicators;
    expect(after.find((i) => i.name === ind.name)!.term!.outlook).toBe('co_kha_nang_dat');
    const cell = evaluate(edited, model);
    const [outlook] = columnsOf(model, 'Khả năng hoàn thành');
    const [status] = columnsOf(model, 'Đánh giá');
    expect(cell(rowOf(model, ind.name), outlook)).toBe('Có khả năng đạt');
    // 1,2% now, above "Dưới 1%": in progress; at this pace (1,45 → 1,2) 1,05% by 2026: at risk.
    expect(cell(rowOf(model, poor.name), status)).toBe('Đang thực hiện');
    expect(cell(rowOf(model, poor.name), outlook)).toBe('Khó đạt');
  });

  it('the totals line adds Đang thực hiện and the outlook counts; the command line prints the same', async () => {
    const { report, model } = reportOf(await fixture(MID_TERM));
    const totals = model.cells.find((c) => c.style === 'totals')!.value;
    const statuses = 'Tổng số: 11 chỉ tiêu — Vượt: 4 — Đạt: 2 — Đang thực hiện: 5 — Chưa đạt: 0 — Không đánh giá: 0';
    const outlook = 'Đã đạt: 6 — Có khả năng đạt: 2 — Khó đạt: 3';
    expect(totals).toBe(`${statuses} (đạt và vượt: 6/11) — ${outlook}`);
    expect(cliCountsLine(report.counts)).toBe(`${statuses} — ${outlook}`);
  });
});
