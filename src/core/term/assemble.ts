/**
 * A term assembled from several yearly reports: offices keep one file or one sheet a year
 * (`2021.xlsx` … `2025.xlsx`, sheets `Năm 2021` … `Năm 2025`), and the term's report needs them side
 * by side. The yearly tables are lined up into one term table (a grid), which the engine then reads
 * as any term table: the term figures, the outlook, the summary sheet, the sentences and the Word
 * draft follow unchanged, and an officer can check every figure against the yearly file it came from.
 *
 * Rules chosen where the spec is silent:
 * - Indicators line up by meaning: the consolidation's `matchKey` (the indicator dictionary's key,
 *   else the name without numbering, case or diacritics; plus the unit's family), a sub-indicator
 *   under its parent's key. A name only one source has is kept as its own row (only its years
 *   filled) and listed in a notice, never dropped.
 * - The sources are ordered by the latest period they report; the latest source that has a row gives
 *   its name and unit, and wins when two sources give the same period's figure (a later report
 *   corrects an earlier one); a figure that differs between them is listed in a notice.
 * - Rows stand in the latest source's order; a row it lacks (a year-end rating missing from a
 *   6-month report) goes right after the row it follows in the latest earlier source that has it.
 * - Each year keeps one period: the longest one reported (a full year over `9 tháng`), an actual
 *   over an estimate (`Ước thực hiện`) of the same period. A period with no year of its own (a sheet
 *   headed only `Kế hoạch | Thực hiện`) takes the year of its table's title, else of its sheet's
 *   name, else of its file's name.
 * - Money in another unit than the row's (`Tỷ đồng` one year, `Triệu đồng` the next) is converted.
 * - A year's target assigned from above (`Chỉ tiêu thành phố giao`) beside the own target is kept
 *   in a column of its own next to it, headed so that the engine reads the two targets — and names
 *   them in sentences — as the yearly table did (`Kế hoạch phường` | `Chỉ tiêu thành phố giao`):
 *   the years' statuses and the overview count against the assigned target as a single term table
 *   with both columns does.
 * - The term target comes from the latest source that has one (a `Chỉ tiêu nhiệm kỳ` column), and
 *   the term's span from a term header or title of any source (`nhiệm kỳ 2020 - 2025`), else from
 *   the caller (`span`); with neither, the table holds the years alone (a term of the years given).
 * - The title block (the unit's lines above the table) is the latest source's, without the lines that
 *   name one year (`BÁO CÁO … NĂM 2024`); the term's title is added when a span is known.
 * - The yearly grids come as read: their legacy text (TCVN3, VNI) is decoded here, once, before
 *   any table is looked for (`decodeLegacyGrid`).
 */
import type { CellValue, Grid } from '../grid';
import type { TargetCell, TargetLabels, ValueCell } from '../indicator';
import { convertMoney } from '../money';
import { detectTables, type DetectedTable, type RawIndicator, type RawPeriod } from '../detect';
import { periodOf, periodOrder, type Period, type TermSpan } from '../detect/period';
import { displayName, matchKey, moneyOf } from '../consolidate/key';
import { cleanSpaces } from '../text';
import { isTyped } from '../sourceCell';
import { pushAll } from '../arrays';
import { decodeLegacyGrid } from '../legacyGrid';

/** One year's report: a workbook file (all its sheets) or one sheet of a workbook. */
export interface YearlySource {
  /** How notices name it: the file's name, or the sheet's. */
  name: string;
  grids: Grid[];
}

export interface AssembleOptions {
  /** The term's span when no source names it (`--nhiem-ky 2020-2025`). */
  span?: TermSpan;
  /** The assembled sheet's name. */
  sheet?: string;
}

/** The term table as one grid, and what the user must know about how it was put together. */
export interface AssembledTerm {
  grid: Grid;
  /** The periods the table holds, in order (`2021`, …, `6 tháng 2024`). */
  periods: string[];
  /** Names that match no other source's, with the periods they have. */
  unmatched: { name: string; periods: string[] }[];
  notices: string[];
}

export type AssembleResult = ({ ok: true } & AssembledTerm) | { ok: false; reason: 'no-table' | 'one-period' };

export const TERM_SHEET = 'Nhiệm kỳ';

