/**
 * How wide a text is in Times New Roman, in twips, closely enough to size a table's columns: the
 * advance widths of the font's glyph classes (1/1000 em), the Vietnamese marks adding none.
 */
const NARROW = new Set(".,:;'!|");
const THIN = new Set('ijlt()[]/-');
const SEMI = new Set('frsI*"');
const WIDE_LOWER = new Set('mw');
const WIDE_UPPER = new Set('MW%');
const DIGIT = /\p{Nd}/u;
const UPPER = /\p{Lu}/u;

/** Bold Times is about a twentieth wider; a tenth more keeps a measured word off the cell's edge. */
const BOLD = 1.05;
const SAFETY = 1.1;

function glyphWidth(ch: string): number {
  const base = ch.normalize('NFD')[0] ?? ch;
  if (base === ' ' || NARROW.has(base)) return 250;
  if (THIN.has(base)) return 300;
  if (SEMI.has(base)) return 360;
  if (DIGIT.test(base)) return 500;
  if (WIDE_LOWER.has(base)) return 750;
  if (WIDE_UPPER.has(base)) return 900;
  if (base === '—') return 1000;
  if (UPPER.test(base)) return 720;
  return 480;
}

/** Each character's class, looked up once: by code unit below the surrogates, else by character. */
const BMP_WIDTHS = new Float64Array(0xd800);
const glyphs = new Map<string, number>();

/** The width of the character at `i`, a code unit below the surrogates looked up by its code. */
function charWidth(text: string, i: number, code: number): number {
  if (code < 0xd800) {
    const known = BMP_WIDTHS[code];
    return known !== 0 ? known : (BMP_WIDTHS[code] = glyphWidth(String.fromCharCode(code)));
  }
  const c = String.fromCodePoint(text.codePointAt(i) ?? code);
  let w = glyphs.get(c);
  if (w === undefined) glyphs.set(c, (w = glyphWidth(c)));
  return w;
}

/** The white space `\s` matches: what separates the words of a cell. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Width of a text and of its widest word (what a cell cannot wrap), in 1/1000 em, whatever the
 * size, in one pass: the characters' widths added in order (the spaces count in the text, not in
 * a word).
 */
export function measureText(text: string): { em: number; widest: number } {
  let em = 0;
  let word = 0;
  let widest = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const w = charWidth(text, i, code);
    if (pair) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    em += w;
    if (isSpace(code)) {
      widest = Math.max(widest, word);
      word = 0;
    } else word += w;
  }
  return { em, widest: Math.max(widest, word) };
}

/** Width of a text in 1/1000 em, whatever its size. */
export function textEm(text: string): number {
  return measureText(text).em;
}

/** Width of the widest word of a text (what a cell cannot wrap), in 1/1000 em. */
export function widestWordEm(text: string): number {
  return measureText(text).widest;
}

/** Twips of a width in 1/1000 em at `size` points. */
export function emTwips(em: number, size: number, bold = false): number {
  return Math.ceil((em / 1000) * size * 20 * (bold ? BOLD : 1) * SAFETY);
}

/** Width of `text` at `size` points, in twips. */
export function textTwips(text: string, size: number, bold = false): number {
  return emTwips(textEm(text), size, bold);
}

/** The widest word of `text` (what a cell cannot wrap), in twips. */
export function widestWordTwips(text: string, size: number, bold = false): number {
  return emTwips(widestWordEm(text), size, bold);
}
