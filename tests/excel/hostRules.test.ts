/**
 * How the add-in behaves with the host around the report, on the fake host: the figures are
 * calculated after writing also in a workbook set to manual calculation; a user still typing in a
 * cell does not have to click again where Excel can wait (ExcelApi 1.11 `delayForCellEdit`); and an
 * unexpected host error reaches the user as one Vietnamese sentence with the host's error code,
 * never the host's English text.
 */
/// <reference types="office-js" />
import { afterEach, describe, expect, it } from 'vitest';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { errorCode, hostErrorMessage, runExcel } from '../../src/excel/host';
import { generateReport } from '../../src/excel/runInExcel';
import { vi } from '../../src/taskpane/i18n/vi';
import { createFakeExcel, FakeLimitError, HostError, installOfficeGlobals, type FakeExcel } from '../fake-excel';
import { expectFiguresMatch, fixtureGrids } from './helpers';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

const TODAY = new Date(2021, 0, 15);
const SHEET = 'Báo cáo chỉ tiêu';

async function phucDong(): Promise<FakeExcel> {
  return createFakeExcel(await fixtureGrids('phuc-dong-2020'));
}

async function expectedModel() {
  const grids = await fixtureGrids('phuc-dong-2020');
  const run = runReport(grids, {});
  if (!run.ok) throw new Error(run.message);
  return buildReportModel(run.report, grids, { ...defaultSheetSettings, date: { day: 15, month: 1, year: 2021 } });
}

/** The formula cells of the written sheet that show no figure (what Excel shows before it calculates). */
function uncalculatedFigures(fake: FakeExcel): number {
  const sheet = fake.state.sheet(SHEET);
  let empty = 0;
  sheet.forEachCell((r, c, content) => {
    if (content.kind === 'formula' && fake.state.valueOf(sheet, r, c) === null) empty++;
  });
  return empty;
}

describe('the report’s figures are calculated once written', () => {
  it('the fake shows formulas written in manual calculation uncalculated until Excel calculates', async () => {
    const fake = createFakeExcel([{ sheet: 'S', values: [[2, 3]] }]);
    fake.state.calculationMode = 'Manual';
    const ctx = fake.newContext();
    const sheet = ctx.workbook.worksheets.getItem('S');
    sheet.getRange('C1').formulas = [['=A1+B1']];
    await ctx.sync();
    expect(fake.state.valueOf(fake.state.sheet('S'), 0, 2)).toBeNull();
    sheet.calculate(true);
    await ctx.sync();
    expect(fake.state.valueOf(fake.state.sheet('S'), 0, 2)).toBe(5);
  });

  it('the fake refuses a calculation inside a batch whose calculation is suspended (undocumented in Excel)', async () => {
    const fake = createFakeExcel([{ sheet: 'S', values: [[1]] }]);
    const ctx = fake.newContext();
    ctx.workbook.application.suspendApiCalculationUntilNextSync();
    ctx.workbook.worksheets.getItem('S').calculate(true);
    await expect(ctx.sync()).rejects.toBeInstanceOf(FakeLimitError);
  });

  it('automatic calculation: one write sync, no explicit calculation, every figure calculated', async () => {
    restore = installOfficeGlobals().restore;
    const fake = await phucDong();
    const r = await generateReport(fake.context, {}, undefined, { today: TODAY });
    expect(r).toMatchObject({ ok: true, syncs: 3 });
    expect(fake.state.calls.calculate).toBe(0);
    expect(uncalculatedFigures(fake)).toBe(0);
    expect(expectFiguresMatch(fake.state, SHEET, await expectedModel())).toBeGreaterThan(20);
  });

  it('manual calculation: the written sheet is calculated in one more sync, and only that sheet', async () => {
    restore = installOfficeGlobals().restore;
    const fake = await phucDong();
    fake.state.calculationMode = 'Manual';
    const r = await generateReport(fake.context, {}, undefined, { today: TODAY });
    expect(r).toMatchObject({ ok: true, syncs: 4 });
    expect(fake.state.calls.calculate).toBe(1);
    expect(uncalculatedFigures(fake)).toBe(0);
    expect(expectFiguresMatch(fake.state, SHEET, await expectedModel())).toBeGreaterThan(20);
    // The workbook stays in the mode the user chose.
    expect(fake.state.calculationMode).toBe('Manual');
  });

  it('without the recalculation a manual workbook would show empty figures (what the fix prevents)', async () => {
    restore = installOfficeGlobals().restore;
    const fake = await phucDong();
    fake.state.calculationMode = 'Manual';
    const ctx = fake.newContext();
    ctx.workbook.application.suspendApiCalculationUntilNextSync();
    ctx.workbook.worksheets.add('Thử').getRange('A1').formulas = [["='Chỉ tiêu 2020'!E8"]];
    await ctx.sync();
    expect(fake.state.valueOf(fake.state.sheet('Thử'), 0, 0)).toBeNull();
  });
});

