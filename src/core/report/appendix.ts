/**
 * The Word appendix as data (REPORT.md "Word appendix"): the summary sheet model read back into the
 * parts a report's appendix has — the header block, the title, the tables, the totals line, `Nhận
 * xét` and the findings — with every cell's text as the sheet shows it (`shownText`). Built from the
 * sheet model, not from the report, so the appendix and the sheet cannot disagree on a figure.
 * A renderer (src/docx) turns it into a document.
 */
import type { CellRange } from '../grid';
import type { SheetSettings } from './header';
import type { CellStyle, ConditionalRule, ModelCell, ReportSheetModel } from './model';
import { shownText } from './shown';
import { maxOf } from '../arrays';

export type Tone = ConditionalRule['tone'];

export interface AppendixCell {
  /** Column of the sheet (0-based), which is the table's grid column. */
  col: number;
  text: string;
  style: CellStyle;
  colSpan: number;
  rowSpan: number;
  /** The colour the sheet's conditional formatting gives the cell's words, if any. */
  tone: Tone | null;
}

export interface AppendixTable {
  /** `Bảng Chỉ tiêu 2020 — 2020 (A5:J17)` when the sheet has several tables. */
  caption: string | null;
  columns: number;
  /** The leading header rows, repeated on each page. */
  headerRows: number;
  /** The sheet row of each table row (first = the table's top row on the sheet). */
  sheetRows: number[];
  /** Each row's cells, without the ones a merged cell covers. */
  rows: AppendixCell[][];
}

/** A titled block under the tables: `Nhận xét` with its sentences, the findings with their table. */
export interface AppendixBlock {
  title: string;
  lines: string[];
  table: AppendixTable | null;
}

/** One line of the header block; `style` is the sheet's (motto, bodyLeftBold, placeDate…). */
export interface HeaderLine {
  text: string;
  style: CellStyle | null;
}

export interface Appendix {
  bodyType: SheetSettings['bodyType'];
  /** The header block's left and right columns, line by line as the sheet's rows (blank lines kept). */
  header: { left: HeaderLine[]; right: HeaderLine[] };
  title: string;
  subtitle: string;
  tables: AppendixTable[];
  totals: string[];
  blocks: AppendixBlock[];
}

const HEADER_BLOCK: ReadonlySet<CellStyle> = new Set([
  'bodyLeft',
  'bodyLeftBold',
  'star',
  'motto',
  'mottoSub',
  'placeDate',
]);
const TABLE: ReadonlySet<CellStyle> = new Set([
  'header',
  'section',
  'name',
  'subName',
  'text',
  'number',
  'pct',
  'status',
]);
const FINDINGS: ReadonlySet<CellStyle> = new Set(['findingHeader', 'finding']);
const TABLE_HEADS: ReadonlySet<CellStyle> = new Set(['header', 'findingHeader']);

/** Where a cell of the sheet stands: the anchor of a merge, covered by one, or alone. */
interface Spans {
  anchors: Map<number, CellRange>;
  covered: Set<number>;
  /** The rows any merge touches: the others need no look-up. */
  rows: Set<number>;
}

/** A cell's place as one number (a sheet has at most 16,384 columns). */
const key = (row: number, col: number) => row * 16_384 + col;

function spansOf(merges: CellRange[]): Spans {
  const anchors = new Map<number, CellRange>();
  const covered = new Set<number>();
  const rows = new Set<number>();
  for (const m of merges) {
    anchors.set(key(m.top, m.left), m);
    for (let r = m.top; r <= m.bottom; r++) rows.add(r);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(key(r, c));
  }
  return { anchors, covered, rows };
}

/** The sheet's rows, each with its cells by column. */
function rowsOf(model: ReportSheetModel): ModelCell[][] {
  let last = -1;
  for (const c of model.cells) if (c.row > last) last = c.row;
  // Sized first: filled out of order, a growing array falls back to slow elements.
  const rows = new Array<ModelCell[]>(last + 1);
  for (const c of model.cells) (rows[c.row] ??= []).push(c);
  for (const r of rows) r?.sort((a, b) => a.col - b.col);
  return rows;
}

/** The sheet's conditional rules with the words each one compares a cell with (`$J10="Chưa đạt"`). */
type ToneRules = { range: CellRange; rules: { tone: Tone; words: string[] }[] }[];

