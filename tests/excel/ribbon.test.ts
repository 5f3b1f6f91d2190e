/**
 * The ribbon's "Sinh báo cáo" tells a cancel from a failure by the refusal's code, not by its text:
 * a kept (edited) report sheet is the `cancelled` refusal, shown with the hint to use the pane;
 * any other refusal (no indicator table) is shown as it is, without the hint.
 */
/// <reference types="office-js" />
import { afterEach, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { NO_TABLE_MESSAGE } from '../../src/core/index';
import { REFUSAL_MESSAGES } from '../../src/core/refusal';
import { generateReport } from '../../src/excel/runInExcel';
import { vi } from '../../src/taskpane/i18n/vi';
import { createFakeExcel, installOfficeGlobals, type FakeExcel } from '../fake-excel';
import type { FakeRequestContext } from '../fake-excel/client';
import { fixtureGrids } from './helpers';

let restore: (() => void) | undefined;
afterEach(() => restore?.());

/** The ribbon command on `fake`, the function file loaded as Excel loads it. */
async function ribbon(fake: FakeExcel) {
  restore?.();
  restore = installOfficeGlobals({
    newContext: () => fake.newContext() as unknown as FakeRequestContext,
  }).restore;
  // The function file registers itself on load (`Office.onReady`), which the fake host leaves pending.
  (globalThis as unknown as { Office: { onReady: () => Promise<never> } }).Office.onReady = () => new Promise(() => {});
  const { runCommand } = await import('../../src/commands/commands');
  return runCommand();
}

async function withReportSheet(grids: Grid[]): Promise<FakeExcel> {
  restore = installOfficeGlobals().restore;
  const fake = createFakeExcel(grids);
  const first = await generateReport(fake.newContext(), {}, undefined, { today: null });
  if (!first.ok) throw new Error(first.message);
  return fake;
}

describe('the ribbon reads the refusal code', () => {
  it('an edited report sheet is kept: the cancel message and the hint', async () => {
    const fake = await withReportSheet(await fixtureGrids('phuc-dong-2020'));
    const context = fake.newContext();
    context.workbook.worksheets.getItem('Báo cáo chỉ tiêu').getRange('B8').values = [['sửa tay']];
    await context.sync();
    const outcome = await ribbon(fake);
    expect(outcome).toEqual({
      kind: 'dialog',
      title: vi.dialog.failed,
      message: `${REFUSAL_MESSAGES.cancelled()}\n${vi.dialog.replaceHint}`,
    });
  });

  it('a workbook without an indicator table: the message alone', async () => {
    const fake = createFakeExcel([{ sheet: 'Ghi chú', values: [['Số liệu gửi quận ngày 15/12']] }]);
    const outcome = await ribbon(fake);
    expect(outcome).toEqual({ kind: 'dialog', title: vi.dialog.failed, message: NO_TABLE_MESSAGE });
  });
});
