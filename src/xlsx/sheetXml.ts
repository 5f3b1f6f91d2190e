/**
 * The summary sheet model (src/core/report) as SpreadsheetML, written directly as text:
 * `xl/worksheets/sheetN.xml`, and for the cell notes a legacy comments part and its VML drawing.
 *
 * Rules:
 * - Text is an inline string (`t="inlineStr"`), so the workbook's sharedStrings.xml is untouched;
 *   text starting with `=`, `+`, `-` or `@` is text like any other, never a formula.
 * - A formula cell holds `<f>` (without the `=`) and, unless `cachedResults` is false, the engine's
 *   figure rounded as the formula rounds it as the cached `<v>` (`t="str"` for text results).
 * - Cells are written row by row in column order; when the model writes a cell twice the last
 *   write wins, and the covered cells of a merged area take the style of its top-left cell and no
 *   value (as ExcelJS' `mergeCells` did).
 * - Print: A4 (`paperSize="9"`), the model's orientation, fit to one page wide, title rows as the
 *   workbook's `_xlnm.Print_Titles` (written by the package step); frozen rows as a frozen pane.
 */
import { columnLetters } from '../core/grid';
import { cachedResult, type CellStyle, type ModelCell, type ReportSheetModel } from '../core/report';
import type { SheetStyles } from './styles';
import { escapeAttr, escapeCellText, escapeText } from './xml';

/**
 * The namespaces of a package's conformance class (ECMA-376 Part 1 §8): Transitional, what nearly
 * every producer writes, or Strict, whose URIs are under purl.oclc.org. New parts take the class of
 * the package they join.
 */
export interface Conformance {
  strict: boolean;
  /** SpreadsheetML main namespace. */
  main: string;
  /** The `r:` namespace of relationship ids in parts. */
  rel: string;
  /** Prefix of relationship types (`…/worksheet`, `…/styles`). */
  relTypes: string;
}

