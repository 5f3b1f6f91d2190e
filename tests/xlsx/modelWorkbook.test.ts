/**
 * A new workbook of report sheet models written by the package writer (`modelWorkbook`) holds what
 * the ExcelJS renderer (`renderReportSheet`, the reference) puts in it: read back by ExcelJS, every
 * cell's value (formulas with their cached results), number format, font, fill, border, alignment
 * and note, the merges, widths, heights, conditional colours, print settings and frozen rows are the
 * same — for the 14-ward test district, a generated city whose wards report two periods, and the
 * summary sheets of fixtures (with notes). LibreOffice Calc opens the district workbook written
 * without cached results and recalculates its COUNTIF cells to the engine's counts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_FALLBACK, readWorkbook } from '../../src/cli/readWorkbook';
import { districtWorkbookModels } from '../../src/core/consolidate/model';
import type { DistrictReport } from '../../src/core/consolidate/types';
import { runReport } from '../../src/core/index';
import { buildReportModel, cachedResult, defaultSheetSettings, type ReportSheetModel } from '../../src/core/report';
import { consolidateWorkbookFiles } from '../../src/workbookFile/consolidate';
import { modelWorkbook } from '../../src/xlsx/modelWorkbook';
import { writeCity } from '../consolidate/cityWards';
import { writeDistrict } from '../consolidate/district';
import { expectSameAsExcelJs, shownValue } from './modelWorkbookHarness';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
if (!hasSoffice && process.env.CI)
  throw new Error('soffice (LibreOffice) is required in CI: .ci/run installs libreoffice-calc-nogui');

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-model-workbook-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A new folder under the test's own. */
function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

async function districtOf(paths: string[]): Promise<DistrictReport> {
  const files = paths.map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
  const run = await consolidateWorkbookFiles(files, { fallback: READ_FALLBACK });
  if (!run.ok) throw new Error(run.message);
  return run.district;
}

describe('a new workbook of report sheets, written by the package writer', () => {
  it('the 14-ward district: the same cells, looks and sheets as the ExcelJS renderer', async () => {
    const district = await districtOf(await writeDistrict(folder('quan')));
    const ours = await expectSameAsExcelJs(districtWorkbookModels(district));
    expect(Object.keys(ours)).toEqual(['Tổng hợp các phường', 'Xếp hạng', 'Kiểm tra']);
  }, 120_000);

  it('a city of 12 wards reporting 2023 or 2024: the same, the two periods ranked apart', async () => {
    const district = await districtOf(
      await writeCity(folder('city'), { wards: 12, indicators: 9 }, (w) => (w % 3 === 0 ? 2023 : 2024)),
    );
    expect(new Set(district.ranking.map((e) => e.period))).toEqual(new Set(['2023', '2024']));
    await expectSameAsExcelJs(districtWorkbookModels(district));
  }, 120_000);

  it('summary sheets of fixtures, notes included, and a repeated sheet name made free', async () => {
    const models: ReportSheetModel[] = [];
    for (const name of ['phuc-dong-2020', 'so-lieu-dai-2018-2020']) {
      const read = await readWorkbook(resolve(__dirname, '../fixtures', `${name}.xlsx`));
      if (!read.ok) throw new Error(read.message);
      const run = runReport(read.grids);
      if (!run.ok) throw new Error(run.message);
      models.push(buildReportModel(run.report, run.grids, defaultSheetSettings));
    }
    expect(models.some((m) => m.cells.some((c) => c.note))).toBe(true);
    expect(models[0].name).toBe(models[1].name);
    const ours = await expectSameAsExcelJs(models);
    expect(Object.keys(ours)).toEqual([models[0].name, `${models[0].name} (2)`]);
  }, 120_000);

  describe.skipIf(!hasSoffice)('LibreOffice Calc', () => {
    it('opens the district workbook and recalculates its formulas to the engine’s counts', async () => {
      const district = await districtOf(await writeDistrict(folder('lo-quan')));
      const models = districtWorkbookModels(district);
      const input = join(dir, 'lo', 'quan.xlsx');
      const unwritten = await modelWorkbook(models, { cachedResults: false });
      // No cached result in the written workbook: LibreOffice has to calculate.
      const plain = new ExcelJS.Workbook();
      await plain.xlsx.load(unwritten as unknown as ArrayBuffer);
      for (const m of models)
        for (const c of m.cells.filter((x) => x.formula))
          expect(plain.getWorksheet(m.name)!.getCell(c.row + 1, c.col + 1).result).toBeUndefined();
      mkdirSync(join(dir, 'lo'));
      writeFileSync(input, unwritten);
      const lo = spawnSync(
        'soffice',
        ['--headless', '--calc', '--convert-to', 'xlsx', '--outdir', join(dir, 'lo', 'out'), input],
        {
          timeout: 300_000,
          env: { ...process.env, HOME: join(dir, 'lo') },
        },
      );
      expect(lo.status, String(lo.stderr)).toBe(0);
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(join(dir, 'lo', 'out', 'quan.xlsx'));
      expect(back.worksheets.map((w) => w.name)).toEqual(models.map((m) => m.name));
      let formulas = 0;
      for (const m of models) {
        const ws = back.getWorksheet(m.name)!;
        for (const c of m.cells) {
          const got = shownValue(ws.getCell(c.row + 1, c.col + 1));
          const where = `${m.name}!R${c.row + 1}C${c.col + 1}`;
          if (c.formula) {
            formulas++;
            expect(got, `${where} ${c.formula}`).toBe(cachedResult(c));
          } else if (typeof c.value === 'number') {
            // Calc keeps 15 significant digits.
            expect(got as number, where).toBeCloseTo(c.value, 9);
          } else if (typeof c.value === 'string' && c.value !== '') {
            expect(got, where).toBe(c.value);
          }
        }
      }
      expect(formulas).toBeGreaterThan(district.indicators.length + 10);
    }, 360_000);
  });
});
