/**
 * office-js adapter, writing side: renders the summary sheet model (`src/core/report`) into the open
 * workbook, the way the CLI's ExcelJS renderer writes it into the .xlsx. Three steps: the pure plan
 * (`./plan/sheetPlan.ts`: which ranges get which values, formulas, formats, merges, notes), its
 * batches (`./plan/batches.ts`: the plan's parts with their request bytes, cut under the 5 MB
 * limit) and this thin writer, which replaces the sheet and queues each part on it.
 *
 * Rules (the CLI's, see `src/cli/writeResults.ts`):
 * - The sheet of an earlier run — the one the workbook name `chitieu.BaoCao` points at — is
 *   deleted and the name with it; a user's sheet is never touched, whatever its name. The new sheet
 *   takes the first free name (`Báo cáo chỉ tiêu`, `Báo cáo chỉ tiêu (2)`…, compared without case)
 *   and is marked right after it is added, so even a half-written sheet is recognised as ours.
 * - Cells go as 2-D `range.formulas` arrays over bands of rows, each band over the columns it uses
 *   (a sentence row is column A only; empty rows are not sent): formulas as they are, numbers as
 *   numbers, every text constant prefixed with an apostrophe. Formulas that read the same in R1C1
 *   down a column (`=IFERROR(ROUND(RC[-1]/RC[-2]*100,1),"")`, `='Nguồn'!R[-5]C`) are left "" in the
 *   arrays and written once per rectangle as a single `range.formulasR1C1` value; a rectangle may
 *   step over empty cells (a section row, a rate's missing total) when emptying them again costs
 *   less than breaking it — whichever of the two ways makes the smaller request. The prefix is
 *   how Excel is told "this is text" for typed input: without it Excel would turn `=HYPERLINK(…)`,
 *   `+1`, `-x`, `@x` into formulas and `01`, `1/2`, `15%`, `TRUE` into numbers, dates or booleans. It
 *   is not part of the value (the cell reads `=HYPERLINK(…)`), and unlike a `@` number format it
 *   leaves the cell's format General, so a user typing a formula there later gets a formula.
 * - Number formats go on every formula and number cell (`General` where the model has none), after
 *   the formulas: Excel gives a General cell receiving a formula the format of the cell it
 *   references (a source `0.0%` would turn a `*100` figure into 9169%), and ours must win. Per
 *   column, whichever is smaller: one format on the whole column and the exceptions on runs, or the
 *   column as part of a 2-D `numberFormat` array (formats that change with every indicator's unit).
 * - Formats are applied per attribute on rectangles, not per cell: for each attribute (font size,
 *   bold, alignment, borders, fill…) the most common value is set once on each band of rows holding
 *   cells (over the columns they use: sentence rows are column A), then each other value on the
 *   fewest rectangles covering its cells. Merges of single rows with the same
 *   columns on consecutive rows become one `merge(true)` (merge across).
 * - Column widths (characters in the model) become points as Excel converts them for its default
 *   font (7 px per character plus padding, 0.75 pt per px); row heights are points already.
 * - Status colours are conditional formats (custom expression rules), so a change in the source
 *   recolours the sheet. Print: A4 landscape, fit to one page wide, repeated table header rows,
 *   the CLI's margins. Freeze panes below the table header. Notes (source of a constant) on cells
 *   when the host has ExcelApi 1.18.
 *
 * The achievement chart (`./summaryChart`) is queued with the last part, on the report's sheet only.
 *
 * Syncs: one. Screen updating and API calculation are suspended for that batch
 * (`suspendScreenUpdatingUntilNextSync`, `suspendApiCalculationUntilNextSync`): Excel then
 * calculates the new formulas once, when the sync ends, instead of after every write; both resume
 * by themselves at the sync, so a failing batch cannot leave Excel in manual calculation — which is
 * why they are used rather than setting `application.calculationMode` to manual and back.
 * Without the workbook state from `readWorkbook`, one more sync first looks it up.
 * Recalculation: once API calculation resumes, a workbook in automatic calculation calculates
 * what was written by itself; one in **manual** calculation does not (Microsoft: after the
 * suspension "it is the developer's responsibility to re-calc"), and the report would show empty
 * or old figures until the user pressed F9. So in manual mode only, one more sync calculates the
 * written sheet (`worksheet.calculate(true)`, what Shift+F9 does on it) — not the whole
 * application, whose other sheets the user chose to leave uncalculated. Automatic workbooks keep
 * their single write sync (no extra round trip on Excel on the web); real Excel's checklist
 * (src/excel/README.md) confirms that they show calculated figures.
 * Chunking (`./plan/batches.ts`): Excel on the web refuses a request above 5 MB. Each part of the
 * write (rows of the cell arrays, each shared formula, each format rectangle…) has its JSON size
 * estimated on the safe side; the parts are packed in order into batches of at most `maxRequestBytes` (4.5 MB) and
 * only when there is more than one batch does a second sync follow — the one place where syncs
 * follow one another. A 5,000-indicator annual report (10,000 rows with its sentences) is 2.5 MB,
 * a 1,000-indicator 5-year term report 1.0 MB: one sync each. The sentences are most of it.
 */
