/**
 * The in-memory workbook behind the fake Excel host: sheets of cells (constants or formulas),
 * per-cell formats, merges, sizes, conditional formats, print setup, notes and workbook names.
 *
 * Formulas written through the API are evaluated by HyperFormula over every sheet (seeded formula
 * cells count as their cached value, the way Excel shows a workbook it has not recalculated).
 */
import { HyperFormula } from 'hyperformula';
import type { Grid } from '../../src/core/grid';
import { isCellError } from '../../src/core/grid';

/** A sheet to seed the fake with: a grid, and the formulas of its cells whose values are their cached results. */
export type SeedGrid = Grid & { formulas?: (string | null | undefined)[][] };
import { FakeLimitError, HostError } from './errors';
import { cellCount, colLetters, intersect, MAX_COLS, overlaps, quoteName, refOf, type Rect } from './address';
import type { ChartState } from './charts';

export type HostValue = number | string | boolean | { error: string };

export type CellContent =
  | { kind: 'const'; value: HostValue; quotePrefix?: boolean }
  /** `seeded`: read from a file with its cached result; written: evaluated by HyperFormula. */
  | { kind: 'formula'; formula: string; cached: HostValue | null; seeded: boolean };

export interface BorderState {
  style?: string;
  weight?: string;
  color?: string;
}

export interface CellFormat {
  numberFormat?: string;
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  fontColor?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  indent?: number;
  fill?: string;
  borders?: Partial<Record<'top' | 'bottom' | 'left' | 'right', BorderState>>;
}

export interface ConditionalFormatState {
  rect: Rect;
  type: string;
  formula: string | null;
  fontColor?: string;
  fillColor?: string;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows: string | null;
  margins: Record<string, number>;
}

const key = (row: number, col: number) => row * MAX_COLS + col;
const unkey = (k: number) => ({ row: Math.floor(k / MAX_COLS), col: k % MAX_COLS });

let nextSheetId = 1;

export class SheetState {
  readonly id = nextSheetId++;
  cells = new Map<number, CellContent>();
  formats = new Map<number, CellFormat>();
  merges: Rect[] = [];
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  conditional: ConditionalFormatState[] = [];
  pageLayout: PageLayoutState = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    printTitleRows: null,
    margins: {},
  };
  frozenRows = 0;
  notes = new Map<number, string>();
  charts: ChartState[] = [];
  /** A stray formatted cell far away (the "formatting to XFD1048576" case) that widens the used range. */
  strayFormat: { row: number; col: number } | null = null;

  constructor(public name: string) {}

  content(row: number, col: number): CellContent | undefined {
    return this.cells.get(key(row, col));
  }

  setContent(row: number, col: number, content: CellContent | undefined): void {
    if (content === undefined) this.cells.delete(key(row, col));
    else this.cells.set(key(row, col), content);
  }

  format(row: number, col: number): CellFormat | undefined {
    return this.formats.get(key(row, col));
  }

  clearFormat(row: number, col: number): void {
    this.formats.delete(key(row, col));
  }

  editFormat(row: number, col: number, edit: (f: CellFormat) => void): void {
    const k = key(row, col);
    const f = this.formats.get(k) ?? {};
    edit(f);
    this.formats.set(k, f);
  }

  forEachCell(fn: (row: number, col: number, c: CellContent) => void): void {
    for (const [k, c] of this.cells) {
      const { row, col } = unkey(k);
      fn(row, col, c);
    }
  }

  /** Bounding box of cells holding a value or formula (and, unless `valuesOnly`, formats). */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | null {
    let r: Rect | null = null;
    const grow = (row: number, col: number) => {
      if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right)) return;
      if (!r) r = { top: row, left: col, bottom: row, right: col };
      else {
        r.top = Math.min(r.top, row);
        r.left = Math.min(r.left, col);
        r.bottom = Math.max(r.bottom, row);
        r.right = Math.max(r.right, col);
      }
    };
    for (const k of this.cells.keys()) {
      const { row, col } = unkey(k);
      grow(row, col);
    }
    if (!valuesOnly) {
      for (const k of this.formats.keys()) {
        const { row, col } = unkey(k);
        grow(row, col);
      }
      if (this.strayFormat) grow(this.strayFormat.row, this.strayFormat.col);
    }
    return r;
  }
}

