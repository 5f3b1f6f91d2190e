/**
 * From a worksheet to its indicator tables (DOMAIN.md §1): header, then data rows until two blank
 * rows, a new header or the end. Each data row is a section (group), a caption/signature line
 * (skipped), an indicator, or a sub-indicator of the indicator above it.
 *
 * Rules chosen where the spec is silent:
 * - A section is marked by a Roman numeral or a letter (`I`, `II.`, `A.`) opening its name, or by
 *   such a marker in the STT column on a row with no figures, or by an upper-case name with no figures.
 *   A letter needs its mark (`A.`, `B-`, `C)`): `Y tế cơ sở…` opens with a word, not a section letter.
 * - A row with no usable value in any target, actual or term-target cell is not an indicator (a
 *   caption, a signature line, an empty template row), whatever its unit says. An Excel error
 *   (`#DIV/0!`, `#N/A`, as a value or a formula's result) in one is a figure that failed, not an
 *   empty cell: the row is an indicator, left unassessed (không đánh giá) since the value is unusable.
 * - Leading numbering (`1.`, `2)`) and bullets (`-`, `+`, `•`) are removed from displayed names.
 * - A long table's rows are grouped by name and unit; each row becomes one period. A year merged
 *   down over its rows, or written once with the cells below it left empty, applies to those rows.
 * - A sub-indicator row (`- …`) with no indicator above it in its section is a top-level indicator.
 * - A table ends (its range too) at its last indicator row; captions, signature lines and the next
 *   table's title below it are outside, and the next table's period is read from its own title.
 */
import { isPlanTerm } from './planOrTerm';
import { columnLetters, GridView, isCellError, type CellRange, type CellValue, type Grid } from '../grid';
import type { CellRef, RatioCells, TargetLabels } from '../indicator';
import { RowCells, type DirectionCell, type TargetCell, type ValueCell } from '../sourceCell';
import { cleanSpaces, foldText, isUpperCaseText, plainLower } from '../text';
import { isBlankCell } from '../values';
import { headerAt, nameHeaderCol, type Header, type HeaderColumn } from './header';
import { NO_PERIOD, periodOf, periodOfCell, periodOrder, type Period, type TermSpan } from './period';
import { buildSlots, type PeriodSlot, type RatioColumn } from './slots';
import { rowUnit, tableCaptionUnit } from './units';
import { rowTree, type TreeLine } from './rowTree';
import { maxOf, minOf, pushAll } from '../arrays';

/** One period's source cells of a detected indicator, each read once. */
export interface RawPeriod {
  period: Period;
  /** The actual is an estimate (`Ước thực hiện`), §7.1. */
  estimated: boolean;
  /** The target is the full year's while the period is part of the year (§7.4). */
  yearTarget: boolean;
  target?: TargetCell;
  assignedTarget?: TargetCell;
  labels?: TargetLabels;
  /** The target is a budget estimate (`Dự toán`). */
  budget?: boolean;
  actual?: ValueCell;
  /** The month's own figure beside a cumulative actual (§7.4), kept and not judged. */
  monthActual?: ValueCell;
  /** The period of that month's (or quarter's) own figure. */
  monthPeriod?: Period;
  /** An actual no cell holds: the cells it adds up (quarters summed to a running total, ../quarters). */
  actualParts?: ValueCell[];
  previousActual?: ValueCell;
  reportedPct?: ValueCell;
  reportedYoy?: ValueCell;
  ratios?: RatioCells[];
}

/** A ratio column's cells of one row, read as values (a target column's too). */
function ratioCells(cells: RowCells, r: RatioColumn): RatioCells {
  return {
    reported: cells.value(r.col),
    numerator: cells.value(r.numerator),
    denominator: cells.value(r.denominator),
    yoy: r.yoy,
  };
}