export const TRANSITIONAL: Conformance = {
  strict: false,
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  relTypes: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

export const STRICT: Conformance = {
  strict: true,
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  relTypes: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Size of the output buffers, each handed to the compressor as it fills (256 KB: measured best at keeping the compressor busy). */
const SINK_CHUNK = 1 << 18;
/** Characters of markup encoded at once (a fraction of `SINK_CHUNK`, so a buffer holds many). */
const TEXT_BATCH = 1 << 14;

export interface SheetXmlOptions {
  /** Write the engine's figures as cached results (default true). */
  cachedResults: boolean;
  /** The sheet is the workbook's active tab. */
  tabSelected: boolean;
  /** Relationship id of the VML drawing of the notes (written only if some cell has a note). */
  legacyDrawingId: string | null;
  /** Relationship id of the drawing holding the sheet's chart, if it has one. */
  drawingId?: string | null;
  /** The package's conformance class (default Transitional). */
  conformance?: Conformance;
  /** Hears the fraction of the rows written, every `PROGRESS_ROWS` rows. */
  onProgress?: (fraction: number) => void;
}

/** Rows written between two calls of `onProgress`. */
const PROGRESS_ROWS = 128;

/**
 * The model's cells in sheet order: row by row, each row in column order, the last write of a
 * cell winning and the covered cells of merged areas given their top-left cell's style (see the
 * module comment). `cells[order[k]]` for k in `start[r]`..`start[r + 1]` are row r's; an `order`
 * entry of -1 is a write overridden by a later one. A counting sort on typed arrays: no per-row
 * arrays for half a million cells.
 */
export interface SheetOrder {
  cells: ModelCell[];
  order: Int32Array;
  start: Int32Array;
  rows: number;
  /** The rightmost column holding a cell. */
  lastCol: number;
}

export function sheetOrder(model: ReportSheetModel): SheetOrder {
  const base = model.cells;
  let rows = 0;
  for (const m of model.merges) if (m.top >= rows) rows = m.top + 1;
  // Top-left cells of merges (the last write there gives the area its style), found in the same
  // pass that finds the row count.
  const mergeRow = new Uint8Array(rows);
  for (const m of model.merges) mergeRow[m.top] = 1;
  const key = (row: number, col: number) => row * 16384 + col;
  const wanted = new Set(model.merges.map((m) => key(m.top, m.left)));
  const masters = new Map<number, ModelCell>();
  for (let i = 0; i < base.length; i++) {
    const c = base[i];
    const row = c.row;
    if (row >= rows) rows = row + 1;
    else if (mergeRow[row] === 1 && wanted.has(key(row, c.col))) masters.set(key(row, c.col), c);
  }
  const covered: ModelCell[] = [];
  for (const m of model.merges) {
    const master = masters.get(key(m.top, m.left));
    if (!master) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let col = m.left; col <= m.right; col++)
        if (r !== m.top || col !== m.left)
          covered.push({ row: r, col, style: master.style, numberFormat: master.numberFormat });
    if (m.bottom >= rows) rows = m.bottom + 1;
  }
  const cells = covered.length > 0 ? base.concat(covered) : base;
  const start = new Int32Array(rows + 1);
  let lastCol = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    start[c.row + 1]++;
    if (c.col > lastCol) lastCol = c.col;
  }
  for (let r = 0; r < rows; r++) start[r + 1] += start[r];
  const next = start.slice(0, rows);
  const order = new Int32Array(cells.length);
  for (let i = 0; i < cells.length; i++) order[next[cells[i].row]++] = i;
  // Within a row: column order (stable, so of two writes the later stays later), later write wins.
  // A row is short and nearly in order (blanks filled in after its figures): an insertion sort.
  const cols = new Int32Array(cells.length);
  for (let i = 0; i < cells.length; i++) cols[i] = cells[i].col;
  for (let r = 0; r < rows; r++) {
    const from = start[r];
    const to = start[r + 1];
    let twice = false;
    for (let k = from + 1; k < to; k++) {
      const i = order[k];
      const col = cols[i];
      if (col > cols[order[k - 1]]) continue;
      let j = k - 1;
      while (j >= from && cols[order[j]] > col) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = i;
      if (j >= from && cols[order[j]] === col) twice = true;
    }
    if (!twice) continue;
    for (let k = from; k + 1 < to; k++) if (cols[order[k + 1]] === cols[order[k]]) order[k] = -1;
  }
  return { cells, order, start, rows, lastCol };
}

function isXmlSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Whether a text's `<t>` needs `xml:space="preserve"`: spaces at its ends, or line breaks. */
function preserveSpace(text: string): boolean {
  return isXmlSpace(text.charCodeAt(0)) || isXmlSpace(text.charCodeAt(text.length - 1)) || text.includes('\n');
}

// Anything in a text needing care: XML escapes, SpreadsheetML escapes, a line break.
// eslint-disable-next-line no-control-regex
const TEXT_SPECIAL = /[&<>\u0000-\u001f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;

/** `<t>` of an inline string or a comment run (one scan of the text when it is plain). */
function inlineText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) {
    const edge = isXmlSpace(text.charCodeAt(0)) || isXmlSpace(text.charCodeAt(text.length - 1));
    return edge ? `<t xml:space="preserve">${text}</t>` : `<t>${text}</t>`;
  }
  return `${preserveSpace(text) ? '<t xml:space="preserve">' : '<t>'}${escapeCellText(text)}</t>`;
}

/**
 * An output that fills fixed-size byte buffers and hands each full one to `flush` (a compressor, or
 * a list): the part is never one long string. Markup is gathered into a string of about
 * `TEXT_BATCH` characters, which one native UTF-8 write (`TextEncoder.encodeInto`) encodes —
 * measured faster than encoding row by row or cell by cell, and light on the garbage collector
 * next to the large heap of a big workbook.
 */
export class ByteSink {
  private buf = new Uint8Array(SINK_CHUNK);
  private pos = 0;
  private text = '';
  private readonly encoder = new TextEncoder();

  constructor(private readonly flush: (bytes: Uint8Array) => void) {}

  /** Markup, already escaped. */
  write(s: string): void {
    this.text += s;
    if (this.text.length >= TEXT_BATCH) this.encode();
  }

