/**
 * Writing side: a copy of the input workbook with chitieu's summary sheet ("Báo cáo chỉ tiêu",
 * REPORT.md) rendered from the report model of src/core/report.
 *
 * Rules:
 * - The input file is never written: an output path resolving to the input (same path, a symlink
 *   or a hard link to it) is refused.
 * - The sheet takes the first free name among "Báo cáo chỉ tiêu", "Báo cáo chỉ tiêu (2)", (3)…;
 *   the sheet of an earlier run (marked `OWN_SHEET_MARK`) is replaced, a user's sheet never.
 * - The copy is the input file's package with the sheet injected (src/cli/xlsx): every part of the
 *   user's workbook chitieu does not have to edit (sheets, charts, pivot tables, images, comments…)
 *   is copied byte for byte. Only a package the injector cannot edit (Strict OOXML, zip64…) is
 *   written through ExcelJS instead, which keeps what ExcelJS models.
 * - Text is written as string values, never formulas, even when it starts with `=`, `+`, `-`, `@`.
 */
import { realpathSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import type { Report } from '../core/indicator';
import { buildReportModel, defaultSheetSettings, type SheetSettings } from '../core/report';
import { refuse, type Refusal } from '../core/refusal';
import { OWN_SHEET_MARK, ownSheetNames } from './readWorkbook';
import { qualifiedCell } from './format';
import { renderReportSheet } from './renderSheet';
import { injectReportSheet, UnsupportedPackageError } from './xlsx/inject';

export { freeSheetName } from '../core/sheetName';

export const RESULTS_SHEET_NAME = defaultSheetSettings.sheetName;

/**
 * `notice`: what the user must know about a copy that is not the input plus the sheet alone — it
 * had to be rebuilt through ExcelJS (and what that may lose), or the input lacked a part the copy has.
 */
export type WriteOutcome = { ok: true; notice?: string } | Refusal;

/** Why a copy was not made by injection, for the user (the injector's reasons are for developers). */
export const REBUILT_NOTICE =
  'Lưu ý: không chèn được trang báo cáo vào nguyên bản gói của sổ (cấu trúc gói không thông dụng), nên bản sao được ' +
  'ghi lại toàn bộ: các trang của bạn giữ giá trị, công thức, định dạng và ô gộp, nhưng có thể mất biểu đồ, hình ảnh, ' +
  'bảng Pivot, macro và các thiết lập khác — hãy dùng bản sao để xem báo cáo, giữ tệp gốc làm bản chính.';
export const CONTENT_TYPES_NOTICE =
  'Lưu ý: sổ gốc thiếu phần [Content_Types].xml (Excel sẽ báo lỗi khi mở); bản sao đã được bổ sung phần này, ' +
  'mọi phần khác của sổ giữ nguyên.';

/**
 * The input workbook as read: its file bytes. ExcelJS' model of it is not kept: it is most of the
 * memory of a big run, and only the rare fallback needs it — that loads it again from the bytes.
 */
export interface WorkbookSource {
  bytes: Uint8Array;
}

/** Writes to `outputPath` (never onto `inputPath`) a copy of the input with the summary sheet. */
export async function writeResults(
  source: WorkbookSource,
  report: Report,
  grids: Grid[],
  inputPath: string,
  outputPath: string,
  settings: Partial<SheetSettings> = {},
): Promise<WriteOutcome> {
  return writeNewFile(inputPath, outputPath, () => reportCopy(source, report, grids, settings));
}

/**
 * Writes what `build` makes to `outputPath`, never onto `inputPath`. Built in memory first: a
 * failure while building leaves no half-written file; null from `build` is a copy that could not
 * be made of the input.
 */
export async function writeNewFile(
  inputPath: string,
  outputPath: string,
  build: () => Promise<Uint8Array | { bytes: Uint8Array; notice?: string } | null>,
): Promise<WriteOutcome> {
  if (isSameFile(inputPath, outputPath)) return refuse('overwrites-input', basename(outputPath));
  const built = await build();
  if (built === null) return refuse('copy-failed', basename(inputPath));
  const { bytes, notice } = built instanceof Uint8Array ? { bytes: built, notice: undefined } : built;
  await writeFile(outputPath, bytes);
  return notice ? { ok: true, notice } : { ok: true };
}

/**
 * The copy: the sheet injected into the input's package, or rebuilt through ExcelJS when the
 * package cannot be injected into (said in `notice`); null when ExcelJS fails on it too.
 */
async function reportCopy(
  source: WorkbookSource,
  report: Report,
  grids: Grid[],
  settings: Partial<SheetSettings>,
): Promise<{ bytes: Uint8Array; notice?: string } | null> {
  const model = buildReportModel(report, grids, { ...defaultSheetSettings, ...settings });
  try {
    const injected = await injectReportSheet(source.bytes, model);
    return injected.rebuiltContentTypes ? { bytes: injected.bytes, notice: CONTENT_TYPES_NOTICE } : injected;
  } catch (err) {
    if (!(err instanceof UnsupportedPackageError)) throw err;
  }
  const { default: ExcelJSModule } = await import('exceljs');
  const workbook = new ExcelJSModule.Workbook();
  try {
    await workbook.xlsx.load(source.bytes as unknown as ArrayBuffer);
    addReportSheet(workbook, report, grids, settings);
    return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), notice: REBUILT_NOTICE };
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
