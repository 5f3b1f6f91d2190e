/**
 * Diacritic-free matching of Vietnamese text and the Vietnamese way of writing numbers.
 *
 * Number rules (DOMAIN.md §2): `,` is the decimal mark and `.` groups thousands (`27,6` → 27.6,
 * `1.282` → 1282). When both marks appear, the last one is the decimal mark. Where a text uses only
 * one kind of mark, we also accept what a careful officer would read:
 * - only dots: thousands when every group after the first has exactly 3 digits (`1.282`,
 *   `1.117.213.000`), otherwise a decimal point typed the English way (`5.5`, `27.65`);
 * - only commas: a single comma is decimal (`27,6`, `1,282` = 1.282); several commas with 3-digit
 *   groups group thousands (`1,117,213`).
 * Spaces and non-breaking spaces inside a number are ignored (`1 282`, `36\u00a0015`).
 */

const DIACRITICS = /[\u0300-\u036f]/g;

/**
 * Lower-case, diacritic-free, punctuation-free text with single spaces, for matching words.
 * `%` and `‰` stay as their own tokens (they carry meaning: `% KH`); `/` splits tokens (`TH/KH`).
 * @example foldText('Tỷ lệ TH/KH (%)') // 'ty le th kh %'
 */
export function foldText(text: string): string {
  let s = text.normalize('NFD').replace(DIACRITICS, '').toLowerCase();
  s = s.replace(/đ/g, 'd');
  s = s.replace(/%/g, ' % ').replace(/‰/g, ' ‰ ');
  s = s.replace(/[^a-z0-9%‰↑↓]+/g, ' ');
  return s.trim();
}

/** Removes diacritics and lower-cases, keeping punctuation (for prefix tests on names). */
export function plainLower(text: string): string {
  return text.normalize('NFD').replace(DIACRITICS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** `true` when `phrase` (already folded) occurs in `folded` as whole words. */
export function hasPhrase(folded: string, phrase: string): boolean {
  if (phrase === folded) return true;
  const i = folded.indexOf(phrase);
  if (i < 0) return false;
  return (` ${folded} `).includes(` ${phrase} `);
}

/** Normalizes the many space characters users paste (NBSP, thin space, zero-width) to plain spaces. */
export function cleanSpaces(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f\u2009\u200b\ufeff\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** A number read from text, with the number of decimals the user typed. */
export interface TextNumber {
  value: number;
  decimals: number;
}

const NUMBER_BODY = /^[+-]?(?:\d[\d., ]*\d|\d)$/;

/**
 * Parses a number written the Vietnamese way (see the module comment). `null` for anything that
 * is not only a number.
 * @example parseVietnameseNumber('1.117.213.000') // { value: 1117213000, decimals: 0 }
 */
export function parseVietnameseNumber(raw: string): TextNumber | null {
  const text = raw.replace(/[\u00a0\u2007\u202f\u2009 ]/g, '');
  if (text.length === 0 || text.length > 40 || !NUMBER_BODY.test(text)) return null;
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[+-]/, '');
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let intPart: string;
  let fracPart = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    intPart = body.slice(0, decimalAt).replace(/[.,]/g, '');
    fracPart = body.slice(decimalAt + 1);
    if (/[.,]/.test(fracPart)) return null;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const groups = body.split(mark);
    const thousands = groups.length > 1 && groups.slice(1).every((g) => g.length === 3) && groups[0].length <= 3;
    const isGrouping = mark === '.' ? thousands : groups.length > 2 && thousands;
    if (isGrouping) {
      intPart = groups.join('');
    } else {
      if (groups.length > 2) return null;
      intPart = groups[0];
      fracPart = groups[1];
    }
  } else {
    intPart = body;
  }
  if (intPart === '' || !/^\d+$/.test(intPart) || (fracPart !== '' && !/^\d+$/.test(fracPart))) return null;
  const value = sign * Number(fracPart ? `${intPart}.${fracPart}` : intPart);
  return Number.isFinite(value) ? { value, decimals: fracPart.length } : null;
}

/** Number of decimals shown by an Excel number format (`0.0%` → 1, `#,##0` → 0); null for General. */
export function formatDecimals(numberFormat: string | null): number | null {
  if (!numberFormat || /^general$/i.test(numberFormat)) return null;
  const section = numberFormat.split(';')[0].replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  const m = /\.([0#?]+)/.exec(section);
  if (m) return m[1].length;
  return /[0#?]/.test(section) ? 0 : null;
}

/** Decimals of a number as JavaScript prints it (`103.2` → 1), after cleaning float noise. */
export function shownDecimals(value: number): number {
  const s = String(cleanFloat(value));
  if (s.includes('e')) return 0;
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** Removes binary noise after scaling (`0.9169 × 100` → 91.69, not 91.69000000000001). */
export function cleanFloat(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(15));
}

const ROMAN = /^(?=[IVXLC])(M{0,3})(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

/** `true` for an upper-case Roman numeral `I`…`CCC`. */
export function isRomanNumeral(text: string): boolean {
  return text.length > 0 && text.length <= 8 && ROMAN.test(text);
}

/** `true` when the text has letters and none of them is lower case (`KINH TẾ - NGÂN SÁCH`). */
export function isUpperCaseText(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi') && text !== text.toLocaleLowerCase('vi');
}

/** First letter upper case, the rest untouched (`số hộ nghèo` → `Số hộ nghèo`). */
export function sentenceCase(text: string): string {
  return text.length ? text[0].toLocaleUpperCase('vi') + text.slice(1) : text;
}
