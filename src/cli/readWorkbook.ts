/**
 * CLI reading side: an .xlsx file → one `Grid` per worksheet for the engine.
 *
 * The grids come from the package parts, read by ECMA-376 (`./xlsx/read`: parts found through
 * the relationships, any namespace prefix, Strict or Transitional, cell positions inferred when
 * `r` is absent). ExcelJS (`xlsx.load` + `worksheetToGrid`) is only the fallback for markup that
 * reader does not follow (CDATA, comments inside cells…); its own failures are reported as the
 * file being broken, in one line.
 *
 * Rules:
 * - The file is sniffed before ExcelJS sees it: a zip (`PK\x03\x04`) is read; an OLE compound file
 *   (`D0 CF 11 E0 A1 B1 1A E1`) is an encrypted .xlsx when it holds the UTF-16LE stream name
 *   `EncryptedPackage`, otherwise an old .xls — an `.xls` or an OpenDocument `.ods` (a zip whose
 *   `mimetype` entry says so) is converted to .xlsx first (`./convert`); anything else (text, CSV,
 *   0 bytes) is not an .xlsx.
 *   A zip whose package has no workbook (a renamed .docx) is not an .xlsx; a zip entry encrypted by a
 *   zip tool is the password message; a part the workbook needs that is missing or unreadable makes
 *   the file broken, naming the part. Each case is a one-line Vietnamese message, never a throw.
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
 * - Every worksheet gives a grid (empty sheets give `values: []`), except the results sheets chitieu
 *   itself added (marked by the defined name `OWN_SHEET_MARK`); a workbook whose sheets are all
 *   empty is refused.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { fillRows, parseRangeAddress, putCell, type CellRange, type CellValue, type Grid } from '../core/grid';
import { refuse, type Refusal } from '../core/refusal';
import { convertToXlsx, isOdsPackage, type ConvertedKind } from './convert';
import { decodeLegacyGrid } from '../core/legacyGrid';
import { legacyFontOf } from '../core/legacyText';
import { BrokenPartError, NotAWorkbookError, openWorkbook, type DefinedName } from './xlsx/read';
import { referencedSheets } from './xlsx/inject';
import { EncryptedZipError } from './xlsx/zip';

/**
 * `bytes` are the package the copy is written from without reading the file again: the file as
 * read, or for an `.xls`/`.ods` its conversion to `.xlsx` (`convertedFrom` then says from what).
 */
export type WorkbookRead = { ok: true; grids: Grid[]; bytes: Buffer; convertedFrom?: ConvertedKind } | Refusal;

/** What the first bytes say a file is. */
export type FileKind = 'xlsx' | 'encrypted' | 'xls' | 'ods' | 'not_xlsx';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** The refusal of a file whose first bytes say it is not an .xlsx workbook (or an old one that did not convert). */
const KIND_REFUSAL = { encrypted: 'password', xls: 'old-xls', ods: 'broken-ods', not_xlsx: 'not-xlsx' } as const;

/**
 * Reads an .xlsx workbook into grids, or says in Vietnamese why it cannot. The grids come straight
 * from the package parts (`./xlsx/read`); a package holding markup that reader does not follow, or
 * a zip it cannot open, is loaded with ExcelJS, whose failures are the "broken file" refusal.
 */
export async function readWorkbook(path: string): Promise<WorkbookRead> {
  const file = await xlsxBytes(path);
  if (!file.ok) return file;
  const read = (await readPackageFast(file.bytes, file.name)) ?? (await readWithExcelJS(file.bytes, file.name));
  return read.ok && file.convertedFrom ? { ...read, convertedFrom: file.convertedFrom } : read;
}

/** `readWorkbook` through ExcelJS only (the fallback; kept callable as the fast reader's oracle). */
export async function readWorkbookWithExcelJS(path: string): Promise<WorkbookRead> {
  const file = await xlsxBytes(path);
  if (!file.ok) return file;
  return readWithExcelJS(file.bytes, file.name);
}

