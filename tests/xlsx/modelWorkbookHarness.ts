/**
 * What ExcelJS reads of a workbook of report sheet models, for comparing the package writer
 * (`modelWorkbook`) with the ExcelJS renderer (`renderReportSheet`) it replaced for new workbooks.
 */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { ReportSheetModel } from '../../src/core/report';
import { renderReportSheet } from '../../src/workbookFile/renderSheet';
import { modelWorkbook } from '../../src/xlsx/modelWorkbook';

/** The models as the ExcelJS renderer writes them into a new workbook. */
export async function byExcelJs(models: ReportSheetModel[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const m of models) renderReportSheet(wb, m);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An empty look is no look: ExcelJS reads `{}` where it wrote nothing. */
function look(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'object') return v;
  const o = { ...(v as Record<string, unknown>) };
  // A font's family and a solid fill's background index are defaults one writer spells out.
  delete o.family;
  if ((o.bgColor as { indexed?: number } | undefined)?.indexed === 64) delete o.bgColor;
  // A conditional fill is its background colour, with or without `patternType="solid"` (Excel omits it).
  if (o.type === 'pattern' && o.bgColor && !o.fgColor) delete o.pattern;
  return Object.keys(o).length === 0 ? null : o;
}

/** A cell's value as shown: a formula's result. */
export function shownValue(cell: ExcelJS.Cell): unknown {
  return cell.formula ? cell.result : cell.value;
}

/** A note's text, whether ExcelJS reads it as a string or as runs of text. */
function noteText(note: ExcelJS.Cell['note'] | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  return note.texts?.map((t) => t.text).join('') ?? null;
}

/** What a reader sees of every sheet, cell by cell. */
export async function seen(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        const value = c.formula ? { formula: c.formula, result: c.result } : c.value;
        cells[c.address] = {
          // An empty text is an empty cell.
          value: value === '' ? null : (value ?? null),
          numFmt: c.numFmt ?? null,
          font: look(c.font),
          fill: look(c.fill),
          border: look(c.border),
          alignment: look(c.alignment),
          note: noteText(c.note),
          master: c.isMerged ? c.master.address : null,
        };
      }),
    );
    // ExcelJS leaves out a column of its default width 9: the same as no width.
    const widths = Array.from({ length: ws.columnCount }, (_, i) => {
      const w = ws.getColumn(i + 1).width;
      return w === undefined || w === 9 ? null : w;
    });
    const heights: Record<number, number> = {};
    ws.eachRow((row, n) => {
      if (row.height) heights[n] = row.height;
    });
    const conditional = (
      ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[]; style: unknown }[] }[] }
    ).conditionalFormattings.map((cf) => ({
      ref: cf.ref,
      rules: cf.rules.map((r) => {
        const style = r.style as { font?: unknown; fill?: unknown };
        return { formulae: r.formulae, font: look(style.font), fill: look(style.fill) };
      }),
    }));
    const p = ws.pageSetup;
    const page = [p.paperSize, p.orientation, p.fitToPage, p.fitToWidth, p.fitToHeight, p.printTitlesRow, p.margins];
    const frozen = ws.views.map((v) => [v.state, v.state === 'frozen' ? v.ySplit : null]);
    out[ws.name] = { cells, widths, heights, conditional, page, frozen };
  }
  return out;
}

export async function expectSameAsExcelJs(models: ReportSheetModel[]): Promise<Record<string, unknown>> {
  const ours = await seen(await modelWorkbook(models));
  expect(ours).toEqual(await seen(await byExcelJs(models)));
  return ours;
}
