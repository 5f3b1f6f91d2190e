/**
 * The task pane's "Phân tích" step: read the open workbook and run the engine, writing nothing —
 * `analyzeWorkbook(context, settings)`. It lists every table found (also those the user left out,
 * so their checkboxes can be ticked again) with each indicator's typed kind and direction.
 *
 * Syncs: those of `readWorkbook` — 2 for an ordinary workbook; more for a sheet longer than one
 * response carries (read in bands) or in its merged-areas fallback. No write.
 * User-caused failures come back as `{ ok: false, message }` in Vietnamese, like `generateReport`.
 */
/// <reference types="office-js" />
import { runReport } from '../core/index';
import type { Direction, Finding, TableResult } from '../core/indicator';
import { directionKey } from '../core/indicator';
import { refOf } from './address';
import { excelApiSupported, excelRefusal, hostRefusal, isHostError, MIN_EXCEL_API, type ExcelRefusal } from './host';
import { readWorkbook, READ_WINDOW } from './readWorkbook';
import { mergeWarnings } from './runInExcel';
import { defaultAddinSettings, parseSettings, toReportSettings, type AddinSettings } from './settings';

export type AnalyzeResult =
  | {
      ok: true;
      /** Every table with indicators, the excluded ones included, with the user's direction overrides applied. */
      tables: TableResult[];
      /** The direction the engine infers for each indicator (`sheet!row`), before any override. */
      autoDirections: Record<string, Direction>;
      /** Check findings over all tables. */
      checks: Finding[];
      /** Vietnamese notes (sheets read only in part). */
      warnings: string[];
      syncs: number;
    }
  | ExcelRefusal;

/** The key of an indicator in `directionOverrides` (core's `directionKey`: its sheet and 1-based row). */
export function overrideKey(ind: { row: number; cells: { name: { sheet: string } } }): string {
  return directionKey(ind.cells.name.sheet, ind.row);
}

/** Read → runReport, without writing anything. */
export async function analyzeWorkbook(
  context: Excel.RequestContext,
  settings: Partial<AddinSettings> = defaultAddinSettings,
): Promise<AnalyzeResult> {
  if (!excelApiSupported(MIN_EXCEL_API)) return excelRefusal(0, 'host-too-old');
  const s = parseSettings({ ...defaultAddinSettings, ...settings });
  let read: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    read = await readWorkbook(context);
  } catch (e) {
    if (isHostError(e)) return hostRefusal('read', e, 0);
    throw e;
  }
  if (!read.ok) return read;

  const base = { ...toReportSettings(s), excludedTables: [] };
  const run = runReport(read.grids, base);
  if (!run.ok) return { ...run, syncs: read.syncs };
  // Without overrides the run above already shows the inferred directions; with some, one more
  // (pure, in-memory) run tells what each overridden indicator would be by itself.
  const auto =
    Object.keys(s.directionOverrides).length === 0 ? run : runReport(read.grids, { ...base, directionOverrides: {} });
  const autoDirections: Record<string, Direction> = {};
  if (auto.ok)
    for (const t of auto.report.tables)
      for (const ind of t.indicators) autoDirections[overrideKey(ind)] = ind.direction;

  const warnings = [
    ...read.clipped.map(
      (sheet) => `Trang "${sheet}" có dữ liệu ngoài vùng ${refOf(READ_WINDOW)}: phần đó không được đọc.`,
    ),
    ...mergeWarnings(read),
    ...(run.report.notices ?? []),
  ];
  return {
    ok: true,
    tables: run.report.tables,
    autoDirections,
    checks: run.report.checks,
    warnings,
    syncs: read.syncs,
  };
}
