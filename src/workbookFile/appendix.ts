/**
 * The Word appendix of the report (REPORT.md "Word appendix") as bytes: the summary sheet model
 * read back as an appendix (src/core/report), rendered by src/docx.
 */
import { appendixOf, type ReportSheetModel, type SheetSettings } from '../core/report';
import { appendixBytes } from '../docx/appendix';
import type { GzipStream } from '../docx/bodyEntry';

/**
 * The appendix's bytes; `onProgress` hears the fraction of its tables' rows written, `gzip` is the
 * host's compressor for its body (`FileFallback.gzip`).
 */
export function reportAppendix(
  model: ReportSheetModel,
  bodyType: SheetSettings['bodyType'],
  onProgress?: (fraction: number) => void,
  gzip?: GzipStream,
): Promise<Uint8Array> {
  return appendixBytes(appendixOf(model, bodyType), onProgress, gzip);
}