interface NameState {
  name: string;
  sheetId: number;
  rect: Rect;
  /** The name's comment (`names.add(name, reference, comment)`); "" when none, as Excel reads it. */
  comment: string;
}

/** How Excel stores what was typed (or written through `values`/`formulas`) into a cell. */
export function parseInput(input: unknown, cellIsText: boolean): CellContent | undefined | 'unchanged' {
  if (input === null || input === undefined) return 'unchanged';
  if (typeof input === 'number') return { kind: 'const', value: input };
  if (typeof input === 'boolean') return { kind: 'const', value: input };
  if (typeof input !== 'string')
    throw new HostError('InvalidArgument', `Unsupported cell input ${JSON.stringify(input)}`);
  if (input === '') return undefined;
  if (input.startsWith("'")) return { kind: 'const', value: input.slice(1), quotePrefix: true };
  if (cellIsText) return { kind: 'const', value: input };
  if (input.length > 1 && input.startsWith('='))
    return { kind: 'formula', formula: input, cached: null, seeded: false };
  const numeric = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?(%?)$/.exec(input);
  if (numeric) return { kind: 'const', value: Number(input.replace('%', '')) / (numeric[4] ? 100 : 1) };
  if (/^(true|false)$/i.test(input)) return { kind: 'const', value: input.toLowerCase() === 'true' };
  // What Excel does with typed `+x`, `-x`, `@x`: it takes them as formulas.
  if (/^[+\-@]./.test(input)) return { kind: 'formula', formula: `=${input}`, cached: null, seeded: false };
  return { kind: 'const', value: input };
}

export class WorkbookState {
  sheets: SheetState[] = [];
  names = new Map<string, NameState>();
  activeSheetId: number | null = null;
  /** `application.calculationMode`: 'Automatic', 'AutomaticExceptTables' or 'Manual' (set by tests). */
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual' = 'Automatic';
  /** Counters of what the adapter asked for, for tests. */
  calls = { suspendApiCalculation: 0, suspendScreenUpdating: 0, calculate: 0, activate: 0 };
  /** Flags that hold until the end of the current sync. */
  suspended = { calculation: false, screenUpdating: false };
  /**
   * Sheets holding formulas written while Excel could not calculate them (API calculation suspended,
   * or a workbook in Manual calculation) and not calculated since: their formula cells show their
   * old value (none, for a new cell) — what Excel shows until it recalculates. Automatic
   * calculation clears this when the suspension ends (`endOfSync`); in Manual only `calculate` does.
   */
  readonly uncalculated = new Set<number>();
  private hf: { engine: HyperFormula; ids: Map<number, number> } | null = null;

  // ----- sheets -----

