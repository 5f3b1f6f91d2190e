/**
 * The ribbon's "Sinh báo cáo" (ExecuteFunction `generateReport`) in the built function file
 * (dist/addin/commands.html) against the fake host: the associated function writes the sheet with
 * the settings saved in the workbook and completes the event exactly once — at once on success,
 * after the message dialog is closed on a refusal or an unexpected failure, at once when no dialog
 * can be opened. The dialog page shows the message and sends `close` back.
 */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { NO_TABLE_MESSAGE } from '../../src/core/index';
import { HOST_TOO_OLD_MESSAGE } from '../../src/excel/runInExcel';
import { SETTINGS_KEY } from '../../src/settings/userSettings';
import { engineRun, expectSheetFigures } from './figures';
import {
  DIST,
  ensureAddinBuilt,
  fixtureGrids,
  launchChromium,
  NAME_LIST,
  openAddinPage,
  outPath,
  serve,
  type OpenedPage,
} from './harness';
import type { FakeSeed } from './host/browserHost';
import { vi } from '../../src/taskpane/i18n/vi';

const REPORT_SHEET = 'Báo cáo chỉ tiêu';

let browser: Browser;
let server: Server;
let base: string;
let phucDong: Grid[];
const opened: OpenedPage[] = [];

beforeAll(async () => {
  await ensureAddinBuilt();
  ({ url: base, server } = await serve(DIST));
  browser = await launchChromium();
  phucDong = await fixtureGrids('phuc-dong-2020');
}, 600_000);

