/**
 * generateReport on the fake host: the written sheet's formulas, evaluated by HyperFormula, equal
 * the engine's figures; the whole report takes at most 3 syncs, even at 5,000 indicators, and no
 * request reaches Excel on the web's 5 MB; the user's sheets are never touched.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { buildReportModel } from '../../src/core/report';
import {
  generateReport,
  HOST_TOO_OLD_MESSAGE,
  REPLACE_CANCELLED_MESSAGE,
  type Progress,
} from '../../src/excel/runInExcel';
import { OWN_SHEET_MARK } from '../../src/excel/readWorkbook';
import { defaultAddinSettings, type AddinSettings } from '../../src/excel/settings';
import { engineSettings, runSheetSettings } from '../../src/settings';
import { createFakeExcel, HostError, installOfficeGlobals, type FakeExcel } from '../fake-excel';
import { bigTermWorkbook, bigWorkbook, expectFiguresMatch, FIXTURE_NAMES, fixtureGrids } from './helpers';

const FIVE_MB = 5 * 1024 * 1024;
const TODAY = new Date(2020, 11, 15);

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

async function generate(fake: FakeExcel, settings: Partial<AddinSettings> = {}) {
  const r = await generateReport(fake.newContext(), settings, undefined, { today: TODAY });
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** The model the engine builds for these grids (what the sheet must show). */
function engineModel(grids: Grid[], settings: AddinSettings = defaultAddinSettings) {
  const run = runReport(grids, engineSettings(settings));
  if (!run.ok) throw new Error(run.message);
  return buildReportModel(run.report, grids, runSheetSettings(settings, grids, run.report.tables, TODAY));
}

describe('generateReport: figures equal the engine, in at most 3 syncs', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: every figure cell, evaluated by HyperFormula, equals the engine's; ≤ 3 syncs`, async () => {
      const grids = await fixtureGrids(name);
      const fake = createFakeExcel(grids);
      const r = await generate(fake);
      expect(r.syncs).toBeLessThanOrEqual(3);
      expect(fake.syncCount).toBe(r.syncs);
      expect(r.sheetName).toBe('Báo cáo chỉ tiêu');
      const model = engineModel(grids);
      expect(expectFiguresMatch(fake.state, r.sheetName, model)).toBeGreaterThan(10);
      // The sheet is marked as chitieu's and shown.
      const mark = fake.state.name(OWN_SHEET_MARK)!;
      expect(fake.state.nameFormula(mark)).toBe("='Báo cáo chỉ tiêu'!$A$1");
      expect(fake.state.activeSheetId).toBe(fake.state.sheet(r.sheetName).id);
      // Calculation and screen updating were suspended for the write batch only.
      expect(fake.state.calls.suspendApiCalculation).toBe(1);
      expect(fake.state.calls.suspendScreenUpdating).toBe(1);
      expect(fake.state.suspended).toEqual({ calculation: false, screenUpdating: false });
    });
  }

  it('reports progress in order, in Vietnamese', async () => {
    const fake = createFakeExcel(await fixtureGrids('phuc-dong-2020'));
    const steps: Progress[] = [];
    const r = await generateReport(fake.context, {}, (p) => steps.push(p), { today: TODAY });
    expect(r.ok).toBe(true);
    expect(steps.map((s) => s.step)).toEqual(['read', 'compute', 'write', 'done']);
    expect(steps[0].message).toMatch(/Đang đọc/);
  });
});

