/**
 * The pane's draft báo cáo (the built add-in in Chromium, fake Excel host): after "Sinh báo cáo",
 * "Tạo dự thảo báo cáo (.docx)" builds the draft from the sheet model just written and offers it as a
 * link that saves the file. The file saved is the command line's `--bao-cao` for the same workbook,
 * part for part (its creation time aside): one pipeline, one text. Its name is the workbook's,
 * marked; the draft costs no sync (nothing is read from or written to the workbook again).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from '../cli/harness';
import { readDocx } from '../docx/readDocx';
import { FIXTURES, fixtureGrids, openAddinPage, servedAddin, type OpenedPage } from './harness';
import { draftParts } from './webHelpers';

let served: Awaited<ReturnType<typeof servedAddin>>;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  served = await servedAddin();
}, 600_000);

afterAll(async () => {
  for (const o of opened) await o.context.close();
  await served?.close();
});

/** The draft the command line writes for a fixture (`--bao-cao`). */
function cliDraft(name: string): Uint8Array {
  const out = join(makeTempDir(), 'bao-cao.docx');
  const run = runCli(['report', join(FIXTURES, `${name}.xlsx`), '--bao-cao', out]);
  if (run.status !== 0) throw new Error(run.stderr);
  return readFileSync(out);
}

describe.each([
  ['phuc-dong-2020', 'C:\\Users\\ubnd\\Documents\\Chỉ tiêu 2020.xlsx', 'Chỉ tiêu 2020 - du thao bao cao.docx'],
  [
    'giang-bien-giua-nhiem-ky-2020-2025',
    'https://contoso.sharepoint.com/sites/ubnd/Shared%20Documents/So%20chi%20tieu.xlsx?web=1',
    'So chi tieu - du thao bao cao.docx',
  ],
])('the pane drafts the báo cáo of %s', (name, documentUrl, fileName) => {
  it('saves the same draft as chitieu report --bao-cao, named after the workbook', async () => {
    const o = await openAddinPage(served.browser, served.base, 'taskpane.html', {
      grids: await fixtureGrids(name),
      documentUrl,
    });
    opened.push(o);
    const { page } = o;
    await page.getByTestId('tables').or(page.getByTestId('error')).first().waitFor();
    await page.getByRole('button', { name: 'Sinh báo cáo' }).click();
    await page.getByTestId('results').waitFor();
    const syncs = await page.evaluate(() => window.__chitieu.fake.syncCount);

    await page.getByRole('button', { name: 'Tạo dự thảo báo cáo (.docx)' }).click();
    const link = page.getByTestId('save-bao-cao');
    await link.waitFor({ timeout: 120_000 });
    // The link has the focus, so Enter saves it.
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => page.getByTestId('status').innerText()).toContain('Đã soạn dự thảo báo cáo');
    const [download] = await Promise.all([page.waitForEvent('download'), link.press('Enter')]);
    expect(download.suggestedFilename()).toBe(fileName);
    const saved = readFileSync((await download.path())!);

    const want = draftParts(cliDraft(name));
    const got = draftParts(saved);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [part, xml] of want) if (!part.endsWith('docProps/core.xml')) expect(got.get(part), part).toBe(xml);
    expect(readDocx(saved).paragraphs).toContain('BÁO CÁO');
    expect(await page.evaluate(() => window.__chitieu.fake.syncCount)).toBe(syncs);
    expect(o.errors).toEqual([]);
  }, 240_000);
});
