/**
 * Benchmark, not part of `npm test`: `npm run bench` measures 1,000, 20,000 and 100,000 indicators
 * (`-- --sizes 1000,20000` for others; `-- --indicators 20000 --years 5 --runs 3` for one size),
 * each size in a child process, and prints one Markdown table for the README.
 *
 * Generates in a temp dir a wide workbook (STT | Chỉ tiêu | ĐVT | per year a merged "Năm YYYY" over
 * KH | TH, units Triệu đồng / % / Hộ / Đảng viên, a section row "I", "II"… every 40 indicators),
 * then measures, as medians:
 * - as processes of their own, what a user runs — `node bin/chitieu.js report input -o out.xlsx`
 *   (the bundle, rebuilt first) — against a script doing a bare ExcelJS readFile + writeFile, the
 *   floor any .xlsx tool pays; with each process' peak RSS (its `maxRSS`, printed at exit);
 * - the same two in this process, warm (`reportCommand`);
 * - the engine alone: `runReport` on grids already read, as indicators per second;
 * - the add-in's adapter against the fake host: syncs and the largest payloads;
 * - then how fast the built task pane opens in Chromium at 1× and 4× CPU slowdown
 *   (`bench-pane.ts`, also alone as `npm run bench:pane`).
 * Before the sizes: start-up against `node -e 0` and the time bounds no test asserts
 * (`bench-bounds.ts`, also alone as `npm run bench:bounds`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { reportCommand } from '../src/cli/main';
import { readWorkbook } from '../src/cli/readWorkbook';
import { runReport } from '../src/core/index';
import type { Grid } from '../src/core/grid';
import { integerOptions, median, random } from './bench-common';
import { benchBounds, buildCli, printBounds } from './bench-bounds';
import { benchPane, printPaneTable } from './bench-pane';

interface BenchSize {
  indicators: number;
  years: number;
  runs: number;
}

const RUN_TS = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
const BENCH = fileURLToPath(import.meta.url);
const FIRST_YEAR = 2015;
const SECTION_EVERY = 40;
const UNITS = ['Triệu đồng', '%', 'Hộ', 'Đảng viên'] as const;
const NAMES: Record<(typeof UNITS)[number], string> = {
  'Triệu đồng': 'Thu ngân sách từ nguồn',
  '%': 'Tỷ lệ hộ gia đình văn hóa tại tổ dân phố',
  Hộ: 'Số hộ được hỗ trợ vay vốn tại tổ',
  'Đảng viên': 'Kết nạp đảng viên mới tại chi bộ',
};
const DEFAULT_SIZES = [1_000, 20_000, 100_000];

function parseSize(argv: string[]): BenchSize {
  return integerOptions(argv, { indicators: 20_000, years: 5, runs: 3 });
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) for (; n >= value; n -= value) out += letters;
  return out;
}

/** Target and actual of one year for a unit, actual around the target (±15%). */
function figures(unit: (typeof UNITS)[number], next: () => number): [number, number] {
  const base = {
    'Triệu đồng': 5000 + next() * 40_000,
    '%': 70 + next() * 20,
    Hộ: 5 + next() * 60,
    'Đảng viên': 3 + next() * 15,
  }[unit];
  const target = unit === 'Triệu đồng' || unit === '%' ? Math.round(base * 10) / 10 : Math.round(base);
  const actual = Math.round(target * (0.85 + next() * 0.3) * 10) / 10;
  return [target, unit === '%' || unit === 'Triệu đồng' ? actual : Math.round(actual)];
}

async function generateWorkbook(path: string, size: BenchSize): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ tiêu nhiệm kỳ');
  const years = Array.from({ length: size.years }, (_, i) => FIRST_YEAR + i);
  ws.addRow([`KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN ${years[0]} - ${years.at(-1)}`]);
  ws.addRow([]);
  ws.addRow(['STT', 'Chỉ tiêu', 'ĐVT', ...years.flatMap((y) => [`Năm ${y}`, null])]);
  ws.addRow([null, null, null, ...years.flatMap(() => ['KH', 'TH'])]);
  for (const col of [1, 2, 3]) ws.mergeCells(3, col, 4, col);
  years.forEach((_, i) => ws.mergeCells(3, 4 + 2 * i, 3, 5 + 2 * i));
  const next = random(2020);
  for (let i = 0; i < size.indicators; i++) {
    if (i % SECTION_EVERY === 0) ws.addRow([roman(i / SECTION_EVERY + 1), `NHÓM CHỈ TIÊU ${i / SECTION_EVERY + 1}`]);
    const unit = UNITS[i % UNITS.length];
    ws.addRow([i + 1, `${NAMES[unit]} ${i + 1}`, unit, ...years.flatMap(() => figures(unit, next))]);
  }
  await wb.xlsx.writeFile(path);
}

