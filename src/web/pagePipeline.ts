/**
 * Which of the command line's file pipelines a page run takes: one workbook (`chitieu report`, with
 * last year's file for the cùng kỳ when one is given: `--cung-ky`), or several yearly files lined
 * up into one term (`chitieu nhiem-ky`: `termWorkbookFiles`, the assembled table's report in a new
 * workbook). The page never assembles anything itself.
 */
import type { Refusal } from '../core/refusal';
import { reportWorkbookFile, type FileReport, type FileReportOptions } from '../workbookFile/report';
import { termWorkbookFiles } from '../workbookFile/term';
import type { RunOptions } from './protocol';

/**
 * The report of the run the page asked for. With yearly files the workbook's own bytes are unused
 * and last year's file is not (the command line refuses `--cung-ky` with `nhiem-ky`: a term has its
 * years side by side); the assembled grid stays here, the page does not show it.
 */
export async function pageRun(
  bytes: Uint8Array,
  fileName: string,
  options: RunOptions,
  pipeline: Omit<FileReportOptions, 'settings' | 'previousYear'>,
): Promise<FileReport | Refusal> {
  const { yearly, ...single } = options;
  if (!yearly) return reportWorkbookFile(bytes, fileName, { ...single, ...pipeline });
  const term = await termWorkbookFiles(yearly, {
    ...pipeline,
    ...(single.settings ? { settings: single.settings } : {}),
  });
  if (!term.ok) return term;
  const { assembled: _assembled, ...report } = term;
  return report;
}
