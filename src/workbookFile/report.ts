/**
 * The whole `chitieu report` on a workbook file's bytes, the same in every host — the command line
 * (which reads and writes the files around it) and the web page (a file input, downloads): read the
 * grids, run the engine, write the copy with the summary sheet and, if asked, the Word appendix.
 * No file system, no Node API: bytes in, bytes out, Vietnamese refusals for bad input.
 */
import type { Grid } from '../core/grid';
import { runReport, type ReportSettings } from '../core/index';
import type { Report } from '../core/indicator';
import type { Refusal } from '../core/refusal';
import type { SheetSettings } from '../core/report';
import { reportAppendix } from './appendix';
import type { FileFallback } from './fallback';
import { readWorkbookBytes } from './read';
import { completeSheetSettings, engineSettings } from './settings';
import { copyNotice, reportCopy } from './write';

export type { FileFallback, WorkbookRead } from './fallback';

/** The steps `onProgress` names, in their order. */
export type FileStep = 'read' | 'compute' | 'write' | 'docx';

export interface FileReportOptions {
  /** The engine's settings (direction overrides, excluded tables, the units the sentences name…). */
  settings?: Partial<ReportSettings>;
  /** The summary sheet's header: issuing and superior body, body type (khối), date (today if not given)… */
  sheetSettings?: Partial<SheetSettings>;
  /** Also build the Word appendix. */
  docx?: boolean;
  /** The host's readers and writers for what the pipeline's own do not cover (see `FileFallback`). */
  fallback?: FileFallback;
  /** Called at the start (0) and end (1) of each step. */
  onProgress?: (step: FileStep, fraction: number) => void;
}

export interface FileReport {
  ok: true;
  /** The engine's result (what `--json` serialises, through `toReportJson`). */
  report: Report;
  /** The worksheets as read (the detected tables are in `report.tables`). */
  grids: Grid[];
  /** Every Vietnamese notice the CLI prints: the engine's (TCVN3 decoded…), then the copy's (.xls converted, rebuilt copy…). */
  notices: string[];
  /** The copy with the summary sheet: the bytes `chitieu report IN -o OUT` writes. */
  xlsx: Uint8Array;
  /** `<stem> - chitieu.xlsx` (always `.xlsx`, an `.xls`/`.ods` input too). */
  xlsxName: string;
  /** The Word appendix, when asked: the bytes `--docx` writes. */
  docx?: Uint8Array;
  docxName?: string;
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
  const read = await step('read', () => readWorkbookBytes(bytes, fileName, options.fallback));
  if (!read.ok) return read;
  const sheet = completeSheetSettings(options.sheetSettings);
  const run = await step('compute', () => runReport(read.grids, engineSettings(sheet, options.settings)));
  if (!run.ok) return run;
  const source = { bytes: read.bytes, name: fileName };
  const copy = await step('write', () => reportCopy(source, run.report, read.grids, sheet, options.fallback));
  if (!copy.ok) return copy;
  const notice = copyNotice(read.convertedFrom, copy);
  const out: FileReport = {
    ok: true,
    report: run.report,
    grids: read.grids,
    notices: [...(run.report.notices ?? []), ...(notice ? [notice] : [])],
    xlsx: copy.bytes,
    xlsxName: outputName(fileName, 'xlsx'),
  };
  if (options.docx) {
    out.docx = await step('docx', () => reportAppendix(run.report, read.grids, sheet));
    out.docxName = outputName(fileName, 'docx');
  }
  return out;
}

/**
 * `Phúc Đồng 2020.xls` → `Phúc Đồng 2020 - chitieu.xlsx`: the input's name without its workbook
 * extension, marked as chitieu's, so a download never takes the input's own name.
 */
export function outputName(fileName: string, extension: 'xlsx' | 'docx'): string {
  const stem = fileName.replace(/\.(xlsx|xlsm|xls|ods)$/i, '') || 'so-chi-tieu';
  return `${stem} - chitieu.${extension}`;
}