/** The file's bytes when they look like an .xlsx package; else the refusal. */
async function xlsxBytes(
  path: string,
): Promise<{ ok: true; bytes: Buffer; name: string; convertedFrom?: ConvertedKind } | Refusal> {
  const read = await readBytes(path);
  if (!read.ok) return read;
  const name = basename(path);
  const kind = sniffFileKind(read.bytes);
  if (kind === 'xlsx') return { ok: true, bytes: read.bytes, name };
  if (kind !== 'xls' && kind !== 'ods') return refuse(KIND_REFUSAL[kind], name);
  const converted = await convertToXlsx(read.bytes);
  if (!converted.ok) return refuse(converted.reason === 'encrypted' ? 'password' : KIND_REFUSAL[kind], name);
  return { ok: true, bytes: converted.bytes, name, convertedFrom: kind };
}

/**
 * The workbook read from its package parts (`./xlsx/read`), or its refusal for the true reason:
 * a zip that is no spreadsheet, a zip tool's password, a missing or broken part (named); null when
 * the package holds markup that reader does not follow, left to ExcelJS.
 */
export async function readPackageFast(bytes: Buffer, name: string): Promise<WorkbookRead | null> {
  try {
    const wb = openWorkbook(bytes);
    if (wb.sheets.length === 0) return refuse('empty-workbook', name);
    const own = ownSheetsOf(wb.definedNames);
    const grids: Grid[] = [];
    wb.sheets.forEach((sheet, i) => {
      if (!own.has(sheet.name.toLocaleLowerCase('vi'))) grids.push(wb.readSheet(i));
    });
    if (grids.every((g) => g.values.length === 0)) return refuse('empty-workbook', name);
    return { ok: true, grids, bytes };
  } catch (err) {
    if (err instanceof NotAWorkbookError) return refuse('not-xlsx', name);
    if (err instanceof EncryptedZipError) return refuse('password', name);
    if (err instanceof BrokenPartError) return refuse('broken-part', name, err.part);
    if (process.env.CHITIEU_DEBUG === '1') process.stderr.write(`chitieu: read with ExcelJS (${String(err)})\n`);
    return null;
  }
}

/**
 * Names (lower case) of chitieu's own sheets: those the workbook-level name `OWN_SHEET_MARK` points
 * at — the injector's rule (names compared as Excel compares them, case-insensitively).
 */
function ownSheetsOf(names: DefinedName[]): Set<string> {
  const marked = names.filter((n) => n.localSheetId === null && n.name.toLowerCase() === OWN_SHEET_MARK.toLowerCase());
  return new Set(marked.flatMap((n) => referencedSheets(n.formula)).map((s) => s.toLocaleLowerCase('vi')));
}

async function readWithExcelJS(bytes: Buffer, name: string): Promise<WorkbookRead> {
  // Loaded only here: the fast path never pays ExcelJS' ~0.2 s of start-up.
  const { default: ExcelJSModule } = await import('exceljs');
  const workbook = new ExcelJSModule.Workbook();
  let grids: Grid[];
  try {
    // ExcelJS declares its own `Buffer` (an ArrayBuffer); at runtime it takes Node's Buffer.
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

/**
 * Workbook-level defined name that marks the sheets chitieu created (it points at their A1), so a
 * later run neither reads them as data nor keeps them: it replaces them. Excel keeps the name in
 * step when the user renames the sheet.
 */
export const OWN_SHEET_MARK = 'chitieu.BaoCao';

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

/** Classifies a file by its signature (and, for OLE files, by the encrypted-package stream name). */
export function sniffFileKind(bytes: Buffer): FileKind {
  if (startsWith(bytes, ZIP_SIGNATURE)) return isOdsPackage(bytes) ? 'ods' : 'xlsx';
  if (startsWith(bytes, OLE_SIGNATURE)) return bytes.includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'xls';
  return 'not_xlsx';
}

function startsWith(bytes: Buffer, signature: Buffer): boolean {
  return bytes.length >= signature.length && bytes.subarray(0, signature.length).equals(signature);
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
