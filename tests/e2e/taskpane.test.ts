/**
 * The built task pane (dist/addin/taskpane.html) in Chromium against the fake Excel host: it lists
 * the workbook's tables on opening, "Sinh báo cáo" writes the summary sheet whose figures equal the
 * engine's and shows the counts, sentences and findings; a finding's button selects its cell;
 * unticked tables and direction overrides are saved in the workbook and change the report; a
 * workbook without an indicator table shows one Vietnamese error; the pane follows a dark Office
 * theme; everything is reachable by keyboard and labelled.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_TABLE_MESSAGE, tableKey } from '../../src/core/index';
import type { Grid } from '../../src/core/grid';
import type { UserSettings } from '../../src/settings';
import { SETTINGS_KEY } from '../../src/settings/userSettings';
import { engineRun, expectSheetFigures } from './figures';
import {
  ensureAddinBuilt,
  fixtureGrids,
  launchChromium,
  NAME_LIST,
  openAddinPage,
  outPath,
  ROOT,
  serve,
  DIST,
  type OpenedPage,
} from './harness';
import type { FakeSeed } from './host/browserHost';
import { vi } from '../../src/taskpane/i18n/vi';

const REPORT_SHEET = 'Báo cáo chỉ tiêu';

let browser: Browser;
let server: Server;
let base: string;
let phucDong: Grid[];
let ducGiang: Grid[];
const opened: OpenedPage[] = [];

beforeAll(async () => {
  await ensureAddinBuilt();
  ({ url: base, server } = await serve(DIST));
  browser = await launchChromium();
  [phucDong, ducGiang] = await Promise.all([fixtureGrids('phuc-dong-2020'), fixtureGrids('duc-giang-2015-2020')]);
}, 600_000);

afterAll(async () => {
  for (const o of opened) await o.context.close();
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function openPane(seed: FakeSeed): Promise<OpenedPage> {
  const o = await openAddinPage(browser, base, 'taskpane.html', seed);
  opened.push(o);
  return o;
}

/** The pane has finished its opening analysis (tables listed, or the error shown). */
/** The texts of the report sheet's header block (its first 6 rows, 12 columns), joined. */
async function reportHeaderText(page: Page): Promise<string> {
  const block: [number, number][] = [];
  for (let r = 0; r < 6; r++) for (let c = 0; c < 12; c++) block.push([r, c]);
  const values = await page.evaluate(([sheet, at]) => window.__chitieu.values(sheet, at), [REPORT_SHEET, block] as [
    string,
    [number, number][],
  ]);
  return values.join(' ');
}

async function analysed(o: OpenedPage) {
  await o.page.getByTestId('tables').or(o.page.getByTestId('error')).first().waitFor();
}

function counts(o: OpenedPage) {
  return o.page.getByTestId('counts').locator('li').allInnerTexts();
}

