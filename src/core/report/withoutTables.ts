/**
 * The summary sheet model of any report, one with no indicator table included — a workbook of
 * tables of bodies only (../bodiesOnly.ts), whose sheet holds the header, the counts line and the
 * findings. The sheet then spans the findings' columns (`Ô | Chỉ tiêu | Ghi | Tính lại | Giải
 * thích`): with no table to size it, the model would end before its last one.
 */
import { maxOf } from '../arrays';
import type { Grid } from '../grid';
import type { Report } from '../indicator';
import { buildReportModel as buildModel, type SheetSettings } from './build';
import type { ReportSheetModel } from './model';

/** `buildReportModel` of ./build, its extent covering every cell when the report has no table. */
export function buildReportModel(report: Report, grids: Grid[], settings: SheetSettings): ReportSheetModel {
  const model = buildModel(report, grids, settings);
  if (report.tables.length > 0) return model;
  return {
    ...model,
    lastCol: maxOf(
      model.cells.map((c) => c.col),
      model.lastCol,
    ),
  };
}
