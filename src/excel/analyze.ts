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
import {
  defaultUserSettings,
  engineSettings,
  readWorkbookHeader,
  type UserSettings,
  type WorkbookHeader,
} from '../settings';
import { autoDirections as autoDirectionsOf } from '../settings/autoDirections';
import type { ExcelRefusal } from './host';
import { runWarnings, startRun } from './runInExcel';

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
      /** The header the workbook's title block gives (shown, and editable, before "Sinh báo cáo"). */
      workbookHeader: WorkbookHeader;
      syncs: number;
    }
  | ExcelRefusal;

/** The key of an indicator in `directionOverrides` (core's `directionKey`: its sheet and 1-based row). */
export function overrideKey(ind: { row: number; cells: { name: { sheet: string } } }): string {
  return directionKey(ind.cells.name.sheet, ind.row);
}

/** No step is told: the analysis is the pane's opening, shown as busy as a whole. */
const NO_STEP_TEXT = { read: '', compute: '', write: '', done: '' };

/** Read → runReport, without writing anything. */
export async function analyzeWorkbook(
  context: Excel.RequestContext,
  settings: Partial<UserSettings> = defaultUserSettings,
): Promise<AnalyzeResult> {
  const start = await startRun(context, settings, NO_STEP_TEXT);
  if (!start.ok) return start;
  const { s, read } = start;

  const base = { ...engineSettings(s), excludedTables: [] };
  const run = runReport(read.grids, base);
  if (!run.ok) return { ...run, syncs: read.syncs };
  const autoDirections = autoDirectionsOf(run.grids, base, run.report);

  const warnings = runWarnings(read, run);
  return {
    ok: true,
    tables: run.report.tables,
    autoDirections,
    checks: run.report.checks,
    warnings,
    workbookHeader: readWorkbookHeader(run.grids, run.report.tables),
    syncs: read.syncs,
  };
}
