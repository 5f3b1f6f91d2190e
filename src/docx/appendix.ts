/**
 * The Word appendix (REPORT.md "Word appendix") rendered with the `docx` package, from the pure
 * appendix model of src/core/report. No Node API: the same code runs in the command line and in a
 * browser, and returns the file's bytes.
 *
 * Layout (Nghị định 30/2020/NĐ-CP for state bodies, Hướng dẫn 36-HD/VPTW for party bodies):
 * - A4, Times New Roman; margins top and bottom 20 mm, left 30 mm, right 15 mm on every page;
 * - section 1, landscape: the header block, the title, the tables (header rows repeated on every
 *   page, a row never split across pages) and the totals line;
 * - section 2, portrait: `Nhận xét` and the findings;
 * - the page number centred at the top, from page 2 (the first page has its own, empty header).
 */
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { FONT_NAME, type Appendix, type AppendixTable, type HeaderLine } from '../core/report';
import { strFromU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import { bodyEntry, type BodyEntry, type GzipStream } from './bodyEntry';
import { ROWS_PER_CHUNK, sentencesXml, tableXml, type SentenceLook } from './tableXml';

/** 1 mm in twips (1/1440 inch). */
const MM = 1440 / 25.4;
export const PAGE = {
  /** A4 portrait, twips. */
  width: 11906,
  height: 16838,
  margin: {
    top: Math.round(20 * MM),
    bottom: Math.round(20 * MM),
    left: Math.round(30 * MM),
    right: Math.round(15 * MM),
  },
  /** From the page's edge to the header holding the page number. */
  header: Math.round(10 * MM),
} as const;

/** Body text (sentences, totals), points; tables are set by `columnLayout` (12 pt or smaller). */
export const BODY_SIZE = 14;
/** First-line indent of a sentence: 1 cm. */
const INDENT = Math.round(10 * MM);

/** Sizes and faces of the header block's lines, by body type (36-HD for party, NĐ 30 for state). */
export const HEADER_LOOK: Record<
  Appendix['bodyType'],
  Partial<Record<string, { size: number; bold?: boolean; italic?: boolean; underline?: boolean }>>
> = {
  party: {
    bodyLeft: { size: 14 },
    bodyLeftBold: { size: 14, bold: true },
    star: { size: 14 },
    motto: { size: 15, bold: true, underline: true },
    placeDate: { size: 14, italic: true },
  },
  state: {
    bodyLeft: { size: 13 },
    bodyLeftBold: { size: 13, bold: true },
    motto: { size: 13, bold: true },
    mottoSub: { size: 14, bold: true, underline: true },
    placeDate: { size: 14, italic: true },
  },
};

export interface RunLook {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
}

export function run(text: string, look: RunLook): TextRun {
  return new TextRun({
    text,
    font: FONT_NAME,
    size: look.size * 2,
    bold: look.bold,
    italics: look.italic,
    underline: look.underline ? {} : undefined,
    color: look.color,
  });
}

function textWidth(landscape: boolean): number {
  const across = landscape ? PAGE.height : PAGE.width;
  return across - PAGE.margin.left - PAGE.margin.right;
}

// ---------- the header block and title ----------

function headerParagraph(line: HeaderLine, bodyType: Appendix['bodyType']): Paragraph {
  const look = (line.style && HEADER_LOOK[bodyType][line.style]) || { size: BODY_SIZE };
  return new Paragraph({ alignment: AlignmentType.CENTER, children: line.text ? [run(line.text, look)] : [] });
}

/** The two columns of the header block as a borderless table: the bodies left, the motto right. */
function headerBlock(a: Appendix, width: number): Table {
  const left = Math.round(width * 0.42);
  const cell = (lines: HeaderLine[], w: number) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      borders: TableBorders.NONE,
      children: lines.length ? lines.map((l) => headerParagraph(l, a.bodyType)) : [new Paragraph({})],
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, width - left],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(a.header.left, left), cell(a.header.right, width - left)] })],
  });
}

function titleParagraphs(a: Appendix): Paragraph[] {
  const out = [
    new Paragraph({
      spacing: { before: 360 },
      alignment: AlignmentType.CENTER,
      children: [run(a.title, { size: BODY_SIZE, bold: true })],
    }),
  ];
  if (a.subtitle)
    out.push(
      new Paragraph({ alignment: AlignmentType.CENTER, children: [run(a.subtitle, { size: BODY_SIZE, bold: true })] }),
    );
  out.push(new Paragraph({ children: [] }));
  return out;
}

