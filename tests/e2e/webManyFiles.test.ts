/**
 * Many files on the built web page (Chromium, served under /web/), each checked against the command
 * line run on the same files:
 * - one ward's five yearly workbooks chosen at once: the page proposes "Ghép nhiệm kỳ từ các file
 *   năm" and gives what `chitieu nhiem-ky` gives — the sentences, the new workbook (every part), the
 *   Word appendix and the draft báo cáo;
 * - this year's workbook with last year's file chosen beside it: what `chitieu report --cung-ky`
 *   gives;
 * - the 14 ward workbooks of the test district dropped on the page at once: proposed as many wards,
 *   consolidated in the district section into the workbook `chitieu consolidate -o` writes (every
 *   part but its time stamp, every cell's value) and its sentences;
 * - wards reporting two different years: said and ranked as two groups, as by `chitieu consolidate`.
 * Every control the page shows on the way is reachable and has an accessible name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { gridWorkbook } from '../../src/xlsx/gridWorkbook';
import { makeTempDir, runCli } from '../cli/harness';
import { LAST_YEAR, thisYear } from '../cli/lastYear';
import { NAME_LIST, specOf, TEXT_FILE, WARDS, writeDistrict } from '../consolidate/district';
import { writeWard } from '../consolidate/wardWorkbooks';
import { splitTerm } from '../term/split';
import { fixtureGrids, outPath } from './harness';
import {
  cliReport,
  download,
  DOCX_STAMP,
  draftParts,
  dropFiles,
  expectSameParts,
  finished,
  servedWebPages,
  sheetsOf,
} from './webHelpers';

const { open: openWebPage, outside } = servedWebPages();

/** The same draft but for the times each package stamps (the document's, an embedded workbook's). */
function expectSameDraft(got: Uint8Array, want: Uint8Array): void {
  const [a, b] = [draftParts(got), draftParts(want)];
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [name, text] of b) if (!name.endsWith('docProps/core.xml')) expect(a.get(name), name).toBe(text);
}

