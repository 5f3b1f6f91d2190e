/**
 * The summary sheet's achievement chart, drawn by the add-in in the batch that writes the sheet (no
 * sync of its own): the chart the package writer puts in the copy (`summaryChartSpec`, one
 * definition), as the Excel JS API can make it.
 *
 * - A clustered column chart (`charts.add`, ExcelApi 1.1) over the sheet's own achievement % cells,
 *   its categories the indicators' names in the sheet (`setXAxisValues`, 1.7), so a figure corrected
 *   in Excel redraws its bar; each bar filled with its row's status colour (`points…setSolidColor`,
 *   1.7), the % written on it.
 * - The 100% line: the API takes a series' values from cells only, and the sheet has no cells of
 *   100 (writing some would add figures the report does not have, and mark the sheet as edited by
 *   the fingerprint). So the category axis crosses the value axis at 100 (`setPositionAt`, 1.8): the
 *   axis line is the target, a bar rises above it by what was exceeded and hangs below it by what is
 *   missing, the scale still from 0.
 * - Placed under the sheet's content over the columns of its tables, as in the copy.
 */
/// <reference types="office-js" />
import { columnLetters } from '../core/grid';
import type { ReportSheetModel } from '../core/report';
import { summaryChartSpec } from '../core/report/sheetChart';

export const CHART_NAME = 'Biểu đồ chỉ tiêu';
export const SERIES_NAME = 'Tỷ lệ thực hiện (%)';

/** `'Báo cáo chỉ tiêu'!$B$9:$B$20` → `B9:B20` (the range on the sheet being written). */
const onSheet = (ref: string) => ref.slice(ref.lastIndexOf('!') + 1).replace(/\$/g, '');

/** Queues the chart of `model` on `sheet`; false when the sheet has nothing to chart. */
export function queueSummaryChart(sheet: Excel.Worksheet, model: ReportSheetModel): boolean {
  const spec = summaryChartSpec(model);
  if (!spec) return false;
  const chart = sheet.charts.add('ColumnClustered', sheet.getRange(onSheet(spec.valuesRef)), 'Columns');
  chart.name = CHART_NAME;
  chart.title.text = spec.title;
  chart.legend.visible = false;
  const { row, fromCol, toCol, rows } = spec.anchor;
  chart.setPosition(`${columnLetters(fromCol)}${row + 1}`, `${columnLetters(toCol)}${row + rows}`);
  chart.axes.valueAxis.minimum = 0;
  chart.axes.valueAxis.setPositionAt(100);
  const series = chart.series.getItemAt(0);
  series.name = SERIES_NAME;
  series.setXAxisValues(sheet.getRange(onSheet(spec.categoriesRef)));
  series.hasDataLabels = true;
  series.gapWidth = 60;
  spec.colours.forEach((rgb, i) => series.points.getItemAt(i).format.fill.setSolidColor(`#${rgb}`));
  return true;
}
