/**
 * The add-in reads legacy Vietnamese text too (DOMAIN.md §7.6): Excel hands it the stored TCVN3
 * bytes, which the reader decodes by their content before the engine sees them, so the report is
 * the CLI's; the run's warnings carry "Đã chuyển mã TCVN3 sang Unicode (n ô)" for the pane.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport, toReportJson } from '../../src/core/index';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { generateReport } from '../../src/excel/runInExcel';
import { createFakeExcel, installOfficeGlobals } from '../fake-excel';
import { fixtureGrids } from './helpers';

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

/** The workbook as Excel holds it: each text the CLI decoded back to its stored bytes. */
function asStored(grids: Grid[]): Grid[] {
  return grids.map(({ decodedText, ...g }) => {
    const values = g.values.map((r) => r.slice());
    for (const d of decodedText ?? []) values[d.row][d.col] = d.original;
    return { ...g, values };
  });
}

function reportTables(grids: Grid[]) {
  const run = runReport(grids);
  if (!run.ok) throw new Error(run.message);
  return toReportJson(run.report).tables;
}

describe('add-in: a TCVN3 workbook (ngoc-thuy-2012-tcvn3) read through office-js', () => {
  it('the grids reach the engine in Unicode and give the CLI report, in 2 syncs', async () => {
    const cli = await fixtureGrids('ngoc-thuy-2012-tcvn3');
    const stored = asStored(cli);
    expect(stored[0].values[5][1]).toBe('ChØ tiªu');
    const r = await readWorkbook(createFakeExcel(stored).context);
    if (!r.ok) throw new Error(r.message);
    expect(r.syncs).toBe(2);
    expect(r.grids[0].values[5][1]).toBe('Chỉ tiêu');
    expect(reportTables(r.grids)).toEqual(reportTables(cli));
  });

  it('the run says how many cells were decoded, among the warnings the pane shows', async () => {
    const fake = createFakeExcel(asStored(await fixtureGrids('ngoc-thuy-2012-tcvn3')));
    const result = await generateReport(fake.newContext(), {}, undefined, { today: null });
    expect(result.ok && result.warnings).toEqual(['Đã chuyển mã TCVN3 sang Unicode (24 ô)']);
  });
});
