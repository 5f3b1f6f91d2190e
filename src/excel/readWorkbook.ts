/**
 * office-js adapter, reading side: the open workbook → one `Grid` per worksheet for the engine,
 * the same grids the ExcelJS reader (`src/cli/readWorkbook.ts`) builds from the saved file.
 *
 * Syncs — two, and why not one: the worksheet collection has no items until a sync returns them,
 * and a used range is a method (`getUsedRangeOrNullObject`), not a navigation property that
 * `worksheets.load('items/…')` could reach. So:
 *   1. `worksheets.load('items/name')` + the `chitieu.BaoCao` name (`getItemOrNullObject` +
 *      `isNullObject`, `formula`) — a few hundred bytes;
 *   2. for every sheet at once: its data block's `address`, `values`, `formulas`, `numberFormat`,
 *      `valueTypes`, its merged areas, and its whole used range's `address` (to tell clipping);
 *      and, when the mark carries a fingerprint (`./fingerprint`) of a sheet small enough,
 *      chitieu's own report sheet's used-range `formulas`, to tell whether the user edited it
 *      since it was written (`ownSheetEdited`).
 * The workbook state learnt in sync 1 (sheet names, chitieu's own sheet, the mark) is returned, so
 * the writer needs no lookup of its own: read + write stay at 3 syncs.
 * Fallback: a sheet with more than 512 merged areas makes Excel fail `getMergedAreasOrNullObject`,
 * which fails the whole batch; the data is then read again without merges (one more sync).
 *
 * How much is read (the cap): each sheet is read through `READ_WINDOW` (A1:CV10000 — 100 columns,
 * 10,000 rows, far beyond any indicator table) and only the part of it that holds values:
 * `window.getUsedRangeOrNullObject(true)` (values only). Formatting alone — even stray formatting
 * down to XFD1048576 — never widens what is loaded, and a stray value beyond the window is not
 * loaded either: the sheet is then reported in `clipped`. After loading, trailing empty rows and
 * each row's trailing empty cells are dropped (a formula returning "" counts as used for Excel).
 *
 * Values (the CLI reader's rules, so both adapters give equal grids): numbers, strings, booleans as
 * they are; `valueTypes` `Error` → `{ error: '#DIV/0!' }`; the empty string → null; dates are
 * already serial numbers. `numberFormats` holds the format of cells with a value, null for General;
 * `formulas` holds the text of formula cells only. Sheets chitieu created (marked by the workbook
 * name `chitieu.BaoCao`) are not read.
 */
/// <reference types="office-js" />
import type { CellRange, CellValue, Grid } from '../core/grid';
import { excelApiSupported, MERGED_AREAS_API } from './host';
import { parseAreaList, parseSheetAddress, refOf, sheetOfNameFormula } from './address';
import {
  FINGERPRINT_MAX_READ_BYTES,
  fingerprintFromComment,
  formulasFingerprint,
  type Fingerprint,
} from './fingerprint';

/** Workbook-level name marking the sheet chitieu created (same mark as the CLI's `OWN_SHEET_MARK`). */
export const OWN_SHEET_MARK = 'chitieu.BaoCao';

/** Workbook-level name marking the district consolidation sheet ("Tổng hợp các phường"). */
export const DISTRICT_SHEET_MARK = 'chitieu.TongHop';

/** The part of each sheet that is ever read (0-based, inclusive). */
export const READ_WINDOW: CellRange = { top: 0, left: 0, bottom: 9_999, right: 99 };

/** What the writer needs to know about the workbook (learnt while reading, so it need not sync). */
export interface WorkbookState {
  /** Every sheet, in tab order. */
  sheetNames: string[];
  /** chitieu's own sheet from an earlier run, if it still exists. */
  ownSheet: string | null;
  /** Whether the `chitieu.BaoCao` name exists (it may point at `#REF!` after a manual delete). */
  markExists: boolean;
  /** The fingerprint of the own sheet as written, from the mark's comment; absent: none stored. */
  ownFingerprint?: Fingerprint;
  /** chitieu's district consolidation sheet (`chitieu.TongHop`) and whether that name exists; absent: none. */
  district?: { sheet: string | null; markExists: boolean };
}

export type WorkbookRead =
  | {
      ok: true;
      grids: Grid[];
      /** Sheets skipped as chitieu's own. */
      ownSheets: string[];
      workbook: WorkbookState;
      /** Sheets with values beyond `READ_WINDOW`, which were not read. */
      clipped: string[];
      /** chitieu's own report sheet differs from what it wrote (false when unknown or absent). */
      ownSheetEdited: boolean;
      syncs: number;
    }
  | { ok: false; message: string; syncs: number };

