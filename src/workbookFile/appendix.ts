/**
 * The Word appendix of the report (REPORT.md "Word appendix") as bytes: the summary sheet model
 * read back as an appendix (src/core/report), rendered by src/docx.
 */
import type { Grid } from '../core/grid';
import type { Report } from '../core/indicator';
import { appendixOf, buildReportModel, defaultSheetSettings, type SheetSettings } from '../core/report';
import { appendixBytes } from '../docx/appendix';

export function reportAppendix(
  report: Report,
  grids: Grid[],
  settings: Partial<SheetSettings> = {},
): Promise<Uint8Array> {
  const s = { ...defaultSheetSettings, ...settings };
  return appendixBytes(appendixOf(buildReportModel(report, grids, s), s.bodyType));
}
