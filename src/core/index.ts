/**
 * The engine's entry point: `runReport(grids)` — worksheets in, typed and checked figures out.
 * Pure: no I/O, no clock, no host objects. Both adapters (office-js and ExcelJS) call this.
 * The grids come as the reader read them (with the fonts it knows): the run decodes their legacy
 * text once, whatever the reader, and hands the decoded grids back for the writers.
 */
import type { Grid } from './grid';
import type { Counts, IndicatorResult, Report, TableResult } from './indicator';
import { detectTables } from './detect';
import { directionsByName, typeAndCompute } from './compute';
import { bodiesOnlyReport } from './bodiesOnly';
import { bodyShareFindings, checkReport } from './checks';
import { defaultNarrativeSettings, narrate, type NarrativeSettings } from './narrative';
import { decodedTextNotices, decodeLegacyGrid, isDecodedGrid } from './legacyGrid';
import { inferredIndicators, inferredNotice } from './dictionary/notice';
import { readTitleBlocks } from './titleBlock';
import { MAX_INDICATORS, refuse, refusalMessage, type Refusal } from './refusal';
import { supplyPrevious, type PreviousYearFile } from './previousYear';

export type { PreviousYearFile } from './previousYear';

export type { Grid, CellValue, CellRange, CellError } from './grid';
export type * from './indicator';

/** Settings that change how a report is computed or worded. */
export interface ReportSettings extends NarrativeSettings {
  /** Per-indicator direction overrides, keyed by `sheet!row` (1-based row) — set in the task pane. */
  directionOverrides: Record<string, 'increase' | 'decrease'>;
  /**
   * Direction overrides by indicator name, for hosts that know names rather than cells (the command
   * line's `--giam-la-tot "Số hộ tái nghèo"`, a file of name → direction lines, the web page): matched
   * case-, diacritic- and numbering-insensitively; a `sheet!row` override wins over a name.
   */
  directionByName: Record<string, 'increase' | 'decrease'>;
  /** Tables left out of the report, keyed by `tableKey` (unticked in the task pane). */
  excludedTables: string[];
}

export const defaultSettings: ReportSettings = {
  ...defaultNarrativeSettings,
  directionOverrides: {},
  directionByName: {},
  excludedTables: [],
};

/**
 * The key of a table, stable across runs while the sheet keeps its layout: `Chỉ tiêu 2020!A6:H22`.
 */
export function tableKey(t: { sheet: string; range: string }): string {
  return `${t.sheet}!${t.range}`;
}

/** Outcome of a run: a report, or a Vietnamese message the user can act on. */
export { refuse, refusalMessage, REFUSAL_MESSAGES, type Refusal, type RefusalCode } from './refusal';

/**
 * A run's report with the grids it read, decoded to Unicode (`decodeLegacyGrid`): what the summary
 * sheet, the title block and the header read after the run.
 */
export type RunResult = { ok: true; report: Report; grids: Grid[] } | Refusal;

/** Message shown when no sheet holds an indicator table. */
export const NO_TABLE_MESSAGE = refusalMessage('no-table');

/**
 * The most indicators one report takes. A ward or district keeps tens to hundreds; 100,000 (the
 * largest size benchmarked) is reported within seconds, while a sheet of several hundred thousand
 * rows would take past the 30 s a user waits and yield a report nobody reads — such a workbook
 * gets a clear message instead.
 */
export { MAX_INDICATORS };

/** Message shown when every table found was left out by the user. */
export const NO_TABLE_SELECTED_MESSAGE = refusalMessage('no-table-selected');

/** The shares of a run `onProgress` reports: detection up to `DETECTED`, then the indicators up to `DONE`. */
const DETECTED = 0.3;
const DONE = 0.95;

/**
 * Runs the whole pipeline on a workbook's sheets; `onProgress` hears the fraction done (0…1) after
 * each sheet is read for tables and after each indicator is computed and narrated, so a host can
 * show a long run moving.
 * @example
 * const r = runReport([{ sheet: 'S', values: [['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'], ['Thu ngân sách', 'Triệu đồng', 100, 120]] }]);
 * r.ok && r.report.counts.vuot // → 1
 */
