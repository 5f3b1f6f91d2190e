/**
 * A city's folder on the built web page (Chromium): the 168 ward workbooks of 50 indicators that
 * `npm run bench:consolidate` generates (five layouts, triệu/tỷ đồng, rates, counts) chosen with
 * "Chọn thư mục". The district section completes, showing how many files it has read as it goes
 * (every text it showed is recorded), and gives the sentences `chitieu consolidate` gives for the
 * same files. No time is asserted (that is `npm run bench`).
 */
import { expect, it } from 'vitest';
import { writeCity } from '../consolidate/cityWards';
import { consolidateCommand } from '../../src/cli/consolidate';
import { makeTempDir } from '../cli/harness';
import { servedWebPages } from './webHelpers';

const WARDS = 168;

const { open } = servedWebPages();

declare global {
  interface Window {
    /** The progress texts the district section showed, in order, each once. */
    __progress: string[];
  }
}

it('a folder of 168 ward workbooks completes with its progress shown, giving chitieu consolidate’s district', async () => {
  const dir = makeTempDir();
  const paths = await writeCity(dir, { wards: WARDS, indicators: 50 });
  const cli = await consolidateCommand({ inputs: paths, output: null, json: null });
  if (!cli.ok) throw new Error(cli.message);

  const { page, errors } = await open();
  // Every text the progress shows, recorded in the page as it changes.
  await page.evaluate(() => {
    window.__progress = [];
    const record = () => {
      const text = document.querySelector('[data-testid="web-district-progress"] label')?.textContent ?? '';
      if (text && window.__progress.at(-1) !== text) window.__progress.push(text);
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('web-district-folder').setInputFiles(dir);
  const sentences = page.getByTestId('web-district-sentences');
  await sentences.waitFor({ timeout: 280_000 });

  const shown = await page.evaluate(() => window.__progress);
  // From the first file to the last, counted up, never down.
  expect(shown.at(-1)).toBe(`Đã đọc ${WARDS}/${WARDS} sổ`);
  const counts = shown.map((t) => Number(/Đã đọc (\d+)\/168 sổ/.exec(t)?.[1]));
  expect(counts.every((n) => Number.isInteger(n))).toBe(true);
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  expect(shown.length).toBeGreaterThan(2);
  console.log(`progress shown (${shown.length} texts): ${shown.join(' | ')}`);

  expect(await sentences.locator('li').allInnerTexts()).toEqual(cli.district.sentences);
  expect(await page.getByTestId('web-district-download').count()).toBe(1);
  expect(errors).toEqual([]);
}, 300_000);
