/**
 * The built web page (dist/web/index.html) in Chromium, served with the add-in from a plain static
 * server under a sub-path (/web/): a ward's workbook chosen on the file input is read in the
 * browser and gives what `chitieu report -o … --docx …` gives — the same counts and sentences on
 * the page, the same workbook copy (every part) and the same Word appendix to download; it works
 * offline once loaded and asks nothing of any other origin; a file that is not a workbook gets the
 * command line's one Vietnamese line and nothing to download; a workbook the package reader steps
 * aside from and the injector cannot edit is read and rebuilt through ExcelJS, as by the CLI.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../../src/core/refusal';
import { vi } from '../../src/taskpane/i18n/vi';
import { REBUILT_NOTICE } from '../../src/workbookFile/write';
import { makeTempDir, nonEmptyLines, runCli } from '../cli/harness';
import { readDocx } from '../docx/readDocx';
import { FIXTURES, outPath, ROOT } from './harness';
import {
  choose,
  cliReport,
  download,
  drop,
  DOCX_STAMP,
  expectSameParts,
  parts,
  servedWebPages,
  sheetsOf,
  type ServedPage,
} from './webHelpers';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;

const served = servedWebPages();

/**
 * The page's Content-Security-Policy, from its built index.html. A `<meta>` policy governs the
 * document only: a worker loaded by URL has the policy its own response carries.
 */
function pagePolicy(): string {
  const html = readFileSync(resolve(ROOT, 'dist/web/index.html'), 'utf8');
  const policy = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1];
  if (!policy) throw new Error('dist/web/index.html has no Content-Security-Policy');
  return policy;
}

/**
 * Opens the page (`servedWebPages`) allowed to use the clipboard; with `workerPolicy`, the worker's
 * script is served with the page's policy as a header, as a host that sends it would, so the worker
 * and the chunks it loads (ExcelJS…) run under it too.
 */
function openWebPage(options: { workerPolicy?: boolean } = {}): Promise<ServedPage> {
  return served.open(async (context, origin) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    if (!options.workerPolicy) return;
    const policy = pagePolicy();
    await context.route(/\/web\/worker\.[^/]*js$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
  });
}

const outside = served.outside;

/**
 * phuc-dong-2020 as a producer may write it that neither of chitieu's own parts handles: a header
 * cell's text in a CDATA section (markup the package reader leaves to ExcelJS) and no styles part
 * (a package the injector cannot edit, so the copy is rebuilt whole).
 */
async function unusualWorkbook(dir: string): Promise<string> {
  return patchedSample(join(dir, 'phuc-dong-khong-kieu.xlsx'), '<v><![CDATA[STT]]></v>', true);
}

/** phuc-dong-2020 with the "STT" header cell's text written as `markup`, and without styles if asked. */
async function patchedSample(path: string, markup: string, withoutStyles: boolean): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(resolve(FIXTURES, 'phuc-dong-2020.xlsx')));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const patched = sheet.replace('t="inlineStr"><is><t>STT</t></is></c>', `t="str">${markup}</c>`);
  expect(patched).not.toBe(sheet);
  zip.file('xl/worksheets/sheet1.xml', patched);
  if (withoutStyles) {
    zip.remove('xl/styles.xml');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship [^>]*\/styles"[^>]*\/>/, ''));
  }
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
  return path;
}

