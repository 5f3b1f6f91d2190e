/**
 * The page's results table and its printing (the one-file page opened from disk: the page's own
 * code). The table is the summary sheet's: its header row is the copy's, each indicator's row has
 * the status the CLI gives it, coloured as the sheet colours it (Vượt/Đạt green, Chưa đạt red).
 * Printed (emulated print media), the page shows the results, the sentences and the table only —
 * no button, no field — black on white, the table on its own A4 landscape pages.
 */
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TONES } from '../../src/core/report/look';
import { vi } from '../../src/taskpane/i18n/vi';
import { FIXTURES, ROOT } from './harness';
import { choose, cliReport, pagesFromDisk } from './webHelpers';

const ONE_FILE = resolve(ROOT, 'dist/chitieu.html');
const openFromDisk = pagesFromDisk();

/** `C6EFCE` → `rgb(198, 239, 206)`, as the browser reports a colour. */
const rgb = (hex: string) => `rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** The texts of the copy's summary sheet row that starts with `STT` (the table's header row). */
async function sheetHeaderRow(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Báo cáo chỉ tiêu')!;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const texts: string[] = [];
    sheet.getRow(r).eachCell((c) => texts.push(String(c.value)));
    if (texts[0] === 'STT') return texts;
  }
  return [];
}

describe('the results table and the print view', () => {
  it('phuc-dong-2020: the sheet’s columns, each status as the CLI gives it, coloured as on the sheet; printed without buttons', async () => {
    const input = resolve(FIXTURES, 'phuc-dong-2020.xlsx');
    const cli = cliReport(input);
    const json = cli.report as unknown as {
      tables: { indicators: { name: string; periods: { status: string }[] }[] }[];
    };
    const { page, errors } = await openFromDisk(ONE_FILE);
    await choose(page, input);
    const table = page.getByTestId('results-table');
    // Laid out once it nears the screen (content-visibility), as a person scrolls to it.
    await table.locator('table').first().scrollIntoViewIfNeeded();
    await expect.poll(() => table.locator('th').first().innerText()).not.toBe('');
    const header = await table.locator('thead tr').first().locator('th').allInnerTexts();
    expect(header.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(
      (await sheetHeaderRow(cli.xlsx)).map((t) => t.replace(/\s+/g, ' ').trim()),
    );
    const rows = table.locator('tbody tr');
    for (const ind of json.tables.flatMap((t) => t.indicators)) {
      // The judged period's status (the last one).
      const status = ind.periods[ind.periods.length - 1].status;
      const label = vi.results.statuses[status as keyof typeof vi.results.statuses];
      const row = rows.filter({ hasText: ind.name }).first();
      const cell = row.locator('td', { hasText: new RegExp(`^${label}$`) });
      await expect(cell.count(), ind.name).resolves.toBe(1);
      const tone = status === 'chua_dat' ? 'bad' : status === 'vuot' || status === 'dat' ? 'good' : null;
      if (tone) {
        expect(await cell.getAttribute('data-tone')).toBe(tone);
        expect(await cell.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(rgb(TONES[tone].fill));
      }
    }

    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) =>
      page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(await visible('button, [role="button"], a[download], input, select')).toBe(0);
    expect(await page.getByTestId('narrative').isVisible()).toBe(true);
    expect(await table.isVisible()).toBe(true);
    // Printed, every row of the table is laid out, near the screen or not.
    const wrappers = table.locator('table').locator('xpath=..');
    const shown = await wrappers.evaluateAll((els) => els.map((e) => getComputedStyle(e).contentVisibility));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((v) => v === 'visible')).toBe(true);
    expect(await page.getByTestId('header-fields').isVisible()).toBe(false);
    const sentence = page.getByTestId('narrative').locator('li').first();
    expect(await sentence.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(0, 0, 0)');
    const toned = table.locator('td[data-tone]').first();
    expect(await toned.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(0, 0, 0)');
    expect(await toned.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    // The table on its own landscape pages (the named page `bang`: A4 landscape).
    expect(await table.evaluate((e) => getComputedStyle(e).getPropertyValue('page'))).toBe('bang');
    expect(errors).toEqual([]);
  }, 180_000);
});
