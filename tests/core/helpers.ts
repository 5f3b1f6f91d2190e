/** Small builders shared by the core tests: grids from rows, a report that must succeed, lookups. */
import { expect } from 'vitest';
import { runReport, type ReportSettings } from '../../src/core/index';
import type { CellRange, CellValue, Grid } from '../../src/core/grid';
import type { IndicatorResult, PeriodFigures, Report } from '../../src/core/indicator';

export interface GridOptions {
  sheet?: string;
  numberFormats?: (string | null | undefined)[][];
  merges?: CellRange[];
  formulas?: (string | null | undefined)[][];
}

/** A grid from rows of cells, sheet `S` unless told. */
export function grid(values: CellValue[][], options: GridOptions = {}): Grid {
  const { sheet = 'S', ...rest } = options;
  return { sheet, values, ...rest };
}

/** Runs the engine on grids and returns the report; fails the test when the engine refuses. */
export function reportOf(input: Grid | Grid[] | CellValue[][], settings: Partial<ReportSettings> = {}): Report {
  const grids = Array.isArray(input) ? (isGridList(input) ? input : [grid(input as CellValue[][])]) : [input];
  const result = runReport(grids, settings);
  if (!result.ok) throw new Error(`engine refused: ${result.message}`);
  return result.report;
}

function isGridList(input: Grid[] | CellValue[][]): input is Grid[] {
  return input.length > 0 && typeof input[0] === 'object' && input[0] !== null && !Array.isArray(input[0]);
}

/** All indicators of a report, every table. */
export function indicators(report: Report): IndicatorResult[] {
  return report.tables.flatMap((t) => t.indicators);
}

/** The indicator with that name (the only one), failing the test when absent. */
export function ind(report: Report, name: string): IndicatorResult {
  const found = indicators(report).filter((i) => i.name === name);
  expect(
    found.map((i) => i.name),
    `indicator ${name}`,
  ).toEqual([name]);
  return found[0];
}

/** The one period of an indicator named `name`. */
export function period(report: Report, name: string, label?: string): PeriodFigures {
  const i = ind(report, name);
  if (label === undefined) {
    expect(i.periods.length, `${name} has one period`).toBe(1);
    return i.periods[0];
  }
  const p = i.periods.find((x) => x.period === label);
  expect(p, `${name} period ${label}`).toBeDefined();
  return p!;
}

/** Names of the indicators of a report, in order. */
export function names(report: Report): string[] {
  return indicators(report).map((i) => i.name);
}

/** A one-table sheet with header `Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện` and these rows. */
export function simpleTable(
  rows: CellValue[][],
  header: CellValue[] = ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
): CellValue[][] {
  return [header, ...rows];
}