describe('generateReport at 5,000 indicators', () => {
  it('≤ 3 syncs and every request under 5 MB; figures still equal the engine', async () => {
    const grid = bigWorkbook(5000);
    const fake = createFakeExcel([grid]);
    const r = await generate(fake);
    const model = engineModel([grid]);
    expect(model.cells.filter((c) => c.style === 'name').length).toBe(5000);
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(fake.syncCount).toBe(r.syncs);
    const largest = Math.max(...fake.syncs.map((s) => s.requestBytes));
    const largestResponse = Math.max(...fake.syncs.map((s) => s.responseBytes));
    console.log(
      `5,000 indicators: ${fake.syncCount} syncs; requests ${fake.syncs.map((s) => `${(s.requestBytes / 1e6).toFixed(3)} MB`).join(', ')}; ` +
        `largest request ${(largest / 1e6).toFixed(3)} MB, largest response ${(largestResponse / 1e6).toFixed(3)} MB`,
    );
    expect(fake.syncs.length).toBe(3);
    for (const s of fake.syncs) {
      expect(s.requestBytes).toBeLessThan(FIVE_MB);
      expect(s.responseBytes).toBeLessThan(FIVE_MB);
    }
    expect(expectFiguresMatch(fake.state, r.sheetName, model)).toBeGreaterThan(15_000);
  });
});

describe('generateReport at 3,000 indicators × 5 years (term layout, 25 columns a row)', () => {
  it('3 syncs, every request and response under 5 MB; figures equal the engine', async () => {
    const grid = bigTermWorkbook(3000);
    const fake = createFakeExcel([grid]);
    const r = await generate(fake);
    const model = engineModel([grid]);
    expect(model.cells.filter((c) => c.style === 'name').length).toBe(3000);
    console.log(
      `3,000 × 5 years: ${fake.syncCount} syncs; requests ${fake.syncs.map((s) => `${(s.requestBytes / 1e6).toFixed(3)} MB`).join(', ')}`,
    );
    expect(fake.syncs.length).toBe(3);
    for (const s of fake.syncs) {
      expect(s.requestBytes).toBeLessThan(FIVE_MB);
      expect(s.responseBytes).toBeLessThan(FIVE_MB);
    }
    expect(expectFiguresMatch(fake.state, r.sheetName, model)).toBeGreaterThan(30_000);
  });
});

describe("generateReport never touches the user's sheets", () => {
  it('a user sheet named "Báo cáo chỉ tiêu" is identical after two runs; "(2)" is replaced, not duplicated', async () => {
    const grids = await fixtureGrids('phuc-dong-2020');
    const fake = createFakeExcel([
      ...grids,
      {
        sheet: 'Báo cáo chỉ tiêu',
        values: [
          ['Báo cáo của tôi', null, '=không phải công thức'],
          [1, 2, 3],
        ],
        numberFormats: [[], ['0.00', '0%']],
        merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      },
    ]);
    const user = fake.state.sheet('Báo cáo chỉ tiêu');
    user.editFormat(0, 0, (f) => (f.bold = true));
    user.colWidths.set(0, 80);
    const before = fake.state.snapshot('Báo cáo chỉ tiêu');
    const sourceBefore = fake.state.snapshot('Chỉ tiêu 2020');

    const first = await generate(fake);
    expect(first.sheetName).toBe('Báo cáo chỉ tiêu (2)');
    const firstId = fake.state.sheet('Báo cáo chỉ tiêu (2)').id;
    fake.resetStats();
    const second = await generate(fake, { issuingBody: 'Đảng ủy phường Phúc Đồng' });
    expect(second.sheetName).toBe('Báo cáo chỉ tiêu (2)');
    expect(second.syncs).toBeLessThanOrEqual(3);

    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Chỉ tiêu 2020', 'Báo cáo chỉ tiêu', 'Báo cáo chỉ tiêu (2)']);
    expect(fake.state.sheet('Báo cáo chỉ tiêu (2)').id).not.toBe(firstId);
    expect(fake.state.snapshot('Báo cáo chỉ tiêu')).toEqual(before);
    expect(fake.state.snapshot('Chỉ tiêu 2020')).toEqual(sourceBefore);
    // Only chitieu's sheet changed: the new header shows the new setting.
    const own = fake.state.sheet('Báo cáo chỉ tiêu (2)');
    expect(fake.state.valueOf(own, 1, 0)).toBe('ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG');
    expect([...fake.state.names.values()].map((n) => fake.state.nameFormula(n))).toEqual([
      "='Báo cáo chỉ tiêu (2)'!$A$1",
    ]);
  });

  it("chitieu's sheet renamed by the user is still recognised (by its mark) and replaced", async () => {
    const fake = createFakeExcel(await fixtureGrids('phuc-dong-2020'));
    await generate(fake);
    fake.state.sheet('Báo cáo chỉ tiêu').name = 'BC gửi quận';
    const r = await generate(fake);
    expect(r.sheetName).toBe('Báo cáo chỉ tiêu');
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Chỉ tiêu 2020', 'Báo cáo chỉ tiêu']);
  });
});

