/**
 * Legacy Vietnamese text (DOMAIN.md §7.6): TCVN3 (ABC, TCVN 5712:1993 VN3 — fonts `.VnTime`,
 * `.VnArial`…, upper-case fonts `.VnTimeH`…) and VNI-Windows (fonts `VNI-Times`, `VNI-Helve`…)
 * decoded to Unicode NFC.
 *
 * Both encodings were 8-bit fonts over Windows-1252: a workbook stores the Windows-1252 characters
 * of the bytes, so `ChØ tiªu` (TCVN3) and `Chæ tieâu` (VNI) both mean `Chỉ tiêu`.
 * - TCVN3: one byte a letter, lower case and seven capitals (Ă Â Ê Ô Ơ Ư Đ); capitals with a tone
 *   have no code and are written with the same bytes in an `H` font. `ư` is 0xAD, the soft hyphen:
 *   it must never be stripped before decoding.
 * - VNI: a base letter followed by a mark byte (`a` + `ù` = `á`, `a` + `á` = `ấ`, `a` + `é` = `ắ`),
 *   and single bytes for `đ`, `ơ`, `ư`, `ỵ` and the `i` with a tone. A mark byte is read with the
 *   letter before it (`ô` + `ù` = `ớ`), never alone first.
 *
 * Which encoding a text is in: the cell's font when the reader knows it (`legacyFontOf`), else
 * `detectLegacyEncoding`, which is conservative — a text qualifies only when it holds a character
 * no Unicode Vietnamese text uses, nothing outside the encoding, and every word it changes decodes
 * to a Vietnamese syllable. Unicode Vietnamese, Latin-1 words (`Müller`, `café`) and numbers never do.
 *
 * Checked against a public mapping (duydev/vietnamese-conversion, `src/charsets.ts`): the 67
 * lower-case letters and the seven capitals of TCVN3 agree, and 130 of 134 VNI letters. It differs
 * on TCVN3 capitals with a tone, which it writes as two characters (`A` + the lower-case code): a
 * `.VnTime` cell shows those as two letters (`Aà`), so they are read as written here, and capitals
 * come from `H` fonts; and on VNI `ỷ`/`ỹ` (and capitals), which it gives one byte each that it also
 * uses for `ì` and for the mark of `ặ` — VNI writes them `y` + `û` / `y` + `õ`.
 */

export type LegacyEncoding = 'TCVN3' | 'VNI';

/** A cell font's legacy encoding, and whether it is an upper-case (`H`) TCVN3 font. */
export interface LegacyFont {
  encoding: LegacyEncoding;
  upper: boolean;
}

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']; // none, huyền, hỏi, ngã, sắc, nặng

/** TCVN3 (VN3) codes → Unicode, code by code as the standard lays them out. */
const TCVN3_LAYOUT: [number, string][] = [
  [0xa1, 'ĂÂÊÔƠƯĐăâêôơưđ'],
  [0xb5, 'àảãáạ'],
  [0xbb, 'ằẳẵắ'],
  [0xc6, 'ặầẩẫấậè'],
  [0xce, 'ẻẽéẹềểễếệìỉ'],
  [0xdc, 'ĩíịò'],
  [0xe1, 'ỏõóọồổỗốộờởỡớợù'],
  [0xf1, 'ủũúụừửữứựỳỷỹýỵ'],
];

function tcvn3Table(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [start, letters] of TCVN3_LAYOUT)
    [...letters].forEach((letter, i) => table.set(String.fromCharCode(start + i), letter));
  return table;
}

const TCVN3 = tcvn3Table();
const TCVN3_INVERSE = new Map([...TCVN3].map(([code, letter]) => [letter, code]));

/** VNI mark bytes (lower case; upper case is 0x20 below): tone, then the vowel shape they add. */
const VNI_TONE = ['', 'ø', 'û', 'õ', 'ù', 'ï'];
const VNI_CIRCUMFLEX_TONE = ['â', 'à', 'å', 'ã', 'á', 'ä'];
const VNI_BREVE_TONE = ['ê', 'è', 'ú', 'ü', 'é', 'ë'];
/** Letters VNI writes as one byte (lower case). */
const VNI_SINGLE: Record<string, string> = { ñ: 'đ', ô: 'ơ', ö: 'ư', ì: 'ì', í: 'í', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };

/**
 * Adds `code` + each mark of `marks` (index = tone) → `vowel` with `shape` and that tone, both cases
 * (`code` is the vowel itself, or the single byte of `ơ` / `ư`).
 */
