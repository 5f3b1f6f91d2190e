/**
 * What the adapter asks of the Office host besides the Excel object model: requirement sets, and
 * turning a host error (an `OfficeExtension.Error` rejected by `context.sync()`) into a Vietnamese
 * message at the edge.
 */
/// <reference types="office-js" />

/**
 * The lowest Excel JavaScript API set chitieu needs: 1.9 brings `pageLayout` and
 * `suspendScreenUpdatingUntilNextSync` (Excel 2019, Microsoft 365, Excel on the web). Merged areas
 * (1.13) and cell notes (1.18) are used when present.
 */
export const MIN_EXCEL_API = 9;
export const MERGED_AREAS_API = 13;
export const NOTES_API = 18;

/** True when the host supports ExcelApi 1.`minor`. Without office.js (plain Node), nothing is. */
export function excelApiSupported(minor: number): boolean {
  if (typeof Office === 'undefined') return false;
  return Office.context?.requirements?.isSetSupported('ExcelApi', `1.${minor}`) === true;
}

/** An error the host raised (office.js rejects `sync()` with one), as opposed to a bug in our code. */
export interface HostErrorLike {
  code: string;
  message: string;
}

export function isHostError(e: unknown): e is HostErrorLike {
  return typeof e === 'object' && e !== null && typeof (e as HostErrorLike).code === 'string' && 'debugInfo' in e;
}

/** One Vietnamese line for a host error raised while reading or writing the workbook. */
export function hostErrorMessage(step: 'read' | 'write', e: HostErrorLike): string {
  const verb = step === 'read' ? 'đọc' : 'ghi';
  switch (e.code) {
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'PayloadTooLarge':
      return `Sổ quá lớn để Excel ${verb} trong một lần (Excel trên web giới hạn 5 MB mỗi lần): hãy xóa các trang tính không cần thiết hoặc dùng Excel trên máy tính.`;
    case 'InvalidOperationInCellEditMode':
      return 'Excel đang ở chế độ sửa ô: hãy nhấn Enter hoặc Esc để thoát rồi chạy lại.';
    case 'AccessDenied':
    case 'InsertDeleteConflict':
      return `Excel không cho phép ${verb} sổ lúc này (sổ đang được bảo vệ hoặc chỉ đọc): hãy bỏ bảo vệ rồi chạy lại.`;
    case 'ItemAlreadyExists':
      return 'Tên trang báo cáo vừa bị một trang tính khác dùng trong lúc chạy: hãy chạy lại.';
    default:
      return `Excel báo lỗi khi ${verb} sổ (${e.code}): ${e.message}`;
  }
}