/** What a run may also be given besides the grids and the settings. */
export interface RunOptions {
  /** Last year's report, for the cùng kỳ the table lacks (`--cung-ky`). */
  previousYear?: PreviousYearFile;
  /** Told the fraction of the run done (0–1), after each sheet read and each indicator. */
  onProgress?: (fraction: number) => void;
}

export function runReport(
  read: Grid[],
  settings: Partial<ReportSettings> = {},
  { previousYear: readPreviousYear, onProgress = () => undefined }: RunOptions = {},
): RunResult {
  const grids = read.map(unicodeGrid);
  const previousYear = readPreviousYear && { ...readPreviousYear, grids: readPreviousYear.grids.map(unicodeGrid) };
  const s: ReportSettings = { ...defaultSettings, ...settings };
  const tables: TableResult[] = [];
  const detected = grids.flatMap((grid, i) => {
    const found = detectTables(grid);
    onProgress((DETECTED * (i + 1)) / grids.length);
    return found;
  });
  const found = detected.reduce((n, t) => n + t.indicators.length, 0);
  if (found > MAX_INDICATORS) return refuse('too-many-indicators', found);
  // Cùng kỳ from last year's file, where the table has none: before any figure is computed.
  const supplied = previousYear ? supplyPrevious(detected, previousYear) : { findings: [], notices: [] };
  const byName = directionsByName(s.directionByName);
  // Each indicator computed, then each narrated, moves the fraction on by its share.
  let done = 0;
  const step = (DONE - DETECTED) / Math.max(1, 2 * found);
  const onIndicator = () => onProgress(DETECTED + ++done * step);
  for (const d of detected) tables.push(typeAndCompute(d, s.directionOverrides, byName, onIndicator));
  const excluded = new Set(s.excludedTables);
  const withIndicators = tables.filter((t) => t.indicators.length > 0 && !excluded.has(tableKey(t)));
  if (withIndicators.length === 0) {
    const allExcluded = tables.some((t) => t.indicators.length > 0);
    const bodiesOnly = allExcluded ? null : bodiesOnlyReport(grids);
    if (bodiesOnly) return { ok: true, report: withDecodedNotices(bodiesOnly, grids), grids };
    return refuse(allExcluded ? 'no-table-selected' : 'no-table');
  }
  const report: Report = {
    tables: withIndicators,
    counts: countStatuses(withIndicators.flatMap((t) => t.indicators)),
    narrative: [],
    checks: [...checkReport(withIndicators), ...bodyShareFindings(grids, detected), ...supplied.findings],
  };
  const titles = readTitleBlocks(grids, withIndicators);
  report.narrative = narrate(report, s, { titles, onIndicator });
  const notices = [...decodedTextNotices(grids), ...detected.flatMap((t) => t.notices ?? []), ...supplied.notices];
  const inferred = inferredIndicators(withIndicators);
  if (inferred.length > 0) {
    report.inferred = inferred;
    notices.push(inferredNotice(inferred)!);
  }
  if (notices.length > 0) report.notices = notices;
  return { ok: true, report, grids };
}

/** The grid with its legacy text decoded, once: a grid a run already decoded is taken as it is. */
function unicodeGrid(grid: Grid): Grid {
  return isDecodedGrid(grid) ? grid : decodeLegacyGrid(grid);
}

/** The report with the notices of text decoded from TCVN3 / VNI first, as every report has them. */
function withDecodedNotices(report: Report, grids: Grid[]): Report {
  const notices = [...decodedTextNotices(grids), ...(report.notices ?? [])];
  return notices.length > 0 ? { ...report, notices } : report;
}

/**
 * Counts of overall statuses over top-level indicators (sub-indicators excluded), and the outlook
 * counts of a term in progress.
 */
export function countStatuses(indicators: IndicatorResult[]): Counts {
  const counts: Counts = { total: 0, vuot: 0, dat: 0, chua_dat: 0, khong_danh_gia: 0 };
  for (const ind of indicators) {
    if (ind.parent !== null) continue;
    counts.total++;
    counts[ind.overallStatus] = (counts[ind.overallStatus] ?? 0) + 1;
    const outlook = ind.term?.outlook;
    if (outlook) {
      counts.outlook ??= { da_dat: 0, co_kha_nang_dat: 0, kho_dat: 0 };
      counts.outlook[outlook]++;
    }
  }
  return counts;
}

export { toReportJson } from './json';