interface Figure {
  target?: TargetCell;
  /** The target assigned from above, beside the own one. */
  assigned?: TargetCell;
  actual?: ValueCell;
  /** The unit the figure's row had in its source (for money conversion). */
  unit: string;
  source: string;
}

interface Line {
  key: string;
  name: string;
  unit: string;
  parentKey: string | null;
  level: number;
  section: string | null;
  termTarget?: TargetCell;
  /** Figures by column key. */
  figures: Map<string, Figure>;
  sources: Set<string>;
}

interface Column {
  key: string;
  period: Period;
  estimated: boolean;
  budget: boolean;
  /** How the yearly tables named the own and the assigned target (the latest source's). */
  labels: TargetLabels | null;
}

interface ReadSource {
  name: string;
  tables: DetectedTable[];
  /** Its latest period's order, to sort the sources by. */
  latest: number;
  /** The period its title, sheet or file names, for columns that name none. */
  own: Period | null;
  /** Its rows' keys, in its order. */
  keys: string[];
}

/**
 * The term table of several yearly reports, as a grid the engine reads as a term table.
 * @example
 * const year = (y: number, actual: number) => ({ name: `${y}.xlsx`, grids: [{ sheet: 'S', values: [['Chỉ tiêu', `Kế hoạch năm ${y}`, `Thực hiện năm ${y}`], ['Thu ngân sách', 100, actual]] }] });
 * const a = assembleTerm([year(2022, 110), year(2021, 105)]);
 * a.ok && a.periods // → ['2021', '2022']
 */
export function assembleTerm(sources: YearlySource[], options: AssembleOptions = {}): AssembleResult {
  const read = sources.map(readSource).filter((s) => s.tables.length > 0);
  if (read.length === 0) return { ok: false, reason: 'no-table' };
  read.sort((a, b) => a.latest - b.latest);
  const lines = new Map<string, Line>();
  const columns = new Map<string, Column>();
  const notices: string[] = [];
  for (const source of read) for (const table of source.tables) addTable(source, table, lines, columns, notices);
  const kept = keptColumns(columns);
  if (kept.length < 2) return { ok: false, reason: 'one-period' };
  const span =
    [...read]
      .reverse()
      .map(spanOf)
      .find((s) => s !== null) ??
    options.span ??
    null;
  const ordered = orderLines(lines, read);
  const unmatched = unmatchedLines(ordered, read.length, kept);
  if (unmatched.length > 0) notices.push(unmatchedNotice(unmatched));
  const grid = termGrid(options.sheet ?? TERM_SHEET, titleLines(read[read.length - 1], span), ordered, kept, span);
  return { ok: true, grid, periods: kept.map((c) => c.period.label), unmatched, notices };
}

function readSource(source: YearlySource): ReadSource {
  const tables = source.grids.flatMap((g) => detectTables(decodeLegacyGrid(g))).filter((t) => t.indicators.length > 0);
  const own = sourcePeriod(source, tables);
  let latest = -1;
  for (const t of tables)
    for (const i of t.indicators)
      for (const p of i.periods) latest = Math.max(latest, periodOrder(datedPeriod(p.period, own)));
  return { name: source.name, tables, latest, own, keys: [] };
}

/** The period of a source whose columns name none: its table's title, its sheet's name, its file's name. */
function sourcePeriod(source: YearlySource, tables: DetectedTable[]): Period | null {
  const texts = [...tables.map((t) => t.period), ...source.grids.map((g) => g.sheet), source.name];
  for (const text of texts) {
    const p = periodOf(text);
    if (p?.year && !p.span) return p;
  }
  return null;
}

/** A period as read, or the source's for a column that names none (a sub-period it names kept). */
function datedPeriod(p: Period, own: Period | null): Period {
  if (p.year || !own) return p;
  return (p.sub ? periodOf(`${p.sub} năm ${own.year}`) : own) ?? p;
}

