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
