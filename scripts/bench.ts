/**
 * Benchmark (`npm run bench -- --indicators 20000 --years 5 --runs 3`), not part of `npm test`.
 *
 * Generates in a temp dir a wide workbook (STT | Chỉ tiêu | ĐVT | per year a merged "Năm YYYY" over
 * KH | TH, units Triệu đồng / % / Hộ / Đảng viên, a section row "I", "II"… every 40 indicators),
 * then measures, as medians:
 * - bare ExcelJS: readFile + writeFile of a copy, the floor any .xlsx tool pays;
 * - chitieu report: what `chitieu report input -o out.xlsx` does, in-process (`reportCommand`);
 * - the engine alone: `runReport` on grids already read, as indicators per second;
 * and the peak memory (sampled RSS, and the OS's maxRSS). Prints a Markdown table for the README.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { reportCommand } from '../src/cli/main';
import { readWorkbook } from '../src/cli/readWorkbook';
import { runReport } from '../src/core/index';
import type { Grid } from '../src/core/grid';

interface BenchSize {
  indicators: number;
  years: number;
  runs: number;
  /** Only generate the workbook at this path (used in a child process, see `bench`). */
  out?: string;
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

function parseSize(argv: string[]): BenchSize {
  const size: BenchSize = { indicators: 20_000, years: 5, runs: 3 };
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--out') {
      size.out = argv[i + 1];
      continue;
    }
    const key = argv[i].replace(/^--/, '') as 'indicators' | 'years' | 'runs';
    const value = Number(argv[i + 1]);
    if (!(key in size) || !Number.isInteger(value) || value < 1) throw new Error(`Tham số không hợp lệ: ${argv[i]}`);
    size[key] = value;
  }
  return size;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same workbook. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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

async function median(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Highest RSS seen by a 10 ms sampler (synchronous stretches are only seen at their ends). */
function rssSampler(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

async function bench(size: BenchSize): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-bench-'));
  const input = join(dir, 'chi-tieu.xlsx');
  try {
    // Generated in a child process, so this process' maxRSS measures only the measured work.
    const child = spawnSync(process.execPath, [RUN_TS, BENCH, ...sizeArgs(size), '--out', input], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error('Không tạo được sổ Excel để đo.');
    const sampler = rssSampler();
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
    const addin = await addinRun(read.grids);
    const sampledPeak = sampler.stop();
    printTable(size, { bare, report, engine, indicators, sampledPeak, addin });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Figures {
  bare: number;
  report: number;
  engine: number;
  indicators: number;
  sampledPeak: number;
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

function printTable(size: BenchSize, f: Figures): void {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const mb1 = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rows = [
    ['Workbook', `${size.indicators} indicators × ${size.years} years (wide, KH/TH per year)`],
    ['Indicators found by the engine', String(f.indicators)],
    [`Bare ExcelJS load + save (median of ${size.runs})`, s(f.bare)],
    [`chitieu report -o (median of ${size.runs})`, s(f.report)],
    ['Ratio report / bare ExcelJS', `${(f.report / f.bare).toFixed(2)}×`],
    [
      `Engine only, runReport (median of ${size.runs})`,
      `${s(f.engine)} — ${Math.round(f.indicators / (f.engine / 1000))} indicators/s`,
    ],
    [
      'Add-in adapter against the fake Excel host',
      'error' in f.addin
        ? `not measured: ${f.addin.error}`
        : `${f.addin.syncs} syncs; largest request ${mb1(f.addin.largestRequest)}, largest response ${mb1(f.addin.largestResponse)}`,
    ],
    ['Peak RSS (sampled every 10 ms)', mb(f.sampledPeak)],
    ['Peak RSS (process.resourceUsage().maxRSS)', mb(process.resourceUsage().maxRSS * 1024)],
    ['Node', process.version],
  ];
  console.log('| Measure | Value |\n|---|---|');
  for (const [measure, value] of rows) console.log(`| ${measure} | ${value} |`);
  console.log('\nDistrict consolidation (30 ward workbooks × 50 indicators): npm run bench:consolidate');
}

/**
 * `--sizes 1000,20000,100000` benchmarks each size in its own process (so each peak memory is its
 * own); otherwise one size (`--indicators N`).
 */
const args = process.argv.slice(2);
const sizesAt = args.indexOf('--sizes');
if (sizesAt >= 0) {
  const rest = args.filter((_, i) => i !== sizesAt && i !== sizesAt + 1);
  for (const n of args[sizesAt + 1].split(',')) {
    const runs = Number(n) >= 100_000 ? ['--runs', '1'] : [];
    spawnSync(process.execPath, [RUN_TS, BENCH, ...rest, '--indicators', n, ...runs], { stdio: 'inherit' });
  }
} else {
  const size = parseSize(args);
  if (size.out) await generateWorkbook(size.out, size);
  else await bench(size);
}
