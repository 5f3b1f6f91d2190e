/**
 * The messages between the web page and its worker (`worker.ts`): the page sends a workbook file's
 * bytes and the settings; the worker answers with its progress, then the report and the two files
 * (their buffers transferred, not copied: the copy and the appendix), or the pipeline's refusal; then
 * the draft báo cáo.
 */
import type { Direction } from '../core/indicator';
import type { Refusal } from '../core/refusal';
import type { WorkbookHeader } from '../settings';
import type { FileReport, FileReportOptions } from '../workbookFile/report';
import type { YearlyFile } from '../workbookFile/term';
import type { SheetTables } from './sheetTables';

/**
 * The steps of a run, in order, up to the two downloads (the copy and the Word appendix); the draft
 * báo cáo is made after them, while both are already offered (`draft` below).
 */
export const WEB_STEPS = ['read', 'compute', 'write', 'docx'] as const;
export type WebStep = (typeof WEB_STEPS)[number];

/**
 * What the page passes to the pipeline (plain data: it crosses to the worker): the settings as the
 * user gave them, last year's file for the cùng kỳ (`--cung-ky`), or the yearly files of a term
 * (`nhiem-ky`; the run's own bytes are then unused).
 */
export type RunOptions = Pick<FileReportOptions, 'settings' | 'previousYear'> & { yearly?: YearlyFile[] };

export type WorkerRequest =
  /** Loads the chunks a run may need (the .xls/.ods reader…), so that later runs work offline. */
  { type: 'warm' } | { type: 'run'; id: number; bytes: Uint8Array; fileName: string; options: RunOptions };

/**
 * The report as the page shows it: the grids and the sheet model stay in the worker (the page never
 * reads them); with the direction chitieu finds for each indicator (`sheet!row`) before the user's
 * choices, shown beside them, the header the workbook's title block gives, shown in the header
 * fields before any download, and the summary sheet's tables.
 */
export type PageReport = Omit<FileReport, 'grids' | 'model'> & {
  autoDirections: Record<string, Direction>;
  workbookHeader: WorkbookHeader;
  /** The summary sheet's tables, as the sheet shows them (`sheetTables.ts`). */
  sheetTables: SheetTables;
};

/** The draft báo cáo of a run, made after its result: the file, or the line that says it failed. */
export type DraftReply = { bytes: Uint8Array; name: string } | { failed: string };

export type WorkerReply =
  | { type: 'warm' }
  | { type: 'progress'; id: number; step: WebStep; fraction: number }
  | { type: 'result'; id: number; result: PageReport | Refusal }
  /** After a run's report: its draft báo cáo (its buffer transferred). */
  | { type: 'draft'; id: number; draft: DraftReply }
  /** The pipeline threw (a bug): the page shows the pane's "unexpected error" line with `code`. */
  | { type: 'crashed'; id: number; code: string };