export const EMPTY_WORKBOOK_MESSAGE = 'Sổ Excel này không có trang tính nào có dữ liệu.';

interface SheetLoad {
  name: string;
  data: Excel.Range;
  used: Excel.Range;
  merges: Excel.RangeAreas | null;
}

/** The loads of sync 1: the sheet list and chitieu's mark. */
export interface WorkbookStateLoad {
  sheets: Excel.WorksheetCollection;
  mark: Excel.NamedItem;
  districtMark: Excel.NamedItem;
}

/** Queues the loads of sync 1 (read them with `workbookStateOf` after the sync). */
export function queueWorkbookState(context: Excel.RequestContext): WorkbookStateLoad {
  const sheets = context.workbook.worksheets.load('items/name');
  const mark = context.workbook.names.getItemOrNullObject(OWN_SHEET_MARK);
  // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is a scalar here, loaded explicitly
  mark.load('isNullObject,formula,comment');
  const districtMark = context.workbook.names.getItemOrNullObject(DISTRICT_SHEET_MARK);
  // eslint-disable-next-line office-addins/no-navigational-load -- idem
  districtMark.load('isNullObject,formula');
  return { sheets, mark, districtMark };
}

/** What sync 1 found: the sheets in tab order, chitieu's own sheet and whether the mark exists. */
export function workbookStateOf(loaded: WorkbookStateLoad): { state: WorkbookState; sheets: Excel.Worksheet[] } {
  const { sheets, mark, districtMark } = loaded;
  const names = sheets.items.map((s) => s.name);
  const markedSheet = (m: Excel.NamedItem) => {
    const marked = m.isNullObject ? null : sheetOfNameFormula(m.formula);
    return marked === null ? null : (names.find((n) => sameSheetName(n, marked)) ?? null);
  };
  const fingerprint = mark.isNullObject ? null : fingerprintFromComment(mark.comment);
  const state: WorkbookState = {
    sheetNames: names,
    ownSheet: markedSheet(mark),
    markExists: !mark.isNullObject,
    ...(fingerprint === null ? {} : { ownFingerprint: fingerprint }),
    // Only when the mark exists: `district` absent means no consolidation sheet.
    ...(districtMark.isNullObject ? {} : { district: { sheet: markedSheet(districtMark), markExists: true } }),
  };
  return { state, sheets: sheets.items };
}

/** chitieu's own sheets of the workbook (the report's, the consolidation's), never read as data. */
export function ownSheetsOf(state: WorkbookState): string[] {
  return [state.ownSheet, state.district?.sheet ?? null].filter((n): n is string => n !== null);
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
}

/** Reads every worksheet except chitieu's own into grids (see the module comment for the rules). */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const stateLoad = queueWorkbookState(context);
  await context.sync();
  const { state, sheets } = workbookStateOf(stateLoad);
  const own = ownSheetsOf(state);
  const userSheets = sheets.filter((s) => !own.some((n) => sameSheetName(s.name, n)));
  let syncs = 1;
  let withMerges = excelApiSupported(MERGED_AREAS_API);
  let loads = userSheets.map((ws) => queueSheetLoad(ws, withMerges));
  // The own report sheet's contents, in the same sync, only when there is a fingerprint to compare.
  const ownWs =
    state.ownSheet !== null &&
    state.ownFingerprint !== undefined &&
    state.ownFingerprint.bytes <= FINGERPRINT_MAX_READ_BYTES
      ? (sheets.find((s) => sameSheetName(s.name, state.ownSheet!)) ?? null)
      : null;
  let ownLoad = ownWs ? queueOwnLoad(ownWs) : null;
  try {
    syncs++;
    await context.sync();
  } catch (e) {
    if (!withMerges || isPayloadError(e)) throw e;
    // See "Fallback" above: read once more, without merged areas.
    withMerges = false;
    loads = userSheets.map((ws) => queueSheetLoad(ws, false));
    ownLoad = ownWs ? queueOwnLoad(ownWs) : null;
    syncs++;
    await context.sync();
  }
  const grids = loads.map(toGrid);
  if (grids.every((g) => g.values.length === 0)) return { ok: false, message: EMPTY_WORKBOOK_MESSAGE, syncs };
  const clipped = loads.filter(isClipped).map((l) => l.name);
  const ownSheetEdited =
    ownLoad !== null &&
    formulasFingerprint(ownLoad.isNullObject ? null : ownLoad.address, ownLoad.isNullObject ? [] : ownLoad.formulas) !==
      state.ownFingerprint?.hash;
  return { ok: true, grids, ownSheets: own, workbook: state, clipped, ownSheetEdited, syncs };
}

