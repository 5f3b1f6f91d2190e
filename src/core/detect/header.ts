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
 * - A header of a bare period (`Quý II`, `Quý III/2024`, `Cả năm`) right after an actual column
 *   (`Thực hiện Quý I | Quý II | … | Cả năm`) is an actual too: the row of periods goes on; so is a
 *   bare quarter or `Cả năm` right after the year's target (`Kế hoạch năm 2024 | Quý I | …`).
 * - At least one target/actual header cell must be more than a yes/no word: a data row named
 *   `Nội dung…` whose values are `Đạt | Đạt` is data, not a new header.
 * - A column-number row right under the header (`1 | 2 | 3 | 4=3/2`, `(A) | (B) | (1)`) is skipped;
 *   a row of header words (`KH | TH | KH | TH`) is never one.
 */
import type { CellValue, GridView } from '../grid';
import { foldText } from '../text';
import { parseYesNo } from '../values';
import { isUnitOrBodyHeader, namesBodies } from './bodies';
import { periodOf, type Period } from './period';
import { captionUnit } from './units';
import { columnNumbers, isComparisonHeader, operandsOf, type Operands } from './ratios';
import { classifyHeader, isAssignedHeader, isBodyNameWord, YEAR_COLUMN_WORDS, type ColumnRole } from './vocabulary';
import { maxOf } from '../arrays';

export interface HeaderColumn {
  col: number;
  role: ColumnRole | 'year';
  /** The column's own period from its header texts, if any. */
  period: Period | null;
  /** The header text(s), joined. */
  text: string;
  /** The column's own (lowest) header text, without the group labels over it. */
  ownText: string;
  /** A target column whose words name the level above (`Chỉ tiêu quận giao`). */
  assigned: boolean;
  /** Its words mark an estimate (`Ước thực hiện`, `Ước TH`, `ƯTH`), §7.1. */
  estimated: boolean;
  /**
   * A ratio column's two columns (see `ratios.ts`): `null` when it names operands that cannot be
   * pinned down (it is not checked); absent when it names none.
   */
  operands?: Operands | null;
}

export interface Header {
  top: number;
  bottom: number;
  /** First data row (after an optional column-number row). */
  dataStart: number;
  columns: HeaderColumn[];
  long: boolean;
  /**
   * A label's reach was inferred without a merge and the values alone do not settle it (see
   * `headerSpans`): read with its merged areas, the header could give other columns.
   */
  uncertain: boolean;
}

const FIGURE_ROLES: ReadonlySet<string> = new Set(['target', 'actual']);
/** `Ước thực hiện`, `Ước TH`, `ƯTH` (folded: `uoc …`, `uth`). */
const ESTIMATE = /\b(?:uoc|uth)\b/;

function textAt(view: GridView, row: number, col: number): string {
  const v = view.value(row, col);
  return typeof v === 'string' ? v.trim() : '';
}

/**
 * Texts of the header rows over one column, top to bottom, merged cells counted once; a blank cell
 * a label spans without a merge (`HeaderSpans`) reads as that label.
 */
function columnTexts(view: GridView, top: number, bottom: number, col: number, spans: HeaderSpans): string[] {
  const texts: string[] = [];
  let lastMaster = '';
  for (let r = top; r <= bottom; r++) {
    const m = view.mergeAt(r, col);
    const owner = m ? undefined : spans.owner.get(spanKey(r, col));
    const key = m ? `${m.top},${m.left}` : `${r},${owner ?? col}`;
    if (key === lastMaster) continue;
    lastMaster = key;
    const v = owner === undefined ? view.visibleValue(r, col) : view.value(r, owner);
    const text = headerText(v);
    if (text) texts.push(text);
  }
  return texts;
}

/** A header cell's text: a string, or a year typed as a number; '' for anything else. */
function headerText(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  return isYearNumber(v) ? String(v) : '';
}

/**
 * Which label each blank header cell belongs to when no merge says so, and whether that is settled
 * (a host that does not give merged areas must not change the report).
 */
interface HeaderSpans {
  /** `spanKey(row, col)` of a blank header cell → the column of the label of its row it belongs to. */
  owner: Map<number, number>;
  /** A label's reach could not be told from the values alone (see `headerSpans`). */
  uncertain: boolean;
}

