/**
 * office-js adapter, reading side: the open workbook → one `Grid` per worksheet for the engine,
 * the same grids the ExcelJS reader (`src/cli/readWorkbook.ts`) builds from the saved file.
 *
 * Syncs — two for an ordinary workbook, and why not one: the worksheet collection has no items
 * until a sync returns them, and a used range is a method (`getUsedRangeOrNullObject`), not a
 * navigation property that `worksheets.load('items/…')` could reach. So:
 *   1. `worksheets.load('items/name')` + the `chitieu.BaoCao` name (`getItemOrNullObject` +
 *      `isNullObject`, `formula`) — a few hundred bytes;
 *   2. for every sheet at once (`./readBands`, first pass): its first band of rows — the block
 *      holding values, with `address`, `values`, `numberFormat`, `valueTypes`, the
 *      band's merged areas, and the address of the values below it within `READ_WINDOW` (how far
 *      the bands go) —, the address of its values on the whole sheet (to tell clipping); and, when
 *      the mark carries a fingerprint (`./fingerprint`), chitieu's own report sheet's used-range
 *      `formulas` (of a big report, above ~1,500 indicators, only its address: its contents
 *      follow in bands of ~3.5 MB, one sync each), to tell whether the user edited it since it
 *      was written (`ownSheetEdited`). The sheets share a 4.5 MB budget at an assumed cost per row:
 *      about 5,600 rows for one sheet, so any ordinary workbook is read whole here;
 *   3. and after, only for sheets longer than their first band: their remaining rows in bands sized
 *      from the bytes per cell measured in what came back, several sheets' bands per sync, each
 *      response within 4.5 MB (Excel on the web fails a sync whose response passes 5 MB).
 * The workbook state learnt in sync 1 (sheet names, chitieu's own sheet, the mark) is returned, so
 * the writer needs no lookup of its own: read + write stay at 3 syncs for an ordinary workbook.
 * Fallbacks (`./readBands`): a sheet with more than 512 merged areas in one band makes Excel fail
 * `getMergedAreasOrNullObject`, which fails the whole batch; it is then read again without merges
 * (one more sync), and no sheet keeps merges. A response over the limit all the same (rows heavier
 * than measured) is read again in smaller bands.
 *
 * How much is read (the cap): each sheet through `READ_WINDOW` (A1:CV120000 — 100 columns,
 * 120,000 rows: a table of the engine's 100,000 indicators with its section rows) and only the
 * part of each band that holds values: `getUsedRangeOrNullObject(true)` (values only). Formatting
 * alone — even stray formatting down to XFD1048576 — never widens what is loaded, and a stray value
 * beyond the window is not loaded either: the sheet is then reported in `clipped`. Trailing empty
 * rows and each row's trailing empty cells are dropped (a formula returning "" counts as used for
 * Excel).
 *
 * Values (the CLI reader's rules, so both adapters give equal grids): numbers, strings, booleans as
 * they are; `valueTypes` `Error` → `{ error: '#DIV/0!' }`; the empty string → null; dates are
 * already serial numbers. `numberFormats` holds the format of cells with a value, null for General
 * (formula texts are not loaded: the engine reads values only). Text is returned as stored; where a
 * sheet's content looks like legacy Vietnamese text (TCVN3, VNI) the fonts of its texts are read too
 * (one more sync, for such workbooks only: `./legacyFonts`), for the run to decode by them
 * (`runReport`, DOMAIN.md §7.6). The italics and indent of name cells (`textStyles`, for the row
 * tree) are read in that same sync, only for a sheet whose text leaves its row tree undecided
 * (`./textStyles`): a table numbered on every row pays nothing. Sheets chitieu created (marked by the workbook
 * name `chitieu.BaoCao`) are not read.
 */
