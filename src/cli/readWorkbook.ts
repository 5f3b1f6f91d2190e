/**
 * CLI reading side: an .xlsx (or .xls/.ods) file → one `Grid` per worksheet for the engine. The
 * file system is here (reading the bytes, its refusals); what the bytes hold is read by the
 * host-neutral pipeline (`src/workbookFile/read`), which the web page shares. This file hands it
 * the CLI's fallbacks: SheetJS for `.xls`/`.ods`, and ExcelJS (`src/workbookFile/exceljsFallback`,
 * the page's too) for markup the package reader does not follow (CDATA, comments inside cells…).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { refuse, type Refusal } from '../core/refusal';
import { convertToXlsx } from '../workbookFile/convert';
import { exceljsFallback, readWithExcelJS, type ExcelJSModule } from '../workbookFile/exceljsFallback';
import type { FileFallback, WorkbookRead } from '../workbookFile/fallback';
import { readWorkbookBytes, workbookPackage } from '../workbookFile/read';
import { parseRangeAddress } from '../core/grid';

// Loaded only when a file needs it: the fast path never pays ExcelJS' ~0.2 s of start-up.
export const loadExcelJS = async (): Promise<ExcelJSModule> => (await import('exceljs')).default;

const debug = (line: string) => {
  if (process.env.CHITIEU_DEBUG === '1') process.stderr.write(`chitieu: ${line}\n`);
};

/** The CLI's ExcelJS reader and rebuilder (CHITIEU_DEBUG=1 says when they are used, and why a rebuild failed). */
export const EXCELJS_FALLBACK = exceljsFallback(loadExcelJS, {
  onRead: (name) => debug(`${name}: read with ExcelJS`),
  onRebuildFailure: (error) => debug(`ExcelJS rebuild failed (${String(error)})`),
});

/** The CLI's readers for what the package reader does not cover: SheetJS and ExcelJS, each loaded only when needed. */
export const READ_FALLBACK: FileFallback = { convert: convertToXlsx, readGrids: EXCELJS_FALLBACK.readGrids };

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
  return pkg.ok ? readWithExcelJS(await loadExcelJS(), pkg.bytes, basename(path)) : pkg;
}

/** The input file's bytes, or its refusal (missing, a folder, no permission). */
export async function readBytes(path: string): Promise<{ ok: true; bytes: Buffer } | Refusal> {
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

/** `"A1:D1"` (or a single `"B2"`) → 0-based range; null for anything else. */
export const parseRange = parseRangeAddress;
