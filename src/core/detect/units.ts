/**
 * Units a table states outside its unit column (DOMAIN.md §3 reads the kind from the unit).
 *
 * Rules chosen where the spec is silent:
 * - A caption line `Đơn vị: Triệu đồng.`, `Đơn vị tính: triệu đồng`, `ĐVT: tỷ đồng` (often
 *   right-aligned over the table, or in parentheses) above the header or on a header row, is the
 *   unit of every indicator row that has none of its own — except rows that name a rate
 *   (`Tỷ lệ…`, `Tốc độ tăng…`, `Tỷ trọng…`, `Chỉ số…`): a caption in money does not make them money.
 * - A unit closing the name in parentheses (`Thu ngân sách (tỷ đồng)`, `Tỷ lệ hộ nghèo (%)`) is the
 *   row's unit when its unit cell is empty, and is not part of the name. Only a text that reads as a
 *   unit counts: `%`, `‰`, a money unit, a scale before a word (`triệu USD`, `nghìn lượt`) or a
 *   common unit of count (`người`, `hộ`, `ha`, `tấn`…); `(I+II+III)` stays in the name.
 */
import type { GridView } from '../grid';
import { moneyUnitOf } from '../money';
import { cleanSpaces, foldText } from '../text';

/** `Đơn vị:`, `Đơn vị tính:`, `ĐVT:` then the unit (folded: `don vi …`, `dvt …`). */
const CAPTION =
  /^\s*\(?\s*(?:đơn\s+vị(?:\s+tính)?|đ\.?\s*v\.?\s*t\.?|don\s+vi(?:\s+tinh)?|dvt)\s*[:：]\s*(.+?)\s*[.;)]*\s*$/iu;

/**
 * The unit a caption line states, or null when the text is no caption.
 * @example captionUnit('Đơn vị: Triệu đồng.') // → 'Triệu đồng'
 * @example captionUnit('ĐVT: tỷ đồng') // → 'tỷ đồng'
 * @example captionUnit('Đơn vị tính') // → null
 */
export function captionUnit(text: string): string | null {
  if (text.length > 80) return null;
  const m = CAPTION.exec(cleanSpaces(text.normalize('NFC')));
  const unit = m?.[1].trim();
  return unit && unit.length <= 30 ? unit : null;
}

/**
 * The caption unit over a table: the first caption in the rows from `from` to the header's last
 * row (a caption on a header row counts too).
 */
export function tableCaptionUnit(view: GridView, from: number, headerTop: number, headerBottom: number): string | null {
  for (let r = Math.max(from, headerTop - 8); r <= headerBottom; r++) {
    for (const v of view.grid.values[r] ?? []) {
      if (typeof v !== 'string') continue;
      const unit = captionUnit(v);
      if (unit) return unit;
    }
  }
  return null;
}

/** Scale words before a unit of count or another currency: `triệu người`, `nghìn lượt`, `triệu USD`. */
const SCALE = /^(?:ty|ti|trieu|tr|nghin|ngan|van)\s\S/;
/** Common units of count, folded. */
const COUNT_UNITS = new Set([
  'nguoi',
  'ho',
  'ha',
  'tan',
  'luot',
  'luot nguoi',
  'km',
  'm2',
  'm3',
  'con',
  'usd',
  'trieu usd',
  'doanh nghiep',
  'lao dong',
  'ho so',
  'vu',
  'du an',
  'co so',
]);

function isUnitText(text: string): boolean {
  const t = text.trim();
  if (t === '%' || t === '‰') return true;
  const folded = foldText(t);
  if (!folded || folded.length > 20) return false;
  return moneyUnitOf(t) !== null || SCALE.test(folded) || COUNT_UNITS.has(folded);
}

/** `Thu ngân sách (tỷ đồng)`: the name without its unit, and the unit. */
export function unitInName(name: string): { name: string; unit: string } | null {
  const m = /^(.*\S)\s*\(([^()]{1,24})\)\s*[.:]?\s*$/u.exec(name);
  if (!m || !isUnitText(m[2])) return null;
  return { name: m[1], unit: m[2].trim() };
}

/** Rows that name a rate keep no money caption. */
const RATE_NAME = /^(?:ty le|ti le|toc do|ty trong|chi so)\b/;

/**
 * The unit of an indicator row: its own; else the unit closing its name; else the caption's
 * (not for a rate's name). `name`: the name without a unit taken from it.
 */
export function rowUnit(name: string, unit: string, caption: string | null): { name: string; unit: string } {
  const inName = unitInName(name);
  if (inName) return { name: inName.name, unit: unit || inName.unit };
  if (unit || !caption || RATE_NAME.test(foldText(name))) return { name, unit };
  return { name, unit: caption };
}