describe('generateReport after a failed write', () => {
  it('a half-written sheet is already marked, so the next run replaces it instead of adding "(2)"', async () => {
    const fake = createFakeExcel(await fixtureGrids('phuc-dong-2020'));
    const mergeAt = fake.state.mergeAt.bind(fake.state);
    fake.state.mergeAt = () => {
      throw new HostError('GeneralException', 'Simulated failure while merging.');
    };
    const failed = await generateReport(fake.newContext(), {}, undefined, { today: TODAY });
    expect(failed).toMatchObject({ ok: false, message: expect.stringMatching(/GeneralException/) });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Chỉ tiêu 2020', 'Báo cáo chỉ tiêu']);
    fake.state.mergeAt = mergeAt;
    const r = await generate(fake);
    expect(r.sheetName).toBe('Báo cáo chỉ tiêu');
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Chỉ tiêu 2020', 'Báo cáo chỉ tiêu']);
    expect(fake.state.sheet(r.sheetName).merges.length).toBeGreaterThan(0);
  });
});

describe('generateReport: what the user can cause comes back as a Vietnamese message', () => {
  it('no indicator table', async () => {
    const fake = createFakeExcel([
      {
        sheet: 'Sheet1',
        values: [
          ['Họ tên', 'Tuổi'],
          ['An', 30],
        ],
      },
    ]);
    const r = await generateReport(fake.context, {}, undefined, { today: TODAY });
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/Không tìm thấy bảng chỉ tiêu/) });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('a host older than ExcelApi 1.9', async () => {
    restore();
    restore = installOfficeGlobals({ excelApiMinor: 8 }).restore;
    const fake = createFakeExcel(await fixtureGrids('phuc-dong-2020'));
    expect(await generateReport(fake.context)).toEqual({
      ok: false,
      code: 'host-too-old',
      message: HOST_TOO_OLD_MESSAGE,
      syncs: 0,
    });
    expect(fake.syncCount).toBe(0);
  });

  it('a workbook whose structure is protected (Excel refuses to add the sheet)', async () => {
    const fake = createFakeExcel(await fixtureGrids('phuc-dong-2020'));
    fake.state.addSheet = () => {
      throw new HostError('AccessDenied', 'The workbook is protected.');
    };
    const r = await generateReport(fake.context, {}, undefined, { today: TODAY });
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/bảo vệ/) });
  });
});

