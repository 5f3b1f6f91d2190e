/**
 * Shared helpers of the hardening tests: run `node bin/chitieu.js report` on a hostile workbook as a
 * black box and check the contract — exit 0 with a report, or exit 2 with one Vietnamese line; never
 * a stack trace, never exit 1, never more than 30 s, and the input file unchanged.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { BIN, REPO_ROOT, VIETNAMESE_LETTER, makeTempDir, nonEmptyLines, sha256 } from '../cli/harness';

export { makeTempDir };

/** The budget of one run; a run that takes longer is killed and fails the test. */
export const RUN_LIMIT_MS = 30_000;

export interface ReportJson {
  tables: {
    sheet: string;
    range: string;
    indicators: {
      name: string;
      unit: string | null;
      row: number;
      overallStatus: string;
      periods: { period: string; target: unknown; actual: unknown; status: string }[];
    }[];
  }[];
  counts: Record<'total' | 'vuot' | 'dat' | 'chua_dat' | 'khong_danh_gia', number>;
  narrative: string[];
  checks: { sheet: string; cell: string; message: string }[];
}

export type Outcome =
  { kind: 'report'; report: ReportJson; ms: number; out: string } | { kind: 'refusal'; message: string; ms: number };

/**
 * Runs `report <input> -o <dir>/ket-qua.xlsx --json <dir>/ket-qua.json` and checks the contract
 * shared by every outcome; returns the parsed report or the refusal line.
 */
export function runReport(input: string): Outcome {
  const dir = makeTempDir();
  const out = join(dir, 'ket-qua.xlsx');
  const json = join(dir, 'ket-qua.json');
  const before = sha256(input);
  const started = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'report', input, '-o', out, '--json', json], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, CHITIEU_DEBUG: '' },
    timeout: RUN_LIMIT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Math.round(performance.now() - started);

  expect(r.error, `the run did not end within ${RUN_LIMIT_MS} ms`).toBeUndefined();
  expect(r.signal).toBeNull();
  expect(ms).toBeLessThan(RUN_LIMIT_MS);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/\b(?:Error|TypeError|RangeError):/);
  expect([0, 2]).toContain(r.status);
  expect(sha256(input)).toBe(before);

  if (r.status === 2) {
    expect(nonEmptyLines(r.stderr)).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(VIETNAMESE_LETTER);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(json)).toBe(false);
    return { kind: 'refusal', message: r.stderr.trim(), ms };
  }
  expect(r.stderr).toBe('');
  expect(existsSync(out)).toBe(true);
  const report = JSON.parse(readFileSync(json, 'utf8')) as ReportJson;
  return { kind: 'report', report, ms, out };
}

/** The report of a run that must succeed. */
export function expectReport(input: string): ReportJson & { ms: number; out: string } {
  const outcome = runReport(input);
  if (outcome.kind !== 'report') throw new Error(`expected a report, got exit 2: ${outcome.message}`);
  return { ...outcome.report, ms: outcome.ms, out: outcome.out };
}

/** All indicators of a report, in table order. */
export function allIndicators(report: ReportJson) {
  return report.tables.flatMap((t) => t.indicators);
}

/** The header of the small table the tests build: STT, name, unit, plan 2020, done 2020. */
export const HEADER = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2020', 'Thực hiện năm 2020'];

/** `n` indicator rows `[i, 'Chỉ tiêu số i', 'Hộ', target, actual]`; every third falls short. */
export function indicatorRows(n: number, first = 1): (string | number)[][] {
  return Array.from({ length: n }, (_, k) => {
    const i = first + k;
    return [i, `Số hộ được hỗ trợ đợt ${i}`, 'Hộ', 100, i % 3 === 0 ? 80 : 120];
  });
}

/** What `indicatorRows(n)` gives: every third row is chưa đạt, the rest vượt. */
export function expectedCounts(n: number) {
  const short = Math.floor(n / 3);
  return { total: n, vuot: n - short, dat: 0, chua_dat: short, khong_danh_gia: 0 };
}

/**
 * Streams a one-sheet workbook to `path` without holding it in memory: the header, `indicators`
 * rows of `indicatorRows`, then — after two blank rows — `noise` rows of notes that are no table.
 */
export async function writeLargeWorkbook(path: string, indicators: number, noise: number): Promise<string> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet('Chỉ tiêu 2020');
  ws.addRow(HEADER).commit();
  for (let i = 1; i <= indicators; i++)
    ws.addRow([i, `Số hộ được hỗ trợ đợt ${i}`, 'Hộ', 100, i % 3 === 0 ? 80 : 120]).commit();
  if (noise > 0) {
    ws.addRow([]).commit();
    ws.addRow([]).commit();
    for (let i = 1; i <= noise; i++) ws.addRow([`Ghi chú số ${i}`, i, i * 2]).commit();
  }
  ws.commit();
  await wb.commit();
  return path;
}
