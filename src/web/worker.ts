/**
 * The web page's worker: runs the file pipeline (`reportWorkbookFile`, the one the command line
 * runs) off the page's thread, so the page keeps painting its progress while a big workbook is read.
 */
import { errorCode } from '../core/refusal';
import { defaultUserSettings, engineSettings, readWorkbookHeader, runSheetSettings } from '../settings';
import { autoDirections } from '../settings/autoDirections';
import { outputName } from '../core/outputName';
import { draftBytes } from '../workbookFile/baoCao';
import { exceljsFallback } from '../workbookFile/exceljsFallback';
import { outputFailed, type FileFallback, type FileReport } from '../workbookFile/report';
import { pageRun } from './pagePipeline';
import type { PageReport, RunOptions, WorkerReply, WorkerRequest } from './protocol';
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

/**
 * A run: the report with the copy and the Word appendix, posted as soon as they are made; then the
 * draft báo cáo, posted on its own — the two downloads a person came for are offered while the
 * draft is written (on a 20,000-indicator workbook it took a third of the run).
 */
async function run({ id, bytes, fileName, options }: Extract<WorkerRequest, { type: 'run' }>): Promise<void> {
  // One date for the copy, the appendix and the draft, as in one run of the command line.
  const today = new Date();
  try {
    const made = await pageRun(bytes, fileName, options, {
      today,
      docx: true,
      // A failure in one download (the Word appendix of a huge table) keeps the others offered.
      outputsApart: true,
      fallback: FALLBACK,
      onProgress: (step, fraction) => {
        if (step !== 'baoCao') scope.postMessage({ type: 'progress', id, step, fraction });
      },
    });
    if (!made.ok) return scope.postMessage({ type: 'result', id, result: made });
    const { grids, model, ...report } = made;
    const engine = engineSettings(options.settings ?? defaultUserSettings);
    const page: PageReport = {
      ...report,
      autoDirections: autoDirections(grids, engine, report.report),
      workbookHeader: readWorkbookHeader(grids, report.report.tables),
      sheetTables: sheetTablesOf(model),
    };
    const buffers = new Set([page.xlsx.buffer, page.docx?.buffer].filter((b) => b !== undefined));
    scope.postMessage({ type: 'result', id, result: page }, [...buffers] as ArrayBuffer[]);
    await draft(id, made, options, today);
  } catch (error) {
    scope.postMessage({ type: 'crashed', id, code: errorCode(error) });
  }
}

/** The draft báo cáo of a run's report, as `chitieu report --bao-cao` writes it. */
async function draft(id: number, made: FileReport, options: RunOptions, today: Date): Promise<void> {
  try {
    const given = options.settings ?? defaultUserSettings;
    const sheet = runSheetSettings(given, made.grids, made.report.tables, today);
    const bytes = await draftBytes(made.report, made.model, sheet, engineSettings(given));
    // Named after the report's own workbook (a term's is the assembled one, not the first year's file).
    const name = outputName(made.fileName, 'docx', 'du thao bao cao');
    scope.postMessage({ type: 'draft', id, draft: { bytes, name } }, [bytes.buffer as ArrayBuffer]);
  } catch {
    scope.postMessage({ type: 'draft', id, draft: { failed: outputFailed('baoCao') } });
  }
}
