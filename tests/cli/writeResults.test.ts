/** The copy with the summary sheet, on hand-made reports (no engine needed), through the pipeline's own writer. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import type { IndicatorResult, PeriodFigures, Report } from '../../src/core/indicator';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { freeSheetName } from '../../src/core/sheetName';
import { reportCommand } from '../../src/cli/main';
import { periodOf } from '../../src/core/detect/period';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { isSameFile, WRITE_FALLBACK } from '../../src/cli/writeResults';
import { addModelSheet } from '../../src/workbookFile/exceljsFallback';
import { reportCopy } from '../../src/workbookFile/write';
import { makeTempDir, sha256, writeWorkbook } from './harness';

function period(p: Partial<PeriodFigures>): PeriodFigures {
  return {
    period: '2020',
    at: periodOf('2020')!,
    target: null,
    actual: null,
    previousActual: null,
    assignedTarget: null,
    achievementPct: null,
    assignedAchievementPct: null,
    gap: null,
    gapPoints: null,
    yoyPct: null,
    yoyPoints: null,
    status: 'khong_danh_gia',
    assignedStatus: null,
    estimated: false,
    monthActual: null,
    elapsedPct: null,
    progress: null,
    targetSpec: null,
    targetLabels: null,
    cells: {},
    ...p,
  };
}

function indicator(i: Partial<IndicatorResult>): IndicatorResult {
  return {
    name: 'Thu ngân sách',
    unit: 'Triệu đồng',
    row: 8,
    section: null,
    parent: null,
    level: 0,
    valueKind: 'amount',
    direction: 'increase',
    targetKind: 'min',
    periods: [],
    term: null,
    overallStatus: 'khong_danh_gia',
    overallAssignedStatus: null,
    cells: { name: { sheet: 'Chỉ tiêu 2020', row: 7, col: 1 } },
    ...i,
  };
}

const REPORT: Report = {
  tables: [
    {
      sheet: 'Chỉ tiêu 2020',
      range: 'A6:H22',
      period: '2020',
      at: periodOf('2020')!,
      long: false,
      term: false,
      termProgress: null,
      indicators: [
        indicator({
          periods: [period({ target: 10500, actual: 36015, achievementPct: 343, status: 'vuot' })],
          overallStatus: 'vuot',
        }),
        indicator({
          name: '=HYPERLINK("http://x","bấm")',
          unit: '-',
          row: 9,
          periods: [period({ target: '+5', actual: '@tên', status: 'chua_dat' })],
          overallStatus: 'chua_dat',
        }),
      ],
    },
  ],
  counts: { total: 2, vuot: 1, dat: 0, chua_dat: 1, khong_danh_gia: 0 },
  narrative: [],
  checks: [
    {
      sheet: 'Chỉ tiêu 2020',
      cell: 'G15',
      kind: 'reported_pct',
      reported: 103.2,
      computed: 102.33333333,
      message: 'tỷ lệ ghi 103,2% nhưng tính lại là 102,3%.',
      indicator: 'Tỷ lệ người dân tham gia bảo hiểm y tế',
    },
  ],
};

/** The summary sheet of the hand-made report. */
const MODEL = (grids: Grid[]) => buildReportModel(REPORT, grids, defaultSheetSettings);

/** The copy of `read` with the hand-made report's sheet, written to `out` as the pipeline writes it. */
async function writeCopy(read: { bytes: Uint8Array; grids: Grid[] }, out: string) {
  const copy = await reportCopy({ bytes: read.bytes, name: 'vao.xlsx' }, MODEL(read.grids), WRITE_FALLBACK);
  if (copy.ok) writeFileSync(out, copy.bytes);
  return copy;
}

/** Every row of a sheet as plain values, 1-based columns dropped to an array from column A. */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

