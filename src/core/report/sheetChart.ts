/**
 * The summary sheet's achievement chart as the sheet holds it: the first indicator table's rows —
 * names and the achievement % column (`Tỷ lệ TH/KH (%)`, `Tỷ lệ nhiệm kỳ / lũy kế (%)`), as ranges
 * of the sheet's own cells and as the values it caches — and each row's colour from the status word
 * the sheet writes. Both the package writer (`src/xlsx/chart.ts`) and the add-in (`src/excel`) draw
 * it, so a figure corrected in Excel redraws its bar in either. A section row is a label with no bar,
 * which groups the bars by field. A sheet without such a column, or one of more than `MAX_BARS`
 * rows, gets no chart (it would be unreadable).
 */
import { columnLetters } from '../grid';
import type { Tone } from './appendix';
import { quoteSheet } from './formulas';
import { TONES } from './look';
import { cachedResult, type ModelCell, type ReportSheetModel } from './model';
import { shownText } from './shown';

/** More rows than this make a chart nobody reads. */
export const MAX_BARS = 60;

export interface ChartSpec {
  title: string;
  /** `'Báo cáo chỉ tiêu'!$B$9:$B$20` */
  categoriesRef: string;
  valuesRef: string;
  /** The cells' values as the sheet caches them (names, and % or null where empty). */
  categories: string[];
  values: (number | null)[];
  /** The colour of each bar, from its row's status word. */
  colours: string[];
  /** Where the drawing goes: the first row under the sheet's content and the columns it spans. */
  anchor: { row: number; fromCol: number; toCol: number; rows: number };
}

const PCT_HEADER = /^Tỷ lệ (TH\/KH|TH\/chỉ tiêu đề ra|nhiệm kỳ)/;
const TABLE_STYLES = new Set(['section', 'name', 'subName', 'text', 'number', 'pct', 'status']);

const TONE_OF: Record<string, Tone> = {
  Vượt: 'good',
  Đạt: 'good',
  'Đã đạt': 'good',
  'Chưa đạt': 'bad',
  'Khó đạt': 'bad',
  'Đang thực hiện': 'amber',
  'Có khả năng đạt': 'amber',
};

/** The chart of a summary sheet model, or null when it has no achievement % column to chart. */
export function summaryChartSpec(model: ReportSheetModel): ChartSpec | null {
  const header = model.cells.find((c) => c.style === 'header' && PCT_HEADER.test(shownText(c)));
  if (!header) return null;
  const heads = model.cells.filter((c) => c.style === 'header' && c.row >= header.row - 2 && c.row <= header.row + 2);
  const nameCol = heads.find((c) => shownText(c) === 'Chỉ tiêu')?.col ?? 1;
  const statusCol = (
    heads.find((c) => shownText(c) === 'Khả năng hoàn thành') ?? heads.find((c) => shownText(c) === 'Đánh giá')
  )?.col;
  const at = cellsIn(model.cells, [nameCol, header.col, statusCol ?? -1]);
  let first = header.row + 1;
  while (at.get(key(first, nameCol))?.style === 'header') first++;
  // The rows under the header, counted no further than one past the most a chart shows.
  let last = first;
  while (last - first < MAX_BARS && TABLE_STYLES.has(at.get(key(last + 1, nameCol))?.style ?? '')) last++;
  const count = last - first + 1;
  if (count < 1 || count > MAX_BARS) return null;
  const rows = Array.from({ length: count }, (_, i) => first + i);
  const sheet = quoteSheet(model.name);
  const range = (col: number) => `${sheet}!$${columnLetters(col)}$${first + 1}:$${columnLetters(col)}$${last + 1}`;
  return {
    title: model.cells.some((c) => showsLabel(c, 'Khả năng hoàn thành'))
      ? 'Tiến độ thực hiện các chỉ tiêu nhiệm kỳ (%)'
      : 'Tỷ lệ thực hiện so với kế hoạch (%)',
    categoriesRef: range(nameCol),
    valuesRef: range(header.col),
    categories: rows.map((r) => {
      const c = at.get(key(r, nameCol));
      return c ? shownText(c) : '';
    }),
    values: rows.map((r) => {
      const c = at.get(key(r, header.col));
      const v = c ? (c.formula ? cachedResult(c) : c.value) : null;
      return typeof v === 'number' ? v : null;
    }),
    colours: rows.map((r) => {
      const c = statusCol === undefined ? undefined : at.get(key(r, statusCol));
      return TONES[TONE_OF[c ? shownText(c) : ''] ?? 'neutral'].font;
    }),
    anchor: { row: model.lastRow + 2, fromCol: 0, toCol: Math.max(6, Math.min(model.lastCol + 1, 12)), rows: 22 },
  };
}

/** A cell's place as one number (a sheet has at most 16,384 columns). */
const key = (row: number, col: number) => row * 16384 + col;

/** The cells of the given columns by place, the last write of a place winning (as the sheet writes it). */
function cellsIn(cells: ModelCell[], cols: number[]): Map<number, ModelCell> {
  const at = new Map<number, ModelCell>();
  for (const c of cells) if (cols.includes(c.col)) at.set(key(c.row, c.col), c);
  return at;
}

/**
 * Whether a cell shows `label`. Only a number whose format holds the label as text can show it
 * as a number, so every other number is left unformatted: formatting each figure of a large
 * sheet cost more than the rest of the chart.
 */
function showsLabel(c: ModelCell, label: string): boolean {
  const value = c.formula ? cachedResult(c) : c.value;
  if (typeof value === 'string') return value === label;
  return typeof value === 'number' && (c.numberFormat?.includes(label) ?? false) && shownText(c) === label;
}
