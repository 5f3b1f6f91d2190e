/**
 * The web page on 100,000 indicators (a size test: the `size` project, which `npm run test:quick`
 * skips). The bench's generated term workbook (`scripts/bench-common.ts`: 100,000 indicators × 5
 * years of KH | TH, a section row every 40) is dropped on the served page, and both downloads come:
 * the copy whose summary sheet holds a row for every one of the 100,000 indicators, and the Word
 * appendix whose body holds them too. On the way, every long step (the engine, the copy, the
 * appendix) moves the progress bar within itself, not only at its start and end, and the bar never
 * goes back. How long it stood still is a time, measured by `npm run bench:page`, not asserted here.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorkbook, indicatorName } from '../../scripts/bench-common';
import { vi } from '../../src/taskpane/i18n/vi';
import { WEB_STEPS } from '../../src/web/protocol';
import { makeTempDir } from '../cli/harness';
import { servedWebPage } from './harness';
import { dragged, dropAndWatch, longestStill, openWatchedPage } from './pageRun';
import { download } from './webHelpers';
import { scanPart, sheetPart } from './zipScan';

const INDICATORS = 100_000;
const SUMMARY_SHEET = 'Báo cáo chỉ tiêu';
/** Any of the generated indicators' names in a cell's text, its number captured. */
const NAME = new RegExp(
  `>(?:${[0, 1, 2, 3].map((i) => indicatorName(i).replace(/ \d+$/, '')).join('|')}) (\\d+)<`,
  'g',
);

let browser: Browser;
let pageUrl: string;
let close: () => Promise<void>;
let input: string;

beforeAll(async () => {
  ({ browser, pageUrl, close } = await servedWebPage());
  input = join(makeTempDir(), 'chi-tieu-100000.xlsx');
  await generateWorkbook(input, { indicators: INDICATORS, years: 5 });
}, 900_000);

afterAll(async () => close?.());

/** Every number from 1 to n, as text, is in `seen`. */
function everyIndicator(seen: Set<string>, n: number): boolean {
  for (let i = 1; i <= n; i++) if (!seen.has(String(i))) return false;
  return true;
}

describe('the web page on 100,000 indicators', () => {
  it(
    'offers both downloads: every indicator on the copy’s summary sheet and in the Word appendix; each long step moves the bar',
    { timeout: 1_800_000 },
    async () => {
      const page = await openWatchedPage(browser, pageUrl);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const run = await dropAndWatch(page, await dragged(page, input), 1_500_000);
      expect(await page.getByTestId('error').count()).toBe(0);
      // For the reader of the log, not asserted (times go in `npm run bench:page`).
      console.log(
        `100,000 indicators: both downloads after ${(run.ms / 1000).toFixed(1)} s, bar still at most ${(longestStill(run) / 1000).toFixed(1)} s`,
      );

      const xlsx = await download(page, 'download-xlsx');
      const sheet = scanPart(xlsx.bytes, sheetPart(xlsx.bytes, SUMMARY_SHEET), '<row ', NAME);
      expect(sheet.matches.size).toBe(INDICATORS);
      expect(everyIndicator(sheet.matches, INDICATORS)).toBe(true);
      // A row per indicator, with the section rows, the header and the totals above and below.
      expect(sheet.tags).toBeGreaterThan(INDICATORS + INDICATORS / 40);

      const docx = await download(page, 'download-docx');
      const body = scanPart(docx.bytes, 'word/document.xml', '<w:tr>', NAME);
      expect(body.matches.size).toBe(INDICATORS);
      expect(everyIndicator(body.matches, INDICATORS)).toBe(true);
      expect(body.tags).toBeGreaterThan(INDICATORS);

      // The bar: never back, and inside each long step at least one value between its start and end.
      const values = run.progress.map((p) => Number(p.value));
      for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]);
      for (const step of ['compute', 'write', 'docx'] as const) {
        const text = vi.web.step(WEB_STEPS.indexOf(step) + 1, WEB_STEPS.length, vi.web.steps[step]);
        const [start, end] = [
          WEB_STEPS.indexOf(step) / WEB_STEPS.length,
          (WEB_STEPS.indexOf(step) + 1) / WEB_STEPS.length,
        ];
        const shown = run.progress.filter((p) => p.text === text).map((p) => Number(p.value));
        expect(shown.filter((v) => v > start && v < end).length, `${text}: ${shown.join(', ')}`).toBeGreaterThan(0);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