  private encode(): void {
    const s = this.text;
    this.text = '';
    const n = s.length * 3; // UTF-8 bytes at most
    if (this.pos + n > this.buf.length) {
      if (this.pos > 0) this.flush(this.buf.subarray(0, this.pos));
      this.buf = new Uint8Array(Math.max(SINK_CHUNK, n));
      this.pos = 0;
    }
    this.pos += this.encoder.encodeInto(s, this.buf.subarray(this.pos)).written;
  }

  /** Flushes the last buffer. */
  end(): void {
    if (this.text.length > 0) this.encode();
    if (this.pos > 0) this.flush(this.buf.subarray(0, this.pos));
    this.buf = new Uint8Array(0);
    this.pos = 0;
  }
}

/** One cell: `ref` its address, `s` the tail `" s="…"` of its address attribute and its style. */
function cellXml(c: ModelCell, ref: string, s: string, cache: boolean): string {
  if (c.formula) {
    const f = escapeText(c.formula.charCodeAt(0) === 61 ? c.formula.slice(1) : c.formula);
    const v = cache ? cachedResult(c) : null;
    if (typeof v === 'string') return `<c r="${ref}${s} t="str"><f>${f}</f><v>${escapeCellText(v)}</v></c>`;
    if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}${s}><f>${f}</f><v>${v}</v></c>`;
    return `<c r="${ref}${s}><f>${f}</f></c>`;
  }
  const v = c.value;
  if (typeof v === 'string' && v !== '') return `<c r="${ref}${s} t="inlineStr"><is>${inlineText(v)}</is></c>`;
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}${s}><v>${v}</v></c>`;
  return `<c r="${ref}${s}/>`;
}

/**
 * Writes the worksheet part of the model to `flush` in buffers of about 256 KB and returns the
 * cells with notes, in sheet order.
 */
export async function renderSheetXml(
  model: ReportSheetModel,
  styles: SheetStyles,
  options: SheetXmlOptions,
  flush: (bytes: Uint8Array) => void,
): Promise<ModelCell[]> {
  const { cells, order, start, rows, lastCol: rightmost } = sheetOrder(model);
  let lastRow = Math.max(model.lastRow, rows - 1);
  const lastCol = Math.max(model.lastCol, rightmost);
  for (const r of Object.keys(model.heights)) lastRow = Math.max(lastRow, Number(r));
  const letters = Array.from({ length: lastCol + 1 }, (_, i) => columnLetters(i));
  const notes: ModelCell[] = [];

  const out = new ByteSink(flush);
  const ns = options.conformance ?? TRANSITIONAL;
  let head = `${XML_DECLARATION}<worksheet xmlns="${ns.main}" xmlns:r="${ns.rel}">`;
  if (model.print.fitToWidth) head += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  head += `<dimension ref="A1:${letters[lastCol]}${lastRow + 1}"/>`;
  head += sheetViews(model.freezeRow, options.tabSelected);
  head += '<sheetFormatPr defaultRowHeight="15"/>';
  const cols = model.widths
    .map((w, i) =>
      typeof w === 'number' && w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : '',
    )
    .join('');
  if (cols) head += `<cols>${cols}</cols>`;
  out.write(`${head}<sheetData>`);

  const cache = options.cachedResults;
  // The `" s="…"` attribute tail by style name, then by number format: no strings built per cell.
  const plainXf = new Map<CellStyle, string>();
  const formatXf = new Map<CellStyle, Map<string, string>>();
  const styleAttr = (c: ModelCell): string => {
    if (c.numberFormat) {
      let byFormat = formatXf.get(c.style);
      if (!byFormat) formatXf.set(c.style, (byFormat = new Map()));
      let s = byFormat.get(c.numberFormat);
      if (s === undefined) byFormat.set(c.numberFormat, (s = `" s="${styles.xf(c.style, c.numberFormat)}"`));
      return s;
    }
    let s = plainXf.get(c.style);
    if (s === undefined) plainXf.set(c.style, (s = `" s="${styles.xf(c.style, undefined)}"`));
    return s;
  };
  for (let r = 0; r <= lastRow; r++) {
    const from = r < rows ? start[r] : 0;
    const to = r < rows ? start[r + 1] : 0;
    const height = model.heights[r];
    if (from === to && height === undefined) continue;
    const rowNumber = String(r + 1);
    let line =
      height === undefined ? `<row r="${rowNumber}">` : `<row r="${rowNumber}" ht="${height}" customHeight="1">`;
    for (let k = from; k < to; k++) {
      const i = order[k];
      if (i < 0) continue;
      const c = cells[i];
      line += cellXml(c, letters[c.col] + rowNumber, styleAttr(c), cache);
      if (c.note) notes.push(c);
    }
    out.write(`${line}</row>`);
    if (options.onProgress && r % PROGRESS_ROWS === 0) options.onProgress(r / (lastRow + 1));
  }
  let tail = '</sheetData>';
  if (model.merges.length > 0) {
    tail += `<mergeCells count="${model.merges.length}">`;
    for (const m of model.merges)
      tail += `<mergeCell ref="${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}"/>`;
    tail += '</mergeCells>';
  }
  let priority = 1;
  for (const cf of model.conditional) {
    const r = cf.range;
    const ref = `${columnLetters(r.left)}${r.top + 1}:${columnLetters(r.right)}${r.bottom + 1}`;
    tail += `<conditionalFormatting sqref="${ref}">`;
    for (const rule of cf.rules) {
      tail += `<cfRule type="expression" dxfId="${styles.dxf(rule.tone)}" priority="${priority++}"><formula>${escapeText(rule.formula)}</formula></cfRule>`;
    }
    tail += '</conditionalFormatting>';
  }
  tail += '<pageMargins left="0.5" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
  tail += `<pageSetup paperSize="9" orientation="${model.print.orientation}"${model.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`;
  // CT_Worksheet's order: the drawing, then the notes' VML drawing.
  if (options.drawingId) tail += `<drawing r:id="${escapeAttr(options.drawingId)}"/>`;
  if (options.legacyDrawingId && notes.length > 0)
    tail += `<legacyDrawing r:id="${escapeAttr(options.legacyDrawingId)}"/>`;
  tail += '</worksheet>';
  out.write(tail);
  out.end();
  return notes;
}

