/**
 * One direction choice, the same report in every host: "Số đơn thư tồn đọng" and "Số hồ sơ trả kết
 * quả quá hạn" are lower-is-better — given in the add-in as the pane's per-cell override, on the
 * command line as `--giam-la-tot`, and on the web page as the name chosen in its list (kept in
 * `directionByName`) and run through the page's worker pipeline — give the same statuses and the
 * same sentences. By hand: 4 pending letters against at most 10 and 2 late files against at most 5
 * did better than asked (vượt); the late files read higher-is-better would fall short (chưa đạt).
 */
/// <reference types="office-js" />
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { READ_FALLBACK } from '../../src/cli/readWorkbook';
import { WRITE_FALLBACK } from '../../src/cli/writeResults';
import { directionKey, type IndicatorResult, type Report } from '../../src/core/indicator';
import { generateReport } from '../../src/excel/runInExcel';
import { defaultUserSettings, engineSettings } from '../../src/settings';
import { autoDirections } from '../../src/settings/autoDirections';
import type { PaneSettings } from '../../src/taskpane/state';
import { withDirectionAt } from '../../src/web/WebIndicators';
import { reportWorkbookFile } from '../../src/workbookFile/report';
import { createFakeExcel, installOfficeGlobals } from '../fake-excel';
import { fixtureGrids } from '../excel/helpers';

const TODAY = new Date(2024, 11, 20, 9, 0);
const dir = mkdtempSync(join(tmpdir(), 'chitieu-directions-'));
const SHEET = 'Năm 2024';
const LETTERS = 'Số đơn thư tồn đọng';
const LATE = 'Số hồ sơ trả kết quả quá hạn';
const ROWS: [string, string, number, number][] = [
  [LETTERS, 'đơn', 10, 4],
  [LATE, 'hồ sơ', 5, 2],
  ['Thu ngân sách', 'triệu đồng', 100, 120],
  ['Số mô hình điểm', 'mô hình', 5, 3],
];
const BOOK = join(dir, 'phuong.xlsx');

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TODAY);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Thực hiện năm 2024']);
  ROWS.forEach((r, i) => ws.addRow([i + 1, ...r]));
  await wb.xlsx.writeFile(BOOK);
});
afterAll(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});
let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

const form = (more: Partial<PaneSettings> = {}): PaneSettings => ({
  ...defaultUserSettings,
  excludedTables: [],
  ...more,
});

/** Each indicator's overall status, by name. */
function statuses(report: Pick<Report, 'tables'>): Record<string, string | null> {
  const all: Pick<IndicatorResult, 'name' | 'overallStatus'>[] = report.tables.flatMap((t) => t.indicators);
  return Object.fromEntries(all.map((i) => [i.name, i.overallStatus]));
}

async function cliRun(flags: string[]) {
  const json = join(dir, `cli-${flags.length}.json`);
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const code = await main(['report', BOOK, '--json', json, ...flags]);
  stdout.mockRestore();
  expect(code).toBe(0);
  return JSON.parse(readFileSync(json, 'utf8')) as Pick<Report, 'tables' | 'narrative'>;
}

/** The page: a first run, the user's choice in its list (by the row shown), then the run with it. */
async function pageRun(choose: string[]) {
  const bytes = new Uint8Array(readFileSync(BOOK));
  const run = async (settings: PaneSettings) => {
    const r = await reportWorkbookFile(bytes, 'phuong.xlsx', {
      settings,
      copy: false,
      fallback: { ...READ_FALLBACK, ...WRITE_FALLBACK },
    });
    if (!r.ok) throw new Error(r.message);
    return { r, auto: autoDirections(r.grids, engineSettings(settings), r.report) };
  };
  let settings = form();
  const first = await run(settings);
  for (const name of choose) {
    const row = 2 + ROWS.findIndex((r) => r[0] === name);
    settings = withDirectionAt(first.r.report.tables, settings, first.auto, directionKey(SHEET, row), 'decrease');
  }
  return { settings, report: (await run(settings)).r.report };
}

async function addinRun(overrides: Record<string, 'decrease'>) {
  const fake = createFakeExcel(await fixtureGrids('phuong', dir));
  const r = await generateReport(fake.newContext(), form({ directionOverrides: overrides }), undefined, {
    today: TODAY,
  });
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

describe('a direction chosen in the pane, on the command line or on the page gives one report', () => {
  it('lower-is-better for the pending letters and the late files', async () => {
    const cli = await cliRun(['--giam-la-tot', LETTERS, '--giam-la-tot', LATE]);
    const page = await pageRun([LETTERS, LATE]);
    const addin = await addinRun({ [directionKey(SHEET, 2)]: 'decrease', [directionKey(SHEET, 3)]: 'decrease' });

    const expected = { [LETTERS]: 'vuot', [LATE]: 'vuot', 'Thu ngân sách': 'vuot', 'Số mô hình điểm': 'chua_dat' };
    expect(statuses(cli)).toEqual(expected);
    expect(statuses(page.report)).toEqual(expected);
    expect(statuses(addin)).toEqual(expected);
    expect(page.report.narrative).toEqual(cli.narrative);
    expect(addin.narrative).toEqual(cli.narrative);
    expect(cli.narrative.join('\n')).not.toMatch(/hồ sơ trả kết quả quá hạn[^.]*chưa đạt/);

    // The page keeps the choice by name; the letters were already lower-is-better by the dictionary,
    // so choosing it again adds nothing to keep.
    expect(page.settings.directionByName).toEqual({ [LATE]: 'decrease' });
    expect(page.settings.directionOverrides).toEqual({});
  });

  it('without the choice the late files are judged higher-is-better, the same in every host', async () => {
    const cli = await cliRun([]);
    const page = await pageRun([]);
    const addin = await addinRun({});
    expect(statuses(cli)[LATE]).toBe('chua_dat');
    expect(statuses(page.report)).toEqual(statuses(cli));
    expect(statuses(addin)).toEqual(statuses(cli));
    expect(page.report.narrative).toEqual(cli.narrative);
  });
});
