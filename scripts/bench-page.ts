/**
 * The web page against the command line on the same workbook (part of `npm run bench`; alone:
 * `npm run bench:page -- --sizes 1000,20000,100000 --runs 3`). Not a test: no test asserts a time.
 *
 * The built page (dist/web, rebuilt when its sources changed) is served from 127.0.0.1 and opened in
 * Debian's chromium, headless; the bench's generated workbook (`bench-common.ts`) is dropped on it,
 * and the run is timed in the page from the drop to both download buttons (.xlsx and .docx) being
 * in the document — what a person waits for. Interleaved with it, round by round, the command line
 * as its own process: `chitieu report IN -o OUT.xlsx --docx OUT.docx`, and the same with
 * `--bao-cao` (the page makes the draft báo cáo too, so that is the like-for-like run).
 *
 * Memory: the page and its worker share one renderer process; its peak RSS (`VmHWM` of the process
 * the run's fresh browser context started) is the page's, the CLI's the process' own (`maxRSS`).
 * CPU: the renderer's user + system time over the run (`/proc/PID/stat`), against the CLI's; on a
 * shared machine the CPU ratio is the one to read. Each run also records, in the page, every change
 * of the progress bar and its text with its time, and reports the longest time it stood still.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { servedWebPage } from '../tests/e2e/harness';
import { dragged, dropAndWatch, longestStill, openWatchedPage, type WatchedRun } from '../tests/e2e/pageRun';
import { generateWorkbook, integerOptions, MAXRSS_HOOK } from './bench-common';

const CHITIEU = fileURLToPath(new URL('../bin/chitieu.js', import.meta.url));
const CLOCK_TICK_MS = 10; // USER_HZ is 100 on Linux

/** The chromium renderer processes started under this process (the page's, its worker's thread in it). */
function rendererPids(): number[] {
  const parents = new Map<number, number>();
  const renderers = new Set<number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('--type=renderer')) renderers.add(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) if (p === process.pid) return true;
    return false;
  };
  return [...renderers].filter(mine);
}

/** A process' CPU time (user + system, ms) and peak RSS (bytes), or null once it has ended. */
function usage(pid: number): { cpuMs: number; peakRss: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return { cpuMs: (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS, peakRss: Number(hwm?.[1] ?? 0) * 1024 };
  } catch {
    return null;
  }
}

export interface PageRun extends WatchedRun {
  /** The renderer's CPU time (user + system) over the run, ms. */
  cpuMs: number;
  /** The renderer's peak RSS (page + worker), bytes. */
  peakRss: number;
}

/** One run of the page in a fresh browser context (a renderer process of its own), closed after. */
async function pageRun(browser: Browser, pageUrl: string, file: string): Promise<PageRun> {
  const before = new Set(rendererPids());
  const page = await openWatchedPage(browser, pageUrl);
  try {
    const pids = rendererPids().filter((p) => !before.has(p));
    const transfer = await dragged(page, file);
    const cpuBefore = pids.map((p) => usage(p)?.cpuMs ?? 0);
    const run = await dropAndWatch(page, transfer);
    const after = pids.map((p) => usage(p));
    return {
      ...run,
      cpuMs: after.reduce((sum, u, i) => sum + (u ? u.cpuMs - cpuBefore[i] : 0), 0),
      peakRss: Math.max(0, ...after.map((u) => u?.peakRss ?? 0)),
    };
  } finally {
    await page.context().close();
  }
}

interface CliRun {
  ms: number;
  cpuMs: number;
  peakRss: number;
  failed?: string;
}

const NOT_RUN: CliRun = { ms: NaN, cpuMs: NaN, peakRss: 0, failed: 'not run at this size' };

function cliRun(args: string[]): CliRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', MAXRSS_HOOK, CHITIEU, 'report', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - start;
  const m = /maxrss=(\d+) cpu=(\d+)/.exec(child.stderr.toString());
  if (child.status !== 0 || !m) {
    const why = child.stderr.toString().trim().split('\n').filter(Boolean).at(-1) ?? `exit ${child.status}`;
    return { ms, cpuMs: NaN, peakRss: 0, failed: why.slice(0, 120) };
  }
  return { ms, cpuMs: Number(m[2]) / 1000, peakRss: Number(m[1]) * 1024 };
}

export interface PageFigures {
  indicators: number;
  runs: number;
  page: PageRun;
  cli: CliRun;
  cliBaoCao: CliRun;
  loadAverage: number;
}

function middleBy<T>(runs: T[], key: (r: T) => number): T {
  return [...runs].sort((a, b) => key(a) - key(b))[Math.floor(runs.length / 2)];
}