function spanKey(row: number, col: number): number {
  return row * 16384 + col;
}

/** Roles of the cells a period or group label stands over (`KH | TH | %`, `Cùng kỳ`, `So cùng kỳ`). */
const SUB_HEADER_ROLES: ReadonlySet<string> = new Set([
  'target',
  'actual',
  'previousActual',
  'reportedPct',
  'reportedYoy',
]);

/** A header text that may stand under a group label: a figure word, a period (`Năm 2015`, `6 tháng`) or a year. */
function isSubHeaderText(text: string): boolean {
  if (!text) return false;
  if (/^\d{4}$/.test(text) || periodOf(text)) return true;
  const role = classifyHeader(text);
  return role ? SUB_HEADER_ROLES.has(role) : isYearPart(text);
}

/** A part of the year written under its year (`6 tháng`, `Quý III`, `Cả năm`): no year of its own. */
function isYearPart(text: string): boolean {
  const part = periodOf(`${text} 2000`);
  return (part !== null && part.sub !== '') || foldText(text) === 'ca nam';
}

/** What lies under a header cell, in the header rows below it (cells merged down from it or above left out). */
function textsBelow(view: GridView, row: number, bottom: number, col: number): string[] {
  const texts: string[] = [];
  for (let r = row + 1; r <= bottom; r++) {
    const m = view.mergeAt(r, col);
    if (m && m.top <= row) continue;
    const text = headerText(m ? view.value(m.top, m.left) : view.value(r, col));
    if (text) texts.push(text);
  }
  return texts;
}

interface Span {
  row: number;
  left: number;
  right: number;
  /** Ended by a cell of its row (the next label, a merged cell). */
  bounded: boolean;
}

/**
 * Header cells a label spans without a merge (DOMAIN.md §1): on a header row above the
 * last, a label over sub-headers (`Năm 2015` over `KH`) spans the blank, unmerged cells to its right
 * that stand over sub-headers, up to the next non-blank cell of its row, a column whose header is
 * no sub-header (`Ghi chú`, `ĐVT`) or the end of the header. A blank cell under `Chỉ tiêu` needs no
 * span: a column's texts are read top to bottom, blanks skipped.
 *
 * The last label of a row has no cell to end it. When the row's other labels, ended by the next
 * one, all span the same number of columns, it spans no more than they do (`Năm 2019` over
 * `KH | TH` then a `Tỷ lệ %` of the whole term); it is settled when it spans exactly that many with
 * the same sub-headers, else `uncertain`: merges, had they been read, could tell otherwise.
 */
function headerSpans(view: GridView, top: number, bottom: number): HeaderSpans {
  const spans: Span[] = [];
  for (let row = top; row < bottom; row++) {
    const width = maxOf(rowWidths(view, row + 1, bottom), (view.grid.values[row] ?? []).length);
    for (let col = 0; col < width; col++) {
      if (view.mergeAt(row, col) || !headerText(view.value(row, col))) continue;
      if (!textsBelow(view, row, bottom, col).some(isSubHeaderText)) continue;
      let right = col;
      let bounded = false;
      for (let c = col + 1; c < width; c++) {
        if (view.mergeAt(row, c) || !isBlank(view.value(row, c))) {
          bounded = true;
          break;
        }
        // A column with no sub-header under the blank (`Ghi chú`, nothing at all) stands alone.
        if (!textsBelow(view, row, bottom, c).some(isSubHeaderText)) break;
        right = c;
      }
      if (right > col) spans.push({ row, left: col, right, bounded });
      col = right;
    }
  }
  const result: HeaderSpans = { owner: new Map(), uncertain: false };
  for (const span of spans) {
    let right = span.right;
    if (!span.bounded) {
      const siblings = spans.filter((s) => s.row === span.row && s.bounded);
      const widths = new Set(siblings.map((s) => s.right - s.left));
      const width = widths.size === 1 ? [...widths][0] : null;
      if (width !== null && right - span.left > width) right = span.left + width;
      const settled = siblings.some((s) => sameSubHeaders(view, s, span, bottom));
      if (!settled) result.uncertain = true;
    }
    for (let c = span.left + 1; c <= right; c++) result.owner.set(spanKey(span.row, c), span.left);
  }
  return result;
}

