/**
 * The engine alone, in CPU time: `node bin/run-ts.js scripts/profile-engine.ts FILE… [--rounds 5]
 * [--root DIR]`. Reads each workbook once, runs `runReport` once unmeasured (V8 compiles the engine
 * on its first runs), then times it over several rounds, interleaved across the files, with
 * `process.cpuUsage()` (user + system): on a shared machine wall time mostly measures waiting for a
 * core. Prints per file the median CPU µs per indicator and indicators per second of CPU.
 *
 * `--root DIR` loads the engine and the reader from another checkout of the sources (an export of
 * an older commit), so a before/after comparison runs in one process, round by round, under the
 * same load. Run it under `node --cpu-prof` to see where the time goes.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Grid } from '../src/core/grid';
import type { RunResult } from '../src/core/index';

interface Engine {
  label: string;
  runReport: (grids: Grid[]) => RunResult;
  readWorkbook: (path: string) => Promise<{ ok: true; grids: Grid[] } | { ok: false; message: string }>;
}

async function loadEngine(root: string, label: string): Promise<Engine> {
  const from = (path: string) => pathToFileURL(resolve(root, path)).href;
  const core = (await import(from('src/core/index.ts'))) as { runReport: Engine['runReport'] };
  const reader = (await import(from('src/cli/readWorkbook.ts'))) as { readWorkbook: Engine['readWorkbook'] };
  return { label, runReport: core.runReport, readWorkbook: reader.readWorkbook };
}

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const args = process.argv.slice(2);
let rounds = 5;
const roots: string[] = [];
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else if (args[i] === '--root') roots.push(args[++i]);
  else files.push(args[i]);
}
const engines = [await loadEngine('.', 'this tree')];
for (const root of roots) engines.push(await loadEngine(root, root));

interface Case {
  file: string;
  engine: Engine;
  grids: Grid[];
  indicators: number;
  times: number[];
}
const cases: Case[] = [];
for (const file of files)
  for (const engine of engines) {
    const read = await engine.readWorkbook(file);
    if (!read.ok) throw new Error(read.message);
    const run = engine.runReport(read.grids);
    if (!run.ok) throw new Error(run.message);
    const indicators = run.report.tables.reduce((n, t) => n + t.indicators.length, 0);
    cases.push({ file, engine, grids: read.grids, indicators, times: [] });
  }
for (let round = 0; round < rounds; round++)
  for (const c of cases) c.times.push(cpuMs(() => c.engine.runReport(c.grids)));

const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
console.log(`rounds ${rounds}, load average ${load}`);
for (const c of cases) {
  const ms = median(c.times);
  const perIndicator = (ms * 1000) / c.indicators;
  console.log(
    [
      c.file,
      c.engine.label,
      `${c.indicators} indicators`,
      `${ms.toFixed(0)} ms CPU`,
      `${perIndicator.toFixed(1)} µs/indicator`,
      `${Math.round(1e6 / perIndicator).toLocaleString('en')} indicators/s`,
    ].join('\t'),
  );
}
