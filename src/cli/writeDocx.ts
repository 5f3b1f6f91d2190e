/**
 * `--docx FILE`: the Word appendix of the report (REPORT.md "Word appendix") — the summary sheet
 * model read back as an appendix (src/core/report), rendered by src/docx, never onto the input.
 */
import type { Grid } from '../core/grid';
import type { Report } from '../core/indicator';
import { appendixOf, buildReportModel, defaultSheetSettings, type SheetSettings } from '../core/report';
import { appendixBytes } from '../docx/appendix';
import { writeNewFile, type WriteOutcome } from './writeResults';

export function writeDocx(
  report: Report,
  grids: Grid[],
  paths: { input: string; output: string },
  settings: Partial<SheetSettings> = {},
): Promise<WriteOutcome> {
  const s = { ...defaultSheetSettings, ...settings };
  return writeNewFile(paths.input, paths.output, () =>
    appendixBytes(appendixOf(buildReportModel(report, grids, s), s.bodyType)),
  );
}