function addVniPairs(pairs: Map<string, string>, code: string, vowel: string, marks: string[], shape: string) {
  const base = code;
  marks.forEach((mark, tone) => {
    if (mark === '') return;
    const letter = `${vowel}${shape}${TONES[tone]}`.normalize('NFC');
    for (const m of [mark, mark.toUpperCase()]) {
      pairs.set(`${base}${m}`, letter);
      pairs.set(`${base.toUpperCase()}${m}`, letter.toUpperCase());
    }
  });
}

/** VNI two-byte sequences (base + mark) → Unicode; the base gives the case, the mark may be of either. */
function vniPairs(): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const v of ['a', 'e', 'o', 'u', 'y']) addVniPairs(pairs, v, v, VNI_TONE, '');
  for (const v of ['a', 'e', 'o']) addVniPairs(pairs, v, v, VNI_CIRCUMFLEX_TONE, '\u0302');
  addVniPairs(pairs, 'a', 'a', VNI_BREVE_TONE, '\u0306');
  // `ơ` and `ư` are single bytes that take a tone mark after them.
  addVniPairs(pairs, 'ô', 'o', VNI_TONE, '\u031b');
  addVniPairs(pairs, 'ö', 'u', VNI_TONE, '\u031b');
  return pairs;
}

const VNI_PAIRS = vniPairs();
const VNI_SINGLES = new Map<string, string>(
  Object.entries(VNI_SINGLE).flatMap(([code, letter]) => [
    [code, letter],
    [code.toUpperCase(), letter.toUpperCase()],
  ]),
);
const VNI_INVERSE = vniInverse();
/** Every non-ASCII byte VNI uses for letters: marks and single letters. */
const VNI_BYTES = new Set([...VNI_SINGLES.keys(), ...[...VNI_PAIRS.keys()].map((p) => p[1])]);

function vniInverse(): Map<string, string> {
  const inverse = new Map<string, string>();
  // Singles first: `ì` is one byte, never `i` + a mark.
  for (const [code, letter] of VNI_SINGLES) inverse.set(letter, code);
  for (const [pair, letter] of VNI_PAIRS) {
    const sameCase = (pair[0] === pair[0].toUpperCase()) === (pair[1] === pair[1].toUpperCase());
    if (sameCase && !inverse.has(letter)) inverse.set(letter, pair);
  }
  return inverse;
}

/** TCVN3 text (as Windows-1252 characters) → Unicode NFC; `upper` for an `H` font. */
export function tcvn3ToUnicode(text: string, upper = false): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return (upper ? out.toLocaleUpperCase('vi') : out).normalize('NFC');
}

/** VNI-Windows text (as Windows-1252 characters) → Unicode NFC; each mark read with its letter. */
export function vniToUnicode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_PAIRS.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i++;
    } else {
      out += VNI_SINGLES.get(text[i]) ?? text[i];
    }
  }
  return out.normalize('NFC');
}

/**
 * Unicode → TCVN3, for tests and generated workbooks. A capital with a tone has no TCVN3 code: it
 * is written as its lower-case code, which an `H` font shows in capitals.
 */
export function unicodeToTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC'))
    out += TCVN3_INVERSE.get(ch) ?? TCVN3_INVERSE.get(ch.toLocaleLowerCase('vi')) ?? ch;
  return out;
}

/** Unicode → VNI-Windows (the inverse of `vniToUnicode`), for tests and generated workbooks. */
export function unicodeToVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += VNI_INVERSE.get(ch) ?? ch;
  return out;
}

/** Decodes `text` from `encoding`. */
export function decodeLegacy(text: string, encoding: LegacyEncoding, upper = false): string {
  return encoding === 'TCVN3' ? tcvn3ToUnicode(text, upper) : vniToUnicode(text);
}

