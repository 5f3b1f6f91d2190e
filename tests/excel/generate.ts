/**
 * What the generateReport tests share: a run on the fake host with a fixed date, the engine's own
 * model of the same grids (what the sheet must show), and a user's edit of the written sheet.
 */
/// <reference types="office-js" />
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { buildReportModel } from '../../src/core/report';
import { generateReport } from '../../src/excel/runInExcel';
import { defaultAddinSettings } from '../../src/excel/settings';
import { engineSettings, runSheetSettings, type UserSettings } from '../../src/settings';
import type { FakeExcel } from '../fake-excel';

/** Excel on the web's limit on one request or response. */
export const FIVE_MB = 5 * 1024 * 1024;
export const TODAY = new Date(2020, 11, 15);

export async function generate(fake: FakeExcel, settings: Partial<UserSettings> = {}) {
  const r = await generateReport(fake.newContext(), settings, undefined, { today: TODAY });
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** The model the engine builds for these grids (what the sheet must show). */
export function engineModel(grids: Grid[], settings: UserSettings = defaultAddinSettings) {
  const run = runReport(grids, engineSettings(settings));
  if (!run.ok) throw new Error(run.message);
  return buildReportModel(run.report, grids, runSheetSettings(settings, grids, run.report.tables, TODAY));
}

/** Types into a cell of the report sheet through office-js, as a user would. */
export async function editCell(fake: FakeExcel, sheetName: string, address: string, value: string | number) {
  const context = fake.newContext();
  context.workbook.worksheets.getItem(sheetName).getRange(address).values = [[value]];
  await context.sync();
  fake.resetStats();
}

export async function generateAsking(fake: FakeExcel, answer: boolean) {
  const asked: string[] = [];
  const r = await generateReport(fake.newContext(), {}, undefined, {
    today: TODAY,
    confirmReplace: (sheet) => {
      asked.push(sheet);
      return Promise.resolve(answer);
    },
  });
  return { r, asked };
}
