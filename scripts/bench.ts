/**
 * Benchmark, not part of `npm test`: `npm run bench` measures 1,000, 20,000 and 100,000 indicators
 * (`-- --sizes 1000,20000` for others; `-- --indicators 20000 --years 5 --runs 3` for one size;
 * `-- --sizes-only` leaves out start-up, the bounds and the task pane), each size in a child
 * process, and prints one Markdown table for the README.
 *
 * Generates in a temp dir a wide workbook (STT | Chỉ tiêu | ĐVT | per year a merged "Năm YYYY" over
 * KH | TH, units Triệu đồng / % / Hộ / Đảng viên, a section row "I", "II"… every 40 indicators),
 * then measures, as medians of interleaved runs (each round runs every measure once, so a load that
 * comes and goes falls on all alike):
 * - as processes of their own, what a user runs — `node bin/chitieu.js report input` alone, with
 *   `-o`, with `--docx`, with `--json` (the bundle, rebuilt first) — against a script doing a bare
 *   ExcelJS readFile + writeFile, the floor any .xlsx tool pays; with each one's peak RSS;
 * - in this process, warm: the engine (`runReport` on grids already read, per indicator and as
 *   indicators per second, in wall and in CPU time), the copy with the summary sheet and the Word
 *   appendix from its report;
 * - the add-in's adapter against the fake host: syncs and the largest payloads;
 * - the web page against `chitieu report -o --docx` on the same workbooks (`bench-page.ts`, also
 *   alone as `npm run bench:page`): drop to both downloads, CPU and peak memory, the ratio;
 * - then how fast the built task pane opens in Chromium at 1× and 4× CPU slowdown
 *   (`bench-pane.ts`, also alone as `npm run bench:pane`).
 * Before the sizes: start-up against `node -e 0` and the time bounds no test asserts
 * (`bench-bounds.ts`, also alone as `npm run bench:bounds`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readWorkbook } from '../src/cli/readWorkbook';
import { WRITE_FALLBACK } from '../src/cli/writeResults';
import { useNodeCodec } from '../src/cli/nativeDeflate';
import { reportAppendix } from '../src/workbookFile/appendix';
import { reportCopy } from '../src/workbookFile/write';
import { maxOf } from '../src/core/arrays';
import { runReport } from '../src/core/index';
import { buildReportModel, defaultSheetSettings } from '../src/core/report';
import type { Grid } from '../src/core/grid';
import { generateWorkbook, integerOptions, MAXRSS_HOOK, type BenchSize } from './bench-common';
import { benchBounds, buildCli, printBounds } from './bench-bounds';
import { benchPage, printPageTable } from './bench-page';
import { benchPane, printPaneTable } from './bench-pane';

const RUN_TS = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
const BENCH = fileURLToPath(import.meta.url);
const DEFAULT_SIZES = [1_000, 20_000, 100_000];

function parseSize(argv: string[]): BenchSize {
  return integerOptions(argv, { indicators: 20_000, years: 5, runs: 3 });
}

function sizeArgs(size: BenchSize): string[] {
  return ['--indicators', String(size.indicators), '--years', String(size.years), '--runs', String(size.runs)];
}

async function bench(size: BenchSize): Promise<Figures> {
  // In this process too, the zip codec the command line uses (node:zlib).
  useNodeCodec();
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-bench-'));
  const input = join(dir, 'chi-tieu.xlsx');
  try {
    // Generated in a child process, so this process' maxRSS measures only the measured work.
    const child = spawnSync(process.execPath, [RUN_TS, BENCH, 'generate', input, ...sizeArgs(size)], {
      stdio: 'inherit',
    });
    if (child.status !== 0) throw new Error('Không tạo được sổ Excel để đo.');
    const baseline = process.memoryUsage().rss;
    const read = await readWorkbook(input);
    if (!read.ok) throw new Error(read.message);
    let indicators = 0;
    const engineRun = () => {
      const run = runReport(read.grids);
      if (!run.ok) throw new Error(run.message);
      indicators = run.report.tables.reduce((n, t) => n + t.indicators.length, 0);
      return run.report;
    };
    const report = engineRun();
    const source = { bytes: new Uint8Array(readFileSync(input)), name: 'chi-tieu.xlsx' };
    // In this process, one after the other in each run: the engine, the copy, the Word appendix.
    // The model is built once a run by the pipeline and handed to both writers, as here.
    const model = buildReportModel(report, read.grids, defaultSheetSettings);
    const cpu: number[] = [];
    const [engine, copy, appendix] = await interleaved(size.runs, cpu, [
      () => engineRun(),
      async () => {
        const made = await reportCopy(source, model, WRITE_FALLBACK);
        if (!made.ok) throw new Error(made.message);
      },
      () => reportAppendix(model, defaultSheetSettings.bodyType, undefined, WRITE_FALLBACK.gzip),
    ]);
    const bareScript = join(dir, 'bare.mjs');
    writeFileSync(bareScript, BARE_EXCELJS);
    // As processes, interleaved (bare, -o, --docx, --json, bare, …): a load that comes and goes
    // falls on all of them alike.
    const [bareProcess, cliProcess, docxProcess, jsonProcess, engineProcess] = processesInterleaved(size.runs, [
      [bareScript, input, join(dir, 'ban-sao.xlsx')],
      [CHITIEU, 'report', input, '-o', join(dir, 'ket-qua.xlsx')],
      [CHITIEU, 'report', input, '--docx', join(dir, 'phu-luc.docx')],
      [CHITIEU, 'report', input, '--json', join(dir, 'ket-qua.json')],
      [CHITIEU, 'report', input],
    ]);
    const addin = await addinRun(read.grids);
    return {
      size,
      engine,
      engineCpu: cpu[0],
      copy,
      appendix,
      indicators,
      baseline,
      bareProcess,
      cliProcess,
      docxProcess,
      jsonProcess,
      engineProcess,
      addin,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Figures {
  size: BenchSize;
  /** In this process, warm, medians of interleaved runs (ms): runReport, the copy, the appendix. */
  engine: number;
  /** The engine's CPU time (user + system, ms), median of the same interleaved runs. */
  engineCpu: number;
  copy: number;
  appendix: number;
  indicators: number;
  /** RSS of this process before the measured work (Node, tsx, ExcelJS and the engine loaded). */
  baseline: number;
  /** Each as its own process, interleaved: the floor and what a user runs (`node bin/chitieu.js report …`). */
  bareProcess: ProcessRun;
  cliProcess: ProcessRun;
  docxProcess: ProcessRun;
  jsonProcess: ProcessRun;
  /** `chitieu report FILE` with no output file: reading, the engine and the summary printed. */
  engineProcess: ProcessRun;
  addin: { syncs: number; largestRequest: number; largestResponse: number } | { error: string };
}