function toneRules(model: ReportSheetModel): ToneRules {
  return model.conditional.map(({ range, rules }) => ({
    range,
    rules: rules.map((rule) => ({ tone: rule.tone, words: [...rule.formula.matchAll(/"([^"]*)"/g)].map((m) => m[1]) })),
  }));
}

/** The tone of the words in a cell: the first rule over its range that names its text. */
function toneOf(tones: ToneRules, cell: ModelCell, text: string): Tone | null {
  for (const { range, rules } of tones) {
    const inside =
      cell.row >= range.top && cell.row <= range.bottom && cell.col >= range.left && cell.col <= range.right;
    if (!inside) continue;
    for (const rule of rules) if (rule.words.includes(text)) return rule.tone;
  }
  return null;
}

class TableBuilder {
  private readonly rows: { sheetRow: number; cells: ModelCell[] }[] = [];
  constructor(readonly caption: string | null) {}

  add(sheetRow: number, cells: ModelCell[]) {
    this.rows.push({ sheetRow, cells });
  }

  build(tones: ToneRules, spans: Spans): AppendixTable {
    let columns = 0;
    for (const r of this.rows) columns = Math.max(columns, 1 + maxOf(r.cells.map((c) => c.col)));
    const last = this.rows[this.rows.length - 1].sheetRow;
    const headerRows = this.rows.findIndex((r) => !r.cells.every((c) => TABLE_HEADS.has(c.style)));
    const rows = this.rows.map((r) => {
      const merged = spans.rows.has(r.sheetRow);
      return (merged ? r.cells.filter((c) => !spans.covered.has(key(c.row, c.col))) : r.cells).map((c) => {
        const m = merged ? spans.anchors.get(key(c.row, c.col)) : undefined;
        const text = shownText(c);
        return {
          col: c.col,
          text,
          style: c.style,
          colSpan: m ? Math.min(m.right, columns - 1) - c.col + 1 : 1,
          rowSpan: m ? Math.min(m.bottom, last) - c.row + 1 : 1,
          tone: toneOf(tones, c, text),
        };
      });
    });
    return {
      caption: this.caption,
      columns,
      headerRows: headerRows < 0 ? this.rows.length : headerRows,
      sheetRows: this.rows.map((r) => r.sheetRow),
      rows,
    };
  }
}

/**
 * The appendix of a summary sheet model.
 * Its header block, title, tables (cells as the sheet shows them), totals line, sentences and findings.
 */
export function appendixOf(model: ReportSheetModel, bodyType: SheetSettings['bodyType']): Appendix {
  const spans = spansOf(model.merges);
  const tones = toneRules(model);
  const a: Appendix = {
    bodyType,
    header: { left: [], right: [] },
    title: '',
    subtitle: '',
    tables: [],
    totals: [],
    blocks: [],
  };
  let table: TableBuilder | null = null;
  let caption: string | null = null;
  let previousRow = -1;
  const closeTable = () => {
    if (table && a.blocks.length > 0) a.blocks[a.blocks.length - 1].table = table.build(tones, spans);
    else if (table) a.tables.push(table.build(tones, spans));
    table = null;
  };
  rowsOf(model).forEach((cells, row) => {
    const style = cells[0].style;
    const text = shownText(cells[0]);
    const tableRow = TABLE.has(style) || FINDINGS.has(style);
    // A blank row or a row of another kind ends a table.
    if (!tableRow || row !== previousRow + 1) closeTable();
    previousRow = row;
    if (HEADER_BLOCK.has(style)) headerLines(a, cells, row);
    else if (style === 'title') a.title = text;
    else if (style === 'subtitle') a.subtitle = text;
    else if (style === 'tableCaption') caption = text;
    else if (style === 'totals') a.totals.push(text);
    else if (style === 'remarkTitle') a.blocks.push({ title: text, lines: [], table: null });
    else if (style === 'remark') a.blocks[a.blocks.length - 1]?.lines.push(text);
    else if (tableRow) {
      table ??= new TableBuilder(caption);
      caption = null;
      table.add(row, cells);
    }
  });
  closeTable();
  return a;
}

/** The header block's row: its cell at column 0 is the left line, the other the right one. */
function headerLines(a: Appendix, cells: ModelCell[], row: number) {
  for (const side of [a.header.left, a.header.right]) while (side.length < row) side.push({ text: '', style: null });
  const left = cells.find((c) => c.col === 0);
  const right = cells.find((c) => c.col > 0);
  a.header.left[row] = left ? { text: shownText(left), style: left.style } : { text: '', style: null };
  a.header.right[row] = right ? { text: shownText(right), style: right.style } : { text: '', style: null };
}
