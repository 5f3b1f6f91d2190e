/**
 * The district consolidation on the wards' workbook files, the same in every host (the command
 * line reads the files from disk, the web page from a drop of many files or a folder): each file's
 * bytes are read, run through the engine and named (`wardInputOf`), then dropped — only the report
 * is kept, so memory holds the figures and not the workbooks — and the reports are consolidated;
 * the district workbook is a NEW workbook of the core's district sheet models, rendered by ExcelJS
 * (which the host hands in, loaded when needed). No file system here: bytes in, bytes out.
 */
import type ExcelJS from 'exceljs';
import { consolidate, wardInputOf } from '../core/consolidate';
import { districtWorkbookModels } from '../core/consolidate/model';
import type { ConsolidateSettings, DistrictReport, WardInput } from '../core/consolidate/types';
import { runReport } from '../core/index';
import type { FileFallback } from './fallback';
import { readWorkbookBytes } from './read';
import { renderReportSheet } from './renderSheet';
import { convertedNotice } from './write';

/** A ward's workbook file: its bytes and its name. */
export interface WardFile {
  bytes: Uint8Array;
  name: string;
}

/** A ward read, with what the reading changed (`phuc-dong.xls: Lưu ý: sổ .xls đã được chuyển…`). */
export type WardRead = WardInput & { notices: string[] };

/** One ward file read and run; a file that cannot be used is a result (its refusal), never a throw. */
export async function wardOfFile(file: WardFile, fallback: FileFallback = {}): Promise<WardRead> {
  const read = await readWorkbookBytes(file.bytes, file.name, fallback);
  if (!read.ok) return { ward: file.name.replace(/\.[^.]+$/, ''), file: file.name, result: read, notices: [] };
  const result = runReport(read.grids);
  const notices = [
    ...(read.convertedFrom ? [convertedNotice(read.convertedFrom)] : []),
    ...(result.ok ? (result.report.notices ?? []) : []),
  ].map((n) => `${file.name}: ${n}`);
  return { ...wardInputOf(read.grids, result.ok ? result.report : null, file.name), file: file.name, result, notices };
}

export interface DistrictFileOptions {
  fallback?: FileFallback;
  settings?: Partial<ConsolidateSettings>;
  /** Told after each file: how many are read, of how many. */
  onProgress?: (done: number, total: number) => void;
}

/** The district report of the ward files and what reading them changed, one line each. */
export async function consolidateWardFiles(
  files: readonly WardFile[],
  options: DistrictFileOptions = {},
): Promise<{ district: DistrictReport; notices: string[] }> {
  const wards: WardInput[] = [];
  const notices: string[] = [];
  for (const [i, file] of files.entries()) {
    const { notices: read, ...ward } = await wardOfFile(file, options.fallback);
    wards.push(ward);
    for (const n of read) notices.push(n);
    options.onProgress?.(i + 1, files.length);
  }
  return { district: consolidate(wards, options.settings), notices };
}

/**
 * The district workbook: "Tổng hợp các phường", "Xếp hạng", "Kiểm tra" — the core's district sheet
 * models through the one ExcelJS renderer, never a ward's workbook.
 */
export function districtWorkbook(excel: typeof ExcelJS, d: DistrictReport): ExcelJS.Workbook {
  const wb = new excel.Workbook();
  wb.creator = 'chitieu';
  for (const model of districtWorkbookModels(d)) renderReportSheet(wb, model);
  return wb;
}

/** The district workbook's `.xlsx` bytes. */
export async function districtWorkbookBytes(excel: typeof ExcelJS, d: DistrictReport): Promise<Uint8Array> {
  return new Uint8Array(await districtWorkbook(excel, d).xlsx.writeBuffer());
}