/// <reference types="office-js" />
import { cellAddress, type CellRange } from '../core/grid';
import type { ReportSheetModel } from '../core/report';
import { freeSheetName } from '../core/sheetName';
import { refOf } from './address';
import { fingerprintComment, modelFingerprint } from './fingerprint';
import { excelApiSupported, NOTES_API } from './host';
import {
  batchBytes,
  MAX_REQUEST_BYTES,
  packBatches,
  structureBytes,
  type WriteOp,
  type WriteStep,
} from './plan/batches';
import { planSheet, type FormatOp } from './plan/sheetPlan';
import {
  DISTRICT_SHEET_MARK,
  OWN_SHEET_MARK,
  queueWorkbookState,
  sameSheetName,
  workbookStateOf,
  type WorkbookState,
} from './readWorkbook';
import { FONT_NAME, TONES } from './styles';
import { queueSummaryChart } from './summaryChart';

export interface WriteOptions {
  /** The workbook as `readWorkbook` found it; without it one more sync looks it up. */
  workbook?: WorkbookState;
  /** Split the write over several syncs above this estimated request size. */
  maxRequestBytes?: number;
  /**
   * Which of chitieu's sheets this is: the report (`chitieu.BaoCao`, default) or the district
   * consolidation (`chitieu.TongHop`). Only the earlier sheet of the same kind is replaced.
   */
  kind?: 'report' | 'district';
  /** Told before each sync of a write cut in several (`done` of `total` parts, from 1). */
  onBatch?: (done: number, total: number) => void;
}

export interface WriteResult {
  sheetName: string;
  syncs: number;
  /** The written sheet was calculated by the writer (a workbook in manual calculation). */
  recalculated: boolean;
  /** Estimated request bytes of each batch (one per sync, the lookup excluded). */
  estimatedBytes: number[];
}

/** Renders `model` as chitieu's sheet (see the module comment) with its chart; returns the name it got. */
export async function writeReport(
  context: Excel.RequestContext,
  model: ReportSheetModel,
  options: WriteOptions = {},
): Promise<WriteResult> {
  let syncs = 0;
  let known = options.workbook;
  if (!known) {
    const stateLoad = queueWorkbookState(context);
    await context.sync();
    syncs++;
    known = workbookStateOf(stateLoad).state;
  }
  const district = options.kind === 'district';
  const own = district
    ? (known.district ?? { sheet: null, markExists: false })
    : { sheet: known.ownSheet, markExists: known.markExists };
  const taken = known.sheetNames.filter((n) => own.sheet === null || !sameSheetName(n, own.sheet));
  const sheetName = freeSheetName(taken, model.name);
  const structure = structureBytes(sheetName);
  const batches = packBatches(model, planSheet(model), {
    structureBytes: structure,
    limit: options.maxRequestBytes ?? MAX_REQUEST_BYTES,
    notes: excelApiSupported(NOTES_API),
  });
  const app = context.workbook.application;

  // Batch 1: replace the sheet and mark it at once (so even a half-written sheet is ours), then write.
  app.suspendScreenUpdatingUntilNextSync();
  app.suspendApiCalculationUntilNextSync();
  const sheet = replaceSheet(context, own, sheetName, district ? null : model);
  const chart = district ? null : model;
  queueBatch(sheet, batches, 0, options, chart);
  await context.sync();
  syncs++;

  // Only above the request limit (see "Chunking"): the remaining batches, one sync each.
  for (let i = 1; i < batches.length; i++) {
    app.suspendScreenUpdatingUntilNextSync();
    app.suspendApiCalculationUntilNextSync();
    queueBatch(sheet, batches, i, options, chart);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each batch is queued whole; split only to stay under 5 MB
    await context.sync();
    syncs++;
  }

  // A workbook in manual calculation: calculate what was written (see "Recalculation").
  const recalculated = known.calculationMode === 'Manual';
  if (recalculated) {
    sheet.calculate(true);
    await context.sync();
    syncs++;
  }
  return { sheetName, syncs, estimatedBytes: batchBytes(batches, structure), recalculated };
}

/**
 * Deletes chitieu's earlier sheet of this kind and its mark, adds the new sheet and marks it. The
 * report's mark carries the fingerprint of what is written (`report`; see `./fingerprint`), the
 * district's none (`null`).
 */
function replaceSheet(
  context: Excel.RequestContext,
  own: { sheet: string | null; markExists: boolean },
  sheetName: string,
  report: ReportSheetModel | null,
): Excel.Worksheet {
  const mark = report ? OWN_SHEET_MARK : DISTRICT_SHEET_MARK;
  if (own.markExists) context.workbook.names.getItem(mark).delete();
  if (own.sheet) context.workbook.worksheets.getItem(own.sheet).delete();
  const sheet = context.workbook.worksheets.add(sheetName);
  if (report) context.workbook.names.add(mark, sheet.getRange('A1'), fingerprintComment(modelFingerprint(report)));
  else context.workbook.names.add(mark, sheet.getRange('A1'));
  return sheet;
}

