/**
 * The draft báo cáo of a report as bytes: the summary sheet model read back as its appendix
 * (src/core/report), the draft built from the report's sentences and that appendix, rendered by
 * src/docx. `sheet` is the header the summary sheet is built with, `narrative` the settings the
 * report's sentences were worded with (the engine's, e.g. `engineSettings(sheet, wording)`).
 */
import type { Grid } from '../core/grid';
import type { Report } from '../core/indicator';
import type { NarrativeSettings } from '../core/narrative/style';
import { appendixOf, buildReportModel, defaultSheetSettings, type SheetSettings } from '../core/report';
import { buildDraft, type Draft } from '../core/report/draft';
import { baoCaoBytes } from '../docx/baoCao';

/** The draft as data (what the bytes render). */
export function reportDraft(
  report: Report,
  grids: Grid[],
  sheet: Partial<SheetSettings> = {},
  narrative: Partial<NarrativeSettings> = {},
): Draft {
  const s = { ...defaultSheetSettings, ...sheet };
  const appendix = appendixOf(buildReportModel(report, grids, s), s.bodyType);
  return buildDraft(report, appendix, s, narrative);
}

/** The draft báo cáo's .docx bytes. */
export function reportBaoCao(
  report: Report,
  grids: Grid[],
  sheet: Partial<SheetSettings> = {},
  narrative: Partial<NarrativeSettings> = {},
): Promise<Uint8Array> {
  return baoCaoBytes(reportDraft(report, grids, sheet, narrative));
}
