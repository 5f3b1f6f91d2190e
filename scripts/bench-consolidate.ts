/**
 * Benchmark of the district consolidation (`npm run bench:consolidate -- --wards 30 --indicators 50
 * --runs 3`), not part of `npm test`. Target: 30 ward workbooks of 50 indicators in < 5 s.
 *
 * Generates in a temp dir `wards` workbooks in the five fixture shapes of
 * tests/consolidate/wardWorkbooks.ts (annual with sections, hand-typed text numbers, two-row
 * header, long layout, assigned + own target), each with the same `indicators` indicators (money in
 * triệu or tỷ đồng, rates, counts, lower-is-better counts), then measures, as medians:
 * - `chitieu consolidate … -o quan.xlsx` in-process (`consolidateCommand`): read every file, run the
 *   engine, consolidate, write the district workbook;
 * - its parts: reading the files (ExcelJS), the engine on every ward (`runReport`), `consolidate`;
 * - once, the command in a new process (`node bin/chitieu.js consolidate …`), start-up included, and
 *   its peak RSS. `npm run bench` runs it for a city: 168 wards × 50 indicators (goal < 3 s).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consolidateCommand, readWard } from '../src/cli/consolidate';
import { readWorkbook } from '../src/cli/readWorkbook';
import { consolidate, type WardInput } from '../src/core/consolidate/index';
import { runReport, type Grid } from '../src/core/index';
import { integerOptions, MAXRSS_HOOK, median, peakRss } from './bench-common';
import { writeCity } from '../tests/consolidate/cityWards';

interface Size {
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
    const merge = await median(size.runs, () => consolidate(inputs));
    const start = performance.now();
    const child = spawnSync(process.execPath, ['--import', MAXRSS_HOOK, BIN, 'consolidate', ...paths, '-o', output], {
      encoding: 'utf8',
    });
    const process_ = performance.now() - start;
    if (child.status !== 0) throw new Error(child.stderr);
    const peak = peakRss(child.stderr);

    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const table = [
      ['Wards', `${size.wards} workbooks × ${size.indicators} indicators (5 layouts, triệu/tỷ đồng, %, counts)`],
      ['Matrix', `${rows} indicators × ${ranked} ranked wards`],
      [`chitieu consolidate -o, in-process (median of ${size.runs})`, s(command)],
      ['— reading the files (ExcelJS)', s(read)],
      ['— engine on every ward (runReport)', s(engine)],
      ['— consolidate (matrix, ranking, findings, sentences)', s(merge)],
      [`chitieu consolidate -o, new process, start-up included (${binMode()})`, s(process_)],
      ['— its peak RSS', peak === null ? 'not measured' : `${(peak / 1024 / 1024).toFixed(0)} MB`],
      ['Target', `< ${s(TARGET_MS)}: ${command < TARGET_MS ? 'met' : 'NOT met'}`],
      [`Goal of a city (168 wards): the new process < ${s(CITY_GOAL_MS)}`, process_ < CITY_GOAL_MS ? 'met' : 'NOT met'],
      ['Node', process.version],
      ['Load average (1 min) when it ended', os.loadavg()[0].toFixed(1)],
    ];
    console.log('| Measure | Value |\n|---|---|');
    for (const [measure, value] of table) console.log(`| ${measure} | ${value} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await bench(parseSize(process.argv.slice(2)));
