/**
 * The pictures of the user guide (docs/huong-dan-su-dung.md), made from the built page in one file
 * (dist/chitieu.html, rebuilt first when its sources changed) opened from disk in Chromium with the
 * bundled sample chosen: `npm run docs:shots` writes
 *   docs/img/trang-bao-cao.png  the page with the report loaded (the top of the page),
 *   docs/img/dau-trang.png      the header fields read from the workbook,
 *   docs/img/bang-ket-qua.png   the results table (its first table).
 * Not part of `npm test` (a browser run of its own); run it after a change the pictures show.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureAddinBuilt, launchChromium, ROOT } from '../tests/e2e/harness';
import { choose } from '../tests/e2e/webHelpers';

const OUT = resolve(ROOT, 'docs/img');
const SAMPLE = resolve(ROOT, 'assets/mau-chi-tieu.xlsx');

await ensureAddinBuilt();
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
try {
  const context = await browser.newContext({
    viewport: { width: 1100, height: 900 },
    locale: 'vi-VN',
    deviceScaleFactor: 1,
  });
  await context.setOffline(true);
  const page = await context.newPage();
  await page.goto(pathToFileURL(resolve(ROOT, 'dist/chitieu.html')).toString());
  await choose(page, SAMPLE);
  await page.evaluate(() => window.scrollTo(0, 0));
  const shots: [string, () => Promise<Buffer>][] = [
    ['trang-bao-cao.png', () => page.screenshot()],
    ['dau-trang.png', () => page.getByTestId('header-fields').screenshot()],
    ['bang-ket-qua.png', () => page.getByTestId('results-table').locator('table').first().screenshot()],
  ];
  for (const [name, shot] of shots) {
    writeFileSync(resolve(OUT, name), await shot());
    console.log(`docs/img/${name}`);
  }
} finally {
  await browser.close();
}