/**
 * Queues batch `i`; the last one draws the chart of `chart` (the report's model; null for the district
 * sheet) and activates the sheet. A write in several parts is told each.
 */
function queueBatch(
  sheet: Excel.Worksheet,
  batches: WriteStep[][],
  i: number,
  options: WriteOptions,
  chart: ReportSheetModel | null,
): void {
  for (const s of batches[i]) queueOp(sheet, s.op);
  if (i === batches.length - 1) {
    if (chart) queueSummaryChart(sheet, chart);
    sheet.activate();
  }
  if (batches.length > 1) options.onBatch?.(i + 1, batches.length);
}

/** Rows `from..to` (counted from its top) of a rectangle of the sheet. */
function rowsOf(sheet: Excel.Worksheet, range: CellRange, from: number, to: number): Excel.Range {
  return sheet.getRange(refOf({ ...range, top: range.top + from, bottom: range.top + to }));
}

/** One part of the plan as office-js calls on the sheet. */
function queueOp(sheet: Excel.Worksheet, op: WriteOp): void {
  switch (op.kind) {
    case 'cells':
      rowsOf(sheet, op.block.range, op.from, op.to).formulas = op.block.formulas.slice(op.from, op.to + 1);
      return;
    case 'shared':
      // One R1C1 formula for a whole rectangle: office-js applies a single value to every cell of
      // the range ("update all cells in a range"); its typings only declare the 2-D form.
      (sheet.getRange(refOf(op.range)) as unknown as { formulasR1C1: string }).formulasR1C1 = op.r1c1;
      return;
    case 'blank':
      // Cells a shared formula stepped over, emptied again (contents only; formats follow later).
      sheet.getRange(refOf(op.range)).clear('Contents');
      return;
    case 'numberFormatRows':
      rowsOf(sheet, op.array.range, op.from, op.to).numberFormat = op.array.formats.slice(op.from, op.to + 1);
      return;
    case 'numberFormat':
      (sheet.getRange(refOf(op.run.range)) as unknown as { numberFormat: string }).numberFormat = op.run.format;
      return;
    case 'font':
      sheet.getRange(refOf(op.range)).format.font.name = FONT_NAME;
      return;
    case 'look':
      applyLook(sheet.getRange(refOf(op.op.range)).format, op.op);
      return;
    case 'merge':
      sheet.getRange(refOf(op.merge.range)).merge(op.merge.across);
      return;
    case 'conditional': {
      const rule = sheet.getRange(refOf(op.rule.range)).conditionalFormats.add('Custom');
      rule.custom.rule.formula = op.rule.formula;
      rule.custom.format.font.color = TONES[op.rule.tone].font;
      rule.custom.format.fill.color = TONES[op.rule.tone].fill;
      return;
    }
    case 'width':
      sheet.getRange(refOf(op.range)).format.columnWidth = op.points;
      return;
    case 'height':
      sheet.getRange(refOf(op.range)).format.rowHeight = op.points;
      return;
    case 'note':
      sheet.notes.add(cellAddress(op.note.row, op.note.col), op.note.text);
      return;
    case 'page':
      pageSetup(sheet, op.print, op.freezeRow);
  }
}

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

function applyLook(format: Excel.RangeFormat, op: FormatOp): void {
  const l = op.look;
  if (l.size !== undefined) format.font.size = l.size;
  if (l.bold !== undefined) format.font.bold = l.bold;
  if (l.italic !== undefined) format.font.italic = l.italic;
  if (l.underline !== undefined) format.font.underline = l.underline ? 'Single' : 'None';
  if (l.h !== undefined) format.horizontalAlignment = l.h;
  if (l.v !== undefined) format.verticalAlignment = l.v;
  if (l.wrap !== undefined) format.wrapText = l.wrap;
  if (l.indent !== undefined) format.indentLevel = l.indent;
  if (l.fill) format.fill.color = l.fill;
  if (l.border) {
    const edges: string[] = [...BORDER_EDGES];
    if (op.range.bottom > op.range.top) edges.push('InsideHorizontal');
    if (op.range.right > op.range.left) edges.push('InsideVertical');
    for (const edge of edges) {
      const b = format.borders.getItem(edge as Excel.BorderIndex);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#000000';
    }
  }
}

function pageSetup(sheet: Excel.Worksheet, print: ReportSheetModel['print'], freezeRow: number | null): void {
  const page = sheet.pageLayout;
  page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.paperSize = 'A4';
  if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  // The CLI's margins (inches) in points.
  page.leftMargin = 36;
  page.rightMargin = 28.8;
  page.topMargin = 43.2;
  page.bottomMargin = 43.2;
  page.headerMargin = 21.6;
  page.footerMargin = 21.6;
  if (print.titleRows) page.setPrintTitleRows(`$${print.titleRows.top + 1}:$${print.titleRows.bottom + 1}`);
  if (freezeRow !== null && freezeRow > 0) sheet.freezePanes.freezeRows(freezeRow);
}
