/**
 * The one settings module: what a user gave (a form, flags, stored settings) → the engine's and the
 * summary sheet's settings, with the header read from the workbook where the user gave none.
 * Layer: core ← settings ← every host (excel, workbookFile, cli, web, taskpane).
 */
import type { Grid } from '../core/grid';
import type { SheetSettings } from '../core/report/header';
import type { TablePlace } from '../core/titleBlock';
import { sheetSettings } from './resolve';
import type { UserSettings } from './userSettings';
import { readWorkbookHeader } from './workbookHeader';

export * from './userSettings';
export { engineSettings, sheetSettings } from './resolve';
export { runHeader, type HeaderSource, type RunHeader } from './headerView';
export { NO_HEADER, readWorkbookHeader, type WorkbookHeader } from './workbookHeader';

/** The header settings of a run: the user's, completed from the title blocks of the tables reported. */
export function runSheetSettings(
  u: UserSettings,
  grids: Grid[],
  tables: TablePlace[],
  today: Date | null,
): SheetSettings {
  return sheetSettings(u, readWorkbookHeader(grids, tables), today);
}
