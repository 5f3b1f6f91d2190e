/**
 * A range target is judged by its better side, in the engine and in the summary sheet's live status
 * formula alike: higher is better — below chưa đạt, inside đạt, above vượt; lower is better — above
 * chưa đạt, inside đạt, below vượt; a level kept (`Ổn định ở mức`, `Duy trì`) — inside đạt, outside
 * chưa đạt. The statuses are hand-stated here; the sheet, recalculated by HyperFormula and by
 * LibreOffice Calc, must show them.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import type { Status } from '../../src/core/indicator';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings, type ReportSheetModel } from '../../src/core/report';
import { STATUS_TEXT } from '../../src/core/report/model';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { injectReportSheet } from '../../src/xlsx/inject';
import { expectFormulasEqual } from './evaluate';

type Row = [name: string, unit: string, target: string, actual: number, status: Status];

/** Three layouts, each with rows of one aim on every side of the range. */
const CASES: { title: string; header: string[]; rows: Row[] }[] = [
  {
    title: 'higher is better',
    header: ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'],
    rows: [
      ['Tỷ lệ hộ gia đình văn hóa', '%', 'Từ 90 đến 95%', 96.2, 'vuot'],
      ['Tỷ lệ tổ dân phố văn hóa', '%', '90-95%', 92, 'dat'],
      ['Tỷ lệ người dân tham gia bảo hiểm y tế', '%', '90 – 95%', 89.4, 'chua_dat'],
      ['Số hộ được vay vốn', 'Hộ', 'Từ 40 đến 50', 50, 'dat'],
    ],
  },
  {
    title: 'lower is better',
    header: ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu năm 2025', 'Thực hiện năm 2025'],
    rows: [
      ['Tỷ lệ hộ nghèo', '%', '3-5%', 2.5, 'vuot'],
      ['Tỷ lệ hộ cận nghèo', '%', 'Từ 3 đến 5%', 4.1, 'dat'],
      ['Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', '%', '5-7%', 7.4, 'chua_dat'],
      ['Số vụ tai nạn giao thông', 'Vụ', 'Từ 3 đến 5', 7, 'chua_dat'],
      ['Số vụ cháy nổ', 'Vụ', '2-4', 3, 'dat'],
    ],
  },
  {
    title: 'a level kept',
    header: ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Ước thực hiện năm 2023'],
    rows: [
      ['Tỷ lệ sinh', '%', 'Ổn định ở mức 1,5-1,8%', 1.9, 'chua_dat'],
      ['Tỷ lệ người cao tuổi được khám sức khỏe', '%', 'Duy trì 80-85%', 78, 'chua_dat'],
      ['Quy mô dân số ổn định', 'Người', '12.000-12.500', 12300, 'dat'],
      ['Tỷ lệ tăng dân số tự nhiên', '%', 'Giữ ổn định ở mức 0,8-1%', 1, 'dat'],
    ],
  },
];

function gridOf(c: (typeof CASES)[number]): Grid {
  return {
    sheet: 'Chỉ tiêu',
    values: [c.header, ...c.rows.map(([name, unit, target, actual], i) => [i + 1, name, unit, target, actual])],
  };
}

function modelOf(grids: Grid[]) {
  const run = runReport(grids);
  if (!run.ok) throw new Error(run.message);
  return { report: run.report, model: buildReportModel(run.report, grids, defaultSheetSettings) };
}

/** The status cell of each indicator row, by name. */
function statusByName(model: ReportSheetModel): Map<string, ReportSheetModel['cells'][number]> {
  const words = new Set<string>(Object.values(STATUS_TEXT));
  const out = new Map<string, ReportSheetModel['cells'][number]>();
  for (const name of model.cells.filter((c) => c.col === 1 && typeof c.value === 'string')) {
    const status = model.cells.find(
      (c) => c.row === name.row && c.style === 'status' && words.has(String(c.expected?.value ?? c.value)),
    );
    if (status) out.set(String(name.value), status);
  }
  return out;
}

describe('a range target judged by its better side (engine and HyperFormula)', () => {
  for (const c of CASES) {
    it(`${c.title}: the engine's statuses, and the sheet's live formulas recalculate to them`, () => {
      const grids = [gridOf(c)];
      const { report, model } = modelOf(grids);
      const got = report.tables[0].indicators.map((i) => [i.name, i.periods[0].status]);
      expect(got).toEqual(c.rows.map(([name, , , , status]) => [name, status]));
      const cells = statusByName(model);
      for (const [name, , , , status] of c.rows) {
        const cell = cells.get(name)!;
        expect(cell.formula, name).toMatch(/^=/);
        expect(cell.expected?.value, name).toBe(STATUS_TEXT[status]);
      }
      expect(expectFormulasEqual(grids, model)).toBeGreaterThan(c.rows.length);
    });
  }
});

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;

describe.skipIf(!hasSoffice)('a range target judged by its better side (LibreOffice Calc)', () => {
  let dir: string;
  const written: { c: (typeof CASES)[number]; model: ReportSheetModel; sheetName: string; file: string }[] = [];
  let converted = 1;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chitieu-range-'));
    for (const [k, c] of CASES.entries()) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Chỉ tiêu');
      for (const row of gridOf(c).values) ws.addRow(row as ExcelJS.CellValue[]);
      const file = join(dir, `range-${k}.xlsx`);
      await wb.xlsx.writeFile(file);
      const read = await readWorkbook(file);
      if (!read.ok) throw new Error(read.message);
      const { model } = modelOf(read.grids);
      const injected = await injectReportSheet(readFileSync(file), model, { cachedResults: false });
      writeFileSync(file, injected.bytes);
      written.push({ c, model, sheetName: injected.sheetName, file });
    }
    const files = written.map((w) => w.file);
    converted = spawnSync(
      'soffice',
      ['--headless', '--calc', '--convert-to', 'xlsx', '--outdir', join(dir, 'lo'), ...files],
      { timeout: 300_000, env: { ...process.env, HOME: dir } },
    ).status!;
  }, 360_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [k, c] of CASES.entries()) {
    it(`${c.title}: the status cells recalculated by LibreOffice`, async () => {
      expect(converted).toBe(0);
      const { model, sheetName } = written[k];
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(join(dir, 'lo', `range-${k}.xlsx`));
      const ws = back.getWorksheet(sheetName)!;
      const cells = statusByName(model);
      for (const [name, , , , status] of c.rows) {
        const cell = cells.get(name)!;
        expect(ws.getCell(cell.row + 1, cell.col + 1).result, name).toBe(STATUS_TEXT[status]);
      }
    });
  }
});
