/**
 * The worksheet scanner (SpreadsheetML §18.3): a worksheet part → the `Grid` of its cell values,
 * number formats and merged areas, in one pass over `sheetData` without building a tree.
 *
 * Rules (ECMA-376 as written; LibreOffice and openpyxl read the same):
 * - A cell's position is its `r`; a `<row>` without `r` is the row after the previous one, a `<c>`
 *   without `r` the cell after the previous one of its row (column A for the first) — as WPS writes.
 *   Rows and cells out of order are placed where their references say; a repeated cell, the last wins.
 * - A cell's value is its `<v>` by its type `t`: `n` (or none) a number, `s` a shared string,
 *   `str` a formula's string, `inlineStr` its `<is>` rich text, `b` a boolean, `e` an error,
 *   `d` an ISO 8601 date as its serial number in the workbook's date system. A formula (`<f>`)
 *   reads as its cached `<v>`; without one it is empty. The empty string is empty.
 * - Text is decoded once (XML entities, then `_xHHHH_`).
 * - Number format: the cell's `s` in the workbook's cell formats, kept for cells holding a value;
 *   its text style (italics, indent: `./styles`) for text cells.
 * - Merged areas: only the master (top-left) cell keeps its value; values Excel keeps hidden in the
 *   other cells are not read.
 * - Rows end at their last value and trailing empty rows are dropped.
 * - Elements between rows or cells other than rows and cells (`extLst`, a misplaced `autoFilter`)
 *   are skipped with their content.
 * Markup it does not follow (CDATA, a comment or an unknown element inside a cell) raises
 * `UnsupportedPackageError`.
 */
import type { CellRange, CellValue, Grid, TextStyle } from '../../core/grid';
import { parseRangeAddress } from '../../core/grid';
import { attributes, decodeXmlText, findAll, findFirst } from '../xml';
import { UnsupportedPackageError } from '../zip';
import { decodeXstring, richText } from './sharedStrings';
import type { CellFormats } from './styles';

function unsupported(why: string): never {
  throw new UnsupportedPackageError(why);
}

export interface SheetContext {
  formats: CellFormats;
  date1904: boolean;
  /** The workbook's shared strings (read on first use). */
  sharedStrings(): string[];
}

const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

const TYPES: Record<string, number> = {
  s: T_SHARED,
  str: T_STR,
  inlineStr: T_INLINE,
  b: T_BOOL,
  e: T_ERROR,
  d: T_DATE,
};

/** The rows of one kind of cell data, filled in any order. */
class Rows<T> {
  readonly rows: T[][] = [];

  put(r: number, c: number, value: T, pad: T): void {
    let row = this.rows[r];
    if (!row) this.rows[r] = row = [];
    while (row.length < c) row.push(pad);
    row[c] = value;
  }
}

/** The grid of a worksheet part whose main namespace is the default one. */
export function readSheet(xml: string, name: string, ctx: SheetContext): Grid {
  const sheetData = findFirst(xml, 'sheetData', 0, xml.length, '');
  const merges = readMerges(xml, sheetData?.end ?? 0);
  const values = new Rows<CellValue>();
  const formats = new Rows<string | null>();
  const fonts = new Rows<string | null>();
  const styles = new Rows<TextStyle | null>();
  if (sheetData && !sheetData.selfClosing)
    scanSheetData(xml, sheetData.tagEnd, sheetData.contentEnd, ctx, { values, formats, fonts, styles });
  clearMergedAway(values.rows, [formats.rows, styles.rows], merges);
  const rowCount = lastRowWithValue(values.rows) + 1;
  const grid: Grid = { sheet: name, values: filled(values.rows, rowCount) };
  const formatRows = filled(formats.rows, rowCount);
  if (formatRows.some((row) => row.length > 0)) grid.numberFormats = formatRows;
  if (merges.length > 0) grid.merges = merges;
  if (fonts.rows.length > 0) grid.legacyFonts = filled(fonts.rows, rowCount);
  if (styles.rows.some((row) => row.length > 0)) grid.textStyles = filled(styles.rows, rowCount);
  return grid;
}

function readMerges(xml: string, after: number): CellRange[] {
  const block = findFirst(xml, 'mergeCells', after, xml.length, '') ?? findFirst(xml, 'mergeCells', 0, after, '');
  if (!block || block.selfClosing) return [];
  return findAll(xml, 'mergeCell', block.tagEnd, block.contentEnd, '')
    .map((m) => parseRangeAddress(attributes(m.tag).get('ref') ?? ''))
    .filter((r): r is CellRange => r !== null);
}

/**
 * The non-master cells of each merged area emptied, in the values and in the per-cell facts kept
 * beside them, and the rows' trailing empty cells trimmed.
 */
