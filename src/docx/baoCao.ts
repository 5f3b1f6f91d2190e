/**
 * The draft báo cáo (src/core/report/draft.ts) rendered with the `docx` package. No Node API: the
 * command line and a browser share it and get the file's bytes.
 *
 * Layout (Nghị định 30/2020/NĐ-CP for state bodies, Hướng dẫn 36-HD/VPTW for party bodies):
 * - A4 portrait, Times New Roman; the appendix's margins (top and bottom 20 mm, left 30 mm, right
 *   15 mm); the page number centred at the top from page 2 (the first page has its own empty header),
 *   running on through the appendix;
 * - the header block as two borderless columns reaching 10 mm into the left margin, the sizes of
 *   the appendix's header (`HEADER_LOOK`),
 *   the number line 14 pt (party) or 13 pt (state);
 * - `BÁO CÁO` bold caps, 16 pt for a party body (36-HD: 15–16), 14 pt for a state body (NĐ 30:
 *   13–14), its summary line 14 pt bold, a short rule under it;
 * - the body 14 pt, justified, first line indented 1 cm, 6 pt after, line spacing 1.2; Word's automatic
 *   hyphenation off (Vietnamese syllables are never split);
 * - the achievement chart at the end of part I, a native Word chart (`docx/charts`);
 * - `Nơi nhận` (bold italic 12 pt, its lines 11 pt, NĐ 30) at the left and the signature block (bold
 *   caps 14 pt) at the right, in a borderless table, the name left blank;
 * - the findings in a one-cell table with a red double border, which the office deletes before
 *   signing; then the appendix in its landscape section, under `PHỤ LỤC`.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { ChartRun } from 'docx/charts';
import { FONT_NAME, TONES, type HeaderLine } from '../core/report';
import type { ChartDefinition } from '../core/report/chart';
import type { Draft, DraftLine } from '../core/report/draft';
import {
  appendixSections,
  BODY_SIZE,
  HEADER_LOOK,
  packWithTables,
  PAGE,
  pageNumberHeader,
  run,
  type RunLook,
  type TableSlot,
} from './appendix';

const MM = 1440 / 25.4;
const INDENT = Math.round(10 * MM);
/** The text's width on a portrait page, twips. */
const WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

type Look = RunLook;

function centred(text: string, look: Look, before = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before },
    children: text ? [run(text, look)] : [],
  });
}

// ---------- header block and title ----------

function headerLook(line: HeaderLine, bodyType: Draft['bodyType']): Look {
  const look = line.style ? HEADER_LOOK[bodyType][line.style] : undefined;
  return look ?? { size: bodyType === 'party' ? 14 : 13 };
}

/** How far the header block reaches into the left margin, as the forms' two columns need the room. */
const HEADER_OUTDENT = Math.round(10 * MM);

/**
 * The two columns of the header block as a borderless table, reaching 10 mm into the left margin so
 * the place and date line (14 pt italic) keeps to one line: the bodies left (45%), the motto right.
 */
function headerBlock(d: Draft): Table {
  const width = WIDTH + HEADER_OUTDENT;
  const left = Math.round(width * 0.45);
  const cell = (lines: HeaderLine[], w: number) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      borders: TableBorders.NONE,
      children: lines.map((l) => centred(l.text, headerLook(l, d.bodyType))),
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    indent: { size: -HEADER_OUTDENT, type: WidthType.DXA },
    columnWidths: [left, width - left],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(d.header.left, left), cell(d.header.right, width - left)] })],
  });
}

function title(d: Draft): Paragraph[] {
  return [
    centred(d.documentType, { size: d.bodyType === 'party' ? 16 : 14, bold: true }, 480),
    centred(d.summary, { size: BODY_SIZE, bold: true }),
    centred('-----', { size: BODY_SIZE }),
    new Paragraph({ children: [] }),
  ];
}

// ---------- body ----------

function body(text: string, look: Look = { size: BODY_SIZE }, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: { after: 120, line: 288 },
    keepNext,
    children: [run(text, look)],
  });
}

const LINE_LOOK: Record<DraftLine['kind'], Look> = {
  text: { size: BODY_SIZE },
  item: { size: BODY_SIZE },
  lead: { size: BODY_SIZE, italic: true },
  fill: { size: BODY_SIZE },
};

/**
 * The achievement chart as a native Word chart (its data in an embedded workbook, so Word's Edit Data
 * opens it): a column per indicator in its status colour, dashed lines at 100% and at the time
 * elapsed, the % on each column; described for screen readers by its title and bars.
 */
