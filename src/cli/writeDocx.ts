/**
 * `--docx FILE`: the Word appendix of the report (REPORT.md "Word appendix"), made by the
 * host-neutral pipeline (`src/workbookFile/appendix`) and written here, never onto the input.
 */
import type { Grid } from '../core/grid';
import type { Report } from '../core/indicator';
import type { SheetSettings } from '../core/report';
import { reportAppendix } from '../workbookFile/appendix';
import { writeNewFile, type WriteOutcome } from './writeResults';

export function writeDocx(
  report: Report,
  grids: Grid[],
  paths: { input: string; output: string },
  settings: Partial<SheetSettings> = {},
): Promise<WriteOutcome> {
  return writeNewFile(paths.input, paths.output, () => reportAppendix(report, grids, settings));
}
