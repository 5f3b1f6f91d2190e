/**
 * Benchmark of the district consolidation (`npm run bench:consolidate -- --wards 30 --indicators 50
 * --runs 3`), not part of `npm test`. Target: 30 ward workbooks of 50 indicators in < 5 s.
 *
 * Generates in a temp dir a city's `wards` workbooks (tests/consolidate/cityWards.ts: the five
 * fixture shapes, the same `indicators` indicators each), then measures, as medians of `runs`:
 * - `chitieu consolidate … -o quan.xlsx` in-process (`consolidateCommand`): read every file, run the
 *   engine, consolidate, write the district workbook;
 * - its parts: reading the files (the package reader), the engine on every ward (`runReport`),
 *   `consolidate`, writing the district workbook, writing the district draft báo cáo;
 * - the command in new processes (`node bin/chitieu.js consolidate …`), start-up included: `-o`
 *   alone and `-o --bao-cao`, run by run in turn, each with its wall time, its CPU time (user +
 *   sys: the figure to compare on a shared machine) and its peak RSS. `npm run bench` runs it for a
 *   city: 168 wards × 50 indicators (goal < 3 s).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consolidateCommand, readWard } from '../src/cli/consolidate';
import { nativeDeflate } from '../src/cli/nativeDeflate';
import { districtBaoCaoBytes, districtWorkbookBytes } from '../src/workbookFile/consolidate';
import { readWorkbook } from '../src/cli/readWorkbook';
import { consolidate, type WardInput } from '../src/core/consolidate/index';
import { runReport, type Grid } from '../src/core/index';
import { integerOptions, MAXRSS_HOOK, median, peakRss } from './bench-common';
import { writeCity } from '../tests/consolidate/cityWards';

export interface Size {
  wards: number;
  indicators: number;
  runs: number;
}

const TARGET_MS = 5000;
/** A city's consolidation (168 wards × 50 indicators) as one command, start-up included. */
const CITY_GOAL_MS = 3000;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'chitieu.js');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true }))
    t = Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs);
  return t;
}

/** What `bin/chitieu.js` runs: the bundle when it is newer than the sources it bundles, else the sources via tsx. */
function binMode(): string {
  const bundle = join(ROOT, 'dist', 'chitieu.mjs');
  if (!existsSync(bundle)) return 'sources via tsx: no dist/chitieu.mjs';
  const built = statSync(bundle).mtimeMs;
  const fresh = ['src/core', 'src/cli', 'src/workbookFile', 'src/docx'].every((d) => newest(join(ROOT, d)) <= built);
  return fresh ? 'bundle dist/chitieu.mjs' : 'sources via tsx: dist/chitieu.mjs is older than src (npm run build:cli)';
}
function parseSize(argv: string[]): Size {
  return integerOptions(argv, { wards: 30, indicators: 50, runs: 3 });
}

interface ProcessRun {
  wall: number;
  /** User + system CPU time, ms. */
  cpu: number;
  /** Peak RSS, bytes. */
  rss: number | null;
}

/** `node bin/chitieu.js ARGS` in a new process: wall time, CPU time and peak RSS (`MAXRSS_HOOK`). */
function runProcess(args: string[]): ProcessRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', MAXRSS_HOOK, BIN, ...args], { encoding: 'utf8' });
  const wall = performance.now() - start;
  if (child.status !== 0) throw new Error(child.stderr);
  const cpu = /cpu=(\d+)/.exec(child.stderr);
  return { wall, cpu: cpu ? Number(cpu[1]) / 1000 : NaN, rss: peakRss(child.stderr) };
}

/** Each figure's median over the runs. */
function medianRun(runs: ProcessRun[]): ProcessRun {
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rss = runs.map((r) => r.rss).filter((r): r is number => r !== null);
  return { wall: mid(runs.map((r) => r.wall)), cpu: mid(runs.map((r) => r.cpu)), rss: rss.length ? mid(rss) : null };
}