function addTable(
  source: ReadSource,
  table: DetectedTable,
  lines: Map<string, Line>,
  columns: Map<string, Column>,
  notices: string[],
): void {
  const keys = new Map<string, string>();
  for (const ind of table.indicators) {
    const key = indicatorKey(ind, keys);
    keys.set(ind.name, key);
    const line = lineOf(lines, key, ind, keys);
    source.keys.push(key);
    line.sources.add(source.name);
    if (ind.termTarget && isTyped(ind.termTarget)) line.termTarget = ind.termTarget;
    for (const p of ind.periods) addFigure(source, line, ind.unit, p, columns, notices);
  }
}

/**
 * The key a row is lined up by across years: its meaning and unit family (`matchKey`; a rate's empty
 * unit read as `%`), under its parent's key (`parents`: the keys of the rows above, by name).
 */
export function indicatorKey(ind: RawIndicator, parents: Map<string, string>): string {
  const rate = ind.periods.some((p) => p.actual?.parsed?.kind === 'number' && p.actual.parsed.percent);
  const own = matchKey(ind.name, ind.unit || (rate ? '%' : ''));
  const parent = ind.parent === null ? null : (parents.get(ind.parent) ?? matchKey(ind.parent, ''));
  return parent === null ? own : `${parent} > ${own}`;
}

function lineOf(lines: Map<string, Line>, key: string, ind: RawIndicator, parents: Map<string, string>): Line {
  const parentKey = ind.parent === null ? null : (parents.get(ind.parent) ?? null);
  const found = lines.get(key);
  const line: Line = found ?? {
    key,
    name: '',
    unit: '',
    parentKey,
    level: 0,
    section: null,
    figures: new Map(),
    sources: new Set(),
  };
  // The latest source names the row (sources come in order).
  line.name = displayName(ind.name);
  line.unit = ind.unit;
  line.level = ind.level;
  line.section = ind.section;
  line.parentKey = parentKey;
  if (!found) lines.set(key, line);
  return line;
}

function addFigure(
  source: ReadSource,
  line: Line,
  unit: string,
  p: RawPeriod,
  columns: Map<string, Column>,
  notices: string[],
): void {
  const period = datedPeriod(p.period, source.own);
  if (!period.year || period.span || (!isTyped(p.actual) && !isTyped(p.target))) return;
  const key = `${period.label}|${p.estimated ? 'ước' : ''}`;
  const column = columns.get(key) ?? { key, period, estimated: p.estimated, budget: false, labels: null };
  column.budget ||= Boolean(p.budget) && isTyped(p.target);
  columns.set(key, column);
  const figure: Figure = { unit, source: source.name };
  if (p.target && isTyped(p.target)) figure.target = p.target;
  if (p.assignedTarget && isTyped(p.assignedTarget)) {
    figure.assigned = p.assignedTarget;
    if (p.labels) column.labels = p.labels;
  }
  if (p.actual && isTyped(p.actual)) figure.actual = p.actual;
  const before = line.figures.get(key);
  if (before && before.source !== source.name) pushAll(notices, differences(line, column, before, figure));
  line.figures.set(
    key,
    before
      ? {
          ...before,
          ...figure,
          target: figure.target ?? before.target,
          assigned: figure.assigned ?? before.assigned,
          actual: figure.actual ?? before.actual,
        }
      : figure,
  );
}

/** A later source's figure that differs from an earlier one's for the same period. */
function differences(line: Line, column: Column, before: Figure, after: Figure): string[] {
  const out: string[] = [];
  const pairs: [string, TargetCell | ValueCell | undefined, TargetCell | ValueCell | undefined][] = [
    ['kế hoạch', before.target, after.target],
    [column.labels?.assigned ?? 'chỉ tiêu cấp trên giao', before.assigned, after.assigned],
    ['thực hiện', before.actual, after.actual],
  ];
  for (const [what, a, b] of pairs) {
    if (!a || !b || sameRaw(a.raw, b.raw)) continue;
    out.push(
      `Số ${what} ${column.period.label} của chỉ tiêu "${line.name}" khác nhau giữa ${before.source} (${shown(a.raw)}) và ${after.source} (${shown(b.raw)}): lấy theo ${after.source}.`,
    );
  }
  return out;
}

function sameRaw(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));
  return JSON.stringify(a) === JSON.stringify(b);
}

function shown(v: CellValue): string {
  return typeof v === 'number' ? String(v).replace('.', ',') : typeof v === 'string' ? v : '';
}

