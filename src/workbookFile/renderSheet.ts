/**
 * ExcelJS renderer of the summary sheet model (src/core/report): cells, formulas with their cached
 * results, named styles, merges, widths, conditional colours and A4-landscape print settings.
 *
 * Formula cells carry the engine's figure as their cached result, so viewers that do not
 * calculate (previews, ExcelJS) show the right numbers; `cachedResults: false` leaves them out
 * (the LibreOffice test uses it to prove the values are recalculated, not copied).
 */
import type ExcelJS from 'exceljs';
import { cellAddress } from '../core/grid';
import { freeSheetName } from '../core/sheetName';
import {
  cachedResult,
  FONT_NAME,
  LOOKS,
  TONES,
  type CellLook,
  type CellStyle,
  type ConditionalRule,
  type ModelCell,
  type ReportSheetModel,
} from '../core/report';

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

type Style = Partial<Pick<ExcelJS.Style, 'font' | 'alignment' | 'border' | 'fill'>>;

/** A model look (src/core/report/look.ts) as ExcelJS style objects. */
function excelJsStyle(l: CellLook): Style {
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (l.horizontal !== 'general') alignment.horizontal = l.horizontal;
  if (l.vertical !== 'bottom') alignment.vertical = l.vertical === 'center' ? 'middle' : l.vertical;
  if (l.wrap) alignment.wrapText = true;
  if (l.indent) alignment.indent = l.indent;
  const font: Partial<ExcelJS.Font> = { name: FONT_NAME, size: l.size };
  if (l.bold) font.bold = true;
  if (l.italic) font.italic = true;
  if (l.underline) font.underline = true;
  const style: Style = { font, alignment };
  if (l.border) style.border = box;
  if (l.fill !== null) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${l.fill}` } };
  return style;
}

const STYLES = Object.fromEntries(Object.entries(LOOKS).map(([style, l]) => [style, excelJsStyle(l)])) as Record<
  CellStyle,
  Style
>;

const TONE_STYLES = Object.fromEntries(
  Object.entries(TONES).map(([tone, c]) => [
    tone,
    {
      font: { color: { argb: `FF${c.font}` } },
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${c.fill}` } },
    },
  ]),
) as Record<ConditionalRule['tone'], Partial<ExcelJS.Style>>;

function cellValue(c: ModelCell, cache: boolean): ExcelJS.CellValue {
  if (c.formula) {
    const formula = c.formula.slice(1);
    return (cache ? { formula, result: cachedResult(c) } : { formula }) as ExcelJS.CellFormulaValue;
  }
  // Strings stay strings: ExcelJS writes them as text, never as formulas, whatever they start with.
  return c.value ?? null;
}

function writeCell(ws: ExcelJS.Worksheet, c: ModelCell, cache: boolean) {
  const cell = ws.getCell(c.row + 1, c.col + 1);
  cell.value = cellValue(c, cache);
  const style = STYLES[c.style];
  if (style.font) cell.font = style.font;
  if (style.alignment) cell.alignment = style.alignment;
  if (style.border) cell.border = style.border;
  if (style.fill) cell.fill = style.fill as ExcelJS.Fill;
  if (c.numberFormat) cell.numFmt = c.numberFormat;
  if (c.note) cell.note = c.note;
}

/**
 * Renders the summary sheet model as a new worksheet under the first free name (`… (2)` when the
 * user has a sheet of that name). Replacing and marking chitieu's own sheets is the caller's job.
 */
export function renderReportSheet(
  workbook: ExcelJS.Workbook,
  model: ReportSheetModel,
  options: { cachedResults: boolean } = { cachedResults: true },
): ExcelJS.Worksheet {
  const name = freeSheetName(
    workbook.worksheets.map((ws) => ws.name),
    model.name,
  );
  const ws = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: model.print.orientation,
      fitToPage: model.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: model.print.titleRows
        ? `${model.print.titleRows.top + 1}:${model.print.titleRows.bottom + 1}`
        : undefined,
    },
    views: model.freezeRow !== null ? [{ state: 'frozen', ySplit: model.freezeRow, xSplit: 0 }] : [],
  });
  model.widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(model.heights)) ws.getRow(Number(row) + 1).height = height;
  for (const c of model.cells) writeCell(ws, c, options.cachedResults);
  for (const m of model.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const cf of model.conditional) {
    ws.addConditionalFormatting({
      ref: `${cellAddress(cf.range.top, cf.range.left)}:${cellAddress(cf.range.bottom, cf.range.right)}`,
      rules: cf.rules.map(
        (r, i) =>
          ({
            type: 'expression',
            formulae: [r.formula],
            style: TONE_STYLES[r.tone],
            priority: i + 1,
          }) as ExcelJS.ConditionalFormattingRule,
      ),
    });
  }
  return ws;
}
