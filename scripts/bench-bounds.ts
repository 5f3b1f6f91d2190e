/**
 * Benchmark, not part of `npm test`: `npm run bench:bounds` (also at the start of `npm run bench`)
 * measures the time bounds that no test asserts, so a test run on a busy machine never fails on
 * the clock, and prints them as one Markdown table against their bounds:
 * - start-up: the CPU time (user + system) of `node bin/chitieu.js report` on the bundled sample
 *   against `node -e 0`, medians of several runs (`-- --runs 9`); the target is 4× at most;
 * - the engine on random grids (the grids of tests/core/properties.test.ts): the slowest of 300
 *   under 200 ms, the 10,000-grid fuzzing corpus (report and sheet model) under 120 s;
 * - the 200,000-row sheets of the hardening issue under 30 s each: `chitieu report -o --json` as a
 *   process, and the add-in against the fake Excel host.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { CellValue, Grid } from '../src/core/grid';
import { runReport } from '../src/core/index';
import { buildReportModel, defaultSheetSettings } from '../src/core/report';
import { GRID } from '../tests/core/randomGrids';
import { HEADER, indicatorRows, writeLargeWorkbook } from '../tests/hardening/workbooks';
import { integerOptions } from './bench-common';

const CHITIEU = fileURLToPath(new URL('../bin/chitieu.js', import.meta.url));

/** Preloaded into a measured process: prints its CPU time (user + system, µs) on exit. */
const CPU_HOOK = `data:text/javascript,${encodeURIComponent(
  'process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write("\\ncpu=" + (u.userCPUTime + u.systemCPUTime) + "\\n"); });',
)}`;

export interface Bound {
  measure: string;
  /** Seconds. */
  value: number;
  /** Seconds, or a ratio when `ratio` is set. */
  bound: number;
  ratio?: boolean;
}

