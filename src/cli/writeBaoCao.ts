/**
 * `--bao-cao FILE`: the draft báo cáo (src/core/report/draft.ts), made by the host-neutral pipeline
 * (`src/workbookFile/baoCao`) and written here, never onto the input.
 */
import type { Grid } from '../core/grid';
import type { Report } from '../core/indicator';
import type { NarrativeSettings } from '../core/narrative/style';
import type { SheetSettings } from '../core/report';
import { reportBaoCao } from '../workbookFile/baoCao';
import { writeFailure, writeNewFile, type WriteOutcome } from './writeResults';

export function writeBaoCao(
  report: Report,
  grids: Grid[],
  paths: { input: string; output: string },
  sheet: Partial<SheetSettings>,
  narrative: Partial<NarrativeSettings>,
): Promise<WriteOutcome> {
  return writeNewFile(paths.input, paths.output, () => reportBaoCao(report, grids, sheet, narrative)).catch(
    writeFailure(paths.output),
  );
}
