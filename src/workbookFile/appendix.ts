/**
 * The Word appendix of the report (REPORT.md "Word appendix") as bytes: the summary sheet model
 * read back as an appendix (src/core/report), rendered by src/docx.
 */
import { appendixOf, type ReportSheetModel, type SheetSettings } from '../core/report';
import { appendixBytes } from '../docx/appendix';

export function reportAppendix(model: ReportSheetModel, bodyType: SheetSettings['bodyType']): Promise<Uint8Array> {
  return appendixBytes(appendixOf(model, bodyType));
}
