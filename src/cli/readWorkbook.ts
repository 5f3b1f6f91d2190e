/**
 * CLI reading side: an .xlsx file → one `Grid` per worksheet for the engine.
 *
 * Two readers give the same grids: the fast one (`./xlsx/readGrids`) reads the package parts
 * directly, mirroring what ExcelJS makes of them; the ExcelJS one (`xlsx.load` + `worksheetToGrid`)
 * is the fallback for what the fast one does not mirror with certainty, and the one that tells a
 * broken or non-workbook zip apart. The rules below are ExcelJS's, and so the fast reader's.
 *
 * Rules:
 * - The file is sniffed before ExcelJS sees it: a zip (`PK\x03\x04`) is read — an OpenDocument
 *   `.ods` (its `mimetype` entry says so) after conversion to .xlsx (`./convert`); an OLE compound
 *   file (`D0 CF 11 E0 A1 B1 1A E1`) is an encrypted .xlsx when it holds the UTF-16LE stream name
 *   `EncryptedPackage`, otherwise an old .xls, converted too; anything else (text, CSV, 0 bytes) is
 *   not an .xlsx.
 *   A zip ExcelJS cannot load is corrupted; one without worksheets (a renamed .docx) is not an .xlsx.
 *   Each case is a one-line Vietnamese message, never a throw.
 * - Values: numbers, strings and booleans as they are; rich text → its plain text; a hyperlink →
 *   its text; a formula (plain, shared or array) → its cached result, since ExcelJS never
 *   calculates (no cached result or '' → `null`; 0 and false are kept — read from `cell.result`,
 *   since ExcelJS's `cell.value` drops falsy results), and its text (`=SUM(E8:E9)`) goes to
 *   `formulas`; an error value or result → `{ error: '#DIV/0!' }`; the empty string → `null`.
 * - Dates become Excel serial numbers (what Excel itself stores and office-js' `range.values`
 *   returns, so both adapters agree): 1 Jan 2020 → 43831, honouring the workbook's 1904 date system.
 *   The cell keeps its date number format in `numberFormats`.
 * - `numberFormats` holds `cell.numFmt` of cells that have a value, `null` for General.
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
import { openPackageWorkbook, type DefinedNameModel } from './xlsx/readGrids';

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
 * from the package parts (`./xlsx/readGrids`); a package that reader leaves to ExcelJS (Strict
 * OOXML, an unusual structure, a broken or non-workbook zip) is loaded with ExcelJS, which gives the
 * same grids and the refusals.
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
 * The workbook read from its package parts, or null when the fast reader leaves it to ExcelJS
 * (anything it does not mirror exactly, or an error of its own).
 */
export async function readPackageFast(bytes: Buffer, name: string): Promise<WorkbookRead | null> {
  try {
    const wb = openPackageWorkbook(bytes);
    // No worksheet: a renamed .docx or .zip, or a package ExcelJS reads otherwise; it says which.
    if (wb.sheetNames.length === 0) return null;
    const own = await ownSheetNamesOf(wb.definedNames);
    const grids: Grid[] = [];
    wb.sheetNames.forEach((sheet, i) => {
      if (!own.has(sheet)) grids.push(wb.readSheet(i));
    });
    if (grids.every((g) => g.values.length === 0)) return refuse('empty-workbook', name);
    return { ok: true, grids, bytes };
  } catch (err) {
    if (process.env.CHITIEU_DEBUG === '1') process.stderr.write(`chitieu: read with ExcelJS (${String(err)})\n`);
    return null;
  }
}

async function readWithExcelJS(bytes: Buffer, name: string): Promise<WorkbookRead> {
  // Loaded only here: the fast path never pays ExcelJS' ~0.2 s of start-up.
  const { default: ExcelJSModule } = await import('exceljs');
  const workbook = new ExcelJSModule.Workbook();
  try {
    // ExcelJS declares its own `Buffer` (an ArrayBuffer); at runtime it takes Node's Buffer.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return refuse('corrupted', name);
  }
  // A zip without worksheets (a renamed .docx or .zip) loads as an empty workbook.
  if (workbook.worksheets.length === 0) return refuse('not-xlsx', name);
  const date1904 = Boolean(workbook.properties?.date1904);
  const own = ownSheetNames(workbook);
  const userSheets = workbook.worksheets.filter((ws) => !own.has(ws.name));
  const grids = userSheets.map((ws) => worksheetToGrid(ws, date1904));
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

/**
 * `ownSheetNames` of a workbook whose defined names are `names` (ExcelJS's model of them), through
 * ExcelJS' own `DefinedNames` so both readers agree on every odd mark — loaded only when a workbook
 * carries chitieu's mark at all.
 */
async function ownSheetNamesOf(names: DefinedNameModel[]): Promise<Set<string>> {
  const marks = names.filter((n) => n.name === OWN_SHEET_MARK);
  if (marks.length === 0) return new Set();
  const { default: ExcelJSModule } = await import('exceljs');
  const workbook = new ExcelJSModule.Workbook();
  workbook.definedNames.model = marks;
  return ownSheetNames(workbook);
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
  const formulas: (string | null)[][] = [];
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
      // A shared formula whose master is missing has no text (ExcelJS gives `undefined`).
      if (formula && cell.formula) putCell(formulas, r, c, `=${cell.formula}`);
      const font = typeof value === 'string' ? cell.font?.name : undefined;
      if (font && legacyFontOf(font)) putCell(fonts, r, c, font);
    });
  });
  const grid: Grid = { sheet: ws.name, values: fillRows(values, values.length) };
  if (numberFormats.length > 0) grid.numberFormats = fillRows(numberFormats, values.length);
  if (formulas.length > 0) grid.formulas = fillRows(formulas, values.length);
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
