/** The summary sheet as data: build it from a report, render it with an adapter. */
export { defaultSheetSettings, type SheetSettings } from './build';
export { buildReportModel } from './withoutTables';
export { isAnnual } from '../layout';
export {
  cachedResult,
  STATUS_TEXT,
  PROGRESS_TEXT,
  OUTLOOK_TEXT,
  type ReportSheetModel,
  type ModelCell,
  type CellStyle,
  type ConditionalRule,
  type ExpectedFigure,
} from './model';
export { qualifiedCell, quoteSheet, sheetRef } from './formulas';
export { countsLine } from './counts';
export { LOOKS, TONES, FONT_NAME, DEFAULT_LOOK, type CellLook } from './look';
export { shownText, formatShown } from './shown';
export {
  appendixOf,
  type Appendix,
  type AppendixBlock,
  type AppendixCell,
  type AppendixTable,
  type HeaderLine,
  type Tone,
} from './appendix';