/** Each size: `runs` rounds of (page, CLI -o --docx, CLI -o --docx --bao-cao), after one round not measured. */
export async function benchPage(sizes: number[], runs: number, years = 5): Promise<PageFigures[]> {
  const { browser, pageUrl, close } = await servedWebPage();
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-bench-page-'));
  const out: PageFigures[] = [];
  try {
    for (const indicators of sizes) {
      const input = join(dir, `chi-tieu-${indicators}.xlsx`);
      await generateWorkbook(input, { indicators, years });
      // From 20,000 on one round, not warmed: a run there takes minutes, and compiling is a small part of it.
      const rounds = indicators >= 20_000 ? 1 : runs;
      const pages: PageRun[] = [];
      const clis: CliRun[] = [];
      const baoCaos: CliRun[] = [];
      const cliArgs = [input, '-o', join(dir, 'ket-qua.xlsx'), '--docx', join(dir, 'phu-luc.docx')];
      // The first round, not measured, warms the disk cache and the build.
      for (let i = indicators >= 20_000 ? 1 : 0; i <= rounds; i++) {
        const page = await pageRun(browser, pageUrl, input);
        const cli = cliRun(cliArgs);
        // The draft alone runs for many minutes from 100,000 indicators: measured below that.
        const baoCao = indicators < 100_000 ? cliRun([...cliArgs, '--bao-cao', join(dir, 'du-thao.docx')]) : NOT_RUN;
        if (i === 0) continue;
        pages.push(page);
        clis.push(cli);
        baoCaos.push(baoCao);
        console.error(
          `trang ${indicators}: ${(page.ms / 1000).toFixed(2)} s (CPU ${(page.cpuMs / 1000).toFixed(2)} s); ` +
            `CLI ${(cli.ms / 1000).toFixed(2)} s (CPU ${(cli.cpuMs / 1000).toFixed(2)} s)${cli.failed ? ` lỗi: ${cli.failed}` : ''}`,
        );
      }
      out.push({
        indicators,
        runs: rounds,
        page: middleBy(pages, (r) => r.ms),
        cli: middleBy(clis, (r) => r.ms),
        cliBaoCao: middleBy(baoCaos, (r) => r.ms),
        loadAverage: os.loadavg()[0],
      });
    }
  } finally {
    await close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

export function printPageTable(all: PageFigures[]): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '—');
  const cli = (r: CliRun) => (r.failed ? `failed: ${r.failed}` : `${s(r.ms)} (CPU ${s(r.cpuMs)}), ${mb(r.peakRss)}`);
  const rows: [string, (f: PageFigures) => string][] = [
    ['Runs (median of, interleaved)', (f) => String(f.runs)],
    [
      '**Page: drop → both downloads** (CPU of its renderer), peak RSS',
      (f) => `**${s(f.page.ms)}** (CPU ${s(f.page.cpuMs)}), ${mb(f.page.peakRss)}`,
    ],
    ['CLI `report -o --docx` (CPU), peak RSS', (f) => cli(f.cli)],
    ['CLI `report -o --docx --bao-cao` (CPU), peak RSS', (f) => cli(f.cliBaoCao)],
    ['**Ratio page / CLI `-o --docx`, wall**', (f) => `**${ratio(f.page.ms, f.cli.ms)}**`],
    ['… in CPU time', (f) => ratio(f.page.cpuMs, f.cli.cpuMs)],
    [
      'Ratio page / CLI with `--bao-cao` (as the page), wall; CPU',
      (f) => `${ratio(f.page.ms, f.cliBaoCao.ms)}; ${ratio(f.page.cpuMs, f.cliBaoCao.cpuMs)}`,
    ],
    ['Page: longest time the progress stood still', (f) => s(longestStill(f.page))],
    ['Load average (1 min) at the end', (f) => f.loadAverage.toFixed(1)],
  ];
  const head = all.map((f) => `${f.indicators.toLocaleString('en')} × 5 years`);
  console.log(`| Page against CLI | ${head.join(' | ')} |\n|---|${head.map(() => '---').join('|')}|`);
  for (const [measure, value] of rows) console.log(`| ${measure} | ${all.map(value).join(' | ')} |`);
}

if (process.argv[1] && basename(process.argv[1]) === 'bench-page.ts') {
  const args = process.argv.slice(2);
  const sizesAt = args.indexOf('--sizes');
  const sizes = sizesAt >= 0 ? args[sizesAt + 1].split(',').map(Number) : [1_000, 20_000, 100_000];
  const rest = sizesAt >= 0 ? args.filter((_, i) => i !== sizesAt && i !== sizesAt + 1) : args;
  const { runs } = integerOptions(rest, { runs: 3 });
  printPageTable(await benchPage(sizes, runs));
}