afterAll(async () => {
  for (const o of opened) await o.context.close();
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function openCommands(seed: FakeSeed): Promise<OpenedPage> {
  const o = await openAddinPage(browser, base, 'commands.html', seed);
  opened.push(o);
  await o.page.waitForFunction(() => typeof window.__chitieu?.actions.generateReport === 'function');
  return o;
}

/** Calls the associated function with a fake event, without waiting for it; counts `completed()`. */
async function click(o: OpenedPage) {
  await o.page.evaluate(() => {
    const w = window as unknown as { __completed: number; __run: Promise<unknown> };
    w.__completed = 0;
    w.__run = Promise.resolve(window.__chitieu.actions.generateReport({ completed: () => w.__completed++ }));
  });
}

const completedCount = (o: OpenedPage) =>
  o.page.evaluate(() => (window as unknown as { __completed: number }).__completed);
const dialogs = (o: OpenedPage) =>
  o.page.evaluate(() => window.__chitieu.dialogs.map((d) => ({ url: d.url, closed: d.closed })));

describe('ribbon command "Sinh báo cáo"', () => {
  it('writes the sheet with the workbook settings, shows nothing else, completes once', async () => {
    const settings = {
      [SETTINGS_KEY]: {
        version: 1,
        unitName: 'phường Phúc Đồng',
        narrative: { leadingZero: false, rateGap: 'percent' },
      },
    };
    const o = await openCommands({ grids: phucDong, settings: JSON.stringify(settings) });
    await click(o);
    await expect.poll(() => completedCount(o)).toBe(1);
    expect(await o.page.evaluate(() => window.__chitieu.sheetNames())).toEqual(['Chỉ tiêu 2020', REPORT_SHEET]);
    expect(await o.page.evaluate(() => window.__chitieu.activeSheet())).toBe(REPORT_SHEET);
    const engine = engineRun(phucDong, {
      unitName: 'phường Phúc Đồng',
      narrative: { leadingZero: false, rateGap: 'percent' },
    });
    expect(await expectSheetFigures(o.page, REPORT_SHEET, engine.figureCells)).toBeGreaterThan(10);
    expect(await dialogs(o)).toEqual([]);
    await o.page.waitForTimeout(100);
    expect(await completedCount(o)).toBe(1);
    expect(o.errors).toEqual([]);
    expect(o.blocked).toEqual([]);
  });

  it('uses the settings as saved now: a change the task pane saved after the function file started', async () => {
    const o = await openCommands({ grids: phucDong });
    await o.page.evaluate(
      (key) =>
        window.__chitieu.saveFromOtherRuntime(key, {
          version: 1,
          issuingBody: 'Đảng ủy phường Phúc Đồng',
          superiorBody: 'Đảng bộ quận Long Biên',
        }),
      SETTINGS_KEY,
    );
    await click(o);
    await expect.poll(() => completedCount(o)).toBe(1);
    const texts = await o.page.evaluate((s) => window.__chitieu.texts(s), REPORT_SHEET);
    expect(texts.join('\n')).toContain('ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG');
    expect(o.errors).toEqual([]);
  });

  it('a workbook without a table: the Vietnamese message in a dialog; completed once the dialog is closed', async () => {
    const o = await openCommands({ grids: NAME_LIST });
    await click(o);
    await expect.poll(async () => (await dialogs(o)).length).toBe(1);
    const [d] = await dialogs(o);
    const url = new URL(d.url);
    expect(url.pathname).toBe('/dialog.html');
    expect(url.origin).toBe(new URL(base).origin);
    expect(url.searchParams.get('t')).toBe('Không sinh được báo cáo');
    expect(url.searchParams.get('m')).toBe(NO_TABLE_MESSAGE);
    expect(await completedCount(o)).toBe(0);
    // The dialog's "Đóng" sends `close`: the function closes the dialog, then completes.
    await o.page.evaluate(() => window.__chitieu.dialogs[0].handlers.dialogMessageReceived({ message: 'close' }));
    await expect.poll(() => completedCount(o)).toBe(1);
    expect((await dialogs(o))[0].closed).toBe(true);
    expect(await o.page.evaluate(() => window.__chitieu.sheetNames())).toEqual(['Danh sách']);
    expect(o.errors).toEqual([]);
  });

  it('closing the dialog with its X (DialogEventReceived) completes too', async () => {
    const o = await openCommands({ grids: NAME_LIST });
    await click(o);
    await expect.poll(async () => (await dialogs(o)).length).toBe(1);
    await o.page.evaluate(() => window.__chitieu.dialogs[0].handlers.dialogEventReceived({ error: 12006 }));
    await expect.poll(() => completedCount(o)).toBe(1);
  });

  it('an unexpected failure is shown (not swallowed) and the event still completes', async () => {
    const o = await openCommands({ grids: phucDong, failRunWith: 'An internal error has occurred.' });
    await click(o);
    await expect.poll(async () => (await dialogs(o)).length).toBe(1);
    const m = new URL((await dialogs(o))[0].url).searchParams.get('m');
    // One Vietnamese sentence with the host's code, not its English text.
    expect(m).toBe(vi.errors.unexpected('GeneralException'));
    await o.page.evaluate(() => window.__chitieu.dialogs[0].handlers.dialogMessageReceived({ message: 'close' }));
    await expect.poll(() => completedCount(o)).toBe(1);
  });

  it('when no dialog can be opened, the event completes at once', async () => {
    const o = await openCommands({ grids: NAME_LIST, dialogFails: true });
    await click(o);
    await expect.poll(() => completedCount(o)).toBe(1);
    await o.page.waitForTimeout(100);
    expect(await completedCount(o)).toBe(1);
  });

  it('a host too old (ExcelApi 1.8): the Vietnamese message, nothing written', async () => {
    const o = await openCommands({ grids: phucDong, excelApiMinor: 8 });
    await click(o);
    await expect.poll(async () => (await dialogs(o)).length).toBe(1);
    // Which Excel runs chitieu, and what users of the others do (the command line).
    expect(new URL((await dialogs(o))[0].url).searchParams.get('m')).toBe(HOST_TOO_OLD_MESSAGE);
    expect(HOST_TOO_OLD_MESSAGE).toMatch(
      /Excel 2021, Excel 2024, Microsoft 365.*Excel 2016, Excel 2019.*chitieu\.html/,
    );
    await o.page.evaluate(() => window.__chitieu.dialogs[0].handlers.dialogMessageReceived({ message: 'close' }));
    await expect.poll(() => completedCount(o)).toBe(1);
    expect(await o.page.evaluate(() => window.__chitieu.sheetNames())).toEqual(['Chỉ tiêu 2020']);
  });

  it('the dialog page shows the title and message; "Đóng" (or Escape) sends close to the function file', async () => {
    const url = new URL('dialog.html', base);
    url.searchParams.set('t', 'Không sinh được báo cáo');
    url.searchParams.set('m', NO_TABLE_MESSAGE);
    const o = await openAddinPage(browser, base, url.pathname.slice(1) + url.search, { grids: [] });
    opened.push(o);
    const { page } = o;
    await page.getByRole('button', { name: 'Đóng' }).waitFor();
    expect(await page.getByRole('heading').innerText()).toBe('Không sinh được báo cáo');
    expect(await page.locator('#message').innerText()).toBe(NO_TABLE_MESSAGE);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('close');
    await page.screenshot({ path: outPath('dialog.png') });
    await page.getByRole('button', { name: 'Đóng' }).click();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.__chitieu.parentMessages)).toEqual(['close', 'close']);
    expect(o.errors).toEqual([]);
  });
});
