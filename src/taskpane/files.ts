/**
 * The workbook files the user chooses in the pane (the wards' files, last year's report), read in the
 * pane with the one file pipeline the command line and the web page use (`src/workbookFile`): the
 * same reading, the same refusals, the same district. Loaded with the engine's chunk; the readers of
 * `.xls`/`.ods` (SheetJS) and of unusual markup (ExcelJS) are chunks of their own, fetched only when
 * a file needs them.
 */
import type { PreviousYearFile } from '../core/index';
import type { Refusal } from '../core/refusal';
import { consolidateWorkbookFiles, type DistrictFile } from '../workbookFile/consolidate';
import { exceljsFallback } from '../workbookFile/exceljsFallback';
import type { FileFallback } from '../workbookFile/fallback';
import { readWorkbookBytes } from '../workbookFile/read';

/** A file the user chose: its name and bytes. */
export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

const loadExcelJS = async () => (await import(/* webpackChunkName: "exceljs" */ 'exceljs')).default;

/** The readers the pane hands the file pipeline (the web page's). */
export const PANE_FALLBACK: FileFallback = {
  convert: async (bytes) =>
    (await import(/* webpackChunkName: "convert" */ '../workbookFile/convert')).convertToXlsx(bytes),
  ...exceljsFallback(loadExcelJS),
};

/** Last year's report for cùng kỳ, read from its file, or why it cannot be read. */
export async function previousYearOf(file: ChosenFile, fallback = PANE_FALLBACK): Promise<PreviousYearFile | Refusal> {
  const read = await readWorkbookBytes(file.bytes, file.name, fallback);
  return read.ok ? { name: file.name, grids: read.grids } : read;
}

/**
 * The district of the wards' files (`chitieu consolidate` on the same files): each file read and run
 * by itself, then consolidated; `onRead` told after each file.
 */
export function districtOfFiles(
  files: ChosenFile[],
  leadingZero: boolean,
  onRead?: (done: number, total: number) => void,
  fallback = PANE_FALLBACK,
): Promise<DistrictFile> {
  return consolidateWorkbookFiles(files, {
    fallback,
    settings: { leadingZero },
    ...(onRead ? { onProgress: onRead } : {}),
  });
}