  sheetByName(name: string): SheetState | undefined {
    const n = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === n);
  }

  sheet(name: string): SheetState {
    const s = this.sheetByName(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  isAlive(sheet: SheetState): boolean {
    return this.sheets.includes(sheet);
  }

  addSheet(name: string): SheetState {
    validateSheetName(name);
    if (this.sheetByName(name)) throw new HostError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
    const s = new SheetState(name);
    this.sheets.push(s);
    this.touch();
    return s;
  }

  deleteSheet(sheet: SheetState): void {
    if (this.sheets.length === 1)
      throw new HostError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? null;
    this.touch();
  }

  // ----- names -----

  addName(name: string, sheet: SheetState, rect: Rect, comment = ''): NameState {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new HostError('InvalidArgument', `Invalid name ${name}`);
    }
    if (this.names.has(name.toLowerCase()))
      throw new HostError('ItemAlreadyExists', `The name ${name} already exists.`);
    if (comment.length > 255) throw new HostError('InvalidArgument', 'A name comment holds at most 255 characters.');
    const n = { name, sheetId: sheet.id, rect, comment };
    this.names.set(name.toLowerCase(), n);
    return n;
  }

  name(name: string): NameState | undefined {
    return this.names.get(name.toLowerCase());
  }

  deleteName(name: string): void {
    this.names.delete(name.toLowerCase());
  }

  /** `='Báo cáo chỉ tiêu'!$A$1`, or `=#REF!$A$1` once its sheet is gone (as Excel shows it). */
  nameFormula(n: NameState): string {
    const sheet = this.sheets.find((s) => s.id === n.sheetId);
    const abs = absoluteRef(n.rect);
    return sheet ? `=${quoteName(sheet.name)}!${abs}` : `=#REF!${abs}`;
  }

  // ----- cells -----

  /** The value Excel shows: constants as they are, formulas by their (evaluated or cached) result. */
  valueOf(sheet: SheetState, row: number, col: number): HostValue | null {
    const c = sheet.content(row, col);
    if (!c) return null;
    if (c.kind === 'const') return c.value;
    if (c.seeded || this.uncalculated.has(sheet.id)) return c.cached;
    return this.evaluate(sheet, row, col);
  }

  // ----- calculation -----

  /** Formulas were written into `sheet`: Excel calculates them now only in automatic, unsuspended mode. */
  formulasWritten(sheet: SheetState): void {
    if (this.suspended.calculation || this.calculationMode === 'Manual') this.uncalculated.add(sheet.id);
  }

  /** `application.calculate(…)` (every sheet) or `worksheet.calculate(…)` (one). */
  calculate(sheet: SheetState | null): void {
    // What Excel does with an explicit calculation inside a batch whose API calculation is
    // suspended is not documented: the fake refuses it rather than guess.
    if (this.suspended.calculation)
      throw new FakeLimitError('fake: calculate() in a batch whose calculation is suspended is not emulated');
    this.calls.calculate++;
    if (sheet) this.uncalculated.delete(sheet.id);
    else this.uncalculated.clear();
    this.touch();
  }

  /** The end of every sync: suspensions lift, and automatic calculation catches up. */
  endOfSync(): void {
    this.suspended = { calculation: false, screenUpdating: false };
    if (this.calculationMode !== 'Manual') this.uncalculated.clear();
  }

  /** Any write invalidates computed values. */
  touch(): void {
    this.hf = null;
  }

  private evaluate(sheet: SheetState, row: number, col: number): HostValue | null {
    if (!this.hf) this.hf = this.buildEngine();
    const id = this.hf.ids.get(sheet.id);
    if (id === undefined) return null;
    const v = this.hf.engine.getCellValue({ sheet: id, row, col });
    if (v === null || v === undefined) return 0;
    if (typeof v === 'object') return { error: String((v as { value?: unknown }).value ?? '#VALUE!') };
    return v as HostValue;
  }

  private buildEngine(): { engine: HyperFormula; ids: Map<number, number> } {
    const data: Record<string, (string | number | boolean | null)[][]> = {};
    for (const s of this.sheets) {
      const rows: (string | number | boolean | null)[][] = [];
      s.forEachCell((r, c, content) => {
        const row = (rows[r] ??= []);
        row[c] = hfInput(content);
      });
      for (let r = 0; r < rows.length; r++) {
        rows[r] ??= [];
        for (let c = 0; c < rows[r].length; c++) if (rows[r][c] === undefined) rows[r][c] = null;
      }
      data[s.name] = rows;
    }
    const engine = HyperFormula.buildFromSheets(data, { licenseKey: 'gpl-v3' });
    const ids = new Map<number, number>();
    for (const s of this.sheets) ids.set(s.id, engine.getSheetId(s.name)!);
    return { engine, ids };
  }

  // ----- seeding -----

  /** A workbook as an adapter read it: values, number formats, merges, formulas with cached values. */
  static fromGrids(grids: SeedGrid[]): WorkbookState {
    const wb = new WorkbookState();
    for (const g of grids) wb.seedSheet(g);
    wb.activeSheetId = wb.sheets[0]?.id ?? null;
    return wb;
  }

  seedSheet(grid: SeedGrid): SheetState {
    const s = this.addSheet(grid.sheet);
    grid.values.forEach((row, r) =>
      (row ?? []).forEach((v, c) => {
        const formula = grid.formulas?.[r]?.[c];
        const value: HostValue | null = v === null || v === undefined ? null : isCellError(v) ? { error: v.error } : v;
        if (formula) s.setContent(r, c, { kind: 'formula', formula, cached: value, seeded: true });
        else if (value !== null && value !== '') s.setContent(r, c, { kind: 'const', value });
      }),
    );
    grid.numberFormats?.forEach((row, r) =>
      (row ?? []).forEach((f, c) => {
        if (f) s.editFormat(r, c, (x) => (x.numberFormat = f));
      }),
    );
    grid.legacyFonts?.forEach((row, r) =>
      (row ?? []).forEach((font, c) => {
        if (font) s.editFormat(r, c, (x) => (x.fontName = font));
      }),
    );
    // A reader's text styles as the cell's font and alignment (an indent is from the left).
    grid.textStyles?.forEach((row, r) =>
      (row ?? []).forEach((style, c) => {
        if (style?.italic) s.editFormat(r, c, (x) => (x.italic = true));
        if (style?.indent) s.editFormat(r, c, (x) => ((x.indent = style.indent), (x.hAlign = 'Left')));
      }),
    );
    for (const m of grid.merges ?? []) s.merges.push({ ...m });
    return s;
  }

  // ----- inspection -----

  /** Everything a user would see of a sheet, as plain data (for "unchanged" comparisons). */
  snapshot(name: string): unknown {
    const s = this.sheet(name);
    const cells: Record<string, unknown> = {};
    s.forEachCell((r, c, content) => (cells[`${colLetters(c)}${r + 1}`] = content));
    const formats: Record<string, unknown> = {};
    for (const [k, f] of s.formats) {
      const { row, col } = unkey(k);
      formats[`${colLetters(col)}${row + 1}`] = f;
    }
    return structuredClone({
      name: s.name,
      cells,
      formats,
      merges: s.merges.map(refOf).sort(),
      colWidths: [...s.colWidths],
      rowHeights: [...s.rowHeights],
      conditional: s.conditional,
      pageLayout: s.pageLayout,
      frozenRows: s.frozenRows,
      notes: [...s.notes],
    });
  }

  mergeAt(sheet: SheetState, rect: Rect): void {
    if (sheet.merges.some((m) => overlaps(m, rect)))
      throw new HostError('InvalidOperation', `Cannot merge ${refOf(rect)}: it overlaps a merged area.`);
    if (cellCount(rect) === 1) return;
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++)
        if (r !== rect.top || c !== rect.left) sheet.setContent(r, c, undefined);
    sheet.merges.push({ ...rect });
    this.touch();
  }

  mergedAreas(sheet: SheetState, within: Rect): Rect[] {
    return sheet.merges.filter((m) => intersect(m, within) !== null);
  }
}

function hfInput(c: CellContent): string | number | boolean | null {
  const v = c.kind === 'const' ? c.value : c.seeded ? c.cached : null;
  if (c.kind === 'formula' && !c.seeded) return c.formula;
  if (v === null) return null;
  if (typeof v === 'object') return v.error;
  // Text stays text in HyperFormula too (it would otherwise parse "=…", "12", "TRUE" like input).
  if (typeof v === 'string') return `'${v}`;
  return v;
}

function absoluteRef(r: Rect): string {
  const a = `$${colLetters(r.left)}$${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:$${colLetters(r.right)}$${r.bottom + 1}`;
}

function validateSheetName(name: string): void {
  if (
    !name ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === 'history'
  ) {
    throw new HostError('InvalidArgument', `Invalid sheet name: ${name}`);
  }
}