/// <reference types="office-js" />
import type { CellRange, Grid } from '../core/grid';
import { OWN_SHEET_MARK, sameSheetName } from '../core/sheetName';
import { refusalMessage } from '../core/refusal';
import { excelApiSupported, excelRefusal, MERGED_AREAS_API, type ExcelRefusal } from './host';
import { refOf, sheetOfNameFormula, parseSheetAddress } from './address';
import {
  FINGERPRINT_MAX_READ_BYTES,
  fingerprintFromComment,
  formulasFingerprint,
  type Fingerprint,
} from './fingerprint';
import { readSheets } from './readBands';
import { queueLegacyFonts } from './legacyFonts';
import { queueTextStyles } from './textStyles';

/** Workbook-level name marking the sheet chitieu created (same mark as the CLI's `OWN_SHEET_MARK`). */
export { OWN_SHEET_MARK };

/** Workbook-level name marking the district consolidation sheet ("Tổng hợp các phường"). */
export const DISTRICT_SHEET_MARK = 'chitieu.TongHop';

/**
 * The part of each sheet that is ever read (0-based, inclusive): 100 columns, 120,000 rows — a
 * table of the engine's maximum (`MAX_INDICATORS`, 100,000) with its section and header rows.
 */
export const READ_WINDOW: CellRange = { top: 0, left: 0, bottom: 119_999, right: 99 };

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
  /**
   * `application.calculationMode` (ExcelApi 1.8): in `Manual` the writer recalculates the sheet it
   * wrote (see `writeReport`). Absent: not known (a state made by hand), taken as automatic.
   */
  calculationMode?: Excel.CalculationMode | `${Excel.CalculationMode}`;
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
      /** Merged areas were read (false on ExcelApi below 1.13, or after Excel refused them). */
      mergesRead: boolean;
      /** chitieu's own report sheet differs from what it wrote (false when unknown or absent). */
      ownSheetEdited: boolean;
      syncs: number;
    }
  | ExcelRefusal;

export const EMPTY_WORKBOOK_MESSAGE = refusalMessage('empty-workbook');

/** The loads of sync 1: the sheet list, chitieu's marks and the calculation mode. */
export interface WorkbookStateLoad {
  sheets: Excel.WorksheetCollection;
  mark: Excel.NamedItem;
  districtMark: Excel.NamedItem;
  application: Excel.Application;
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
  const application = context.workbook.application.load('calculationMode');
  return { sheets, mark, districtMark, application };
}

/** What sync 1 found: the sheets in tab order, chitieu's own sheet and whether the mark exists. */
export function workbookStateOf(loaded: WorkbookStateLoad): { state: WorkbookState; sheets: Excel.Worksheet[] } {
  const { sheets, mark, districtMark, application } = loaded;
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
    calculationMode: application.calculationMode,
  };
  return { state, sheets: sheets.items };
}

/** chitieu's own sheets of the workbook (the report's, the consolidation's), never read as data. */
export function ownSheetsOf(state: WorkbookState): string[] {
  return [state.ownSheet, state.district?.sheet ?? null].filter((n): n is string => n !== null);
}

/** Excel compares sheet names without regard to case (src/core/sheetName.ts). */
export { sameSheetName };