function mb(bytes: number | null): string {
  return bytes === null ? 'not measured' : `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function bench(size: Size): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-bench-quan-'));
  try {
    const paths = await writeCity(dir, size);
    const output = join(dir, 'quan.xlsx');
    let rows = 0;
    let ranked = 0;
    const command = await median(size.runs, async () => {
      const outcome = await consolidateCommand({ inputs: paths, output, json: null });
      if (!outcome.ok) throw new Error(outcome.message);
      rows = outcome.district.indicators.length;
      ranked = outcome.district.ranking.length;
    });
    const grids: Grid[][] = [];
    const read = await median(size.runs, async () => {
      grids.length = 0;
      for (const p of paths) {
        const r = await readWorkbook(p);
        if (!r.ok) throw new Error(r.message);
        grids.push(r.grids);
      }
    });
    const engine = await median(size.runs, () => grids.map((g) => runReport(g)));
    const inputs: WardInput[] = [];
    for (const p of paths) inputs.push(await readWard(p));
    let district = consolidate(inputs);
    const merge = await median(size.runs, () => (district = consolidate(inputs)));
    const workbook = await median(size.runs, () => districtWorkbookBytes(district, nativeDeflate));
    const draft = await median(size.runs, () => districtBaoCaoBytes(district, { today: null }));
    // The command in new processes, start-up included: the workbook alone, and with the draft,
    // interleaved run by run.
    const plain = ['consolidate', ...paths, '-o', output];
    const withDraft = [...plain, '--bao-cao', join(dir, 'quan.docx')];
    const runs = { plain: [] as ProcessRun[], withDraft: [] as ProcessRun[] };
    for (let k = 0; k < size.runs; k++) {
      runs.plain.push(runProcess(plain));
      runs.withDraft.push(runProcess(withDraft));
    }
    const processes = { plain: medianRun(runs.plain), withDraft: medianRun(runs.withDraft) };

    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const table = [
      ['Wards', `${size.wards} workbooks × ${size.indicators} indicators (5 layouts, triệu/tỷ đồng, %, counts)`],
      ['Matrix', `${rows} indicators × ${ranked} ranked wards`],
      [`chitieu consolidate -o, in-process (median of ${size.runs})`, s(command)],
      ['— reading the files (package reader)', s(read)],
      ['— engine on every ward (runReport)', s(engine)],
      ['— consolidate (matrix, ranking, findings, sentences)', s(merge)],
      ['— writing the district workbook (package writer)', s(workbook)],
      ['— the district draft báo cáo (.docx)', s(draft)],
      [
        `chitieu consolidate -o, new process, start-up included (${binMode()}; median of ${size.runs})`,
        `${s(processes.plain.wall)} wall, ${s(processes.plain.cpu)} CPU (user + sys)`,
      ],
      ['— its peak RSS', `${mb(processes.plain.rss)}`],
      [
        'chitieu consolidate -o --bao-cao, new process',
        `${s(processes.withDraft.wall)} wall, ${s(processes.withDraft.cpu)} CPU, peak RSS ${mb(processes.withDraft.rss)}`,
      ],
      ['Target', `< ${s(TARGET_MS)}: ${command < TARGET_MS ? 'met' : 'NOT met'}`],
      [
        `Goal of a city (168 wards): the new process < ${s(CITY_GOAL_MS)}`,
        `wall ${processes.plain.wall < CITY_GOAL_MS ? 'met' : 'NOT met'}, CPU ${processes.plain.cpu < CITY_GOAL_MS ? 'met' : 'NOT met'}`,
      ],
      ['Node', process.version],
      ['Load average (1 min) when it ended', os.loadavg()[0].toFixed(1)],
    ];
    console.log('| Measure | Value |\n|---|---|');
    for (const [measure, value] of table) console.log(`| ${measure} | ${value} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run as a script (not when a test imports the generator).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await bench(parseSize(process.argv.slice(2)));
