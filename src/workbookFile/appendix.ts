/**
 * The Word appendix of the report (REPORT.md "Word appendix") as bytes: the summary sheet model
 * read back as an appendix (src/core/report), rendered by src/docx.
 */
import { appendixOf, type ReportSheetModel, type SheetSettings } from '../core/report';
import { appendixBytes } from '../docx/appendix';

/** The appendix's bytes; `onProgress` hears the fraction of its tables' rows written. */
export function reportAppendix(
  model: ReportSheetModel,
  bodyType: SheetSettings['bodyType'],
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  return appendixBytes(appendixOf(model, bodyType), onProgress);
}
