/**
 * The draft báo cáo of a report as bytes: the summary sheet model read back as its appendix
 * (src/core/report), the draft built from the report's sentences and that appendix, rendered by
 * src/docx. `sheet` is the header the summary sheet is built with, `narrative` the settings the
 * report's sentences were worded with (the engine's, e.g. `engineSettings(sheet, wording)`).
 */
import type { Grid } from '../core/grid';
import type { Report } from '../core/indicator';
import type { NarrativeSettings } from '../core/narrative/style';
import { buildReportModel, defaultSheetSettings, type ReportSheetModel, type SheetSettings } from '../core/report';
import { draftOfModel, type Draft } from '../core/report/draft';
import { baoCaoBytes } from '../docx/baoCao';

/** The draft as data (what the bytes render). */
export function reportDraft(
  report: Report,
  grids: Grid[],
  sheet: Partial<SheetSettings> = {},
  narrative: Partial<NarrativeSettings> = {},
): Draft {
  const s = { ...defaultSheetSettings, ...sheet };
  return draftOfModel(report, buildReportModel(report, grids, s), s, narrative);
}

/** The draft báo cáo's .docx bytes from a built model. */
export function draftBytes(
  report: Report,
  model: ReportSheetModel,
  sheet: SheetSettings,
  narrative: Partial<NarrativeSettings> = {},
): Promise<Uint8Array> {
  return baoCaoBytes(draftOfModel(report, model, sheet, narrative));
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