/** An indicator row as found in the sheet, before typing. */
export interface RawIndicator {
  name: string;
  unit: string;
  /** 0-based row of the indicator (first row for long tables). */
  row: number;
  nameCell: CellRef;
  unitCell?: CellRef;
  section: string | null;
  /** The indicator this row sits under in the row tree (./rowTree), null at the top. */
  parent: string | null;
  /** Indicators above it in the row tree: 0 at the top. */
  level: number;
  periods: RawPeriod[];
  termTarget?: TargetCell;
  termReportedPct?: ValueCell;
  directionCell?: DirectionCell;
  /** The plan ahead's target cells (later periods with a target only), when the table has them. */
  plans?: RawPeriod[];
}

export interface DetectedTable {
  sheet: string;
  view: GridView;
  range: CellRange;
  /** Period from the title or, failing that, the only period of the table (`at.label`). */
  period: string;
  /** That period as detection read it; `NO_PERIOD` when the table names none. */
  at: Period;
  long: boolean;
  /** A term table (§7.3): a term-target column or actuals for at least three full years. */
  term: boolean;
  /** The term's span from the term-target header or the title (`nhiệm kỳ 2020 - 2025`), if named. */
  termSpan: TermSpan | null;
  /** A term table of a plan (`Kế hoạch … giai đoạn 2021 - 2025`), not a Nghị quyết's (`planOrTerm.ts`). */
  plan?: true;
  indicators: RawIndicator[];
  /**
   * Read without merged areas, the table could read otherwise with them: a header label
   * whose reach the values do not settle, or a sub-indicator's blank unit right under a unit (a
   * unit merged down over sub-indicators).
   */
  mergeDependent: boolean;
  /** What the reader could not settle and says once (a ratio column whose operands are unknown). */
  notices?: string[];
}

/** `I`, `II.`, `IV -` then the section's name; a letter needs its mark (`A.`, `B-`): `Y tế` is a word. */
const SECTION_MARK = /^(?:[IVXLC]+\s*(?:[.):\-–]\s*|\s+(?=\S))|[A-Z]\s*[.):\-–]\s*)/;

/** The text of a row's cell, a cell merged across the row reading as its master. */
function cellText(view: GridView, cells: RowCells, col: number | undefined): string {
  if (col === undefined) return '';
  const m = view.mergeAt(cells.row, col);
  const v = cells.raw(m && m.top === cells.row ? m.left : col);
  if (typeof v === 'string') return cleanSpaces(v);
  if (typeof v === 'number') return String(v);
  return '';
}

/** A unit may be merged down over several rows (sub-indicators share it). */
function unitText(view: GridView, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const v = view.visibleValue(row, col);
  return typeof v === 'string' ? cleanSpaces(v) : '';
}

function titlePeriod(view: GridView, from: number, headerTop: number): Period | null {
  for (let r = Math.max(from, headerTop - 8); r < headerTop; r++) {
    for (const v of view.grid.values[r] ?? []) {
      if (typeof v !== 'string' || v.length > 300) continue;
      const p = periodOf(v);
      if (p && p.year) return p;
    }
  }
  return null;
}

interface TableColumns {
  name: number;
  stt?: number;
  unit?: number;
  direction?: number;
  year?: number;
  /** Columns holding values that make a row an indicator. */
  valueCols: { col: number; kind: 'target' | 'actual' }[];
}

function tableColumns(header: Header, slots: PeriodSlot[], termTargetCol: number | undefined): TableColumns {
  const byRole = (role: string) => header.columns.find((c) => c.role === role)?.col;
  const valueCols: TableColumns['valueCols'] = [];
  for (const s of slots) {
    if (s.target !== undefined) valueCols.push({ col: s.target, kind: 'target' });
    if (s.assignedTarget !== undefined) valueCols.push({ col: s.assignedTarget, kind: 'target' });
    if (s.actual !== undefined) valueCols.push({ col: s.actual, kind: 'actual' });
  }
  if (termTargetCol !== undefined) valueCols.push({ col: termTargetCol, kind: 'target' });
  return {
    name: byRole('name') as number,
    stt: byRole('stt'),
    unit: byRole('unit'),
    direction: byRole('direction'),
    year: byRole('year'),
    valueCols,
  };
}