/**
 * One column a year: the longest period reported, an actual over an estimate of the same period;
 * in chronological order.
 */
function keptColumns(columns: Map<string, Column>): Column[] {
  const byYear = new Map<string, Column>();
  for (const c of columns.values()) {
    const best = byYear.get(c.period.year);
    if (!best || betterColumn(c, best)) byYear.set(c.period.year, c);
  }
  return [...byYear.values()].sort((a, b) => periodOrder(a.period) - periodOrder(b.period));
}

function betterColumn(a: Column, b: Column): boolean {
  if (a.period.endMonth !== b.period.endMonth) return a.period.endMonth > b.period.endMonth;
  if (a.period.months !== b.period.months) return a.period.months > b.period.months;
  return !a.estimated && b.estimated;
}

/** The term's span a source names: a term table's header or title, else any line above a table. */
function spanOf(source: ReadSource): TermSpan | null {
  for (const t of source.tables) {
    if (t.termSpan) return t.termSpan;
    for (const line of linesAbove(t)) {
      const span = periodOf(line)?.span;
      if (span) return span;
    }
  }
  return null;
}

/** The texts of the rows above a table's range, each row's cells in order. */
function linesAbove(t: DetectedTable): string[] {
  const out: string[] = [];
  for (let r = 0; r < t.range.top; r++)
    for (const v of t.view.grid.values[r] ?? []) if (typeof v === 'string' && v.trim()) out.push(cleanSpaces(v));
  return out;
}

/**
 * The rows in the latest source's order; a row it lacks goes right after the row it follows in the
 * latest earlier source that has it (at the top when it comes first there); a sub-indicator under
 * its parent.
 */
function orderLines(lines: Map<string, Line>, sources: ReadSource[]): Line[] {
  const order: string[] = [];
  for (let s = sources.length - 1; s >= 0; s--) {
    let after = -1;
    for (const key of sources[s].keys) {
      const at = order.indexOf(key);
      if (at >= 0) after = at;
      else order.splice(++after, 0, key);
    }
  }
  const placed = new Set<string>();
  const out: Line[] = [];
  const place = (line: Line) => {
    if (placed.has(line.key)) return;
    placed.add(line.key);
    out.push(line);
    for (const key of order) if (lines.get(key)!.parentKey === line.key) place(lines.get(key)!);
  };
  for (const key of order) {
    const line = lines.get(key)!;
    if (line.parentKey === null || !lines.has(line.parentKey)) place(line);
  }
  return out;
}

/** Rows only one source has: a name no other year's matches. */
function unmatchedLines(lines: Line[], sourceCount: number, kept: Column[]): AssembledTerm['unmatched'] {
  if (sourceCount < 2) return [];
  return lines
    .filter((l) => l.sources.size === 1 && l.parentKey === null)
    .map((l) => ({ name: l.name, periods: kept.filter((c) => l.figures.has(c.key)).map((c) => c.period.label) }));
}

function unmatchedNotice(unmatched: AssembledTerm['unmatched']): string {
  const list = unmatched.map((u) => `"${u.name}" (${u.periods.join(', ') || 'không có số liệu'})`).join('; ');
  return `Chỉ tiêu chỉ có trong một báo cáo, không khớp tên với chỉ tiêu nào của các năm khác (giữ thành dòng riêng, cần kiểm tra tên): ${list}.`;
}

/** The latest source's lines above its table that name no single year, and the term's title. */
function titleLines(latest: ReadSource, span: TermSpan | null): CellValue[][] {
  const t = latest.tables[0];
  const rows: CellValue[][] = [];
  let titled = false;
  for (let r = 0; r < t.range.top; r++) {
    const row = (t.view.grid.values[r] ?? []).map((v) => {
      if (typeof v !== 'string') return v;
      const p = periodOf(v);
      if (p?.span) titled = true;
      return p && !p.span ? null : v;
    });
    if (row.some((v) => v !== null && v !== '')) rows.push(row);
  }
  if (span && !titled) rows.push([`KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU ${spanWords(span).toUpperCase()}`]);
  return rows;
}

/** `nhiệm kỳ 2020 - 2025`, `giai đoạn 2021 - 2025`. */
function spanWords(span: TermSpan): string {
  return `${span.word === 'giai doan' ? 'giai đoạn' : 'nhiệm kỳ'} ${span.from} - ${span.to}`;
}

