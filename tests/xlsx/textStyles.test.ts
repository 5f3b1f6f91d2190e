/**
 * Italics and Excel's cell indent read at the edge (`grid.textStyles`), by the package reader
 * (styles.xml `cellXfs` → the font's `<i>`, the xf's `alignment/@indent`) and by the ExcelJS
 * fallback alike, on workbooks written by ExcelJS and saved again by LibreOffice — and what the
 * row tree makes of them: an italic or indented name with no bullet under a row with figures is
 * a sub-row of it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import type { Report } from '../../src/core/indicator';
import { readPackageFast } from '../../src/workbookFile/read';
import { readWithExcelJS } from '../../src/workbookFile/exceljsFallback';
import { makeTempDir } from '../cli/harness';
import {
  ALL_ITALIC,
  BUDGET_ITALIC_ITEMS,
  INDENT_1,
  INDENT_2,
  ITALIC,
  LABOUR_INDENTED,
  NO_STT,
  RIGHT_INDENT,
  tableWorkbook,
  workbook,
} from './styledWorkbooks';

async function bothReads(bytes: Uint8Array): Promise<Grid[][]> {
  const own = await readPackageFast(bytes, 'test.xlsx');
  const fallback = await readWithExcelJS(ExcelJS, bytes, 'test.xlsx');
  if (!own?.ok || !fallback.ok) throw new Error('not read');
  return [own.grids, fallback.grids];
}

function reportOf(grids: Grid[]): Report {
  const run = runReport(grids);
  if (!run.ok) throw new Error(run.message);
  return run.report;
}

const parents = (r: Report) => Object.fromEntries(r.tables.flatMap((t) => t.indicators).map((i) => [i.name, i.parent]));

describe('both readers carry italics and the indent level of text cells', () => {
  it('an italic name, an indented name, an upright one: the same styles from both readers', async () => {
    const bytes = await workbook(
      NO_STT,
      [
        { cells: ['Tổng thu ngân sách trên địa bàn', 'Triệu đồng', 12000, 12500] },
        { cells: ['Thu thuế ngoài quốc doanh', 'Triệu đồng', 5000, 5200], look: ITALIC },
        { cells: ['Thu tiền sử dụng đất', 'Triệu đồng', 4000, 4100], look: INDENT_2 },
      ],
      0,
    );
    for (const [grid] of await bothReads(bytes)) {
      expect(grid.textStyles?.[2]?.[0] ?? null).toBeNull();
      expect(grid.textStyles?.[3]?.[0]).toEqual({ italic: true });
      expect(grid.textStyles?.[4]?.[0]).toEqual({ indent: 2 });
    }
  });

  it('an indent from the right (right-aligned text) marks no sub-row', async () => {
    const bytes = await tableWorkbook(RIGHT_INDENT);
    for (const grids of await bothReads(bytes)) {
      expect(grids[0].textStyles?.[3]?.[0] ?? null).toBeNull();
      expect(parents(reportOf(grids))['Số hộ thoát nghèo']).toBeNull();
    }
  });

  it('<i val="0"/> is upright, <i/> and <i val="1"/> are italic (the package reader, by ECMA-376)', async () => {
    const bytes = await workbook(
      NO_STT,
      [{ cells: ['Thu ngân sách', 'Tỷ đồng', 10, 12] }, { cells: ['Thu thuế', 'Tỷ đồng', 6, 7], look: ITALIC }],
      0,
    );
    const zip = await JSZip.loadAsync(bytes);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(styles).toMatch(/<i\/>/);
    for (const [i, want] of [
      ['<i val="0"/>', null],
      ['<i val="1"/>', { italic: true }],
      ['<i val="false"/>', null],
    ] as const) {
      zip.file('xl/styles.xml', styles.replace(/<i\/>/g, i));
      const read = await readPackageFast(await zip.generateAsync({ type: 'uint8array' }), 'x.xlsx');
      if (!read?.ok) throw new Error('not read');
      expect(read.grids[0].textStyles?.[3]?.[0] ?? null, i).toEqual(want);
    }
  });
});

describe('the row tree from workbooks styled as offices style them', () => {
  it('a budget table without STT: italic items under each upright total', async () => {
    const bytes = await tableWorkbook(BUDGET_ITALIC_ITEMS);
    for (const grids of await bothReads(bytes)) {
      const r = reportOf(grids);
      expect(r.counts.total).toBe(2);
      expect(parents(r)).toEqual({
        'Tổng thu ngân sách trên địa bàn': null,
        'Thu thuế ngoài quốc doanh': 'Tổng thu ngân sách trên địa bàn',
        'Thu tiền sử dụng đất': 'Tổng thu ngân sách trên địa bàn',
        'Tổng chi ngân sách địa phương': null,
        'Chi thường xuyên': 'Tổng chi ngân sách địa phương',
      });
    }
  });

  it('a numbered table whose parts are indented by Excel, two levels deep', async () => {
    const bytes = await tableWorkbook(LABOUR_INDENTED);
    for (const grids of await bothReads(bytes)) {
      const r = reportOf(grids);
      expect(r.counts.total).toBe(2);
      const levels = r.tables[0].indicators.map((i) => i.level);
      expect(levels).toEqual([0, 1, 2, 1, 0]);
      expect(parents(r)['Lao động nữ dưới 30 tuổi']).toBe('Lao động nữ');
      expect(parents(r)['Lao động nông thôn']).toBe('Tổng số lao động được giải quyết việc làm');
    }
  });

  it('a table set all in italics reads flat', async () => {
    const bytes = await tableWorkbook(ALL_ITALIC);
    for (const grids of await bothReads(bytes)) expect(reportOf(grids).counts.total).toBe(3);
  });
});

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;

describe.skipIf(!hasSoffice)('a workbook saved again by LibreOffice keeps its italics and indents', () => {
  it('soffice --convert-to xlsx: the same tree', { timeout: 120_000 }, async () => {
    const dir = makeTempDir();
    const input = join(dir, 'styled.xlsx');
    writeFileSync(
      input,
      await workbook(
        NO_STT,
        [
          { cells: ['Tổng số hồ sơ tiếp nhận', 'Hồ sơ', 500, 520] },
          { cells: ['Hồ sơ trực tuyến', 'Hồ sơ', 300, 330], look: INDENT_1 },
          { cells: ['Hồ sơ trực tuyến toàn trình', 'Hồ sơ', 100, 140], look: { ...ITALIC, ...INDENT_1 } },
          { cells: ['Số hộ kinh doanh đăng ký mới', 'Hộ', 150, 170] },
        ],
        0,
      ),
    );
    const outDir = join(dir, 'out');
    const lo = spawnSync('soffice', ['--headless', '--calc', '--convert-to', 'xlsx', '--outdir', outDir, input], {
      timeout: 110_000,
      env: { ...process.env, HOME: dir },
    });
    expect(lo.status, String(lo.stderr)).toBe(0);
    for (const grids of await bothReads(new Uint8Array(readFileSync(join(outDir, 'styled.xlsx'))))) {
      const r = reportOf(grids);
      expect(parents(r)).toEqual({
        'Tổng số hồ sơ tiếp nhận': null,
        'Hồ sơ trực tuyến': 'Tổng số hồ sơ tiếp nhận',
        'Hồ sơ trực tuyến toàn trình': 'Hồ sơ trực tuyến',
        'Số hộ kinh doanh đăng ký mới': null,
      });
    }
  });
});