function hasUsableValue(cells: RowCells, cols: TableColumns['valueCols']): boolean {
  for (const { col, kind } of cols) {
    const cell = kind === 'target' ? cells.target(col) : cells.value(col);
    if (cell.parsed !== null || isCellError(cell.raw)) return true;
  }
  return false;
}

function isBlankRow(values: readonly CellValue[], left: number, right: number): boolean {
  for (let c = left; c <= right && c < values.length; c++) {
    const v = values[c];
    if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) return false;
  }
  return true;
}

/**
 * A data row as the row tree reads it (./rowTree), or null for a row that is nothing: no name,
 * or a name that is only numbers (a column-number row).
 */
function treeLine(view: GridView, cells: RowCells, cols: TableColumns): TreeLine | null {
  const name = cellText(view, cells, cols.name);
  const stt = cols.stt !== undefined && cols.stt !== cols.name ? cellText(view, cells, cols.stt) : '';
  const hasValues = hasUsableValue(cells, cols.valueCols);
  if (!name) {
    // A section title merged over STT and name sits in the STT cell.
    const title = stt.length > 3 && !hasValues && (SECTION_MARK.test(stt) || isUpperCaseText(stt));
    return title ? { stt: '', name: stt, indent: 0, hasValues } : null;
  }
  if (/^[\d.,\s]+$/.test(name)) return null;
  // The cell the name is read from (a name merged across the row: its master): its spaces, its look.
  const merge = view.mergeAt(cells.row, cols.name);
  const at = merge && merge.top === cells.row ? merge.left : cols.name;
  const raw = cells.raw(at);
  const indent = typeof raw === 'string' ? (/^[ \u00a0\u3000]*/.exec(raw)?.[0].length ?? 0) : 0;
  const style = view.textStyle(cells.row, at);
  const line: TreeLine = { stt, name, indent, hasValues };
  if (style?.italic) line.italic = true;
  if (style?.indent) line.cellIndent = style.indent;
  return line;
}

function ref(sheet: string, row: number, col: number | undefined): CellRef | undefined {
  return col === undefined ? undefined : { sheet, row, col };
}

/** The source cells of each period of one row (written out: this runs for every row and period). */
function rowPeriods(cells: RowCells, slots: PeriodSlot[], periodOverride?: Period): RawPeriod[] {
  return slots.map((s) => {
    const p: RawPeriod = { period: periodOverride ?? s.period, estimated: s.estimated, yearTarget: !!s.yearTarget };
    if (s.target !== undefined) p.target = cells.target(s.target);
    if (s.assignedTarget !== undefined) p.assignedTarget = cells.target(s.assignedTarget);
    if (s.labels !== undefined) p.labels = s.labels;
    if (s.budget) p.budget = true;
    if (s.actual !== undefined) p.actual = cells.value(s.actual);
    if (s.monthActual !== undefined) p.monthActual = cells.value(s.monthActual);
    if (s.monthPeriod !== undefined) p.monthPeriod = s.monthPeriod;
    if (s.previousActual !== undefined) p.previousActual = cells.value(s.previousActual);
    if (s.reportedPct !== undefined) p.reportedPct = cells.value(s.reportedPct);
    if (s.reportedYoy !== undefined) p.reportedYoy = cells.value(s.reportedYoy);
    if (s.ratios !== undefined) p.ratios = s.ratios.map((r) => ratioCells(cells, r));
    return p;
  });
}

/**
 * A data row's cells, read once: the blank-row test, the new-header test, the row's kind and its
 * source cells all look at this copy.
 */
function rowCellsOf(view: GridView, row: number): RowCells {
  const values = view.grid.values[row];
  return new RowCells(view.grid.sheet, row, values ? values.slice() : [], (col) => view.numberFormat(row, col));
}

