/**
 * A long run of the served web page, watched from inside the page (the 100,000-indicator browser
 * test and `npm run bench:page` share it): an init script records the drop's time, every change of
 * the progress bar's value or text with its time, and when both downloads (.xlsx and .docx) are
 * offered — so the figures are the page's own clock, not Playwright's polling.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Browser, JSHandle, Page } from 'playwright-core';

/** In the page, before its scripts: the drop's time, each progress change, the downloads' time. */
const PAGE_PROBE = `
window.__chitieuRun = { dropAt: null, doneAt: null, progress: [] };
window.addEventListener('drop', () => { window.__chitieuRun.dropAt = performance.now(); }, true);
const record = () => {
  const run = window.__chitieuRun;
  if (run.dropAt === null || run.doneAt !== null) return;
  const bar = document.querySelector('[role="progressbar"]');
  const text = document.querySelector('[data-testid="progress-text"]')?.textContent ?? '';
  const value = bar?.getAttribute('aria-valuenow') ?? '';
  const last = run.progress[run.progress.length - 1];
  if (text && (!last || last.text !== text || last.value !== value))
    run.progress.push({ at: performance.now() - run.dropAt, text, value });
  if (document.querySelector('[data-testid="download-xlsx"][href]') &&
      document.querySelector('[data-testid="download-docx"][href]'))
    run.doneAt = performance.now();
};
new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
`;

export interface ProgressMark {
  /** ms since the drop. */
  at: number;
  /** The step's text (`Bước 4/5: Đang ghi phụ lục Word…`). */
  text: string;
  /** The bar's `aria-valuenow` (0…1). */
  value: string;
}

export interface WatchedRun {
  /** Drop to both downloads offered, ms. */
  ms: number;
  progress: ProgressMark[];
}

/** The served page in a fresh context (a renderer of its own), the probe installed, ready to run offline. */
export async function openWatchedPage(browser: Browser, pageUrl: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  await context.addInitScript({ content: PAGE_PROBE });
  const page = await context.newPage();
  await page.goto(pageUrl);
  await page.locator('html[data-ready="true"]').waitFor({ timeout: 120_000 });
  return page;
}

/** `file` as a drag from a folder carries it, made in the page before the drop. */
export function dragged(page: Page, file: string): Promise<JSHandle<DataTransfer>> {
  const content = readFileSync(file).toString('base64');
  return page.evaluateHandle(
    ([b64, name]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name));
      return transfer;
    },
    [content, basename(file)] as const,
  );
}

/** Drops `transfer` on the page and waits until both downloads are offered (or `timeout` ms). */
export async function dropAndWatch(
  page: Page,
  transfer: JSHandle<DataTransfer>,
  timeout = 900_000,
): Promise<WatchedRun> {
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await page.waitForFunction(
    () => (window as unknown as { __chitieuRun: { doneAt: number | null } }).__chitieuRun.doneAt !== null,
    undefined,
    { timeout, polling: 250 },
  );
  const run = await page.evaluate(
    () =>
      (window as unknown as { __chitieuRun: { dropAt: number; doneAt: number; progress: ProgressMark[] } })
        .__chitieuRun,
  );
  return { ms: run.doneAt - run.dropAt, progress: run.progress };
}

/** The longest time (ms) the progress stood still between the drop and the downloads. */
export function longestStill(run: WatchedRun): number {
  const times = [0, ...run.progress.map((p) => p.at), run.ms];
  let longest = 0;
  for (let i = 1; i < times.length; i++) longest = Math.max(longest, times[i] - times[i - 1]);
  return longest;
}
