/**
 * The page's consolidation worker: many ward files (a drop, a folder) consolidated off the page's
 * thread (`runDistrict`), with the readers the page's report worker hands its pipeline.
 */
import { exceljsFallback } from '../workbookFile/exceljsFallback';
import type { FileFallback } from '../workbookFile/fallback';
import type { DistrictReply, DistrictRequest } from './districtProtocol';
import { runDistrict } from './districtRun';

interface WorkerScope {
  onmessage: ((event: MessageEvent<DistrictRequest>) => void) | null;
  postMessage(message: DistrictReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

/** ExcelJS's browser build, a lazy chunk (the report worker's too). */
const loadExcelJS = async () => (await import(/* webpackChunkName: "exceljs" */ 'exceljs')).default;

const FALLBACK: FileFallback = {
  convert: async (bytes) => (await import('../workbookFile/convert')).convertToXlsx(bytes),
  ...exceljsFallback(loadExcelJS),
};

scope.onmessage = (event) =>
  void runDistrict(event.data, (reply, transfer) => scope.postMessage(reply, transfer), FALLBACK);
