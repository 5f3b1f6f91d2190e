/**
 * Finding a table header (DOMAIN.md §1): 1–3 rows, possibly merged, that give a `name` column and
 * at least one `target` or `actual` column — or, for a long table, a name column, a year column
 * (`Năm`) and target/actual columns.
 *
 * Rules chosen where the spec is silent:
 * - A header starts on a row whose `name` cell opens with a name word (`Chỉ tiêu`, `Nội dung`…).
 * - The rows under it continue the header while their cell in the name column is empty (or covered
 *   by the name cell's merge), they hold only text or year numbers, and at least one cell right of
 *   the name column is a header word or a period — a sub-header like `KH | TH` or `Năm 2021 | Năm 2022`.
 *   A section title written in the STT column right under the header (`I. KINH TẾ`) is data.
 * - A column's role comes from the lowest header cell that has one (`KH` under `Năm 2015`), its
 *   period from any header cell over it, merged group headers included — also from a row of group
 *   headers above the row holding `Chỉ tiêu` (see `isGroupRowAbove`).
 * - A second `name` column that carries a year (`Chỉ tiêu năm 2020`) is a target column.
 * - At least one target/actual header cell must be more than a yes/no word: a data row named
 *   `Nội dung…` whose values are `Đạt | Đạt` is data, not a new header.
 * - A column-number row right under the header (`1 | 2 | 3 | 4=3/2`, `(A) | (B) | (1)`) is skipped;
 *   a row of header words (`KH | TH | KH | TH`) is never one.
 */
import type { GridView } from '../grid';
import { foldText } from '../text';
import { parseYesNo } from '../values';
import { periodOf, type Period } from './period';
import { classifyHeader, isAssignedHeader, YEAR_COLUMN_WORDS, type ColumnRole } from './vocabulary';

export interface HeaderColumn {
  col: number;
  role: ColumnRole | 'year';
  /** The column's own period from its header texts, if any. */
  period: Period | null;
  /** The header text(s), joined. */
  text: string;
  /** A target column whose words name the level above (`Chỉ tiêu quận giao`). */
  assigned: boolean;
  /** Its words mark an estimate (`Ước thực hiện`, `Ước TH`, `ƯTH`), §7.1. */
  estimated: boolean;
}

export interface Header {
  top: number;
  bottom: number;
  /** First data row (after an optional column-number row). */
  dataStart: number;
  columns: HeaderColumn[];
  long: boolean;
}

const FIGURE_ROLES: ReadonlySet<string> = new Set(['target', 'actual']);
/** `Ước thực hiện`, `Ước TH`, `ƯTH` (folded: `uoc …`, `uth`). */
const ESTIMATE = /\b(?:uoc|uth)\b/;

function textAt(view: GridView, row: number, col: number): string {
  const v = view.value(row, col);
  return typeof v === 'string' ? v.trim() : '';
}

/** Texts of the header rows over one column, top to bottom, merged cells counted once. */
function columnTexts(view: GridView, top: number, bottom: number, col: number): string[] {
  const texts: string[] = [];
  let lastMaster = '';
  for (let r = top; r <= bottom; r++) {
    const m = view.mergeAt(r, col);
    const key = m ? `${m.top},${m.left}` : `${r},${col}`;
    if (key === lastMaster) continue;
    lastMaster = key;
    const v = view.visibleValue(r, col);
    if (typeof v === 'string' && v.trim()) texts.push(v.trim());
    else if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100) texts.push(String(v));
  }
  return texts;
}

function isYearColumnText(text: string): boolean {
  return YEAR_COLUMN_WORDS.includes(foldText(text));
}

function classifyColumn(texts: string[]): ColumnRole | 'year' | null {
  for (let i = texts.length - 1; i >= 0; i--) {
    if (isYearColumnText(texts[i])) return 'year';
    const role = classifyHeader(texts[i]);
    if (role) return role;
  }
  return null;
}

/**
 * The lowest header text that names a year gives the period; texts under it may add the part of
 * the year (`Năm 2024` over `6 tháng`, `Lũy kế`).
 */
function columnPeriod(texts: string[]): Period | null {
  let yearless: Period | null = null;
  for (let i = texts.length - 1; i >= 0; i--) {
    const p = periodOf(texts[i]);
    if (!p) continue;
    if (!p.year) {
      yearless ??= p;
      continue;
    }
    if (i === texts.length - 1 || p.span) return p;
    const joined = periodOf(texts.slice(i).join(' '));
    return joined && joined.year === p.year && !joined.span ? joined : p;
  }
  return yearless;
}

/** Columns of a header block, each with its role; columns without a role are left out. */
function headerColumns(view: GridView, top: number, bottom: number): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  let hasName = false;
  for (let col = 0; col < view.colCount; col++) {
    const texts = columnTexts(view, top, bottom, col);
    if (texts.length === 0) continue;
    let role = classifyColumn(texts);
    if (!role) continue;
    const period = columnPeriod(texts);
    if (role === 'name') {
      if (hasName) role = period ? 'target' : 'ignore';
      hasName = true;
    }
    const text = texts.join(' ');
    const assigned = role === 'target' && isAssignedHeader(text);
    columns.push({ col, role, period, text, assigned, estimated: ESTIMATE.test(foldText(text)) });
  }
  return columns;
}

