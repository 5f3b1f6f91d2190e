/** The summary sheet as data: build it from a report, render it with an adapter. */
export { buildReportModel, defaultSheetSettings, type SheetSettings } from './build';
export { cachedResult, type ReportSheetModel, type ModelCell, type CellStyle, type ConditionalRule } from './model';
export { quoteSheet } from './formulas';
export { LOOKS, TONES, FONT_NAME, DEFAULT_LOOK, type CellLook } from './look';
export { shownText } from './shown';
export {
  appendixOf,
  type Appendix,
  type AppendixCell,
  type AppendixTable,
  type HeaderLine,
  type Tone,
} from './appendix';
