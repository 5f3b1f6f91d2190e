/**
 * The summary sheet's tables as the page shows them: the Word appendix's reading of the sheet model
 * (`appendixOf`, src/core/report) — the same columns, the same texts, the same status colours as
 * the sheet — not a second rendering of the report. A page shows at most `SHOWN_ROWS` rows: a
 * browser lays out a few thousand rows at most in reasonable time; the rest is in the downloads.
 */
import { appendixOf, type AppendixTable, type ReportSheetModel } from '../core/report';

/** Rows of the tables shown on the page, at most (the header rows included). */
export const SHOWN_ROWS = 1000;

export interface SheetTables {
  tables: AppendixTable[];
  /** Rows of the sheet's tables not shown (beyond `SHOWN_ROWS`). */
  rowsLeft: number;
}

export function sheetTablesOf(model: ReportSheetModel): SheetTables {
  const tables: AppendixTable[] = [];
  let room = SHOWN_ROWS;
  let rowsLeft = 0;
  for (const t of appendixOf(model, 'party').tables) {
    const kept = Math.min(t.rows.length, room);
    if (kept > t.headerRows) tables.push({ ...t, rows: t.rows.slice(0, kept), sheetRows: t.sheetRows.slice(0, kept) });
    rowsLeft += t.rows.length - (kept > t.headerRows ? kept : 0);
    room -= kept;
  }
  return { tables, rowsLeft };
}
