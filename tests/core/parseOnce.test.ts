/**
 * Issue 13 item 3, parse once: detection reads each source cell of an indicator (target, actual,
 * previous actual, month's figure, reported %, term target…) once and captures it — place, raw
 * value, number format, reading. The figures, the checks, the sentences and the summary sheet use
 * the captured cell and never read the worksheet's values again; a money value typed in another
 * unit is brought into the row's unit once.
 *
 * The reads are counted by a grid whose rows count every `values[row][col]` they give.
 */
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { detectTables } from '../../src/core/detect/index';
import type { Grid } from '../../src/core/grid';
import { decodeLegacyGrid } from '../../src/core/legacyGrid';
import { runReport } from '../../src/core/index';
import type { PeriodCells, Report } from '../../src/core/indicator';
import { convertMoney } from '../../src/core/money';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import type { SourceCell } from '../../src/core/sourceCell';
import { fixture, FIXTURE_NAMES } from '../fixtures/sources';
import { grid, ind, reportOf } from './helpers';

vi.mock('../../src/core/money', async (importOriginal) => {
  const money = await importOriginal<typeof import('../../src/core/money')>();
  return { ...money, convertMoney: vi.fn(money.convertMoney) };
});

const SAMPLE = resolve(__dirname, '../../assets/mau-chi-tieu.xlsx');
const WORKBOOKS = [SAMPLE, ...FIXTURE_NAMES.map(fixture)];

const PERIOD_CELLS = [
  'target',
  'assignedTarget',
  'actual',
  'monthActual',
  'previousActual',
  'reportedPct',
  'reportedYoy',
] as const satisfies readonly (keyof PeriodCells)[];

/** How many times each cell (`sheet!row,col`) was read. */
type Reads = Map<string, number>;

const cellKey = (sheet: string, row: number, col: number) => `${sheet}!${row},${col}`;

/**
 * The grids again, each row counting the cells read from it into `reads`. They are handed to the
 * run decoded (its text edge, before any parsing: not counted), so the run does not decode them again.
 */
function counting(grids: Grid[], reads: Reads): Grid[] {
  const decoded = grids.map((g) => decodeLegacyGrid(countingRows(g, reads)));
  reads.clear();
  return decoded;
}

function countingRows(g: Grid, reads: Reads): Grid {
  return {
    ...g,
    values: g.values.map(
      (cells, row) =>
        new Proxy(cells, {
          get(target, key, receiver) {
            if (typeof key === 'string' && /^\d+$/.test(key)) {
              const k = cellKey(g.sheet, row, Number(key));
              reads.set(k, (reads.get(k) ?? 0) + 1);
            }
            return Reflect.get(target, key, receiver);
          },
        }),
    ),
  };
}

/** Every source cell the report's figures came from, with the first indicator row of its table. */
function sourceCells(report: Report): { cell: SourceCell<unknown>; firstRow: number }[] {
  return report.tables.flatMap((t) => {
    const firstRow = Math.min(...t.indicators.map((i) => i.row - 1));
    return t.indicators.flatMap((i) => {
      const cells: (SourceCell<unknown> | undefined)[] = [
        ...i.periods.flatMap((p) => PERIOD_CELLS.map((key) => p.cells[key])),
        i.term?.cells.termTarget,
        i.term?.cells.reportedPct,
      ];
      return cells.filter((c) => c !== undefined).map((cell) => ({ cell, firstRow }));
    });
  });
}

/** A workbook's grids as the run reads them: legacy text decoded. */
async function gridsOf(path: string): Promise<Grid[]> {
  const read = await readWorkbook(path);
  if (!read.ok) throw new Error(read.message);
  return read.grids.map(decodeLegacyGrid);
}

function reportRead(grids: Grid[], reads: Reads): Report {
  const run = runReport(counting(grids, reads));
  if (!run.ok) throw new Error(run.message);
  return run.report;
}

describe('parse once: each source cell is read by detection, once, and by nothing after it', () => {
  for (const path of WORKBOOKS) {
    const name = path.split('/').pop();

    it(`${name}: a report reads each source cell once (the row under a header: twice)`, async () => {
      const reads: Reads = new Map();
      const report = reportRead(await gridsOf(path), reads);
      const cells = sourceCells(report);
      expect(cells.length).toBeGreaterThan(10);
      expect(reads.size).toBeGreaterThan(cells.length);
      // The header test looks at the row under a header to tell a sub-header or a column-number
      // row from data: that row's cells are read once more.
      const over = cells.filter(
        ({ cell, firstRow }) =>
          (reads.get(cellKey(cell.sheet, cell.row, cell.col)) ?? 0) > (cell.row === firstRow ? 2 : 1),
      );
      expect(over.map(({ cell }) => cellKey(cell.sheet, cell.row, cell.col))).toEqual([]);
    });

    it(`${name}: after detection, the figures, checks and sentences read no source cell`, async () => {
      const grids = await gridsOf(path);
      const inReport: Reads = new Map();
      const report = reportRead(grids, inReport);
      const inDetection: Reads = new Map();
      for (const g of counting(grids, inDetection)) detectTables(g);
      const readAfter = sourceCells(report)
        .map(({ cell }) => cellKey(cell.sheet, cell.row, cell.col))
        .filter((k) => inReport.get(k) !== inDetection.get(k));
      expect(readAfter).toEqual([]);
    });

    it(`${name}: the summary sheet reads no cell of the workbook`, async () => {
      const grids = await gridsOf(path);
      const report = reportRead(grids, new Map());
      const reads: Reads = new Map();
      const model = buildReportModel(report, counting(grids, reads), defaultSheetSettings);
      expect(model.cells.some((c) => c.formula?.includes('!'))).toBe(true);
      expect(reads.size).toBe(0);
    });
  }
});

describe('parse once: a value typed in another money unit is converted once', () => {
  // Three years of a `Triệu đồng` row typed in tỷ: each year's actual is also the next year's
  // previous actual and a term figure, each target is judged once.
  const values = [
    ['Chỉ tiêu', 'ĐVT', 'Năm 2021', null, 'Năm 2022', null, 'Năm 2023', null],
    [null, null, 'KH', 'TH', 'KH', 'TH', 'KH', 'TH'],
    ['Thu ngân sách', 'Triệu đồng', '20 tỷ', '25,3 tỷ', '21 tỷ', '26 tỷ', '22 tỷ', '27 tỷ'],
  ];

  it('six cells typed in tỷ: six conversions, and the figures in triệu đồng', () => {
    const converted = vi.mocked(convertMoney);
    converted.mockClear();
    const revenue = ind(reportOf(grid(values)), 'Thu ngân sách');
    expect(converted).toHaveBeenCalledTimes(6);
    expect(revenue.periods.map((p) => [p.period, p.target, p.actual, p.previousActual])).toEqual([
      ['2021', 20000, 25300, null],
      ['2022', 21000, 26000, 25300],
      ['2023', 22000, 27000, 26000],
    ]);
    expect(revenue.term?.total).toBe(78300);
  });
});
