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
  /**
   * Called at the start (0) and end (1) of each step, and within the long ones (the engine, the
   * copy, the Word appendix) with the fraction done, at most every `PROGRESS_EVERY` ms of `now`.
   */
  onProgress?: (step: FileStep, fraction: number) => void;
  /** The clock the progress within a step is paced by (milliseconds; default `Date.now`). */
  now?: () => number;
  /**
   * Each output on its own (the page): an output that fails (the copy, the appendix, the draft) is
   * named in `failed` and `notices`, and the others are still made. Without it (the command line,
   * which writes only when all went well) a failure ends the run.
   */
  outputsApart?: boolean;
}

/** The most time the progress of a long step stands still: well under the second a user waits for a sign of life. */
export const PROGRESS_EVERY = 250;

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
  /** The name the run gave its workbook (a term's: the assembled one); every output is named from it. */
  fileName: string;
  /** `<stem> - chitieu.xlsx` (always `.xlsx`, an `.xls`/`.ods` input too). */
  xlsxName: string;
  /** The Word appendix, when asked: the bytes `--docx` writes. */
  docx?: Uint8Array;
  docxName?: string;
  /** The draft báo cáo, when asked: the bytes `--bao-cao` writes. */
  baoCao?: Uint8Array;
  baoCaoName?: string;
  /** The outputs that failed (with `outputsApart`), each also said in `notices`; absent when none did. */
  failed?: FileStep[];
}

/** The report of a workbook file (`fileName` names it in messages and in the output names), or why not. */
export async function reportWorkbookFile(
  bytes: Uint8Array,
  fileName: string,
  options: FileReportOptions = {},
): Promise<FileReport | Refusal> {
  const progress = options.onProgress ?? (() => undefined);
  const now = options.now ?? (() => Date.now());
  const step = async <T>(name: FileStep, work: (within: (fraction: number) => void) => T | Promise<T>): Promise<T> => {
    progress(name, 0);
    let last = now();
    const within = (fraction: number) => {
      const t = now();
      if (t - last < PROGRESS_EVERY) return;
      last = t;
      progress(name, fraction);
    };
    const result = await work(within);
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
  const previousYear = previous ? { name: options.previousYear!.name, grids: previous.grids } : undefined;
  const run = await step('compute', (within) =>
    runReport(read.grids, engineSettings(given), { previousYear, onProgress: within }),
  );
  if (!run.ok) return run;
  const today = options.today === undefined ? new Date() : options.today;
  const sheet = runSheetSettings(given, run.grids, run.report.tables, today);
  const built = buildReportModel(run.report, run.grids, sheet);
  const model = previousYear ? valuesFromOtherFiles(built, run.report) : built;
  const out: FileReport = {
    ok: true,
    report: run.report,
    grids: run.grids,
    model,
    notices: [...(run.report.notices ?? [])],
    xlsx: new Uint8Array(0),
    fileName,
    xlsxName: outputName(fileName, 'xlsx'),
    ...(read.convertedFrom ? { convertedFrom: read.convertedFrom } : {}),
  };
  /** One output's step: with `outputsApart`, its failure is said and the run goes on; else it ends the run. */
  const output = async <T>(
    name: FileStep,
    work: (within: (fraction: number) => void) => Promise<T | Refusal>,
  ): Promise<T | Refusal | null> => {
    if (!options.outputsApart) return step(name, work);
    const made = await step(name, work).catch(() => null);
    if (made !== null && !isRefusal(made)) return made;
    (out.failed ??= []).push(name);
    out.notices.push(isRefusal(made) ? made.message : outputFailed(name));
    return null;
  };
  if (options.copy !== false) {
    const source = { bytes: read.bytes, name: fileName };
    const copy = await output('write', (within) => reportCopy(source, model, options.fallback, within));
    if (copy !== null && !copy.ok) return copy;
    if (copy !== null) {
      const notice = copyNotice(read.convertedFrom, copy);
      if (notice) out.notices.push(notice);
      out.xlsx = copy.bytes;
    }
  }
  if (options.docx) {
    const docx = await output('docx', (within) =>
      reportAppendix(model, sheet.bodyType, within, options.fallback?.gzip),
    );
    if (docx !== null && !isRefusal(docx)) [out.docx, out.docxName] = [docx, outputName(fileName, 'docx')];
  }
  if (options.baoCao) {
    const draft = await output('baoCao', async () => draftBytes(run.report, model, sheet, engineSettings(given)));
    if (draft !== null && !isRefusal(draft))
      [out.baoCao, out.baoCaoName] = [draft, outputName(fileName, 'docx', 'du thao bao cao')];
  }
  return out;
}

function isRefusal(x: unknown): x is Refusal {
  return typeof x === 'object' && x !== null && 'ok' in x && (x as { ok: unknown }).ok === false;
}

/** What the page says of an output that could not be made, the others still offered for download. */
export function outputFailed(step: FileStep): string {
  const what = {
    read: 'tệp',
    compute: 'báo cáo',
    write: 'bản sao Excel',
    docx: 'phụ lục Word',
    baoCao: 'dự thảo báo cáo',
  }[step];
  return `Không tạo được ${what} do lỗi không mong đợi; các tệp còn lại vẫn tải về được.`;
}
