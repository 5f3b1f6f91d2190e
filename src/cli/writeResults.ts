/**
 * CLI writing side: the copy of the input workbook with chitieu's summary sheet, made by the
 * host-neutral pipeline (`src/workbookFile/write`, which the web page shares) and written here.
 *
 * Rules:
 * - The input file is never written: an output path resolving to the input (same path, a symlink
 *   or a hard link to it) is refused.
 * - Built in memory first: a failure while building leaves no half-written file.
 * - The CLI's fallback for a package the injector cannot edit (Strict OOXML, zip64…) is ExcelJS,
 *   which rewrites the whole workbook and keeps what ExcelJS models (`addReportSheet`).
 */
import { realpathSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import type { Report } from '../core/indicator';
import { buildReportModel, defaultSheetSettings, type SheetSettings } from '../core/report';
import { refuse, type Refusal } from '../core/refusal';
import type { FileFallback } from '../workbookFile/fallback';
import { reportCopy } from '../workbookFile/write';
import { OWN_SHEET_MARK, ownSheetNames } from './readWorkbook';
import { qualifiedCell } from './format';
import { renderReportSheet } from './renderSheet';

export { freeSheetName } from '../core/sheetName';
export { CONTENT_TYPES_NOTICE, REBUILT_NOTICE } from '../workbookFile/write';

export const RESULTS_SHEET_NAME = defaultSheetSettings.sheetName;

/**
 * `notice`: what the user must know about a copy that is not the input plus the sheet alone — it
 * had to be rebuilt through ExcelJS (and what that may lose), or the input lacked a part the copy has.
 */
export type WriteOutcome = { ok: true; notice?: string } | Refusal;

/** The input workbook as read: its (.xlsx) package bytes. */
export interface WorkbookSource {
  bytes: Uint8Array;
}

/** The CLI's writer for a package the injector cannot edit: ExcelJS, loaded only then. */
export const WRITE_FALLBACK: FileFallback = { rebuildCopy: rebuildWithExcelJS };

/** Writes to `outputPath` (never onto `inputPath`) a copy of the input with the summary sheet. */
export async function writeResults(
  source: WorkbookSource,
  report: Report,
  grids: Grid[],
  inputPath: string,
  outputPath: string,
  settings: Partial<SheetSettings> = {},
): Promise<WriteOutcome> {
  if (isSameFile(inputPath, outputPath)) return refuse('overwrites-input', basename(outputPath));
  const copy = await reportCopy(
    { bytes: source.bytes, name: basename(inputPath) },
    report,
    grids,
    settings,
    WRITE_FALLBACK,
  );
  if (!copy.ok) return copy;
  await writeFile(outputPath, copy.bytes);
  return copy.notice ? { ok: true, notice: copy.notice } : { ok: true };
}

/** Writes what `build` makes to `outputPath`, never onto `inputPath` (checked before building). */
export async function writeNewFile(
  inputPath: string,
  outputPath: string,
  build: () => Promise<Uint8Array>,
): Promise<WriteOutcome> {
  if (isSameFile(inputPath, outputPath)) return refuse('overwrites-input', basename(outputPath));
  await writeFile(outputPath, await build());
  return { ok: true };
}

/** The whole workbook loaded and saved again by ExcelJS with the summary sheet; null when ExcelJS fails on it. */
async function rebuildWithExcelJS(
  bytes: Uint8Array,
  report: Report,
  grids: Grid[],
  settings: Partial<SheetSettings>,
): Promise<Uint8Array | null> {
  const { default: ExcelJSModule } = await import('exceljs');
  const workbook = new ExcelJSModule.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    addReportSheet(workbook, report, grids, settings);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  } catch (err) {
    // ExcelJS throws plain TypeErrors on packages it half understands: the user's file, not a bug here.
    if (process.env.CHITIEU_DEBUG === '1') process.stderr.write(`chitieu: ExcelJS rebuild failed (${String(err)})\n`);
    return null;
  }
}

/** A write the user can fix (missing folder, no permission) becomes a message; anything else is a bug. */
export function writeFailure(path: string) {
  return (err: unknown): Refusal => {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (!['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EISDIR', 'EROFS'].includes(code)) throw err;
    return refuse('write-failed', path);
  };
}

/** True when `b` names the same file as `a` (after resolving symlinks; hard links by inode). */
export function isSameFile(a: string, b: string): boolean {
  const [ra, rb] = [canonicalPath(a), canonicalPath(b)];
  if (ra === rb) return true;
  try {
    const [sa, sb] = [statSync(a), statSync(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function canonicalPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    // Not there yet: resolve its folder, which may itself be a symlink.
    try {
      return join(realpathSync(dirname(resolve(p))), basename(p));
    } catch {
      return resolve(p);
    }
  }
}

/**
 * Adds the summary sheet (first free name) and returns it. The sheet of an earlier run is replaced;
 * a user's sheet that happens to bear the name is left alone.
 */
export function addReportSheet(
  workbook: ExcelJS.Workbook,
  report: Report,
  grids: Grid[],
  settings: Partial<SheetSettings> = {},
): ExcelJS.Worksheet {
  removeOwnSheets(workbook);
  const model = buildReportModel(report, grids, { ...defaultSheetSettings, ...settings });
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
