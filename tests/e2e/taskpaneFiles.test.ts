/**
 * The built task pane (Chromium, fake Excel host) with several files or sheets: the wards' files
 * chosen at once write the district sheet of `chitieu consolidate`; "Lập báo cáo nhiệm kỳ" on a
 * workbook of yearly sheets writes the term table and the report `chitieu nhiem-ky` gives; last
 * year's file chosen gives "Sinh báo cáo" the cùng kỳ `--cung-ky` gives. Every input is labelled.
 */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTRICT_SHEET_NAME } from '../../src/core/consolidate/model';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { gridWorkbook } from '../../src/xlsx/gridWorkbook';
import { consolidateWorkbookFiles } from '../../src/workbookFile/consolidate';
import { termWorkbookFiles } from '../../src/workbookFile/term';
import { reportWorkbookFile } from '../../src/workbookFile/report';
import { WARD_SHEETS, wardSheet } from '../excel/wardSheets';
import { splitTerm } from '../term/split';
import { DIST, ensureAddinBuilt, fixtureGrids, launchChromium, openAddinPage, serve, type OpenedPage } from './harness';

let browser: Browser;
let server: Server;
let base: string;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  await ensureAddinBuilt();
  ({ url: base, server } = await serve(DIST));
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  for (const o of opened) await o.context.close();
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function openPane(grids: Grid[]): Promise<OpenedPage> {
  const o = await openAddinPage(browser, base, 'taskpane.html', { grids });
  opened.push(o);
  await o.page.getByTestId('tables').or(o.page.getByTestId('error')).first().waitFor();
  return o;
}

const xlsx = (name: string, grids: Grid[]) => ({
  name,
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: Buffer.from(gridWorkbook(grids)),
});

describe('task pane: several files and sheets', () => {
  it("the wards' files chosen at once: the district of chitieu consolidate, in the district sheet", async () => {
    const base0 = (await fixtureGrids('phuc-dong-2020'))[0];
    const files = WARD_SHEETS.map((w) => xlsx(`Phường ${w.sheet}.xlsx`, [wardSheet(base0, w)]));
    const cli = await consolidateWorkbookFiles(files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.buffer) })));
    if (!cli.ok) throw new Error(cli.message);
    const o = await openPane([{ sheet: 'Ghi chú', values: [['Tổng hợp gửi thành phố']] }]);
    const { page } = o;
    await page.getByRole('button', { name: 'Tổng hợp các phường', exact: true }).click();
    await page.getByLabel('Hoặc chọn tệp Excel của các phường').setInputFiles(files);
    const ranking = page.getByTestId('district-ranking').locator('li');
    await ranking.first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('district-sentences').locator('li').allInnerTexts()).toEqual(cli.district.sentences);
    expect(await ranking.count()).toBe(cli.district.ranking.length);
    expect(await page.evaluate(() => window.__chitieu.sheetNames())).toEqual(['Ghi chú', DISTRICT_SHEET_NAME]);
    const [pct] = await page.evaluate(([sheet]) => window.__chitieu.values(sheet, [[4, 3]]), [DISTRICT_SHEET_NAME]);
    expect(pct).toBe(cli.district.indicators[0].cells[0]!.pct);
    expect(o.errors).toEqual([]);
  });

  it('the yearly sheets of the open workbook: the term table and the report of chitieu nhiem-ky', async () => {
    const single = runReport(await fixtureGrids('duc-giang-2015-2020'));
    if (!single.ok) throw new Error(single.message);
    const years = splitTerm(single.report, {
      head: [['ĐẢNG ỦY PHƯỜNG ĐỨC GIANG']],
      termHeader: 'Chỉ tiêu NQ Đại hội nhiệm kỳ 2015-2020',
      termIn: 'last',
      yearIn: 'sheet',
    });
    const cli = await termWorkbookFiles([{ name: 'so-nam.xlsx', bytes: gridWorkbook(years) }], { copy: false });
    if (!cli.ok) throw new Error(cli.message);
    const o = await openPane(years);
    const { page } = o;
    await page.getByRole('button', { name: 'So cùng kỳ và nhiệm kỳ', exact: true }).click();
    await page.getByRole('button', { name: 'Lập báo cáo nhiệm kỳ', exact: true }).click();
    await page.getByTestId('results').waitFor({ timeout: 60_000 });
    const sentences = await page.getByTestId('results').locator('li').allInnerTexts();
    for (const s of cli.report.narrative) expect(sentences.join('\n')).toContain(s);
    expect(await page.evaluate(() => window.__chitieu.sheetNames())).toEqual([
      ...years.map((g) => g.sheet),
      'Nhiệm kỳ',
      'Báo cáo chỉ tiêu',
    ]);
    expect(o.errors).toEqual([]);
  });

  it("last year's file chosen: Sinh báo cáo gives the cùng kỳ of chitieu report --cung-ky", async () => {
    const now: Grid = {
      sheet: 'Chỉ tiêu 2020',
      values: [
        ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2020'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2020', 'Thực hiện năm 2020'],
        [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
        [2, 'Kết nạp đảng viên mới', 'Đảng viên', 8, 11],
      ],
    };
    const last = xlsx('2019.xlsx', [
      {
        sheet: 'Năm 2019',
        values: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2019', 'Thực hiện năm 2019'],
          [1, 'Thu ngân sách nhà nước trên địa bàn', 'Triệu đồng', 9800, 30120],
          [2, 'Kết nạp đảng viên mới', 'Đảng viên', 8, 9],
        ],
      },
    ]);
    const cli = await reportWorkbookFile(gridWorkbook([now]), '2020.xlsx', {
      copy: false,
      previousYear: { name: last.name, bytes: new Uint8Array(last.buffer) },
    });
    if (!cli.ok) throw new Error(cli.message);
    const o = await openPane([now]);
    const { page } = o;
    await page.getByRole('button', { name: 'So cùng kỳ và nhiệm kỳ', exact: true }).click();
    await page.getByLabel('File năm trước (so cùng kỳ)').setInputFiles(last);
    await page.getByTestId('previous-year-name').waitFor();
    await page.getByRole('button', { name: 'Sinh báo cáo', exact: true }).click();
    await page.getByTestId('results').waitFor({ timeout: 60_000 });
    const sentences = (await page.getByTestId('results').locator('li').allInnerTexts()).join('\n');
    for (const s of cli.report.narrative) expect(sentences).toContain(s);
    expect(cli.report.narrative.some((s) => /cùng kỳ/.test(s))).toBe(true);
    expect(o.errors).toEqual([]);
  });
});
