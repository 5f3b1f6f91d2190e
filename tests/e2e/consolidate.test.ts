/**
 * "Tổng hợp các phường" in the built task pane (Chromium, fake Excel host): a workbook of one sheet
 * per ward; opening the section and clicking "Tổng hợp" writes the district sheet and shows the
 * ranking and the district sentences, as the consolidation computes them.
 */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolidate } from '../../src/core/consolidate/index';
import { DISTRICT_SHEET_NAME } from '../../src/core/consolidate/model';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { wardOfSheet } from '../../src/excel/consolidateInExcel';
import { WARD_SHEETS, wardWorkbook } from '../excel/wardSheets';
import { DIST, ensureAddinBuilt, fixtureGrids, launchChromium, openAddinPage, outPath, serve } from './harness';
import type { OpenedPage } from './harness';

let browser: Browser;
let server: Server;
let base: string;
let wards: Grid[];
const opened: OpenedPage[] = [];

beforeAll(async () => {
  await ensureAddinBuilt();
  ({ url: base, server } = await serve(DIST));
  browser = await launchChromium();
  wards = wardWorkbook(await fixtureGrids('phuc-dong-2020'));
}, 600_000);

afterAll(async () => {
  for (const o of opened) await o.context.close();
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

describe('task pane: Tổng hợp các phường', () => {
  it('clicking "Tổng hợp" writes the district sheet and shows the ranking and the sentences', async () => {
    const o = await openAddinPage(browser, base, 'taskpane.html', { grids: wards });
    opened.push(o);
    const { page } = o;
    await page.getByTestId('tables').or(page.getByTestId('error')).first().waitFor();

    await page.getByRole('button', { name: 'Tổng hợp các phường', exact: true }).click();
    await expect.poll(() => page.getByText('Mỗi trang tính là một phường', { exact: false }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    const ranking = page.getByTestId('district-ranking').locator('li');
    await ranking.first().waitFor();

    const d = consolidate(
      wards.map((g) => {
        const result = runReport([g]);
        if (!result.ok) throw new Error(result.message);
        return { ward: wardOfSheet(g.sheet), result };
      }),
    );
    expect(await ranking.count()).toBe(WARD_SHEETS.length);
    const lines = await ranking.allInnerTexts();
    d.ranking.forEach((e, i) => {
      expect(lines[i]).toContain(`${e.rank}. ${e.ward}`);
      expect(lines[i]).toContain(`${e.met}/${e.total} chỉ tiêu đạt và vượt`);
    });
    const sentences = page.getByTestId('district-sentences').locator('li');
    expect(await sentences.allInnerTexts()).toEqual(d.sentences);
    await expect
      .poll(() => page.getByTestId('district-done').innerText())
      .toBe(`Đã tổng hợp ${WARD_SHEETS.length} phường vào trang "${DISTRICT_SHEET_NAME}".`);

    expect(await page.evaluate(() => window.__chitieu.sheetNames())).toEqual([
      ...WARD_SHEETS.map((w) => w.sheet),
      DISTRICT_SHEET_NAME,
    ]);
    expect(await page.evaluate(() => window.__chitieu.activeSheet())).toBe(DISTRICT_SHEET_NAME);
    // The first ward's first % in the written sheet (row 5, column D) is the consolidation's.
    const [pct] = await page.evaluate(([sheet]) => window.__chitieu.values(sheet, [[4, 3]]), [DISTRICT_SHEET_NAME]);
    expect(pct).toBe(d.indicators[0].cells[0]!.pct);
    expect(await page.getByTestId('error').count()).toBe(0);
    await page.screenshot({ path: outPath('taskpane-district.png'), fullPage: true });
    expect(o.errors).toEqual([]);
    expect(o.blocked).toEqual([]);
  });
});
