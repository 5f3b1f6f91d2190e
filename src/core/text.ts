/**
 * Diacritic-free matching of Vietnamese text and the Vietnamese way of writing numbers.
 *
 * Number rules (DOMAIN.md §2): `,` is the decimal mark and `.` groups thousands (`27,6` → 27.6,
 * `1.282` → 1282). When both marks appear, the last one is the decimal mark. Where the spec is
 * silent, we read what a careful officer would read:
 * - both marks: the marks before the decimal one must all be the other mark and group thousands
 *   (`1,234.5`, `1.117.213,75`); a mix like `1.2.3,4` is not a number (no value rather than a guess);
 * - only dots: thousands when every group after the first has exactly 3 digits (`1.282`,
 *   `1.117.213.000`), otherwise a decimal point typed the English way (`5.5`, `27.65`);
 * - only commas: a single comma is decimal (`27,6`, `1,282` = 1.282); several commas with 3-digit
 *   groups group thousands (`1,117,213`).
 * Spaces and non-breaking spaces inside a number are ignored (`1 282`, `36\u00a0015`).
 */

import { memoByText } from './memo';

const DIACRITICS = /[\u0300-\u036f]/g;

/**
 * Lower-case, diacritic-free, punctuation-free text with single spaces, for matching words.
 * `%` and `‰` stay as their own tokens (they carry meaning: `% KH`); `/` splits tokens (`TH/KH`).
 * @example foldText('Tỷ lệ TH/KH (%)') // → 'ty le th kh %'
 */
export const foldText: (text: string) => string = memoByText(fold);

function fold(text: string): string {
  if (folded.length < text.length * 3) folded = new Uint16Array(text.length * 3);
  let n = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const f = code < FOLD.length ? FOLD[code] : SPACE;
    if (f === DROPPED) continue;
    if (f === SPACE) {
      if (!space) folded[n++] = SPACE;
      space = true;
    } else if (f === PERCENT || f === PER_MILLE) {
      if (!space) folded[n++] = SPACE;
      folded[n++] = f;
      folded[n++] = SPACE;
      space = true;
    } else {
      folded[n++] = f;
      space = false;
    }
  }
  if (n > 0 && folded[n - 1] === SPACE) n--;
  return UTF16.decode(folded.subarray(0, n));
}

const DROPPED = 0;
const SPACE = 32;
const PERCENT = 37;
const PER_MILLE = 0x2030;
/** The folded text is written here as UTF-16 code units, then decoded at once (no string per letter). */
let folded = new Uint16Array(256);
const UTF16 = new TextDecoder('utf-16le');

/** ASCII: letters lower-cased, digits and `%` kept, everything else a separator. */
const ASCII_FOLD: string[] = Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  if (/[a-z0-9%]/.test(ch)) return ch;
  if (/[A-Z]/.test(ch)) return ch.toLowerCase();
  return ' ';
});

/** Latin letters with diacritics (all of Vietnamese) → their base letter; đ → d; ‰ ↑ ↓ kept. */
const LETTER_FOLD: Map<number, string> = (() => {
  const map = new Map<number, string>([
    [0x111, 'd'],
    [0x110, 'd'],
    [0x2030, '‰'],
    [0x2191, '↑'],
    [0x2193, '↓'],
  ]);
  const ranges: [number, number][] = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      if (map.has(code)) continue;
      const base = String.fromCharCode(code).normalize('NFD').replace(DIACRITICS, '').toLowerCase();
      if (/^[a-z]$/.test(base)) map.set(code, base);
    }
  }
  return map;
})();

/**
 * Each UTF-16 code unit up to the last one kept (↓) → the code unit it folds to: a letter, a digit,
 * `%`, `‰`, an arrow, `DROPPED` (a combining diacritic) or `SPACE` (a separator, as is anything beyond).
 */
const FOLD: Uint16Array = (() => {
  const table = new Uint16Array(0x2194);
  for (let code = 0; code < table.length; code++) {
    const ch = code < 128 ? ASCII_FOLD[code] : (LETTER_FOLD.get(code) ?? (code >= 0x300 && code <= 0x36f ? '' : ' '));
    table[code] = ch === '' ? DROPPED : ch.charCodeAt(0);
  }
  return table;
})();

/** Removes diacritics and lower-cases, keeping punctuation (for prefix tests on names). */
export function plainLower(text: string): string {
  if (folded.length < text.length) folded = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const plain = code < PLAIN.length ? PLAIN[code] : NOT_IN_TABLE;
    if (plain === NOT_IN_TABLE) return plainLowerOf(text);
    if (plain !== DROPPED) folded[n++] = plain;
  }
  return UTF16.decode(folded.subarray(0, n));
}