/** Lengths of the rows from `from` to `to`. */
function rowWidths(view: GridView, from: number, to: number): number[] {
  const widths: number[] = [];
  for (let r = from; r <= to; r++) widths.push((view.grid.values[r] ?? []).length);
  return widths;
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Two spans of one row stand over the same sub-headers, column for column. */
function sameSubHeaders(view: GridView, a: Span, b: Span, bottom: number): boolean {
  if (a.right - a.left !== b.right - b.left) return false;
  for (let i = 0; i <= a.right - a.left; i++) {
    const ta = textsBelow(view, a.row, bottom, a.left + i)
      .map(foldText)
      .join('|');
    const tb = textsBelow(view, b.row, bottom, b.left + i)
      .map(foldText)
      .join('|');
    if (ta !== tb) return false;
  }
  return true;
}

function isYearColumnText(text: string): boolean {
  return YEAR_COLUMN_WORDS.includes(foldText(text));
}

/** Roles a header comparing two figures (`DT 2026 với UTH 2025 (%)`) is read as a ratio instead of. */
const FIGURE_OR_NONE: ReadonlySet<ColumnRole | null> = new Set(['target', 'actual', 'previousActual', null]);

function classifyColumn(texts: string[]): ColumnRole | 'year' | null {
  for (let i = texts.length - 1; i >= 0; i--) {
    if (isYearColumnText(texts[i])) return 'year';
    const role = classifyHeader(texts[i]);
    if (FIGURE_OR_NONE.has(role) && isComparisonHeader(texts[i])) return 'reportedPct';
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
  return columnsWith(view, top, bottom, headerSpans(view, top, bottom));
}

function columnsWith(view: GridView, top: number, bottom: number, spans: HeaderSpans): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  let hasName = false;
  for (let col = 0; col < view.colCount; col++) {
    const texts = columnTexts(view, top, bottom, col, spans);
    if (texts.length === 0) continue;
    let role = classifyColumn(texts) ?? continuedActual(columns, col, texts);
    // `Đơn vị: Triệu đồng` on a header row is the table's unit caption, not a unit column.
    if (!role || (role === 'unit' && texts.some((t) => captionUnit(t) !== null))) continue;
    const period = columnPeriod(texts);
    if (role === 'unit' && !hasName && isUnitOrBodyHeader(texts[0]) && namesBodies(view, bottom, col)) role = 'name';
    if (role === 'name') {
      if (hasName) role = period ? 'target' : 'ignore';
      hasName = true;
    }
    const text = texts.join(' ');
    const assigned = role === 'target' && isAssignedHeader(text);
    const ownText = texts[texts.length - 1];
    columns.push({ col, role, period, text, ownText, assigned, estimated: ESTIMATE.test(foldText(text)) });
  }
  return columns;
}

/**
 * A bare period (`Quý II`, `Quý III/2024`, `Cả năm`) right after an actual column (`Thực hiện Quý I |
 * Quý II | … | Cả năm`) continues that actual's row of periods: it is an actual too.
 */
function continuedActual(columns: HeaderColumn[], col: number, texts: string[]): ColumnRole | null {
  const left = columns[columns.length - 1];
  if (!left || left.col !== col - 1 || left.estimated) return null;
  const own = texts[texts.length - 1];
  if (left.role === 'target') return isQuarterOrYear(own) ? 'actual' : null;
  if (left.role !== 'actual') return null;
  const p = periodOf(own);
  return (p && !p.span) || isYearPart(own) ? 'actual' : null;
}

/**
 * `Quý I`, `Quý II/2024`, `Cả năm` alone: right after the year's target (`Kế hoạch năm 2024 | Quý I
 * | … | Cả năm`) such a header can only be a result; a bare year or month after a target is left
 * unread (`Năm 2025` there may be the next plan).
 */
function isQuarterOrYear(text: string): boolean {
  const folded = foldText(text);
  return /^quy (?:i|ii|iii|iv|1|2|3|4)\b/.test(folded) || /^ca nam\b/.test(folded);
}

function isValidHeader(columns: HeaderColumn[]): boolean {
  const name = columns.find((c) => c.role === 'name');
  if (!name) return false;
  // `Đạt` is a header word and a yes/no value: a data row `Nội dung … | Đạt | Đạt` is no header.
  return columns.some((c) => FIGURE_ROLES.has(c.role) && c.col !== name.col && parseYesNo(c.text) === null);
}

/** Cheap pre-filter: name header words open with one of these (`Chỉ tiêu`, `Các…`, `Tên…`, `Nội dung`, `Danh mục`, `Cơ quan`, `Địa phương`, `Sản phẩm`, `Bộ, ngành`). */
// Any vowel, precomposed or followed by combining marks ("Unicode tổ hợp"): the filter must not
// drop what `classifyHeader` would accept.
const NAME_START =
  /^\s*(?:ch|c\p{L}\p{M}*c|t\p{L}\p{M}*n|n\p{L}\p{M}*i|danh|c\p{L}\p{M}*\s+qu|đ\p{L}\p{M}*a|s\p{L}\p{M}*n|b\p{L}\p{M}*\s*,)/iu;

/**
 * The name column of a candidate header row: the first cell whose text opens with a name word;
 * -1 when none does. `values`: the row's values, when the caller has read them already.
 */
export function nameHeaderCol(
  view: GridView,
  row: number,
  values: readonly CellValue[] | undefined = view.grid.values[row],
): number {
  if (!values) return -1;
  for (let col = 0; col < values.length; col++) {
    const v = values[col];
    if (typeof v !== 'string' || v.length > 80 || !NAME_START.test(v) || !view.isMaster(row, col)) continue;
    if (classifyHeader(v) !== 'name') continue;
    // `Cơ quan`, `Sản phẩm` are units too: in a data row the indicator's name stands left of them.
    if (isBodyNameWord(v) && values.slice(0, col).some((x) => typeof x === 'string' && classifyHeader(x) !== 'stt'))
      continue;
    return col;
  }
  return bodyNameCol(view, row, values);
}

/** A `Đơn vị` cell heading a column of bodies, in a row with no other name word (./bodies). */
function bodyNameCol(view: GridView, row: number, values: readonly CellValue[]): number {
  const col = values.findIndex((v) => typeof v === 'string' && isUnitOrBodyHeader(v));
  return col >= 0 && namesBodies(view, row, col) ? col : -1;
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
      if (col > nameCol && v.trim() && (classifyHeader(v) || periodOf(v) || isYearPart(v))) headerWords++;
    } else if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100) {
      if (col > nameCol) headerWords++;
    } else {
      return false;
    }
  }
  return headerWords > 0 && !isColumnNumberRow(view, row);
}

