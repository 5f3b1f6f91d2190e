/**
 * ExcelJS adapter, writing side: a copy of the input workbook with a plain results sheet
 * ("Báo cáo chỉ tiêu") added. Interim: a later issue replaces this with the full report model
 * (formulas pointing at the source cells, header block, conditional colours).
 *
 * Rules:
 * - The input file is never written: an output path resolving to the input (same path, a symlink
 *   or a hard link to it) is refused.
 * - The sheet takes the first free name among "Báo cáo chỉ tiêu", "Báo cáo chỉ tiêu (2)", (3)…
 *   It is marked as chitieu's own (`OWN_SHEET_MARK`): the next run replaces it and never reads it.
 * - Text is written as string values, never formulas, even when it starts with `=`, `+`, `-`, `@`.
 */
import { realpathSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import type { Finding, IndicatorResult, Report, Status } from '../core/indicator';
import { countsLine, formatNumber, qualifiedCell } from './format';
import { OWN_SHEET_MARK, ownSheetNames } from './readWorkbook';

export const RESULTS_SHEET_NAME = 'Báo cáo chỉ tiêu';

export const STATUS_LABELS: Record<Status, string> = {
  vuot: 'Vượt',
  dat: 'Đạt',
  chua_dat: 'Chưa đạt',
  khong_danh_gia: 'Không đánh giá',
};

const INDICATOR_HEADER = [
  'Bảng',
  'Dòng',
  'Chỉ tiêu',
  'ĐVT',
  'Kỳ',
  'Kế hoạch',
  'Thực hiện',
  'Tỷ lệ TH/KH (%)',
  'Đánh giá',
];
const FINDING_HEADER = ['Ô', 'Ghi', 'Tính lại', 'Giải thích'];

type Line = (string | number | null)[];

export type WriteOutcome = { ok: true } | { ok: false; message: string };

/** Adds the results sheet to `workbook` and writes it to `outputPath` (never onto `inputPath`). */
export async function writeResults(
  workbook: ExcelJS.Workbook,
  report: Report,
  inputPath: string,
  outputPath: string,
): Promise<WriteOutcome> {
  if (isSameFile(inputPath, outputPath)) return { ok: false, message: sameFileMessage(outputPath) };
  addResultsSheet(workbook, report);
  // Built in memory first: a failure while ExcelJS builds the zip leaves no half-written file.
  const bytes = await workbook.xlsx.writeBuffer();
  await writeFile(outputPath, new Uint8Array(bytes));
  return { ok: true };
}

export function sameFileMessage(outputPath: string): string {
  return `Không ghi đè lên tệp đầu vào ${basename(outputPath)}: hãy chọn tệp kết quả khác.`;
}

/** True when `b` names the same file as `a` (after resolving symlinks; hard links by inode). */
export function isSameFile(a: string, b: string): boolean {
  const [ra, rb] = [canonicalPath(a), canonicalPath(b)];
  if (ra === rb) return true;
  try {
    const [sa, sb] = [statSync(a), statSync(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function canonicalPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    // Not there yet: resolve its folder, which may itself be a symlink.
    try {
      return join(realpathSync(dirname(resolve(p))), basename(p));
    } catch {
      return resolve(p);
    }
  }
}

/**
 * Adds the results sheet (first free name) and returns it. Results sheets of an earlier run are
 * replaced; a user's sheet that happens to bear the name is left alone.
 */
export function addResultsSheet(workbook: ExcelJS.Workbook, report: Report): ExcelJS.Worksheet {
  removeOwnSheets(workbook);
  const sheet = workbook.addWorksheet(freeSheetName(workbook, RESULTS_SHEET_NAME));
  workbook.definedNames.add(qualifiedCell(sheet.name, '$A$1'), OWN_SHEET_MARK);
  sheet.columns = [10, 7, 48, 12, 12, 14, 14, 14, 16].map((width) => ({ width }));
  const lines: Line[] = [
    INDICATOR_HEADER,
    ...report.tables.flatMap((t) => t.indicators.map((ind) => indicatorLine(t.sheet, ind))),
  ];
  lines.push([], [countsLine(report.counts)]);
  if (report.checks.length > 0)
    lines.push([], ['Số liệu cần kiểm tra'], FINDING_HEADER, ...report.checks.map(findingLine));
  lines.forEach((line, i) => writeLine(sheet, i + 1, line));
  for (const r of headerRows(lines)) sheet.getRow(r).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return sheet;
}

function removeOwnSheets(workbook: ExcelJS.Workbook): void {
  for (const name of ownSheetNames(workbook)) {
    const sheet = workbook.getWorksheet(name);
    if (sheet) workbook.removeWorksheet(sheet.id);
  }
  for (const ref of workbook.definedNames.getRanges(OWN_SHEET_MARK).ranges)
    workbook.definedNames.remove(ref, OWN_SHEET_MARK);
}

/** "Báo cáo chỉ tiêu", or "(2)", "(3)"… when taken (sheet names compare case-insensitively in Excel). */
export function freeSheetName(workbook: ExcelJS.Workbook, base: string): string {
  const taken = new Set(workbook.worksheets.map((ws) => ws.name.toLocaleLowerCase('vi')));
  let name = base;
  for (let n = 2; taken.has(name.toLocaleLowerCase('vi')); n++) name = `${base} (${n})`;
  return name;
}

/**
 * One line per indicator, showing the figures its overall status comes from: the term figures when
 * it has a term target, otherwise its latest period with both target and actual (else its last period).
 * So the "Đánh giá" column always agrees with the counts line.
 */
function indicatorLine(sheet: string, ind: IndicatorResult): Line {
  const start: Line = [sheet, ind.row, ind.name, ind.unit];
  const term = ind.term;
  if (term && term.termStatus !== null) {
    const basisFigure = term.basis === 'total' ? term.total : term.average;
    return [
      ...start,
      'Cả nhiệm kỳ',
      term.termTarget,
      basisFigure,
      term.termAchievementPct,
      STATUS_LABELS[ind.overallStatus],
    ];
  }
  const p = [...ind.periods].reverse().find((q) => q.target !== null && q.actual !== null) ?? ind.periods.at(-1);
  return [
    ...start,
    p?.period ?? null,
    p?.target ?? null,
    p?.actual ?? null,
    p?.achievementPct ?? null,
    STATUS_LABELS[ind.overallStatus],
  ];
}

function findingLine(f: Finding): Line {
  const reported = typeof f.reported === 'number' ? formatNumber(f.reported, 4) : f.reported;
  const computed = f.computed === null ? null : formatNumber(f.computed, 1);
  return [qualifiedCell(f.sheet, f.cell), reported, computed, f.message];
}

/** Strings go in as string values: ExcelJS writes them as text, so `=…` never becomes a formula. */
function writeLine(sheet: ExcelJS.Worksheet, rowNumber: number, line: Line): void {
  const row = sheet.getRow(rowNumber);
  line.forEach((value, i) => {
    if (value === null || value === '') return;
    const cell = row.getCell(i + 1);
    cell.value = value;
    if (typeof value === 'number' && !Number.isInteger(value)) cell.numFmt = '#,##0.0##';
  });
}

function headerRows(lines: Line[]): number[] {
  return lines.flatMap((line, i) => (line === INDICATOR_HEADER || line === FINDING_HEADER ? [i + 1] : []));
}