/** Median CPU seconds of `runs` runs of `node args…` in a process of its own. */
function cpuMedian(runs: number, args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, ['--import', CPU_HOOK, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    const cpu = /cpu=(\d+)/.exec(child.stderr.toString());
    if (child.status !== 0 || !cpu) throw new Error(`Lệnh đo không chạy được: ${args.join(' ')}\n${child.stderr}`);
    times.push(Number(cpu[1]) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** `chitieu report` on the bundled sample, the README's first command, against Node doing nothing. */
export function startup(runs: number): Bound[] {
  const node = cpuMedian(runs, ['-e', '0']);
  const report = cpuMedian(runs, [CHITIEU, 'report']);
  return [
    { measure: '`node -e 0`, CPU time', value: node, bound: Infinity },
    { measure: '`chitieu report` on the bundled sample, CPU time', value: report, bound: 4 * node },
    { measure: '**Start-up ratio report / `node -e 0`**', value: report / node, bound: 4, ratio: true },
  ];
}

function seconds(work: () => unknown): number {
  const start = performance.now();
  work();
  return (performance.now() - start) / 1000;
}

/** The engine on the property tests' random grids: each one, and the fuzzing corpus. */
export function randomGrids(): Bound[] {
  const grids = fc.sample(GRID, { seed: 42, numRuns: 300 });
  // Warm first, as the property runs after other tests: the first money conversion creates the
  // mathjs instance (~0.25 s), once per process.
  for (const grid of grids) runReport([grid]);
  const slowest = Math.max(...grids.map((grid) => seconds(() => runReport([grid]))));
  const corpus = seconds(() => {
    for (const grid of fc.sample(GRID, { seed: 20261123, numRuns: 10_000 })) {
      const run = runReport([grid]);
      if (run.ok) buildReportModel(run.report, [grid], defaultSheetSettings);
    }
  });
  return [
    { measure: 'Slowest `runReport` of 300 random grids (warm)', value: slowest, bound: 0.2 },
    { measure: 'Fuzzing corpus: 10,000 random grids, report and sheet model', value: corpus, bound: 120 },
  ];
}

/** Wall seconds of `chitieu report input -o … --json …` as a process (exit 0 or 2 both count). */
function cliSeconds(input: string, dir: string): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [
    CHITIEU,
    'report',
    input,
    '-o',
    join(dir, 'kq.xlsx'),
    '--json',
    join(dir, 'kq.json'),
  ]);
  if (run.status !== 0 && run.status !== 2) throw new Error(`chitieu report không chạy được: ${run.stderr}`);
  return (performance.now() - start) / 1000;
}

/** The add-in against the fake Excel host on one sheet, wall seconds. */
async function addinSeconds(values: CellValue[][]): Promise<number> {
  const { createFakeExcel, installOfficeGlobals } = await import('../tests/fake-excel');
  const { generateReport } = await import('../src/excel/runInExcel');
  const { restore } = installOfficeGlobals();
  try {
    const fake = createFakeExcel([{ sheet: 'Chỉ tiêu 2020', values } satisfies Grid]);
    const start = performance.now();
    await generateReport(fake.newContext(), {}, undefined, { today: null });
    return (performance.now() - start) / 1000;
  } finally {
    restore();
  }
}

/** The hardening issue's 200,000-row sheets, through the command and through the add-in. */
export async function largeSheets(): Promise<Bound[]> {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-bounds-'));
  try {
    const notesFile = await writeLargeWorkbook(join(dir, 'ghi-chu.xlsx'), 6, 200_000);
    const rowsFile = await writeLargeWorkbook(join(dir, 'dong.xlsx'), 200_000, 0);
    const notes: CellValue[][] = Array.from({ length: 200_000 }, (_, k) => [`Ghi chú số ${k + 1}`, k + 1, 2 * k]);
    return [
      { measure: '`chitieu report`: a table + 200,000 rows of notes', value: cliSeconds(notesFile, dir), bound: 30 },
      { measure: '`chitieu report`: 200,000 indicator rows (refused)', value: cliSeconds(rowsFile, dir), bound: 30 },
      {
        measure: 'Add-in (fake host): a table + 200,000 rows of notes',
        value: await addinSeconds([HEADER, ...indicatorRows(30), [], [], ...notes]),
        bound: 30,
      },
      {
        measure: 'Add-in (fake host): 200,000 indicator rows (refused)',
        value: await addinSeconds([HEADER, ...indicatorRows(200_000)]),
        bound: 30,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printBounds(bounds: Bound[]): void {
  const shown = (b: Bound, v: number) =>
    b.ratio ? `${v.toFixed(1)}×` : v < 1 ? `${(v * 1000).toFixed(0)} ms` : `${v.toFixed(2)} s`;
  console.log('| Measure | Figure | Bound | Within |\n|---|---|---|---|');
  for (const b of bounds) {
    const bound = Number.isFinite(b.bound) ? shown(b, b.bound) : '—';
    const within = Number.isFinite(b.bound) ? (b.value <= b.bound ? 'yes' : '**no**') : '—';
    console.log(`| ${b.measure} | ${shown(b, b.value)} | ${bound} | ${within} |`);
  }
}

/** `bench-bounds [--runs 7] [--startup 1]`: everything, or (`--startup 1`) the start-up lines only. */
export async function benchBounds(argv: string[]): Promise<Bound[]> {
  const { runs, startup: startupOnly } = integerOptions(argv, { runs: 7, startup: 0 });
  const bounds = startup(runs);
  if (startupOnly) return bounds;
  return [...bounds, ...randomGrids(), ...(await largeSheets())];
}

/** The bundle users run (`npm ci` builds it), rebuilt so the measured command is current. */
export function buildCli(): void {
  const build = spawnSync('npm', ['run', 'build:cli'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) throw new Error('Không dựng được dist/chitieu.mjs.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildCli();
  printBounds(await benchBounds(process.argv.slice(2)));
}
