/**
 * The task pane's "Báo cáo nhiệm kỳ từ các trang năm": the open workbook keeps one sheet a year
 * (`Năm 2021` … `Năm 2025`). Its sheets are lined up into one term table (`core/term/assemble`,
 * each sheet one year's report, as `chitieu nhiem-ky` does for one workbook with a sheet a year),
 * which is written as a NEW sheet ("Nhiệm kỳ"), and the summary sheet of that table is written as
 * for any term table — `termReportInExcel(context, settings, onProgress, options)`.
 *
 * - The yearly sheets are never changed. The term table is chitieu's sheet, marked with the
 *   workbook name `chitieu.NhiemKy`: a second run replaces it (and it is never read as a year); a
 *   user's sheet named "Nhiệm kỳ" is left alone (the new one takes `(2)`).
 * - The summary sheet is the report's (`chitieu.BaoCao`): its formulas point into the term table's
 *   sheet, so each figure can be followed to the year it came from.
 * - What the lining up found (a name matched in no other year, a figure two sheets give
 *   differently) heads the warnings; fewer than two years: the Vietnamese refusal, nothing written.
 *
 * Syncs: 4 — two to read, one for the term table, one to write the summary sheet.
 */
/// <reference types="office-js" />
import type { CellValue, Grid } from '../core/grid';
import { runReport } from '../core/index';
import { buildReportModel } from '../core/report';
import { sameSheetName, freeSheetName } from '../core/sheetName';
import { assembleTerm, TERM_SHEET } from '../core/term/assemble';
import { engineSettings, runSheetSettings, defaultUserSettings, type UserSettings } from '../settings';
import { refOf, sheetOfNameFormula } from './address';
import { excelRefusal, hostRefusal, isHostError } from './host';
import {
  runWarnings,
  startRun,
  writeOrRefuse,
  type GenerateOptions,
  type GenerateResult,
  type Progress,
  type ProgressStep,
} from './runInExcel';

/** Workbook-level name marking the term table chitieu wrote. */
export const TERM_SHEET_MARK = 'chitieu.NhiemKy';

const STEP_TEXT: Record<ProgressStep, string> = {
  read: 'Đang đọc các trang năm…',
  compute: 'Đang ghép các năm thành bảng nhiệm kỳ…',
  write: 'Đang ghi bảng nhiệm kỳ và trang báo cáo…',
  done: 'Đã tạo trang báo cáo nhiệm kỳ.',
};

/** Read → assemble the yearly sheets → runReport → write the term table, then the summary sheet. */
export async function termReportInExcel(
  context: Excel.RequestContext,
  settings: Partial<UserSettings> = defaultUserSettings,
  onProgress?: (p: Progress) => void,
  options: Omit<GenerateOptions, 'previousYear'> = {},
): Promise<GenerateResult & { termSheet?: string }> {
  const start = await startRun(context, settings, STEP_TEXT, onProgress);
  if (!start.ok) return start;
  const { s, progress, read } = start;
  const mark = context.workbook.names.getItemOrNullObject(TERM_SHEET_MARK);
  // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is a scalar here, loaded explicitly
  mark.load('isNullObject,formula');
  await context.sync();
  let syncs = read.syncs + 1;
  const names = read.workbook.sheetNames;
  const marked = mark.isNullObject ? null : sheetOfNameFormula(mark.formula);
  const earlier = marked === null ? null : (names.find((n) => sameSheetName(n, marked)) ?? null);

  progress('compute');
  const years = read.grids.filter((g) => g.values.length > 0 && (earlier === null || !sameSheetName(g.sheet, earlier)));
  const others = names.filter((n) => earlier === null || !sameSheetName(n, earlier));
  const sheetName = freeSheetName(others, TERM_SHEET);
  const term = assembleTerm(
    years.map((g) => ({ name: g.sheet, grids: [g] })),
    { sheet: sheetName },
  );
  if (!term.ok) return excelRefusal(syncs, term.reason === 'no-table' ? 'no-table' : 'term-one-period');
  const run = runReport([term.grid], engineSettings(s));
  if (!run.ok) return { ...run, syncs };
  const today = options.today === undefined ? new Date() : options.today;
  const sheet = runSheetSettings(s, run.grids, run.report.tables, today);
  const model = buildReportModel(run.report, run.grids, sheet);
  if (read.ownSheetEdited && options.confirmReplace && !(await options.confirmReplace(read.workbook.ownSheet!)))
    return excelRefusal(syncs, 'cancelled');

  progress('write');
  try {
    writeTermSheet(context, term.grid, earlier, !mark.isNullObject);
    await context.sync();
    syncs++;
  } catch (e) {
    if (isHostError(e)) return hostRefusal('write', e, syncs);
    throw e;
  }
  const workbook = { ...read.workbook, sheetNames: [...others, sheetName] };
  const written = await writeOrRefuse(context, model, syncs, { workbook });
  if (!written.ok) return written;

  progress('done');
  const warnings = [...term.notices, ...runWarnings(read, run)];
  return {
    ok: true,
    report: run.report,
    sheetName: written.sheetName,
    termSheet: sheetName,
    syncs: syncs + written.syncs,
    warnings,
    draft: { model, sheet, narrative: engineSettings(s) },
  };
}

/** Queues the term table as chitieu's sheet: the earlier one and its mark deleted, the new one marked. */
function writeTermSheet(context: Excel.RequestContext, grid: Grid, earlier: string | null, markExists: boolean): void {
  if (markExists) context.workbook.names.getItem(TERM_SHEET_MARK).delete();
  if (earlier !== null) context.workbook.worksheets.getItem(earlier).delete();
  const sheet = context.workbook.worksheets.add(grid.sheet);
  let width = 1;
  for (const row of grid.values) width = Math.max(width, row.length);
  const rows = grid.values.length;
  if (rows > 0) {
    const range = sheet.getRange(refOf({ top: 0, left: 0, bottom: rows - 1, right: width - 1 }));
    // Text as text (`@`): a `+` or `-` marking a sub-indicator, or a code such as `01`, stays as typed.
    range.numberFormat = grid.values.map((row, r) =>
      Array.from({ length: width }, (_, c) =>
        typeof row[c] === 'string' ? '@' : (grid.numberFormats?.[r]?.[c] ?? 'General'),
      ),
    );
    range.values = grid.values.map((row) => Array.from({ length: width }, (_, c) => cellOf(row[c])));
  }
  context.workbook.names.add(TERM_SHEET_MARK, sheet.getRange('A1'));
}

/** A cell as Excel takes it: an empty cell as "", an error cell left empty (its value is no figure). */
function cellOf(v: CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined || typeof v === 'object') return '';
  return v;
}
