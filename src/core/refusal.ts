/**
 * Refusals: what chitieu answers when the user's input or situation stops a run (a file that is not
 * a workbook, no indicator table, a protected workbook, a cancel…) — as opposed to a bug, which is
 * thrown. One type for every host (the command line, the add-in, the ribbon): a `code` from a
 * closed list, for programs to act on (the ribbon tells a cancel by it), and the one Vietnamese
 * `message` the user reads, from the one catalogue below.
 */
import { formatNumber } from './narrative/format';

/** The most indicators one report takes (see `runReport`). */
export const MAX_INDICATORS = 100_000;

/** An Excel host's error while reading or writing. */
export type HostStep = 'read' | 'write';

/** An error code as it may be shown: letters, digits, `.`, `_`, `-` (else `Unknown`). */
export function safeCode(code: string): string {
  return /^[\w.-]{1,64}$/.test(code) ? code : 'Unknown';
}

/**
 * The code of anything thrown: a host error's (`OfficeExtension.Error`, or an Office async error's
 * number), else the JavaScript error's name (`TypeError`…), else `Unknown` — what a user may read
 * and pass on when something unexpected happened, in every host.
 */
export function errorCode(e: unknown): string {
  if (typeof e === 'object' && e !== null) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' || typeof code === 'number') return safeCode(String(code));
    if (e instanceof Error) return safeCode(e.name);
  }
  return 'Unknown';
}

function hostErrorText(step: HostStep, code: string): string {
  const verb = step === 'read' ? 'đọc' : 'ghi';
  switch (code) {
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
      // The host's own text is English and meant for developers: the code says what it was.
      return `Excel báo lỗi khi ${verb} sổ (mã lỗi ${safeCode(code)}), hãy thử lại và nếu vẫn lỗi thì gửi mã lỗi này cho người hỗ trợ.`;
  }
}