function plainLowerOf(text: string): string {
  return text.normalize('NFD').replace(DIACRITICS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

const NOT_IN_TABLE = 0xffff;

/**
 * `plainLower` of each code unit of Latin text (Vietnamese and the Latin blocks, combining
 * diacritics dropped): a text of these letters reads letter by letter the same as whole, since a
 * decomposition here yields only diacritics that are all dropped. Anything else (`NOT_IN_TABLE`)
 * sends the whole text through the Unicode normalization.
 */
const PLAIN: Uint16Array = (() => {
  const table = new Uint16Array(0x1f00).fill(NOT_IN_TABLE);
  const latin = (code: number) => code < 0x250 || (code >= 0x1e00 && code < 0x1f00);
  for (let code = 0; code < table.length; code++) {
    if (code >= 0x300 && code <= 0x36f) table[code] = DROPPED;
    if (!latin(code)) continue;
    const decomposed = String.fromCharCode(code).normalize('NFD');
    const marksOnly = [...decomposed.slice(1)].every((c) => /[\u0300-\u036f]/.test(c));
    const plain = plainLowerOf(String.fromCharCode(code));
    if (marksOnly && plain.length === 1 && plain.charCodeAt(0) !== DROPPED) table[code] = plain.charCodeAt(0);
  }
  return table;
})();

/** `true` when `phrase` (already folded) occurs in `folded` as whole words. */
export function hasPhrase(folded: string, phrase: string): boolean {
  if (phrase === folded) return true;
  for (let i = folded.indexOf(phrase); i >= 0; i = folded.indexOf(phrase, i + 1)) {
    const end = i + phrase.length;
    const startsWord = i === 0 || folded.charCodeAt(i - 1) === 32;
    const endsWord = end === folded.length || folded.charCodeAt(end) === 32;
    if (startsWord && endsWord) return true;
  }
  return false;
}

/** Normalizes the many space characters users paste (NBSP, thin space, zero-width) to plain spaces. */
export function cleanSpaces(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f\u2009\u200b\ufeff\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
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
 * @example parseVietnameseNumber('1.117.213.000') // → { value: 1117213000, decimals: 0 }
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
    const grouping = decimalAt === lastDot ? ',' : '.';
    const groups = body.slice(0, decimalAt).split(grouping);
    if (groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3)) return null;
    intPart = groups.join('');
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
  const section = numberFormat
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '');
  const m = /\.([0#?]+)/.exec(section);
  if (m) return m[1].length;
  return /[0#?]/.test(section) ? 0 : null;
}

/** Decimals of a number as JavaScript prints it (`103.2` → 1), after cleaning float noise. */
export function shownDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  if (!Number.isFinite(value)) return 0;
  const tolerance = Math.abs(value) * 1e-13;
  let scale = 1;
  for (let d = 1; d <= 15; d++) {
    scale *= 10;
    if (Math.abs(Math.round(value * scale) / scale - value) <= tolerance) return d;
  }
  return 15;
}

/** Removes binary noise after scaling (`0.9169 × 100` → 91.69, not 91.69000000000001). */
export function cleanFloat(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  return Number(value.toPrecision(15));
}

const ROMAN = /^(?=[IVXLC])(M{0,3})(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

/** `true` for an upper-case Roman numeral `I`…`CCC`. */
export function isRomanNumeral(text: string): boolean {
  return text.length > 0 && text.length <= 8 && ROMAN.test(text);
}

/** `true` when the text has letters and none of them is lower case (`KINH TẾ - NGÂN SÁCH`). */
export function isUpperCaseText(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** First letter upper case, the rest untouched (`số hộ nghèo` → `Số hộ nghèo`). */
export function sentenceCase(text: string): string {
  return text.length ? text[0].toUpperCase() + text.slice(1) : text;
}

/**
 * A word that cannot be a Vietnamese syllable is an abbreviation (`NSNN`, `HĐND`, `UBND`, `GRDP`,
 * `BHYT`, `USD`), and so are Roman numerals written as operands (`I+II+III`, `(II)`, `IV`): they stay
 * upper case when a name written in capitals is put in sentence case.
 */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]+(?:ch|ng|nh|[cmnpt])?$/;

function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[([{"“'‘]+|[)\]}"”'’,.:;!?]+$/g, '');
  if (!/\p{Lu}/u.test(bare) || /\p{Ll}/u.test(bare)) return false;
  if (/^[IVX]+(?:\s*[+\-–]\s*[IVX]+)+$/.test(bare) || /^(?:I{1,3}|IV)$/.test(bare)) return true;
  if (/[+/]/.test(bare)) return true;
  const parts = plainLower(bare)
    .split(/[^a-z]+/)
    .filter(Boolean);
  return parts.some((p) => !SYLLABLE.test(p));
}

/**
 * A name as a report writes it: a name typed all in capitals (`TỔNG THU NSNN TRÊN ĐỊA BÀN
 * (I+II+III)`) in sentence case with its abbreviations kept (`Tổng thu NSNN trên địa bàn
 * (I+II+III)`); a single word (`UBND`) or a name already in mixed case stays as typed.
 */
export const nameCase: (name: string) => string = memoByText(nameCaseOf);

function nameCaseOf(name: string): string {
  if (!/\s/.test(name.trim()) || /\p{Ll}/u.test(name)) return name;
  const words = name.split(/(\s+)/).map((w) => (isAbbreviation(w) ? w : w.toLowerCase()));
  return sentenceCase(words.join(''));
}

/**
 * A name inside a sentence: its first capital lowered (`Thu ngân sách` → `thu ngân sách`) unless
 * it opens with an abbreviation (`UBND phường`) or is a proper name whose next word is capitalised
 * too (`An Giang`, `Bộ Tài chính`); the rest as written (`Bội chi NSĐP` → `bội chi NSĐP`).
 * @example nameInSentence('TỔNG THU NSNN (I+II)') // → 'tổng thu NSNN (I+II)'
 */
export const nameInSentence: (raw: string) => string = memoByText(lowerFirstWord);

function lowerFirstWord(raw: string): string {
  const name = nameCase(raw);
  const [first = '', second = ''] = name.split(/\s+/);
  if (!first || isAbbreviation(first) || /^\p{Lu}/u.test(first[1] ?? '')) return name;
  if (/^\p{Lu}/u.test(second) && !isAbbreviation(second)) return name;
  // The Party's bodies keep their capital (`Đảng bộ phường`, `Đảng ủy`); a member is `đảng viên`.
  if (first === 'Đảng' && /^(?:bộ|ủy|uỷ)$/u.test(second)) return name;
  return name[0].toLowerCase() + name.slice(1);
}
