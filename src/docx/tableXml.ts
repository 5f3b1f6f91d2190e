/**
 * An appendix table as WordprocessingML text, written directly: the `docx` package keeps an object
 * tree of every cell, paragraph and run (≈ 0,5 MiB per 1,000 cells) and serialises it in one
 * string, which runs out of memory near 500,000 cells; a 100,000-indicator table has 2,6 million.
 *
 * The table means what `docx` writes for the same cells (tests/docx resolves both and compares):
 * borders single 4, fixed layout, the grid, each row `cantSplit` (the header rows also
 * `tblHeader`), each cell its width, spans, fill and vertical alignment, one paragraph with its
 * alignment and indent holding one run of the text, its size, weight, slant and colour. A
 * row-spanning cell is continued in the rows below by a `vMerge continue` cell, placed as `docx`
 * places it. What every cell shares is said once instead of in each cell — a cell is ~190 bytes
 * instead of ~600, which the encoding and the deflate pay for at every byte (a 20,000-indicator
 * body was 300 MB): the cell margins as the table's `tblCellMar`; the font as the document's
 * default (Times New Roman, `styles.default`), not in each run; a property that is off, or a left
 * alignment, left out as the default it is; `xml:space="preserve"` only on a text whose spaces XML
 * would not keep otherwise.
 *
 * The text comes in chunks of whole rows, so a caller can deflate it as it goes.
 */
import { FONT_NAME, LOOKS, TONES, type AppendixCell, type AppendixTable } from '../core/report';
import { CELL_MARGIN, columnLayout } from './columns';
import { ByteWriter, xmlBytes } from './xmlBytes';

/** Twips above and below a cell's text. */
const CELL_PAD = 20;
/** Rows per chunk of text, at most. */
export const ROWS_PER_CHUNK = 256;
/** Bytes per chunk of a table, at most about: a chunk ends at the row that reaches it. */
const CHUNK_BYTES = 4 << 20;
/** A chunk's first buffer (256 rows of a five-year term table), grown if it fills. */
const CHUNK_START = 2 << 20;

const JUSTIFY = { general: 'left', left: 'left', center: 'center', right: 'right', justify: 'left' } as const;

// eslint-disable-next-line no-control-regex -- the control characters are what it removes
const UNSAFE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text or attribute value as `docx` escapes it (characters XML cannot hold are dropped). */
export function escapeXml(value: string): string {
  return value.replace(UNSAFE, (c) => ESCAPES[c] ?? '');
}

const FONT = escapeXml(FONT_NAME);
const RUN_FONTS = `<w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`;
/** Every cell's margins, the table's own (a cell's `tcMar` would repeat them in each cell). */
const CELL_MARGINS =
  `<w:tblCellMar><w:top w:type="dxa" w:w="${CELL_PAD}"/><w:left w:type="dxa" w:w="${CELL_MARGIN}"/>` +
  `<w:bottom w:type="dxa" w:w="${CELL_PAD}"/><w:right w:type="dxa" w:w="${CELL_MARGIN}"/></w:tblCellMar>`;