/** Every visible button, radio and link of the page has an accessible name. */
async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('button, a[href], input[type="radio"]'))
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .filter((el) => {
        const label = el.getAttribute('aria-label') ?? el.getAttribute('aria-labelledby');
        const byLabel = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
        return !(label || (el.textContent ?? '').trim() || (byLabel ?? '').trim());
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/** What `chitieu consolidate FILES -o … --json …` writes: the district workbook and its sentences. */
function cliDistrict(paths: string[]) {
  const dir = makeTempDir();
  const [xlsx, json] = [join(dir, 'quan.xlsx'), join(dir, 'quan.json')];
  const run = runCli(['consolidate', ...paths, '-o', xlsx, '--json', json]);
  if (run.status !== 0) throw new Error(run.stderr);
  const district = JSON.parse(readFileSync(json, 'utf8')) as { sentences: string[] };
  return { xlsx: readFileSync(xlsx), sentences: district.sentences };
}

/** The district section's sentences once it has consolidated. */
async function districtSentences(page: Page): Promise<string[]> {
  const list = page.getByTestId('web-district-sentences');
  await list.waitFor({ timeout: 180_000 });
  return list.locator('li').allInnerTexts();
}

describe('the web page with many files', () => {
  it('five yearly files chosen at once: "Ghép nhiệm kỳ từ các file năm" gives what chitieu nhiem-ky gives', async () => {
    const single = runReport(await fixtureGrids('duc-giang-2015-2020'));
    if (!single.ok) throw new Error(single.message);
    const years = splitTerm(single.report, {
      head: [['ĐẢNG ỦY PHƯỜNG ĐỨC GIANG']],
      termHeader: 'Chỉ tiêu NQ Đại hội nhiệm kỳ 2015-2020',
      termIn: 'last',
      yearIn: 'header',
    });
    const dir = makeTempDir();
    const files = years.map((g) => {
      const path = join(dir, `${g.sheet}.xlsx`);
      writeFileSync(path, gridWorkbook([g]));
      return path;
    });
    expect(files.map((f) => basename(f))).toEqual([2015, 2016, 2017, 2018, 2019].map((y) => `Biểu ${y}.xlsx`));
    const [xlsx, docx, draft, json] = ['nhiem-ky.xlsx', 'phu-luc.docx', 'bao-cao.docx', 'nhiem-ky.json'].map((f) =>
      join(dir, f),
    );
    const cli = runCli(['nhiem-ky', ...files, '-o', xlsx, '--docx', docx, '--bao-cao', draft, '--json', json]);
    expect(cli.status, cli.stderr).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { narrative: string[] };
    // The yearly files give the term table's own sentences.
    expect(report.narrative).toEqual(single.report.narrative);

    const w = await openWebPage();
    const { page } = w;
    await page.getByTestId('file-input').setInputFiles(files);
    const many = page.getByTestId('many-files');
    await many.waitFor();
    // Names that differ only by their year: one unit's years is proposed, and the focus is on the choice.
    expect(await many.getByRole('radio', { name: /ghép thành báo cáo cả nhiệm kỳ/ }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('many-files-heading');
    expect(await unnamedControls(page)).toEqual([]);
    // By keyboard: Tab to the radios, on to the button, Enter.
    const run = many.getByRole('button', { name: 'Ghép nhiệm kỳ từ các file năm' });
    await run.focus();
    await page.keyboard.press('Enter');
    await finished(page, '2015.xlsx');
    expect(await page.getByTestId('error').count()).toBe(0);

    const sentences = await page.getByTestId('narrative').locator('li').allInnerTexts();
    expect(sentences).toHaveLength(report.narrative.length);
    report.narrative.forEach((s, k) => expect(sentences[k]).toContain(s));
    const book = await download(page, 'download-xlsx');
    expect(book.name).toMatch(/^Nhiệm kỳ .*\.xlsx$/);
    expectSameParts(book.bytes, readFileSync(xlsx));
    expectSameParts((await download(page, 'download-docx')).bytes, readFileSync(docx), DOCX_STAMP);
    expectSameDraft((await download(page, 'download-bao-cao')).bytes, readFileSync(draft));
    // Last year's file is not used by a term, and the page says so.
    expect(await page.getByTestId('previous-year').innerText()).toContain('So với cùng kỳ từ file năm trước');
    await page.screenshot({ path: outPath('web-term.png'), fullPage: true });
    expect(outside(w.requests)).toEqual([]);
    expect(w.errors).toEqual([]);
  }, 300_000);

  it('"So với cùng kỳ từ file năm trước": last year’s file beside this year’s gives what report --cung-ky gives', async () => {
    const dir = makeTempDir();
    const write = (name: string, g: Grid) => {
      const path = join(dir, name);
      writeFileSync(path, gridWorkbook([g]));
      return path;
    };
    const [now, last] = [write('2020.xlsx', thisYear(false)), write('2019.xlsx', LAST_YEAR)];
    const alone = cliReport(now);
    const cli = cliReport(now, ['--cung-ky', last]);
    // Last year's file changes the report: the cùng kỳ is said.
    expect(cli.report.narrative).not.toEqual(alone.report.narrative);

    const w = await openWebPage();
    const { page } = w;
    await page.getByTestId('previous-year-input').setInputFiles(last);
    await expect.poll(() => page.getByTestId('previous-year-name').innerText()).toBe('Sổ năm trước: 2019.xlsx');
    await page.getByTestId('file-input').setInputFiles(now);
    await finished(page, now);
    const sentences = await page.getByTestId('narrative').locator('li').allInnerTexts();
    expect(sentences).toHaveLength(cli.report.narrative.length);
    cli.report.narrative.forEach((s, k) => expect(sentences[k]).toContain(s));
    expectSameParts((await download(page, 'download-xlsx')).bytes, cli.xlsx);
    expectSameParts((await download(page, 'download-docx')).bytes, cli.docx, DOCX_STAMP);

    // Removing last year's file runs the workbook again without it.
    await page.getByRole('button', { name: 'Bỏ sổ năm trước' }).click();
    await expect
      .poll(async () => (await page.getByTestId('narrative').locator('li').allInnerTexts()).length, { timeout: 90_000 })
      .toBe(alone.report.narrative.length);
    await page.locator('main[aria-busy="false"]').waitFor();
    const without = await page.getByTestId('narrative').locator('li').allInnerTexts();
    alone.report.narrative.forEach((s, k) => expect(without[k]).toContain(s));
    expect(await unnamedControls(page)).toEqual([]);
    expect(outside(w.requests)).toEqual([]);
    expect(w.errors).toEqual([]);
  }, 300_000);

  it('the 14 ward files of a district dropped at once: the district workbook chitieu consolidate writes', async () => {
    const dir = makeTempDir();
    const paths = (await writeDistrict(dir)).filter((p) => ![TEXT_FILE, NAME_LIST].includes(basename(p)));
    expect(paths).toHaveLength(14);
    const cli = cliDistrict(paths);

    const w = await openWebPage();
    const { page } = w;
    await dropFiles(page, 'main', paths);
    const many = page.getByTestId('many-files');
    await many.waitFor();
    // Ward names: many wards is proposed.
    expect(await many.getByRole('radio', { name: /tổng hợp và xếp hạng/ }).isChecked()).toBe(true);
    await many.getByRole('button', { name: 'Tổng hợp các phường, xã' }).click();
    expect(await districtSentences(page)).toEqual(cli.sentences);
    const { bytes: got } = await download(page, 'web-district-download');
    // Every part of the CLI's workbook, but the time ExcelJS stamps it with; every cell's value.
    expectSameParts(got, cli.xlsx, ['docProps/core.xml']);
    expect(await sheetsOf(got)).toEqual(await sheetsOf(cli.xlsx));
    // The page's own report was not run on them.
    expect(await page.getByTestId('error').count()).toBe(0);
    expect(await unnamedControls(page)).toEqual([]);
    await page.screenshot({ path: outPath('web-district-14.png'), fullPage: true });
    expect(outside(w.requests)).toEqual([]);
    expect(w.errors).toEqual([]);
  }, 300_000);

  it('wards reporting two different years: said and ranked as two groups, as chitieu consolidate says', async () => {
    const dir = makeTempDir();
    const paths: string[] = [];
    for (const [k, ward] of WARDS.slice(0, 5).entries()) {
      const year = k < 3 ? 2020 : 2019;
      const spec = specOf(ward);
      const path = join(dir, ward.file);
      await writeWard(path, { ...spec, year, lines: spec.lines.map((l) => l.replace('2020', String(year))) });
      paths.push(path);
    }
    const cli = cliDistrict(paths);
    const groups = cli.sentences.find((s) => s.startsWith('Các phường báo cáo các kỳ khác nhau'));
    expect(groups, cli.sentences.join('\n')).toContain('03 phường báo cáo năm 2020');
    expect(groups).toContain('02 phường báo cáo năm 2019');

    const w = await openWebPage();
    await w.page.getByTestId('web-district-files').setInputFiles(paths);
    const sentences = await districtSentences(w.page);
    expect(sentences).toEqual(cli.sentences);
    expect(sentences).toContain(groups);
    expect(w.errors).toEqual([]);
  }, 300_000);
});
