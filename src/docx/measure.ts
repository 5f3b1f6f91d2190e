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

const glyphs = new Map<string, number>();

/** Width of a text in 1/1000 em, whatever its size (each character's class looked up once). */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    let w = glyphs.get(ch);
    if (w === undefined) glyphs.set(ch, (w = glyphWidth(ch)));
    em += w;
  }
  return em;
}

/** Width of the widest word of a text (what a cell cannot wrap), in 1/1000 em. */
export function widestWordEm(text: string): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) widest = Math.max(widest, textEm(word));
  return widest;
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
