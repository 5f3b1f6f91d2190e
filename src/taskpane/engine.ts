/**
 * What the task pane does with the workbook — analyse, generate, consolidate, select a cell —
 * through `src/excel` and the engine. `index.tsx` loads this module on demand (its own chunk, with
 * the engine and mathjs), so the pane's first screen shows before that code is even parsed.
 * The files the user chooses (last year's report, the wards' files) are read here with the file
 * pipeline (`./files`) before the workbook is touched.
 */
/// <reference types="office-js" />
import { analyzeWorkbook } from '../excel/analyze';
import { consolidateInExcel, writeDistrictInExcel } from '../excel/consolidateInExcel';
import { runExcel } from '../excel/host';
import { generateReport } from '../excel/runInExcel';
import { selectCell } from '../excel/selectCell';
import { termReportInExcel } from '../excel/termInExcel';
import { parseSettings, defaultUserSettings } from '../settings';
import { districtOfFiles, previousYearOf } from './files';
import type { TaskpaneHost } from './state';

/** `Đang đọc tệp 3/14…`: the wards' files are read one by one. */
export function readingFile(done: number, total: number): string {
  return `Đang đọc tệp của các phường (${done}/${total})…`;
}

export const engineHost: Pick<
  TaskpaneHost,
  'analyze' | 'generate' | 'consolidate' | 'consolidateFiles' | 'termReport' | 'selectCell'
> = {
  analyze: (settings) => runExcel((context) => analyzeWorkbook(context, settings)),
  generate: async (settings, onProgress, confirmReplace, previousFile) => {
    const previousYear = previousFile ? await previousYearOf(previousFile) : undefined;
    if (previousYear && 'ok' in previousYear) return { ...previousYear, syncs: 0 };
    return runExcel((context) =>
      generateReport(context, settings, onProgress, { confirmReplace, ...(previousYear ? { previousYear } : {}) }),
    );
  },
  consolidate: (settings, onProgress) => runExcel((context) => consolidateInExcel(context, settings, onProgress)),
  consolidateFiles: async (files, settings, onProgress) => {
    const s = parseSettings({ ...defaultUserSettings, ...settings });
    onProgress({ step: 'read', message: readingFile(0, files.length), fraction: 0 });
    const district = await districtOfFiles(files, s.narrative.leadingZero, (done, total) =>
      onProgress({ step: 'read', message: readingFile(done, total), fraction: done / total }),
    );
    if (!district.ok) return { ...district, syncs: 0 };
    return runExcel((context) => writeDistrictInExcel(context, district.district, district.notices, onProgress));
  },
  termReport: (settings, onProgress, confirmReplace) =>
    runExcel((context) => termReportInExcel(context, settings, onProgress, { confirmReplace })),
  selectCell: (sheet, address) => runExcel((context) => selectCell(context, sheet, address)),
};
