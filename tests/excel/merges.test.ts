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
import { generateReport } from '../../src/excel/runInExcel';
import { createFakeExcel, HostError, installOfficeGlobals, type FakeExcel } from '../fake-excel';
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