/** Every refusal's Vietnamese message, by code. */
export const REFUSAL_MESSAGES = {
  // Files (the command line).
  'file-not-found': (path: string) => `Không tìm thấy tệp: ${path}`,
  'not-a-file': (path: string) => `${path} là một thư mục, không phải tệp .xlsx.`,
  'no-read-permission': (path: string) => `Không có quyền đọc tệp: ${path}`,
  'not-xlsx': (name: string) => `Tệp ${name} không phải là sổ Excel .xlsx (có thể là tệp văn bản/CSV đổi tên).`,
  password: (name: string) => `Tệp ${name} được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi chạy lại.`,
  'old-xls': (name: string) =>
    `Tệp ${name} ở định dạng Excel cũ (.xls) bị hỏng, không đọc được: hãy mở bằng Excel, lưu lại dưới dạng .xlsx rồi chạy lại.`,
  'broken-ods': (name: string) => `Tệp ${name} (bảng tính OpenDocument .ods) bị hỏng, không đọc được.`,
  /** The copy of a converted `.xls`/`.ods` is an `.xlsx`, and its name must say so. */
  'converted-output-name': (kind: string, suggested: string) =>
    `Sổ .${kind} được chuyển sang .xlsx: tệp kết quả phải có đuôi .xlsx (ví dụ ${suggested}).`,
  'copy-failed': (name: string) =>
    `Không ghi được bản sao của sổ ${name}: cấu trúc gói không chuẩn. Hãy mở sổ bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi chạy lại.`,
  corrupted: (name: string) => `Tệp ${name} bị hỏng, không đọc được.`,
  /** An `.xls`/`.ods` where the host has no converter (a page built without it). */
  'no-converter': (name: string, kind: string) =>
    `Tệp ${name} ở định dạng .${kind}, ở đây chưa chuyển được sang .xlsx: hãy mở bằng Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx rồi chạy lại.`,
  /** A package whose markup only the host's fallback reader follows, and the host has none. */
  'unusual-markup': (name: string) =>
    `Tệp ${name} có cấu trúc không thông dụng, ở đây chưa đọc được: hãy mở bằng Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx rồi chạy lại.`,
  'broken-part': (name: string, part: string) => `Tệp ${name} bị hỏng, không đọc được (thiếu hoặc hỏng phần ${part}).`,
  /** A workbook whose worksheets are listed, none of their parts in the file (the producer did not write them). */
  'no-worksheet': (name: string) =>
    `Sổ Excel ${name} không có trang tính nào để đọc: sổ có khai báo các trang nhưng nội dung của chúng không được lưu trong tệp. Hãy mở bằng Excel, kiểm tra các trang rồi lưu lại.`,
  /** A file's name, or none for the open workbook (the add-in). */
  'empty-workbook': (name?: string) =>
    name === undefined
      ? 'Sổ Excel này không có trang tính nào có dữ liệu.'
      : `Sổ Excel ${name} không có trang tính nào có dữ liệu.`,
  'overwrites-input': (name: string) => `Không ghi đè lên tệp đầu vào ${name}: hãy chọn tệp kết quả khác.`,
  'overwrites-ward-file': (path: string) =>
    `Tệp kết quả ${path} trùng với một tệp đầu vào: hãy chọn tên khác (chitieu không ghi đè tệp của phường).`,
  'same-outputs': () => 'Các tệp kết quả (-o, --docx, --json) phải khác nhau.',
  'output-not-workbook': (path: string) => `Tệp kết quả -o phải có đuôi .xlsx (hoặc .xlsm), không ghi vào ${path}.`,
  'output-not-docx': (path: string) => `Phụ lục Word --docx phải có đuôi .docx, không ghi vào ${path}.`,
  'write-failed': (path: string) => `Không ghi được tệp ${path}: thư mục không tồn tại hoặc không có quyền ghi.`,
  // The engine.
  'no-table': () =>
    'Không tìm thấy bảng chỉ tiêu nào: cần một dòng tiêu đề có cột "Chỉ tiêu" và cột "Kế hoạch" hoặc "Thực hiện".',
  'no-table-selected': () => 'Chưa chọn bảng chỉ tiêu nào: hãy đánh dấu ít nhất một bảng để sinh báo cáo.',
  'too-many-indicators': (found: number) =>
    `Sổ có ${formatNumber(found, 0)} dòng chỉ tiêu, quá ${formatNumber(MAX_INDICATORS, 0)} dòng chitieu xử lý trong một báo cáo: hãy tách thành nhiều sổ hoặc chỉ giữ các bảng cần báo cáo.`,
  // The term assembled from yearly reports.
  'term-one-period': () =>
    'Cần báo cáo của ít nhất hai năm (mỗi năm một tệp, hoặc một sổ có mỗi năm một trang tính) để lập báo cáo cả nhiệm kỳ.',
  // The district.
  'no-readable-ward': (reasons: string) => `Không có tệp nào của phường đọc được. ${reasons}`,
  /** The sheets found with an indicator table (fewer than two). */
  'too-few-wards': (found: string[]) =>
    `Cần ít nhất hai trang tính có bảng chỉ tiêu để tổng hợp (mỗi trang tính là một phường, tên trang là tên phường); sổ này ${found.length === 0 ? 'không có trang nào' : `chỉ có trang "${found[0]}"`} có bảng chỉ tiêu.`,
  // The Excel host (the add-in and the ribbon).
  cancelled: () => 'Đã hủy: trang báo cáo cũ có chỉnh sửa nên chưa được thay thế.',
  'host-too-old': () =>
    'Phiên bản Excel này không chạy được chitieu (cần Excel 2021, Excel 2024, Microsoft 365, Excel trên web hoặc Excel cho Mac), với Excel 2016, Excel 2019 hay phần mềm bảng tính khác hãy mở tệp chitieu.html (trang chitieu trong một tệp) bằng Chrome, Edge hoặc Firefox.',
  'host-error': hostErrorText,
  'settings-not-saved': (code: string) =>
    `Không lưu được thiết lập vào sổ (mã lỗi ${code}), hãy kiểm tra sổ có đang mở ở chế độ chỉ đọc không rồi thử lại.`,
  'bad-direction-line': (path: string, line: number, text: string) =>
    `Dòng ${line} của tệp ${path} không đúng dạng "tên chỉ tiêu: giảm" hoặc "tên chỉ tiêu: tăng": ${text}`,
  'bad-address': (address: string) => `Địa chỉ ô không hợp lệ: ${address}.`,
  'sheet-gone': (sheet: string) => `Không tìm thấy trang "${sheet}" (trang đã bị đổi tên hoặc xóa): hãy phân tích lại.`,
} satisfies Record<string, (...args: never[]) => string>;

type Catalogue = typeof REFUSAL_MESSAGES;

/** Why a run stopped, from a closed list. */
export type RefusalCode = keyof Catalogue;

/** A run the user's input or situation stopped: its code and its Vietnamese message. */
export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
}

/** The catalogue's message of `code`. */
export function refusalMessage<C extends RefusalCode>(code: C, ...args: Parameters<Catalogue[C]>): string {
  return (REFUSAL_MESSAGES[code] as (...a: Parameters<Catalogue[C]>) => string)(...args);
}

/**
 * The refusal of `code`, its message from the catalogue.
 * @example refuse('no-table').code // → 'no-table'
 * @example refuse('file-not-found', 'phuong.xlsx').message // → 'Không tìm thấy tệp: phuong.xlsx'
 */
export function refuse<C extends RefusalCode>(code: C, ...args: Parameters<Catalogue[C]>): Refusal {
  return { ok: false, code, message: refusalMessage(code, ...args) };
}