function clearMergedAway(values: CellValue[][], beside: unknown[][][], merges: CellRange[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < values.length; r++) {
      const row = values[r];
      if (!row) continue;
      for (const rows of [values, ...beside]) {
        const cells = rows[r];
        if (!cells) continue;
        for (let c = m.left; c <= m.right && c < cells.length; c++) if (r !== m.top || c !== m.left) cells[c] = null;
        trimRow(cells);
      }
    }
  }
}

function trimRow<T>(row: (T | null)[]): void {
  while (row.length > 0 && row[row.length - 1] === null) row.pop();
}

function lastRowWithValue(rows: CellValue[][]): number {
  let last = rows.length - 1;
  while (last >= 0 && !(rows[last]?.length > 0)) last--;
  return last;
}

function filled<T>(rows: T[][], rowCount: number): T[][] {
  return Array.from({ length: rowCount }, (_, r) => rows[r] ?? []);
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/** The position after a comment or processing instruction starting at `lt`. */
function skipMarkup(xml: string, lt: number, end: number): number {
  const comment = xml.startsWith('<!--', lt);
  if (!comment && xml.charCodeAt(lt + 1) !== 63) unsupported('CDATA or declaration in sheetData');
  const close = xml.indexOf(comment ? '-->' : '?>', lt + 2);
  if (close < 0 || close >= end) unsupported('unclosed comment');
  return close + (comment ? 3 : 2);
}

/** What the scan fills, per cell. */
interface SheetRows {
  values: Rows<CellValue>;
  formats: Rows<string | null>;
  fonts: Rows<string | null>;
  styles: Rows<TextStyle | null>;
}

function scanSheetData(xml: string, from: number, end: number, ctx: SheetContext, out: SheetRows): void {
  const { values, formats, fonts, styles } = out;
  const pos = new Int32Array(8);
  let p = from;
  let rowNumber = 0; // 1-based, 0 before the first row
  let inRow = false;
  let col = 0; // 1-based column of the row's previous cell
  for (;;) {
    while (p < end && xml.charCodeAt(p) !== 60) p++;
    if (p >= end) break;
    const lt = p;
    const c1 = xml.charCodeAt(lt + 1);
    const c2 = xml.charCodeAt(lt + 2);
    if (c1 === 47 /* / */) {
      if (!inRow || !xml.startsWith('</row>', lt)) unsupported('unexpected end tag in sheetData');
      inRow = false;
      p = lt + 6;
      continue;
    }
    if (c1 === 33 /* ! */ || c1 === 63 /* ? */) {
      p = skipMarkup(xml, lt, end);
      continue;
    }
    if (c1 === 114 /* r */ && c2 === 111 && xml.charCodeAt(lt + 3) === 119 && isTagNameEnd(xml.charCodeAt(lt + 4))) {
      if (inRow) unsupported('nested row');
      const gt = scanTag(xml, lt + 4, end, pos);
      rowNumber = pos[0] < 0 ? rowNumber + 1 : (integerAt(xml, pos[0], pos[1]) ?? unsupported('row number'));
      if (rowNumber < 1) unsupported('row number');
      col = 0;
      inRow = pos[6] === 0;
      p = gt + 1;
      continue;
    }
    if (c1 !== 99 /* c */ || !isTagNameEnd(c2)) {
      p = skipElement(xml, lt, end, pos);
      continue;
    }
    if (!inRow) unsupported('cell outside a row');
    const gt = scanTag(xml, lt + 2, end, pos);
    let r0 = rowNumber - 1;
    if (pos[0] < 0) {
      col++;
    } else {
      const at = cellReference(xml, pos[0], pos[1]);
      col = at.col;
      if (at.row > 0) r0 = at.row - 1;
    }
    const c0 = col - 1;
    const cell = cellAt(xml, gt, end, pos, ctx);
    p = cell.next;
    if (cell.value === null) continue;
    values.put(r0, c0, cell.value, null);
    const fmt = cell.format;
    if (fmt !== undefined) formats.put(r0, c0, fmt, null);
    if (typeof cell.value !== 'string') continue;
    if (cell.legacyFont !== undefined) fonts.put(r0, c0, cell.legacyFont, null);
    if (cell.textStyle !== undefined) styles.put(r0, c0, cell.textStyle, null);
  }
  if (inRow) unsupported('unclosed row');
}

/**
 * The position after an element other than a row or a cell found between them (a row's `extLst`,
 * an `autoFilter` a producer wrote inside `sheetData`): skipped with its content, as openpyxl and
 * LibreOffice skip it.
 */
function skipElement(xml: string, lt: number, end: number, pos: Int32Array): number {
  let q = lt + 1;
  while (q < end && !isTagNameEnd(xml.charCodeAt(q))) q++;
  const name = xml.slice(lt + 1, q);
  const gt = scanTag(xml, q, end, pos);
  if (pos[6] === 1) return gt + 1;
  const close = xml.indexOf(`</${name}`, gt);
  const closeEnd = close < 0 ? -1 : xml.indexOf('>', close);
  if (close < 0 || closeEnd < 0 || closeEnd >= end) unsupported('unclosed element in sheetData');
  return closeEnd + 1;
}

function isTagNameEnd(ch: number): boolean {
  return isSpace(ch) || ch === 62 || ch === 47;
}

/**
 * `A1` at `xml[start, end)`: 1-based column and row (row 0 when the reference has no digits). The
 * column letters in either case (`a1`, as some producers write), as openpyxl reads them.
 */
function cellReference(xml: string, start: number, end: number): { col: number; row: number } {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const ch = xml.charCodeAt(i) & ~32; // upper case
    if (ch < 65 || ch > 90) break;
    col = col * 26 + ch - 64;
  }
  if (i === start || i - start > 3 || col > 16384) unsupported('cell reference');
  const row = i === end ? 0 : integerAt(xml, i, end);
  if (row === undefined || row > 1048576) unsupported('cell reference');
  return { col, row };
}

