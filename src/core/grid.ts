/**
 * The engine's only input shape: one worksheet's used range as plain 2-D arrays, the same shape as
 * Excel's `range.values` (and HyperFormula's sheets). Adapters (office-js, ExcelJS) build it; the
 * engine never sees a workbook object.
 *
 * Coordinates are 0-based `{ row, col }` from cell A1 of the sheet; A1 strings appear only at the
 * edges (JSON, messages, formulas).
 */

import type { LegacyEncoding } from './legacyText';

/** A cell holding an Excel error (`#DIV/0!`, `#N/A`, `#REF!`…). It reads as "no value", never 0. */
export interface CellError {
  error: string;
}

/** What a cell holds after the adapter read it: a formula cell is given by its cached value. */
export type CellValue = number | string | boolean | null | CellError;

/** An inclusive rectangle, 0-based. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** Worksheet name as the user sees it. */
  sheet: string;
  /** `values[row][col]`, starting at A1. Rows may be shorter than the widest row. */
  values: CellValue[][];
  /** Number format per cell (`0.0%`, `#,##0`), same indexing; missing/null means General. */
  numberFormats?: (string | null | undefined)[][];
  /** Merged areas. Only the top-left (master) cell of each holds the value. */
  merges?: CellRange[];
  /**
   * Reader output, consumed by the run's `decodeLegacyGrid` (./legacyGrid): the font name of text
   * cells set in a legacy Vietnamese font (`.VnTime`, `VNI-Times`), same indexing.
   */
  legacyFonts?: (string | null | undefined)[][];
  /** Text cells the run decoded from TCVN3 / VNI to Unicode (./legacyGrid); absent: none. */
  decodedText?: DecodedCell[];
  /**
   * How text cells are set where it tells a sub-row (./detect/rowTree): italics, Excel's indent
   * level; same indexing, missing/null for upright text with no indent. Absent: not read.
   */
  textStyles?: (TextStyle | null | undefined)[][];
}

/** The look of a text cell that can set its row under the row above (./detect/rowTree). */
export interface TextStyle {
  italic?: boolean;
  /** Excel's indent level (Format Cells → Alignment → Indent), 1 and up. */
  indent?: number;
}

/**
 * A text cell's style from what a reader found (its font's italics, its alignment), or null when
 * it is plain. An indent counts only from the left: Excel indents right-aligned text from the
 * right, which marks no sub-row.
 */
export function textStyleOf(
  italic: boolean | undefined,
  indent: number | undefined,
  horizontal?: string,
): TextStyle | null {
  const fromLeft = !/^(?:right|center|centerContinuous|fill|centerAcrossSelection)$/i.test(horizontal ?? '');
  const level = fromLeft && indent !== undefined && Number.isFinite(indent) && indent > 0 ? Math.floor(indent) : 0;
  if (!italic && level === 0) return null;
  return level > 0 ? (italic ? { italic: true, indent: level } : { indent: level }) : { italic: true };
}

/** `true` for a cell that holds an Excel error value. */
export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';
}

/** Column index (0-based) → letters: 0 → `A`, 27 → `AB`. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A1 address of a 0-based cell.
 * @example cellAddress(7, 4) // → 'E8'
 */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 range of a rectangle: `A5:O14`. */
export function rangeAddress(r: CellRange): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
}

/** Parses `E8` / `$E$8` into 0-based `{ row, col }`; `null` for anything else. */
export function parseAddress(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * Parses `A1:D1`, `$A$5:$O$14` or a single `B2` (no sheet part) into a 0-based range; null for
 * anything else.
 * @example parseRangeAddress('E5:F5') // → { top: 4, left: 4, bottom: 4, right: 5 }
 */
export function parseRangeAddress(a1: string): CellRange | null {
  const [from, to = from] = a1.split(':');
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/**
 * Read-only view over a Grid that resolves merges once: `masterOf(row, col)` tells which cell a
 * merged cell belongs to, so detectors can ask "what does the user see here" without re-scanning.
 */
export class GridView {
  readonly rowCount: number;
  readonly colCount: number;
  private readonly mergeIndex = new Map<number, CellRange>();

  constructor(readonly grid: Grid) {
    this.rowCount = grid.values.length;
    let cols = 0;
    for (const row of grid.values) if (row && row.length > cols) cols = row.length;
    this.colCount = cols;
    for (const m of grid.merges ?? []) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.mergeIndex.set(this.key(r, c), m);
      }
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** The raw value of the cell (null for non-master merged cells, which hold nothing). */
  value(row: number, col: number): CellValue {
    const r = this.grid.values[row];
    if (!r) return null;
    const v = r[col];
    return v === undefined ? null : v;
  }

  numberFormat(row: number, col: number): string | null {
    const f = this.grid.numberFormats?.[row]?.[col];
    return f ?? null;
  }

  /** The italics and indent of a text cell, null when plain or not read. */
  textStyle(row: number, col: number): TextStyle | null {
    return this.grid.textStyles?.[row]?.[col] ?? null;
  }

  /** The merged area containing the cell, if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    return this.mergeIndex.size ? this.mergeIndex.get(this.key(row, col)) : undefined;
  }

  /** The value the user sees at a cell: the master's value when the cell is inside a merge. */
  visibleValue(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? this.value(m.top, m.left) : this.value(row, col);
  }

  isMaster(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !m || (m.top === row && m.left === col);
  }
}

/**
 * Sets `rows[r][c]` of a grid being built, padding that row with nulls up to `c`; other rows stay
 * as they are (the adapters' readers build their grids with it).
 */
export function putCell<T>(rows: (T | null)[][], r: number, c: number, value: T): void {
  const row = (rows[r] ??= []);
  while (row.length < c) row.push(null);
  row[c] = value;
}

/** `rowCount` rows of a grid being built, a missing row (no value in it) becoming `[]`. */
export function fillRows<T>(rows: T[][], rowCount: number): T[][] {
  return Array.from({ length: rowCount }, (_, r) => rows[r] ?? []);
}

/** One decoded cell (0-based, like every grid coordinate). */
export interface DecodedCell {
  row: number;
  col: number;
  encoding: LegacyEncoding;
  /** The text as stored, before decoding. */
  original: string;
}

/** Combining marks: text typed or pasted decomposed (NFD, common from Macs and the web) holds them. */
const COMBINING = /[\u0300-\u036f]/;

/**
 * The grid with its text in Unicode NFC, the form every rule matches (`Có 04 đơn thư`, never a
 * stray mark after a letter split from it); the same grid when no text is decomposed.
 */
export function nfcGrid(grid: Grid): Grid {
  let values = grid.values;
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== 'string' || !COMBINING.test(v)) return;
      const nfc = v.normalize('NFC');
      if (nfc === v) return;
      if (values === grid.values) values = grid.values.map((x) => x.slice());
      values[r][c] = nfc;
    }),
  );
  return values === grid.values ? grid : { ...grid, values };
}