describe('summary sheet', () => {
  it('has the title, the annual header, one row per indicator, the counts line and the findings', () => {
    const wb = new ExcelJS.Workbook();
    const ws = addModelSheet(wb, MODEL([]));
    const flat = rowsOf(ws).flat();
    expect(ws.name).toBe('Báo cáo chỉ tiêu');
    expect(flat).toContain('BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU');
    expect(flat).toEqual(
      expect.arrayContaining(['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ TH/KH (%)', 'Đánh giá']),
    );
    expect(flat).toEqual(expect.arrayContaining(['Thu ngân sách', 'Triệu đồng', 'Vượt', 'Chưa đạt']));
    expect(
      flat.some((v) => typeof v === 'string' && v.startsWith('Tổng số: 2 chỉ tiêu — Vượt: 1 — Đạt: 0 — Chưa đạt: 1')),
    ).toBe(true);
    expect(flat).toEqual(expect.arrayContaining(['Chỉ tiêu 2020!G15', 'tỷ lệ ghi 103,2% nhưng tính lại là 102,3%.']));
  });

  it('text starting with = + - @ stays text after a round trip, never a formula', async () => {
    const dir = makeTempDir();
    const input = await writeWorkbook(join(dir, 'vao.xlsx'), (wb) =>
      wb.addWorksheet('Chỉ tiêu 2020').addRow(['Chỉ tiêu']),
    );
    const read = await readWorkbook(input);
    if (!read.ok) throw new Error(read.message);
    const out = join(dir, 'ra.xlsx');
    // Injected, with nothing to tell the user (no notice).
    expect(await writeCopy(read, out)).toEqual({ ok: true, bytes: expect.any(Uint8Array) });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const ws = back.getWorksheet('Báo cáo chỉ tiêu');
    // Name and unit come from the report; hand-made periods have no source cells to show.
    const injected = ['=HYPERLINK("http://x","bấm")', '-'];
    const cells: ExcelJS.Cell[] = [];
    ws?.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    for (const text of injected) {
      const cell = cells.find((c) => c.value === text);
      expect(cell, text).toBeDefined();
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
    }
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula).map((c) => c.formula)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/HYPERLINK|@tên|\+5/)]),
    );
  });

  it('takes the next free name when the user has a sheet called "Báo cáo chỉ tiêu"', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Báo cáo chỉ tiêu');
    wb.addWorksheet('BÁO CÁO CHỈ TIÊU (2)');
    expect(
      freeSheetName(
        wb.worksheets.map((w) => w.name),
        'Báo cáo chỉ tiêu',
      ),
    ).toBe('Báo cáo chỉ tiêu (3)');
    expect(addModelSheet(wb, MODEL([])).name).toBe('Báo cáo chỉ tiêu (3)');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Báo cáo chỉ tiêu',
      'BÁO CÁO CHỈ TIÊU (2)',
      'Báo cáo chỉ tiêu (3)',
    ]);
  });
});

describe("chitieu's own sheet", () => {
  it("a new run replaces the results sheet of an earlier run, never the user's sheet of that name", async () => {
    const dir = makeTempDir();
    const input = await writeWorkbook(join(dir, 'vao.xlsx'), (wb) => {
      wb.addWorksheet('Chỉ tiêu 2020').addRow(['Chỉ tiêu']);
      wb.addWorksheet('Báo cáo chỉ tiêu').addRow(['Ghi chép của người dùng']);
    });
    const first = await readWorkbook(input);
    if (!first.ok) throw new Error(first.message);
    await writeCopy(first, join(dir, 'lan-1.xlsx'));
    const second = await readWorkbook(join(dir, 'lan-1.xlsx'));
    if (!second.ok) throw new Error(second.message);
    expect(second.grids.map((g) => g.sheet)).toEqual(['Chỉ tiêu 2020', 'Báo cáo chỉ tiêu']);
    await writeCopy(second, join(dir, 'lan-2.xlsx'));

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(join(dir, 'lan-2.xlsx'));
    expect(back.worksheets.map((ws) => ws.name)).toEqual(['Chỉ tiêu 2020', 'Báo cáo chỉ tiêu', 'Báo cáo chỉ tiêu (2)']);
    expect(back.getWorksheet('Báo cáo chỉ tiêu')?.getCell('A1').value).toBe('Ghi chép của người dùng');
  });
});

describe('never writing onto the input', () => {
  it('refuses an output path naming the input file, leaving it unchanged', async () => {
    const dir = makeTempDir();
    const input = await writeWorkbook(join(dir, 'vao.xlsx'), (wb) => wb.addWorksheet('S').addRow(['Chỉ tiêu']));
    const before = sha256(input);
    const outcome = await reportCommand({ input, output: join(dir, '.', 'vao.xlsx'), json: null });
    expect(outcome).toMatchObject({ ok: false, code: 'overwrites-input' });
    expect(sha256(input)).toBe(before);
  });

  it('isSameFile sees through relative paths and symlinks, and tells apart a new file', () => {
    const dir = makeTempDir();
    const a = join(dir, 'a.xlsx');
    writeFileSync(a, 'x');
    expect(isSameFile(a, join(dir, 'sub', '..', 'a.xlsx'))).toBe(true);
    expect(isSameFile(a, join(dir, 'b.xlsx'))).toBe(false);
    expect(existsSync(join(dir, 'b.xlsx'))).toBe(false);
  });
});
