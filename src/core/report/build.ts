/**
 * Builds the summary sheet model from the engine's results (REPORT.md "Summary sheet").
 *
 * Layout: the header block (party or state style), the title and period, then one block per
 * detected table — annual (`STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ TH/KH (%) |
 * Chênh lệch | Cùng kỳ | Tăng (+), giảm (-) so với cùng kỳ | Đánh giá`) when its indicators have one period, term
 * otherwise (`KH | TH | %` per period, then `Bình quân | Tổng TH | Tổng KH | Tăng BQ/năm (%) |
 * Chỉ tiêu NK | Tỷ lệ NK (%) | Đánh giá`) — then the totals line, `Nhận xét` and the findings.
 *
 * Rules:
 * - A number read from a numeric source cell is a formula pointing at it (`='Chỉ tiêu 2020'!E8`,
 *   `*100` when the cell is formatted as %); a number the engine read from text (`27,6`,
 *   `Dưới 5,5%`) cannot be referenced by a formula, so it is written as a constant with a note
 *   naming its source cell.
 * - Every computed figure is a formula over the sheet's own cells, rounded with ROUND to the
 *   decimals the sentences use (`DECIMALS`), and carries the engine's value as its cached result.
 * - `Đánh giá` is a formula for numeric targets and the engine's text for ratings, yes/no and
 *   non-numeric values; conditional formatting colours it, so a change in the source recolours it.
 * - Names, units and sentences are text constants, never formulas, whatever they start with.
 * - A text longer than Excel's cell limit (32,767 characters: a sentence quoting a name that already
 *   fills its source cell) is cut to the limit, ending in `…`; no row is taller than Excel's 409 points.
 */
import type { Grid } from '../grid';
import type { Report, TableResult } from '../indicator';
import type { ReportSheetModel } from './model';
import { headerBlock, titlePeriod, type SheetSettings } from './header';
import { countsLine } from './counts';
import { isAnnual } from '../layout';
import { maxOf } from '../arrays';
import { MAX_ROW_HEIGHT, SheetWriter } from './sheetWriter';
import type { Ctx } from './sheetCells';
import { tablePeriods } from './periods';
import { annualBlock, annualLayout } from './annualBlock';
import { termBlock, termColumns } from './termBlock';
import { tonedColumns, toneRules } from './tones';
import { planColumns } from './planColumns';

export { defaultSheetSettings, type SheetSettings } from './header';

const MAX_MERGED_REMARKS = 300;

function textBlock(ctx: Ctx, title: string, lines: string[], lastCol: number) {
  const w = ctx.w;
  w.row++;
  w.text(0, title, 'remarkTitle');
  w.merge(w.row, 0, w.row, lastCol);
  w.row++;
  // Each sentence is merged across the table so it wraps within the page; past a few hundred
  // sentences (a generated or district-size workbook) merges would dominate the write time, so the
  // text is left to overflow instead.
  const merge = lines.length <= MAX_MERGED_REMARKS;
  for (const line of lines) {
    w.text(0, line, 'remark');
    if (merge) {
      w.merge(w.row, 0, w.row, lastCol);
      w.heights[w.row] = Math.min(MAX_ROW_HEIGHT, Math.max(18, Math.ceil(line.length / 150) * 16));
    }
    w.row++;
  }
}

function findingsBlock(ctx: Ctx, report: Report, lastCol: number) {
  if (report.checks.length === 0) return;
  const w = ctx.w;
  w.row++;
  w.text(0, `Số liệu cần kiểm tra (${report.checks.length})`, 'remarkTitle');
  w.merge(w.row, 0, w.row, lastCol);
  w.row++;
  ['Ô', 'Chỉ tiêu', 'Ghi', 'Tính lại', 'Giải thích'].forEach((h, i) => w.text(i, h, 'findingHeader'));
  w.merge(w.row, 4, w.row, lastCol);
  w.row++;
  for (const f of report.checks) {
    w.text(0, `${f.sheet}!${f.cell}`, 'finding');
    w.text(1, f.indicator, 'finding');
    w.put(2, { value: typeof f.reported === 'number' ? f.reported : (f.reported ?? ''), style: 'finding' });
    w.put(3, { value: f.computed === null ? '' : Math.round(f.computed * 10) / 10, style: 'finding' });
    w.text(4, f.message, 'finding');
    w.merge(w.row, 4, w.row, lastCol);
    w.row++;
  }
}

/** The last column a table's block uses (the header block and remarks span to it). */
function lastColumnOf(t: TableResult): number {
  if (!isAnnual(t)) {
    const tail = termColumns(0, t.termProgress !== null, planColumns(t)).labels.length;
    return 3 + tablePeriods(t).length * 3 + tail - 1;
  }
  return annualLayout(t).last;
}

/**
 * The summary sheet model of a report.
 * @example
 * const grids = [{ sheet: 'S', values: [['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'], ['Thu ngân sách', 'Triệu đồng', 10500, 36015]] }];
 * const r = runReport(grids);
 * r.ok && buildReportModel(r.report, grids, { ...defaultSheetSettings, issuingBody: 'Đảng ủy phường Phúc Đồng' }).name // → 'Báo cáo chỉ tiêu'
 */
export function buildReportModel(report: Report, grids: Grid[], settings: SheetSettings): ReportSheetModel {
  const w = new SheetWriter();
  const ctx: Ctx = { w, grids: new Map(grids.map((g) => [g.sheet, g])), toned: [] };
  const widths: number[] = [];
  let titleRows: { top: number; bottom: number } | null = null;
  let freezeRow: number | null = null;
  const lastColGuess = maxOf(report.tables.map(lastColumnOf));
  headerBlock(w, settings, titlePeriod(report), lastColGuess);
  for (const t of report.tables) {
    if (report.tables.length > 1) {
      w.row++;
      w.text(0, `Bảng ${t.sheet}${t.period ? ` — ${t.period}` : ''} (${t.range})`, 'tableCaption');
      w.merge(w.row, 0, w.row, 3);
      w.row++;
    }
    const headerTop = w.row;
    const firstCell = w.cells.length;
    const block = isAnnual(t) ? annualBlock(ctx, t) : termBlock(ctx, t);
    w.fillBlanks(block.first, w.row - 1, block.widths.length - 1, firstCell);
    titleRows ??= { top: headerTop, bottom: block.first - 1 };
    freezeRow ??= block.first;
    block.widths.forEach((x, i) => (widths[i] = Math.max(widths[i] ?? 0, x)));
  }
  const lastCol = Math.max(w.lastCol, lastColGuess);
  w.row++;
  w.text(0, countsLine(report.counts, { metShare: true }), 'totals');
  w.merge(w.row, 0, w.row, lastCol);
  w.row++;
  textBlock(ctx, 'Nhận xét', report.narrative, lastCol);
  findingsBlock(ctx, report, lastCol);
  // With no indicator table (a workbook of tables of bodies only) nothing sizes the sheet: it
  // then spans the findings' columns (`Ô | Chỉ tiêu | Ghi | Tính lại | Giải thích`).
  const extent =
    report.tables.length > 0
      ? lastCol
      : maxOf(
          w.cells.map((c) => c.col),
          lastCol,
        );
  return {
    name: settings.sheetName,
    cells: w.cells,
    merges: w.merges,
    widths,
    heights: w.heights,
    conditional: tonedColumns(ctx.toned).map(({ kind, range }) => ({ range, rules: toneRules(kind, range) })),
    print: { orientation: 'landscape', titleRows, fitToWidth: true },
    freezeRow,
    lastRow: w.row - 1,
    lastCol: extent,
  };
}
