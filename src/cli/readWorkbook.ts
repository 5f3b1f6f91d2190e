/**
 * CLI reading side: an .xlsx (or .xls/.ods) file → one `Grid` per worksheet for the engine. The
 * file system is here (reading the bytes, its refusals); what the bytes hold is read by the
 * host-neutral pipeline (`src/workbookFile/read`), which the web page shares. This file hands it
 * the CLI's fallbacks: SheetJS for `.xls`/`.ods`, and ExcelJS (`xlsx.load` + `worksheetToGrid`)
 * for markup the package reader does not follow (CDATA, comments inside cells…), its own failures
 * reported as the file being broken, in one line.
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
 * - `merges` come from the sheet's merge list ("A1:D1" → 0-based ranges); only the master cell of a
 *   merge carries a value, the other cells of the area read as empty.
 * - Only cells holding a value are visited, and each row ends at its last value, trailing empty rows
 *   are dropped: `values` covers the real used area even when formatting reaches XFD1048576.
 * - Legacy Vietnamese text (TCVN3, VNI) is decoded to Unicode by the cell's font or its content
 *   (`decodeLegacyGrid`, DOMAIN.md §7.6), and the decoded cells recorded in `decodedText`.
 * - chitieu's own results sheets (marked by the defined name `OWN_SHEET_MARK`) are not read; a
 *   workbook whose sheets are all empty is refused.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { fillRows, parseRangeAddress, putCell, type CellRange, type CellValue, type Grid } from '../core/grid';
import { refuse, type Refusal } from '../core/refusal';
import { decodeLegacyGrid } from '../core/legacyGrid';
import { legacyFontOf } from '../core/legacyText';
import { convertToXlsx } from '../workbookFile/convert';
import type { FileFallback, WorkbookRead } from '../workbookFile/fallback';
import { OWN_SHEET_MARK } from '../workbookFile/ownSheets';
import { readWorkbookBytes, workbookPackage } from '../workbookFile/read';

export { OWN_SHEET_MARK };
export { readPackageFast } from '../workbookFile/read';
export { sniffFileKind, type FileKind } from '../workbookFile/sniff';
export type { WorkbookRead };

/** The CLI's readers for what the package reader does not cover: SheetJS and ExcelJS, each loaded only when needed. */
export const READ_FALLBACK: FileFallback = {
  convert: convertToXlsx,
  readGrids: (bytes, name) => {
    if (process.env.CHITIEU_DEBUG === '1') process.stderr.write(`chitieu: ${name}: read with ExcelJS\n`);
    return readWithExcelJS(bytes, name);
  },
};

/**
 * Reads a workbook file into grids, or says in Vietnamese why it cannot: the file's own refusals
 * (missing, a folder, no permission), then the pipeline's (`readWorkbookBytes`).
 */
export async function readWorkbook(path: string): Promise<WorkbookRead> {
  const file = await readBytes(path);
  if (!file.ok) return file;
  return readWorkbookBytes(file.bytes, basename(path), READ_FALLBACK);
}

/** `readWorkbook` through ExcelJS only (the fallback; kept callable as the package reader's oracle). */
export async function readWorkbookWithExcelJS(path: string): Promise<WorkbookRead> {
  const file = await readBytes(path);
  if (!file.ok) return file;
  const pkg = await workbookPackage(file.bytes, basename(path), READ_FALLBACK);
  return pkg.ok ? readWithExcelJS(pkg.bytes, basename(path)) : pkg;
}

async function readWithExcelJS(bytes: Uint8Array, name: string): Promise<WorkbookRead> {
  // Loaded only here: the fast path never pays ExcelJS' ~0.2 s of start-up.
  const { default: ExcelJSModule } = await import('exceljs');
  const workbook = new ExcelJSModule.Workbook();
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

async function readBytes(path: string): Promise<{ ok: true; bytes: Buffer } | Refusal> {
  try {
    return { ok: true, bytes: await readFile(path) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return refuse('file-not-found', path);
    if (code === 'EISDIR') return refuse('not-a-file', path);
    if (code === 'EACCES' || code === 'EPERM') return refuse('no-read-permission', path);
    throw err;
  }
}

/** ExcelJS' `ValueType` values this reader tests (the module itself is loaded only when needed). */
export const VALUE_TYPE = { merge: 1, formula: 6 } as const;

/** One worksheet's used area as a Grid (see the module comment for the rules). */
export function worksheetToGrid(ws: ExcelJS.Worksheet, date1904 = false): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
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
      const font = typeof value === 'string' ? cell.font?.name : undefined;
      if (font && legacyFontOf(font)) putCell(fonts, r, c, font);
    });
  });
  const grid: Grid = { sheet: ws.name, values: fillRows(values, values.length) };
  if (numberFormats.length > 0) grid.numberFormats = fillRows(numberFormats, values.length);
  const merges = worksheetMerges(ws);
  if (merges.length > 0) grid.merges = merges;
  if (fonts.length > 0) grid.legacyFonts = fillRows(fonts, values.length);
  return decodeLegacyGrid(grid);
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
  return merges.map(parseRange).filter((r): r is CellRange => r !== null);
}

/** `"A1:D1"` (or a single `"B2"`) → 0-based range; null for anything else. */
export const parseRange = parseRangeAddress;