function chartParagraph(chart: ChartDefinition): Paragraph {
  const categories = chart.bars.map((b) => b.name);
  const lineColours = ['000000', TONES.amber.font];
  const run = new ChartRun({
    type: 'column',
    title: { text: chart.title },
    font: { name: FONT_NAME },
    categories,
    series: [
      {
        name: 'Tỷ lệ thực hiện (%)',
        values: chart.bars.map((b) => b.value),
        color: TONES.neutral.font,
        colors: chart.bars.map((b) => TONES[b.tone].font),
        dataLabels: { value: true },
      },
      ...chart.lines.map((l, i) => ({
        name: l.label,
        values: categories.map(() => l.value),
        type: 'line' as const,
        markers: false,
        line: { color: lineColours[i] ?? '000000', width: 1.5, dash: 'dash' as const },
        dataLabels: false as const,
      })),
    ],
    gapWidth: 60,
    transformation: { width: 600, height: 340 },
    altText: {
      name: chart.title,
      description: chart.bars.map((b) => `${b.name}: ${b.label}% (${b.status})`).join('; '),
    },
  });
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, children: [run] });
}

function chapters(d: Draft): Paragraph[] {
  const out: Paragraph[] = [];
  d.chapters.forEach((c, i) => {
    out.push(body(c.title, { size: BODY_SIZE, bold: true }, true));
    for (const p of c.parts) {
      if (p.title) out.push(body(p.title, { size: BODY_SIZE, bold: true }, true));
      for (const l of p.lines) out.push(body(l.text, LINE_LOOK[l.kind], l.kind === 'lead'));
    }
    if (i === 0 && d.chart) out.push(chartParagraph(d.chart));
  });
  return out;
}

// ---------- recipients, signature, findings ----------

function closing(d: Draft): Table {
  const left = Math.round(WIDTH * 0.45);
  const recipients = [
    new Paragraph({ children: [run(d.recipients.title, { size: 12, bold: true, italic: true })] }),
    ...d.recipients.lines.map((l) => new Paragraph({ children: [run(l, { size: 11 })] })),
  ];
  const signature = [
    centred(d.signature.onBehalf, { size: BODY_SIZE, bold: true }),
    centred(d.signature.title, { size: BODY_SIZE, bold: true }),
    ...[0, 1, 2, 3].map(() => new Paragraph({ children: [] })),
    centred(d.signature.name, { size: BODY_SIZE, bold: true }),
  ];
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children });
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: [left, WIDTH - left],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(recipients, left), cell(signature, WIDTH - left)] })],
  });
}

const BOX_EDGE = { style: BorderStyle.DOUBLE, size: 6, color: 'C00000' };

function checksBox(checks: NonNullable<Draft['checks']>): Table {
  const children = [
    centred(checks.title, { size: BODY_SIZE, bold: true }),
    new Paragraph({ spacing: { after: 120 }, children: [run(checks.note, { size: 12, italic: true })] }),
    ...checks.lines.map(
      (l) => new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 60 }, children: [run(l, { size: 12 })] }),
    ),
  ];
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: [WIDTH],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: WIDTH, type: WidthType.DXA },
            margins: { top: 120, bottom: 120, left: 160, right: 160 },
            borders: { top: BOX_EDGE, bottom: BOX_EDGE, left: BOX_EDGE, right: BOX_EDGE },
            children,
          }),
        ],
      }),
    ],
  });
}

// ---------- sections ----------

function bodySection(d: Draft): ISectionOptions {
  const children: (Paragraph | Table)[] = [headerBlock(d), ...title(d), ...chapters(d)];
  children.push(new Paragraph({ children: [] }), closing(d));
  if (d.checks) children.push(new Paragraph({ spacing: { before: 360 }, children: [] }), checksBox(d.checks));
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
        margin: { ...PAGE.margin, header: PAGE.header, footer: PAGE.header },
      },
      titlePage: true,
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
    children,
  };
}

/** The appendix's sections, numbered on from the body (no page of its own without a number), under its label. */
function appendixPart(d: Draft, slots: TableSlot[]): ISectionOptions[] {
  const label = [
    centred(d.appendix.label, { size: BODY_SIZE, bold: true }),
    centred(d.appendix.note, { size: BODY_SIZE - 1, italic: true }),
    new Paragraph({ children: [] }),
  ];
  return appendixSections(d.appendix.content, slots).map((s, i) => ({
    ...s,
    properties: { ...s.properties, titlePage: false },
    headers: { default: pageNumberHeader() },
    children: i === 0 ? [...label, ...s.children] : s.children,
  }));
}

/** The draft as a `docx` document, the appendix's indicator tables as markers listed in `slots`. */
function baoCaoDocument(d: Draft, slots: TableSlot[]): Document {
  return new Document({
    creator: 'chitieu',
    title: `${d.documentType} ${d.summary}`,
    styles: { default: { document: { run: { font: FONT_NAME, size: BODY_SIZE * 2 } } } },
    hyphenation: { autoHyphenation: false },
    sections: [bodySection(d), ...appendixPart(d, slots)],
  });
}

/** The .docx file's bytes (Node and browsers alike). */
export async function baoCaoBytes(d: Draft): Promise<Uint8Array> {
  const slots: TableSlot[] = [];
  return packWithTables(baoCaoDocument(d, slots), slots);
}
