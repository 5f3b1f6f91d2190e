/**
 * The Excel JS API classes the adapter uses, and only those, on top of the proxy machinery of
 * `client.ts`. Anything else the adapter might reach for is missing on purpose: it fails loudly.
 */
import { accessors, ClientObject, FakeClientResult, FakeRequestContext, type FakeHost, type PropSpec } from './client';
import { FakeLimitError, HostError } from './errors';
import { cellCount, parseRef, quoteName, refOf, type Rect } from './address';
import { r1c1ToA1 } from './r1c1';
import { ChartCollection } from './charts';
import {
  parseInput,
  type CellContent,
  type CellFormat,
  type ConditionalFormatState,
  type HostValue,
  type SheetState,
  type WorkbookState,
} from './state';

type Ctx = FakeRequestContext;
type PathArg = ConstructorParameters<typeof Range>[1];

/** Excel refuses a request that would make it read or write more cells than this at once. */
const MAX_MERGED_AREAS = 512;

interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

const state = (ctx: Ctx): WorkbookState => ctx.host.state;

function alive(ctx: Ctx, sheet: SheetState): SheetState {
  if (!state(ctx).isAlive(sheet)) throw new HostError('ItemNotFound', `The worksheet ${sheet.name} no longer exists.`);
  return sheet;
}

function oneOf(values: string[]) {
  return (v: unknown) => {
    if (typeof v !== 'string' || !values.includes(v))
      throw new HostError(
        'InvalidArgument',
        `Invalid value ${JSON.stringify(v)}; expected one of ${values.join(', ')}`,
      );
    return v;
  };
}

function positive(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
    throw new HostError('InvalidArgument', `Invalid size ${JSON.stringify(v)}`);
  return v;
}

// ---------------------------------------------------------------- workbook

export class Workbook extends ClientObject {
  readonly _typeName = 'Workbook';
  _props(): Record<string, PropSpec> {
    return {};
  }
  get worksheets(): WorksheetCollection {
    return this._navigate('Worksheets', (p) => new WorksheetCollection(this.context, p, () => state(this.context)));
  }
  get names(): NamedItemCollection {
    return this._navigate('Names', (p) => new NamedItemCollection(this.context, p, () => state(this.context)));
  }
  get application(): Application {
    return this._navigate('Application', (p) => new Application(this.context, p, () => state(this.context)));
  }
}