describe('generateReport: an edited report sheet is replaced only when the user agrees', () => {
  /** Types into a cell of the report sheet through office-js, as a user would. */
  async function editCell(fake: FakeExcel, sheetName: string, address: string, value: string | number) {
    const context = fake.newContext();
    context.workbook.worksheets.getItem(sheetName).getRange(address).values = [[value]];
    await context.sync();
    fake.resetStats();
  }

  async function generateAsking(fake: FakeExcel, answer: boolean) {
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

  for (const name of FIXTURE_NAMES) {
    it(`${name}: an unedited sheet is replaced without a question, in ≤ 3 syncs`, async () => {
      const fake = createFakeExcel(await fixtureGrids(name));
      await generate(fake);
      fake.resetStats();
      const { r, asked } = await generateAsking(fake, false);
      expect(r.ok).toBe(true);
      expect(asked).toEqual([]);
      expect(r.syncs).toBeLessThanOrEqual(3);
      expect(fake.syncCount).toBe(r.syncs);
    });
  }

  it('5,000 indicators: the old sheet is read back in bands (one sync each, every response < 5 MB)', async () => {
    const fake = createFakeExcel([bigWorkbook(5000)]);
    const first = await generate(fake);
    fake.resetStats();
    const unedited = await generateAsking(fake, false);
    expect(unedited.r.ok ? '' : unedited.r.message).toBe('');
    expect(unedited.asked).toEqual([]);
    const bandSyncs = unedited.r.syncs - 3;
    expect(bandSyncs).toBeGreaterThanOrEqual(1);
    expect(bandSyncs).toBeLessThanOrEqual(3);
    expect(Math.max(...fake.syncs.map((s) => s.responseBytes))).toBeLessThan(FIVE_MB);
    // An edit on the last sentence row, far below the first band, is noticed.
    const sheet = fake.state.sheet(first.sheetName);
    const lastRow = (sheet.usedRect(true) ?? { bottom: 0 }).bottom;
    await editCell(fake, first.sheetName, `A${lastRow + 1}`, 'sửa tay');
    const edited = await generateAsking(fake, false);
    expect(edited.asked).toEqual(['Báo cáo chỉ tiêu']);
    expect(edited.r).toMatchObject({ ok: false, message: REPLACE_CANCELLED_MESSAGE });
  });

  it('edited, "Giữ lại": nothing is written and the cancel message comes back', async () => {
    const fake = createFakeExcel(await fixtureGrids('phuc-dong-2020'));
    const first = await generate(fake);
    await editCell(fake, first.sheetName, 'B8', 'sửa tay');
    const sheetsBefore = fake.state.sheets.map((s) => s.name);
    const own = fake.state.sheet(first.sheetName);
    const { r, asked } = await generateAsking(fake, false);
    expect(asked).toEqual(['Báo cáo chỉ tiêu']);
    expect(r).toEqual({ ok: false, code: 'cancelled', message: REPLACE_CANCELLED_MESSAGE, syncs: 2 });
    // Reading only: the same sheet object, the edit kept, no write batch.
    expect(fake.syncCount).toBe(2);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(fake.state.sheet(first.sheetName)).toBe(own);
    expect(fake.state.valueOf(own, 7, 1)).toBe('sửa tay');
    expect(fake.state.calls.suspendApiCalculation).toBe(1);
  });

  it('edited, "Thay thế": the sheet is replaced, in ≤ 3 syncs, and counts as unedited afterwards', async () => {
    const grids = await fixtureGrids('phuc-dong-2020');
    const fake = createFakeExcel(grids);
    const first = await generate(fake);
    const old = fake.state.sheet(first.sheetName);
    await editCell(fake, first.sheetName, 'A1', 42);
    const { r, asked } = await generateAsking(fake, true);
    expect(asked).toEqual(['Báo cáo chỉ tiêu']);
    if (!r.ok) throw new Error(r.message);
    expect(r.sheetName).toBe('Báo cáo chỉ tiêu');
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(fake.syncCount).toBe(r.syncs);
    expect(fake.state.isAlive(old)).toBe(false);
    expect(expectFiguresMatch(fake.state, r.sheetName, engineModel(grids))).toBeGreaterThan(10);
    fake.resetStats();
    expect((await generateAsking(fake, false)).asked).toEqual([]);
  });

  it('a cleared cell counts as an edit; a mark without a fingerprint (older version) does not', async () => {
    const grids = await fixtureGrids('phuc-dong-2020');
    const fake = createFakeExcel(grids);
    const first = await generate(fake);
    const text = engineModel(grids).cells.find((c) => typeof c.value === 'string' && c.value !== '' && c.col < 26)!;
    const context = fake.newContext();
    const address = `${String.fromCharCode(65 + text.col)}${text.row + 1}`;
    context.workbook.worksheets.getItem(first.sheetName).getRange(address).values = [['']];
    await context.sync();
    expect((await generateAsking(fake, false)).asked).toEqual(['Báo cáo chỉ tiêu']);
    fake.state.name(OWN_SHEET_MARK)!.comment = '';
    const { r, asked } = await generateAsking(fake, false);
    expect(asked).toEqual([]);
    expect(r.ok).toBe(true);
  });
});
