/**
 * The ExcelJS fallback, the same in every host (the CLI and the web page's worker): it reads the
 * grids of a package whose markup the package reader does not follow (CDATA, an undefined entity…)
 * and rebuilds the whole copy when the injector cannot edit the package (no styles part, zip64…).
 * The host hands in how to load ExcelJS (`await import('exceljs')`: Node's build in the CLI, its
 * browser build in the page), so ExcelJS is loaded only when a file needs it and this module only
 * names its types. Bytes in, bytes out: no file system.
 *
 * Rules of the ExcelJS reading (the package reader follows the same, see src/xlsx/read):
 * - Values: numbers, strings and booleans as they are; rich text → its plain text; a hyperlinked
 *   cell → its value; a formula (plain, shared or array) → its cached result (none or '' → `null`;
 *   0 and false are kept); an error value or result → `{ error: '#DIV/0!' }`; the empty string →
 *   `null`.
 * - Dates become Excel serial numbers (what Excel itself stores and office-js' `range.values`
 *   returns, so both adapters agree): 1 Jan 2020 → 43831, honouring the workbook's 1904 date system.
 *   The cell keeps its date number format in `numberFormats`.
 * - `numberFormats` holds the format code of cells that have a value (as written), `null` for General.
 * - `textStyles` holds the italics and indent level of text cells (font `italic`, `alignment.indent`).
 * - `merges` come from the sheet's merge list ("A1:D1" → 0-based ranges); only the master cell of a
 *   merge carries a value, the other cells of the area read as empty.
 * - Only cells holding a value are visited, and each row ends at its last value, trailing empty rows
 *   are dropped: `values` covers the real used area even when formatting reaches XFD1048576.
 * - Text is returned as stored; the font of a text cell set in a legacy Vietnamese font (TCVN3,
 *   VNI) goes in `legacyFonts`, for the run to decode it by (`runReport`, DOMAIN.md §7.6).
 * - chitieu's own results sheets (marked by the defined name `OWN_SHEET_MARK`) are not read; a
 *   workbook whose sheets are all empty is refused. ExcelJS' own failures are the file being broken.
 *
 * The rebuilt copy keeps what ExcelJS models (values, formulas, styles, merges); the summary sheet
 * of an earlier run is replaced, a user's sheet that bears its name is left alone.
 */
import type ExcelJS from 'exceljs';
import {
  fillRows,
  parseRangeAddress,
  putCell,
  textStyleOf,
  type CellRange,
  type CellValue,
  type Grid,
  type TextStyle,
} from '../core/grid';
import { legacyFontOf } from '../core/legacyText';
import { refuse } from '../core/refusal';
import { OWN_SHEET_MARK } from '../core/sheetName';
import type { ReportSheetModel } from '../core/report';
import { qualifiedCell } from '../core/report/formulas';
import type { FileFallback, WorkbookRead } from './fallback';
import { renderReportSheet } from './renderSheet';

/** ExcelJS' module as `import('exceljs')` gives its default export. */
export type ExcelJSModule = typeof ExcelJS;

export interface ExcelJSFallbackOptions {
  /** Told each time a file is read through ExcelJS (the CLI's CHITIEU_DEBUG line). */
  onRead?: (name: string) => void;
  /** Told why a rebuild failed (the copy then gets the "copy failed" refusal). */
  onRebuildFailure?: (error: unknown) => void;
}

/** The ExcelJS reader and rebuilder, ExcelJS loaded by `load` the first time a file needs it. */
export function exceljsFallback(
  load: () => Promise<ExcelJSModule>,
  options: ExcelJSFallbackOptions = {},
): Required<Pick<FileFallback, 'readGrids' | 'rebuildCopy'>> {
  return {
    readGrids: async (bytes, name) => {
      options.onRead?.(name);
      return readWithExcelJS(await load(), bytes, name);
    },
    rebuildCopy: async (bytes, model) => {
      try {
        return await rebuildWithExcelJS(await load(), bytes, model);
      } catch (error) {
        // ExcelJS throws plain TypeErrors on packages it half understands: the user's file, not a bug here.
        options.onRebuildFailure?.(error);
        return null;
      }
    },
  };
}

/** A workbook's grids as ExcelJS reads them, or the refusal (see the module comment for the rules). */
export async function readWithExcelJS(module: ExcelJSModule, bytes: Uint8Array, name: string): Promise<WorkbookRead> {
  const workbook = new module.Workbook();
  let grids: Grid[];
  try {
    // ExcelJS declares its own `Buffer` (an ArrayBuffer); at runtime it takes a Uint8Array.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    // A zip without worksheets (a renamed .docx or .zip) loads as an empty workbook.
    if (workbook.worksheets.length === 0) return refuse('not-xlsx', name);
    const date1904 = Boolean(workbook.properties?.date1904);
    const own = ownSheetNames(workbook);
    grids = workbook.worksheets.filter((ws) => !own.has(ws.name)).map((ws) => worksheetToGrid(ws, date1904));
  } catch {
    // ExcelJS' own failures (`Cannot read properties of undefined…`) are its, not the user's: one line.
    return refuse('corrupted', name);
  }
  if (grids.every((g) => g.values.length === 0)) return refuse('empty-workbook', name);
  return { ok: true, grids, bytes };
}