/** `.VnTime` → TCVN3, `.VnTimeH` → TCVN3 upper case, `VNI-Times` → VNI; null for any other font. */
export function legacyFontOf(fontName: string | null | undefined): LegacyFont | null {
  const name = (fontName ?? '').trim();
  if (/^\.vn/i.test(name)) return { encoding: 'TCVN3', upper: /h$/i.test(name) };
  if (/^vni[- ]/i.test(name)) return { encoding: 'VNI', upper: false };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Detection by content

/** Latin-1 letters Unicode Vietnamese uses; any other Latin-1 letter or sign marks a legacy text. */
const UNICODE_VIETNAMESE_LATIN1 = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý');
/** Windows-1252 punctuation both encodings leave alone (dashes, quotes, ellipsis, bullet). */
const WINDOWS_PUNCTUATION = /[\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2026\u2022\u00a0]/;

/** A character neither encoding can hold (ỉ, ư, a combining mark…): the text is Unicode. */
const OUTSIDE_BOTH = /[^\t\n\r\u0020-\u00ff\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2026\u2022]/;

/** Characters of the encoding a word may hold (besides ASCII letters). */
function legacyLetter(ch: string, encoding: LegacyEncoding): boolean {
  return encoding === 'TCVN3' ? TCVN3.has(ch) : VNI_BYTES.has(ch);
}

function isAsciiLetter(ch: string): boolean {
  return /^[A-Za-z]$/.test(ch);
}

/** Vowel groups of Vietnamese rimes, toneless (`gi` and `qu` are onsets: `giữa` = gi + ưa). */
const NUCLEI =
  'a|ă|â|e|ê|i|o|ô|ơ|u|ư|y|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|' +
  'iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu';
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?(?:${NUCLEI})(?:ch|ng|nh|[cmnpt])?$`,
);

/**
 * Whether `word` (Unicode) is a Vietnamese syllable: an onset, a vowel group with at most one
 * tone, and a final consonant (`tiêu`, `nghiêng`, `được`; not `müller`, `cafộ`, `hoaùch`).
 */
export function isVietnameseSyllable(word: string): boolean {
  let known = SYLLABLES_SEEN.get(word);
  if (known === undefined) {
    const parts = word.toLowerCase().normalize('NFD');
    const tones = parts.match(TONE_MARK) ?? [];
    known = tones.length <= 1 && SYLLABLE.test(parts.replace(TONE_MARK, '').normalize('NFC'));
    if (SYLLABLES_SEEN.size >= MAX_SYLLABLES_SEEN) SYLLABLES_SEEN.clear();
    SYLLABLES_SEEN.set(word, known);
  }
  return known;
}

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Words already judged: a sheet repeats its words (a language has a few thousand syllables). */
const SYLLABLES_SEEN = new Map<string, boolean>();
const MAX_SYLLABLES_SEEN = 20_000;

/** The words of `text` in `encoding`: runs of ASCII letters and the encoding's letter bytes. */
function legacyWords(text: string, encoding: LegacyEncoding): string[] {
  const words: string[] = [];
  let word = '';
  for (const ch of text) {
    if (isAsciiLetter(ch) || legacyLetter(ch, encoding)) word += ch;
    else {
      if (word) words.push(word);
      word = '';
    }
  }
  if (word) words.push(word);
  return words;
}

/** Whether `ch` may stand in a text of `encoding` outside its words (digits, punctuation, spaces). */
function allowedOutsideWords(ch: string): boolean {
  return ch.charCodeAt(0) < 0x80 || WINDOWS_PUNCTUATION.test(ch);
}

/**
 * Whether `text` reads as Vietnamese in `encoding`: nothing outside the encoding, and every word it
 * changes a syllable. `alone` (no other text of the sheet known to be in `encoding`) asks for more:
 * a character no Unicode Vietnamese text uses, and a word with an ASCII letter before an old byte
 * (`ChØ`, `Keá`) — a sign alone (`©`, `§ 3`) or before a unit (`10 µm`) is no Vietnamese word.
 */
export function decodesAsVietnamese(text: string, encoding: LegacyEncoding, alone = true): boolean {
  let marked = !alone;
  for (const ch of text) {
    if (isAsciiLetter(ch) || allowedOutsideWords(ch)) continue;
    if (!legacyLetter(ch, encoding)) return false;
    if (!UNICODE_VIETNAMESE_LATIN1.has(ch)) marked = true;
  }
  if (!marked) return false;
  const changed = legacyWords(text, encoding).filter((w) => /[^A-Za-z]/.test(w));
  if (changed.length === 0) return false;
  if (alone && !changed.some((w) => /[A-Za-z][^A-Za-z]/.test(w))) return false;
  return changed.every((w) => {
    const decoded = decodeLegacy(w, encoding);
    // In a sheet known to be old, an abbreviation in capitals (`§VT`: ĐVT, `H§ND`) decodes too.
    return isVietnameseSyllable(decoded) || (!alone && /^[A-ZĐ]{2,6}$/.test(decoded));
  });
}

/**
 * The legacy encoding `text` is in, judged by its content alone (no font known); null for Unicode
 * Vietnamese, any other language, numbers, and anything doubtful. TCVN3 wins when both read.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (!/[\u00a1-\u00ff]/.test(text) || OUTSIDE_BOTH.test(text)) return null;
  if (decodesAsVietnamese(text, 'TCVN3')) return 'TCVN3';
  if (decodesAsVietnamese(text, 'VNI')) return 'VNI';
  return null;
}
