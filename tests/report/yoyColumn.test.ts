/**
 * The sheet's change against cùng kỳ says in each cell what it is: a % change for money and large
 * counts (`+22,2%`), percentage points for a rate (`-0,6 điểm %`), units for a small count
 * (`+1 tổ`, `0 vụ`), signed, under one header `Tăng (+), giảm (-) so với cùng kỳ`. The value stays
 * a live formula: HyperFormula evaluates it to the engine's figure, and LibreOffice, recalculating
 * the written copy, shows the same text as the sheet model and the Word appendix (`shownText`).
 * The expected texts are computed by hand from the workbooks below.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings, shownText, type ReportSheetModel } from '../../src/core/report';
import { injectReportSheet } from '../../src/xlsx/inject';
import { expectFormulasEqual } from './evaluate';

const HEADER = 'Tăng (+), giảm (-) so với cùng kỳ';
const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
if (!hasSoffice && process.env.CI) throw new Error('soffice (LibreOffice) is required in CI');

interface Case {
  grid: Grid;
  /** Indicator name → what its change cell shows (hand-computed). */
  shows: Record<string, string>;
}

const CASES: Case[] = [
  {
    // An annual table whose previous year's actual is the cùng kỳ.
    grid: {
      sheet: 'Năm 2023',
      values: [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 2022', 'Kế hoạch 2023', 'Thực hiện 2023'],
        [1, 'Thu ngân sách', 'Triệu đồng', 900, 1000, 1100],
        [2, 'Tỷ lệ hộ nghèo', '%', 1.8, 'Dưới 1,5', 1.2],
        [3, 'Số tổ dân phố đạt chuẩn văn hóa', 'Tổ', 7, 8, 8],
        [4, 'Số vụ cháy', 'Vụ', 5, 'Không quá 5', 5],
        [5, 'Số hộ nghèo', 'Hộ', 12, 10, 9],
      ],
    },
    shows: {
      'Thu ngân sách': '+22,2%', // 1100 / 900 − 1
      'Tỷ lệ hộ nghèo': '-0,6 điểm %', // 1,2 − 1,8
      'Số tổ dân phố đạt chuẩn văn hóa': '+1 tổ',
      'Số vụ cháy': '0 vụ',
      'Số hộ nghèo': '-3 hộ',
    },
  },
  {
    // Six months against a `Cùng kỳ năm 2023` column, under a title.
    grid: {
      sheet: '6 tháng',
      values: [
        ['BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024'],
        [],
        ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Cùng kỳ năm 2023', 'Ước thực hiện 6 tháng năm 2024'],
        [1, 'Thu ngân sách nhà nước', 'Triệu đồng', 20000, 9500, 10200],
        [2, 'Tỷ lệ tham gia bảo hiểm y tế', '%', 92, 90.5, 91.25],
        [3, 'Số người được giải quyết việc làm', 'Người', 400, 180, 150],
        [4, 'Số đảng viên mới kết nạp', 'Đảng viên', 15, 6, 4],
        [5, 'Tổng mức bán lẻ hàng hóa', 'Triệu đồng', 250000, 118000.5, 131234.5],
      ],
    },
    shows: {
      'Thu ngân sách nhà nước': '+7,4%', // 10200 / 9500 − 1 = 7,37%
      'Tỷ lệ tham gia bảo hiểm y tế': '+0,75 điểm %',
      'Số người được giải quyết việc làm': '-16,7%', // 150 / 180 − 1; 180 is not a small count
      'Số đảng viên mới kết nạp': '-2 đảng viên',
      'Tổng mức bán lẻ hàng hóa': '+11,2%', // 131234,5 / 118000,5 − 1 = 11,215%
    },
  },
];

function modelOf(grid: Grid): ReportSheetModel {
  const run = runReport([grid]);
  if (!run.ok) throw new Error(run.message);
  return buildReportModel(run.report, [grid], defaultSheetSettings);
}