/**
 * The own report sheet's contents as `range.formulas` reads them (for its fingerprint), within
 * `READ_WINDOW` like the user's sheets: a value typed far below cannot blow up the response.
 */
function queueOwnLoad(ws: Excel.Worksheet): Excel.Range {
  const used = ws.getRange(refOf(READ_WINDOW)).getUsedRangeOrNullObject(true);
  // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is a scalar here, loaded explicitly
  used.load('isNullObject,address,formulas');
  return used;
}

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && /PayloadSizeLimitExceeded|PayloadTooLarge/.test(code);
}

function queueSheetLoad(ws: Excel.Worksheet, withMerges: boolean): SheetLoad {
  const window = ws.getRange(refOf(READ_WINDOW));
  const data = window.getUsedRangeOrNullObject(true);
  // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is a scalar here, loaded explicitly
  data.load('isNullObject,address,values,formulas,numberFormat,valueTypes');
  const used = ws.getUsedRangeOrNullObject(true);
  // eslint-disable-next-line office-addins/no-navigational-load -- idem
  used.load('isNullObject,address');
  let merges: Excel.RangeAreas | null = null;
  if (withMerges) {
    merges = window.getMergedAreasOrNullObject();
    merges.load('isNullObject,address');
  }
  return { name: ws.name, data, used, merges };
}

function isClipped(l: SheetLoad): boolean {
  if (l.used.isNullObject) return false;
  const used = parseSheetAddress(l.used.address);
  return used !== null && (used.bottom > READ_WINDOW.bottom || used.right > READ_WINDOW.right);
}

/** One sheet's loaded block → a Grid from A1 (offsets from the block's address). */
function toGrid(l: SheetLoad): Grid {
  const grid: Grid = { sheet: l.name, values: [] };
  if (!l.data.isNullObject) {
    const origin = parseSheetAddress(l.data.address);
    if (origin) fillGrid(grid, origin, l.data.values, l.data.formulas, l.data.numberFormat, l.data.valueTypes);
  }
  if (l.merges && !l.merges.isNullObject) {
    const merges = parseAreaList(l.merges.address);
    if (merges.length > 0) grid.merges = merges;
  }
  return grid;
}

function fillGrid(
  grid: Grid,
  origin: CellRange,
  values: unknown[][],
  formulas: unknown[][],
  numberFormat: unknown[][],
  valueTypes: string[][],
): void {
  const vals: CellValue[][] = [];
  const fmts: (string | null)[][] = [];
  const fxs: (string | null)[][] = [];
  values.forEach((row, i) =>
    row.forEach((raw, j) => {
      const value = toCellValue(raw, valueTypes[i]?.[j]);
      if (value === null) return;
      const [r, c] = [origin.top + i, origin.left + j];
      put(vals, r, c, value);
      const fmt = numberFormat[i]?.[j];
      if (typeof fmt === 'string' && fmt !== '' && fmt !== 'General') put(fmts, r, c, fmt);
      const fx = formulas[i]?.[j];
      // A text constant "=x" reads back with formulas == values; a formula's value is its result.
      if (typeof fx === 'string' && fx.startsWith('=') && fx !== raw) put(fxs, r, c, fx);
    }),
  );
  grid.values = fillGaps(vals, vals.length);
  if (fmts.length > 0) grid.numberFormats = fillGaps(fmts, vals.length);
  if (fxs.length > 0) grid.formulas = fillGaps(fxs, vals.length);
}

/** The engine's value of a cell as office-js returns it. */
export function toCellValue(raw: unknown, valueType: string | undefined): CellValue {
  if (valueType === 'Error') return { error: String(raw) };
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return raw;
  return null;
}

/** Sets `rows[r][c]`, padding that row with nulls up to `c`; other rows stay as they are. */
function put<T>(rows: (T | null)[][], r: number, c: number, value: T): void {
  const row = (rows[r] ??= []);
  while (row.length < c) row.push(null);
  row[c] = value;
}

function fillGaps<T>(rows: T[][], rowCount: number): T[][] {
  return Array.from({ length: rowCount }, (_, r) => rows[r] ?? []);
}