/** What a cell holds, its number format, and where the scan goes on. */
function cellAt(xml: string, gt: number, end: number, pos: Int32Array, ctx: SheetContext): CellRead {
  const type = pos[4] < 0 ? T_NUMBER : (TYPES[xml.slice(pos[4], pos[5])] ?? T_NUMBER);
  const styleId = pos[2] < 0 ? 0 : (integerAt(xml, pos[2], pos[3]) ?? 0);
  const style = styleId < ctx.formats.length ? ctx.formats[styleId] : undefined;
  const format = style?.numberFormat;
  const legacyFont = style?.legacyFont;
  const textStyle = style?.textStyle;
  if (pos[6] === 1) return { value: null, format, legacyFont, textStyle, next: gt + 1 };
  const from = gt + 1;
  const vEnd = loneValueEnd(xml, from, end);
  if (vEnd >= 0) {
    const value = vEnd > from + 3 ? valueOf(xml, from + 3, vEnd, type, ctx) : null;
    return { value, format, legacyFont, textStyle, next: vEnd + 8 };
  }
  const cEnd = xml.indexOf('</c>', gt);
  if (cEnd < 0 || cEnd > end) unsupported('unclosed cell');
  return { value: contentValue(xml, from, cEnd, type, ctx), format, legacyFont, textStyle, next: cEnd + 4 };
}

interface CellRead {
  value: CellValue;
  format: string | undefined;
  legacyFont: string | undefined;
  textStyle: TextStyle | undefined;
  next: number;
}

/** For the common cell `<v>…</v></c>` at `from`, where `</v>` is; else -1. */
function loneValueEnd(xml: string, from: number, end: number): number {
  if (xml.charCodeAt(from) !== 60 || xml.charCodeAt(from + 1) !== 118 || xml.charCodeAt(from + 2) !== 62) return -1;
  let k = from + 3;
  while (k < end && xml.charCodeAt(k) !== 60) k++;
  return xml.startsWith('</v></c>', k) ? k : -1;
}

/** The value of `<v>` text at `xml[start, end)` for a cell of type `type`. */
function valueOf(xml: string, start: number, end: number, type: number, ctx: SheetContext): CellValue {
  if (type === T_NUMBER) return plainNumber(xml, start, end) ?? numberOf(decodeXmlText(xml.slice(start, end)));
  if (type === T_SHARED) {
    const index = integerAt(xml, start, end) ?? parseInt(decodeXmlText(xml.slice(start, end)), 10);
    const s = ctx.sharedStrings()[index];
    if (s === undefined) unsupported('shared string index');
    return s || null;
  }
  return typedValue(decodeXmlText(xml.slice(start, end)), type, ctx.date1904);
}

function numberOf(text: string): number | null {
  const n = parseFloat(text);
  return Number.isFinite(n) ? n : null;
}

/** The value of decoded `<v>` text for the types other than number and shared string. */
function typedValue(text: string, type: number, date1904: boolean): CellValue {
  switch (type) {
    case T_STR:
    case T_INLINE:
      return decodeXstring(text) || null;
    case T_BOOL:
      return text.trim() === '1' || text.trim() === 'true';
    case T_ERROR:
      return text ? { error: text } : null;
    case T_DATE:
      return isoDateSerial(text, date1904);
    default:
      return numberOf(text);
  }
}

const MS_PER_DAY = 86_400_000;

/**
 * An ISO 8601 date-time (`2020-01-01`, `2020-01-01T12:00:00`) as Excel's serial number: days since
 * 1899-12-30, minus 1,462 in the 1904 system; before 1 March 1900 one less (Excel counts a 29
 * February 1900). Null for text that is no such date.
 */
