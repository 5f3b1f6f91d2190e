/**
 * Reading half of the pipeline: a workbook file's bytes → one `Grid` per worksheet for the engine,
 * the same in every host (no file system here: the host reads the bytes).
 *
 * The grids come from the package parts, read by ECMA-376 (`src/xlsx/read`: parts found
 * through the relationships, any namespace prefix, Strict or Transitional, cell positions inferred
 * when `r` is absent). The host's fallback (ExcelJS, `exceljsFallback`) reads only markup that
 * reader does not follow (CDATA, comments inside cells…).
 *
 * Rules:
 * - The bytes are sniffed first (`./sniff`): an `.xls` or an OpenDocument `.ods` is converted to
 *   .xlsx by the host's converter; anything else that is not a zip is not an .xlsx.
 *   A zip whose package has no workbook (a renamed .docx) is not an .xlsx; a zip entry encrypted by
 *   a zip tool is the password message; a part the workbook needs that is missing or unreadable
 *   makes the file broken, naming the part. Each case is a one-line Vietnamese refusal, never a throw.
 * - Every worksheet gives a grid (empty sheets give `values: []`), except the results sheets chitieu
 *   itself added (marked by the defined name `OWN_SHEET_MARK`); a workbook whose sheets are all
 *   empty is refused.
 */
import type { Grid } from '../core/grid';
import { refuse, type Refusal } from '../core/refusal';
import { OWN_SHEET_MARK } from '../core/sheetName';
import { BrokenPartError, NotAWorkbookError, openWorkbook, type DefinedName } from '../xlsx/read';
import { referencedSheets } from '../xlsx/inject';
import { EncryptedZipError } from '../xlsx/zip';
import type { ConvertedKind } from './convert';
import type { FileFallback, WorkbookRead } from './fallback';
import { sniffFileKind } from './sniff';

/** The refusal of a file whose first bytes say it is not an .xlsx workbook (or an old one that did not convert). */
const KIND_REFUSAL = { encrypted: 'password', xls: 'old-xls', ods: 'broken-ods', not_xlsx: 'not-xlsx' } as const;

/**
 * Reads a workbook file (`name` is how messages call it) into grids, or says in Vietnamese why it
 * cannot. `bytes` of the result are the `.xlsx` package the copy is made from: the file itself, or
 * for an `.xls`/`.ods` its conversion (`convertedFrom` then says from what).
 */
export async function readWorkbookBytes(
  bytes: Uint8Array,
  name: string,
  fallback: FileFallback = {},
): Promise<WorkbookRead> {
  const file = await workbookPackage(bytes, name, fallback);
  if (!file.ok) return file;
  const read = (await readPackageFast(file.bytes, name)) ?? (await readWithFallback(file.bytes, name, fallback));
  return read.ok && file.convertedFrom ? { ...read, convertedFrom: file.convertedFrom } : read;
}

/** The bytes when they are an .xlsx package, the conversion of an .xls/.ods; else the refusal. */
export async function workbookPackage(bytes: Uint8Array, name: string, fallback: FileFallback): Promise<XlsxPackage> {
  const kind = sniffFileKind(bytes);
  if (kind === 'xlsx') return { ok: true, bytes };
  if (kind !== 'xls' && kind !== 'ods') return refuse(KIND_REFUSAL[kind], name);
  if (!fallback.convert) return refuse('no-converter', name, kind);
  const converted = await fallback.convert(bytes);
  if (!converted.ok) return refuse(converted.reason === 'encrypted' ? 'password' : KIND_REFUSAL[kind], name);
  return { ok: true, bytes: converted.bytes, convertedFrom: kind };
}

export type XlsxPackage = { ok: true; bytes: Uint8Array; convertedFrom?: ConvertedKind } | Refusal;

function readWithFallback(bytes: Uint8Array, name: string, fallback: FileFallback): Promise<WorkbookRead> {
  return fallback.readGrids ? fallback.readGrids(bytes, name) : Promise.resolve(refuse('unusual-markup', name));
}

/**
 * The workbook read from its package parts, or its refusal for the true reason: a zip that is no
 * spreadsheet, a zip tool's password, a missing or broken part (named); null when the package holds
 * markup that reader does not follow, left to the fallback.
 */
// Async for its callers' sake: the fallback it stands in front of is.
export async function readPackageFast(bytes: Uint8Array, name: string): Promise<WorkbookRead | null> {
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
