/**
 * Black box, happy path: `chitieu report` on the shared fixtures and on the bundled sample.
 * These need the engine (src/core) to produce reports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { worksheetToGrid } from '../../src/workbookFile/exceljsFallback';
import { FIXTURES, FIXTURE_NAMES, makeTempDir, runCli, sha256 } from './harness';

const COUNTS_LINE = /^Tổng số: \d+ chỉ tiêu — Vượt: \d+ — Đạt: \d+ — Chưa đạt: \d+ — Không đánh giá: \d+$/m;
const SHEET_COUNTS_LINE =
  /^Tổng số: \d+ chỉ tiêu — Vượt: \d+ — Đạt: \d+ — Chưa đạt: \d+ — Không đánh giá: \d+ \(đạt và vượt: \d+\/\d+\)$/;

interface ReportJson {
  tables: { sheet: string; range: string; indicators: { name: string; row: number; overallStatus: string }[] }[];
  counts: Record<'total' | 'vuot' | 'dat' | 'chua_dat' | 'khong_danh_gia', number>;
  narrative: string[];
  checks: { sheet: string; cell: string; message: string }[];
}

const jsonReports = new Map<string, ReportJson>();

/** `report … --json -` parsed; memoised, as each spawn loads the whole engine. */
function jsonReport(args: string[], cwd?: string): ReportJson {
  const key = JSON.stringify([args, cwd]);
  const known = jsonReports.get(key);
  if (known) return known;
  const run = runCli([...args, '--json', '-'], cwd);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const report = JSON.parse(run.stdout) as ReportJson;
  jsonReports.set(key, report);
  return report;
}

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => ws.name);
}

describe.each(FIXTURE_NAMES)('chitieu report on fixture %s', (name) => {
  const input = join(FIXTURES, `${name}.xlsx`);

  it("--json - prints only schema-shaped JSON with tables of the workbook's sheets", async () => {
    const report = jsonReport(['report', input]);
    expect(report.tables.length).toBeGreaterThan(0);
    const sheets = await sheetNames(input);
    for (const table of report.tables) {
      expect(sheets).toContain(table.sheet);
      expect(table.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
      expect(table.indicators.length).toBeGreaterThan(0);
    }
    expect(Object.keys(report.counts).sort()).toEqual(['chua_dat', 'dat', 'khong_danh_gia', 'total', 'vuot']);
    expect(Array.isArray(report.narrative)).toBe(true);
    expect(Array.isArray(report.checks)).toBe(true);
  });

  it('without --json prints the counts line and one line per check finding', () => {
    const run = runCli(['report', input]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(COUNTS_LINE);
    const report = jsonReport(['report', input]);
    // Each finding once, its cell then its sheet: `Ô G15 (biểu "Chỉ tiêu 2020"): …`.
    for (const check of report.checks) expect(run.stdout).toContain(`Ô ${check.cell} (biểu "${check.sheet}"): `);
  });

  it('-o writes a readable copy: the original sheets unchanged plus the results sheet; --json FILE the same JSON', async () => {
    const dir = makeTempDir();
    const out = join(dir, 'ket-qua.xlsx');
    const json = join(dir, 'ket-qua.json');
    const before = sha256(input);
    const run = runCli(['report', input, '-o', out, '--json', json], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(sha256(input)).toBe(before);

    const original = await readWorkbook(input);
    const copy = await readWorkbook(out);
    if (!original.ok || !copy.ok) throw new Error('unreadable workbook');
    const names = original.grids.map((g) => g.sheet);
    expect(await sheetNames(out)).toEqual([...names, 'Báo cáo chỉ tiêu']);
    expect(copy.grids.map((g) => g.sheet)).toEqual(names);
    for (const grid of original.grids) {
      const copied = copy.grids.find((g) => g.sheet === grid.sheet);
      expect(copied?.values).toEqual(grid.values);
      expect(copied?.numberFormats).toEqual(grid.numberFormats);
      expect(sortedMerges(copied?.merges)).toEqual(sortedMerges(grid.merges));
    }
    const copyBook = new ExcelJS.Workbook();
    await copyBook.xlsx.readFile(out);
    const resultsSheet = copyBook.getWorksheet('Báo cáo chỉ tiêu');
    const results = resultsSheet ? worksheetToGrid(resultsSheet).values.flat() : [];
    expect(results).toContain('Chỉ tiêu');
    expect(results.some((v) => typeof v === 'string' && SHEET_COUNTS_LINE.test(v))).toBe(true);

    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(jsonReport(['report', input]));
  });

  it('a report on its own output gives the same figures (its results sheet is not read as data)', () => {
    const dir = makeTempDir();
    const out = join(dir, 'ket-qua.xlsx');
    expect(runCli(['report', input, '-o', out], dir).status).toBe(0);
    expect(jsonReport(['report', out])).toEqual(jsonReport(['report', input]));
  });
});

describe('chitieu report on the bundled sample', () => {
  it('runs with no input from any working directory and prints the counts, one line per table', () => {
    const run = runCli(['report'], makeTempDir());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // Three tables of three periods: never one line adding them up (24 = 12 + 8 + 4).
    const lines = run.stdout.split('\n').filter((l) => l.includes('Tổng số: '));
    expect(lines.map((l) => /Tổng số: (\d+)/.exec(l)?.[1])).toEqual(['12', '8', '4']);
    expect(lines[0]).toMatch(/^Năm 2020 \(biểu "Chỉ tiêu 2020"\): Tổng số: 12 chỉ tiêu — /);
  });

  it("gives the fixtures' results: its counts are the sum of the three fixtures' counts", () => {
    const sample = jsonReport(['report']);
    const sums = { total: 0, vuot: 0, dat: 0, chua_dat: 0, khong_danh_gia: 0 };
    for (const name of FIXTURE_NAMES) {
      const { counts } = jsonReport(['report', join(FIXTURES, `${name}.xlsx`)]);
      for (const key of Object.keys(sums) as (keyof typeof sums)[]) sums[key] += counts[key];
    }
    expect(sample.counts).toEqual(sums);
  });

  it('writes nothing beside the sample when -o is not given', () => {
    const dir = makeTempDir();
    runCli(['report'], dir);
    expect(existsSync(join(dir, 'ket-qua.xlsx'))).toBe(false);
  });
});

function sortedMerges(merges: { top: number; left: number; bottom: number; right: number }[] | undefined) {
  return [...(merges ?? [])].sort((a, b) => a.top - b.top || a.left - b.left);
}
