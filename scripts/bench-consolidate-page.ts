/**
 * The page's consolidation timed in headless Chromium (`npm run bench:consolidate:page -- --wards
 * 168 --indicators 50 --runs 3`), not part of `npm test`: the built page (dist/web, `npm run build`)
 * served as the organisation's static host would, a city's generated ward files
 * (tests/consolidate/cityWards.ts) given to the district section's file chooser, the clock stopped
 * when the workbook's download button shows. Prints, as medians, the wall time and the CPU time of
 * every Chromium process in that span (user + sys from /proc: the figure to compare on a shared
 * machine). Goal: < 6 s for 168 wards × 50 indicators.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureAddinBuilt, launchChromium, ROOT, serve } from '../tests/e2e/harness';
import { writeCity } from '../tests/consolidate/cityWards';
import { integerOptions } from './bench-common';

const PAGE_GOAL_MS = 6000;
const TICKS = 100; // USER_HZ of /proc/<pid>/stat on Linux

/** CPU time (ms, user + sys) of `root`'s descendants, from /proc. */
function descendantsCpu(root: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended meanwhile.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = stats.get(pid)?.ppid; p !== undefined && p > 1; p = stats.get(p)?.ppid) if (p === root) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, s] of stats) if (inTree(pid)) ticks += s.ticks;
  return (ticks * 1000) / TICKS;
}

async function bench(): Promise<void> {
  const size = integerOptions(process.argv.slice(2), { wards: 168, indicators: 50, runs: 3 });
  const built = await ensureAddinBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-bench-page-'));
  const { url, server } = await serve(resolve(ROOT, 'dist'));
  const browser = await launchChromium();
  try {
    const paths = await writeCity(dir, size);
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let k = 0; k < size.runs; k++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL('web/index.html', url).toString());
      await page.getByTestId('web-district-files').waitFor({ state: 'attached' });
      const cpu0 = descendantsCpu(process.pid);
      const start = performance.now();
      await page.getByTestId('web-district-files').setInputFiles(paths);
      await page.getByTestId('web-district-download').waitFor({ timeout: 600_000 });
      walls.push(performance.now() - start);
      cpus.push(descendantsCpu(process.pid) - cpu0);
      await context.close();
    }
    const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const rows = [
      ['Wards', `${size.wards} workbooks × ${size.indicators} indicators`],
      [
        `The page: files chosen → workbook and draft ready (headless Chromium, median of ${size.runs})`,
        `${s(mid(walls))} wall, ${s(mid(cpus))} CPU of Chromium's processes`,
      ],
      [
        `Goal: < ${s(PAGE_GOAL_MS)}`,
        `wall ${mid(walls) < PAGE_GOAL_MS ? 'met' : 'NOT met'}, CPU ${mid(cpus) < PAGE_GOAL_MS ? 'met' : 'NOT met'}`,
      ],
      ['Page build', built.built ? `built now (${s(built.ms)})` : 'up to date'],
      ['Load average (1 min) when it ended', os.loadavg()[0].toFixed(1)],
    ];
    console.log('| Measure | Value |\n|---|---|');
    for (const [m, v] of rows) console.log(`| ${m} | ${v} |`);
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  }
}

await bench();
