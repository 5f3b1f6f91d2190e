/**
 * The task pane's "Tổng hợp các phường": the open workbook holds one sheet per ward (the sheet's
 * name is the ward's), each with its indicator table. Every ward sheet is run through the engine by
 * itself (`runReport` on that sheet's grid), the reports are consolidated (`core/consolidate`) and
 * the district sheet model (`buildDistrictModel`) is written as "Tổng hợp các phường" —
 * `consolidateInExcel(context, settings, onProgress)`.
 *
 * - chitieu's own sheets (the report, an earlier consolidation) are never read as wards; a sheet
 *   without values is ignored; a sheet with values but no indicator table is left out and named in
 *   `warnings`.
 * - The consolidation sheet is marked with the workbook name `chitieu.TongHop` (the report's mark
 *   `chitieu.BaoCao` is left alone): a second run replaces only chitieu's earlier consolidation
 *   sheet; a user's sheet named "Tổng hợp các phường" is never touched (the new one takes `(2)`).
 * - Fewer than two ward sheets with an indicator table: `{ ok: false, message }` in Vietnamese,
 *   nothing written.
 *
 * Syncs: 3 — two to read (`readWorkbook`; more for a sheet read in bands), one to write (`writeReport`).
 */
/// <reference types="office-js" />
import { consolidate, wardNameFromText, type DistrictReport, type WardInput } from '../core/consolidate/index';
import { buildDistrictModel, DISTRICT_SHEET_NAME } from '../core/consolidate/model';
import { runReport } from '../core/index';
import { refusalMessage } from '../core/refusal';
import { excelApiSupported, excelRefusal, MIN_EXCEL_API, type ExcelRefusal } from './host';
import { clippedWarning, startRun, writeOrRefuse, type Progress, type ProgressStep } from './runInExcel';
import {
  defaultUserSettings as defaultAddinSettings,
  engineSettings,
  type UserSettings as AddinSettings,
} from '../settings';

export type ConsolidateResult =
  | {
      ok: true;
      district: DistrictReport;
      sheetName: string;
      /** The sheets consolidated as wards, in tab order (none when the wards came as files). */
      wardSheets: string[];
      syncs: number;
      /** Vietnamese notes: sheets left out, sheets read only in part. */
      warnings: string[];
    }
  | ExcelRefusal;

const STEP_TEXT: Record<ProgressStep, string> = {
  read: 'Đang đọc các trang tính của các phường…',
  compute: 'Đang tính và so sánh các phường…',
  write: 'Đang ghi trang tổng hợp…',
  done: 'Đã tạo trang tổng hợp.',
};

/** The refusal when fewer than two sheets hold an indicator table. */
export function tooFewWardsMessage(found: string[]): string {
  return refusalMessage('too-few-wards', found);
}

/** The ward a sheet stands for: `Phường Phúc Đồng` → `phường Phúc Đồng`, else the sheet's name as it is. */
export function wardOfSheet(sheet: string): string {
  return wardNameFromText(sheet) ?? sheet.trim();
}

/** Read → runReport per ward sheet → consolidate → buildDistrictModel → write. */
export async function consolidateInExcel(
  context: Excel.RequestContext,
  settings: Partial<AddinSettings> = defaultAddinSettings,
  onProgress?: (p: Progress) => void,
): Promise<ConsolidateResult> {
  const start = await startRun(context, settings, STEP_TEXT, onProgress);
  if (!start.ok) return start;
  const { s, progress, read } = start;

  progress('compute');
  const reportSettings = engineSettings(s);
  const wards: WardInput[] = [];
  const wardSheets: string[] = [];
  const leftOut: string[] = [];
  for (const grid of read.grids) {
    if (grid.values.length === 0) continue;
    const result = runReport([grid], reportSettings);
    if (!result.ok) {
      leftOut.push(grid.sheet);
      continue;
    }
    wards.push({ ward: wardOfSheet(grid.sheet), result: { ok: true, report: result.report } });
    wardSheets.push(grid.sheet);
  }
  if (wards.length < 2) return excelRefusal(read.syncs, 'too-few-wards', wardSheets);
  const district = consolidate(wards, { leadingZero: s.narrative.leadingZero });
  const model = buildDistrictModel(district, DISTRICT_SHEET_NAME);

  progress('write');
  const written = await writeOrRefuse(context, model, read.syncs, { workbook: read.workbook, kind: 'district' });
  if (!written.ok) return written;

  progress('done');
  const warnings = [
    ...leftOut.map((sheet) => `Trang "${sheet}" không có bảng chỉ tiêu: không đưa vào tổng hợp.`),
    ...read.clipped.map(clippedWarning),
  ];
  return {
    ok: true,
    district,
    sheetName: written.sheetName,
    wardSheets,
    syncs: read.syncs + written.syncs,
    warnings,
  };
}

/**
 * The district of ward files the pane read with the file pipeline (`consolidateWorkbookFiles`, as
 * `chitieu consolidate` does) written into the open workbook as "Tổng hợp các phường", the very sheet
 * the consolidation of ward sheets writes: no ward file and no user sheet is changed. `notices`: what
 * reading the files changed, shown as warnings. Syncs: 2 — one to look up chitieu's sheets, one to write.
 */
export async function writeDistrictInExcel(
  context: Excel.RequestContext,
  district: DistrictReport,
  notices: string[] = [],
  onProgress?: (p: Progress) => void,
): Promise<ConsolidateResult> {
  if (!excelApiSupported(MIN_EXCEL_API)) return excelRefusal(0, 'host-too-old');
  onProgress?.({ step: 'write', message: STEP_TEXT.write });
  const model = buildDistrictModel(district, DISTRICT_SHEET_NAME);
  const written = await writeOrRefuse(context, model, 0, { kind: 'district' });
  if (!written.ok) return written;
  onProgress?.({ step: 'done', message: STEP_TEXT.done });
  return { ok: true, district, sheetName: written.sheetName, wardSheets: [], syncs: written.syncs, warnings: notices };
}