/** Reads every worksheet except chitieu's own into grids (see the module comment for the rules). */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const stateLoad = queueWorkbookState(context);
  await context.sync();
  const { state, sheets } = workbookStateOf(stateLoad);
  const own = ownSheetsOf(state);
  const userSheets = sheets.filter((s) => !own.some((n) => sameSheetName(s.name, n)));
  // The own report sheet's contents, only when there is a fingerprint to compare: a small sheet's in
  // the first data sync; a big one's address there, its contents in bands afterwards.
  const fingerprint = state.ownFingerprint;
  const ownWs =
    state.ownSheet !== null && fingerprint !== undefined
      ? (sheets.find((s) => sameSheetName(s.name, state.ownSheet!)) ?? null)
      : null;
  const small = fingerprint !== undefined && fingerprint.bytes <= FINGERPRINT_MAX_READ_BYTES;
  const read = await readSheets(context, userSheets, {
    window: READ_WINDOW,
    merges: excelApiSupported(MERGED_AREAS_API),
    reservedBytes: ownWs && small ? fingerprint.bytes : 0,
    queueExtra: () => (ownWs ? queueOwnLoad(ownWs, small) : null),
  });
  let syncs = 1 + read.syncs;
  const { clipped, merges: mergesRead, extra: ownLoad } = read;
  // One sync for both, made only when a sheet's text asks for its fonts or its name cells' styles.
  const fonts = queueLegacyFonts(userSheets, read.grids);
  const styles = queueTextStyles(userSheets, read.grids);
  if (fonts || styles) {
    await context.sync();
    syncs++;
  }
  const withFonts = fonts ? fonts.withFonts() : read.grids;
  const grids = styles ? styles.withStyles(withFonts) : withFonts;
  if (grids.every((g) => g.values.length === 0)) return excelRefusal(syncs, 'empty-workbook');
  let ownSheetEdited = false;
  if (ownWs && ownLoad && fingerprint) {
    const blocks = small
      ? [ownBlock(ownLoad)]
      : await readOwnInBands(context, ownWs, ownLoad, fingerprint.bytes).then((r) => ((syncs += r.syncs), r.blocks));
    ownSheetEdited = formulasFingerprint(blocks) !== fingerprint.hash;
  }
  return { ok: true, grids, ownSheets: own, workbook: state, clipped, mergesRead, ownSheetEdited, syncs };
}

/** A loaded own-sheet range as a block for `formulasFingerprint`. */
function ownBlock(load: Excel.Range): { address: string | null; formulas: unknown[][] } {
  return load.isNullObject ? { address: null, formulas: [] } : { address: load.address, formulas: load.formulas };
}

/** Response bytes one band of the own sheet's read-back may take (Excel on the web: 5 MB). */
const OWN_BAND_BYTES = 3_500_000;

/**
 * A big own sheet's contents, in bands of rows sized from the read-back bytes its fingerprint
 * recorded (one sync each): the edit check costs syncs only when re-generating a big report.
 */
async function readOwnInBands(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  used: Excel.Range,
  bytes: number,
): Promise<{ blocks: { address: string | null; formulas: unknown[][] }[]; syncs: number }> {
  if (used.isNullObject) return { blocks: [{ address: null, formulas: [] }], syncs: 0 };
  const area = parseSheetAddress(used.address);
  if (!area) return { blocks: [{ address: null, formulas: [] }], syncs: 0 };
  const rows = area.bottom - area.top + 1;
  const rowsPerBand = Math.max(1, Math.floor(rows / Math.ceil(bytes / OWN_BAND_BYTES)));
  const blocks: { address: string | null; formulas: unknown[][] }[] = [];
  let syncs = 0;
  // Syncs in a loop on purpose: each band is a response of its own under the 5 MB limit.
  for (let top = area.top; top <= area.bottom; top += rowsPerBand) {
    const band = { ...area, top, bottom: Math.min(area.bottom, top + rowsPerBand - 1) };
    const range = ws.getRange(refOf(band));
    range.load('address,formulas');
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one band per sync (5 MB)
    await context.sync();
    syncs++;
    blocks.push({ address: range.address, formulas: range.formulas });
  }
  return { blocks, syncs };
}

/**
 * The own report sheet's used range as `range.formulas` reads it (for its fingerprint); of a big
 * sheet only its address (its contents follow in bands).
 */
function queueOwnLoad(ws: Excel.Worksheet, withContents: boolean): Excel.Range {
  const used = ws.getUsedRangeOrNullObject(true);
  // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is a scalar here, loaded explicitly
  if (withContents) used.load('isNullObject,address,formulas');
  // eslint-disable-next-line office-addins/no-navigational-load -- as above
  else used.load('isNullObject,address');
  return used;
}