/**
 * Medians (ms) of `runs` rounds of `works`, each round running every work once, in order, after
 * one round not measured: the first run of a process compiles its code (V8 tiers a function up
 * after it ran hot), which at 1,000 indicators costs more than the run itself and is not the
 * table's cost. The start of a cold process is in the process rows below.
 */
/** Medians of wall times (ms) of interleaved runs; `cpu` gets the medians of their CPU times (ms). */
async function interleaved(runs: number, cpu: number[], works: (() => unknown)[]): Promise<number[]> {
  const times = works.map(() => [] as number[]);
  const cpuTimes = works.map(() => [] as number[]);
  for (const work of works) await work();
  for (let i = 0; i < runs; i++)
    for (const [k, work] of works.entries()) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      await work();
      const used = process.cpuUsage(startCpu);
      times[k].push(performance.now() - start);
      cpuTimes[k].push((used.user + used.system) / 1000);
    }
  for (const t of cpuTimes) cpu.push(middle(t));
  return times.map(middle);
}

function middle(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
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
      largestRequest: maxOf(fake.syncs.map((x) => x.requestBytes)),
      largestResponse: maxOf(fake.syncs.map((x) => x.responseBytes)),
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
  /** Median CPU time (user + system), ms. */
  cpuMs: number;
  /** Highest peak RSS of the runs, bytes. */
  maxRss: number;
  /** The last line of its error output, when a run failed. */
  failed?: string;
}

const CHITIEU = fileURLToPath(new URL('../bin/chitieu.js', import.meta.url));

/** ExcelJS load + save and nothing else, as a script of its own. */
const BARE_EXCELJS = `import ExcelJS from ${JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve('exceljs')).href)};
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(process.argv[2]);
await wb.xlsx.writeFile(process.argv[3]);
`;

/** Each `node args…` run `runs` times, interleaved: per command the median time and the highest peak RSS. */
function processesInterleaved(runs: number, commands: string[][]): ProcessRun[] {
  const times = commands.map(() => [] as number[]);
  const cpus = commands.map(() => [] as number[]);
  const peaks = commands.map(() => 0);
  const failures: (string | undefined)[] = commands.map(() => undefined);
  for (let i = 0; i < runs; i++)
    for (const [k, args] of commands.entries()) {
      const start = performance.now();
      const child = spawnSync(process.execPath, ['--import', MAXRSS_HOOK, ...args], {
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 1 << 26,
      });
      times[k].push(performance.now() - start);
      const rss = /maxrss=(\d+) cpu=(\d+)/.exec(child.stderr.toString());
      if (child.status !== 0 || !rss) {
        // Recorded, not thrown: a size one command cannot handle is a figure of the table too.
        const why = child.stderr.toString().trim().split('\n').filter(Boolean).at(-1) ?? `exit ${child.status}`;
        failures[k] = why.slice(0, 120);
      } else {
        peaks[k] = Math.max(peaks[k], Number(rss[1]) * 1024);
        cpus[k].push(Number(rss[2]) / 1000);
      }
    }
  return times.map((t, k) => ({
    ms: middle(t),
    cpuMs: cpus[k].length > 0 ? middle(cpus[k]) : NaN,
    maxRss: peaks[k],
    ...(failures[k] ? { failed: failures[k] } : {}),
  }));
}

