/**
 * The standardized summary sheet as data (REPORT.md "Summary sheet"): cells with values or Excel
 * formulas, styles by name, merges, widths, conditional colours and print settings. Adapters
 * (ExcelJS in the CLI, office-js in the add-in) only render it.
 */
import type { CellRange } from '../grid';
import { excelRound } from '../narrative/format';

/** Named cell styles; each adapter maps them to its own style objects. */
export type CellStyle =
  | 'bodyLeft'
  | 'bodyLeftBold'
  | 'motto'
  | 'mottoSub'
  | 'star'
  | 'placeDate'
  | 'title'
  | 'subtitle'
  | 'tableCaption'
  | 'header'
  | 'section'
  | 'name'
  | 'subName'
  | 'text'
  | 'number'
  | 'pct'
  | 'status'
  | 'totals'
  | 'remarkTitle'
  | 'remark'
  | 'findingHeader'
  | 'finding';

/** What an engine figure a formula cell must equal — used by tests and the narrative checks. */
export interface ExpectedFigure {
  value: number | string | null;
  /** Decimals the cell shows (ROUND in its formula); null for a value shown as read. */
  decimals: number | null;
}

/**
 * What Excel would compute in a formula cell: the engine's figure rounded as the formula rounds
 * it — the cached result every .xlsx writer stores, so viewers that do not calculate show it.
 */
export function cachedResult(c: ModelCell): string | number {
  const e = c.expected;
  if (!e || e.value === null) return '';
  if (typeof e.value === 'number' && e.decimals !== null) return excelRound(e.value, e.decimals);
  return e.value;
}

export interface ModelCell {
  row: number;
  col: number;
  /** A constant. Strings are always written as text, never as formulas. */
  value?: string | number | null;
  /** An Excel formula without the leading `=` is never used: always starts with `=`. */
  formula?: string;
  /** The engine's value of a formula cell (written as the cached result). */
  expected?: ExpectedFigure;
  numberFormat?: string;
  style: CellStyle;
  /** A note shown on the cell (where a constant came from, why). */
  note?: string;
}

export interface ConditionalRule {
  /** Formula relative to the range's top-left cell, e.g. `$J10="Chưa đạt"`. */
  formula: string;
  /** Excel's Good / Bad / Neutral colours, and its amber "Neutral" (yellow) for what is under way. */
  tone: 'good' | 'bad' | 'neutral' | 'amber';
}

export interface ReportSheetModel {
  name: string;
  cells: ModelCell[];
  merges: CellRange[];
  /** Column widths in characters. */
  widths: number[];
  /** Extra row heights (points), by 0-based row. */
  heights: Record<number, number>;
  conditional: { range: CellRange; rules: ConditionalRule[] }[];
  print: {
    orientation: 'landscape' | 'portrait';
    /** 0-based rows repeated at the top of each printed page. */
    titleRows: { top: number; bottom: number } | null;
    fitToWidth: boolean;
  };
  /** First row below the frozen header, if any. */
  freezeRow: number | null;
  /** Last used row and column (0-based). */
  lastRow: number;
  lastCol: number;
}

/** Vietnamese words of the statuses, as the sheet and the formulas write them. */
export const STATUS_TEXT = {
  vuot: 'Vượt',
  dat: 'Đạt',
  chua_dat: 'Chưa đạt',
  khong_danh_gia: 'Không đánh giá',
  dang_thuc_hien: 'Đang thực hiện',
} as const;

/** Vietnamese words of a partial period's pace (§7.4). */
export const PROGRESS_TEXT = { dat_tien_do: 'Đạt tiến độ', cham_tien_do: 'Chậm tiến độ' } as const;

/** Vietnamese words of a term-in-progress outlook (§7.5). */
export const OUTLOOK_TEXT = { da_dat: 'Đã đạt', co_kha_nang_dat: 'Có khả năng đạt', kho_dat: 'Khó đạt' } as const;