const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} ${BORDER}/>`).join('');

/** An on/off run property that is on (off is the default of a run in a table cell). */
function on(tag: string, value: boolean | undefined): string {
  return value ? `<w:${tag}/><w:${tag}Cs/>` : '';
}

/** A cell of the table as written: the model's, or the continuation of one spanning rows above. */
interface PlacedCell {
  cell: AppendixCell;
  /** Rows it still spans from here (1: none below). */
  rowSpan: number;
  continued: boolean;
}

/** The parts of a cell's XML around its text, made and encoded once per kind of cell. */
interface CellParts {
  open: Uint8Array;
  close: Uint8Array;
  empty: Uint8Array;
  continued: Uint8Array;
}

/** The parts of a cell's XML that do not depend on its text, made once per kind of cell. */
class CellWriter {
  private readonly cache = new Map<string, CellParts>();

  constructor(
    private readonly widths: number[],
    private readonly size: number,
  ) {}

  write(out: ByteWriter, placed: PlacedCell): void {
    const { cell } = placed;
    const merge = placed.continued ? 'c' : placed.rowSpan > 1 ? 'r' : '';
    const key = `${cell.style}|${cell.tone ?? ''}|${cell.col}|${cell.colSpan}|${merge}`;
    let parts = this.cache.get(key);
    if (!parts) this.cache.set(key, (parts = this.parts(cell, merge)));
    if (placed.continued) out.bytes(parts.continued);
    else if (!cell.text) out.bytes(parts.empty);
    else {
      out.bytes(parts.open);
      out.textElement(cell.text);
      out.bytes(parts.close);
    }
  }

  private parts(cell: AppendixCell, merge: string): CellParts {
    const look = LOOKS[cell.style];
    const tone = cell.tone ? TONES[cell.tone] : null;
    const fill = tone?.fill ?? look.fill;
    let width = 0;
    for (let c = cell.col; c < cell.col + cell.colSpan; c++) width += this.widths[c] ?? 0;
    const props =
      `<w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>` +
      (cell.colSpan > 1 ? `<w:gridSpan w:val="${cell.colSpan}"/>` : '') +
      (merge === 'c' ? '<w:vMerge w:val="continue"/>' : merge === 'r' ? '<w:vMerge w:val="restart"/>' : '') +
      (fill ? `<w:shd w:fill="${escapeXml(fill)}" w:color="auto" w:val="clear"/>` : '') +
      `<w:vAlign w:val="${look.vertical}"/></w:tcPr>`;
    const align = JUSTIFY[look.horizontal];
    const jc = align === 'left' ? '' : `<w:jc w:val="${align}"/>`;
    const indent = look.indent ? `<w:ind w:left="${look.indent * 2 * CELL_MARGIN}"/>` : '';
    const half = this.size * 2;
    const runProps =
      on('b', look.bold) +
      on('i', look.italic) +
      (tone?.font ? `<w:color w:val="${escapeXml(tone.font)}"/>` : '') +
      `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`;
    const paragraph = (pPr: string) => `<w:tc>${props}<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}`;
    return {
      open: xmlBytes(`${paragraph(indent + jc)}<w:r><w:rPr>${runProps}</w:rPr>`),
      close: xmlBytes('</w:r></w:p></w:tc>'),
      empty: xmlBytes(`${paragraph(indent + jc)}</w:p></w:tc>`),
      continued: xmlBytes(`${paragraph(jc)}</w:p></w:tc>`),
    };
  }
}

/**
 * Where a continuation goes in the row below: before the cell that would cover its column once
 * the row's cells are laid side by side, or at the end (as `docx` inserts it).
 */
function insertAt(row: PlacedCell[], column: number): number {
  let col = 0;
  for (let i = 0; i < row.length; i++) {
    col += row[i].cell.colSpan;
    if (col > column) return i;
  }
  return row.length;
}

const ROW_OPEN = xmlBytes('<w:tr><w:trPr><w:cantSplit/></w:trPr>');
const HEADER_ROW_OPEN = xmlBytes('<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
const ROW_CLOSE = xmlBytes('</w:tr>');

/**
 * The table's XML (`<w:tbl>…</w:tbl>`) as UTF-8 in chunks of whole rows (at most `ROWS_PER_CHUNK`,
 * about `CHUNK_BYTES`), sized for a text `width` twips wide.
 */
export function* tableXml(t: AppendixTable, width: number): Generator<Uint8Array> {
  const { size, widths } = columnLayout(t, width);
  const writer = new CellWriter(widths, size);
  const out = new ByteWriter(CHUNK_START);
  let grid = '';
  for (const w of widths) grid += `<w:gridCol w:w="${w}"/>`;
  out.bytes(
    xmlBytes(
      `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width}"/><w:tblBorders>${BORDERS}</w:tblBorders>` +
        `<w:tblLayout w:type="fixed"/>${CELL_MARGINS}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>`,
    ),
  );
  yield out.take();
  // Continuations waiting for the next row.
  let below: { column: number; placed: PlacedCell }[] = [];
  let rows = 0;
  for (let r = 0; r < t.rows.length; r++) {
    const row: PlacedCell[] = t.rows[r].map((cell) => ({ cell, rowSpan: cell.rowSpan, continued: false }));
    for (const { column, placed } of below) row.splice(insertAt(row, column), 0, placed);
    below = [];
    if (r < t.rows.length - 1) {
      let column = 0;
      for (const placed of row) {
        if (placed.rowSpan > 1)
          below.push({ column, placed: { cell: placed.cell, rowSpan: placed.rowSpan - 1, continued: true } });
        column += placed.cell.colSpan;
      }
    }
    if (row.length === 0) continue;
    out.bytes(r < t.headerRows ? HEADER_ROW_OPEN : ROW_OPEN);
    for (const placed of row) writer.write(out, placed);
    out.bytes(ROW_CLOSE);
    if (++rows === ROWS_PER_CHUNK || out.length >= CHUNK_BYTES) {
      yield out.take();
      rows = 0;
    }
  }
  out.bytes(xmlBytes('</w:tbl>'));
  yield out.take();
}

/** How the appendix sets its sentences: justified, the first line indented, `size` points. */
export interface SentenceLook {
  /** First-line indent, twips. */
  firstLine: number;
  /** Space after each paragraph, twips; line spacing, 240ths of a line. */
  after: number;
  line: number;
  size: number;
}

/**
 * Sentences as paragraphs, in chunks of `ROWS_PER_CHUNK`: the XML `docx` writes for a justified
 * paragraph with the look's indent and spacing holding one run of the text in the body font (tens
 * of thousands of them cost `docx` seconds; this is a string join).
 */
export function* sentencesXml(lines: readonly string[], look: SentenceLook): Generator<string> {
  const size = look.size * 2;
  const open =
    `<w:p><w:pPr><w:spacing w:after="${look.after}" w:line="${look.line}"/><w:ind w:firstLine="${look.firstLine}"/>` +
    `<w:jc w:val="both"/></w:pPr><w:r><w:rPr>${RUN_FONTS}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>` +
    '<w:t xml:space="preserve">';
  let chunk = '';
  for (let i = 0; i < lines.length; i++) {
    chunk += `${open}${escapeXml(lines[i])}</w:t></w:r></w:p>`;
    if ((i + 1) % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
