/**
 * Shared helpers of the hardening tests: run `node bin/chitieu.js report` on a hostile workbook as a
 * black box and check the contract — exit 0 with a report, or exit 2 with one Vietnamese line; never
 * a stack trace, never exit 1, never a hang, and the input file unchanged. How long a run takes (the
 * hardening issue's 30 s) is measured by `npm run bench:bounds`, not asserted here.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { BIN, REPO_ROOT, VIETNAMESE_LETTER, makeTempDir, nonEmptyLines, sha256 } from '../cli/harness';

export { makeTempDir };
export { HEADER, expectedCounts, indicatorRows, writeLargeWorkbook } from './workbooks';

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

export type Outcome = { kind: 'report'; report: ReportJson; out: string } | { kind: 'refusal'; message: string };

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * `node bin/chitieu.js args…` without blocking the test, so a hang is ended by vitest's own timeout
 * (the child is killed when the test ends).
 */
function runChitieu(args: string[]): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: { ...process.env, CHITIEU_DEBUG: '' } });
  onTestFinished(() => void child.kill());
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/**
 * Runs `report <input> -o <dir>/ket-qua.xlsx --json <dir>/ket-qua.json` and checks the contract
 * shared by every outcome; returns the parsed report or the refusal line.
 */
export async function runReport(input: string): Promise<Outcome> {
  const dir = makeTempDir();
  const out = join(dir, 'ket-qua.xlsx');
  const json = join(dir, 'ket-qua.json');
  const before = sha256(input);
  const r = await runChitieu(['report', input, '-o', out, '--json', json]);

  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/\b(?:Error|TypeError|RangeError):/);
  expect([0, 2]).toContain(r.status);
  expect(sha256(input)).toBe(before);

  if (r.status === 2) {
    expect(nonEmptyLines(r.stderr)).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(VIETNAMESE_LETTER);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(json)).toBe(false);
    return { kind: 'refusal', message: r.stderr.trim() };
  }
  expect(r.stderr).toBe('');
  expect(existsSync(out)).toBe(true);
  const report = JSON.parse(readFileSync(json, 'utf8')) as ReportJson;
  return { kind: 'report', report, out };
}

/** The report of a run that must succeed. */
export async function expectReport(input: string): Promise<ReportJson & { out: string }> {
  const outcome = await runReport(input);
  if (outcome.kind !== 'report') throw new Error(`expected a report, got exit 2: ${outcome.message}`);
  return { ...outcome.report, out: outcome.out };
}

/** All indicators of a report, in table order. */
export function allIndicators(report: ReportJson) {
  return report.tables.flatMap((t) => t.indicators);
}