export function isoDateSerial(text: string, date1904: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) + Number(s) * 1000;
  const serial = ms / MS_PER_DAY + 25569;
  if (date1904) return serial - 1462;
  return serial < 61 ? serial - 1 : serial;
}

/** A cell's content other than a lone `<v>`: `<f>` (skipped), `<v>`, `<is>`, `<extLst>`. */
function contentValue(xml: string, from: number, to: number, type: number, ctx: SheetContext): CellValue {
  let value: CellValue = null;
  let p = from;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0 || lt >= to) return value;
    const name = /^<([\w.:-]+)/.exec(xml.slice(lt, lt + 12))?.[1];
    if (name !== 'f' && name !== 'v' && name !== 'is' && name !== 'extLst') unsupported(`<${name ?? '?'}> in a cell`);
    const gt = xml.indexOf('>', lt);
    if (gt < 0 || gt >= to) unsupported('unclosed tag in a cell');
    if (xml.charCodeAt(gt - 1) === 47) {
      p = gt + 1;
      continue;
    }
    const close = xml.indexOf(`</${name}>`, gt);
    if (close < 0 || close >= to) unsupported(`unclosed <${name}>`);
    if (name === 'v' && close > gt + 1) {
      if (xml.indexOf('<', gt + 1) < close) unsupported('markup in <v>');
      value = valueOf(xml, gt + 1, close, type, ctx);
    } else if (name === 'is') {
      value = richText(xml, gt + 1, close) || null;
    }
    p = close + name.length + 3;
  }
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * `parseFloat` of `xml[start, end)` when it is a plain decimal of at most 15 digits (an exact
 * integer divided by an exact power of ten: correctly rounded, so the same double); undefined for
 * anything else (exponents, entities, spaces), left to parseFloat.
 */
function plainNumber(xml: string, start: number, end: number): number | undefined {
  let i = start;
  const negative = xml.charCodeAt(i) === 45;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const ch = xml.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      mantissa = mantissa * 10 + (ch - 48);
      digits++;
    } else if (ch === 46 && fraction < 0) {
      fraction = digits;
    } else {
      return undefined;
    }
  }
  if (digits === 0 || digits > 15) return undefined;
  const value = fraction < 0 || fraction === digits ? mantissa : mantissa / POW10[digits - fraction];
  return negative ? -value : value;
}

/** The integer at `xml[start, end)` when it is all digits (at most 15); undefined otherwise. */
function integerAt(xml: string, start: number, end: number): number | undefined {
  if (end <= start || end - start > 15) return undefined;
  let n = 0;
  for (let i = start; i < end; i++) {
    const ch = xml.charCodeAt(i);
    if (ch < 48 || ch > 57) return undefined;
    n = n * 10 + (ch - 48);
  }
  return n;
}

/**
 * Scans a start tag's attributes from `from` (after its name) to its `>`, which it returns; records
 * where the values of `r`, `s` and `t` are (`pos[0..5]`, start and end, -1 when absent) and
 * whether the tag closes itself (`pos[6]`).
 */
function scanTag(xml: string, from: number, end: number, pos: Int32Array): number {
  pos[0] = pos[1] = pos[2] = pos[3] = pos[4] = pos[5] = -1;
  let q = from;
  for (;;) {
    let ch = xml.charCodeAt(q);
    while (isSpace(ch)) ch = xml.charCodeAt(++q);
    if (ch === 62 /* > */) {
      pos[6] = 0;
      return q;
    }
    if (ch === 47 /* / */ && xml.charCodeAt(q + 1) === 62) {
      pos[6] = 1;
      return q + 1;
    }
    const nameStart = q;
    while (q < end && ch !== 61 && !isSpace(ch) && ch !== 62 && ch !== 47) ch = xml.charCodeAt(++q);
    const nameLength = q - nameStart;
    while (isSpace(ch)) ch = xml.charCodeAt(++q);
    if (ch !== 61 /* = */ || nameLength === 0) unsupported('start tag');
    ch = xml.charCodeAt(++q);
    while (isSpace(ch)) ch = xml.charCodeAt(++q);
    if (ch !== 34 && ch !== 39) unsupported('start tag');
    const quote = ch;
    const valueStart = q + 1;
    q = valueStart;
    while (q < end && xml.charCodeAt(q) !== quote) q++;
    if (q >= end) unsupported('unclosed start tag');
    if (nameLength === 1) {
      const n = xml.charCodeAt(nameStart);
      const at = n === 114 ? 0 : n === 115 ? 2 : n === 116 ? 4 : -1;
      if (at >= 0) {
        pos[at] = valueStart;
        pos[at + 1] = q;
      }
    }
    q++;
  }
}
