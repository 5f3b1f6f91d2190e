/**
 * The whole `chitieu report` on a workbook file's bytes, the same in every host — the command line
 * (which reads and writes the files around it) and the web page (a file input, downloads): read the
 * grids, run the engine, write the copy with the summary sheet and, if asked, the Word appendix.
 * No file system, no Node API: bytes in, bytes out, Vietnamese refusals for bad input.
 */
import type { Grid } from '../core/grid';
import { runReport } from '../core/index';
import type { Report } from '../core/indicator';
import type { Refusal } from '../core/refusal';
import { buildReportModel, type ReportSheetModel } from '../core/report';
import { valuesFromOtherFiles } from '../core/report/otherFiles';
import { defaultUserSettings, engineSettings, runSheetSettings, type UserSettings } from '../settings';
import { reportAppendix } from './appendix';
import { draftBytes } from './baoCao';
import { outputName } from '../core/outputName';
import type { ConvertedKind } from './convert';
import type { FileFallback } from './fallback';
import { readWorkbookBytes } from './read';
import { copyNotice, reportCopy } from './write';

export type { FileFallback, WorkbookRead } from './fallback';

/** The steps `onProgress` names, in their order. */
export type FileStep = 'read' | 'compute' | 'write' | 'docx' | 'baoCao';

export interface FileReportOptions {
  /** What the user gave (`src/settings`): the header, the unit, the wording, overrides, tables left out. */
  settings?: UserSettings;
  /** The header's date; default today, null leaves `ngày … tháng … năm …`. */
  today?: Date | null;
  /** Build the copy with the summary sheet (default true; the CLI without `-o` does not). */
  copy?: boolean;
  /** Also build the Word appendix. */
  docx?: boolean;
  /** Also build the draft báo cáo (Word). */
  baoCao?: boolean;
  /** The host's readers and writers for what the pipeline's own do not cover (see `FileFallback`). */
  fallback?: FileFallback;
  /** Last year's report, for the cùng kỳ the table lacks (`--cung-ky`): its bytes and its name. */
  previousYear?: { bytes: Uint8Array; name: string };
  /** Called at the start (0) and end (1) of each step. */
  onProgress?: (step: FileStep, fraction: number) => void;
}

export interface FileReport {
  ok: true;
  /** The engine's result (what `--json` serialises, through `toReportJson`). */
  report: Report;
  /** The worksheets as the run read them, legacy text decoded (the detected tables are in `report.tables`). */
  grids: Grid[];
  /** The summary sheet as built once for every writer (the copy, the appendix). */
  model: ReportSheetModel;
  /** Every Vietnamese notice the CLI prints: the engine's (TCVN3 decoded…), then the copy's (.xls converted, rebuilt copy…). */
  notices: string[];
  /** The format an `.xls`/`.ods` input was converted from. */
  convertedFrom?: ConvertedKind;
  /** The copy with the summary sheet: the bytes `chitieu report IN -o OUT` writes (empty with `copy: false`). */
  xlsx: Uint8Array;
  /** `<stem> - chitieu.xlsx` (always `.xlsx`, an `.xls`/`.ods` input too). */
  xlsxName: string;
  /** The Word appendix, when asked: the bytes `--docx` writes. */
  docx?: Uint8Array;
  docxName?: string;
  /** The draft báo cáo, when asked: the bytes `--bao-cao` writes. */
  baoCao?: Uint8Array;
  baoCaoName?: string;
}

/** The report of a workbook file (`fileName` names it in messages and in the output names), or why not. */
export async function reportWorkbookFile(
  bytes: Uint8Array,
  fileName: string,
  options: FileReportOptions = {},
): Promise<FileReport | Refusal> {
  const progress = options.onProgress ?? (() => undefined);
  const step = async <T>(name: FileStep, work: () => T | Promise<T>): Promise<T> => {
    progress(name, 0);
    const result = await work();
    progress(name, 1);
    return result;
  };
  const given = options.settings ?? defaultUserSettings;
  const read = await step('read', () => readWorkbookBytes(bytes, fileName, options.fallback));
  if (!read.ok) return read;
  const previous = options.previousYear
    ? await readWorkbookBytes(options.previousYear.bytes, options.previousYear.name, options.fallback)
    : null;
  if (previous && !previous.ok) return previous;
  const lastYear = previous ? { name: options.previousYear!.name, grids: previous.grids } : undefined;
  const run = await step('compute', () => runReport(read.grids, engineSettings(given), lastYear));
  if (!run.ok) return run;
  const today = options.today === undefined ? new Date() : options.today;
  const sheet = runSheetSettings(given, run.grids, run.report.tables, today);
  const built = buildReportModel(run.report, run.grids, sheet);
  const model = lastYear ? valuesFromOtherFiles(built, run.report) : built;
  const out: FileReport = {
    ok: true,
    report: run.report,
    grids: run.grids,
    model,
    notices: [...(run.report.notices ?? [])],
    xlsx: new Uint8Array(0),
    xlsxName: outputName(fileName, 'xlsx'),
    ...(read.convertedFrom ? { convertedFrom: read.convertedFrom } : {}),
  };
  if (options.copy !== false) {
    const source = { bytes: read.bytes, name: fileName };
    const copy = await step('write', () => reportCopy(source, model, options.fallback));
    if (!copy.ok) return copy;
    const notice = copyNotice(read.convertedFrom, copy);
    if (notice) out.notices.push(notice);
    out.xlsx = copy.bytes;
  }
  if (options.docx) {
    out.docx = await step('docx', () => reportAppendix(model, sheet.bodyType));
    out.docxName = outputName(fileName, 'docx');
  }
  if (options.baoCao) {
    out.baoCao = await step('baoCao', () => draftBytes(run.report, model, sheet, engineSettings(given)));
    out.baoCaoName = outputName(fileName, 'docx', 'du thao bao cao');
  }
  return out;
}

export { outputName };