export class Application extends ClientObject {
  readonly _typeName = 'Application';
  _props(): Record<string, PropSpec> {
    return { calculationMode: { read: (t) => (t as WorkbookState).calculationMode } };
  }
  /** ExcelApi 1.1: recalculates every open workbook ('Recalculate': dirty cells; 'Full'; 'FullRebuild'). */
  calculate(calculationType: string): void {
    if (!['Recalculate', 'Full', 'FullRebuild'].includes(calculationType))
      throw new HostError('InvalidArgument', `Invalid calculationType ${String(calculationType)}.`);
    this._call('Calculate', [calculationType], () => state(this.context).calculate(null));
  }
  suspendApiCalculationUntilNextSync(): void {
    this._call('SuspendApiCalculationUntilNextSync', [], (t) => {
      const wb = t as WorkbookState;
      wb.calls.suspendApiCalculation++;
      wb.suspended.calculation = true;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call('SuspendScreenUpdatingUntilNextSync', [], (t) => {
      const wb = t as WorkbookState;
      wb.calls.suspendScreenUpdating++;
      wb.suspended.screenUpdating = true;
    });
  }
}
accessors(Application, ['calculationMode']);

// ---------------------------------------------------------------- worksheets

export class WorksheetCollection extends ClientObject {
  readonly _typeName = 'WorksheetCollection';
  _props(): Record<string, PropSpec> {
    return {};
  }
  get items(): Worksheet[] {
    return this._get('items') as Worksheet[];
  }
  override _loadItems(target: unknown, select: string[]) {
    return (target as WorkbookState).sheets.map((sheet) => {
      const proxy = new Worksheet(
        this.context,
        { type: 'Indexer', name: 'Item', args: [sheet.id], parent: this },
        (wb) => (wb as WorkbookState).sheets.find((s) => s.id === sheet.id) ?? null,
      );
      const data: Record<string, unknown> = {};
      for (const s of select) {
        const spec = proxy._props()[s];
        if (!spec?.read) throw new FakeLimitError(`fake: Worksheet.${s} cannot be loaded`);
        data[s] = spec.read(sheet);
        proxy._setLoaded(s, data[s]);
      }
      return { proxy, data };
    });
  }
  getItem(key: string): Worksheet {
    return this._method(
      'GetItem',
      [key],
      (p) => new Worksheet(this.context, p, (wb) => (wb as WorkbookState).sheetByName(key) ?? null),
    );
  }
  getItemOrNullObject(key: string): Worksheet {
    return this._method(
      'GetItemOrNullObject',
      [key],
      (p) => new Worksheet(this.context, p, (wb) => (wb as WorkbookState).sheetByName(key) ?? null, true),
    );
  }
  add(name: string): Worksheet {
    return this._create(
      'Add',
      [name],
      (p) => new Worksheet(this.context, p, () => null),
      (wb) => (wb as WorkbookState).addSheet(name),
    );
  }
}

export class Worksheet extends ClientObject {
  readonly _typeName = 'Worksheet';
  _props(): Record<string, PropSpec> {
    return { name: { read: (t) => (t as SheetState).name } };
  }
  getRange(address?: string): Range {
    if (address === undefined)
      throw new FakeLimitError('fake: getRange() without an address (the whole sheet) is not emulated');
    const rect = parseRef(address);
    if (!rect) throw new HostError('InvalidArgument', `Invalid range address ${address}`);
    return this._method(
      'GetRange',
      [address],
      (p) => new Range(this.context, p, (s) => ({ sheet: alive(this.context, s as SheetState), rect })),
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._method(
      'GetUsedRangeOrNullObject',
      [valuesOnly ?? false],
      (p) =>
        new Range(
          this.context,
          p,
          (s) => {
            const sheet = alive(this.context, s as SheetState);
            const rect = sheet.usedRect(valuesOnly ?? false);
            return rect ? { sheet, rect } : null;
          },
          true,
        ),
    );
  }
  delete(): void {
    this._call('Delete', [], (t) => state(this.context).deleteSheet(alive(this.context, t as SheetState)));
  }
  /** ExcelApi 1.6: calculates the sheet (`markAllDirty`: every formula, not only the dirty ones). */
  calculate(markAllDirty: boolean): void {
    if (typeof markAllDirty !== 'boolean') throw new HostError('InvalidArgument', 'markAllDirty must be a boolean.');
    this._call('Calculate', [markAllDirty], (t) => state(this.context).calculate(alive(this.context, t as SheetState)));
  }
  activate(): void {
    this._call('Activate', [], (t) => {
      state(this.context).activeSheetId = alive(this.context, t as SheetState).id;
      state(this.context).calls.activate++;
    });
  }
  get freezePanes(): WorksheetFreezePanes {
    return this._navigate('FreezePanes', (p) => new WorksheetFreezePanes(this.context, p, (s) => s));
  }
  get pageLayout(): PageLayout {
    return this._navigate('PageLayout', (p) => new PageLayout(this.context, p, (s) => s));
  }
  get notes(): NoteCollection {
    return this._navigate('Notes', (p) => new NoteCollection(this.context, p, (s) => s));
  }
  get charts(): ChartCollection {
    return this._navigate(
      'Charts',
      (p) => new ChartCollection(this.context, p, (s) => alive(this.context, s as SheetState)),
    );
  }
}
accessors(Worksheet, ['name']);

export class WorksheetFreezePanes extends ClientObject {
  readonly _typeName = 'WorksheetFreezePanes';
  _props(): Record<string, PropSpec> {
    return {};
  }
  freezeRows(count?: number): void {
    this._call('FreezeRows', [count ?? 1], (s) => {
      (s as SheetState).frozenRows = positive(count ?? 1);
    });
  }
}

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPERS = ['Letter', 'A3', 'A4', 'A5', 'Legal'];

export class PageLayout extends ClientObject {
  readonly _typeName = 'PageLayout';
  _props(): Record<string, PropSpec> {
    const pl = (t: unknown) => (t as SheetState).pageLayout;
    const margin = (name: string): PropSpec => ({ write: (t, v) => (pl(t).margins[name] = positive(v)) });
    return {
      orientation: { write: (t, v) => (pl(t).orientation = oneOf(ORIENTATIONS)(v)) },
      paperSize: { write: (t, v) => (pl(t).paperSize = oneOf(PAPERS)(v)) },
      zoom: {
        write: (t, v) => {
          const z = v as PageLayoutState['zoom'];
          if (typeof z !== 'object' || z === null) throw new HostError('InvalidArgument', 'zoom must be an object');
          pl(t).zoom = { ...z };
        },
      },
      leftMargin: margin('left'),
      rightMargin: margin('right'),
      topMargin: margin('top'),
      bottomMargin: margin('bottom'),
      headerMargin: margin('header'),
      footerMargin: margin('footer'),
    };
  }
  setPrintTitleRows(rows: string): void {
    if (typeof rows !== 'string') throw new FakeLimitError('fake: setPrintTitleRows takes an address string here');
    this._call('SetPrintTitleRows', [rows], (t) => {
      if (!/^\$\d+:\$\d+$/.test(rows)) throw new HostError('InvalidArgument', `Invalid print title rows ${rows}`);
      (t as SheetState).pageLayout.printTitleRows = rows;
    });
  }
}
type PageLayoutState = SheetState['pageLayout'];
accessors(PageLayout, [
  'orientation',
  'paperSize',
  'zoom',
  'leftMargin',
  'rightMargin',
  'topMargin',
  'bottomMargin',
  'headerMargin',
  'footerMargin',
]);

export class NoteCollection extends ClientObject {
  readonly _typeName = 'NoteCollection';
  _props(): Record<string, PropSpec> {
    return {};
  }
  add(cellAddress: string, content: string): ClientObject {
    return this._create(
      'Add',
      [cellAddress, content],
      (p) => new Note(this.context, p, () => null),
      (s) => {
        const rect = parseRef(cellAddress);
        if (!rect || cellCount(rect) !== 1)
          throw new HostError('InvalidCellAddress', `Invalid cell address ${cellAddress}`);
        (s as SheetState).notes.set(rect.top * 16384 + rect.left, String(content));
        return {};
      },
    );
  }
}

class Note extends ClientObject {
  readonly _typeName = 'Note';
  _props(): Record<string, PropSpec> {
    return {};
  }
}

// ---------------------------------------------------------------- ranges

function rangeAddress(t: RangeTarget): string {
  return `${quoteName(t.sheet.name)}!${refOf(t.rect)}`;
}

function hostValueOut(v: HostValue | null): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

function valueType(v: HostValue | null): string {
  if (v === null || v === '') return 'Empty';
  if (typeof v === 'object') return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

function formulaOut(c: CellContent | undefined): string | number | boolean {
  if (!c) return '';
  if (c.kind === 'formula') return c.formula;
  return hostValueOut(c.value);
}

function matrix<T>(t: RangeTarget, cell: (row: number, col: number) => T): T[][] {
  const { rect } = t;
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

/** A 2-D input must match the range exactly; a single value applies to every cell. */
function eachInput(t: RangeTarget, input: unknown, fn: (row: number, col: number, value: unknown) => void): void {
  const { rect } = t;
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (Array.isArray(input)) {
    if (input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new HostError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${refOf(rect)}.`,
      );
    }
    input.forEach((row: unknown[], i) => row.forEach((v, j) => fn(rect.top + i, rect.left + j, v)));
    return;
  }
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c, input);
}

function writeCells(
  ctx: Ctx,
  t: RangeTarget,
  input: unknown,
  translate?: (v: unknown, row: number, col: number) => unknown,
): void {
  const sheet = alive(ctx, t.sheet);
  let formulas = false;
  eachInput(t, input, (r, c, v) => {
    const parsed = parseInput(translate ? translate(v, r, c) : v, sheet.format(r, c)?.numberFormat === '@');
    if (parsed !== 'unchanged') sheet.setContent(r, c, parsed);
    if (parsed !== 'unchanged' && parsed?.kind === 'formula') formulas = true;
  });
  if (formulas) state(ctx).formulasWritten(sheet);
  state(ctx).touch();
}

function editFormats(ctx: Ctx, t: RangeTarget, edit: (f: CellFormat, row: number, col: number) => void): void {
  const sheet = alive(ctx, t.sheet);
  const { rect } = t;
  if (cellCount(rect) > 5_000_000)
    throw new FakeLimitError('fake: formatting more than 5M cells at once is not emulated');
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) sheet.editFormat(r, c, (f) => edit(f, r, c));
}

export class Range extends ClientObject {
  readonly _typeName = 'Range';
  _props(): Record<string, PropSpec> {
    const wb = state(this.context);
    const rt = (t: unknown) => t as RangeTarget;
    return {
      address: { read: (t) => rangeAddress(rt(t)) },
      rowCount: { read: (t) => rt(t).rect.bottom - rt(t).rect.top + 1 },
      columnCount: { read: (t) => rt(t).rect.right - rt(t).rect.left + 1 },
      rowIndex: { read: (t) => rt(t).rect.top },
      columnIndex: { read: (t) => rt(t).rect.left },
      values: {
        read: (t) => matrix(rt(t), (r, c) => hostValueOut(wb.valueOf(rt(t).sheet, r, c))),
        write: (t, v) => writeCells(this.context, rt(t), v),
      },
      formulas: {
        read: (t) => matrix(rt(t), (r, c) => formulaOut(rt(t).sheet.content(r, c))),
        write: (t, v) => writeCells(this.context, rt(t), v),
      },
      formulasR1C1: {
        write: (t, v) =>
          writeCells(this.context, rt(t), v, (input, r, c) =>
            typeof input === 'string' && input.startsWith('=') ? r1c1ToA1(input, r, c) : input,
          ),
      },
      numberFormat: {
        read: (t) => matrix(rt(t), (r, c) => rt(t).sheet.format(r, c)?.numberFormat ?? 'General'),
        write: (t, v) => {
          const sheet = alive(this.context, rt(t).sheet);
          eachInput(rt(t), v, (r, c, f) => {
            if (f === null || f === undefined) return;
            if (typeof f !== 'string')
              throw new HostError('InvalidArgument', `Invalid number format ${JSON.stringify(f)}`);
            sheet.editFormat(r, c, (x) => (x.numberFormat = f));
          });
          wb.touch();
        },
      },
      valueTypes: { read: (t) => matrix(rt(t), (r, c) => valueType(wb.valueOf(rt(t).sheet, r, c))) },
    };
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._method(
      'GetUsedRangeOrNullObject',
      [valuesOnly ?? false],
      (p) =>
        new Range(
          this.context,
          p,
          (t) => {
            const { sheet, rect } = t as RangeTarget;
            const used = alive(this.context, sheet).usedRect(valuesOnly ?? false, rect);
            return used ? { sheet, rect: used } : null;
          },
          true,
        ),
    );
  }
  /**
   * `Range.getCellProperties` (ExcelApi 1.9), emulated for what the adapter asks: the font name of
   * each cell (`{ format: { font: { name: true } } }`), Calibri where none was set, as Excel's default;
   * or its look (`{ format: { font: { italic: true }, indentLevel: true, horizontalAlignment: true } }`).
   * Each cell carries only what was asked.
   */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    const asked = CELL_PROPERTIES.find((p) => sameOptions(p.options, options));
    if (!asked) throw new FakeLimitError(`fake: getCellProperties(${JSON.stringify(options)}) is not emulated`);
    return this._result('GetCellProperties', [options], (t) => {
      const { sheet } = t as RangeTarget;
      alive(this.context, sheet);
      return matrix(t as RangeTarget, (r, c) => asked.of(sheet.format(r, c)));
    });
  }
  getMergedAreasOrNullObject(): RangeAreas {
    return this._method(
      'GetMergedAreasOrNullObject',
      [],
      (p) =>
        new RangeAreas(
          this.context,
          p,
          (t) => {
            const { sheet, rect } = t as RangeTarget;
            const areas = state(this.context).mergedAreas(alive(this.context, sheet), rect);
            if (areas.length > MAX_MERGED_AREAS) {
              throw new HostError('GeneralException', `More than ${MAX_MERGED_AREAS} merged areas in ${refOf(rect)}.`);
            }
            return areas.length ? { sheet, areas } : null;
          },
          true,
        ),
    );
  }
  /** `Range.clear(applyTo)`: contents (values and formulas, formats kept), formats, or both. */
  clear(applyTo?: string): void {
    const what = applyTo ?? 'All';
    if (!['All', 'Contents', 'Formats'].includes(what))
      throw new FakeLimitError(`fake: clear(${JSON.stringify(what)}) is not emulated`);
    this._call('Clear', [what], (t) => {
      const { sheet, rect } = t as RangeTarget;
      alive(this.context, sheet);
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          if (what !== 'Formats') sheet.setContent(r, c, undefined);
          if (what !== 'Contents') sheet.clearFormat(r, c);
        }
      state(this.context).touch();
    });
  }
  merge(across?: boolean): void {
    this._call('Merge', [across ?? false], (t) => {
      const { sheet, rect } = t as RangeTarget;
      alive(this.context, sheet);
      if (across)
        for (let r = rect.top; r <= rect.bottom; r++)
          state(this.context).mergeAt(sheet, { ...rect, top: r, bottom: r });
      else state(this.context).mergeAt(sheet, rect);
    });
  }
  get format(): RangeFormat {
    return this._navigate('Format', (p) => new RangeFormat(this.context, p, (t) => t));
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return this._navigate('ConditionalFormats', (p) => new ConditionalFormatCollection(this.context, p, (t) => t));
  }
}
accessors(Range, [
  'address',
  'rowCount',
  'columnCount',
  'rowIndex',
  'columnIndex',
  'values',
  'formulas',
  'formulasR1C1',
  'numberFormat',
  'valueTypes',
]);

export class RangeAreas extends ClientObject {
  readonly _typeName = 'RangeAreas';
  _props(): Record<string, PropSpec> {
    const at = (t: unknown) => t as { sheet: SheetState; areas: Rect[] };
    return {
      address: {
        read: (t) =>
          at(t)
            .areas.map((a) => `${quoteName(at(t).sheet.name)}!${refOf(a)}`)
            .join(','),
      },
      areaCount: { read: (t) => at(t).areas.length },
    };
  }
}
accessors(RangeAreas, ['address', 'areaCount']);

/** The `getCellProperties` options the fake answers, and each cell's answer from its format. */
const CELL_PROPERTIES: {
  options: Excel.CellPropertiesLoadOptions;
  of: (f: CellFormat | undefined) => Excel.CellProperties;
}[] = [
  {
    options: { format: { font: { name: true } } },
    of: (f) => ({ format: { font: { name: f?.fontName ?? 'Calibri' } } }),
  },
  {
    options: { format: { font: { italic: true }, indentLevel: true, horizontalAlignment: true } },
    of: (f) => ({
      format: {
        font: { italic: f?.italic ?? false },
        indentLevel: f?.indent ?? 0,
        horizontalAlignment: (f?.hAlign ?? 'General') as Excel.HorizontalAlignment,
      },
    }),
  },
];

/** The same options, whatever the order of their keys. */
function sameOptions(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return (
    ka.join() === kb.join() &&
    ka.every((k) => sameOptions((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

export class RangeFormat extends ClientObject {
  readonly _typeName = 'RangeFormat';
  _props(): Record<string, PropSpec> {
    const t2 = (t: unknown) => t as RangeTarget;
    const fmt = (edit: (f: CellFormat, v: unknown) => void): PropSpec => ({
      write: (t, v) => editFormats(this.context, t2(t), (f) => edit(f, v)),
    });
    return {
      horizontalAlignment: fmt((f, v) => (f.hAlign = oneOf(H_ALIGN)(v))),
      verticalAlignment: fmt((f, v) => (f.vAlign = oneOf(V_ALIGN)(v))),
      wrapText: fmt((f, v) => (f.wrap = Boolean(v))),
      indentLevel: fmt((f, v) => (f.indent = positive(v))),
      columnWidth: {
        write: (t, v) => {
          const { sheet, rect } = t2(t);
          for (let c = rect.left; c <= rect.right; c++) alive(this.context, sheet).colWidths.set(c, positive(v));
        },
      },
      rowHeight: {
        write: (t, v) => {
          const { sheet, rect } = t2(t);
          if (positive(v) > 409) throw new HostError('InvalidArgument', 'Row height above 409 points');
          for (let r = rect.top; r <= rect.bottom; r++) alive(this.context, sheet).rowHeights.set(r, v as number);
        },
      },
    };
  }
  get font(): RangeFont {
    return this._navigate('Font', (p) => new RangeFont(this.context, p, (t) => t));
  }
  get fill(): RangeFill {
    return this._navigate('Fill', (p) => new RangeFill(this.context, p, (t) => t));
  }
  get borders(): RangeBorderCollection {
    return this._navigate('Borders', (p) => new RangeBorderCollection(this.context, p, (t) => t));
  }
}
accessors(RangeFormat, [
  'horizontalAlignment',
  'verticalAlignment',
  'wrapText',
  'indentLevel',
  'columnWidth',
  'rowHeight',
]);

export class RangeFont extends ClientObject {
  readonly _typeName = 'RangeFont';
  _props(): Record<string, PropSpec> {
    const fmt = (edit: (f: CellFormat, v: unknown) => void): PropSpec => ({
      write: (t, v) => editFormats(this.context, t as RangeTarget, (f) => edit(f, v)),
    });
    return {
      name: fmt((f, v) => (f.fontName = String(v))),
      size: fmt((f, v) => (f.fontSize = positive(v))),
      bold: fmt((f, v) => (f.bold = Boolean(v))),
      italic: fmt((f, v) => (f.italic = Boolean(v))),
      underline: fmt(
        (f, v) => (f.underline = oneOf(['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'])(v)),
      ),
      color: fmt((f, v) => (f.fontColor = String(v))),
    };
  }
}
accessors(RangeFont, ['name', 'size', 'bold', 'italic', 'underline', 'color']);

export class RangeFill extends ClientObject {
  readonly _typeName = 'RangeFill';
  _props(): Record<string, PropSpec> {
    return { color: { write: (t, v) => editFormats(this.context, t as RangeTarget, (f) => (f.fill = String(v))) } };
  }
}
accessors(RangeFill, ['color']);

const BORDER_INDEX = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];

export class RangeBorderCollection extends ClientObject {
  readonly _typeName = 'RangeBorderCollection';
  _props(): Record<string, PropSpec> {
    return {};
  }
  getItem(index: string): RangeBorder {
    oneOf(BORDER_INDEX)(index);
    return this._method(
      'GetItem',
      [index],
      (p) => new RangeBorder(this.context, p, (t) => ({ ...(t as RangeTarget), index })),
    );
  }
}

export class RangeBorder extends ClientObject {
  readonly _typeName = 'RangeBorder';
  _props(): Record<string, PropSpec> {
    const set = (field: 'style' | 'weight' | 'color', check: (v: unknown) => string): PropSpec => ({
      write: (t, v) => {
        const { sheet, rect, index } = t as RangeTarget & { index: string };
        const value = check(v);
        editFormats(this.context, { sheet, rect }, (f, r, c) => {
          const edges: ('top' | 'bottom' | 'left' | 'right')[] = [];
          if (index === 'EdgeTop' && r === rect.top) edges.push('top');
          if (index === 'EdgeBottom' && r === rect.bottom) edges.push('bottom');
          if (index === 'EdgeLeft' && c === rect.left) edges.push('left');
          if (index === 'EdgeRight' && c === rect.right) edges.push('right');
          if (index === 'InsideHorizontal') {
            if (r > rect.top) edges.push('top');
            if (r < rect.bottom) edges.push('bottom');
          }
          if (index === 'InsideVertical') {
            if (c > rect.left) edges.push('left');
            if (c < rect.right) edges.push('right');
          }
          for (const e of edges) {
            f.borders ??= {};
            f.borders[e] = { ...(f.borders[e] ?? {}), [field]: value };
          }
        });
      },
    });
    return {
      style: set(
        'style',
        oneOf(['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot']),
      ),
      weight: set('weight', oneOf(['Hairline', 'Thin', 'Medium', 'Thick'])),
      color: set('color', (v) => String(v)),
    };
  }
}
accessors(RangeBorder, ['style', 'weight', 'color']);

// ---------------------------------------------------------------- conditional formats

export class ConditionalFormatCollection extends ClientObject {
  readonly _typeName = 'ConditionalFormatCollection';
  _props(): Record<string, PropSpec> {
    return {};
  }
  add(type: string): ConditionalFormat {
    return this._create(
      'Add',
      [type],
      (p) => new ConditionalFormat(this.context, p, () => null),
      (t) => {
        if (type !== 'Custom') throw new FakeLimitError(`fake: conditional format type ${type} is not emulated`);
        const { sheet, rect } = t as RangeTarget;
        const cf: ConditionalFormatState = { rect: { ...rect }, type, formula: null };
        alive(this.context, sheet).conditional.push(cf);
        return cf;
      },
    );
  }
}

export class ConditionalFormat extends ClientObject {
  readonly _typeName = 'ConditionalFormat';
  _props(): Record<string, PropSpec> {
    return {};
  }
  get custom(): CustomConditionalFormat {
    return this._navigate('Custom', (p) => new CustomConditionalFormat(this.context, p, (t) => t));
  }
}

export class CustomConditionalFormat extends ClientObject {
  readonly _typeName = 'CustomConditionalFormat';
  _props(): Record<string, PropSpec> {
    return {};
  }
  get rule(): ConditionalFormatRule {
    return this._navigate('Rule', (p) => new ConditionalFormatRule(this.context, p, (t) => t));
  }
  get format(): ConditionalRangeFormat {
    return this._navigate('Format', (p) => new ConditionalRangeFormat(this.context, p, (t) => t));
  }
}

export class ConditionalFormatRule extends ClientObject {
  readonly _typeName = 'ConditionalFormatRule';
  _props(): Record<string, PropSpec> {
    return {
      formula: {
        write: (t, v) => {
          if (typeof v !== 'string' || !v.startsWith('='))
            throw new HostError('InvalidArgument', `A rule formula starts with "=": ${JSON.stringify(v)}`);
          (t as ConditionalFormatState).formula = v;
        },
      },
    };
  }
}
accessors(ConditionalFormatRule, ['formula']);

export class ConditionalRangeFormat extends ClientObject {
  readonly _typeName = 'ConditionalRangeFormat';
  _props(): Record<string, PropSpec> {
    return {};
  }
  get font(): ClientObject {
    return this._navigate('Font', (p) => new ConditionalColor(this.context, p, (t) => t, 'fontColor'));
  }
  get fill(): ClientObject {
    return this._navigate('Fill', (p) => new ConditionalColor(this.context, p, (t) => t, 'fillColor'));
  }
}

class ConditionalColor extends ClientObject {
  readonly _typeName = 'ConditionalRangeFontOrFill';
  constructor(
    ctx: Ctx,
    path: PathArg,
    resolver: (parent: unknown) => unknown,
    private readonly field: 'fontColor' | 'fillColor',
  ) {
    super(ctx, path, resolver);
  }
  _props(): Record<string, PropSpec> {
    return { color: { write: (t, v) => ((t as ConditionalFormatState)[this.field] = String(v)) } };
  }
}
accessors(ConditionalColor, ['color']);

// ---------------------------------------------------------------- names

interface NameTarget {
  wb: WorkbookState;
  key: string;
}

export class NamedItemCollection extends ClientObject {
  readonly _typeName = 'NamedItemCollection';
  _props(): Record<string, PropSpec> {
    return {};
  }
  getItem(name: string): NamedItem {
    return this._method(
      'GetItem',
      [name],
      (p) => new NamedItem(this.context, p, (wb) => ((wb as WorkbookState).name(name) ? { wb, key: name } : null)),
    );
  }
  getItemOrNullObject(name: string): NamedItem {
    return this._method(
      'GetItemOrNullObject',
      [name],
      (p) =>
        new NamedItem(this.context, p, (wb) => ((wb as WorkbookState).name(name) ? { wb, key: name } : null), true),
    );
  }
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    if (!(reference instanceof Range)) throw new FakeLimitError('fake: names.add takes a Range here');
    return this._create(
      'Add',
      comment === undefined ? [name, reference] : [name, reference, comment],
      (p) => new NamedItem(this.context, p, () => null),
      (wb) => {
        const { sheet, rect } = reference._resolve() as RangeTarget;
        (wb as WorkbookState).addName(name, alive(this.context, sheet), rect, comment);
        return { wb, key: name };
      },
    );
  }
}

export class NamedItem extends ClientObject {
  readonly _typeName = 'NamedItem';
  _props(): Record<string, PropSpec> {
    const n = (t: unknown) => {
      const { wb, key } = t as NameTarget;
      const item = wb.name(key);
      if (!item) throw new HostError('ItemNotFound', `Name ${key} not found`);
      return { wb, item };
    };
    return {
      name: { read: (t) => n(t).item.name },
      formula: { read: (t) => n(t).wb.nameFormula(n(t).item) },
      comment: { read: (t) => n(t).item.comment, write: (t, v) => (n(t).item.comment = String(v)) },
      type: { read: (t) => (n(t).wb.nameFormula(n(t).item).includes('#REF!') ? 'Error' : 'Range') },
    };
  }
  delete(): void {
    this._call('Delete', [], (t) => (t as NameTarget).wb.deleteName((t as NameTarget).key));
  }
}
accessors(NamedItem, ['name', 'formula', 'comment', 'type']);

// ---------------------------------------------------------------- context

export function createContext(host: FakeHost): FakeRequestContext {
  return new FakeRequestContext(
    host,
    (ctx) => new Workbook(ctx, { type: 'Root', name: 'Workbook', args: [], parent: null }, () => ctx.host.state),
  );
}
