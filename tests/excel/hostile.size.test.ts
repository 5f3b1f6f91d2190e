/**
 * The add-in on the 200,000-row hostile workbooks of the hardening issue (the size tests: the
 * `size` vitest project, which `npm run test:quick` skips): the table is found and the sheet read
 * in bands, or one Vietnamese line, every request and response under 5 MB.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import { MAX_INDICATORS } from '../../src/core/index';
import { createFakeExcel, installOfficeGlobals } from '../fake-excel';
import { HEADER, counts, expectOneVietnameseLine, indicatorRows, run } from './hostile';

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

describe('the add-in on 200,000-row hostile workbooks', () => {
  it('(b) a table followed by 200,000 rows of notes: the table is reported; the sheet is read in bands', async () => {
    const notes: CellValue[][] = Array.from({ length: 200_000 }, (_, k) => [`Ghi chú số ${k + 1}`, k + 1, 2 * k]);
    const fake = createFakeExcel([
      { sheet: 'Chỉ tiêu 2020', values: [HEADER, ...indicatorRows(30), [], [], ...notes] },
    ]);
    const { result } = await run(fake);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.counts).toEqual(counts(30));
    // Rows past the read window (120,000) are not read, and the user is told so.
    expect(result.warnings.join(' ')).toContain('Chỉ tiêu 2020');
    console.log(`table + 200,000 rows of notes: ${result.syncs} syncs (fake host)`);
  });

  it('(b) a table of 200,000 indicator rows: one Vietnamese line, nothing written', async () => {
    const fake = createFakeExcel([{ sheet: 'Chỉ tiêu 2020', values: [HEADER, ...indicatorRows(200_000)] }]);
    const { result, newSheets } = await run(fake);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expectOneVietnameseLine(result.message);
    expect(result.message).toContain(MAX_INDICATORS.toLocaleString('vi-VN'));
    expect(newSheets).toEqual([]);
    expect(fake.state.names.size).toBe(0);
    console.log(`200,000 indicator rows: refused after ${result.syncs} syncs (fake host)`);
  });
});