function isValidHeader(columns: HeaderColumn[]): boolean {
  const name = columns.find((c) => c.role === 'name');
  if (!name) return false;
  // `Đạt` is a header word and a yes/no value: a data row `Nội dung … | Đạt | Đạt` is no header.
  return columns.some((c) => FIGURE_ROLES.has(c.role) && c.col !== name.col && parseYesNo(c.text) === null);
}

/** Cheap pre-filter: name header words open with one of these (`Chỉ tiêu`, `Các…`, `Tên…`, `Nội dung`, `Danh mục`). */
// Any vowel, precomposed or followed by combining marks ("Unicode tổ hợp"): the filter must not
// drop what `classifyHeader` would accept.
const NAME_START = /^\s*(?:ch|c\p{L}\p{M}*c|t\p{L}\p{M}*n|n\p{L}\p{M}*i|danh)/iu;

/** The name column of a candidate header row: the first cell whose text opens with a name word. */
function nameHeaderCol(view: GridView, row: number): number {
  const values = view.grid.values[row];
  if (!values) return -1;
  for (let col = 0; col < values.length; col++) {
    const v = values[col];
    if (typeof v !== 'string' || v.length > 80 || !NAME_START.test(v) || !view.isMaster(row, col)) continue;
    if (classifyHeader(v) === 'name') return col;
  }
  return -1;
}

function isSubHeaderRow(view: GridView, row: number, nameCol: number, headerTop: number): boolean {
  const under = view.mergeAt(row, nameCol);
  const nameCovered = under !== undefined && under.top < row && under.top >= headerTop;
  if (!nameCovered && textAt(view, row, nameCol) !== '') return false;
  const values = view.grid.values[row] ?? [];
  let headerWords = 0;
  for (let col = 0; col < values.length; col++) {
    const v = values[col];
    if (v === null || v === undefined) continue;
    if (typeof v === 'string') {
      if (col > nameCol && v.trim() && (classifyHeader(v) || periodOf(v))) headerWords++;
    } else if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100) {
      if (col > nameCol) headerWords++;
    } else {
      return false;
    }
  }
  return headerWords > 0 && !isColumnNumberRow(view, row);
}

const COLUMN_NUMBER = /^\(?[0-9A-Za-z]{1,2}\)?(?:\s*[=*/x+\-:]\s*\(?[0-9A-Za-z]{1,2}\)?)*$/;

/** A row that only numbers the columns (`1 | 2 | 3 | 4=3/2`). */
export function isColumnNumberRow(view: GridView, row: number): boolean {
  const values = view.grid.values[row] ?? [];
  let cells = 0;
  for (const v of values) {
    if (v === null || v === undefined || v === '') continue;
    const s = String(v).trim();
    if (!s) continue;
    // `KH | TH` are header words, not column letters.
    if (!COLUMN_NUMBER.test(s) || (typeof v === 'string' && classifyHeader(s))) return false;
    cells++;
  }
  return cells >= 3;
}

/**
 * The header that starts at `row`, or null when none does.
 */
export function headerAt(view: GridView, row: number): Header | null {
  const nameCol = nameHeaderCol(view, row);
  if (nameCol < 0) return null;
  let bottom = row;
  while (bottom - row < 2 && bottom + 1 < view.rowCount && isSubHeaderRow(view, bottom + 1, nameCol, row)) bottom++;
  // A merge that starts on the header row and reaches lower extends the header to its bottom.
  for (let col = 0; col < view.colCount; col++) {
    const m = view.mergeAt(row, col);
    if (m && m.top === row && m.bottom > bottom && m.bottom - row < 3) bottom = m.bottom;
  }
  let columns = headerColumns(view, row, bottom);
  while (!isValidHeader(columns) && bottom > row) {
    bottom--;
    columns = headerColumns(view, row, bottom);
  }
  if (!isValidHeader(columns)) return null;
  let top = row;
  while (bottom - top < 2 && top > 0 && isGroupRowAbove(view, top - 1, nameCol, columns)) top--;
  if (top < row) columns = headerColumns(view, top, bottom);
  let dataStart = bottom + 1;
  if (dataStart < view.rowCount && isColumnNumberRow(view, dataStart)) dataStart++;
  const hasYearColumn = columns.some((c) => c.role === 'year');
  const figuresHavePeriods = columns.some((c) => FIGURE_ROLES.has(c.role) && c.period);
  return { top, bottom, dataStart, columns, long: hasYearColumn && !figuresHavePeriods };
}

function isYearNumber(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100;
}

/**
 * A row of group headers above the row that names the columns (`Năm 2019` over `KH | TH` when
 * `Chỉ tiêu` sits on the lower row): only texts or years, all right of the name column (a title
 * merged across the sheet is not one), one of them a period over a target or actual column.
 */
function isGroupRowAbove(view: GridView, row: number, nameCol: number, columns: HeaderColumn[]): boolean {
  const values = view.grid.values[row] ?? [];
  let periodOverFigure = false;
  for (let col = 0; col < Math.max(values.length, view.colCount); col++) {
    const v = view.visibleValue(row, col);
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    if (col <= nameCol) return false;
    if (typeof v !== 'string' && !isYearNumber(v)) return false;
    const m = view.mergeAt(row, col);
    if (m && m.left < col && m.left <= nameCol) return false;
    const figure = columns.some((c) => c.col === col && FIGURE_ROLES.has(c.role));
    if (figure && (isYearNumber(v) || periodOf(String(v)))) periodOverFigure = true;
  }
  return periodOverFigure;
}
