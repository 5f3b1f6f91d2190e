/**
 * What the task pane does with the workbook — analyse, generate, consolidate, select a cell —
 * through `src/excel` and the engine. `index.tsx` loads this module on demand (its own chunk, with
 * the engine and mathjs), so the pane's first screen shows before that code is even parsed.
 */
/// <reference types="office-js" />
import { analyzeWorkbook } from '../excel/analyze';
import { consolidateInExcel } from '../excel/consolidateInExcel';
import { runExcel } from '../excel/host';
import { generateReport } from '../excel/runInExcel';
import { selectCell } from '../excel/selectCell';
import type { TaskpaneHost } from './state';

export const engineHost: Pick<TaskpaneHost, 'analyze' | 'generate' | 'consolidate' | 'selectCell'> = {
  analyze: (settings) => runExcel((context) => analyzeWorkbook(context, settings)),
  generate: (settings, onProgress, confirmReplace) =>
    runExcel((context) => generateReport(context, settings, onProgress, { confirmReplace })),
  consolidate: (settings, onProgress) => runExcel((context) => consolidateInExcel(context, settings, onProgress)),
  selectCell: (sheet, address) => runExcel((context) => selectCell(context, sheet, address)),
};
