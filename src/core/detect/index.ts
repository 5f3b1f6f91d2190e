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
import { GridView, isCellError, type CellRange, type CellValue, type Grid } from '../grid';
import type { CellRef, TargetLabels } from '../indicator';
import { RowCells, type DirectionCell, type TargetCell, type ValueCell } from '../sourceCell';
import { cleanSpaces, isRomanNumeral, isUpperCaseText, plainLower } from '../text';
import { isBlankCell } from '../values';
import { headerAt, nameHeaderCol, type Header, type HeaderColumn } from './header';
import { periodOf, periodOfCell, periodOrder, type Period, type TermSpan } from './period';
import { buildSlots, type PeriodSlot } from './slots';
import { maxOf, minOf, pushAll } from '../arrays';

export type { Period, TermSpan } from './period';

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
  actual?: ValueCell;
  /** The month's own figure beside a cumulative actual (§7.4), kept and not judged. */
  monthActual?: ValueCell;
  previousActual?: ValueCell;
  reportedPct?: ValueCell;
  reportedYoy?: ValueCell;
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
  parent: string | null;
  periods: RawPeriod[];
  termTarget?: TargetCell;
  termReportedPct?: ValueCell;
  directionCell?: DirectionCell;
}

export interface DetectedTable {
  sheet: string;
  view: GridView;
  range: CellRange;
  /** Period from the title or, failing that, the only period of the table. */
  period: string;
  long: boolean;
  /** A term table (§7.3): a term-target column or actuals for at least three full years. */
  term: boolean;
  /** The term's span from the term-target header or the title (`nhiệm kỳ 2020 - 2025`), if named. */
  termSpan: TermSpan | null;
  indicators: RawIndicator[];
  /**
   * Read without merged areas, the table could read otherwise with them (issue 12): a header label
   * whose reach the values do not settle, or a sub-indicator's blank unit right under a unit (a
   * unit merged down over sub-indicators).
   */
  mergeDependent: boolean;
}

const SUB_MARK = /^(?:trong do\b\s*[:,-]?|[-+–•*]\s*)/;
const NUMBERING = /^\d+(?:\.\d+)*\s*[.)]\s+|^[a-zđ]\s*\)\s+/i;
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

function isSectionMarker(text: string): boolean {
  const t = text.replace(/[.):\-–\s]+$/, '');
  return isRomanNumeral(t) || /^[A-Z]$/.test(t);
}

function cleanName(name: string): string {
  return name
    .replace(SUB_MARK, '')
    .replace(NUMBERING, '')
    .replace(/^[:\s]+/, '')
    .trim();
}

function sectionName(name: string): string {
  return name.replace(SECTION_MARK, '').trim() || name;
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

type RowKind = { kind: 'section'; name: string } | { kind: 'indicator'; name: string; sub: boolean } | { kind: 'skip' };

function classifyRow(view: GridView, cells: RowCells, cols: TableColumns): RowKind {
  const rawName = cellText(view, cells, cols.name);
  const stt = cols.stt !== undefined && cols.stt !== cols.name ? cellText(view, cells, cols.stt) : '';
  const hasValues = hasUsableValue(cells, cols.valueCols);
  if (!rawName) {
    // A section title merged over STT and name sits in the STT cell.
    if (stt.length > 3 && !hasValues && (SECTION_MARK.test(stt) || isUpperCaseText(stt))) {
      return { kind: 'section', name: sectionName(stt) };
    }
    return { kind: 'skip' };
  }
  if (/^[\d.,\s]+$/.test(rawName)) return { kind: 'skip' };
  if (SECTION_MARK.test(rawName) && isSectionMarker(rawName.split(/[\s.):\-–]/)[0])) {
    return { kind: 'section', name: sectionName(rawName) };
  }
  if (!hasValues) {
    if ((stt && isSectionMarker(stt)) || isUpperCaseText(rawName)) return { kind: 'section', name: rawName };
    return { kind: 'skip' };
  }
  const opening = plainLower(rawName.slice(0, 12));
  const name = cleanName(rawName);
  if (!name) return { kind: 'skip' };
  return { kind: 'indicator', name, sub: SUB_MARK.test(opening) };
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
    if (s.actual !== undefined) p.actual = cells.value(s.actual);
    if (s.monthActual !== undefined) p.monthActual = cells.value(s.monthActual);
    if (s.previousActual !== undefined) p.previousActual = cells.value(s.previousActual);
    if (s.reportedPct !== undefined) p.reportedPct = cells.value(s.reportedPct);
    if (s.reportedYoy !== undefined) p.reportedYoy = cells.value(s.reportedYoy);
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

interface ScanState {
  section: string | null;
  parent: string | null;
}

/** Scans the data rows of one table; returns the indicators and the last row of the table. */
function scanRows(view: GridView, header: Header, tablePeriod: Period | null) {
  const sheet = view.grid.sheet;
  const { slots, termTarget, termReportedPct, term } = buildSlots(header.columns, tablePeriod, header.long);
  const cols = tableColumns(header, slots, termTarget);
  const left = minOf(header.columns.map((c) => c.col));
  const right = maxOf(header.columns.map((c) => c.col));
  const indicators: RawIndicator[] = [];
  const state: ScanState = { section: null, parent: null };
  let lastYear: Period | null = null;
  let lastIndicatorRow = header.bottom;
  let unitUnderUnit = false;
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
    const kind = classifyRow(view, cells, cols);
    if (kind.kind === 'section') {
      state.section = kind.name;
      state.parent = null;
      continue;
    }
    if (kind.kind === 'skip') continue;
    const parent = kind.sub ? state.parent : null;
    if (!kind.sub || parent === null) state.parent = kind.name;
    const yearPeriod = header.long ? lastYear : null;
    if (header.long && !yearPeriod) continue;
    lastIndicatorRow = row;
    if (kind.sub && parent !== null) unitUnderUnit ||= mayShareUnitAbove(view, row, cols.unit, header.dataStart);
    indicators.push({
      name: kind.name,
      unit: unitText(view, row, cols.unit),
      row,
      nameCell: { sheet, row, col: cols.name },
      unitCell: ref(sheet, row, cols.unit),
      section: state.section,
      parent: kind.sub ? parent : null,
      periods: rowPeriods(cells, slots, yearPeriod ?? undefined),
      termTarget: cells.target(termTarget),
      termReportedPct: cells.value(termReportedPct),
      directionCell: cells.direction(cols.direction),
    });
  }
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

/** The term's span: from the term-target header, else the title. */
function termSpanOf(header: Header, title: Period | null): TermSpan | null {
  const fromHeader = header.columns.find((c) => c.role === 'termTarget' && c.period?.span)?.period?.span;
  return fromHeader ?? title?.span ?? null;
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
    const scanned = scanRows(view, header, title);
    const periods = new Set(scanned.indicators.flatMap((i) => i.periods.map((p) => p.period.label)));
    tables.push({
      sheet: grid.sheet,
      view,
      range: scanned.range,
      period: title?.label || (periods.size === 1 ? [...periods][0] : ''),
      long: header.long,
      term: scanned.term,
      termSpan: scanned.term ? termSpanOf(header, title) : null,
      indicators: scanned.indicators,
      mergeDependent: header.uncertain || scanned.unitUnderUnit,
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