// ---------- tables ----------

/**
 * The indicator tables are written as XML by `tableXml` (the `docx` package cannot hold a large
 * one in memory): the document gets a paragraph holding a marker where each goes, replaced when
 * the file is zipped.
 */
/** An indicator table waiting for its XML, where its marker paragraph stands. */
/** A part of the body written directly as XML: an indicator table, or a run of sentences. */
export type TableSlot = { table: AppendixTable; width: number } | { lines: readonly string[] };

function tableSlot(slots: TableSlot[], table: AppendixTable, width: number): Paragraph {
  return slotParagraph(slots, { table, width });
}

function slotParagraph(slots: TableSlot[], slot: TableSlot): Paragraph {
  slots.push(slot);
  return new Paragraph({ children: [new TextRun(slotMarker(slots.length - 1))] });
}

/** A text no appendix holds: the page's own marker characters around the slot's number. */
function slotMarker(i: number): string {
  return `\u{E000}chitieu-bang-${i}\u{E001}`;
}

function caption(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 240, after: 120 },
    children: [run(text, { size: BODY_SIZE - 1, bold: true, italic: true })],
  });
}

// ---------- text ----------

function heading(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 240, after: 120 },
    keepNext: true,
    children: [run(text, { size: BODY_SIZE, bold: true })],
  });
}

/** The sentences: justified, the first line indented (written by `sentencesXml`). */
export const SENTENCE_LOOK: SentenceLook = { firstLine: INDENT, after: 120, line: 288, size: BODY_SIZE };

// ---------- sections ----------

export function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT_NAME, size: BODY_SIZE * 2 })],
      }),
    ],
  });
}

function page(landscape: boolean) {
  return {
    size: {
      width: PAGE.width,
      height: PAGE.height,
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: { ...PAGE.margin, header: PAGE.header, footer: PAGE.header },
  };
}

function tablesSection(a: Appendix, slots: TableSlot[]): ISectionOptions {
  const width = textWidth(true);
  const children: (Paragraph | Table)[] = [headerBlock(a, width), ...titleParagraphs(a)];
  for (const t of a.tables) {
    if (t.caption) children.push(caption(t.caption));
    children.push(tableSlot(slots, t, width));
  }
  for (const line of a.totals)
    children.push(
      new Paragraph({ spacing: { before: 240 }, children: [run(line, { size: BODY_SIZE - 1, bold: true })] }),
    );
  return {
    properties: { page: page(true), titlePage: true },
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
    children,
  };
}

function blocksSection(a: Appendix, slots: TableSlot[]): ISectionOptions {
  const width = textWidth(false);
  const children: (Paragraph | Table)[] = [];
  for (const b of a.blocks) {
    children.push(heading(b.title));
    if (b.lines.length > 0) children.push(slotParagraph(slots, { lines: b.lines }));
    if (b.table) children.push(tableSlot(slots, b.table, width));
  }
  return { properties: { page: page(false) }, headers: { default: pageNumberHeader() }, children };
}

/**
 * The appendix's sections: the tables (landscape), then `Nhận xét` and the findings if any
 * (portrait); each indicator table a marker paragraph listed in `slots`, for `packWithTables`.
 */
export function appendixSections(a: Appendix, slots: TableSlot[]): ISectionOptions[] {
  const tables = tablesSection(a, slots);
  if (a.blocks.length === 0) return [tables];
  // `docx` writes the properties of a section but the last into its last paragraph, which must
  // then not be a table's marker: tables without a totals line get an empty paragraph after them.
  const children =
    a.totals.length === 0 && a.tables.length > 0 ? [...tables.children, new Paragraph({})] : tables.children;
  return [{ ...tables, children }, blocksSection(a, slots)];
}

/** The appendix as a `docx` document, each indicator table a marker paragraph listed in `slots`. */
function appendixDocument(a: Appendix, slots: TableSlot[]): Document {
  const sections = appendixSections(a, slots);
  return new Document({
    creator: 'chitieu',
    title: [a.title, a.subtitle].filter((x) => x).join(' '),
    styles: { default: { document: { run: { font: FONT_NAME, size: BODY_SIZE * 2 } } } },
    sections,
  });
}

const DOCUMENT_PART = 'word/document.xml';

/**
 * The .docx file's bytes (Node and browsers alike): the document `docx` makes around the marker
 * paragraphs, its body deflated piece by piece with each marker replaced by its table's XML.
 */
export async function appendixBytes(
  a: Appendix,
  onProgress?: (fraction: number) => void,
  gzip?: GzipStream,
): Promise<Uint8Array> {
  const slots: TableSlot[] = [];
  return packWithTables(appendixDocument(a, slots), slots, onProgress, gzip);
}

/**
 * A `docx` document whose indicator tables are marker paragraphs (`slots`), packed with each marker
 * replaced by its table's XML, written directly: the appendix and the draft báo cáo alike.
 * `onProgress` hears the fraction of the tables' rows written; `gzip` is the host's compressor for
 * the body, if it has a better one than the platform's (`bodyEntry`).
 */
export async function packWithTables(
  document: Document,
  slots: TableSlot[],
  onProgress?: (fraction: number) => void,
  gzip?: GzipStream,
): Promise<Uint8Array> {
  const shell = unzipSync(await Packer.pack(document, 'uint8array'));
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else out.push(data);
  });
  for (const [path, data] of Object.entries(shell)) {
    if (path === DOCUMENT_PART) {
      const body = bodyEntry(path, gzip);
      zip.add(body.file);
      await writeBody(body, strFromU8(data), slots, onProgress);
    } else {
      const entry = new ZipDeflate(path, { level: 6 });
      zip.add(entry);
      entry.push(data, true);
    }
  }
  zip.end();
  if (failure) throw failure;
  return concatBytes(out);
}

