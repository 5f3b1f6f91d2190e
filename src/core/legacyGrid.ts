/**
 * Legacy Vietnamese text of a worksheet decoded to Unicode (DOMAIN.md §7.6), once, by the run
 * (`runReport`) whatever the reader, before the engine matches anything: the grid the engine sees carries Unicode, and
 * `grid.decodedText` records which cells were decoded and from what.
 *
 * Rules:
 * - A text cell whose font the reader knows (`grid.legacyFonts`) is decoded by that font's encoding
 *   (`.VnTime` TCVN3, `.VnTimeH` TCVN3 in capitals, `VNI-Times` VNI) — unless it holds a letter
 *   that encoding has no byte for (a Unicode text typed in an old font: left as it is).
 * - Any other text cell is decoded when its content alone says TCVN3 or VNI (`detectLegacyEncoding`),
 *   and only in a sheet holding at least `MIN_DETECTED` such texts or a text in an old font: one
 *   stray TCVN3-looking text in a Unicode sheet is not an old workbook. Such a sheet, when no text of it holds a Unicode Vietnamese letter
 *   beyond Latin-1, is an old sheet through and through: its texts that read as Vietnamese in its
 *   encoding without a telling character are decoded too.
 * - `legacyFonts` is consumed: the grid returned has none.
 * - Every text ends in Unicode NFC (`nfcGrid`): text stored decomposed (from a Mac, the web) must
 *   match and print like typed text; every run calls this function first, so this is the one edge.
 */
import { nfcGrid, type DecodedCell, type Grid } from './grid';
import {
  decodeLegacy,
  decodesAsVietnamese,
  detectLegacyEncoding,
  legacyFontOf,
  type LegacyEncoding,
} from './legacyText';

/** Texts detected by content a sheet must hold before any is decoded. */
export const MIN_DETECTED = 2;

/** Letters outside Latin-1 (ỉ, ư, đ…): a text holding one is Unicode, whatever its font says. */
const BEYOND_LATIN1_LETTER = /\p{M}|[\u0100-\u024f\u1e00-\u1eff]/u;

type Decision = { encoding: LegacyEncoding; upper: boolean; byFont: boolean } | null;

function decisionFor(text: string, font: string | null | undefined): Decision {
  const legacy = legacyFontOf(font);
  if (legacy) return BEYOND_LATIN1_LETTER.test(text) ? null : { ...legacy, byFont: true };
  const detected = detectLegacyEncoding(text);
  return detected ? { encoding: detected, upper: false, byFont: false } : null;
}

interface Found {
  row: number;
  col: number;
  text: string;
  decision: NonNullable<Decision>;
}

/**
 * The texts to decode: those the font or the content names; when the content named one encoding
 * `MIN_DETECTED` times or more in a sheet without any Unicode Vietnamese letter, also the texts
 * that read in it without a telling character (`Sè hé nghÌo`: Số hộ nghèo).
 */
function textsToDecode(grid: Grid): Found[] {
  const found: Found[] = [];
  let unicodeSeen = false;
  eachText(grid, (text, row, col) => {
    const decision = decisionFor(text, grid.legacyFonts?.[row]?.[col]);
    if (decision) found.push({ row, col, text, decision });
    if (BEYOND_LATIN1_LETTER.test(text)) unicodeSeen = true;
  });
  const detected = found.filter((f) => !f.decision.byFont);
  if (detected.length < MIN_DETECTED) {
    // A sheet with text in an old font is an old sheet: a lone telling text of it is decoded too.
    const byFont = found.filter((f) => f.decision.byFont);
    return byFont.length > 0 ? found : byFont;
  }
  if (unicodeSeen) return found;
  const tcvn3 = detected.filter((f) => f.decision.encoding === 'TCVN3').length;
  const encoding: LegacyEncoding = tcvn3 * 2 >= detected.length ? 'TCVN3' : 'VNI';
  const taken = new Set(found.map((f) => f.row * 16384 + f.col));
  const decision = { encoding, upper: false, byFont: false };
  eachText(grid, (text, row, col) => {
    if (!taken.has(row * 16384 + col) && decodesAsVietnamese(text, encoding, false))
      found.push({ row, col, text, decision });
  });
  return found;
}

function eachText(grid: Grid, visit: (text: string, row: number, col: number) => void): void {
  grid.values.forEach((cells, row) =>
    cells.forEach((value, col) => {
      if (typeof value === 'string') visit(value, row, col);
    }),
  );
}

/** The grid with its legacy texts decoded and recorded in `decodedText` (see the module comment). */
export function decodeLegacyGrid(grid: Grid): Grid {
  const { legacyFonts: _fonts, ...rest } = grid;
  const decoded: DecodedCell[] = [];
  let values = grid.values;
  for (const { row, col, text, decision } of textsToDecode(grid)) {
    const unicode = decodeLegacy(text, decision.encoding, decision.upper);
    if (unicode === text) continue;
    if (values === grid.values) values = grid.values.map((r) => r.slice());
    values[row][col] = unicode;
    decoded.push({ row, col, encoding: decision.encoding, original: text });
  }
  const out: Grid = { ...rest, values };
  if (decoded.length > 0) out.decodedText = decoded;
  const unicode = nfcGrid(out);
  decodedGrids.add(unicode);
  return unicode;
}

const decodedGrids = new WeakSet<Grid>();

/** Whether `grid` is what `decodeLegacyGrid` returned: a run handed it again does not decode it twice. */
export function isDecodedGrid(grid: Grid): boolean {
  return decodedGrids.has(grid);
}

const decodedIndex = new WeakMap<Grid, Map<number, DecodedCell>>();

/** The record of the cell at (row, col) of `grid` when the run decoded its text (indexed once a grid). */
export function decodedCellOf(grid: Grid | undefined, row: number, col: number): DecodedCell | undefined {
  if (!grid?.decodedText) return undefined;
  let index = decodedIndex.get(grid);
  if (!index) decodedIndex.set(grid, (index = new Map(grid.decodedText.map((d) => [d.row * 16384 + d.col, d]))));
  return index.get(row * 16384 + col);
}

/** `Đã chuyển mã TCVN3 sang Unicode (12 ô)` per encoding met, over every grid. */
export function decodedTextNotices(grids: Grid[]): string[] {
  const counts = new Map<LegacyEncoding, number>();
  for (const g of grids) for (const d of g.decodedText ?? []) counts.set(d.encoding, (counts.get(d.encoding) ?? 0) + 1);
  return [...counts].map(([encoding, n]) => `Đã chuyển mã ${encoding} sang Unicode (${n} ô)`);
}
