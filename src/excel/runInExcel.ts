/**
 * The one call the ribbon command and the task pane make: read the open workbook, run the engine,
 * write the summary sheet — `generateReport(context, settings, onProgress)`.
 *
 * Syncs: 3 — two to read (sheet list, then all the data; a sheet too long for one 5 MB response
 * is read in more bands, see `./readBands`), one to write. User-caused failures (no indicator
 * table, an empty workbook, a host too old, a protected workbook…) come back as
 * `{ ok: false, message }` in Vietnamese; anything else thrown is a bug and propagates.
 */
/// <reference types="office-js" />
import { mergeDependentSheets } from '../core/detect/index';
import type { Grid } from '../core/grid';
import { runReport, type PreviousYearFile } from '../core/index';
import type { Report } from '../core/indicator';
import { buildReportModel, type ReportSheetModel, type SheetSettings } from '../core/report';
import { valuesFromOtherFiles } from '../core/report/otherFiles';
import type { NarrativeSettings } from '../core/narrative/style';
import { excelApiSupported, excelRefusal, hostRefusal, isHostError, MIN_EXCEL_API, type ExcelRefusal } from './host';
import { refusalMessage } from '../core/refusal';
import { readWorkbook, READ_WINDOW, type WorkbookRead } from './readWorkbook';
import { refOf } from './address';
import { defaultUserSettings, engineSettings, parseSettings, runSheetSettings, type UserSettings } from '../settings';
import { writeReport, type WriteOptions, type WriteResult } from './writeReport';

export type ProgressStep = 'read' | 'compute' | 'write' | 'done';

export interface Progress {
  step: ProgressStep;
  /** Vietnamese, for a status line. */
  message: string;
  /** How much of the step is done (0–1), when it is done in parts (a big report's write). */
  fraction?: number;
}

export type GenerateResult =
  | {
      ok: true;
      report: Report;
      sheetName: string;
      /** `context.sync()` calls made. */
      syncs: number;
      /** Vietnamese notes the user should see (e.g. a sheet read only in part). */
      warnings: string[];
      /** What the draft báo cáo is built from: the sheet model written and the run's settings. */
      draft?: DraftSource;
    }
  | ExcelRefusal;

/** The model and settings of a run, so the draft báo cáo tells the sheet just written. */
export interface DraftSource {
  model: ReportSheetModel;
  sheet: SheetSettings;
  narrative: Partial<NarrativeSettings>;
}

export interface GenerateOptions {
  /** Date of the header's date line; default today, `null` leaves it to be filled in. */
  today?: Date | null;
  /**
   * Asked when chitieu's earlier report sheet was edited by the user after it was written (see
   * `./fingerprint`): true replaces it, false stops with `REPLACE_CANCELLED_MESSAGE`, writing
   * nothing. Absent: the edited sheet is replaced without asking (the behaviour before).
   */
  confirmReplace?: (sheetName: string) => Promise<boolean>;
  /**
   * Last year's report, read from the file the user chose ("File năm trước (so cùng kỳ)"): the
   * cùng kỳ the tables lack comes from it, as `chitieu report --cung-ky FILE` does, and the sheet
   * writes those figures as values noted with their file (a formula cannot point into it).
   */
  previousYear?: PreviousYearFile;
}

export const REPLACE_CANCELLED_MESSAGE = refusalMessage('cancelled');

/** Shown by a host below ExcelApi 1.9 (one the manifest would not install on, sideloaded anyway). */
export const HOST_TOO_OLD_MESSAGE = refusalMessage('host-too-old');

/** `Đang ghi trang báo cáo (phần 2/5)…`: a report above Excel on the web's 5 MB goes in parts. */
export function writeInParts(done: number, total: number): string {
  return `Đang ghi trang báo cáo (phần ${done}/${total})…`;
}

const STEP_TEXT: Record<ProgressStep, string> = {
  read: 'Đang đọc các trang tính…',
  compute: 'Đang tính tỷ lệ và đánh giá các chỉ tiêu…',
  write: 'Đang ghi trang báo cáo…',
  done: 'Đã tạo trang báo cáo.',
};

/**
 * How every run from the workbook starts: refused on a host below ExcelApi 1.9, the settings
 * completed with their defaults, the step told, the workbook read (`readOrRefuse`).
 */
export async function startRun(
  context: Excel.RequestContext,
  settings: Partial<UserSettings>,
  stepText: Record<ProgressStep, string>,
  onProgress?: (p: Progress) => void,
): Promise<
  | { ok: true; s: UserSettings; progress: (step: ProgressStep) => void; read: WorkbookRead & { ok: true } }
  | ExcelRefusal