/** The platform's own UTF-8 encoder: several times faster than one in JavaScript. */
const UTF8 = new TextEncoder();
/** Bytes (or characters) gathered before a piece is deflated. */
const PIECE = 1 << 20;

/** The body's text and bytes gathered into pieces of about `PIECE` bytes for the deflate. */
class Pieces {
  private text = '';
  private bytes: Uint8Array[] = [];
  private size = 0;

  constructor(private readonly body: BodyEntry) {}

  async send(piece: string | Uint8Array): Promise<void> {
    if (typeof piece === 'string') {
      this.text += piece;
      if (this.text.length >= PIECE) this.encodeText();
    } else {
      this.encodeText();
      this.bytes.push(piece);
      this.size += piece.length;
    }
    if (this.size >= PIECE) await this.flush();
  }

  async flush(): Promise<void> {
    this.encodeText();
    if (this.size === 0) return;
    const piece = this.bytes.length === 1 ? this.bytes[0] : concatBytes(this.bytes);
    this.bytes = [];
    this.size = 0;
    await this.body.push(piece);
  }

  private encodeText(): void {
    if (!this.text) return;
    const bytes = UTF8.encode(this.text);
    this.text = '';
    this.bytes.push(bytes);
    this.size += bytes.length;
  }
}

async function writeBody(
  body: BodyEntry,
  xml: string,
  slots: TableSlot[],
  onProgress: (fraction: number) => void = () => undefined,
): Promise<void> {
  const rows = slots.reduce((n, s) => n + ('table' in s ? s.table.rows.length : s.lines.length), 0);
  let written = 0;
  const out = new Pieces(body);
  let from = 0;
  for (const [i, slot] of slots.entries()) {
    const marker = markerParagraph(i);
    const at = xml.indexOf(marker, from);
    if (at < 0) throw new Error(`Thiếu chỗ của bảng ${i + 1} trong phụ lục.`);
    await out.send(xml.slice(from, at));
    const pieces = 'table' in slot ? tableXml(slot.table, slot.width) : sentencesXml(slot.lines, SENTENCE_LOOK);
    for (const piece of pieces) {
      await out.send(piece);
      // A piece holds at most ROWS_PER_CHUNK rows: the fraction is an estimate, never past the end.
      written = Math.min(rows, written + ROWS_PER_CHUNK);
      onProgress(written / Math.max(1, rows));
    }
    from = at + marker.length;
  }
  await out.send(xml.slice(from));
  await out.flush();
  await body.end();
}

/** The marker paragraph as `docx` writes it. */
function markerParagraph(i: number): string {
  return `<w:p><w:r><w:t xml:space="preserve">${slotMarker(i)}</w:t></w:r></w:p>`;
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const all = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}