function sizeArgs(size: BenchSize): string[] {
  return ['--indicators', String(size.indicators), '--years', String(size.years), '--runs', String(size.runs)];
}

async function bench(size: BenchSize): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-bench-'));
  const input = join(dir, 'chi-tieu.xlsx');
  try {
    // Generated in a child process, so this process' maxRSS measures only the measured work.
    const child = spawnSync(process.execPath, [RUN_TS, BENCH, 'generate', input, ...sizeArgs(size)], {
      stdio: 'inherit',
    });
    if (child.status !== 0) throw new Error('Không tạo được sổ Excel để đo.');
    const baseline = process.memoryUsage().rss;
    const bare = await median(size.runs, async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(input);
      await wb.xlsx.writeFile(join(dir, 'ban-sao.xlsx'));
    });
    let indicators = 0;
    const report = await median(size.runs, async () => {
      const outcome = await reportCommand({ input, output: join(dir, 'ket-qua.xlsx'), json: null });
      if (!outcome.ok) throw new Error(outcome.message);
      indicators = outcome.report.tables.reduce((n, t) => n + t.indicators.length, 0);
    });
    const read = await readWorkbook(input);
    if (!read.ok) throw new Error(read.message);
    const engine = await median(size.runs, () => runReport(read.grids));
    const bareScript = join(dir, 'bare.mjs');
    writeFileSync(bareScript, BARE_EXCELJS);
    const bareProcess = processMedian(size.runs, [bareScript, input, join(dir, 'ban-sao.xlsx')]);
    const cliProcess = processMedian(size.runs, [CHITIEU, 'report', input, '-o', join(dir, 'ket-qua.xlsx')]);
    const addin = await addinRun(read.grids);
    return { size, bare, report, engine, indicators, baseline, bareProcess, cliProcess, addin };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Figures {
  size: BenchSize;
  bare: number;
  report: number;
  engine: number;
  indicators: number;
  /** RSS of this process before the measured work (Node, tsx, ExcelJS and the engine loaded). */
  baseline: number;
  /** Each as its own process: what a user runs (`node bin/chitieu.js report …`), and the floor. */
  bareProcess: ProcessRun;
  cliProcess: ProcessRun;
  addin: { syncs: number; largestRequest: number; largestResponse: number } | { error: string };
}

/**
 * The add-in's adapter on the same workbook, against the strict fake Excel host of the tests: how
 * many `context.sync()` round trips a report takes and the largest request/response payload
 * (Excel on the web refuses requests above 5 MB).
 */
async function addinRun(grids: Grid[]): Promise<Figures['addin']> {
  const { createFakeExcel, installOfficeGlobals } = await import('../tests/fake-excel');
  const { generateReport } = await import('../src/excel/runInExcel');
  const { restore } = installOfficeGlobals();
  try {
    const fake = createFakeExcel(grids);
    const result = await generateReport(fake.context, {});
    if (!result.ok) return { error: result.message };
    return {
      syncs: fake.syncCount,
      largestRequest: Math.max(...fake.syncs.map((x) => x.requestBytes)),
      largestResponse: Math.max(...fake.syncs.map((x) => x.responseBytes)),
    };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  } finally {
    restore();
  }
}

interface ProcessRun {
  /** Median wall time, ms. */
  ms: number;
  /** Highest peak RSS of the runs, bytes. */
  maxRss: number;
}

const CHITIEU = fileURLToPath(new URL('../bin/chitieu.js', import.meta.url));

/** ExcelJS load + save and nothing else, as a script of its own. */
const BARE_EXCELJS = `import ExcelJS from ${JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve('exceljs')).href)};
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(process.argv[2]);
await wb.xlsx.writeFile(process.argv[3]);
`;

/** Preloaded into a measured process: prints its peak RSS (KiB) on exit. */
const MAXRSS_HOOK = `data:text/javascript,${encodeURIComponent(
  'process.on("exit", () => process.stderr.write("\\nmaxrss=" + process.resourceUsage().maxRSS + "\\n"));',
)}`;

/** `node args…` run `runs` times: the median time and the highest peak RSS. */
function processMedian(runs: number, args: string[]): ProcessRun {
  const times: number[] = [];
  let maxRss = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, ['--import', MAXRSS_HOOK, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    times.push(performance.now() - start);
    const rss = /maxrss=(\d+)/.exec(child.stderr.toString());
    if (child.status !== 0 || !rss) throw new Error(`Lệnh đo không chạy được: ${args.join(' ')}\n${child.stderr}`);
    maxRss = Math.max(maxRss, Number(rss[1]) * 1024);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], maxRss };
}

