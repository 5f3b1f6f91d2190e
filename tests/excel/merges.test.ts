/**
 * Issue 12, item 1: the add-in never gives a different report in silence when merged cells are
 * not read (ExcelApi below 1.13, or Excel refusing the merged areas and the reader retrying
 * without them). The same workbook gives the same counts and the same written sheet with and
 * without merges; where the report could still depend on merges it was not given, the result
 * carries one Vietnamese warning (the pane and the ribbon show `warnings`).
 */
/// <reference types="office-js" />
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readWorkbook as readXlsx } from '../../src/cli/readWorkbook';
import type { Grid } from '../../src/core/grid';
import { analyzeWorkbook } from '../../src/excel/analyze';
import { generateReport, mergesWarning } from '../../src/excel/runInExcel';
import { createFakeExcel, HostError, installOfficeGlobals, type FakeExcel } from '../fake-excel';
import type { FakeRequestContext } from '../fake-excel/client';
import { termTableThreeRowHeader } from '../core/headerShapes';

const TODAY = new Date(2020, 11, 15);
const FIXTURES = resolve(__dirname, '../fixtures');

let restore: (() => void) | undefined;
afterEach(() => restore?.());

async function fixture(name: string): Promise<Grid[]> {
  const read = await readXlsx(resolve(FIXTURES, `${name}.xlsx`));
  if (!read.ok) throw new Error(read.message);
  return read.grids;
}

type Host = 'ExcelApi 1.13 (merges read)' | 'ExcelApi 1.12 (no merges)' | 'merged areas refused (retry without)';

/** Runs generateReport on a fresh fake workbook of these grids, on the given host. */
async function runOn(host: Host, grids: Grid[]) {
  restore?.();
  restore = installOfficeGlobals({ excelApiMinor: host.startsWith('ExcelApi 1.12') ? 12 : 18 }).restore;
  const fake: FakeExcel = createFakeExcel(grids);
  let mergeQueries = 0;
  if (host.startsWith('merged areas refused')) {
    // Excel fails the whole batch when a band has more than 512 merged areas.
    fake.state.mergedAreas = () => {
      mergeQueries++;
      throw new HostError('GeneralException', 'More than 512 merged areas.');
    };
  }
  const r = await generateReport(fake.newContext(), {}, undefined, { today: TODAY });
  if (!r.ok) throw new Error(r.message);
  if (host.startsWith('merged areas refused')) expect(mergeQueries).toBeGreaterThan(0);
  const sheet = fake.state.snapshot(r.sheetName) as { notes: unknown[] };
  // Cell notes need ExcelApi 1.18: a 1.12 host writes none, merges or not (compared apart).
  if (host.startsWith('ExcelApi 1.12')) expect(sheet.notes).toEqual([]);
  return { result: r, sheet, counts: r.report.counts };
}

/** The written sheet as a host without the notes API shows it. */
function withoutNotes(sheet: { notes: unknown[] }) {
  return { ...sheet, notes: [] };
}

/** `without`'s sheet equals `withMerges`' (its notes too when the host can write them). */
function expectSameSheet(host: Host, without: { notes: unknown[] }, withMerges: { notes: unknown[] }) {
  const notesApi = !host.startsWith('ExcelApi 1.12');
  expect(without, host).toEqual(notesApi ? withMerges : withoutNotes(withMerges));
}

const WITHOUT: Host[] = ['ExcelApi 1.12 (no merges)', 'merged areas refused (retry without)'];

