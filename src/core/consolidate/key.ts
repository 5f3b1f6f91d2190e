/**
 * Matching indicators across wards: two wards report "the same indicator" when their keys are equal.
 */
import { moneyUnitOf, type MoneyUnit } from '../money';
import { cleanSpaces, foldText } from '../text';
import { canonicalKey } from '../dictionary';

/**
 * Leading numbering of a name: `1.`, `1.2.`, `2)`, `(3)`, `II.`, `IV -`, `a)`, `b.`, and list marks
 * `-`, `+`, `*`, `•`, `–`. A letter or Roman numeral only counts with its mark (`a)`, `II.`), so a
 * name that starts with a word is never cut.
 */
const NUMBERING =
  /^(?:\(?\d{1,3}(?:\.\d{1,2})*\s*[.):–-](?=[\s\p{L}])\s*|\(\d{1,3}\)\s*|\d{1,2}(?:\.\d{1,2})+\s+|[IVXLC]+\s*[.):–-]\s*|[a-zA-ZđĐ]\s*[.)]\s+|[-+*•–—]\s*)/u;

/** A unit written at the end of the name: `Thu ngân sách (triệu đồng)`, `Tỷ lệ hộ nghèo (%)`. */
const UNIT_IN_NAME = /\s*\(([^()]{1,20})\)\s*$/u;

/**
 * The name as the matrix shows it: spaces cleaned, leading numbering removed.
 * @example displayName('1. Thu ngân sách') // → 'Thu ngân sách'
 */
export function displayName(name: string): string {
  let out = cleanSpaces(name);
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(NUMBERING, '').trim();
  }
  return out || cleanSpaces(name);
}

/** Unit families that never match each other: money, `%`, `‰`, and everything else (counts). */
export type UnitFamily = 'money' | '%' | '‰' | '';

/** Spellings of count and rate units that mean the same (folded): `ĐV` = `Đảng viên`, `đ/c` = `đồng chí`. */
const UNIT_SYNONYMS: Record<string, string> = {
  dv: 'dang vien',
  'd v': 'dang vien',
  dc: 'dong chi',
  'd c': 'dong chi',
  ng: 'nguoi',
  'ty le': '%',
  'ty le %': '%',
  'phan tram': '%',
  'ti le': '%',
  'ti le %': '%',
};

/**
 * A unit reduced to what it means: a money unit (`trieudong`), `%`, `‰`, or the folded count unit
 * (`dang vien`). `Tr.đồng` and `Triệu đồng` give the same; `Tỷ đồng` and `Triệu đồng` do not (they
 * convert); `Người` and `Đảng viên` do not (they never convert).
 * @example normalUnit('Tr.đồng') // → 'trieudong'
 */
export function normalUnit(unit: string): string {
  const folded = foldText(unit);
  const synonym = UNIT_SYNONYMS[folded];
  // Before money: the engine's `moneyUnitOf('Tỷ lệ')` reads `tỷ` as tỷ đồng.
  if (synonym) return synonym;
  return moneyUnitOf(unit) ?? folded;
}

/** The family of a unit (see `UnitFamily`). */
export function unitFamily(unit: string): UnitFamily {
  const u = normalUnit(unit);
  if (u === '%' || u === '‰') return u;
  return moneyOf(unit) ? 'money' : '';
}

/** The money unit of a unit text; null for rates (`Tỷ lệ`) and anything else that is not money. */
export function moneyOf(unit: string): MoneyUnit | null {
  const u = normalUnit(unit);
  return u === 'dong' || u === 'nghindong' || u === 'trieudong' || u === 'tydong' ? u : null;
}

/**
 * A name without its numbering and without a unit written in brackets at its end, and the unit of
 * the row: the unit cell, else a money or `%` unit from the name (`Thu ngân sách (triệu đồng)`).
 * A bracket is only taken off the name when it is money, `%`, or the row's own unit repeated.
 * @example splitUnit('Thu ngân sách (Tr.đồng)', '') // → { base: 'Thu ngân sách', unit: 'Tr.đồng' }
 */
export function splitUnit(name: string, unit: string): { base: string; unit: string } {
  let base = displayName(name);
  let u = unit.trim();
  const inName = UNIT_IN_NAME.exec(base);
  if (inName && (unitFamily(inName[1]) !== '' || (u !== '' && normalUnit(inName[1]) === normalUnit(u)))) {
    if (u === '') u = inName[1].trim();
    base = base.slice(0, inName.index);
  }
  return { base, unit: u };
}

/**
 * The key two wards' indicators are matched by. The rule:
 * - the name, with its leading numbering removed (`1.`, `II.`, `a)`, `-`), folded: case, diacritics,
 *   punctuation, quotes and spacing ignored (`Gia đình văn hoá` = `"Gia đình văn hóa"`), and the two
 *   spellings `tỉ`/`tỷ` taken as one (`Tỉ lệ` = `Tỷ lệ`);
 * - a money or `%` unit at the end of the name in brackets (`Thu ngân sách (triệu đồng)`), or the
 *   row's own unit repeated there, is left out of the name, and is the unit when the unit cell is
 *   empty (`splitUnit`);
 * - plus the unit's *family* only: every money unit is one family (`Tr.đồng` = `Triệu đồng` =
 *   `Tỷ đồng`: the values convert), `%` (and `Tỷ lệ`) another, `‰` another, and every other unit
 *   (hộ, người, đảng viên…) or none a fourth. So two count units that differ (`Người` vs `Đảng viên`)
 *   still match, and the difference is reported, not hidden; a `%` row never matches a count row of
 *   the same name.
 * - a name that is, whole, one of the indicator dictionary's variants takes the dictionary's key:
 *   `Thu ngân sách nhà nước trên địa bàn` = `Thu NSNN` = `Thu ngân sách` (`canonicalKey`).
 * Callers pass `%` as the unit of a rate whose unit cell is empty (its values were rates).
 * @example matchKey('1. THU NGÂN SÁCH', 'Tr.đồng') === matchKey('Thu ngân sách', 'Tỷ đồng') // → true
 * @example matchKey('Tỉ lệ hộ nghèo', '%') === matchKey('Tỷ lệ hộ nghèo', 'Tỷ lệ') // → true
 */
export function matchKey(name: string, unit: string): string {
  const { base, unit: u } = splitUnit(name, unit);
  const canonical = canonicalKey(base);
  if (canonical) return `${canonical}|${unitFamily(u)}`;
  const folded = foldText(base)
    .split(' ')
    .map((w) => (w === 'ti' ? 'ty' : w))
    .filter((w) => w !== '%')
    .join(' ');
  return `${folded}|${unitFamily(u)}`;
}