> {
  if (!excelApiSupported(MIN_EXCEL_API)) return excelRefusal(0, 'host-too-old');
  const s = parseSettings({ ...defaultUserSettings, ...settings });
  const progress = (step: ProgressStep) => onProgress?.({ step, message: stepText[step] });

  progress('read');
  const read = await readOrRefuse(context);
  if (!read.ok) return read;
  return { ok: true, s, progress, read };
}

/**
 * Reads the workbook; a host failure the user can cause (a protected workbook…) becomes its
 * Vietnamese message, anything else propagates. Shared by every run that starts from the workbook.
 */
export async function readOrRefuse(context: Excel.RequestContext): Promise<WorkbookRead | ExcelRefusal> {
  try {
    return await readWorkbook(context);
  } catch (e) {
    if (isHostError(e)) return hostRefusal('read', e, 0);
    throw e;
  }
}

/**
 * Writes a sheet model; a host failure the user can cause becomes its Vietnamese message (with the
 * syncs the read made), anything else propagates. The write side of `readOrRefuse`.
 */
export async function writeOrRefuse(
  context: Excel.RequestContext,
  model: ReportSheetModel,
  readSyncs: number,
  options: WriteOptions,
): Promise<(WriteResult & { ok: true }) | ExcelRefusal> {
  try {
    return { ok: true, ...(await writeReport(context, model, options)) };
  } catch (e) {
    if (isHostError(e)) return hostRefusal('write', e, readSyncs);
    throw e;
  }
}

/** The warning for a sheet with values beyond the read window. */
export function clippedWarning(sheet: string): string {
  return `Trang "${sheet}" có dữ liệu ngoài vùng ${refOf(READ_WINDOW)}: phần đó không được đọc.`;
}

/** The warning for tables read without merged areas that could read otherwise with them. */
export function mergesWarning(sheets: string[]): string {
  const where = sheets.map((s) => `"${s}"`).join(', ');
  return (
    `Excel không cho đọc các ô gộp (cần Excel 2021, Microsoft 365 hoặc Excel trên web bản mới, hoặc trang có quá nhiều ô gộp): tiêu đề cột hay đơn vị tính ` +
    `của bảng trên trang ${where} có thể hiểu theo cách khác — hãy kiểm tra các cột năm, KH, TH và đơn vị tính trên trang báo cáo.`
  );
}

/** `mergesWarning` when the workbook was read without merged areas and a table may depend on them. */
export function mergeWarnings(read: { mergesRead: boolean; grids: Grid[] }): string[] {
  const sheets = read.mergesRead ? [] : mergeDependentSheets(read.grids);
  return sheets.length > 0 ? [mergesWarning(sheets)] : [];
}

/**
 * What the pane shows beside a run's results: sheets read only in part, tables read without the
 * merged areas they may depend on (judged on the run's decoded grids), and the run's own notices.
 */
export function runWarnings(
  read: { clipped: string[]; mergesRead: boolean },
  run: { grids: Grid[]; report: { notices?: string[] } },
): string[] {
  return [
    ...read.clipped.map(clippedWarning),
    ...mergeWarnings({ mergesRead: read.mergesRead, grids: run.grids }),
    ...(run.report.notices ?? []),
  ];
}

/** Read → runReport → buildReportModel → write. */
export async function generateReport(
  context: Excel.RequestContext,
  settings: Partial<UserSettings> = defaultUserSettings,
  onProgress?: (p: Progress) => void,
  options: GenerateOptions = {},
): Promise<GenerateResult> {
  const start = await startRun(context, settings, STEP_TEXT, onProgress);
  if (!start.ok) return start;
  const { s, progress, read } = start;

  progress('compute');
  const previousYear = options.previousYear;
  const run = runReport(read.grids, engineSettings(s), previousYear ? { previousYear } : {});
  if (!run.ok) return { ...run, syncs: read.syncs };
  const today = options.today === undefined ? new Date() : options.today;
  const sheet = runSheetSettings(s, run.grids, run.report.tables, today);
  const built = buildReportModel(run.report, run.grids, sheet);
  const model = previousYear ? valuesFromOtherFiles(built, run.report) : built;

  if (read.ownSheetEdited && options.confirmReplace && !(await options.confirmReplace(read.workbook.ownSheet!)))
    return excelRefusal(read.syncs, 'cancelled');

  progress('write');
  const written = await writeOrRefuse(context, model, read.syncs, {
    workbook: read.workbook,
    onBatch: (done, total) =>
      onProgress?.({ step: 'write', message: writeInParts(done, total), fraction: (done - 1) / total }),
  });
  if (!written.ok) return written;

  progress('done');
  const warnings = runWarnings(read, run);
  return {
    ok: true,
    report: run.report,
    sheetName: written.sheetName,
    syncs: read.syncs + written.syncs,
    warnings,
    draft: { model, sheet, narrative: engineSettings(s) },
  };
}
