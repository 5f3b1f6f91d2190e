/**
 * The web page's worker: runs the file pipeline (`reportWorkbookFile`, the one the command line
 * runs) off the page's thread, so the page keeps painting its progress while a big workbook is read.
 */
import { errorCode } from '../core/refusal';
import { defaultUserSettings, engineSettings, readWorkbookHeader } from '../settings';
import { autoDirections } from '../settings/autoDirections';
import { exceljsFallback } from '../workbookFile/exceljsFallback';
import type { FileFallback } from '../workbookFile/report';
import { pageRun } from './pagePipeline';
import type { PageReport, WorkerReply, WorkerRequest } from './protocol';
import { sheetTablesOf } from './sheetTables';

/** The part of a dedicated worker's global scope used here (the DOM and WebWorker libs clash). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'warm') void warm().then(() => scope.postMessage({ type: 'warm' }));
  else void run(request);
};

/** ExcelJS's browser build (dist/exceljs.min.js, by its "browser" field), a lazy chunk. */
const loadExcelJS = async () => (await import(/* webpackChunkName: "exceljs" */ 'exceljs')).default;

/**
 * What the page hands the pipeline beyond its own reader and writer, as the CLI does: the
 * `.xls`/`.ods` conversion (SheetJS) and the ExcelJS reader and rebuilder, each a lazy chunk.
 */
const FALLBACK: FileFallback = {
  convert: async (bytes) => (await import('../workbookFile/convert')).convertToXlsx(bytes),
  ...exceljsFallback(loadExcelJS),
};

/** The lazy chunks a run may fetch: loaded once the page is up, so the page works offline after. */
async function warm(): Promise<void> {
  await Promise.allSettled([import('../workbookFile/convert'), import('@e965/xlsx'), loadExcelJS()]);
}

async function run({ id, bytes, fileName, options }: Extract<WorkerRequest, { type: 'run' }>): Promise<void> {
  try {
    const result = await pageRun(bytes, fileName, options, {
      docx: true,
      baoCao: true,
      // A failure in one download (the Word appendix of a huge table) keeps the others offered.
      outputsApart: true,
      fallback: FALLBACK,
      onProgress: (step, fraction) => scope.postMessage({ type: 'progress', id, step, fraction }),
    });
    if (!result.ok) return scope.postMessage({ type: 'result', id, result });
    const { grids, model, ...report } = result;
    const engine = engineSettings(options.settings ?? defaultUserSettings);
    const page: PageReport = {
      ...report,
      autoDirections: autoDirections(grids, engine, report.report),
      workbookHeader: readWorkbookHeader(grids, report.report.tables),
      sheetTables: sheetTablesOf(model),
    };
    const buffers = new Set([page.xlsx.buffer, page.docx?.buffer, page.baoCao?.buffer].filter((b) => b !== undefined));
    scope.postMessage({ type: 'result', id, result: page }, [...buffers] as ArrayBuffer[]);
  } catch (error) {
    scope.postMessage({ type: 'crashed', id, code: errorCode(error) });
  }
}