/** The whole workbook loaded and saved again by ExcelJS with the summary sheet. */
async function rebuildWithExcelJS(
  module: ExcelJSModule,
  bytes: Uint8Array,
  model: ReportSheetModel,
): Promise<Uint8Array> {
  const workbook = new module.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  addModelSheet(workbook, model);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Names of the sheets marked as chitieu's own. */
export function ownSheetNames(workbook: ExcelJS.Workbook): Set<string> {
  const ranges = workbook.definedNames.getRanges(OWN_SHEET_MARK).ranges;
  return new Set(ranges.map(sheetOfReference).filter((name): name is string => name !== null));
}

/** `'Báo cáo chỉ tiêu'!$A$1` → `Báo cáo chỉ tiêu`; null without a sheet part. */
function sheetOfReference(ref: string): string | null {
  const m = /^'((?:[^']|'')+)'!|^([^'!]+)!/.exec(ref);
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/** ExcelJS' `ValueType` values this reader tests (the module itself is loaded only when needed). */
export const VALUE_TYPE = { merge: 1, formula: 6 } as const;

/** One worksheet's used area as a Grid (see the module comment for the rules). */
export function worksheetToGrid(ws: ExcelJS.Worksheet, date1904 = false): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
  const styles: (TextStyle | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === VALUE_TYPE.merge) return;
      // A formula's cached result from `cell.result`: `cell.value` drops a result of 0 or false.
      const formula = cell.type === VALUE_TYPE.formula;
      const value = toCellValue(formula ? (cell.result ?? null) : cell.value, date1904);
      if (value === null) return;
      const [r, c] = [rowNumber - 1, colNumber - 1];
      putCell(values, r, c, value);
      if (cell.numFmt && cell.numFmt !== 'General') putCell(numberFormats, r, c, cell.numFmt);
      if (typeof value !== 'string') return;
      const font = cell.font?.name;
      if (font && legacyFontOf(font)) putCell(fonts, r, c, font);
      const style = textStyleOf(cell.font?.italic, cell.alignment?.indent, cell.alignment?.horizontal);
      if (style) putCell(styles, r, c, style);
    });
  });
  const grid: Grid = { sheet: ws.name, values: fillRows(values, values.length) };
  if (numberFormats.length > 0) grid.numberFormats = fillRows(numberFormats, values.length);
  const merges = worksheetMerges(ws);
  if (merges.length > 0) grid.merges = merges;
  if (fonts.length > 0) grid.legacyFonts = fillRows(fonts, values.length);
  if (styles.length > 0) grid.textStyles = fillRows(styles, values.length);
  return grid;
}

/** The plain value of an ExcelJS cell value, as the engine reads it. */
export function toCellValue(value: ExcelJS.CellValue, date1904 = false): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return excelSerial(value, date1904);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return plainText(value) || null;
  if ('hyperlink' in value) return plainText(value.text) || null;
  if ('formula' in value || 'sharedFormula' in value) return toCellValue(value.result ?? null, date1904);
  return null;
}

function plainText(text: unknown): string {
  if (typeof text === 'string') return text;
  const runs = (text as ExcelJS.CellRichTextValue | undefined)?.richText;
  return Array.isArray(runs) ? runs.map((run) => run.text).join('') : '';
}

const MS_PER_DAY = 24 * 3600 * 1000;

/** Excel's serial day number of a date as ExcelJS decoded it (UTC midnight = whole day). */
function excelSerial(date: Date, date1904: boolean): number {
  return 25569 + date.getTime() / MS_PER_DAY - (date1904 ? 1462 : 0);
}

/** The sheet's merged areas as 0-based ranges. */
export function worksheetMerges(ws: ExcelJS.Worksheet): CellRange[] {
  if (!ws.hasMerges) return [];
  const merges: string[] = ws.model.merges ?? [];
  return merges.map(parseRangeAddress).filter((r): r is CellRange => r !== null);
}

/**
 * Adds the summary sheet (first free name) and returns it. The sheet of an earlier run is replaced;
 * a user's sheet that happens to bear the name is left alone.
 */
export function addModelSheet(workbook: ExcelJS.Workbook, model: ReportSheetModel): ExcelJS.Worksheet {
  removeOwnSheets(workbook);
  const sheet = renderReportSheet(workbook, model);
  workbook.definedNames.add(qualifiedCell(sheet.name, '$A$1'), OWN_SHEET_MARK);
  return sheet;
}

function removeOwnSheets(workbook: ExcelJS.Workbook): void {
  for (const name of ownSheetNames(workbook)) {
    const sheet = workbook.getWorksheet(name);
    if (sheet) workbook.removeWorksheet(sheet.id);
  }
  for (const ref of workbook.definedNames.getRanges(OWN_SHEET_MARK).ranges)
    workbook.definedNames.remove(ref, OWN_SHEET_MARK);
}