/** The change column and each indicator's row on the sheet. */
function placesOf(model: ReportSheetModel, names: string[]) {
  const header = model.cells.filter((c) => c.style === 'header' && c.value === HEADER);
  expect(header).toHaveLength(1);
  const rows = names.map((name) => {
    const cell = model.cells.find((c) => c.col === 1 && c.value === name);
    if (!cell) throw new Error(`no row for ${name}`);
    return cell.row;
  });
  return { col: header[0].col, rows };
}

describe('the change against cùng kỳ says what it is, cell by cell', () => {
  for (const { grid, shows } of CASES) {
    it(`${grid.sheet}: %, điểm % or units with their sign, as live formulas`, () => {
      const model = modelOf(grid);
      const names = Object.keys(shows);
      const { col, rows } = placesOf(model, names);
      rows.forEach((row, i) => {
        const cell = model.cells.find((c) => c.row === row && c.col === col);
        expect(cell?.formula, names[i]).toMatch(/^=/);
        expect(cell && shownText(cell), names[i]).toBe(shows[names[i]]);
      });
      expect(model.cells.some((c) => typeof c.value === 'string' && c.value.includes('điểm % với tỷ lệ'))).toBe(false);
      // Excel shows `####` for a number wider than its column: the column fits the longest text.
      expect(model.widths[col]).toBeGreaterThanOrEqual(Math.max(...Object.values(shows).map((t) => t.length + 2)));
      expect(expectFormulasEqual([grid], model)).toBeGreaterThan(names.length);
    });
  }
});

/** A CSV line's fields (quoted fields may hold commas). */
function csvFields(line: string): string[] {
  return (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((f) =>
    f
      .replace(/,$/, '')
      .replace(/^"(.*)"$/, '$1')
      .replace(/""/g, '"'),
  );
}

/** `+1,234.5%` as LibreOffice's en-US shows it → `+1.234,5%` as the Vietnamese sheet reads. */
const vietnamese = (text: string) => text.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));

describe.skipIf(!hasSoffice)('LibreOffice recalculates the copy and shows the same change texts', () => {
  it('every change cell of every case, after recalculation without cached results', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-yoy-'));
    const files: { csv: string; model: ReportSheetModel; shows: Record<string, string> }[] = [];
    for (const [k, { grid, shows }] of CASES.entries()) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet(grid.sheet);
      grid.values.forEach((r) => ws.addRow(r ?? []));
      const source = join(dir, `nguon-${k}.xlsx`);
      await wb.xlsx.writeFile(source);
      const read = await readWorkbook(source);
      if (!read.ok) throw new Error(read.message);
      const run = runReport(read.grids);
      if (!run.ok) throw new Error(run.message);
      const model = buildReportModel(run.report, read.grids, defaultSheetSettings);
      const copy = await injectReportSheet(readFileSync(source), model, { cachedResults: false });
      writeFileSync(join(dir, `ban-sao-${k}.xlsx`), copy.bytes);
      files.push({ csv: join(dir, `ban-sao-${k}-${copy.sheetName}.csv`), model, shows });
    }
    // Field 9 `true`: cell contents as shown (the number format applied); field 12: the second sheet.
    const lo = spawnSync(
      'soffice',
      [
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1',
        '--outdir',
        dir,
        ...CASES.map((_, k) => join(dir, `ban-sao-${k}.xlsx`)),
      ],
      { timeout: 180_000, env: { ...process.env, HOME: dir } },
    );
    expect(lo.status, String(lo.stderr)).toBe(0);
    for (const { csv, model, shows } of files) {
      const lines = readFileSync(csv, 'utf8').split(/\r?\n/);
      const names = Object.keys(shows);
      const { col, rows } = placesOf(model, names);
      rows.forEach((row, i) => expect(vietnamese(csvFields(lines[row])[col]), names[i]).toBe(shows[names[i]]));
    }
  }, 240_000);
});
