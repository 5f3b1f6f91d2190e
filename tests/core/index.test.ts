/** runReport: tables the user leaves out are not reported; leaving out all of them is a clear message. */
import { describe, expect, it } from 'vitest';
import { NO_TABLE_SELECTED_MESSAGE, runReport, tableKey } from '../../src/core/index';
import type { Grid } from '../../src/core/grid';

const grid: Grid = {
  sheet: 'S',
  values: [
    ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
    ['Thu ngân sách', 'Triệu đồng', 100, 120],
    [],
    [],
    ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
    ['Số hộ nghèo', 'Hộ', 20, 25],
  ],
};

describe('excluded tables', () => {
  it('an unticked table is left out of tables, counts and sentences', () => {
    const all = runReport([grid]);
    if (!all.ok) throw new Error(all.message);
    expect(all.report.tables.map(tableKey)).toEqual(['S!A1:D2', 'S!A5:D6']);
    const some = runReport([grid], { excludedTables: ['S!A5:D6'] });
    if (!some.ok) throw new Error(some.message);
    expect(some.report.counts).toEqual({ total: 1, vuot: 1, dat: 0, chua_dat: 0, khong_danh_gia: 0 });
    expect(some.report.narrative.join(' ')).not.toMatch(/hộ nghèo/);
  });
  it('leaving out every table is a Vietnamese message, not an empty report', () => {
    expect(runReport([grid], { excludedTables: ['S!A1:D2', 'S!A5:D6'] })).toEqual({
      ok: false,
      code: 'no-table-selected',
      message: NO_TABLE_SELECTED_MESSAGE,
    });
  });
});

describe('report size limit', () => {
  it(`more than MAX_INDICATORS indicator rows is a Vietnamese message, not a long wait`, async () => {
    const { MAX_INDICATORS } = await import('../../src/core/index');
    const values: Grid['values'] = [['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện']];
    for (let i = 0; i <= MAX_INDICATORS; i++) values.push([`Chỉ tiêu số ${i + 1}`, 'Hộ', 10, 12]);
    const run = runReport([{ sheet: 'S', values }]);
    expect(run.ok).toBe(false);
    if (!run.ok) expect(run.message).toMatch(/^Sổ có 100\.001 dòng chỉ tiêu, quá 100\.000 dòng/);
  });
});