/** One Markdown table, a column per size. */
function printTable(all: Figures[]): void {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const mb1 = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const addin = (f: Figures, show: (a: Exclude<Figures['addin'], { error: string }>) => string) =>
    'error' in f.addin ? `not measured: ${f.addin.error}` : show(f.addin);
  const perIndicator = (ms: number, f: Figures) => `${((ms * 1000) / f.indicators).toFixed(0)} µs`;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const run = (p: ProcessRun) => (p.failed ? `failed: ${p.failed}` : `${s(p.ms)}, ${mb(p.maxRss)}`);
  const rows: [string, (f: Figures) => string][] = [
    ['Indicators found by the engine', (f) => String(f.indicators)],
    ['Runs (median of, interleaved)', (f) => String(f.size.runs)],
    ['**Engine (runReport), warm**', (f) => `**${s(f.engine)}**`],
    ['… per indicator', (f) => perIndicator(f.engine, f)],
    [
      '… per indicator, against the smallest size',
      (f) => ratio(f.engine / f.indicators, all[0].engine / all[0].indicators),
    ],
    ['**Engine indicators/s**', (f) => `**${Math.round(f.indicators / (f.engine / 1000)).toLocaleString('en')}**`],
    ['… per indicator, CPU time', (f) => perIndicator(f.engineCpu, f)],
    [
      '**Engine indicators/s, CPU time**',
      (f) => `**${Math.round(f.indicators / (f.engineCpu / 1000)).toLocaleString('en')}**`,
    ],
    ['Copy with the summary sheet (reportCopy), warm', (f) => s(f.copy)],
    ['Word appendix (reportAppendix), warm', (f) => s(f.appendix)],
    ['**Ratio appendix / copy**', (f) => `**${ratio(f.appendix, f.copy)}**`],
    ['Process: bare ExcelJS load + save (time, peak RSS)', (f) => run(f.bareProcess)],
    ['Process: `chitieu report` (read + engine + summary)', (f) => run(f.engineProcess)],
    ['Process: `chitieu report -o`', (f) => run(f.cliProcess)],
    ['… per indicator', (f) => perIndicator(f.cliProcess.ms, f)],
    ['**Ratio `-o` / bare ExcelJS**', (f) => `**${ratio(f.cliProcess.ms, f.bareProcess.ms)}**`],
    ['**… in CPU time (user + system)**', (f) => `**${ratio(f.cliProcess.cpuMs, f.bareProcess.cpuMs)}**`],
    [
      '**Ratio `--docx` / `-o`, beyond `chitieu report`, CPU**',
      (f) => `**${ratio(f.docxProcess.cpuMs - f.engineProcess.cpuMs, f.cliProcess.cpuMs - f.engineProcess.cpuMs)}**`,
    ],
    ['Process: `chitieu report --docx`', (f) => run(f.docxProcess)],
    ['… `--docx` beyond `chitieu report`', (f) => s(f.docxProcess.ms - f.engineProcess.ms)],
    ['… `-o` beyond `chitieu report`', (f) => s(f.cliProcess.ms - f.engineProcess.ms)],
    ['Process: `chitieu report --json`', (f) => run(f.jsonProcess)],
    ['Peak RSS of `-o`: growth per 1,000 more indicators', (f) => growth(f)],
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
  const sizesOnly = args.includes('--sizes-only');
  const common = args.filter(
    (a, i) => a !== '--sizes-only' && ![sizesAt, sizesAt + 1, indicatorsAt, indicatorsAt + 1].includes(i),
  );
  buildCli();
  if (!sizesOnly) {
    // Start-up and the bounds no test asserts first: they need the machine quietest.
    printBounds(await benchBounds([]));
    console.log();
  }
  const all: Figures[] = [];
  for (const n of sizes) {
    const runs = n >= 100_000 && !common.includes('--runs') ? ['--runs', '1'] : [];
    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=8192', RUN_TS, BENCH, 'measure', ...common, '--indicators', String(n), ...runs],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1 << 20,
      },
    );
    const last = child.stdout.toString().trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !last.startsWith('{')) throw new Error(`Đo ${n} chỉ tiêu không thành công.`);
    all.push(JSON.parse(last) as Figures);
    // Each size's figures as they come, so a long run stopped early keeps what it measured.
    console.error(`đã đo ${n} chỉ tiêu: ${last}`);
  }
  printTable(all);
  // The page against the command line on the same sizes, interleaved run by run.
  const runsAt = common.indexOf('--runs');
  console.log();
  printPageTable(await benchPage(sizes, runsAt >= 0 ? Number(common[runsAt + 1]) : 3));
  if (!sizesOnly) {
    const paneRuns = 9;
    printPaneTable(await benchPane(paneRuns), paneRuns);
    // A city's consolidation since 7/2025: 168 wards (Hồ Chí Minh City) of 50 indicators each.
    console.log();
    const district = spawnSync(
      process.execPath,
      [
        RUN_TS,
        fileURLToPath(new URL('./bench-consolidate.ts', import.meta.url)),
        '--wards',
        '168',
        '--indicators',
        '50',
        '--runs',
        '1',
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (district.status !== 0) throw new Error('Đo tổng hợp 168 phường không thành công.');
  }
}
