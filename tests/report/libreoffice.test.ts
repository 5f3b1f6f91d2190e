/**
 * The written .xlsx opens in LibreOffice Calc (headless) and, recalculated there, its figure cells
 * equal the engine's. The sheet is injected into the fixture's own package (src/xlsx) without
 * cached results, so every value read back was computed by LibreOffice. `.ci/run` installs `libreoffice-calc-nogui`; without `soffice` the test
 * is skipped locally and fails in CI. The mid-term review (a term in progress, §7.5) and the 9-month
 * report (§7.4) also show, recalculated there, the engine's projection, outlook, pace and statuses.
 */
import ExcelJS from 'exceljs';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { injectReportSheet } from '../../src/xlsx/inject';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings, type ReportSheetModel } from '../../src/core/report';

const fixtures = resolve(__dirname, '../fixtures');
const own = fixtures;
const inputs = [
  ...['phuc-dong-2020', 'duc-giang-2015-2020', 'so-lieu-dai-2018-2020'].map((n) => ({ name: n, dir: fixtures })),
  ...['giang-bien-giua-nhiem-ky-2020-2025', 'thuong-thanh-9-thang-2024-uoc-ca-nam'].map((n) => ({ name: n, dir: own })),
];
/** Columns whose recalculated cells must all be checked, by the header that names them. */
const NEW_COLUMNS = ['Dự báo cuối nhiệm kỳ', 'Khả năng hoàn thành', 'Tiến độ thời gian (%)', 'Tiến độ'];
const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
if (!hasSoffice && process.env.CI)
  throw new Error('soffice (LibreOffice) is required in CI: .ci/run installs libreoffice-calc-nogui');

/** A formula cell's result (read from `cell.result`: ExcelJS's `cell.value` drops a result of 0). */
function cellNumber(cell: ExcelJS.Cell): number | string | null {
  if (cell.formula) return (cell.result as number | string | undefined) ?? null;
  return (cell.value as number | string | null) ?? null;
}

describe.skipIf(!hasSoffice)('LibreOffice recalculates the summary sheet to the engine figures', () => {
  let dir: string;
  let lo: SpawnSyncReturns<Buffer>;
  const written = new Map<string, { model: ReportSheetModel; bytes: Uint8Array; sheetName: string }>();

  // Every fixture's copy is written first, then one LibreOffice start converts them all.
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chitieu-lo-'));
    for (const { name, dir: from } of inputs) {
      const input = resolve(from, `${name}.xlsx`);
      const read = await readWorkbook(input);
      if (!read.ok) throw new Error(read.message);
      const run = runReport(read.grids);
      if (!run.ok) throw new Error(run.message);
      const model = buildReportModel(run.report, read.grids, defaultSheetSettings);
      const injected = await injectReportSheet(readFileSync(input), model, { cachedResults: false });
      writeFileSync(join(dir, `${name}.xlsx`), injected.bytes);
      written.set(name, { model, bytes: injected.bytes, sheetName: injected.sheetName });
    }
    const files = inputs.map(({ name }) => join(dir, `${name}.xlsx`));
    lo = spawnSync('soffice', ['--headless', '--calc', '--convert-to', 'xlsx', '--outdir', join(dir, 'lo'), ...files], {
      timeout: 300_000,
      env: { ...process.env, HOME: dir },
    });
  }, 360_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const { name } of inputs) {
    it(`${name}: figure cells after recalculation in LibreOffice Calc`, async () => {
      const { model, bytes, sheetName } = written.get(name)!;
      // No cached result anywhere in the written sheet: LibreOffice has to calculate.
      const unwritten = new ExcelJS.Workbook();
      await unwritten.xlsx.load(bytes as unknown as ArrayBuffer);
      for (const c of model.cells.filter((x) => x.formula)) {
        expect(unwritten.getWorksheet(sheetName)!.getCell(c.row + 1, c.col + 1).result).toBeUndefined();
      }
      expect(lo.status, String(lo.stderr)).toBe(0);
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(join(dir, 'lo', `${name}.xlsx`));
      const ws = back.getWorksheet(sheetName)!;
      const figures = model.cells.filter((c) => c.formula && c.expected);
      expect(figures.length).toBeGreaterThan(10);
      const newColumns = model.cells
        .filter((c) => c.style === 'header' && NEW_COLUMNS.includes(String(c.value)))
        .map((c) => c.col);
      const inNewColumns = figures.filter((c) => newColumns.includes(c.col));
      if (name.startsWith('giang-bien')) expect(inNewColumns.length).toBe(9 + 11); // 9 projections, 11 outlooks
      if (name.startsWith('thuong-thanh')) expect(inNewColumns.length).toBe(9 + 7); // elapsed, pace of the flows
      for (const c of figures) {
        const got = cellNumber(ws.getCell(c.row + 1, c.col + 1));
        const want = c.expected!.value;
        const where = `${sheetName}!R${c.row + 1}C${c.col + 1} ${c.formula}`;
        if (typeof want === 'number') {
          const tol =
            c.expected!.decimals === null
              ? 1e-9 * Math.max(1, Math.abs(want))
              : 0.5 * 10 ** -c.expected!.decimals + 1e-9;
          expect(typeof got, where).toBe('number');
          expect(Math.abs((got as number) - want), `${where}: ${got} vs ${want}`).toBeLessThanOrEqual(tol);
        } else {
          expect(got, where).toBe(want);
        }
      }
    });
  }
});
