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
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import {
  FONT_NAME,
  LOOKS,
  TONES,
  type Appendix,
  type AppendixCell,
  type AppendixTable,
  type CellLook,
  type HeaderLine,
} from '../core/report';
import { CELL_MARGIN, columnLayout } from './columns';

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

const ALIGN = {
  general: AlignmentType.LEFT,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const VALIGN = {
  top: VerticalAlignTable.TOP,
  center: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
} as const;

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

function cellLook(cell: AppendixCell): CellLook {
  return LOOKS[cell.style];
}

function tableCell(cell: AppendixCell, widths: number[], size: number): TableCell {
  const look = cellLook(cell);
  const tone = cell.tone ? TONES[cell.tone] : null;
  const fill = tone?.fill ?? look.fill;
  const width = widths.slice(cell.col, cell.col + cell.colSpan).reduce((s, w) => s + w, 0);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    verticalAlign: VALIGN[look.vertical],
    shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment: ALIGN[look.horizontal === 'justify' ? 'left' : look.horizontal],
        indent: look.indent ? { left: look.indent * 2 * CELL_MARGIN } : undefined,
        children: cell.text ? [run(cell.text, { size, bold: look.bold, italic: look.italic, color: tone?.font })] : [],
      }),
    ],
  });
}

/** A table of the appendix: its header rows repeated on each page, no row split across pages. */
function appendixTable(t: AppendixTable, width: number): Table {
  const { size, widths } = columnLayout(t, width);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: t.rows.map(
      (cells, i) =>
        new TableRow({
          tableHeader: i < t.headerRows || undefined,
          cantSplit: true,
          children: cells.map((c) => tableCell(c, widths, size)),
        }),
    ),
  });
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

function sentence(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: { after: 120, line: 288 },
    children: [run(text, { size: BODY_SIZE })],
  });
}

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

function tablesSection(a: Appendix): ISectionOptions {
  const width = textWidth(true);
  const children: (Paragraph | Table)[] = [headerBlock(a, width), ...titleParagraphs(a)];
  for (const t of a.tables) {
    if (t.caption) children.push(caption(t.caption));
    children.push(appendixTable(t, width));
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

function blocksSection(a: Appendix): ISectionOptions {
  const width = textWidth(false);
  const children: (Paragraph | Table)[] = [];
  for (const b of a.blocks) {
    children.push(heading(b.title));
    for (const line of b.lines) children.push(sentence(line));
    if (b.table) children.push(appendixTable(b.table, width));
  }
  return { properties: { page: page(false) }, headers: { default: pageNumberHeader() }, children };
}

/** The appendix's sections: the tables (landscape), then `Nhận xét` and the findings if any (portrait). */
export function appendixSections(a: Appendix): ISectionOptions[] {
  const sections = [tablesSection(a)];
  if (a.blocks.length > 0) sections.push(blocksSection(a));
  return sections;
}

/** The appendix as a `docx` document. */
export function appendixDocument(a: Appendix): Document {
  const sections = appendixSections(a);
  return new Document({
    creator: 'chitieu',
    title: [a.title, a.subtitle].filter((x) => x).join(' '),
    styles: { default: { document: { run: { font: FONT_NAME, size: BODY_SIZE * 2 } } } },
    sections,
  });
}

/** The .docx file's bytes (Node and browsers alike). */
export async function appendixBytes(a: Appendix): Promise<Uint8Array> {
  return Packer.pack(appendixDocument(a), 'uint8array');
}
