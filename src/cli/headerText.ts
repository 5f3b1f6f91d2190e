/**
 * The header `report` will write into the copy, the appendix and the draft (`-o`, `--docx`,
 * `--bao-cao`), printed in its summary with where each line comes from and the flag that changes
 * it: the command line cannot ask before writing, so it says what it wrote and how to change it.
 */
import type { HeaderSource, RunHeader } from '../settings';

const SOURCE: Record<HeaderSource, string> = {
  typed: 'theo tùy chọn',
  workbook: 'đọc từ sổ',
  none: 'để trống',
};

const BLOCK = { party: 'Đảng', state: 'chính quyền (Quốc hiệu)' } as const;

/** `Đầu trang: …` then one line per field, each with its source and its flag. */
export function headerLines(h: RunHeader): string[] {
  const line = (label: string, value: string, source: HeaderSource, flag: string) =>
    `  ${label}: ${value || '…'} (${SOURCE[source]}; đổi bằng ${flag})`;
  return [
    'Đầu trang sẽ ghi:',
    `  Khối: ${BLOCK[h.bodyType.value]} (${h.bodyType.source === 'none' ? 'mặc định' : SOURCE[h.bodyType.source]}; đổi bằng --khoi dang|chinh-quyen)`,
    line('Cơ quan cấp trên', h.superiorBody.value, h.superiorBody.source, '--cap-tren'),
    line('Cơ quan ban hành', h.issuingBody.value, h.issuingBody.source, '--don-vi'),
    line('Địa danh', h.place.value, h.place.source, '--dia-danh'),
  ];
}
