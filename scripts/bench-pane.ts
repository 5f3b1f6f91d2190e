/**
 * How fast the built task pane opens (part of `npm run bench`; alone: `npm run bench:pane`,
 * `-- --runs 9`). Not a test: no test asserts a time.
 *
 * The production build (dist/addin, rebuilt when its sources changed) is served from 127.0.0.1 and
 * opened in Debian's chromium, cold (a new browser context each run: nothing cached), with the CPU
 * slowed 1× and 4× through the Chrome DevTools Protocol (`Emulation.setCPUThrottlingRate`, what
 * DevTools' "4× slowdown" does — a low-end office PC). office.js is replaced by a small stub (no
 * HyperFormula fake: its parse time would be the benchmark's, not the pane's) whose `Excel.run`
 * answers after the measure. Each run records, in the page, when the "Sinh báo cáo" button is first
 * in the document and then painted (the next animation frame), from navigation start, and which
 * scripts the page loaded by then. `-- --dist DIR` measures another build (a before/after: build
 * the older commit into DIR and run both back to back — the figures move with the machine's load).
 */
import { basename, resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { ensureAddinBuilt, launchChromium, OFFICE_JS, PANE_VIEWPORT, serve, DIST } from '../tests/e2e/harness';
import { integerOptions } from './bench-common';

export interface PaneOpen {
  rate: number;
  /** Median ms from navigation start to the button painted. */
  buttonMs: number;
  /** Fastest and slowest run. */
  minMs: number;
  maxMs: number;
  /** KB of script the page had loaded when the button was painted (the pages' own, office.js aside). */
  scriptKb: number;
}

/** The stand-in for office.js: the pane's first screen reads settings, the theme and requirement sets. */
const OFFICE_STUB = `
window.Office = {
  context: {
    requirements: { isSetSupported: () => true },
    document: { settings: { get: () => null, set() {}, saveAsync(cb) { cb && cb({ status: 'succeeded' }); }, refreshAsync(cb) { cb && cb({ status: 'succeeded' }); } } },
    officeTheme: undefined,
  },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  onReady(cb) { return Promise.resolve().then(() => { cb && cb({ host: 'Excel', platform: 'PC' }); return {}; }); },
};
// The analysis on opening waits here: the measure is the first screen, not the workbook's size.
window.Excel = { run: () => new Promise(() => {}) };
`;

/** In the page: when the button is first there, and painted. */
const PROBE = `
window.__paneOpen = new Promise((resolve) => {
  const seen = () => [...document.querySelectorAll('button')].some((b) => b.textContent.includes('Sinh báo cáo'));
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    const inDom = performance.now();
    requestAnimationFrame(() => setTimeout(() => resolve({ inDom, painted: performance.now() })));
  });
  observer.observe(document, { childList: true, subtree: true });
});
`;

async function openOnce(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  url: string,
  rate: number,
): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext({ viewport: PANE_VIEWPORT, locale: 'vi-VN' });
  try {
    // Only office.js is intercepted (the pane asks for nothing else outside 127.0.0.1).
    await context.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB }),
    );
    await context.addInitScript({ content: PROBE });
    const page = await context.newPage();
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(`${url}taskpane.html`);
    const t = await page.evaluate(
      () => (window as unknown as { __paneOpen: Promise<{ inDom: number; painted: number }> }).__paneOpen,
    );
    const bytes = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && !e.name.includes('office.js'))
        .reduce((n, e) => n + (e as PerformanceResourceTiming).decodedBodySize, 0),
    );
    return { ms: t.painted, bytes };
  } finally {
    await context.close();
  }
}

/** `dist`: another build to measure (e.g. an older commit's, for a before/after); default dist/addin, rebuilt. */
export async function benchPane(runs: number, rates: number[] = [1, 4], dist?: string): Promise<PaneOpen[]> {
  if (dist === undefined) await ensureAddinBuilt();
  const { url, server } = await serve(dist ?? DIST);
  const browser = await launchChromium();
  try {
    await openOnce(browser, url, 1); // warms the browser process, not the page (each run is a new context)
    const out: PaneOpen[] = [];
    for (const rate of rates) {
      const samples: { ms: number; bytes: number }[] = [];
      for (let i = 0; i < runs; i++) samples.push(await openOnce(browser, url, rate));
      const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
      out.push({
        rate,
        buttonMs: ms[Math.floor(ms.length / 2)],
        minMs: ms[0],
        maxMs: ms[ms.length - 1],
        scriptKb: Math.round(samples[0].bytes / 1024),
      });
    }
    return out;
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}

export function printPaneTable(rows: PaneOpen[], runs: number): void {
  console.log(`\nTask pane opening (built pane, cold, median of ${runs}; office.js stubbed):\n`);
  console.log('| CPU | "Sinh báo cáo" painted | fastest – slowest | script loaded by then |\n|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.rate}× | ${(r.buttonMs / 1000).toFixed(2)} s | ${(r.minMs / 1000).toFixed(2)} – ${(r.maxMs / 1000).toFixed(2)} s | ${r.scriptKb} KB |`,
    );
}

if (process.argv[1] && basename(process.argv[1]) === 'bench-pane.ts') {
  const args = process.argv.slice(2);
  const at = args.indexOf('--dist');
  const dist = at >= 0 ? resolve(args[at + 1]) : undefined;
  const { runs } = integerOptions(at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args, { runs: 9 });
  printPaneTable(await benchPane(runs, [1, 4], dist), runs);
}