function sheetViews(freezeRow: number | null, tabSelected: boolean): string {
  const selected = tabSelected ? ' tabSelected="1"' : '';
  if (!freezeRow || freezeRow <= 0) return `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`;
  const top = `A${freezeRow + 1}`;
  return (
    `<sheetViews><sheetView${selected} workbookViewId="0">` +
    `<pane ySplit="${freezeRow}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>` +
    '</sheetView></sheetViews>'
  );
}

/** The legacy comments part holding the notes. */
export function commentsXml(notes: ModelCell[], conformance: Conformance = TRANSITIONAL): string {
  let out = `${XML_DECLARATION}<comments xmlns="${conformance.main}"><authors><author>chitieu</author></authors><commentList>`;
  for (const c of notes) {
    out += `<comment ref="${columnLetters(c.col)}${c.row + 1}" authorId="0"><text><r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr>${inlineText(c.note ?? '')}</r></text></comment>`;
  }
  return `${out}</commentList></comments>`;
}

/**
 * The VML drawing that shows the notes (hidden until hovered, as Excel draws them). `firstBlock`
 * is the drawing's first shape-id block (1024 ids each), distinct from the workbook's other drawings.
 */
export function notesVml(notes: ModelCell[], firstBlock: number): string {
  const blocks = Math.max(1, Math.ceil(notes.length / 1023));
  const idmap = Array.from({ length: blocks }, (_, i) => firstBlock + i).join(',');
  let out =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
  notes.forEach((c, i) => {
    const id = (firstBlock + Math.floor(i / 1023)) * 1024 + (i % 1023) + 1;
    const anchor = `${c.col + 1}, 15, ${Math.max(0, c.row - 1)}, 10, ${c.col + 4}, 15, ${c.row + 4}, 4`;
    out +=
      `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:60pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
      `<x:Row>${c.row}</x:Row><x:Column>${c.col}</x:Column></x:ClientData></v:shape>`;
  });
  return `${out}</xml>`;
}
