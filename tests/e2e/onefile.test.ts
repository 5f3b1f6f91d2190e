/**
 * The page in one file (dist/chitieu.html, written by `npm run build`), opened from disk as an
 * office without Excel 2021 opens it by double-click: offline, from a file:// address, it reads the
 * bundled sample and a TCVN3 workbook and gives what `chitieu report -o … --docx …` gives — the same
 * sentences, the same workbook copy and the same Word appendix, part by part — and asks for nothing
 * but itself. The served page, where something blocks it, says so in Vietnamese instead of a blank
 * page: its worker refused (opened from disk), its script not loaded.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { vi } from '../../src/taskpane/i18n/vi';
import { makeTempDir } from '../cli/harness';
import { FIXTURES, ROOT } from './harness';
import { choose, cliReport, DOCX_STAMP, download, expectSameParts, pagesFromDisk } from './webHelpers';

const ONE_FILE = resolve(ROOT, 'dist/chitieu.html');
const SERVED_PAGE = resolve(ROOT, 'dist/web/index.html');

const openFromDisk = pagesFromDisk();

/** The page's own address, and the blob: URLs of its worker and its downloads: nothing else. */
function othersThan(file: string, requests: string[]): string[] {
  const own = pathToFileURL(file).toString();
  return requests.filter((u) => u !== own && !u.startsWith('blob:'));
}

describe('the page in one file, opened from disk', () => {
  it('is one file: no script, style or font asked from anywhere, the worker from its inlined source', () => {
    const html = readFileSync(ONE_FILE, 'utf8');
    expect(html).not.toMatch(/<script[^>]*\bsrc=(?!"\.\/")/);
    expect(html).not.toMatch(/<link[^>]*rel=["']?stylesheet/);
    expect(html).toContain('id="chitieu-worker"');
  });

  it('is where the pane and its help page send Excel 2016/2019 users, instead of the command line', () => {
    const help = readFileSync(resolve(ROOT, 'dist/addin/help.html'), 'utf8');
    for (const footer of [vi.versions, /<footer>([\s\S]*)<\/footer>/.exec(help)?.[1] ?? '']) {
      expect(footer).toMatch(/Excel 2016, Excel 2019/);
      expect(footer).toContain('chitieu.html');
      expect(footer).not.toContain('chitieu report');
    }
  });

  it.each([
    ['the bundled sample', resolve(ROOT, 'assets/mau-chi-tieu.xlsx')],
    ['a TCVN3 workbook', resolve(FIXTURES, 'ngoc-thuy-2012-tcvn3.xlsx')],
  ])(
    '%s, offline: the sentences, the .xlsx copy and the .docx appendix of the CLI',
    async (_, input) => {
      const cli = cliReport(input);
      const { page, requests, errors } = await openFromDisk(ONE_FILE);
      await choose(page, input);
      expect(await page.getByTestId('error').count()).toBe(0);
      const sentences = await page.getByTestId('narrative').locator('li').allInnerTexts();
      expect(sentences).toHaveLength(cli.report.narrative.length);
      cli.report.narrative.forEach((s, i) => expect(sentences[i]).toContain(s));
      expectSameParts((await download(page, 'download-xlsx')).bytes, cli.xlsx);
      expectSameParts((await download(page, 'download-docx')).bytes, cli.docx, DOCX_STAMP);
      expect(othersThan(ONE_FILE, requests)).toEqual([]);
      expect(errors).toEqual([]);
    },
    180_000,
  );
});

describe('the served page where something blocks it', () => {
  it('opened from disk, where the browser refuses its worker: the Vietnamese line that points to chitieu.html', async () => {
    const { page } = await openFromDisk(SERVED_PAGE);
    await page.getByTestId('error').waitFor();
    expect(await page.getByTestId('error').innerText()).toContain(vi.web.workerBlocked);
    expect(vi.web.workerBlocked).toContain('chitieu.html');
  }, 60_000);

  it('its script not loaded: the page’s own fallback says what to do, not a blank page', async () => {
    // The page copied alone, without the scripts beside it.
    const alone = join(makeTempDir(), 'index.html');
    copyFileSync(SERVED_PAGE, alone);
    const { page } = await openFromDisk(alone);
    const stuck = page.locator('#fallback-stuck');
    await expect.poll(() => stuck.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByTestId('fallback').innerText()).toContain('chitieu.html');
  }, 60_000);

  it('once the page runs, its fallback is gone', async () => {
    const { page } = await openFromDisk(ONE_FILE);
    await page.getByTestId('file-input').waitFor({ state: 'attached' });
    expect(await page.getByTestId('fallback').count()).toBe(0);
  }, 60_000);
});