/** The header of a column: `Kế hoạch năm 2021`, `Thực hiện năm 2021`, `Ước thực hiện 6 tháng năm 2024`. */
function periodWords(p: Period): string {
  return p.sub ? `${p.sub} năm ${p.year}` : `năm ${p.year}`;
}

function termGrid(sheet: string, title: CellValue[][], lines: Line[], kept: Column[], span: TermSpan | null): Grid {
  const withAssigned = kept.filter((c) => lines.some((l) => l.figures.get(c.key)?.assigned));
  // An assigned target is read as one only beside an own target column, even an empty one.
  const withTargets = kept.filter((c) => withAssigned.includes(c) || lines.some((l) => l.figures.get(c.key)?.target));
  const termColumn = lines.some((l) => l.termTarget);
  const header: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT'];
  if (termColumn) header.push(`Chỉ tiêu Nghị quyết ${span ? spanWords(span) : 'nhiệm kỳ'}`);
  const slots: { column: Column; what: Slot }[] = [];
  for (const c of kept) {
    if (withTargets.includes(c)) slots.push({ column: c, what: 'target' });
    if (withAssigned.includes(c)) slots.push({ column: c, what: 'assigned' });
    slots.push({ column: c, what: 'actual' });
  }
  for (const s of slots) header.push(slotHeader(s.column, s.what, withAssigned.includes(s.column)));
  const values: CellValue[][] = [...title, [], header];
  const formats: (string | null)[][] = values.map(() => []);
  let number = 0;
  let section: string | null = null;
  for (const line of lines) {
    if (line.parentKey === null && line.section && line.section !== section) {
      section = line.section;
      values.push([null, section]);
      formats.push([]);
    }
    const stt = line.parentKey === null ? ++number : line.level > 1 ? '+' : '-';
    const row: CellValue[] = [stt, line.name, line.unit || null];
    const rowFormats: (string | null)[] = [null, null, null];
    if (termColumn) {
      row.push(line.termTarget?.raw ?? null);
      rowFormats.push(line.termTarget?.format ?? null);
    }
    for (const s of slots) {
      const cell = line.figures.get(s.column.key);
      const source = cell?.[s.what];
      row.push(source && cell ? inUnit(source.raw, cell.unit, line.unit) : null);
      rowFormats.push(source?.format ?? null);
    }
    values.push(row);
    formats.push(rowFormats);
  }
  return { sheet, values, numberFormats: formats };
}

type Slot = 'target' | 'assigned' | 'actual';

/**
 * A column's header. Beside an assigned target, the own target's header names the unit that set it
 * (`Kế hoạch phường năm 2021`) and the assigned one the level that gave it (`Chỉ tiêu thành phố giao
 * năm 2021`): the words the engine reads the two targets' labels from.
 */
function slotHeader(c: Column, what: Slot, assigned: boolean): string {
  const p = c.period;
  const labels = assigned ? c.labels : null;
  if (what === 'assigned') return `${capitalised(labels?.assigned ?? 'chỉ tiêu cấp trên giao')} năm ${p.year}`;
  if (what === 'target') return `${c.budget ? 'Dự toán' : 'Kế hoạch'}${ownUnitWords(labels)} năm ${p.year}`;
  return `${c.estimated ? 'Ước thực hiện' : 'Thực hiện'} ${periodWords(p)}`;
}

/** ` phường` of `chỉ tiêu phường đề ra`; nothing for a unit the yearly header did not name (`đơn vị`). */
function ownUnitWords(labels: TargetLabels | null): string {
  const unit = labels?.own.replace(/^(?:chỉ tiêu|dự toán) /, '').replace(/ đề ra$/, '') ?? '';
  return unit && unit !== 'đơn vị' ? ` ${unit}` : '';
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A money figure in the row's unit (`Tỷ đồng` of an earlier year into `Triệu đồng`). */
function inUnit(raw: CellValue, from: string, to: string): CellValue {
  const a = moneyOf(from);
  const b = moneyOf(to);
  if (typeof raw !== 'number' || !a || !b || a === b) return raw;
  return convertMoney(raw, a, b);
}
