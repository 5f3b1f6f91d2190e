/**
 * Reading one cell as a value or as a target (DOMAIN.md §2 and §3 "Target kind").
 *
 * Values: a numeric cell is its number, ×100 when its format has `%` (×1000 for `‰`); text is read
 * the Vietnamese way (`27,6`, `1.282`, `91,69%`, `25,3 tỷ`), `a/b` is a ratio, the four party ratings
 * and yes/no words are typed; empty, `-`, `x`, `…` and error values are no value — never a zero.
 * Text typed in composed Unicode ("Unicode tổ hợp", `tỷ` as `y` + marks) is read as precomposed.
 *
 * Targets: a plain number or `Khoảng X` is left `plain` (min or max once the direction is known);
 * `Trên X` (strict), `X trở lên`, `≥ X` or `>= X`, `tối thiểu X`, `từ X trở lên` → min; `Dưới X`
 * (strict, the mirror of `Trên`), `không quá X`, `tối đa X`, `≤ X` or `<= X`, `giảm còn X` → max;
 * `X-Y`, `X – Y`, `từ X đến Y` → range; `Không có`, `Không để xảy ra` → zero; a rating (also
 * `HTTNV trở lên`, `Đạt HTTNV`, the old `Trong sạch vững mạnh`) → at least that rating;
 * `Đạt`/`Hoàn thành`/`Đạt chuẩn` → yes/no; `Giữ vững` with no number → yes/no, kept (not below the
 * year before); `Giữ vững 100%` → the level; `Giảm còn dưới 2%` → a strict max; `Tăng (bình quân)
 * 8%/năm`, `Tốc độ tăng trưởng bình quân 10%/năm` → a growth target; `Đến cuối nhiệm kỳ có 12 tổ dân
 * phố …` → 12, judged on the latest actual. `Bình quân`, `BQ`, `hàng năm`, `/năm` mark a
 * yearly-average target.
 */
import { isCellError, type CellValue } from './grid';
import type { ParsedValue, RatingLevel, Target } from './indicator';
import { cleanFloat, cleanSpaces, formatDecimals, parseVietnameseNumber, plainLower, shownDecimals } from './text';

