/**
 * Properties of the period rules (DOMAIN.md §7) over generated tables: the figures do not depend on
 * the column order, year-over-year figures only pair comparable periods, and a partial period never
 * reads "chưa đạt" for a higher-is-better amount still below its year's target.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import { runReport, toReportJson } from '../../src/core/index';
import { isComparable, isPreviousPeriod, periodOf } from '../../src/core/detect/period';
import { indicators, reportOf } from './helpers';

const RUNS = { numRuns: 120, seed: 7 };

const INDICATORS: [string, string][] = [
  ['Thu ngân sách', 'Triệu đồng'],
  ['Kết nạp đảng viên mới', 'Đảng viên'],
  ['Tỷ lệ hộ gia đình văn hóa', '%'],
  ['Số vụ phạm pháp hình sự', 'Vụ'],
  ['Giải quyết việc làm', 'Người'],
];

interface Column {
  header: string;
  value: (row: number) => number;
}

/** A table's value columns: for some years `KH yyyy | TH yyyy`, maybe a partial year and its cùng kỳ. */
const TABLE = fc
  .record({
    years: fc.uniqueArray(fc.integer({ min: 2018, max: 2023 }), { minLength: 1, maxLength: 4 }),
    planOnlyLast: fc.boolean(),
    partial: fc.option(fc.constantFrom(6, 9), { nil: null }),
    previousColumn: fc.boolean(),
    rows: fc.array(fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 12, maxLength: 12 }), {
      minLength: 1,
      maxLength: 5,
    }),
    order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
  })
  .map((t) => {
    const years = [...t.years].sort((a, b) => a - b);
    const columns: Column[] = [];
    let k = 0;
    const next = () => {
      const i = k++;
      return (row: number) => t.rows[row][i % 12];
    };
    years.forEach((y, i) => {
      if (!t.planOnlyLast || i === years.length - 1) columns.push({ header: `KH ${y}`, value: next() });
      columns.push({ header: `TH ${y}`, value: next() });
    });
    const last = years[years.length - 1];
    if (t.partial) {
      columns.push({ header: `KH năm ${last + 1}`, value: next() });
      columns.push({ header: `TH ${t.partial} tháng ${last + 1}`, value: next() });
      if (t.previousColumn) columns.push({ header: `Cùng kỳ ${t.partial} tháng ${last}`, value: next() });
    }
    return { columns, rows: t.rows.length, order: t.order };
  });

function gridOf(columns: Column[], rows: number): CellValue[][] {
  const header: CellValue[] = ['Chỉ tiêu', 'ĐVT', ...columns.map((c) => c.header)];
  const body = Array.from({ length: rows }, (_, r) => {
    const [name, unit] = INDICATORS[r % INDICATORS.length];
    return [`${name} ${r + 1}`, unit, ...columns.map((c) => c.value(r))] as CellValue[];
  });
  return [header, ...body];
}

function shuffled<T>(items: T[], keys: number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % keys.length] * 100 + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

/** The figures of a report, without what depends on where the columns stand. */
function figures(values: CellValue[][]) {
  const run = runReport([{ sheet: 'S', values }]);
  if (!run.ok) return run.message;
  const json = toReportJson(run.report);
  return { counts: json.counts, tables: json.tables.map((t) => ({ ...(t as object), range: undefined })) };
}

describe('property: periods come out in chronological order whatever the column order', () => {
  it('shuffling the value columns of a table gives the same figures', () => {
    fc.assert(
      fc.property(TABLE, (t) => {
        const straight = figures(gridOf(t.columns, t.rows));
        const mixed = figures(gridOf(shuffled(t.columns, t.order), t.rows));
        expect(mixed).toEqual(straight);
      }),
      RUNS,
    );
  });

  it("every indicator's periods are in chronological order", () => {
    fc.assert(
      fc.property(TABLE, (t) => {
        const report = reportOf(gridOf(shuffled(t.columns, t.order), t.rows));
        for (const ind of indicators(report)) {
          const ends = ind.periods.map((p) => {
            const period = periodOf(p.period)!;
            return Number(period.year) * 100 + period.endMonth;
          });
          expect(ends).toEqual([...ends].sort((a, b) => a - b));
        }
      }),
      RUNS,
    );
  });
});

describe('property: year-over-year figures only pair comparable periods', () => {
  it('a previous actual comes from the comparable period a year earlier or a cùng kỳ column of the same length', () => {
    fc.assert(
      fc.property(TABLE, (t) => {
        const values = gridOf(shuffled(t.columns, t.order), t.rows);
        const report = reportOf(values);
        for (const ind of indicators(report)) {
          for (const p of ind.periods) {
            if (p.previousActual === null) continue;
            const own = periodOf(p.period)!;
            const cell = p.cells.previousActual;
            if (cell) {
              const header = String(values[0][cell.col]);
              expect(isComparable(periodOf(header)!, own), `${header} vs ${p.period}`).toBe(true);
            } else {
              const before = ind.periods.find((q) => isPreviousPeriod(periodOf(q.period)!, own));
              expect(before?.actual, `${ind.name} ${p.period}`).toBe(p.previousActual);
            }
          }
        }
      }),
      RUNS,
    );
  });
});

describe('property: a partial period is never "chưa đạt" for a higher-is-better amount below its year target', () => {
  it('9 or 6 months of revenue below the year plan is đang thực hiện', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(3, 6, 9),
        fc.integer({ min: 100, max: 100_000 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (months, plan, share) => {
          const actual = Math.round(plan * share * 100) / 100;
          const report = reportOf([
            ['Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', `Thực hiện ${months} tháng 2024`],
            ['Thu ngân sách', 'Triệu đồng', plan, actual],
          ]);
          const p = indicators(report)[0].periods[0];
          expect(p.status).not.toBe('chua_dat');
          expect(p.status).toBe(actual < plan ? 'dang_thuc_hien' : 'dat');
          expect(p.elapsedPct).toBeCloseTo((months / 12) * 100, 9);
        },
      ),
      RUNS,
    );
  });
});