const COLUMN_NUMBER = /^\(?[0-9A-Za-z]{1,2}\)?(?:\s*[=*/x+\-:]\s*\(?[0-9A-Za-z]{1,2}\)?)*(?:\s*[*x×]\s*100\s*%?)?$/;

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
 * The header that starts at `row`, or null when none does; `nameCol`: the row's
 * `nameHeaderCol`, when known.
 */
export function headerAt(view: GridView, row: number, nameCol = nameHeaderCol(view, row)): Header | null {
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
  const spans = headerSpans(view, top, bottom);
  if (top < row) columns = columnsWith(view, top, bottom, spans);
  let dataStart = bottom + 1;
  if (dataStart < view.rowCount && isColumnNumberRow(view, dataStart)) dataStart++;
  attachOperands(columns, dataStart > bottom + 1 ? columnNumbers(view, bottom + 1) : null);
  const hasYearColumn = columns.some((c) => c.role === 'year');
  const figuresHavePeriods = columns.some((c) => FIGURE_ROLES.has(c.role) && c.period);
  return { top, bottom, dataStart, columns, long: hasYearColumn && !figuresHavePeriods, uncertain: spans.uncertain };
}

/** Each ratio column's operands, from the column-number row or its own words (`ratios.ts`). */
function attachOperands(columns: HeaderColumn[], numbers: ReturnType<typeof columnNumbers> | null) {
  for (const c of columns) {
    if (c.role !== 'reportedPct' && c.role !== 'reportedYoy') continue;
    const operands = operandsOf(c, columns, numbers);
    if (operands !== undefined) c.operands = operands;
  }
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