/** A data row kept for the row tree, with what its indicator needs once the tree is known. */
interface ScannedRow {
  cells: RowCells;
  line: TreeLine;
  /** A long table's year for the row (null: none yet, the row is left out). */
  year: Period | null;
}

/** Scans the data rows of one table; returns the indicators and the last row of the table. */
function scanRows(view: GridView, header: Header, tablePeriod: Period | null) {
  const { slots, termTarget, termReportedPct, term, plans } = buildSlots(header.columns, tablePeriod, header.long);
  const cols = tableColumns(header, slots, termTarget);
  const left = minOf(header.columns.map((c) => c.col));
  const right = maxOf(header.columns.map((c) => c.col));
  const scanned: ScannedRow[] = [];
  let lastYear: Period | null = null;
  let blanks = 0;
  let row = header.dataStart;
  let next: Header | null = null;
  for (; row < view.rowCount; row++) {
    const cells = rowCellsOf(view, row);
    if (isBlankRow(cells.values, left, right)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    const nameCol = nameHeaderCol(view, row, cells.values);
    next = nameCol < 0 ? null : headerAt(view, row, nameCol);
    if (next) break;
    if (header.long && cols.year !== undefined) {
      const yearCell = view.mergeAt(row, cols.year) ? view.visibleValue(row, cols.year) : cells.raw(cols.year);
      if (!isBlankCell(yearCell)) lastYear = periodOfCell(yearCell);
    }
    const line = treeLine(view, cells, cols);
    if (line) scanned.push({ cells, line, year: header.long ? lastYear : null });
  }
  const sheet = view.grid.sheet;
  const tree = rowTree(scanned.map((s) => s.line));
  const indicators: RawIndicator[] = [];
  let lastIndicatorRow = header.bottom;
  let unitUnderUnit = false;
  tree.forEach((node, k) => {
    const { cells, year } = scanned[k];
    if (node.kind !== 'indicator' || (header.long && !year)) return;
    const row = cells.row;
    const parent = node.parent === null ? null : (tree[node.parent] as { name: string }).name;
    lastIndicatorRow = row;
    if (parent !== null) unitUnderUnit ||= mayShareUnitAbove(view, row, cols.unit, header.dataStart);
    indicators.push({
      name: node.name,
      unit: unitText(view, row, cols.unit),
      row,
      nameCell: { sheet, row, col: cols.name },
      unitCell: ref(sheet, row, cols.unit),
      section: node.section,
      parent,
      level: node.level,
      periods: rowPeriods(cells, slots, year ?? undefined),
      termTarget: cells.target(termTarget),
      termReportedPct: cells.value(termReportedPct),
      directionCell: cells.direction(cols.direction),
      ...(plans.length > 0 ? { plans: rowPeriods(cells, plans) } : {}),
    });
  });
  const range: CellRange = { top: header.top, left, bottom: lastIndicatorRow, right };
  const all = header.long ? pivotLong(indicators) : indicators;
  return {
    indicators: all,
    range,
    nextRow: row,
    /** The header that ended the table, if one did: the next table's. */
    next,
    end: lastIndicatorRow,
    term: term || (header.long && longTerm(all)),
    unitUnderUnit,
  };
}

/**
 * A sub-indicator's blank, unmerged unit cell right under a unit: its indicator's unit merged down
 * over it would have shown there (`unitText`), so without merged areas its unit is in doubt.
 */
function mayShareUnitAbove(view: GridView, row: number, col: number | undefined, dataStart: number): boolean {
  if (col === undefined || row <= dataStart || view.mergeAt(row, col)) return false;
  return unitText(view, row, col) === '' && unitText(view, row - 1, col) !== '';
}

/** A long table is a term table when it holds at least three full years. */
function longTerm(indicators: RawIndicator[]): boolean {
  const years = new Set<string>();
  for (const i of indicators)
    for (const p of i.periods) if (p.period.months === 12 && p.period.year) years.add(p.period.year);
  return years.size >= 3;
}

/**
 * The words that say whether a term is a plan's or a Nghị quyết's (`planOrTerm.ts`): the term
 * target's header (or a span target's, `slots.ts`) and the title rows above the header.
 */
function termWords(view: GridView, from: number, header: Header): string[] {
  const target = header.columns.filter((c) => c.role === 'termTarget' || (c.role === 'target' && c.period?.span));
  const title: string[] = [];
  for (let r = Math.max(from, header.top - 8); r < header.top; r++)
    for (const v of view.grid.values[r] ?? []) if (typeof v === 'string' && v.length <= 300) title.push(v);
  return [...target.map((c) => c.text), ...title];
}

/** The term's span: from the term-target header (a plan's span target, `slots.ts`), else the title. */
function termSpanOf(header: Header, title: Period | null): TermSpan | null {
  const spanOf = (role: string) => header.columns.find((c) => c.role === role && c.period?.span)?.period?.span;
  return spanOf('termTarget') ?? spanOf('target') ?? title?.span ?? null;
}

/** Long layout: rows of the same indicator (name + unit) become one indicator with a period each. */
function pivotLong(rows: RawIndicator[]): RawIndicator[] {
  const byKey = new Map<string, RawIndicator>();
  for (const r of rows) {
    const key = `${plainLower(r.name)}|${plainLower(r.unit)}|${r.parent ?? ''}`;
    const found = byKey.get(key);
    if (found) pushAll(found.periods, r.periods);
    else byKey.set(key, { ...r, periods: [...r.periods] });
  }
  const result = [...byKey.values()];
  for (const r of result) r.periods.sort((a, b) => periodOrder(a.period) - periodOrder(b.period));
  return result;
}

/**
 * The period a table reports: its title's — except a span the title names over a table that is no
 * term table (`KẾ HOẠCH … GIAI ĐOẠN 03 NĂM 2026 – 2028` over columns judged in 2025): that is the
 * horizon of the plan, and the table's own only period is the one reported.
 */
function tablePeriod(title: Period | null, term: boolean, indicators: RawIndicator[]): Period {
  const periods = new Map<string, Period>();
  let judged = false;
  for (const i of indicators)
    for (const p of i.periods) {
      periods.set(p.period.label, p.period);
      judged ||= p.actual !== undefined;
    }
  const only = periods.size === 1 ? [...periods.values()][0] : NO_PERIOD;
  if (title?.span && !term && judged) return only;
  return title?.label ? title : only;
}

/** A title naming a list of targets (`Danh mục các chỉ tiêu cụ thể … giai đoạn 2025-2027`). */
const TARGET_LIST_TITLE = /\b(?:danh muc|he thong)(?: cac)? chi tieu\b/;
const RESULTS_TITLE = /\b(?:ket qua thuc hien|bao cao|danh gia)\b/;

/**
 * A list of targets: under a title naming one, a header with no target column whose figure
 * columns are all `Kết quả` (the result sought, not one reached): those columns are targets, and
 * the table has no actuals — nothing is judged, no sentence says a target was reached.
 */
function asTargetList(view: GridView, from: number, header: Header): Header {
  if (header.columns.some((c) => c.role === 'target' || c.role === 'termTarget')) return header;
  const actuals = header.columns.filter((c) => c.role === 'actual');
  const result = (c: HeaderColumn) => /^ket qua\b/.test(foldText(c.ownText)) && !/\bthuc hien\b/.test(foldText(c.text));
  if (actuals.length === 0 || !actuals.every(result) || !titleSays(view, from, header.top)) return header;
  return { ...header, columns: header.columns.map((c) => (c.role === 'actual' ? { ...c, role: 'target' } : c)) };
}

function titleSays(view: GridView, from: number, headerTop: number): boolean {
  for (let r = Math.max(from, headerTop - 8); r < headerTop; r++)
    for (const v of view.grid.values[r] ?? []) {
      if (typeof v !== 'string' || v.length > 300) continue;
      const folded = foldText(v);
      if (TARGET_LIST_TITLE.test(folded) && !RESULTS_TITLE.test(folded)) return true;
    }
  return false;
}

/**
 * What the header leaves unread, said once: a ratio column whose operands cannot be pinned down
 * (not checked); a second target of a period that names no level above (not used).
 */
function headerNotices(sheet: string, header: Header, title: Period | null): { notices?: string[] } {
  const where = (c: HeaderColumn) => `Trang '${sheet}', cột ${columnLetters(c.col)} („${c.text}")`;
  const unpaired = new Set(buildSlots(header.columns, title, header.long).unpaired);
  const notices = [
    ...header.columns
      .filter((c) => c.operands === null)
      .map(
        (c) =>
          `${where(c)}: không xác định được tỷ lệ này chia cột nào cho cột nào, nên không kiểm tra số liệu ghi ở cột này.`,
      ),
    ...header.columns
      .filter((c) => unpaired.has(c.col))
      .map(
        (c) =>
          `${where(c)}: kỳ này đã có cột chỉ tiêu khác và cột này không ghi cấp nào giao, nên chỉ tiêu ở cột này không được dùng để đánh giá.`,
      ),
  ];
  return notices.length > 0 ? { notices } : {};
}

/**
 * Units stated outside the unit column (see `units.ts`): the unit closing a name, the table's
 * caption; a name that loses its unit is renamed in its sub-indicators' `parent` too.
 */
function applyUnits(indicators: RawIndicator[], caption: string | null) {
  const renamed = new Map<string, string>();
  for (const ind of indicators) {
    const { name, unit } = rowUnit(ind.name, ind.unit, caption);
    if (name !== ind.name) renamed.set(ind.name, name);
    ind.name = name;
    ind.unit = unit;
  }
  if (renamed.size === 0) return;
  for (const ind of indicators) if (ind.parent !== null) ind.parent = renamed.get(ind.parent) ?? ind.parent;
}

/**
 * All indicator tables of one worksheet, top to bottom. A sheet without a header holds none.
 * @example detectTables({ sheet: 'S', values: [['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'], ['Thu ngân sách', 100, 120]] }).length // → 1
 */
export function detectTables(grid: Grid): DetectedTable[] {
  const view = new GridView(grid);
  const tables: DetectedTable[] = [];
  let from = 0;
  let found: { row: number; header: Header } | null = null;
  for (let row = 0; row < view.rowCount; row++) {
    // The header that ended the table above was found on this row already.
    const header = found?.row === row ? found.header : headerAt(view, row);
    if (!header) continue;
    const title = titlePeriod(view, from, header.top);
    const read = asTargetList(view, from, header);
    const scanned = scanRows(view, read, title);
    applyUnits(scanned.indicators, tableCaptionUnit(view, from, header.top, header.bottom));
    const at = tablePeriod(title, scanned.term, scanned.indicators);
    tables.push({
      sheet: grid.sheet,
      view,
      range: scanned.range,
      period: at.label,
      at,
      long: header.long,
      term: scanned.term,
      termSpan: scanned.term ? termSpanOf(header, title) : null,
      ...(scanned.term && isPlanTerm(termWords(view, from, header)) ? { plan: true as const } : {}),
      indicators: scanned.indicators,
      mergeDependent: header.uncertain || scanned.unitUnderUnit,
      ...headerNotices(grid.sheet, read, title),
    });
    // The next table's title may sit between this table's last indicator and the next header.
    from = scanned.end + 1;
    found = scanned.next ? { row: scanned.nextRow, header: scanned.next } : null;
    row = Math.max(row, scanned.nextRow - 1);
  }
  return tables;
}

/**
 * The sheets whose tables could read otherwise had their merged areas been read (see
 * `DetectedTable.mergeDependent`): for a host that read the workbook without them.
 */
export function mergeDependentSheets(grids: Grid[]): string[] {
  return grids.filter((g) => detectTables(g).some((t) => t.mergeDependent)).map((g) => g.sheet);
}

export type { HeaderColumn };
