/**
 * The achievement chart on the built web page (Chromium): after a workbook is chosen, the results
 * show one SVG with `role="img"`, named by its own `<title>` and described by its `<desc>`, one bar
 * per top-level indicator that has an achievement %; its table alternative lists those indicators in
 * the table's order with the % of the latest reported period (an estimate is not a result yet) as
 * the command line's `--json` gives it, written the Vietnamese way (Intl `vi-VN`, one decimal).
 * With `UPDATE_SCREENSHOTS=1` the guide's picture of it (docs/img/bieu-do-trang-web.png) is taken
 * again, from thuong-thanh (a part of the year: the line of the time elapsed too).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from '../cli/harness';
import { FIXTURES, outPath, ROOT, servedWebPage } from './harness';

let browser: Browser;
let pageUrl: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, pageUrl, close } = await servedWebPage());
}, 600_000);

afterAll(async () => close?.());

interface JsonPeriod {
  achievementPct: number | null;
  actual: number | null;
  estimated: boolean;
}
interface JsonReport {
  tables: { indicators: { name: string; parent: number | null; periods: JsonPeriod[] }[] }[];
}

/** [name, % as the page writes it] of each indicator the chart should draw, from the CLI's JSON. */
function expectedRows(input: string): [string, string][] {
  const json = join(makeTempDir(), 'r.json');
  const run = runCli(['report', input, '--json', json]);
  if (run.status !== 0) throw new Error(run.stderr);
  const report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport;
  const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1, useGrouping: true });
  const rows: [string, string][] = [];
  for (const t of report.tables)
    for (const ind of t.indicators) {
      if (ind.parent !== null) continue;
      const reported = ind.periods.filter((p) => p.actual !== null && !p.estimated).at(-1);
      if (reported?.achievementPct != null) rows.push([ind.name, vi.format(reported.achievementPct)]);
    }
  return rows;
}

describe.each(['phuc-dong-2020', 'thuong-thanh-9-thang-2024-uoc-ca-nam'])('the page’s chart of %s', (name) => {
  it('is an image named and described, with a table alternative listing the indicators', async () => {
    const input = resolve(FIXTURES, `${name}.xlsx`);
    const want = expectedRows(input);
    expect(want.length).toBeGreaterThan(5);
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'vi-VN' });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pageUrl);
      await page.getByTestId('file-input').setInputFiles(input);
      const section = page.getByTestId('results-chart');
      await section.waitFor({ timeout: 120_000 });

      const svg = section.locator('svg[role="img"]');
      expect(await svg.count()).toBe(1);
      const ids = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      const title = await page.locator(`[id="${ids[0]}"]`).textContent();
      const desc = await page.locator(`[id="${ids[1]}"]`).textContent();
      expect(await page.locator(`[id="${ids[0]}"]`).evaluate((el) => el.tagName)).toBe('title');
      expect(title).toMatch(/Tỷ lệ thực hiện so với kế hoạch \(%\)/);
      expect(desc).toContain(`${want.length} chỉ tiêu có tỷ lệ thực hiện`);
      // The accessible name Chromium gives the image is its title.
      expect(await page.getByRole('img', { name: title! }).count()).toBe(1);
      expect(await svg.locator('g.bar').count()).toBe(want.length);

      const table = page.getByTestId('chart-table');
      await table.locator('summary').click();
      const rows = await table
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]),
        );
      expect(rows).toEqual(want);
      await section.locator('figure').screenshot({ path: outPath(`web-chart-${name}.png`) });
      if (process.env.UPDATE_SCREENSHOTS && name.startsWith('thuong-thanh')) {
        mkdirSync(resolve(ROOT, 'docs/img'), { recursive: true });
        copyFileSync(outPath(`web-chart-${name}.png`), resolve(ROOT, 'docs/img/bieu-do-trang-web.png'));
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);
});
