/**
 * Header words of indicator tables (DOMAIN.md §1), matched case-, diacritic- and
 * punctuation-insensitively as whole words. When several phrases match one header cell, the
 * longest phrase wins (`Chỉ tiêu Nghị quyết nhiệm kỳ` is a term target, `Chỉ tiêu` alone a name).
 *
 * Beyond the spec's table, common spellings are added (`TH so KH` is a reported %, `So CK` a reported
 * change, `Chỉ tiêu KH` a target), and a few phrases name columns chitieu must *not* read as figures
 * (`Đơn vị thực hiện`, `Đánh giá`) — without them `thực hiện`/`kết quả` would win inside them.
 */
import { foldText, hasPhrase } from '../text';

export type ColumnRole =
  | 'stt'
  | 'name'
  | 'unit'
  | 'target'
  | 'actual'
  | 'previousActual'
  | 'termTarget'
  | 'reportedPct'
  | 'reportedYoy'
  | 'direction'
  | 'note'
  | 'ignore';

/** "Assigned by" phrases of a level above (quận in older files, the city or province since 7/2025). */
const ASSIGNED_BY = [
  'TTg giao',
  'Thủ tướng giao',
  'Thủ tướng Chính phủ giao',
  'Chính phủ giao',
  'Trung ương giao',
  'TW giao',
  'Quận giao',
  'Thị xã giao',
  'Huyện giao',
  'Thành phố giao',
  'Tỉnh giao',
  'Cấp trên giao',
  'TP giao',
];

/** Name-column words of a table of bodies: one row per body, place or product. */
const BODY_NAME_WORDS = [
  'Cơ quan',
  'Tên cơ quan',
  'Cơ quan, đơn vị',
  'Địa phương',
  'Tên địa phương',
  'Sản phẩm',
  'Tên sản phẩm',
  'Bộ, ngành',
  'Bộ, ngành, địa phương',
  'Tỉnh, thành phố',
];

const WORDS: Record<ColumnRole, string[]> = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự'],
  name: [
    'Chỉ tiêu',
    'Tên chỉ tiêu',
    'Nội dung',
    'Nội dung chỉ tiêu',
    'Danh mục',
    'Các chỉ tiêu',
    'Tên chỉ tiêu, nhiệm vụ',
    // Tables of bodies: one row per body, place or product.
    ...BODY_NAME_WORDS,
  ],
  unit: ['ĐVT', 'Đơn vị tính', 'Đơn vị', 'Đ.V.T', 'Đơn vị đo'],
  target: [
    'Kế hoạch',
    'KH',
    'Chỉ tiêu giao',
    'Chỉ tiêu quận giao',
    'Chỉ tiêu được giao',
    'Mục tiêu',
    'Dự toán',
    'Chỉ tiêu phường phấn đấu',
    'Chỉ tiêu phấn đấu',
    'Kế hoạch phường',
    'Chỉ tiêu kế hoạch',
    'Chỉ tiêu KH',
    // Targets assigned from above are targets too; `isAssignedHeader` tells them apart.
    ...ASSIGNED_BY,
  ],
  actual: [
    'Thực hiện',
    'TH',
    'Ước thực hiện',
    'Ước TH',
    'ƯTH',
    'Kết quả',
    'Đạt',
    'Kết quả thực hiện',
    'Kết quả đạt được',
    // Cumulative actuals from the start of the year (§7.4).
    'Lũy kế',
    'Luỹ kế',
    'LK',
    'Lũy kế từ đầu năm',
    'Lũy kế thực hiện',
    'Thực hiện lũy kế',
    'Ước thực hiện cả năm',
    'Ước cả năm',
  ],
  previousActual: ['Cùng kỳ', 'TH cùng kỳ', 'Thực hiện cùng kỳ', 'Năm trước', 'Thực hiện năm trước', 'Kết quả cùng kỳ'],
  termTarget: [
    'Chỉ tiêu nhiệm kỳ',
    'Chỉ tiêu NQ',
    'Chỉ tiêu Nghị quyết',
    'NQ ĐH',
    'Mục tiêu nhiệm kỳ',
    'Chỉ tiêu Đại hội',
    'Kế hoạch nhiệm kỳ',
    'Chỉ tiêu cả nhiệm kỳ',
  ],
  reportedPct: [
    'Tỷ lệ',
    'Tỷ lệ %',
    'So sánh',
    'So sánh TH/KH',
    'Tỷ lệ đạt',
    '% KH',
    'TH/KH',
    'So với KH',
    'So với kế hoạch',
    'So với chỉ tiêu',
    '% so với KH',
    'Tỷ lệ hoàn thành',
    'Tỷ lệ thực hiện',
    '% thực hiện',
    '% hoàn thành',
    'So KH',
    'So kế hoạch',
  ],
  reportedYoy: [
    'So cùng kỳ',
    'So với cùng kỳ',
    'Tăng/giảm',
    'So sánh cùng kỳ',
    'So sánh với cùng kỳ',
    'So năm trước',
    'So với năm trước',
    '% so cùng kỳ',
    'So CK',
    'So với CK',
  ],
  direction: ['Chiều', 'Chiều đánh giá', 'Xu hướng'],
  note: ['Ghi chú'],
  ignore: [
    'Đơn vị thực hiện',
    'Đơn vị chủ trì',
    'Cơ quan thực hiện',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Đơn vị phối hợp',
    'Đơn vị phụ trách',
    'Đánh giá',
    'Tự đánh giá',
    'Kết quả đánh giá',
    'Xếp loại',
    'Nguyên nhân',
    'Giải pháp',
    'Thời gian thực hiện',
    'Tiến độ',
  ],
};