const NO_VALUE = /^(?:-+|–|—|x|\.{2,}|…|\/|n\/a|#n\/a|k\/c|kc)$/i;

/**
 * The four ratings, and the scale before Quy định 132-QĐ/TW (2017): `Trong sạch vững mạnh` (TSVM,
 * also `tiêu biểu`) was the top level, as HTXSNV is now; `Yếu kém` the bottom one, as KHTNV.
 */
const RATINGS: [RegExp, RatingLevel][] = [
  [/^(?:hoan thanh xuat sac nhiem vu|htxsnv|htxs nv|hoan thanh xuat sac)$/, 4],
  [/^(?:trong sach,? vung manh(?: tieu bieu)?|tsvm(?: tieu bieu)?|tsvmtb)$/, 4],
  [/^(?:hoan thanh tot nhiem vu|httnv|httt nv|htt nv|hoan thanh tot)$/, 3],
  [/^(?:khong hoan thanh nhiem vu|khtnv|khong hoan thanh|yeu kem)$/, 1],
  [/^(?:hoan thanh nhiem vu|htnv)$/, 2],
];

const YES = /^(?:dat|co|hoan thanh|da hoan thanh|dat chuan|giu vung|duy tri|yes)$/;
const NO = /^(?:khong dat|chua dat|khong|chua hoan thanh|chua|khong hoan thanh|no)$/;

/** Folds a short text for word matching: plain letters, single spaces, no trailing punctuation. */
function foldWords(text: string): string {
  return plainLower(text)
    .replace(/[.:;!*()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The rating a text names, if any. * @example parseRating('Hoàn thành tốt nhiệm vụ') // → 3
 */
export function parseRating(text: string): RatingLevel | null {
  const f = foldWords(text);
  for (const [re, level] of RATINGS) if (re.test(f)) return level;
  return null;
}

/** Yes/no words: `true` for Đạt/Có/Hoàn thành, `false` for Không đạt/Chưa đạt/Không…, else null. * @example parseYesNo('Hoàn thành') // → true
 * @example parseYesNo('Chưa đạt') // → false
 */
export function parseYesNo(text: string): boolean | null {
  const f = foldWords(text);
  if (YES.test(f)) return true;
  if (NO.test(f)) return false;
  return null;
}

/** `true` for cells that hold nothing the engine can use (empty, dash, `x`, error value). * @example isBlankCell('-') // → true
 * @example isBlankCell(0) // → false
 */
export function isBlankCell(value: CellValue): boolean {
  if (value === null || value === undefined || isCellError(value)) return true;
  if (typeof value === 'string') {
    const t = cleanSpaces(value);
    return t === '' || NO_VALUE.test(t);
  }
  return false;
}

function scaleForFormat(value: number, numberFormat: string | null): { value: number; percent: boolean } {
  if (!numberFormat) return { value, percent: false };
  const body = numberFormat.replace(/"[^"]*"/g, '');
  if (body.includes('%')) return { value: cleanFloat(value * 100), percent: true };
  if (body.includes('‰')) return { value: cleanFloat(value * 1000), percent: true };
  return { value, percent: false };
}

const NUMBER_WITH_SUFFIX = /^([+-]?\d[\d., \u00a0]*\d|[+-]?\d)\s*(%|‰|[\p{L}][\p{L}.\s/]*)?$/u;
const RATIO = /^(\d[\d., ]*)\s*\/\s*(\d[\d., ]*)$/;

function parseNumberText(text: string): ParsedValue | null {
  const m = NUMBER_WITH_SUFFIX.exec(text);
  if (!m) return null;
  const n = parseVietnameseNumber(m[1]);
  if (!n) return null;
  const suffix = m[2]?.trim();
  if (suffix === '%' || suffix === '‰') return { kind: 'number', value: n.value, percent: true, decimals: n.decimals };
  return suffix
    ? { kind: 'number', value: n.value, percent: false, decimals: n.decimals, unit: suffix }
    : { kind: 'number', value: n.value, percent: false, decimals: n.decimals };
}

function parseRatioText(text: string): ParsedValue | null {
  const m = RATIO.exec(text);
  if (!m) return null;
  const a = parseVietnameseNumber(m[1]);
  const b = parseVietnameseNumber(m[2]);
  if (!a || !b || b.value === 0) return null;
  return { kind: 'ratio', numerator: a.value, denominator: b.value, value: cleanFloat((a.value / b.value) * 100) };
}

/**
 * Reads one cell as a value (an actual, a reported %, a previous actual).
 * @example parseValue('91,69%', null) // → { kind: 'number', value: 91.69, percent: true, decimals: 2 }
 * @example parseValue(0.9169, '0.00%') // → { kind: 'number', value: 91.69, percent: true, decimals: 2 }
 */
export function parseValue(value: CellValue, numberFormat: string | null = null): ParsedValue | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const scaled = scaleForFormat(value, numberFormat);
    const decimals = formatDecimals(numberFormat) ?? shownDecimals(scaled.value);
    return { kind: 'number', value: scaled.value, percent: scaled.percent, decimals };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', yes: value, text: value ? 'Đạt' : 'Không đạt' };
  if (typeof value !== 'string' || isBlankCell(value)) return null;
  const text = cleanSpaces(value).normalize('NFC');
  if (text.length > 200) return null;
  const parsed = parseNumberText(text) ?? parseRatioText(text);
  if (parsed) return parsed;
  const level = parseRating(text);
  if (level !== null) return { kind: 'rating', level, text };
  const yes = parseYesNo(text);
  if (yes !== null) return { kind: 'boolean', yes, text };
  return null;
}

/** The number a parsed value stands for (ratio → its %), or null for ratings and yes/no. * @example numericValue(parseValue('91,69%')) // → 91.69
 */
export function numericValue(v: ParsedValue | null): number | null {
  if (!v) return null;
  if (v.kind === 'number' || v.kind === 'ratio') return v.value;
  return null;
}

const AVERAGE_WORDS = /(?:^|\s)(?:binh quan|bq|hang nam|moi nam)(?=\s|$|[:.,])|\/\s*nam\b/;
/** The same words, all of them (`Bình quân hàng năm 300`), for removing before the number is read. */
const ALL_AVERAGE_WORDS = new RegExp(AVERAGE_WORDS.source, 'g');
/**
 * A growth target: `Tăng bình quân 8%/năm`, `Tốc độ tăng trưởng bình quân 10%/năm`, `Thu ngân sách
 * tăng 8%` — the change of the actuals year on year (a year's target) or compounded over the term.
 */
const GROWTH =
  /(?:^|\s)(?:toc do )?(?:tang truong|tang)(?: binh quan| bq)?(?: (?:hang nam|moi nam))?(?: (?:dat|tu|tren|it nhat|toi thieu))? (\d[\d.,]*) ?%(?: ?\/ ?nam| (?:moi|hang|mot) nam)?(?: tro len)?$/;
/** `Giữ vững` a title or a level with no number: met when it is kept (yes, or not below last year). */
const KEEP = /^(?:giu vung|duy tri)(?:\s|$)(?!.*\d)/;
/** `Đạt chuẩn quốc gia`, `Đạt danh hiệu …`, `Được công nhận …` with no number: yes or no. */
const YES_NO_TARGET = /^(?:dat chuan|dat danh hieu|duoc cong nhan|hoan thanh)(?:\s|$)(?!.*\d)/;
const ZERO_TARGET = /^khong (?:co|de xay ra|xay ra|de phat sinh|phat sinh|de)\b/;

type Bound = { kind: 'min' | 'max'; strict: boolean };

const PREFIXES: [RegExp, Bound | null][] = [
  [/^(?:tren|hon|lon hon|cao hon|>(?!=))\s*/, { kind: 'min', strict: true }],
  [/^(?:>=|≥|it nhat|toi thieu|tu|dat tu|dat tren|khong duoi|khong thap hon)\s*/, { kind: 'min', strict: false }],
  [/^(?:duoi|nho hon|thap hon|<(?!=))\s*/, { kind: 'max', strict: true }],
  [
    /^(?:<=|≤|khong qua|khong vuot qua|toi da|giam con|giam xuong con|con|giam xuong|giam xuong duoi)\s*/,
    { kind: 'max', strict: false },
  ],
  [/^(?:(?:khoang|dat|phan dau|bang|giu vung|duy tri|co|la)(?:\s+|$)|=\s*)/, null],
];
const SUFFIXES: [RegExp, Bound][] = [
  [/\s*tro len$/, { kind: 'min', strict: false }],
  [/\s*tro xuong$/, { kind: 'max', strict: false }],
];
/** `Ổn định ở mức`, `Duy trì`, `Giữ ổn định` before a range: a level kept, met only inside it. */
const STEADY_WORDS = /^(?:giu\s+)?(?:on dinh|duy tri|giu vung|giu)(?:\s+(?:o\s+)?muc)?\s+(?=(?:tu\s*)?\d)/;
const RANGE = /^(?:tu\s*)?(\d[\d.,]*)\s*(%|‰)?\s*(?:-|–|—|den|toi)\s*(\d[\d.,]*)\s*(.*)$/;

/**
 * Reads one cell as a target.
 * @example parseTarget('Dưới 5,5%', null) // → { kind: 'max', value: 5.5, strict: true, text: 'Dưới 5,5%', average: false }
 * @example parseTarget('88% trở lên', null) // → { kind: 'min', value: 88, strict: false, text: '88% trở lên', average: false }
 */
export function parseTarget(value: CellValue, numberFormat: string | null = null): Target | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const scaled = scaleForFormat(value, numberFormat).value;
    return { kind: 'plain', value: scaled, text: String(scaled), average: false };
  }
  if (typeof value === 'boolean') return value ? { kind: 'boolean', text: 'Đạt' } : null;
  if (typeof value !== 'string' || isBlankCell(value)) return null;
  const text = cleanSpaces(value).normalize('NFC');
  if (text.length > 200) return null;
  return parseTargetText(text);
}

/**
 * `Đến cuối nhiệm kỳ đạt 85%`, `Đến năm 2025 còn dưới 1%`, `Cuối kỳ: 90%`: a level to reach by the
 * term's end, judged on the latest actual (DOMAIN.md §7.5).
 */
const BY_END =
  /^(?:(?:den|toi)\s+(?:cuoi\s+(?:nhiem ky|ky|giai doan|nam)(?:\s+\d{4})?|het\s+nhiem ky|nam\s+\d{4})|cuoi\s+(?:nhiem ky|ky|giai doan))\s*[,:-]?\s*/;

function parseTargetText(text: string): Target | null {
  const folded = plainLower(text).trim();
  if (!BY_END.test(folded)) return parseLevelText(folded, text);
  const level = parseLevelText(folded.replace(BY_END, ''), text);
  return level && (level.kind === 'plain' || level.kind === 'min' || level.kind === 'max' || level.kind === 'range')
    ? { ...level, byEnd: true }
    : level;
}

function parseLevelText(folded: string, text: string): Target | null {
  let p = folded;
  if (ZERO_TARGET.test(p)) return { kind: 'zero', text };
  // A rating target is "at least that level" already: `HTTNV trở lên`, `Đạt HTTNV` say the same.
  const level = parseRating(p.replace(/^(?:tu|dat|dat muc)\s+/, '').replace(/\s*tro len\.?$/, ''));
  if (level !== null) return { kind: 'rating', level, text };
  if (KEEP.test(p)) return { kind: 'boolean', text, keep: true };
  if (parseYesNo(text) === true) return { kind: 'boolean', text };
  if (/\bso voi\b|\bso cung ky\b/.test(p)) return parseRelative(p, text);
  const growth = GROWTH.exec(p);
  if (growth) {
    const rate = parseVietnameseNumber(growth[1]);
    if (rate) return { kind: 'growth', rate: rate.value, text };
  }
  if (YES_NO_TARGET.test(p)) return { kind: 'boolean', text };
  const average = AVERAGE_WORDS.test(p);
  p = p
    .replace(ALL_AVERAGE_WORDS, ' ')
    .replace(/^[:\s]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const steady = STEADY_WORDS.exec(p);
  const range = parseRange(steady ? p.slice(steady[0].length) : p, text, average);
  if (range) return steady ? { ...range, steady: true } : range;
  const bound = stripBounds(p);
  p = bound.rest;
  let found = bound.bound;
  for (const [re, b] of SUFFIXES) {
    if (re.test(p)) {
      p = p.replace(re, '');
      found = b;
    }
  }
  const parsed = parseNumberText(p) ?? parseRatioText(p);
  if (!parsed || (parsed.kind !== 'number' && parsed.kind !== 'ratio')) return null;
  const unit = parsed.kind === 'number' ? unitOf(parsed.unit) : undefined;
  const extra = unit ? { unit } : {};
  if (!found) return { kind: 'plain', value: parsed.value, text, average, ...extra };
  return { kind: found.kind, value: parsed.value, strict: found.strict, text, average, ...extra };
}

/**
 * The bound words before the number, several in a row: `Giảm còn dưới 2%` is a strict max (the
 * cap's words, then `dưới`), `Phấn đấu đạt trên 90%` a strict min, `Giữ vững 100%` the level.
 */
function stripBounds(text: string): { rest: string; bound: Bound | null } {
  let rest = text;
  let bound: Bound | null = null;
  for (let guard = 0; guard < 4; guard++) {
    const hit = PREFIXES.find(([re]) => re.test(rest));
    if (!hit) break;
    const next = rest.replace(hit[0], '');
    if (next === rest) break;
    rest = next;
    const b = hit[1];
    if (b) bound = bound && bound.kind === b.kind ? { kind: b.kind, strict: bound.strict || b.strict } : b;
  }
  return { rest, bound };
}

const RELATIVE =
  /^(vuot|tang|cao hon|giam|thap hon)\s+(?:it nhat\s+|tu\s+)?(\d[\d.,]*)\s*(?:(?:-|–|—|den)\s*(\d[\d.,]*))?\s*%?\s*so (?:voi\s+)?(.*)$/;

/**
 * `Vượt 3-5% so với chỉ tiêu quận giao`, `Giảm 10% so với cùng kỳ`, `Tăng 5% so với năm trước`:
 * the base is the assigned target (`chỉ tiêu … giao`, `kế hoạch … giao`) or last year's actual
 * (`cùng kỳ`, `năm trước`, `năm 2019`); anything else is not understood (no target).
 */
function parseRelative(p: string, text: string): Target | null {
  const m = RELATIVE.exec(p);
  if (!m) return null;
  const low = parseVietnameseNumber(m[2]);
  const high = m[3] ? parseVietnameseNumber(m[3]) : low;
  if (!low || !high || high.value < low.value) return null;
  const what = m[4];
  const base = /\bgiao\b|cap tren/.test(what)
    ? 'assigned'
    : /cung ky|nam truoc|nam \d{4}|ky truoc/.test(what)
      ? 'previous'
      : null;
  if (!base) return null;
  const change = /^(?:giam|thap hon)/.test(m[1]) ? 'decrease' : 'increase';
  return { kind: 'relative', change, low: low.value, high: high.value, base, text };
}

function parseRange(p: string, text: string, average: boolean): (Target & { kind: 'range' }) | null {
  const m = RANGE.exec(p);
  if (!m) return null;
  const low = parseVietnameseNumber(m[1]);
  const high = parseVietnameseNumber(m[3]);
  if (!low || !high || high.value < low.value) return null;
  const unit = unitOf(m[4]);
  return { kind: 'range', low: low.value, high: high.value, text, average, ...(unit ? { unit } : {}) };
}

function unitOf(suffix: string | undefined): string | undefined {
  const u = suffix?.trim();
  return u && u !== '%' && u !== '‰' ? u : undefined;
}