describe('a user typing in a cell', () => {
  it('hosts with ExcelApi 1.11: the run waits for the edit to end, then writes the report', async () => {
    const fake = await phucDong();
    const globals = installOfficeGlobals({ newContext: () => fake.newContext() as never });
    restore = globals.restore;
    globals.cellEdit.startEdit();
    let done = false;
    const run = runExcel((context) => generateReport(context, {}, undefined, { today: TODAY })).then((r) => {
      done = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(fake.syncCount).toBe(0);
    globals.cellEdit.endEdit();
    expect(await run).toMatchObject({ ok: true, sheetName: SHEET });
    expect(globals.cellEdit.runs).toEqual([{ delayForCellEdit: true }]);
  });

  it('older hosts (ExcelApi 1.10): no delayForCellEdit, and the edit gives the Vietnamese cell-edit message', async () => {
    const fake = await phucDong();
    const globals = installOfficeGlobals({ excelApiMinor: 10, newContext: () => fake.newContext() as never });
    restore = globals.restore;
    globals.cellEdit.startEdit();
    const r = await runExcel((context) => generateReport(context, {}, undefined, { today: TODAY }));
    expect(r).toEqual({
      ok: false,
      code: 'host-error',
      message: 'Excel đang ở chế độ sửa ô: hãy nhấn Enter hoặc Esc để thoát rồi chạy lại.',
      syncs: 0,
    });
    expect(globals.cellEdit.runs).toEqual([{ delayForCellEdit: false }]);
    expect(fake.state.sheetByName(SHEET)).toBeUndefined();
  });
});

describe('an unexpected host error: one Vietnamese sentence with the host’s error code', () => {
  const english = new HostError('GeneralException', 'An internal error has occurred.');

  function expectOneVietnameseSentence(message: string, code: string) {
    expect(message).toContain(`mã lỗi ${code}`);
    expect(message).not.toContain('internal error');
    expect(message).not.toMatch(/\.\./);
    expect(message.match(/[.!?](\s|$)/g)).toHaveLength(1);
    expect(message.endsWith('.')).toBe(true);
  }

  it('while reading or writing (an error code the adapter has no message for)', () => {
    for (const step of ['read', 'write'] as const)
      expectOneVietnameseSentence(hostErrorMessage(step, english), 'GeneralException');
  });

  it('thrown anywhere else: the pane’s and the ribbon’s message', () => {
    expectOneVietnameseSentence(vi.errors.unexpected(errorCode(english)), 'GeneralException');
    // A JavaScript error class is said in words, not named.
    const typeError = vi.errors.unexpected(errorCode(new TypeError('x is undefined.')));
    expect(typeError).not.toContain('TypeError');
    expect(typeError).toContain('dữ liệu không như dự kiến');
    expect(typeError.match(/[.!?](\s|$)/g)).toHaveLength(1);
    // Office's async errors carry numbers (12007: a dialog is already open).
    expect(errorCode({ code: 12007, message: 'A dialog is already open.' })).toBe('12007');
    expect(errorCode('boom')).toBe('Unknown');
    expect(errorCode({ code: 'x y <script>' })).toBe('Unknown');
  });

  it('a write failing with such an error comes back as that sentence, not the English text', async () => {
    restore = installOfficeGlobals().restore;
    const fake = await phucDong();
    fake.state.addSheet = () => {
      throw english;
    };
    const r = await generateReport(fake.context, {}, undefined, { today: TODAY });
    expect(r.ok).toBe(false);
    if (!r.ok) expectOneVietnameseSentence(r.message, 'GeneralException');
  });
});