describe('task pane against the fake Excel host', () => {
  it('phuc-dong-2020: lists the table, generates the sheet (figures = engine), shows counts, sentences and findings', async () => {
    const o = await openPane({ grids: phucDong });
    const { page } = o;
    await analysed(o);
    const tables = page.getByTestId('tables').locator('li');
    await expect.poll(() => tables.count()).toBe(1);
    const text = await tables.first().innerText();
    expect(text).toContain('Chỉ tiêu 2020 — dòng 6 đến 22, cột A đến H');
    expect(text).toContain('12 chỉ tiêu');
    expect(text).toContain('Kỳ: 2020');
    await expect.poll(() => tables.first().getByRole('checkbox').isChecked()).toBe(true);
    // Nothing was written by the analysis.
    expect(await page.evaluate(() => window.__chitieu.sheetNames())).toEqual(['Chỉ tiêu 2020']);
    await page.screenshot({ path: outPath('taskpane-before.png'), fullPage: true });

    await page.getByRole('button', { name: 'Sinh báo cáo' }).click();
    await page.getByTestId('results').waitFor();
    expect(await counts(o)).toEqual(['Vượt 7', 'Đạt 5', 'Chưa đạt 0', 'Không đánh giá 0']);
    await expect.poll(() => page.getByText('Đã tạo trang "Báo cáo chỉ tiêu".').isVisible()).toBe(true);
    // Focus lands on the results for keyboard and screen-reader users.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chitieu-results-heading');

    // The sheet in the fake workbook: written, active, figures equal to the engine's.
    expect(await page.evaluate(() => window.__chitieu.sheetNames())).toEqual(['Chỉ tiêu 2020', REPORT_SHEET]);
    expect(await page.evaluate(() => window.__chitieu.activeSheet())).toBe(REPORT_SHEET);
    const engine = engineRun(phucDong);
    expect(await expectSheetFigures(page, REPORT_SHEET, engine.figureCells)).toBeGreaterThan(10);

    // Sentences, each with its copy button, and "copy all".
    const sentences = page.getByTestId('narrative').locator('li');
    await expect.poll(() => sentences.count()).toBe(engine.report.narrative.length);
    expect(await sentences.first().innerText()).toContain(engine.report.narrative[0]);
    await page.getByRole('button', { name: 'Sao chép câu 2' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(engine.report.narrative[1]);
    await expect.poll(() => page.getByTestId('status').innerText()).toBe('Đã sao chép vào bộ nhớ tạm.');
    await page.getByRole('button', { name: 'Sao chép tất cả' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(engine.report.narrative.join('\n'));

    // The finding (G15, the typed 103,2%) selects its cell on its sheet.
    const finding = engine.report.checks[0];
    expect(finding).toMatchObject({ sheet: 'Chỉ tiêu 2020', cell: 'G15' });
    const checks = page.getByTestId('checks').locator('li');
    expect(await checks.count()).toBe(engine.report.checks.length);
    expect(await checks.first().innerText()).toContain(finding.message);
    await page.getByRole('button', { name: 'Chọn ô G15 trên trang Chỉ tiêu 2020' }).click();
    await expect
      .poll(() => page.evaluate(() => window.__chitieu.selection()))
      .toEqual({ sheet: 'Chỉ tiêu 2020', address: 'G15' });
    expect(await page.evaluate(() => window.__chitieu.activeSheet())).toBe('Chỉ tiêu 2020');
    await expect.poll(() => page.getByTestId('status').innerText()).toBe('Đã chọn ô G15 trên trang Chỉ tiêu 2020.');

    // The settings used were saved in the workbook.
    const saved = await page.evaluate(() => window.__chitieu.persistedSettings());
    // No block chosen: the header's block is the workbook's.
    expect(saved[SETTINGS_KEY]).toMatchObject({ version: 2 });
    expect(saved[SETTINGS_KEY]).not.toHaveProperty('bodyType');

    expect(await page.getByTestId('error').count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: outPath('taskpane-after.png'), fullPage: true });
    // The README's picture is refreshed on request only, so a test run never dirties the checkout.
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
      copyFileSync(outPath('taskpane-after.png'), resolve(ROOT, 'docs/taskpane.png'));
    }
    expect(o.errors).toEqual([]);
    expect(o.blocked).toEqual([]);
  });

  it('a mid-term review: the counts show Đang thực hiện and the outlook; each indicator its basis and outlook', async () => {
    const grids = await fixtureGrids('giang-bien-giua-nhiem-ky-2020-2025');
    const o = await openPane({ grids });
    const { page } = o;
    await analysed(o);
    await page.getByRole('button', { name: 'Kiểu và chiều đánh giá chỉ tiêu' }).click();
    const members = page.locator('[data-indicator="Sơ kết giữa nhiệm kỳ!10"]');
    expect(await members.innerText()).toContain('Kết nạp đảng viên mới');
    expect(await members.innerText()).toContain('Đánh giá theo tổng cộng');
    expect(await members.innerText()).toContain('Khả năng hoàn thành: Có khả năng đạt');
    const poverty = page.locator('[data-indicator="Sơ kết giữa nhiệm kỳ!16"]');
    expect(await poverty.innerText()).toContain('Đánh giá theo số mới nhất');
    expect(await poverty.innerText()).toContain('Khả năng hoàn thành: Đã đạt');

    await page.getByRole('button', { name: 'Sinh báo cáo' }).click();
    await page.getByTestId('results').waitFor();
    expect(await counts(o)).toEqual(['Vượt 4', 'Đạt 2', 'Đang thực hiện 5', 'Chưa đạt 0', 'Không đánh giá 0']);
    expect(await page.getByText('Sau 3,5/5 năm của nhiệm kỳ').isVisible()).toBe(true);
    expect(await page.getByTestId('outlook').locator('li').allInnerTexts()).toEqual([
      'Đã đạt 6',
      'Có khả năng đạt 2',
      'Khó đạt 3',
    ]);
    expect(o.errors).toEqual([]);
  });

  it('a report sheet edited since generation: the pane asks; "Giữ lại" writes nothing, "Thay thế" replaces', async () => {
    const o = await openPane({ grids: phucDong });
    const { page } = o;
    await analysed(o);
    const generate = page.getByRole('button', { name: 'Sinh báo cáo' });
    await generate.click();
    await page.getByTestId('results').waitFor();
    // The user types into the report sheet (through office-js, as Excel would record it).
    await page.evaluate(async (sheet) => {
      const context = window.__chitieu.fake.newContext();
      context.workbook.worksheets.getItem(sheet).getRange('B8').values = [['sửa tay']];
      await context.sync();
    }, REPORT_SHEET);
    const edited = () => page.evaluate((sheet) => window.__chitieu.values(sheet, [[7, 1]])[0], REPORT_SHEET);
    expect(await edited()).toBe('sửa tay');

    await generate.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(
      'Trang “Báo cáo chỉ tiêu” đã được sửa sau lần tạo trước. Thay thế bằng báo cáo mới?',
    );
    await dialog.getByRole('button', { name: 'Giữ lại' }).click();
    await expect
      .poll(() => page.getByTestId('error').innerText())
      .toContain('Đã hủy: trang báo cáo cũ có chỉnh sửa nên chưa được thay thế.');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await edited()).toBe('sửa tay');
    expect(await page.evaluate(() => window.__chitieu.sheetNames())).toEqual(['Chỉ tiêu 2020', REPORT_SHEET]);

    await generate.click();
    await dialog.getByRole('button', { name: 'Thay thế' }).click();
    await expect.poll(() => page.getByText('Đã tạo trang "Báo cáo chỉ tiêu".').isVisible()).toBe(true);
    expect(await edited()).not.toBe('sửa tay');
    expect(await page.evaluate(() => window.__chitieu.sheetNames())).toEqual(['Chỉ tiêu 2020', REPORT_SHEET]);
    expect(await expectSheetFigures(page, REPORT_SHEET, engineRun(phucDong).figureCells)).toBeGreaterThan(10);
  });

  it('an unticked table is saved in the workbook and left out of the report', async () => {
    const grids = [...phucDong, ...ducGiang];
    const o = await openPane({ grids });
    const { page } = o;
    await analysed(o);
    const tables = page.getByTestId('tables').locator('li');
    await expect.poll(() => tables.count()).toBe(2);
    const term = engineRun(ducGiang).report.tables[0];
    await page.getByRole('checkbox', { name: /Nhiệm kỳ 2015-2020 — dòng 5 đến 14, cột A đến O/ }).click();
    await expect
      .poll(() => page.evaluate(() => window.__chitieu.persistedSettings()))
      .toMatchObject({
        [SETTINGS_KEY]: { excludedTables: [tableKey(term)] },
      });
    await page.getByRole('button', { name: 'Sinh báo cáo' }).click();
    await page.getByTestId('results').waitFor();
    expect(await counts(o)).toEqual(['Vượt 7', 'Đạt 5', 'Chưa đạt 0', 'Không đánh giá 0']);
    const engine = engineRun(grids, { excludedTables: [tableKey(term)] });
    expect(await expectSheetFigures(page, REPORT_SHEET, engine.figureCells)).toBeGreaterThan(10);
    expect(o.errors).toEqual([]);
  });

  it('a direction override (Giảm là tốt) is saved and changes the assessment; typed kinds are shown in Vietnamese', async () => {
    const o = await openPane({ grids: phucDong });
    const { page } = o;
    await analysed(o);
    await page.getByRole('button', { name: 'Kiểu và chiều đánh giá chỉ tiêu' }).click();
    const row = page.locator('[data-indicator="Chỉ tiêu 2020!8"]');
    expect(await row.innerText()).toContain('Thu ngân sách');
    expect(await row.innerText()).toContain('Số tiền');
    const rate = page.locator('[data-indicator="Chỉ tiêu 2020!11"]');
    expect(await rate.innerText()).toContain('Tỷ lệ');
    const select = page.getByRole('combobox', { name: /^Thu ngân sách/ });
    expect(await select.inputValue()).toBe('increase');
    await select.selectOption({ label: 'Giảm là tốt' });
    await expect
      .poll(() => page.evaluate(() => window.__chitieu.persistedSettings()))
      .toMatchObject({
        [SETTINGS_KEY]: { directionOverrides: { 'Chỉ tiêu 2020!8': 'decrease' } },
      });
    await expect.poll(() => row.innerText()).toContain('đã chỉnh');
    await page.screenshot({ path: outPath('taskpane-indicators.png'), fullPage: true });

    const engine = engineRun(phucDong, { directionOverrides: { 'Chỉ tiêu 2020!8': 'decrease' } });
    const c = engine.report.counts;
    expect(c.vuot).toBe(6);
    await page.getByRole('button', { name: 'Sinh báo cáo' }).click();
    await page.getByTestId('results').waitFor();
    expect(await counts(o)).toEqual([
      `Vượt ${c.vuot}`,
      `Đạt ${c.dat}`,
      `Chưa đạt ${c.chua_dat}`,
      `Không đánh giá ${c.khong_danh_gia}`,
    ]);
    expect(await expectSheetFigures(page, REPORT_SHEET, engine.figureCells)).toBeGreaterThan(10);

    // "Trả về tự động" drops the override.
    await page.getByRole('button', { name: 'Trả chiều đánh giá của chỉ tiêu Thu ngân sách về tự động' }).click();
    await expect.poll(() => select.inputValue()).toBe('increase');
    await expect
      .poll(() => page.evaluate(() => window.__chitieu.persistedSettings()))
      .toMatchObject({ [SETTINGS_KEY]: { directionOverrides: {} } });
    expect(o.errors).toEqual([]);
  });

  it('settings typed in the pane are saved in the workbook and appear in the sheet header', async () => {
    const o = await openPane({ grids: phucDong });
    const { page } = o;
    await analysed(o);
    await page.getByRole('button', { name: 'Thiết lập', exact: true }).click();
    // The settings form's fields (the header fields, open above it, have their own).
    const form = page.getByRole('form', { name: 'Thiết lập' });
    await form.getByLabel('Tên đơn vị (trong lời nhận xét)').fill('phường Phúc Đồng');
    await form.getByLabel('Cơ quan cấp trên').fill('Đảng bộ quận Long Biên');
    await form.getByLabel('Cơ quan ban hành').fill('Đảng ủy phường Phúc Đồng');
    await form.getByLabel('Địa danh (dòng ngày tháng)').fill('Phúc Đồng');
    await form.getByRole('radio', { name: 'Khối chính quyền' }).check();
    await page.getByRole('switch', { name: /Viết số 0 đứng trước/ }).uncheck();
    await page.getByRole('radio', { name: /phần trăm truyền thống/ }).check();
    await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
    await expect.poll(() => page.getByTestId('status').innerText()).toBe('Đã lưu thiết lập vào sổ.');
    await page.screenshot({ path: outPath('taskpane-settings.png'), fullPage: true });
    const expected: Partial<UserSettings> = {
      unitName: 'phường Phúc Đồng',
      superiorBody: 'Đảng bộ quận Long Biên',
      issuingBody: 'Đảng ủy phường Phúc Đồng',
      place: 'Phúc Đồng',
      bodyType: 'state',
      narrative: { leadingZero: false, rateGap: 'percent' },
    };
    await expect
      .poll(() => page.evaluate(() => window.__chitieu.persistedSettings()))
      .toMatchObject({ [SETTINGS_KEY]: expected });

    await page.getByRole('button', { name: 'Sinh báo cáo' }).click();
    await page.getByTestId('results').waitFor();
    const engine = engineRun(phucDong, expected);
    expect(await page.getByTestId('narrative').locator('li').first().innerText()).toContain(engine.report.narrative[0]);
    const header = await reportHeaderText(page);
    expect(header).toContain('ĐẢNG BỘ QUẬN LONG BIÊN');
    expect(header).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(o.errors).toEqual([]);
  });

  it.each([
    [
      'a party workbook',
      'phuc-dong-2020',
      ['Đảng bộ quận Long Biên', 'Đảng ủy phường Phúc Đồng', 'Phúc Đồng'],
      'ĐẢNG CỘNG SẢN VIỆT NAM',
    ],
    [
      'a UBND workbook',
      'thuong-thanh-9-thang-2024-uoc-ca-nam',
      ['UBND quận Long Biên', 'UBND phường Thượng Thanh', 'Thượng Thanh'],
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ],
  ])(
    '%s, no settings: the header read from the workbook is shown before "Sinh báo cáo", and written',
    async (_, name, [superior, issuing, place], motto) => {
      const o = await openPane({ grids: await fixtureGrids(name) });
      const { page } = o;
      await analysed(o);
      const fields = page.getByTestId('header-fields');
      const line = (field: string) => fields.locator(`input[data-header="${field}"]`);
      await line('issuingBody').waitFor();
      for (const [field, value] of [
        ['superiorBody', superior],
        ['issuingBody', issuing],
        ['place', place],
      ]) {
        expect(await line(field).inputValue(), field).toBe(value);
        expect(await line(field).getAttribute('data-source'), field).toBe('workbook');
      }
      await page.getByRole('button', { name: 'Sinh báo cáo' }).click();
      await page.getByTestId('results').waitFor();
      const header = await reportHeaderText(page);
      for (const text of [motto, superior.toUpperCase(), issuing.toUpperCase()]) expect(header).toContain(text);
      expect(o.errors).toEqual([]);
    },
  );

  it('a workbook without an indicator table (a list of names) shows one Vietnamese error and writes nothing', async () => {
    const o = await openPane({ grids: NAME_LIST });
    const { page } = o;
    await analysed(o);
    const bar = page.getByTestId('error');
    await expect.poll(() => bar.innerText()).toContain(NO_TABLE_MESSAGE);
    await page.getByRole('button', { name: 'Sinh báo cáo' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Sinh báo cáo' }).isEnabled()).toBe(true);
    await expect.poll(() => bar.innerText()).toContain(NO_TABLE_MESSAGE);
    expect(await page.getByTestId('error').count()).toBe(1);
    expect(await page.getByTestId('results').count()).toBe(0);
    expect(await page.evaluate(() => window.__chitieu.sheetNames())).toEqual(['Danh sách']);
    await page.screenshot({ path: outPath('taskpane-error.png'), fullPage: true });
    // Dismissable by keyboard.
    await page.getByRole('button', { name: 'Đóng thông báo' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('error').count()).toBe(0);
    expect(o.errors).toEqual([]);
  });

  it('an unexpected host failure is shown once in the MessageBar, not swallowed', async () => {
    const o = await openPane({ grids: phucDong, failRunWith: 'An internal error has occurred.' });
    const { page } = o;
    await analysed(o);
    // One Vietnamese sentence with the host's code, not its English text.
    await expect.poll(() => page.getByTestId('error').innerText()).toContain(vi.errors.unexpected('GeneralException'));
    expect(await page.getByTestId('error').innerText()).not.toContain('internal error');
    expect(await page.getByTestId('error').count()).toBe(1);
    // The next run works (the failure was one-off).
    await page.getByRole('button', { name: 'Phân tích' }).click();
    await page.getByTestId('tables').waitFor();
    await expect.poll(() => page.getByTestId('error').count()).toBe(0);
  });

  it('keyboard only: Tab reaches "Sinh báo cáo" first, Enter generates; every control has a label', async () => {
    const o = await openPane({ grids: phucDong });
    const { page } = o;
    await analysed(o);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sinh báo cáo');
    await page.keyboard.press('Enter');
    await page.getByTestId('results').waitFor();
    expect(await counts(o)).toEqual(['Vượt 7', 'Đạt 5', 'Chưa đạt 0', 'Không đánh giá 0']);
    // Open every section, then look for a control without an accessible name.
    for (const name of ['Kiểu và chiều đánh giá chỉ tiêu', 'Thiết lập'])
      await page.getByRole('button', { name, exact: true }).click();
    const unlabelled = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll<HTMLElement>(
          'button, input, select, textarea, [role="checkbox"], [role="switch"], [role="radio"]',
        ),
      )
        .filter((el) => {
          const labelled =
            (el as HTMLInputElement).labels?.length ||
            el.getAttribute('aria-label') ||
            el.getAttribute('aria-labelledby');
          return !labelled && !(el.textContent ?? '').trim();
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(unlabelled).toEqual([]);
    // Progress and results are announced.
    expect(await page.locator('[aria-live="polite"]').count()).toBeGreaterThanOrEqual(2);
  });

  it('while generating: the button is busy, the ProgressBar and the step names are shown and announced', async () => {
    const o = await openPane({ grids: phucDong, syncDelayMs: 400 });
    const { page } = o;
    await analysed(o);
    await page.getByRole('button', { name: 'Sinh báo cáo' }).click();
    const bar = page.getByRole('progressbar', { name: 'Tiến độ' });
    await bar.waitFor();
    await expect.poll(() => page.getByTestId('progress-text').innerText()).toBe('Bước 1/3: Đang đọc các trang tính…');
    expect(await page.getByRole('button', { name: 'Sinh báo cáo' }).getAttribute('aria-disabled')).toBe('true');
    await page.screenshot({ path: outPath('taskpane-progress.png'), fullPage: true });
    await expect
      .poll(() => page.getByTestId('progress-text').innerText(), { timeout: 10_000 })
      .toBe('Bước 3/3: Đang ghi trang báo cáo…');
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0.5);
    await page.getByTestId('results').waitFor();
    expect(await page.getByRole('progressbar', { name: 'Tiến độ' }).count()).toBe(0);
    expect(await page.getByTestId('progress-text').getAttribute('aria-live')).toBe('polite');
    expect(o.errors).toEqual([]);
  });

  it('follows a dark Office theme (webDarkTheme)', async () => {
    const o = await openPane({
      grids: phucDong,
      officeTheme: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#ffffff' },
    });
    const { page } = o;
    await analysed(o);
    const bg = await page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await page.screenshot({ path: outPath('taskpane-dark.png'), fullPage: true });
    const light = await openPane({ grids: phucDong, officeTheme: { bodyBackgroundColor: '#ffffff' } });
    await analysed(light);
    const lightBg = await light.page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(lightBg).toBe('rgb(255, 255, 255)');
  });
});