describe('the web page', () => {
  it('phuc-dong-2020, offline once loaded: counts and sentences as the CLI, the same .xlsx copy and .docx appendix', async () => {
    const input = resolve(FIXTURES, 'phuc-dong-2020.xlsx');
    const cli = cliReport(input);
    const w = await openWebPage();
    const { page } = w;
    await expect(page.getByTestId('privacy').innerText()).resolves.toBe(vi.web.privacy);
    await w.context.setOffline(true);
    await choose(page, input);
    expect(await page.getByTestId('error').count()).toBe(0);

    // The counts: each status's badge carries the CLI's count.
    const badges = await page.getByTestId('counts').locator('li').allInnerTexts();
    for (const [status, label] of Object.entries(vi.results.statuses))
      if (status !== 'dang_thuc_hien') expect(badges).toContain(`${label} ${cli.report.counts[status] ?? 0}`);
    // The sentences, in order, each with its "Sao chép".
    const sentences = page.getByTestId('narrative').locator('li');
    await expect.poll(() => sentences.count()).toBe(cli.report.narrative.length);
    expect(await sentences.first().innerText()).toContain(cli.report.narrative[0]);
    await sentences
      .first()
      .getByRole('button', { name: vi.results.copySentence(1) })
      .click();
    await expect.poll(() => page.getByTestId('status').innerText()).toBe(vi.results.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cli.report.narrative[0]);
    // The tables found, as the pane lists them.
    expect(await page.getByTestId('tables').innerText()).toContain('Chỉ tiêu 2020 — dòng 6 đến 22, cột A đến H');

    // The workbook copy: every part of the CLI's -o output, the same bytes uncompressed.
    const xlsx = await download(page, 'download-xlsx');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expectSameParts(xlsx.bytes, cli.xlsx);

    // The appendix: the CLI's document, every figure and sentence in its place.
    const docx = await download(page, 'download-docx');
    expect(docx.name).toMatch(/\.docx$/);
    expectSameParts(docx.bytes, cli.docx, DOCX_STAMP);
    const doc = readDocx(docx.bytes);
    for (const sentence of cli.report.narrative) expect(doc.paragraphs).toContain(sentence);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: outPath('web-page.png') });
    // The README's picture is refreshed on request only, so a test run never dirties the checkout.
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
      copyFileSync(outPath('web-page.png'), resolve(ROOT, 'docs/web-page.png'));
    }
    expect(outside(w.requests)).toEqual([]);
    expect(w.errors).toEqual([]);
  }, 180_000);

  it('the settings (cơ quan ban hành, cấp trên, khối) give the CLI’s --don-vi/--cap-tren/--khoi files, are kept on this computer; unticking the only table refuses', async () => {
    const input = resolve(FIXTURES, 'phuc-dong-2020.xlsx');
    const [issuing, superior] = ['Đảng ủy phường Phúc Đồng', 'Đảng bộ quận Long Biên'];
    const cli = cliReport(input, ['--don-vi', issuing, '--cap-tren', superior, '--khoi', 'chinh-quyen']);
    const w = await openWebPage();
    const { page } = w;
    await page.getByRole('button', { name: vi.settings.title, exact: true }).click();
    await page.getByLabel(vi.settings.issuingBody).fill(issuing);
    await page.getByLabel(vi.settings.superiorBody).fill(superior);
    await page.getByRole('radio', { name: vi.settings.state }).check();
    await page.getByRole('button', { name: vi.settings.save }).click();
    await expect.poll(() => page.getByTestId('status').innerText()).toBe(vi.web.savedHere);
    await choose(page, input);
    const sentences = await page.getByTestId('narrative').locator('li').allInnerTexts();
    expect(sentences).toHaveLength(cli.report.narrative.length);
    cli.report.narrative.forEach((sentence, k) => expect(sentences[k]).toContain(sentence));
    expectSameParts((await download(page, 'download-xlsx')).bytes, cli.xlsx);
    expectSameParts((await download(page, 'download-docx')).bytes, cli.docx, DOCX_STAMP);

    // Unticking the only table: the engine's refusal, nothing to download; the list stays to tick it again.
    await page.getByTestId('tables').getByRole('checkbox').uncheck();
    await page.getByTestId('error').waitFor();
    await page.locator('main[aria-busy="false"]').waitFor();
    expect(await page.getByTestId('error').innerText()).toContain(refusalMessage('no-table-selected'));
    expect(await page.getByTestId('download-xlsx').count()).toBe(0);
    expect(await page.getByTestId('tables').getByRole('checkbox').count()).toBe(1);

    await page.reload();
    await page.getByRole('button', { name: vi.settings.title, exact: true }).click();
    await expect(page.getByLabel(vi.settings.issuingBody).inputValue()).resolves.toBe(issuing);
    expect(outside(w.requests)).toEqual([]);
    expect(w.errors).toEqual([]);
  }, 180_000);

  it('typing the settings with the keyboard: no field disabled or run while typing, what was typed is kept and applied once typing pauses', async () => {
    const input = resolve(FIXTURES, 'phuc-dong-2020.xlsx');
    const w = await openWebPage();
    const { page } = w;
    await choose(page, input);
    await page.getByRole('button', { name: vi.settings.title, exact: true }).click();
    // The settings form's fields (the header fields above it have their own).
    const form = page.getByRole('form', { name: vi.settings.title });
    const unit = form.getByLabel(vi.settings.unitName);
    const superior = form.getByLabel(vi.settings.superiorBody);
    const runs = () => page.evaluate(() => document.querySelector('main')?.getAttribute('aria-busy'));
    await unit.click();
    await page.keyboard.type('phường Phúc Đồng', { delay: 40 });
    await page.keyboard.press('Tab');
    // Leaving a field runs nothing: the page is not busy, the next field has the focus and takes keys.
    expect(await runs()).toBe('false');
    await page.keyboard.type('Đảng bộ quận Long Biên', { delay: 40 });
    // Typing paused: the report runs again with both settings, the fields stay usable, the focus stays.
    await expect
      .poll(() => page.getByTestId('narrative').locator('li').first().innerText(), { timeout: 90_000 })
      .toContain('Năm 2020 phường Phúc Đồng được quận giao');
    expect(await unit.isEnabled()).toBe(true);
    expect(await superior.isEnabled()).toBe(true);
    expect(await unit.inputValue()).toBe('phường Phúc Đồng');
    expect(await superior.inputValue()).toBe('Đảng bộ quận Long Biên');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-setting'))).toBe('superiorBody');
    await page.locator('main[aria-busy="false"]').waitFor();
    expect(w.errors).toEqual([]);
  }, 180_000);

  it('an indicator’s direction chosen on the page: marked as guessed, re-run with the choice as --giam-la-tot, kept by name after a reload', async () => {
    const dir = makeTempDir();
    const input = join(dir, 'ho-so-qua-han.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Năm 2024');
    ws.addRow(['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Thực hiện năm 2024']);
    ws.addRow([1, 'Thu ngân sách', 'triệu đồng', 100, 120]);
    ws.addRow([2, 'Số hồ sơ trả kết quả quá hạn', 'hồ sơ', 5, 2]);
    await wb.xlsx.writeFile(input);
    const guessed = cliReport(input).report.narrative;
    const chosen = cliReport(input, ['--giam-la-tot', 'Số hồ sơ trả kết quả quá hạn']).report.narrative;
    expect(chosen).not.toEqual(guessed);
    const w = await openWebPage();
    const { page } = w;
    const sentences = () => page.getByTestId('narrative').locator('li').allInnerTexts();
    const same = (want: string[]) => async () => {
      const got = await sentences();
      return got.length === want.length && want.every((s, k) => got[k].includes(s));
    };
    await choose(page, input);
    expect(await same(guessed)()).toBe(true);
    await page.getByRole('button', { name: vi.indicators.title, exact: true }).click();
    const row = page.locator('[data-indicator="Năm 2024!3"]');
    await expect(row.getByTestId('inferred').innerText()).resolves.toBe(vi.indicators.inferred);
    await row.locator('select').selectOption('decrease');
    await expect.poll(same(chosen), { timeout: 90_000 }).toBe(true);
    await expect(row.innerText()).resolves.toContain(vi.indicators.overridden);

    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor();
    await choose(page, input);
    expect(await same(chosen)()).toBe(true);
    expect(outside(w.requests)).toEqual([]);
    expect(w.errors).toEqual([]);
  }, 180_000);

  it('a TCVN3 workbook dropped on the page: the page says what was decoded, as the CLI reports it', async () => {
    const input = resolve(FIXTURES, 'ngoc-thuy-2012-tcvn3.xlsx');
    const cli = cliReport(input);
    const w = await openWebPage();
    await drop(w.page, input);
    const decoded = nonEmptyLines(cli.stdout).filter((l) => l.startsWith('Đã chuyển mã TCVN3 sang Unicode'));
    expect(decoded).toHaveLength(1);
    const warning = w.page
      .getByRole('alert')
      .or(w.page.locator('.fui-MessageBar'))
      .filter({ hasText: vi.results.warnings });
    expect(await warning.first().innerText()).toContain(decoded[0]);
    const sentences = await w.page.getByTestId('narrative').locator('li').allInnerTexts();
    cli.report.narrative.forEach((s, i) => expect(sentences[i]).toContain(s));
    expect(outside(w.requests)).toEqual([]);
  }, 180_000);

  it.skipIf(!hasSoffice)(
    '.xls and .ods made by LibreOffice: converted in the page as by the CLI, an .xlsx to download',
    async () => {
      const dir = makeTempDir();
      const source = join(dir, 'phuc-dong-2020.xlsx');
      copyFileSync(resolve(FIXTURES, 'phuc-dong-2020.xlsx'), source);
      const w = await openWebPage();
      for (const format of ['xls', 'ods']) {
        const run = spawnSync('soffice', ['--headless', '--convert-to', format, '--outdir', dir, source], {
          timeout: 180_000,
          env: { ...process.env, HOME: dir },
        });
        expect(run.status, String(run.stderr)).toBe(0);
        const input = join(dir, `phuc-dong-2020.${format}`);
        const cli = cliReport(input);
        await choose(w.page, input);
        const sentences = await w.page.getByTestId('narrative').locator('li').allInnerTexts();
        cli.report.narrative.forEach((s, i) => expect(sentences[i]).toContain(s));
        const converted = nonEmptyLines(cli.stdout).find((l) => l.includes(`sổ .${format} đã được chuyển sang .xlsx`));
        expect(converted, cli.stdout).toBeDefined();
        expect(await w.page.locator('main').innerText()).toContain(converted);
        const xlsx = await download(w.page, 'download-xlsx');
        expect(xlsx.name).toBe('phuc-dong-2020 - chitieu.xlsx');
        expect(parts(xlsx.bytes).has('xl/workbook.xml')).toBe(true);
      }
      expect(outside(w.requests)).toEqual([]);
    },
    600_000,
  );

  it('a text file renamed .xlsx: the CLI’s one Vietnamese line, nothing to download', async () => {
    const file = join(makeTempDir(), 'danh-sach.xlsx');
    writeFileSync(file, 'Họ và tên,Năm sinh\nNguyễn Văn An,1965\n');
    const cliLine = nonEmptyLines(runCli(['report', file]).stderr);
    expect(cliLine).toHaveLength(1);
    const w = await openWebPage();
    await choose(w.page, file);
    expect(await w.page.getByTestId('error').innerText()).toContain(cliLine[0]);
    expect(await w.page.getByTestId('download-xlsx').count()).toBe(0);
    expect(await w.page.getByTestId('download-docx').count()).toBe(0);
    expect(await w.page.getByTestId('results').count()).toBe(0);
    expect(outside(w.requests)).toEqual([]);
  }, 180_000);
  it('a workbook with CDATA and no styles part, offline: read and rebuilt through ExcelJS in the page as by the CLI, with its notice', async () => {
    const input = await unusualWorkbook(makeTempDir());
    const cli = cliReport(input);
    const rebuilt = nonEmptyLines(cli.stdout).filter((l) => l === REBUILT_NOTICE);
    expect(rebuilt, cli.stdout).toHaveLength(1);
    // ExcelJS' browser build runs under the page's policy (no 'unsafe-eval'), in the worker too.
    const w = await openWebPage({ workerPolicy: true });
    // ExcelJS' chunk was fetched at load: the page needs no network for it.
    await w.context.setOffline(true);
    await choose(w.page, input);
    expect(await w.page.getByTestId('error').count()).toBe(0);
    const sentences = await w.page.getByTestId('narrative').locator('li').allInnerTexts();
    expect(sentences).toHaveLength(cli.report.narrative.length);
    cli.report.narrative.forEach((s, i) => expect(sentences[i]).toContain(s));
    const badges = await w.page.getByTestId('counts').locator('li').allInnerTexts();
    for (const [status, label] of Object.entries(vi.results.statuses))
      if (status !== 'dang_thuc_hien') expect(badges).toContain(`${label} ${cli.report.counts[status] ?? 0}`);
    expect(await w.page.locator('main').innerText()).toContain(rebuilt[0]);
    // The rebuilt copy: the CLI's -o output sheet for sheet, every value and formula.
    const xlsx = await download(w.page, 'download-xlsx');
    expect(xlsx.name).toBe('phuc-dong-khong-kieu - chitieu.xlsx');
    const [page, command] = [await sheetsOf(xlsx.bytes), await sheetsOf(cli.xlsx)];
    expect(page.map((s) => s.name)).toEqual(['Chỉ tiêu 2020', 'Báo cáo chỉ tiêu']);
    expect(page).toEqual(command);
    expect(outside(w.requests)).toEqual([]);
    expect(w.errors).toEqual([]);
  }, 180_000);
  it('an undefined entity (&nbsp;) in a cell, which ExcelJS cannot read either: the CLI’s one "broken" line on the page', async () => {
    const input = await patchedSample(join(makeTempDir(), 'phuc-dong-thuc-the.xlsx'), '<v>&nbsp;</v>', false);
    const cliLine = nonEmptyLines(runCli(['report', input]).stderr);
    expect(cliLine).toHaveLength(1);
    expect(cliLine[0]).toContain('bị hỏng');
    const w = await openWebPage();
    await choose(w.page, input);
    expect(await w.page.getByTestId('error').innerText()).toContain(cliLine[0]);
    expect(await w.page.getByTestId('download-xlsx').count()).toBe(0);
    expect(outside(w.requests)).toEqual([]);
  }, 180_000);
});