/** One Markdown table, a column per size. */
function printTable(all: Figures[]): void {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const mb1 = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const addin = (f: Figures, show: (a: Exclude<Figures['addin'], { error: string }>) => string) =>
    'error' in f.addin ? `not measured: ${f.addin.error}` : show(f.addin);
  const rows: [string, (f: Figures) => string][] = [
    ['Indicators found by the engine', (f) => String(f.indicators)],
    ['Runs (median of)', (f) => String(f.size.runs)],
    ['Bare ExcelJS load + save, as a process', (f) => s(f.bareProcess.ms)],
    ['`chitieu report -o`, as a process (bundled CLI)', (f) => s(f.cliProcess.ms)],
    ['**Ratio report / bare ExcelJS, as processes**', (f) => `**${(f.cliProcess.ms / f.bareProcess.ms).toFixed(2)}×**`],
    ['Bare ExcelJS load + save, in-process (warm)', (f) => s(f.bare)],
    ['`reportCommand`, in-process (warm)', (f) => s(f.report)],
    ['Ratio in-process', (f) => `${(f.report / f.bare).toFixed(2)}×`],
    ['Engine only (runReport), warm', (f) => s(f.engine)],
    ['Engine indicators/s', (f) => String(Math.round(f.indicators / (f.engine / 1000)))],
    ['Peak RSS of the report process', (f) => mb(f.cliProcess.maxRss)],
    ['… growth per 1,000 more indicators (vs the column before)', (f) => growth(f)],
    ['Peak RSS of the bare ExcelJS process', (f) => mb(f.bareProcess.maxRss)],
    ['Add-in: syncs against the fake host', (f) => addin(f, (a) => String(a.syncs))],
    ['Add-in: largest request', (f) => addin(f, (a) => mb1(a.largestRequest))],
    ['Add-in: largest response', (f) => addin(f, (a) => mb1(a.largestResponse))],
  ];
  const growth = (f: Figures) => {
    const before = all[all.indexOf(f) - 1];
    if (!before) return '—';
    const perIndicator =
      (f.cliProcess.maxRss - before.cliProcess.maxRss) / (f.size.indicators - before.size.indicators);
    return mb(perIndicator * 1000);
  };
  const head = all.map((f) => `${f.size.indicators.toLocaleString('en')} × ${f.size.years} years`);
  console.log(`| Measure | ${head.join(' | ')} |\n|---|${head.map(() => '---').join('|')}|`);
  for (const [measure, value] of rows) console.log(`| ${measure} | ${all.map(value).join(' | ')} |`);
  console.log(`\nNode ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}).`);
  console.log('District consolidation (30 ward workbooks × 50 indicators): npm run bench:consolidate');
}

/**
 * `bench [--sizes 1000,20000,100000] [--years 5] [--runs 3]`: each size in a child process
 * (`bench measure …`, printing its figures as JSON), then one table; `bench generate FILE …`
 * writes the workbook only.
 */
const [command, ...rest] = process.argv.slice(2);
if (command === 'generate') await generateWorkbook(rest[0], parseSize(rest.slice(1)));
else if (command === 'measure') console.log(JSON.stringify(await bench(parseSize(rest))));
else {
  const args = process.argv.slice(2);
  const sizesAt = args.indexOf('--sizes');
  const indicatorsAt = args.indexOf('--indicators');
  const sizes =
    sizesAt >= 0
      ? args[sizesAt + 1].split(',').map(Number)
      : indicatorsAt >= 0
        ? [Number(args[indicatorsAt + 1])]
        : DEFAULT_SIZES;
  const common = args.filter((_, i) => ![sizesAt, sizesAt + 1, indicatorsAt, indicatorsAt + 1].includes(i));
  buildCli();
  // Start-up and the bounds no test asserts first: they need the machine quietest.
  printBounds(await benchBounds([]));
  console.log();
  const all: Figures[] = [];
  for (const n of sizes) {
    const runs = n >= 100_000 && !common.includes('--runs') ? ['--runs', '1'] : [];
    const child = spawnSync(
      process.execPath,
      [RUN_TS, BENCH, 'measure', ...common, '--indicators', String(n), ...runs],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1 << 20,
      },
    );
    const last = child.stdout.toString().trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !last.startsWith('{')) throw new Error(`Đo ${n} chỉ tiêu không thành công.`);
    all.push(JSON.parse(last) as Figures);
    console.error(`đã đo ${n} chỉ tiêu`);
  }
  printTable(all);
  const paneRuns = 9;
  printPaneTable(await benchPane(paneRuns), paneRuns);
}