describe('merges not read: the same report, the same sheet', () => {
  it('duc-giang-2015-2020 (Năm 2015 over KH | TH): 7 vượt / 0 / 0 / 1 on every host, the same sheet', async () => {
    const grids = await fixture('duc-giang-2015-2020');
    expect(grids[0].merges?.length).toBeGreaterThan(5);
    const withMerges = await runOn('ExcelApi 1.13 (merges read)', grids);
    expect(withMerges.counts).toMatchObject({ total: 8, vuot: 7, dat: 0, chua_dat: 0, khong_danh_gia: 1 });
    for (const host of WITHOUT) {
      const without = await runOn(host, grids);
      expect(without.counts, host).toEqual(withMerges.counts);
      expectSameSheet(host, without.sheet, withMerges.sheet);
      // Every group label is bounded by the next label: nothing left to doubt, no warning.
      expect(without.result.warnings, host).toEqual([]);
    }
  });

  it('a generated three-row header (Năm over 6 tháng | Cả năm over KH | TH | %): the same counts and sheet', async () => {
    const grid = termTableThreeRowHeader();
    const withMerges = await runOn('ExcelApi 1.13 (merges read)', [grid]);
    expect(withMerges.counts.total).toBe(grid.values.filter((r) => typeof r[0] === 'number').length);
    for (const host of WITHOUT) {
      const without = await runOn(host, [grid]);
      expect(without.counts, host).toEqual(withMerges.counts);
      expectSameSheet(host, without.sheet, withMerges.sheet);
    }
  });
});

/**
 * A table whose last period has nothing after it but a `Tỷ lệ` of the whole period on the
 * sub-header row: merged, `Năm 2020` covers KH | TH only; without merges the values cannot tell.
 */
function doubtfulTable(): Grid {
  return {
    sheet: 'Chỉ tiêu 2019-2020',
    values: [
      [null, null, null, 'Năm 2019', null, 'Năm 2020', null, null],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH', 'TH', 'KH', 'TH', 'Tỷ lệ TH/KH cả giai đoạn (%)'],
      [1, 'Kết nạp đảng viên', 'Đảng viên', 8, 9, 8, 11, 125],
      [2, 'Thu ngân sách', 'Triệu đồng', 9800, 30120, 10500, 36015, 326],
    ],
    merges: [
      { top: 0, left: 3, bottom: 0, right: 4 },
      { top: 0, left: 5, bottom: 0, right: 6 },
    ],
  };
}

describe('merges not read and the table may depend on them: one Vietnamese warning, pane and ribbon', () => {
  const WARNING = mergesWarning(['Chỉ tiêu 2019-2020']);

  it('the warning names the sheet, says why and what to check, in Vietnamese', () => {
    expect(WARNING).toMatch(/^Excel không cho đọc các ô gộp/);
    expect(WARNING).toContain('"Chỉ tiêu 2019-2020"');
    expect(WARNING).toMatch(/hãy kiểm tra các cột năm, KH, TH và đơn vị tính/);
  });

  it("generateReport (the pane's and the ribbon's run): the warning without merges only", async () => {
    expect((await runOn('ExcelApi 1.13 (merges read)', [doubtfulTable()])).result.warnings).toEqual([]);
    for (const host of WITHOUT) expect((await runOn(host, [doubtfulTable()])).result.warnings, host).toEqual([WARNING]);
  });

  it("the pane's analysis shows it too", async () => {
    restore?.();
    restore = installOfficeGlobals({ excelApiMinor: 12 }).restore;
    const r = await analyzeWorkbook(createFakeExcel([doubtfulTable()]).context);
    expect(r).toMatchObject({ ok: true, warnings: [WARNING] });
  });

  it('the ribbon command shows it in its dialog', async () => {
    restore?.();
    const fake = createFakeExcel([doubtfulTable()]);
    restore = installOfficeGlobals({
      excelApiMinor: 12,
      newContext: () => fake.newContext() as unknown as FakeRequestContext,
    }).restore;
    // The function file registers itself on load (`Office.onReady`), which the fake host leaves pending.
    (globalThis as unknown as { Office: { onReady: () => Promise<never> } }).Office.onReady = () =>
      new Promise(() => {});
    const { runCommand } = await import('../../src/commands/commands');
    const outcome = await runCommand();
    expect(outcome).toMatchObject({ kind: 'dialog' });
    expect(outcome.kind === 'dialog' && outcome.message.split('\n')).toContain(WARNING);
  });
});
