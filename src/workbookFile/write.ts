/**
 * Writing half of the pipeline: a copy of the input workbook's package with chitieu's summary
 * sheet ("Báo cáo chỉ tiêu", REPORT.md) rendered from the report model of src/core/report, as bytes
 * (the host writes them where it writes files, or offers them as a download).
 *
 * Rules:
 * - The sheet takes the first free name among "Báo cáo chỉ tiêu", "Báo cáo chỉ tiêu (2)", (3)…;
 *   the sheet of an earlier run (marked `OWN_SHEET_MARK`) is replaced, a user's sheet never.
 * - The copy is the input's package with the sheet injected (src/xlsx/inject): every part of
 *   the user's workbook chitieu does not have to edit (sheets, charts, pivot tables, images,
 *   comments…) is copied byte for byte. Only a package the injector cannot edit (Strict OOXML,
 *   zip64…) is rewritten whole by the host's fallback (ExcelJS), which keeps what ExcelJS models.
 * - Text is written as string values, never formulas, even when it starts with `=`, `+`, `-`, `@`.
 */
import { refuse, type Refusal } from '../core/refusal';
import type { ReportSheetModel } from '../core/report';
import { injectReportSheet, UnsupportedPackageError } from '../xlsx/inject';
import type { ConvertedKind } from './convert';
import type { FileFallback } from './fallback';

/** Why a copy was not made by injection, for the user (the injector's reasons are for developers). */
export const REBUILT_NOTICE =
  'Lưu ý: không chèn được trang báo cáo vào nguyên bản gói của sổ (cấu trúc gói không thông dụng), nên bản sao được ' +
  'ghi lại toàn bộ: các trang của bạn giữ giá trị, công thức, định dạng và ô gộp, nhưng có thể mất biểu đồ, hình ảnh, ' +
  'bảng Pivot, macro và các thiết lập khác — hãy dùng bản sao để xem báo cáo, giữ tệp gốc làm bản chính.';
export const CONTENT_TYPES_NOTICE =
  'Lưu ý: sổ gốc thiếu phần [Content_Types].xml (Excel sẽ báo lỗi khi mở); bản sao đã được bổ sung phần này, ' +
  'mọi phần khác của sổ giữ nguyên.';

/** What the user must know about a copy of a converted `.xls`/`.ods`. */
export function convertedNotice(kind: ConvertedKind): string {
  return `Lưu ý: sổ .${kind} đã được chuyển sang .xlsx; các trang giữ giá trị, định dạng số, ô gộp, độ rộng cột và chiều cao dòng, công thức được thay bằng kết quả đã tính, kiểu chữ và màu không được chuyển.`;
}

/**
 * The copy's bytes; `notice` is what the user must know about a copy that is not the input plus the
 * sheet alone — rebuilt whole (and what that may lose), or a part the input lacked added.
 */
export type ReportCopy = { ok: true; bytes: Uint8Array; notice?: string } | Refusal;

/** The package the copy is made from, and the file name messages call it by. */
export interface CopySource {
  bytes: Uint8Array;
  name: string;
}

/**
 * The copy: the sheet injected into the input's package, or rebuilt by the fallback when the
 * package cannot be injected into (said in `notice`); the "copy failed" refusal when neither can.
 * `onProgress` hears the fraction of the summary sheet's rows written.
 */
export async function reportCopy(
  source: CopySource,
  model: ReportSheetModel,
  fallback: FileFallback = {},
  onProgress?: (fraction: number) => void,
): Promise<ReportCopy> {
  try {
    const injected = await injectReportSheet(source.bytes, model, { deflate: fallback.deflate, onProgress });
    const notice = injected.rebuiltContentTypes ? { notice: CONTENT_TYPES_NOTICE } : {};
    return { ok: true, bytes: injected.bytes, ...notice };
  } catch (err) {
    if (!(err instanceof UnsupportedPackageError)) throw err;
  }
  const rebuilt = fallback.rebuildCopy ? await fallback.rebuildCopy(source.bytes, model) : null;
  return rebuilt ? { ok: true, bytes: rebuilt, notice: REBUILT_NOTICE } : refuse('copy-failed', source.name);
}

/** The notice the user reads about the copy: a converted file's, else the copy's own. */
export function copyNotice(convertedFrom: ConvertedKind | undefined, copy: { notice?: string }): string | undefined {
  return convertedFrom ? convertedNotice(convertedFrom) : copy.notice;
}