/** Phrases that mark a target as assigned from above, when the table also has an own target. */
export const ASSIGNED_WORDS = ['Chỉ tiêu quận giao', ...ASSIGNED_BY].map(foldText);

/** Header texts of the year column of a long table (`Năm | Chỉ tiêu | ĐVT | KH | TH`). */
export const YEAR_COLUMN_WORDS = ['Năm', 'Năm báo cáo', 'Kỳ báo cáo', 'Kỳ', 'Thời gian', 'Giai đoạn'].map(foldText);

interface Phrase {
  folded: string;
  role: ColumnRole;
}

const PHRASES: Phrase[] = Object.entries(WORDS)
  .flatMap(([role, words]) => words.map((w) => ({ folded: foldText(w), role: role as ColumnRole })))
  .sort((a, b) => b.folded.length - a.folded.length);

/** Roles whose phrase must open the header text (a name header starts with its word). */
const MUST_START: ReadonlySet<ColumnRole> = new Set(['name', 'stt', 'unit', 'direction']);

/**
 * The role of a header cell, by the longest vocabulary phrase it contains; `null` when none does.
 * @example classifyHeader('So sánh TH/KH (%)') // → 'reportedPct'
 */
/**
 * The name words of a table of bodies head their column alone (`Cơ quan`, `Sản phẩm`): an indicator
 * named `Cơ quan đạt chuẩn văn hóa` or `Sản phẩm OCOP`, whose row may hold a word target such as
 * `Đạt chuẩn`, is data, never the header of a new table.
 */
const WHOLE_ONLY: ReadonlySet<string> = new Set(BODY_NAME_WORDS.map(foldText));

/** A name-column word of a table of bodies (`Cơ quan`, `Địa phương`…), which is also a unit word. */
export function isBodyNameWord(text: string): boolean {
  return WHOLE_ONLY.has(foldText(text));
}

export function classifyHeader(text: string): ColumnRole | null {
  const folded = foldText(text);
  if (folded.length === 0 || folded.length > 120) return null;
  for (const p of PHRASES) {
    if (!hasPhrase(folded, p.folded)) continue;
    if (MUST_START.has(p.role) && !(folded === p.folded || folded.startsWith(`${p.folded} `))) continue;
    if (WHOLE_ONLY.has(p.folded) && folded !== p.folded) continue;
    return p.role;
  }
  return null;
}

/** `true` when a target header names the level above (quận/huyện/thành phố/tỉnh giao). */
export function isAssignedHeader(text: string): boolean {
  const folded = foldText(text);
  return ASSIGNED_WORDS.some((w) => hasPhrase(folded, w));
}

/** Levels that assign targets, highest first (the Prime Minister / the centre above the province). */
const LEVEL_RANKS: [string, number][] = [
  ['ttg', 5],
  ['thu tuong', 5],
  ['chinh phu', 5],
  ['trung uong', 5],
  ['tw', 5],
  ['tinh', 4],
  ['thanh pho', 3],
  ['tp', 3],
  ['quan', 2],
  ['huyen', 2],
  ['thi xa', 2],
];

/**
 * How high the level a target header names stands (0 when it names none): of two targets assigned
 * in one period (`Dự toán TTg giao` | `Dự toán HĐND tỉnh giao`), the higher level's is the assigned one.
 */
export function assigningLevel(text: string): number {
  const folded = foldText(text);
  return LEVEL_RANKS.find(([w]) => hasPhrase(folded, w))?.[1] ?? 0;
}
